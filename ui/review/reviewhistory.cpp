// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewhistory.h"

#include <QDate>
#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>

#include "common/palette.h"
#include "core/localtime.h"
#include "domain/auditrecords.h"
#include "domain/money.h"
#include "domain/subject.h"
#include "modes/modetable.h"
#include "pricing/pricinginputs.h"
#include "review/approval.h"
#include "review/reviewdocument.h"
#include "review/workflow.h"
#include "services/auditservice.h"
#include "services/desk.h"

namespace gd {
namespace {

constexpr int kHistoryLimit = 200;

} // namespace

ReviewHistory::ReviewHistory(std::shared_ptr<Desk> desk, const ReviewDocument *doc, QWidget *parent)
    : QListWidget(parent)
    , m_desk(std::move(desk))
    , m_doc(doc)
{
    setObjectName(QStringLiteral("historyList"));
    setSelectionMode(QAbstractItemView::NoSelection);
    setWordWrap(true);
    setTextElideMode(Qt::ElideRight);
    setToolTip(tr("The recorded events of this review, newest first"));
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.92);
    setFont(small);
}

ReviewHistory::~ReviewHistory() = default;

void ReviewHistory::refresh()
{
    auto events = AuditService(m_desk).events(
        subjectOf(m_doc->state().applicationId, m_doc->state().version));
    clear();
    if (!events) {
        auto *item = new QListWidgetItem(
            tr("The history could not be read: %1").arg(events.error().toString()), this);
        item->setForeground(palette::kBad);
        return;
    }
    const QList<AuditEvent> &list = events.value();
    int shown = 0;
    for (auto it = list.crbegin(); it != list.crend() && shown < kHistoryLimit; ++it, ++shown) {
        const AuditEvent &event = *it;
        // Date with year and time in this computer's zone, as the PDF prints them.
        const QString when = localtime::dateTime(event.at);
        auto *item = new QListWidgetItem(
            QStringLiteral("%1  %2 · %3").arg(when, event.actor, eventDescription(event)), this);
        item->setToolTip(QStringLiteral("#%1 %2 %3\n%4")
                             .arg(event.seq)
                             .arg(localtime::dateTimeWithZone(event.at), event.action,
                                  event.detail.value(QStringLiteral("key")).toString()));
    }
    if (count() == 0)
        new QListWidgetItem(tr("No events yet."), this);
}

QString ReviewHistory::eventDescription(const AuditEvent &event) const
{
    const QString key = event.detail.value(QStringLiteral("key")).toString();
    const QJsonObject after = event.detail.value(QStringLiteral("after")).toObject();
    if (event.action == QLatin1String("review.start"))
        return tr("review started");
    if (event.action == QLatin1String("review.answer")) {
        const ChecklistItem *item = m_doc->checklist().item(key);
        const auto verdict = verdictFromCode(after.value(QStringLiteral("verdict")).toString());
        const QString subject = item ? tr("item %1").arg(item->number) : key;
        return verdict && *verdict != Verdict::None
                   ? tr("%1: %2", "checklist item: verdict").arg(subject, verdictLabel(*verdict))
                   : tr("%1 answered").arg(subject);
    }
    if (event.action == QLatin1String("review.note"))
        return noteDescription(key, event.detail.value(QStringLiteral("after")).toString());
    if (event.action == QLatin1String("review.proposal"))
        return proposalDescription(event.detail.value(QStringLiteral("before")).toObject(), after);
    if (event.action.startsWith(QLatin1String("case."))) {
        const QString code = event.action.mid(5);
        for (const workflow::Transition &t : workflow::transitions()) {
            if (workflow::actionCode(t.action) == code)
                return workflow::actionLabel(t.action);
        }
        return code;
    }
    return event.action;
}

/** What an edit of the proposed decision changed: the decision, else the conditions, the
 *  reasons or the opinion (adding a condition is not "proposal: approve with conditions" again). */
