// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What grantdesk-bench prints (issue 17 item 1): one JSON object, every figure beside the
// reference measured in the same run and the ratio, then a "targets" array of
// {name, value, target, met}. --text prints the same as lines.
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace gd::bench {

class Report final
{
public:
    /** Figure @p name; @p reference (with what it is) when one was measured, else < 0. */
    void figure(const QString &name, double value, const QString &unit, double reference = -1,
                const QString &referenceIs = {});
    /** Extra facts about a figure (runs, p50, rows...). */
    void detail(const QString &name, const QString &key, const QJsonValue &value);
    /** A target on figure @p name (its value, or its ratio when @p onRatio). */
    void target(const QString &name, const QString &figure, double target, bool atMost,
                bool onRatio = false);
    /** A target whose value was not measured in this run, and why. */
    void unmeasured(const QString &name, double target, const QString &why);
    void set(const QString &key, const QJsonValue &value) { m_top.insert(key, value); }
    bool has(const QString &name) const { return m_figures.contains(name); }
    /** Partial: targets on figures not measured are left out rather than not met. */
    void setPartial(bool partial) { m_partial = partial; }

    QJsonObject toJson() const;
    QString toText() const;

private:
    QJsonObject m_top;
    QJsonObject m_figures;
    QStringList m_order;
    QJsonArray m_targets;
    bool m_partial = false;
};

/** The p-th quantile (0…1) of @p values, nearest rank; -1 when empty. */
double quantile(QList<double> values, double p);

} // namespace gd::bench
