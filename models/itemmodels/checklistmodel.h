// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include "domain/review.h"

namespace gd {

class ReviewDocument;
struct ChecklistItem;

/**
 * The items of the review's checklist template with the officer's answers, one row per
 * item: number, text, verdict, rationale and evidence. Verdicts GrantDesk suggests and the
 * officer has not confirmed yet are marked "(suggested)" with the reason as tooltip; answers
 * carried over from a returned version are marked "(carried over, confirm)" until confirmed.
 * Follows ReviewDocument::answerChanged, so undo and redo show at once. Holds no widgets.
 */
class ChecklistModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChecklistModel)

public:
    enum Column
    {
        NumberColumn,
        TextColumn,
        VerdictColumn,
        SummaryColumn,
        ColumnCount
    };
    enum Role
    {
        ItemIdRole = Qt::UserRole,
        VerdictCodeRole,
        SuggestedRole,
        MandatoryRole,
        CarriedOverRole
    };

    explicit ChecklistModel(ReviewDocument *doc, QObject *parent = nullptr);
    ~ChecklistModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QString itemId(int row) const;
    int rowOf(const QString &itemId) const;
    /** The stored answer, else GrantDesk's unconfirmed suggestion, else an empty answer. */
    ChecklistAnswer answer(int row) const;
    ChecklistAnswer answer(const QString &itemId) const;
    /** The names of the attachments an answer cites. */
    QStringList evidenceNames(const ChecklistAnswer &answer) const;

private:
    void answerChanged(const QString &itemId);
    QVariant displayText(const ChecklistItem &item, const ChecklistAnswer &answer, int column,
                         bool suggested, bool carried) const;
    QVariant toolTip(const ChecklistItem &item, const ChecklistAnswer &answer, int column,
                     bool suggested, bool carried) const;

    ReviewDocument *m_doc;
    QHash<QString, ChecklistAnswer> m_suggestions;
    QSet<QString> m_carriedOver;
};

} // namespace gd