QString ReviewHistory::proposalDescription(const QJsonObject &before, const QJsonObject &after)
{
    const auto changed = [&](const char *key) {
        return before.value(QLatin1String(key)) != after.value(QLatin1String(key));
    };
    const auto decision = decisionFromCode(after.value(QStringLiteral("decision")).toString());
    if (changed("decision") || before.isEmpty())
        return decision && *decision != Decision::None
                   ? tr("proposal: %1").arg(decisionLabel(*decision))
                   : tr("proposal edited");
    const auto count = [&after](const char *key) {
        return int(after.value(QLatin1String(key)).toArray().size());
    };
    if (changed("conditions"))
        return tr("conditions edited (%n now)", nullptr, count("conditions"));
    if (changed("reasons"))
        return tr("reasons edited (%n now)", nullptr, count("reasons"));
    if (changed("opinion"))
        return tr("review opinion edited");
    return tr("proposal edited");
}

/** "formal.confirmed" = "1" → "formal check confirmed", for the history list. */
QString ReviewHistory::noteDescription(const QString &key, const QString &value)
{
    const QStringList parts = key.split(QLatin1Char('.'));
    if (key == QLatin1String("formal.confirmed"))
        return value == QLatin1String("1") ? tr("formal check confirmed")
                                           : tr("formal check unconfirmed");
    if (key == QLatin1String("security.confirmed"))
        return value == QLatin1String("1") ? tr("security review confirmed")
                                           : tr("security review unconfirmed");
    if (key == approval::sendBackKey())
        return tr("reasons for sending back");
    for (int i = 0; i < kReviewStepCount; ++i) {
        if (key == approval::commentKey(ReviewStep(i)))
            return tr("approver's comment on %1").arg(reviewStepLabel(ReviewStep(i)));
    }
    if (key == QLatin1String("formal.note"))
        return tr("formal check notes");
    if (key == QLatin1String("security.findings"))
        return tr("security findings");
    if (key == QLatin1String("modes.note"))
        return tr("mode fit notes");
    if (key == QLatin1String("pricing.note"))
        return tr("fee notes");
    if (key == ModeScoring::weightsNoteKey())
        return tr("mode comparison weights");
    if (key == ModeScoring::chosenNoteKey()) {
        const ModeTableEntry *mode = ModeTable::builtin().mode(value);
        return tr("main mode: %1").arg(mode ? mode->name() : tr("not chosen"));
    }
    if (key == ModeScoring::rationaleNoteKey())
        return tr("mode rationale");
    if (parts.size() == 4 && parts.at(0) == QLatin1String("modes") &&
        parts.at(1) == QLatin1String("adjust")) {
        const ModeTableEntry *mode = ModeTable::builtin().mode(parts.at(2));
        const ModeTableEntry *dimension = ModeTable::builtin().dimension(parts.at(3));
        const QString cell = QStringLiteral("%1 · %2").arg(
            mode ? mode->name() : parts.at(2), dimension ? dimension->name() : parts.at(3));
        return value.isEmpty() ? tr("default score restored: %1").arg(cell)
                               : tr("score adjusted: %1").arg(cell);
    }
    if (key == pricingnotes::ruleVersion())
        return tr("fee rule version %1").arg(value);
    if (key == pricingnotes::rules())
        return tr("fee rule file %1").arg(value);
    if (key == pricingnotes::inputs())
        return tr("fee inputs");
    if (key == pricingnotes::result()) {
        const QJsonObject result = QJsonDocument::fromJson(value.toUtf8()).object();
        const QString fee = result.value(QStringLiteral("fee")).toString();
        // Money as everywhere else: "¥263,200.00", not the record's "263200.00".
        const std::optional<Money> amount = Money::parse(fee);
        return tr("fee computed: %1").arg(amount ? amount->toDisplay() : fee);
    }
    if (parts.size() == 3 && parts.at(0) == QLatin1String("resource")) {
        const int number = parts.at(1).toInt() + 1;
        if (parts.at(2) == QLatin1String("necessity")) {
            const QString verdict = value == QLatin1String("justified")   ? tr("justified")
                                    : value == QLatin1String("excessive") ? tr("excessive")
                                                                          : tr("cleared");
            return tr("resource %1: %2").arg(number).arg(verdict);
        }
        return tr("resource %1: comment").arg(number);
    }
    return key;
}

} // namespace gd
