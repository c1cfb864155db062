// SPDX-License-Identifier: GPL-3.0-or-later
// What an indicator report is made of and how it is written (indicators.h); the figures
// themselves are computed in indicators.cpp.
#include <QCoreApplication>
#include <QJsonArray>

#include "monitoring/indicators.h"

namespace gd::monitoring {

QString dimensionCode(Dimension dimension)
{
    switch (dimension) {
    case Dimension::Procedure:
        return QStringLiteral("procedure");
    case Dimension::Supply:
        return QStringLiteral("supply");
    case Dimension::Benefit:
        return QStringLiteral("benefit");
    case Dimension::Security:
        return QStringLiteral("security");
    }
    return {};
}

QString dimensionLabel(Dimension dimension)
{
    switch (dimension) {
    case Dimension::Procedure:
        return QCoreApplication::translate("Monitoring", "Authorization procedure");
    case Dimension::Supply:
        return QCoreApplication::translate("Monitoring", "Resource supply");
    case Dimension::Benefit:
        return QCoreApplication::translate("Monitoring", "Operating benefit");
    case Dimension::Security:
        return QCoreApplication::translate("Monitoring", "Data security");
    }
    return {};
}

const IndicatorFigure *Indicator::figure(const QString &key) const
{
    for (const IndicatorFigure &f : figures) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

QList<Indicator> IndicatorReport::ofDimension(Dimension dimension) const
{
    QList<Indicator> out;
    for (const Indicator &i : indicators) {
        if (i.dimension == dimension)
            out.append(i);
    }
    return out;
}

const Indicator *IndicatorReport::find(const QString &id) const
{
    for (const Indicator &i : indicators) {
        if (i.id == id)
            return &i;
    }
    return nullptr;
}

const IndicatorSeries *IndicatorReport::findSeries(const QString &key) const
{
    for (const Indicator &i : indicators) {
        for (const IndicatorSeries &s : i.series) {
            if (s.key == key)
                return &s;
        }
    }
    return nullptr;
}

QDate IndicatorReport::lastDay() const
{
    return on.isValid() && (!to.isValid() || on < to) ? on : to;
}

qsizetype IndicatorSeries::reportedMonths() const
{
    for (qsizetype i = 0; i < points.size(); ++i) {
        if (!points.at(i).reported)
            return i;
    }
    return points.size();
}

QJsonObject indicatorsToJson(const IndicatorReport &report)
{
    QJsonObject root{{QStringLiteral("from"), report.from.toString(Qt::ISODate)},
                     {QStringLiteral("to"), report.to.toString(Qt::ISODate)},
                     {QStringLiteral("on"), report.on.toString(Qt::ISODate)}};
    for (Dimension dimension : kDimensions) {
        QJsonArray list;
        for (const Indicator &i : report.ofDimension(dimension)) {
            QJsonArray figures;
            for (const IndicatorFigure &f : i.figures)
                figures.append(QJsonObject{{QStringLiteral("key"), f.key},
                                           {QStringLiteral("label"), f.label},
                                           {QStringLiteral("value"), f.value},
                                           {QStringLiteral("text"), f.text}});
            QJsonArray series;
            for (const IndicatorSeries &s : i.series) {
                QJsonArray points;
                for (const MonthPoint &p : s.points)
                    points.append(QJsonObject{
                        {QStringLiteral("month"), p.month.toString(QStringLiteral("yyyy-MM"))},
                        {QStringLiteral("value"), p.value}});
                QJsonObject one{{QStringLiteral("key"), s.key},
                                {QStringLiteral("label"), s.label},
                                {QStringLiteral("points"), points}};
                if (s.reportedMonths() < s.points.size()) // null values: not reported yet
                    one.insert(QStringLiteral("reportedUntil"),
                               s.reportedUntil.isValid()
                                   ? QJsonValue(s.reportedUntil.toString(Qt::ISODate))
                                   : QJsonValue());
                series.append(one);
            }
            list.append(QJsonObject{
                {QStringLiteral("id"), i.id},
                {QStringLiteral("dimension"), dimensionCode(i.dimension)},
                {QStringLiteral("label"), i.label},
                {QStringLiteral("definition"), i.definition},
                {QStringLiteral("value"), i.value},
                {QStringLiteral("text"), i.text},
                {QStringLiteral("unit"), i.unit},
                {QStringLiteral("figures"), figures},
                {QStringLiteral("applicationIds"), QJsonArray::fromStringList(i.applicationIds)},
                {QStringLiteral("exceptionIds"), QJsonArray::fromStringList(i.exceptionIds)},
                {QStringLiteral("series"), series}});
        }
        root.insert(dimensionCode(dimension), list);
    }
    return root;
}

} // namespace gd::monitoring
