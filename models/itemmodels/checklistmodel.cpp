// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklistmodel.h"

#include <QColor>
#include <QFont>

#include "core/identitytext.h"
#include "review/reviewdocument.h"
#include "review/reviewrules.h"

namespace gd {
namespace {

QColor verdictColour(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass:
        return {0x2e, 0x7d, 0x32};
    case Verdict::Fail:
        return {0xb0, 0x1e, 0x1e};
    case Verdict::NotApplicable:
        return {0x55, 0x55, 0x55};
    case Verdict::None:
        break;
    }
    return {0x8a, 0x8a, 0x8a};
}

QString firstLine(const QString &text)
{
    const QString trimmed = text.trimmed();
    const qsizetype newline = trimmed.indexOf(QLatin1Char('\n'));
    return newline < 0 ? trimmed : trimmed.left(newline) + QStringLiteral(" …");
}

} // namespace

ChecklistModel::ChecklistModel(ReviewDocument *doc, QObject *parent)
    : QAbstractTableModel(parent)
    , m_doc(doc)
    , m_suggestions(
          reviewrules::suggestions(doc->application(), doc->resources(), doc->checklist()))
{
    const QStringList carried = doc->carriedOverItems();
    m_carriedOver = QSet<QString>(carried.cbegin(), carried.cend());
    connect(doc, &ReviewDocument::answerChanged, this, &ChecklistModel::answerChanged);
}

ChecklistModel::~ChecklistModel() = default;

int ChecklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_doc->checklist().items.size());
}

int ChecklistModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ChecklistModel::itemId(int row) const
{
    const auto &items = m_doc->checklist().items;
    return row >= 0 && row < items.size() ? items.at(row).id : QString();
}

int ChecklistModel::rowOf(const QString &itemId) const
{
    const auto &items = m_doc->checklist().items;
    for (int row = 0; row < items.size(); ++row) {
        if (items.at(row).id == itemId)
            return row;
    }
    return -1;
}

ChecklistAnswer ChecklistModel::answer(const QString &itemId) const
{
    const auto &answers = m_doc->state().answers;
    if (const auto it = answers.constFind(itemId); it != answers.cend())
        return *it;
    if (const auto it = m_suggestions.constFind(itemId); it != m_suggestions.cend()) {
        ChecklistAnswer suggestion = *it;
        suggestion.suggested = true;
        return suggestion;
    }
    return {};
}

ChecklistAnswer ChecklistModel::answer(int row) const
{
    return answer(itemId(row));
}

QStringList ChecklistModel::evidenceNames(const ChecklistAnswer &answer) const
{
    QStringList names;
    for (const QString &sha : answer.evidence) {
        QString name = sha.left(12);
        for (const Attachment &a : m_doc->application().attachments) {
            if (a.sha256 == sha) {
                name = a.name;
                break;
            }
        }
        names << name;
    }
    return names;
}

QVariant ChecklistModel::displayText(const ChecklistItem &item, const ChecklistAnswer &a,
                                     int column, bool suggested, bool carried) const
{
    switch (column) {
    case NumberColumn:
        return item.number;
    case TextColumn:
        return item.text();
    case VerdictColumn:
        if (a.verdict == Verdict::None)
            return item.mandatory ? tr("— required") : tr("— where required");
        if (carried)
            return tr("%1 (carried over, confirm)").arg(verdictLabel(a.verdict));
        return suggested ? tr("%1 (suggested)").arg(verdictLabel(a.verdict))
                         : verdictLabel(a.verdict);
    case SummaryColumn: {
        QStringList parts;
        if (!reviewrules::reasonText(a).trimmed().isEmpty())
            parts << firstLine(reviewrules::reasonText(a));
        else if (suggested && !a.suggestionReason.isEmpty())
            parts << a.suggestionReason;
        else if (reviewrules::needsRationale(a))
            parts << tr("rationale missing");
        const QStringList names = evidenceNames(a);
        if (!names.isEmpty())
            parts << tr("Evidence: %1").arg(names.join(tr(", ", "between list items")));
        return identitytext::displaySafe(parts.join(QStringLiteral(" · ")));
    }
    }
    return {};
}

QVariant ChecklistModel::toolTip(const ChecklistItem &item, const ChecklistAnswer &a, int column,
                                 bool suggested, bool carried) const
{
    if (column == TextColumn) {
        QStringList parts{item.text()};
        if (!item.sourceLine().isEmpty())
            parts << item.sourceLine();
        if (!item.guidance().isEmpty())
            parts << item.guidance();
        return parts.join(QStringLiteral("\n\n"));
    }
    QStringList tip;
    if (carried)
        tip << tr("Carried over, not yet confirmed: %1").arg(a.suggestionReason);
    else if (suggested)
        tip << tr("Suggested by GrantDesk, not yet confirmed: %1").arg(a.suggestionReason);
    else if (column == SummaryColumn && !reviewrules::reasonText(a).isEmpty())
        tip << identitytext::displaySafe(reviewrules::reasonText(a), identitytext::Lines::Keep);
    // The summary column is cut to one line: its tooltip holds the evidence too (issue 18).
    if (const QStringList names = evidenceNames(a); column == SummaryColumn && !names.isEmpty())
        tip << identitytext::displaySafe(
            tr("Evidence: %1").arg(names.join(tr(", ", "between list items"))));
    if (tip.isEmpty())
        return {};
    return tip.join(u'\n');
}

QVariant ChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ChecklistItem &item = m_doc->checklist().items.at(index.row());
    const ChecklistAnswer a = answer(item.id);
    const bool suggested = a.suggested && a.verdict != Verdict::None;
    const bool carried = suggested && m_carriedOver.contains(item.id);

    switch (role) {
    case Qt::DisplayRole:
        return displayText(item, a, index.column(), suggested, carried);
    case Qt::ToolTipRole:
        return toolTip(item, a, index.column(), suggested, carried);
    case Qt::WhatsThisRole:
        // What's This? (Shift+F1) on any cell of a row: the item, its source and its guidance.
        return toolTip(item, a, TextColumn, suggested, carried);
    case Qt::ForegroundRole:
        if (index.column() == VerdictColumn)
            return verdictColour(a.verdict);
        if (index.column() == SummaryColumn && reviewrules::rationaleMissing(a) && !suggested)
            return QColor(0xb0, 0x1e, 0x1e);
        if (index.column() == SummaryColumn || index.column() == NumberColumn)
            return QColor(0x55, 0x55, 0x55);
        break;
    case Qt::FontRole:
        if (index.column() == VerdictColumn) {
            QFont font;
            font.setItalic(suggested);
            font.setBold(a.verdict == Verdict::Fail && !suggested);
            return font;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == NumberColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ItemIdRole:
        return item.id;
    case VerdictCodeRole:
        return verdictCode(a.verdict);
    case SuggestedRole:
        return suggested;
    case MandatoryRole:
        return item.mandatory;
    case CarriedOverRole:
        return carried;
    }
    return {};
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("#");
    case TextColumn:
        return tr("Item");
    case VerdictColumn:
        return tr("Verdict");
    case SummaryColumn:
        return tr("Rationale / evidence");
    }
    return {};
}

void ChecklistModel::answerChanged(const QString &itemId)
{
    const QStringList carried = m_doc->carriedOverItems();
    m_carriedOver = QSet<QString>(carried.cbegin(), carried.cend());
    const int row = rowOf(itemId);
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace gd
