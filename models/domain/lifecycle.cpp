// SPDX-License-Identifier: GPL-3.0-or-later
#include "lifecycle.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include "domain/creditcode.h"

namespace gd::lifecycle {
namespace {

/** A message marked with QT_TRANSLATE_NOOP("gd::lifecycle", …), in the language in use. */
QString translated(const char *text)
{
    return QCoreApplication::translate("gd::lifecycle", text);
}

struct StageTerm
{
    Stage stage;
    const char *code;
    const char *label;
};

constexpr StageTerm kStages[] = {
    {Stage::CollectiveDecision, "collective_decision",
     QT_TRANSLATE_NOOP("gd::lifecycle", "Awaiting the collective decision")},
    {Stage::Approval, "approval", QT_TRANSLATE_NOOP("gd::lifecycle", "Awaiting the approval")},
    {Stage::Agreement, "agreement",
     QT_TRANSLATE_NOOP("gd::lifecycle", "Awaiting the operation agreement")},
    {Stage::Filing, "filing", QT_TRANSLATE_NOOP("gd::lifecycle", "Awaiting filing")},
    {Stage::Disclosure, "disclosure", QT_TRANSLATE_NOOP("gd::lifecycle", "Awaiting disclosure")},
    {Stage::NotYetInForce, "not_yet_in_force",
     QT_TRANSLATE_NOOP("gd::lifecycle", "Not yet in force")},
    {Stage::Active, "active", QT_TRANSLATE_NOOP("gd::lifecycle", "In force")},
    {Stage::Expiring, "expiring", QT_TRANSLATE_NOOP("gd::lifecycle", "Expiring")},
    {Stage::Expired, "expired", QT_TRANSLATE_NOOP("gd::lifecycle", "Expired")},
    {Stage::Suspended, "suspended", QT_TRANSLATE_NOOP("gd::lifecycle", "Suspended")},
    {Stage::Revoked, "revoked", QT_TRANSLATE_NOOP("gd::lifecycle", "Revoked")},
    {Stage::Terminated, "terminated", QT_TRANSLATE_NOOP("gd::lifecycle", "Terminated")},
    {Stage::NotAdopted, "not_adopted",
     QT_TRANSLATE_NOOP("gd::lifecycle", "Not adopted by the collective decision")},
};

const char *const kResolutions[] = {"adopted", "not_adopted", "deferred"};

bool isSha256(const QString &text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(text).hasMatch();
}

/** The smallest n with n ≥ f × total, i.e. ceil(f × total). */
int atLeast(const Fraction &f, int total)
{
    return (f.numerator * total + f.denominator - 1) / f.denominator;
}

/** True when votes > f × total. */
bool moreThan(int votes, const Fraction &f, int total)
{
    return qint64(votes) * f.denominator > qint64(f.numerator) * total;
}

QString missing(const char *what)
{
    return QCoreApplication::translate("gd::lifecycle", "%1 is missing").arg(translated(what));
}

void checkEvidence(const Evidence &e, const char *what, QStringList &out)
{
    if (e.name.trimmed().isEmpty() || !isSha256(e.sha256))
        out << QCoreApplication::translate("gd::lifecycle",
                                           "%1 must be attached (a file with its SHA-256)")
                   .arg(translated(what));
}

void checkMeeting(const LifecycleRules &rules, const CollectiveDecision &m, QStringList &out)
{
    if (!rules.meetingKind(m.meetingKind))
        out << QCoreApplication::translate("gd::lifecycle",
                                           "the kind of meeting '%1' is not one of the rules")
                   .arg(m.meetingKind);
    if (m.members < 1)
        out << QCoreApplication::translate("gd::lifecycle",
                                           "the deciding body must have at least one member");
    if (m.present < 0 || m.present > m.members)
        out << QCoreApplication::translate("gd::lifecycle", "%1 present out of %2 members")
                   .arg(m.present)
                   .arg(m.members);
    else if (m.present < atLeast(rules.quorum, m.members))
        out << QCoreApplication::translate(
                   "gd::lifecycle", "no quorum: %1 of %2 members present, at least %3 needed")
                   .arg(m.present)
                   .arg(m.members)
                   .arg(atLeast(rules.quorum, m.members));
    if (m.recused.size() > m.present)
        out << QCoreApplication::translate("gd::lifecycle", "%1 recused, but only %2 present")
                   .arg(m.recused.size())
                   .arg(m.present);
    if (m.inFavour < 0 || m.against < 0 || m.abstaining < 0)
        out << QCoreApplication::translate("gd::lifecycle", "a vote count is negative");
    const int voters = m.present - int(m.recused.size());
    const int votes = m.inFavour + m.against + m.abstaining;
    if (votes != voters)
        out << QCoreApplication::translate(
                   "gd::lifecycle",
                   "the votes do not add up: %1 in favour + %2 against + %3 abstaining = %4, "
                   "but %5 present less %6 recused = %7 voted")
                   .arg(m.inFavour)
                   .arg(m.against)
                   .arg(m.abstaining)
                   .arg(votes)
                   .arg(m.present)
                   .arg(m.recused.size())
                   .arg(voters);
    const int base = rules.majorityOfMembers ? m.members - int(m.recused.size()) : voters;
    const bool passes = moreThan(m.inFavour, rules.majority, base);
    if (m.resolution == QLatin1String("adopted") && !passes)
        out << QCoreApplication::translate(
                   "gd::lifecycle", "recorded as adopted, but %1 in favour is not a majority of %2")
                   .arg(m.inFavour)
                   .arg(base);
    else if (m.resolution == QLatin1String("not_adopted") && passes)
        out << QCoreApplication::translate(
                   "gd::lifecycle", "recorded as not adopted, but %1 in favour is a majority of %2")
                   .arg(m.inFavour)
                   .arg(base);
    else if (std::find_if(std::begin(kResolutions), std::end(kResolutions), [&](const char *r) {
                 return m.resolution == QLatin1String(r);
             }) == std::end(kResolutions))
        out << QCoreApplication::translate(
                   "gd::lifecycle", "the resolution '%1' is not adopted, not_adopted or deferred")
                   .arg(m.resolution);
    checkEvidence(m.minutes, QT_TRANSLATE_NOOP("gd::lifecycle", "The minutes"), out);
}

void checkAgreement(const LifecycleRules &rules, const Agreement &a, QStringList &out)
{
    if (a.implementingBody.trimmed().isEmpty())
        out << missing(QT_TRANSLATE_NOOP("gd::lifecycle", "The implementing body"));
    if (a.operatorName.trimmed().isEmpty())
        out << missing(QT_TRANSLATE_NOOP("gd::lifecycle", "The operator"));
    const QString code = creditcode::problem(a.operatorCreditCode);
    if (!code.isEmpty())
        out << QCoreApplication::translate("gd::lifecycle", "the operator's credit code: %1")
                   .arg(code);
    if (!a.termStart.isValid() || !a.termEnd.isValid()) {
        out << missing(QT_TRANSLATE_NOOP("gd::lifecycle", "The term"));
    } else if (a.termEnd < a.termStart) {
        out << QCoreApplication::translate("gd::lifecycle",
                                           "the term ends (%1) before it starts (%2)")
                   .arg(a.termEnd.toString(Qt::ISODate), a.termStart.toString(Qt::ISODate));
    } else if (a.termEnd >= a.termStart.addMonths(rules.maxTermMonths)) {
        out << QCoreApplication::translate("gd::lifecycle",
                                           "a term from %1 to %2 is longer than %3 months")
                   .arg(a.termStart.toString(Qt::ISODate), a.termEnd.toString(Qt::ISODate))
                   .arg(rules.maxTermMonths);
    }
    if (a.termStart.isValid() && a.date.isValid() && a.termStart < a.date)
        out << QCoreApplication::translate(
                   "gd::lifecycle", "the term starts (%1) before the agreement was signed (%2)")
                   .arg(a.termStart.toString(Qt::ISODate), a.date.toString(Qt::ISODate));
    checkEvidence(a.document, QT_TRANSLATE_NOOP("gd::lifecycle", "The signed agreement"), out);
}

/** What the act itself must carry, whatever came before. */
QStringList contentProblems(const LifecycleRules &rules, const Act &act)
{
    QStringList out;
    if (!actDate(act).isValid())
        out << missing(QT_TRANSLATE_NOOP("gd::lifecycle", "The date"));
    if (const auto *m = std::get_if<CollectiveDecision>(&act)) {
        checkMeeting(rules, *m, out);
    } else if (const auto *a = std::get_if<Approval>(&act)) {
        if (a->documentNumber.trimmed().isEmpty())
            out << missing(QT_TRANSLATE_NOOP("gd::lifecycle", "The document number"));
    } else if (const auto *g = std::get_if<Agreement>(&act)) {
        checkAgreement(rules, *g, out);
    } else if (const auto *f = std::get_if<Filing>(&act)) {
        if (f->authority.trimmed().isEmpty())
            out << missing(QT_TRANSLATE_NOOP("gd::lifecycle", "The authority filed with"));
        if (f->reference.trimmed().isEmpty())
            out << missing(QT_TRANSLATE_NOOP("gd::lifecycle", "The filing reference"));
    } else if (const auto *d = std::get_if<Disclosure>(&act)) {
        if (d->where.trimmed().isEmpty())
            out << missing(QT_TRANSLATE_NOOP("gd::lifecycle", "Where it was made public"));
    } else if (const auto *i = std::get_if<Interruption>(&act)) {
        if (i->reason.trimmed().size() < 4)
            out << QCoreApplication::translate("gd::lifecycle",
                                               "a reason of at least four characters is required");
    }
    return out;
}

std::optional<Stage> stageOfAct(const Act &act)
{
    if (std::holds_alternative<CollectiveDecision>(act))
        return Stage::CollectiveDecision;
    if (std::holds_alternative<Approval>(act))
        return Stage::Approval;
    if (std::holds_alternative<Agreement>(act))
        return Stage::Agreement;
    if (std::holds_alternative<Filing>(act))
        return Stage::Filing;
    if (std::holds_alternative<Disclosure>(act))
        return Stage::Disclosure;
    return std::nullopt;
}

/** The walk through the acts: which required act comes next, and what has happened. */
class Walk
{
public:
    Walk(const LifecycleRules &rules, const QString &mode, const QDate &reviewed)
        : m_rules(rules)
        , m_required(rules.stagesFor(mode))
        , m_last(reviewed)
    {}

