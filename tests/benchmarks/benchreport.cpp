// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchreport.h"

#include <algorithm>
#include <cmath>

#include <QJsonDocument>

namespace gd::bench {

double quantile(QList<double> values, double p)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const auto at = qsizetype(std::ceil(p * double(values.size()))) - 1;
    return values.at(std::clamp<qsizetype>(at, 0, values.size() - 1));
}

void Report::figure(const QString &name, double value, const QString &unit, double reference,
                    const QString &referenceIs)
{
    QJsonObject figure{{QStringLiteral("value"), value}, {QStringLiteral("unit"), unit}};
    if (reference >= 0) {
        figure.insert(QStringLiteral("reference"), reference);
        figure.insert(QStringLiteral("reference_is"), referenceIs);
        figure.insert(QStringLiteral("ratio"),
                      reference > 0 ? QJsonValue(value / reference) : QJsonValue(QJsonValue::Null));
    }
    if (!m_figures.contains(name))
        m_order << name;
    m_figures.insert(name, figure);
}

void Report::detail(const QString &name, const QString &key, const QJsonValue &value)
{
    QJsonObject figure = m_figures.value(name).toObject();
    figure.insert(key, value);
    if (!m_figures.contains(name))
        m_order << name;
    m_figures.insert(name, figure);
}

void Report::target(const QString &name, const QString &figure, double target, bool atMost,
                    bool onRatio)
{
    if (m_partial && !has(figure))
        return;
    const QJsonObject f = m_figures.value(figure).toObject();
    const QJsonValue value = f.value(onRatio ? QStringLiteral("ratio") : QStringLiteral("value"));
    const bool measured = value.isDouble();
    const double v = value.toDouble();
    m_targets.append(QJsonObject{
        {QStringLiteral("name"), name},
        {QStringLiteral("figure"), figure},
        {QStringLiteral("value"), measured ? QJsonValue(v) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("target"), target},
        {QStringLiteral("comparison"), atMost ? QStringLiteral("<=") : QStringLiteral(">=")},
        {QStringLiteral("met"), measured && (atMost ? v <= target : v >= target)}});
}

void Report::unmeasured(const QString &name, double target, const QString &why)
{
    m_targets.append(QJsonObject{{QStringLiteral("name"), name},
                                 {QStringLiteral("value"), QJsonValue(QJsonValue::Null)},
                                 {QStringLiteral("target"), target},
                                 {QStringLiteral("met"), false},
                                 {QStringLiteral("why"), why}});
}

QJsonObject Report::toJson() const
{
    QJsonObject out = m_top;
    out.insert(QStringLiteral("figures"), m_figures);
    out.insert(QStringLiteral("targets"), m_targets);
    return out;
}

QString Report::toText() const
{
    QString text;
    for (const QString &name : m_order) {
        const QJsonObject f = m_figures.value(name).toObject();
        text += QStringLiteral("%1 %2 %3")
                    .arg(name, -44)
                    .arg(f.value(QStringLiteral("value")).toDouble(), 12, 'f', 2)
                    .arg(f.value(QStringLiteral("unit")).toString());
        if (f.contains(QStringLiteral("reference")))
            text += QStringLiteral("  (reference %1: %2, ratio %3)")
                        .arg(f.value(QStringLiteral("reference_is")).toString())
                        .arg(f.value(QStringLiteral("reference")).toDouble(), 0, 'f', 2)
                        .arg(f.value(QStringLiteral("ratio")).toDouble(), 0, 'f', 2);
        text += QLatin1Char('\n');
    }
    for (const QJsonValue &t : m_targets) {
        const QJsonObject o = t.toObject();
        text += QStringLiteral("target %1: %2 %3 %4 -> %5\n")
                    .arg(o.value(QStringLiteral("name")).toString())
                    .arg(o.value(QStringLiteral("value")).isNull()
                             ? QStringLiteral("not measured")
                             : QString::number(o.value(QStringLiteral("value")).toDouble(), 'f', 2))
                    .arg(o.value(QStringLiteral("comparison")).toString(QStringLiteral("vs")))
                    .arg(o.value(QStringLiteral("target")).toDouble())
                    .arg(o.value(QStringLiteral("met")).toBool() ? QStringLiteral("met")
                                                                 : QStringLiteral("NOT met"));
    }
    return text;
}

} // namespace gd::bench
