// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QAbstractTableModel>
#include <QColor>
#include <QDate>
#include <QList>

#include "services/inboxservice.h"

namespace gd {

class Desk;

/**
 * The inbox: one row per application (or per version), filtered and ordered by the
 * store. Rows are fetched page by page as the view scrolls, so a database of 100,000
 * applications opens as fast as one of ten. Empty until setQuery() or refresh().
 */
class InboxModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxModel)

public:
    // Same order as InboxQuery::Column, so a column is its own sort key.
    enum Column
    {
        IdColumn,
        VersionColumn,
        StatusColumn,
        ApplicantColumn,
        ScenarioColumn,
        DomainColumn,
        ModeColumn,
        UseClassColumn,
        SubmittedColumn,
        DeadlineColumn,
        ResourcesColumn,
        ColumnCount
    };

    enum Role
    {
        IdRole = Qt::UserRole,
        VersionRole,
        StatusCodeRole,
        StatusColorRole,
        DecisionCodeRole,
        OverdueRole,         // bool, on every column
        DaysOverdueRole,     // int, 0 when not overdue
        ProblemResourcesRole // unregistered + cancelled resources
    };

    static constexpr int kPageSize = 200;

    explicit InboxModel(std::shared_ptr<Desk> desk, QObject *parent = nullptr);
    ~InboxModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QHash<int, QByteArray> roleNames() const override;

    /** Replaces filter and order and starts again from the first page. */
    void setQuery(const InboxQuery &query);
    const InboxQuery &query() const { return m_query; }
    /** Re-runs the current query, e.g. after an import. */
    void refresh();

    /** How many rows the query matches; rowCount() reaches it as pages are fetched. */
    int totalCount() const { return m_total; }
    /** Rows of the current query whose deadline passed while the case is still open. */
    Result<int> overdueCount() const;

    /** The day deadlines are compared with; tests set it, the app leaves it at today. */
    void setToday(const QDate &today);
    QDate today() const { return m_today; }

    const InboxRow *rowAt(int row) const;
    /** The loaded row showing @p id (and @p version when not 0), or -1. */
    int findRow(const QString &id, int version = 0) const;

    static QColor statusColor(CaseStatus status);

signals:
    void errorOccurred(const QString &message);
    /** After every reset (query, sort, refresh), with the new total. */
    void totalCountChanged(int total);

private:
    void reload();
    int daysOverdue(const InboxRow &row) const;
    QVariant displayData(const InboxRow &row, int column) const;
    /** The tool tip of @p column for @p row (a member so that its tr() context is InboxModel). */
    QVariant toolTipData(const InboxRow &row, int column) const;

    InboxService m_inbox;
    InboxQuery m_query;
    QList<InboxRow> m_rows;
    int m_total = 0;
    QDate m_today;
};

} // namespace gd