    /** Applies @p act; returns why it cannot follow (and then changes nothing). */
    QStringList apply(const Act &act, const QDate &today)
    {
        QStringList out = contentProblems(m_rules, act);
        const QDate date = actDate(act);
        if (date.isValid() && m_last.isValid() && date < m_last)
            out << QCoreApplication::translate("gd::lifecycle",
                                               "dated %1, before the step before it (%2)")
                       .arg(date.toString(Qt::ISODate), m_last.toString(Qt::ISODate));
        if (date.isValid() && today.isValid() && date > today)
            out << QCoreApplication::translate("gd::lifecycle", "dated %1, in the future")
                       .arg(date.toString(Qt::ISODate));
        const QString order = orderProblem(act);
        if (!order.isEmpty())
            out << order;
        else if (std::holds_alternative<Interruption>(act) && m_termEnd.isValid() &&
                 date.isValid() && date > m_termEnd)
            out << QCoreApplication::translate("gd::lifecycle", "the term ended on %1")
                       .arg(m_termEnd.toString(Qt::ISODate));
        if (out.isEmpty())
            advance(act);
        return out;
    }

    LifecycleState state(const QDate &today, const WorkCalendar &calendar) const
    {
        LifecycleState s;
        s.termStart = m_termStart;
        s.termEnd = m_termEnd;
        if (m_final) {
            s.stage = *m_final;
            return s;
        }
        if (m_next < m_required.size()) {
            s.stage = m_required.at(m_next);
            s.due = dueOf(s.stage, today, calendar);
            return s;
        }
        if (!m_termStart.isValid() || !m_termEnd.isValid()) { // a mode without an agreement
            s.stage = m_suspended ? Stage::Suspended : Stage::Active;
            return s;
        }
        if (today > m_termEnd) {
            s.stage = Stage::Expired;
        } else if (m_suspended) {
            s.stage = Stage::Suspended;
        } else if (today < m_termStart) {
            s.stage = Stage::NotYetInForce;
        } else {
            s.stage =
                today.daysTo(m_termEnd) <= m_rules.expiringDays ? Stage::Expiring : Stage::Active;
            s.due = Due{Stage::Expired, m_termEnd.addDays(1), false, false, true};
        }
        return s;
    }

private:
    bool approved() const
    {
        const qsizetype at = m_required.indexOf(Stage::Approval);
        return at >= 0 && m_next > at;
    }

