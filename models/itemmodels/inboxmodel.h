// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <memory>
#include <optional>

#include <QAbstractTableModel>
#include <QColor>
#include <QDate>
#include <QHash>
#include <QList>

#include "services/inboxservice.h"

namespace gd {

class Desk;
class InboxCounter;

/**
 * The inbox: one row per application (or per version), filtered and ordered by the
 * store. Rows are fetched page by page as the view scrolls, and nothing is counted whole
 * before the first page shows: a query of one page is counted by its rows, a longer one up
 * to countCap() at once ("1,000+") and exactly by an InboxCounter off the UI thread. So a
 * database of a million applications opens as fast as one of ten. Empty until setQuery() or
 * refresh().
 *
 * Once the exact total is known the model holds every row of the query as a window: the
 * rows not yet loaded are read a page at a time when a view asks for them (from the far end
 * of the order, reversed, for the second half: jumping to the last row reads one page), and
 * at most kWindowPages pages are kept. Scrolling to the end of a million rows reads one page,
 * not a million rows.
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
    /** Rows read by a reload, a search's too: a screenful and more, so that the first paint
     *  waits for no more (each row's counts cost a few page reads: at a million applications
     *  201 rows took 44 ms from a cold cache, 65 rows 18 ms). fetchMore() adds pages of
     *  kPageSize. */
    static constexpr int kFirstPageSize = 64;
    static constexpr int kCountCap = 1000;
    static constexpr int kWindowPages = 64; // pages kept beyond the first ones fetched

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

    /**
     * How many rows the query matches, when isTotalExact(); otherwise countCap(), and more
     * match (the exact count follows with totalCountChanged()).
     */
    int totalCount() const { return m_total; }
    bool isTotalExact() const { return m_totalExact; }
    /**
     * Rows of the current query whose deadline passed while the case is still open; none while
     * they are being counted (countsChanged() follows) or when counting failed (countError()).
     */
    std::optional<int> overdueCount() const { return m_overdue; }
    /** Why the counts are missing, when counting failed. */
    QString countError() const { return m_countError; }
    /** Where counting at once stops (kCountCap; tests set less). */
    int countCap() const { return m_countCap; }
    void setCountCap(int cap);
    /** How many pages the window keeps (kWindowPages; tests set less). */
    void setWindowPages(int pages) { m_windowPages = std::max(1, pages); }

    /** The day deadlines are compared with; tests set it, the app leaves it at today. */
    void setToday(const QDate &today);
    QDate today() const { return m_today; }

    /** The row @p row, read with its page when the window does not hold it; null if none. */
    const InboxRow *rowAt(int row) const;
    /** True when every row of the query is in rowCount(), read when asked (see above). */
    bool isWindowed() const { return m_windowed; }
    /** The loaded row showing @p id (and @p version when not 0), or -1. */
    int findRow(const QString &id, int version = 0) const;
    /** The same, reading on to the first kPageSize rows when they are not loaded: a reload
     *  reads kFirstPageSize, and a case among the first page is found as before. */
    int locateRow(const QString &id, int version = 0);

    static QColor statusColor(CaseStatus status);
    /**
     * The resources column's text: the number requested, then what the register finds wrong
     * with them ("3 · 1 unregistered"). Both kinds of problem at once are one count, so that
     * the column's width (the widest of these forms, resourcesSamples()) is never exceeded;
     * the tool tip names each kind.
     */
    static QString resourcesText(int requested, int unregistered, int cancelled);
    /** The widest forms of resourcesText(), for the column's width. */
    static QStringList resourcesSamples();

signals:
    void errorOccurred(const QString &message);
    /** After every reset (query, sort, refresh), with the new total, and when the exact
     *  total arrives. */
    void totalCountChanged(int total);
    /** The total or the overdue count changed, or counting failed. */
    void countsChanged();

private:
    void reload();
    /** Counts the current query: in memory when every row is loaded, else off the UI thread
     *  (only its overdue cases when the first page came with @p knownTotal: a sorted search
     *  counted every match already; at a million applications counting them again took up to
     *  75 ms of the other processor per search). */
    void countRows(std::optional<int> knownTotal = std::nullopt);
    void takeCounts(int total, int overdue, const QString &error);
    /** Holds every row of the query from now on: @p total of them. */
    void openWindow(int total);
    /** The row @p row beyond the first pages: from the window, or read with its page. */
    const InboxRow *windowRow(int row) const;
    int daysOverdue(const InboxRow &row) const;
    QVariant displayData(const InboxRow &row, int column) const;
    /** The tool tip of @p column for @p row (a member so that its tr() context is InboxModel). */
    QVariant toolTipData(const InboxRow &row, int column) const;

    InboxService m_inbox;
    InboxQuery m_query;
    QList<InboxRow> m_rows;  // the first rows, as fetched page by page before the count
    bool m_moreRows = false; // the last page read was full: fetchMore() may find more
    bool m_windowed = false; // rowCount() is the exact total; rows past m_rows are paged
    mutable QHash<int, QList<InboxRow>> m_pages; // page number -> its rows, when windowed
    mutable QList<int> m_pageOrder;              // the pages held, least recently read first
    mutable bool m_windowFailed = false;         // a page would not read: said once
    int m_total = 0;
    bool m_totalExact = true;
    std::optional<int> m_overdue;
    QString m_countError;
    int m_countCap = kCountCap;
    int m_windowPages = kWindowPages;
    std::unique_ptr<InboxCounter> m_counter; // created when a query first needs it
    QDate m_today;
};

} // namespace gd
