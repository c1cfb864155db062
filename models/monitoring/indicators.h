// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

#include <QDate>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/result.h"
#include "pricing/feerules.h"

namespace gd {
class Database;
}

namespace gd::monitoring {

struct Snapshot;

/** The four dimensions of docs/domain.md §7. */
enum class Dimension
{
    Procedure, // 授权程序
    Supply,    // 资源供给
    Benefit,   // 运营效益
    Security   // 数据安全
};
/** "procedure", "supply", "benefit", "security" (the keys of `indicators --json`). */
QString dimensionCode(Dimension dimension);
/** Translated, e.g. "Authorization procedure". */
QString dimensionLabel(Dimension dimension);
inline const QList<Dimension> kDimensions = {Dimension::Procedure, Dimension::Supply,
                                             Dimension::Benefit, Dimension::Security};

/**
 * Which cases count. Empty members do not filter. Applications match on their
 * authorization.implementingBody, scenario.domain, authorization.mode and applicant credit
 * code; feed records through the application they name, else through their operator (a
 * record without an application is left out when body, domain or mode is set).
 */
struct MonitoringFilter
{
    QString implementingBody;
    QString domain;
    QString mode;         // whole | domain | scenario
    QString operatorCode; // credit code
    bool isEmpty() const
    {
        return implementingBody.isEmpty() && domain.isEmpty() && mode.isEmpty() &&
               operatorCode.isEmpty();
    }
};

/** What to compute: the period [from, to] (both inclusive) and the day "now" is. */
struct IndicatorQuery
{
    QDate from; // null: to - 1 year + 1 day
    QDate to;   // null: on
    QDate on;   // null: today; validity (MLPS, open incidents) is judged on this day
    MonitoringFilter filter;
};

/** A secondary figure of an indicator (e.g. "records" beside "authorized resources"). */
struct IndicatorFigure
{
    QString key;      // stable, e.g. "records"
    QString label;    // translated
    QJsonValue value; // number, or a "123.45" string for money
    QString text;     // for display, e.g. "45,000,000" or "¥1,250,000.00"
};

/** One point of a per-month series: calls, revenue, incidents. */
struct MonthPoint
{
    QDate month;       // the first day of the month
    QJsonValue value;  // number, or a "123.45" string for money
    double number = 0; // the same value as a double, for charts
    /** False for a month of a feed's series that begins after the feed's last record: not
     *  reported yet (value null, number 0), not a month of nothing. */
    bool reported = true;
};

/** A named per-month series (an indicator may carry several). */
struct IndicatorSeries
{
    QString key;              // "calls", "revenue", "incidents"
    QString label;            // translated
    QList<MonthPoint> points; // every month of the period, in order, zeros included
    /** A feed's series: the last day its records cover (null: the feed holds none); the
     *  points of the months after it are not reported. Invalid elsewhere too. */
    QDate reportedUntil;
    /** The points before the first month not reported (all of them for other series). */
    qsizetype reportedMonths() const;
};

/** One indicator of docs/domain.md §7, computed. */
struct Indicator
{
    QString id; // stable: sanzhongyida, filing, scale, registration, products, social,
                // economic, controls, incidents
    Dimension dimension = Dimension::Procedure;
    QString label;      // translated, e.g. "三重一大 decisions"
    QString definition; // translated measurable definition (docs/domain.md §7)
    QJsonValue value;   // the main value: a number (a share is 0…1), a "123.45" string
                        // for money, or null when there is nothing to measure
    QString text;       // the main value for display ("87.5%", "3", "—")
    QString unit;       // "share", "count", "yuan", "days"
    QList<IndicatorFigure> figures;
    /** Application ids behind a countable indicator (the cases counted), sorted. */
    QStringList applicationIds;
    /** Of those, the ones that do not meet the indicator (e.g. decisions lacking minutes). */
    QStringList exceptionIds;
    QList<IndicatorSeries> series;

    const IndicatorFigure *figure(const QString &key) const;
};

/** The indicators of all four dimensions, with the period they were computed over. */
struct IndicatorReport
{
    QDate from;
    QDate to;
    QDate on;
    QList<Indicator> indicators; // in docs/domain.md §7 order
    QList<Indicator> ofDimension(Dimension dimension) const;
    const Indicator *find(const QString &id) const;
    /** The per-month series with @p key ("calls", "revenue", "incidents"), null if none. */
    const IndicatorSeries *findSeries(const QString &key) const;
    /** The last day figures are reported for: the evaluation day or the period's end, whichever
     *  is first (a month ending after it is not whole). */
    QDate lastDay() const;
};

/**
 * Computes the indicators from the database (applications, reviews, the register) and the
 * feeds. Fee rules give free use classes, caps and maximum allowed revenue (MAR).
 */
class IndicatorEngine final
{
public:
    /** @p rules: the fee rule files to judge prices and revenue by (RuleLibrary entries). */
    IndicatorEngine(std::shared_ptr<Database> db, QList<FeeRules> rules);
    /** Uses the built-in and imported rule files of RuleLibrary. */
    explicit IndicatorEngine(std::shared_ptr<Database> db);

    Result<IndicatorReport> compute(const IndicatorQuery &query) const;
    /** The same on a snapshot already loaded (the dashboard loads one per refresh). */
    Result<IndicatorReport> compute(const IndicatorQuery &query, const Snapshot &snapshot) const;

    /** The ids in docs/domain.md §7 order. */
    static QStringList indicatorIds();

private:
    std::shared_ptr<Database> m_db;
    QList<FeeRules> m_rules;
};

/**
 * `indicators --json`: {"from", "to", "on", "procedure": [...], "supply": [...],
 * "benefit": [...], "security": [...]}, each indicator an object with id, label,
 * definition, value, text, unit, figures [{key,label,value,text}], applicationIds,
 * exceptionIds and series [{key,label,points:[{month:"YYYY-MM",value}]}].
 */
QJsonObject indicatorsToJson(const IndicatorReport &report);

} // namespace gd::monitoring