    QString orderProblem(const Act &act) const
    {
        if (m_final)
            return QCoreApplication::translate("gd::lifecycle",
                                               "nothing can follow: the authorization is %1")
                .arg(stageLabel(*m_final));
        if (const std::optional<Stage> stage = stageOfAct(act)) {
            if (!m_required.contains(*stage))
                return QCoreApplication::translate("gd::lifecycle",
                                                   "this mode of authorization has no such step");
            if (m_next >= m_required.size() || m_required.at(m_next) != *stage)
                return m_next < m_required.size()
                           ? QCoreApplication::translate("gd::lifecycle",
                                                         "out of order: the next step is '%1'")
                                 .arg(stageLabel(m_required.at(m_next)))
                           : QCoreApplication::translate("gd::lifecycle", "already recorded");
            return {};
        }
        const auto &i = std::get<Interruption>(act);
        switch (i.kind) {
        case Interruption::Kind::Suspension:
            if (m_next < m_required.size())
                return QCoreApplication::translate(
                    "gd::lifecycle", "only an authorization in its term can be suspended");
            return m_suspended ? QCoreApplication::translate("gd::lifecycle", "already suspended")
                               : QString();
        case Interruption::Kind::Resumption:
            return m_suspended ? QString()
                               : QCoreApplication::translate(
                                     "gd::lifecycle", "only a suspended authorization can resume");
        case Interruption::Kind::Revocation:
        case Interruption::Kind::Termination:
            return approved() ? QString()
                              : QCoreApplication::translate("gd::lifecycle",
                                                            "nothing has been approved yet");
        }
        return {};
    }

    void advance(const Act &act)
    {
        m_last = actDate(act);
        if (const auto *m = std::get_if<CollectiveDecision>(&act)) {
            if (m->resolution == QLatin1String("not_adopted"))
                m_final = Stage::NotAdopted;
            else if (m->resolution == QLatin1String("adopted"))
                done(Stage::CollectiveDecision, m->date);
            return; // deferred: the next meeting decides
        }
        if (const auto *g = std::get_if<Agreement>(&act)) {
            m_termStart = g->termStart;
            m_termEnd = g->termEnd;
        }
        if (const std::optional<Stage> stage = stageOfAct(act)) {
            done(*stage, actDate(act));
            return;
        }
        const auto &i = std::get<Interruption>(act);
        switch (i.kind) {
        case Interruption::Kind::Suspension:
            m_suspended = true;
            break;
        case Interruption::Kind::Resumption:
            m_suspended = false;
            break;
        case Interruption::Kind::Revocation:
            m_final = Stage::Revoked;
            break;
        case Interruption::Kind::Termination:
            m_final = Stage::Terminated;
            break;
        }
    }

    void done(Stage stage, const QDate &date)
    {
        m_doneOn.append({stage, date});
        ++m_next;
    }

    QDate doneOn(Stage stage) const
    {
        for (const auto &[s, d] : m_doneOn) {
            if (s == stage)
                return d;
        }
        return {};
    }

    std::optional<Due> dueOf(Stage stage, const QDate &today, const WorkCalendar &calendar) const
    {
        const StageRule *rule = m_rules.rule(stage);
        if (!rule || !rule->due)
            return Due{stage, QDate(), false, false, true};
        const QDate from = doneOn(rule->due->after);
        if (!from.isValid())
            return Due{stage, QDate(), false, rule->due->ours, true};
        Due due{stage, QDate(), false, rule->due->ours, true};
        if (rule->due->workingDays > 0) {
            due.date = calendar.addWorkingDays(from, rule->due->workingDays);
            due.calendarCovered = calendar.covers(from, due.date);
        } else {
            due.date = from.addDays(rule->due->days);
        }
        due.overdue = today > due.date;
        return due;
    }

    const LifecycleRules &m_rules;
    QList<Stage> m_required;
    QDate m_last;
    qsizetype m_next = 0;
    QList<std::pair<Stage, QDate>> m_doneOn;
    bool m_suspended = false;
    std::optional<Stage> m_final;
    QDate m_termStart;
    QDate m_termEnd;
};

QString actLabel(int index, const Act &act)
{
    return QCoreApplication::translate("gd::lifecycle", "act %1 (%2)")
        .arg(index + 1)
        .arg(actCode(act));
}

} // namespace

QString stageCode(Stage stage)
{
    for (const StageTerm &t : kStages) {
        if (t.stage == stage)
            return QString::fromLatin1(t.code);
    }
    return {};
}

std::optional<Stage> stageFromCode(const QString &code)
{
    for (const StageTerm &t : kStages) {
        if (code == QLatin1String(t.code))
            return t.stage;
    }
    return std::nullopt;
}

QString stageLabel(Stage stage)
{
    for (const StageTerm &t : kStages) {
        if (t.stage == stage)
            return translated(t.label);
    }
    return {};
}

bool isFinal(Stage stage)
{
    return stage == Stage::Revoked || stage == Stage::Terminated || stage == Stage::Expired ||
           stage == Stage::NotAdopted;
}

QString actCode(const Act &act)
{
    if (const auto *i = std::get_if<Interruption>(&act)) {
        switch (i->kind) {
        case Interruption::Kind::Suspension:
            return QStringLiteral("suspension");
        case Interruption::Kind::Resumption:
            return QStringLiteral("resumption");
        case Interruption::Kind::Revocation:
            return QStringLiteral("revocation");
        case Interruption::Kind::Termination:
            return QStringLiteral("termination");
        }
    }
    return stageCode(*stageOfAct(act));
}

QDate actDate(const Act &act)
{
    return std::visit([](const auto &a) { return a.date; }, act);
}

const StageRule *LifecycleRules::rule(Stage stage) const
{
    for (const StageRule &r : stages) {
        if (r.stage == stage)
            return &r;
    }
    return nullptr;
}

QList<Stage> LifecycleRules::stagesFor(const QString &mode) const
{
    QList<Stage> out;
    for (const StageRule &r : stages) {
        if (r.modes.contains(mode))
            out << r.stage;
    }
    return out;
}

const MeetingKind *LifecycleRules::meetingKind(const QString &id) const
{
    for (const MeetingKind &k : meetingKinds) {
        if (k.id == id)
            return &k;
    }
    return nullptr;
}

LifecycleState evaluate(const LifecycleRules &rules, const QString &mode, const QDate &reviewed,
                        const QList<Act> &acts, const QDate &today, const WorkCalendar &calendar)
{
    Walk walk(rules, mode, reviewed);
    QStringList problems;
    for (int i = 0; i < acts.size(); ++i) {
        const QStringList found = walk.apply(acts.at(i), today);
        for (const QString &p : found)
            problems << QStringLiteral("%1: %2").arg(actLabel(i, acts.at(i)), p);
    }
    LifecycleState state = walk.state(today, calendar);
    state.problems = problems;
    return state;
}

QStringList problemsWith(const LifecycleRules &rules, const QString &mode, const QDate &reviewed,
                         const QList<Act> &acts, const Act &next, const QDate &today)
{
    Walk walk(rules, mode, reviewed);
    for (const Act &act : acts)
        walk.apply(act, today);
    return walk.apply(next, today);
}

} // namespace gd::lifecycle
