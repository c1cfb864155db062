// SPDX-License-Identifier: GPL-3.0-or-later
#include "inboxmodel.h"

#include <algorithm>
#include <utility>

#include <QFont>
#include <QLocale>

#include "core/identitytext.h"
#include "domain/register.h"
#include "domain/vocabulary.h"
#include "services/inboxcounter.h"

namespace gd {
namespace {

const QColor kOverdueColor(0xb0, 0x1e, 0x1e);
const QColor kWarningColor(0xa8, 0x5a, 0x00);

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

/** Whether a requested resource of @p row is not, or no longer, in the register. */
bool hasResourceProblem(const InboxRow &row)
{
    return row.unregisteredCount > 0 || row.cancelledCount > 0;
}

} // namespace

InboxModel::InboxModel(std::shared_ptr<Desk> desk, QObject *parent)
    : QAbstractTableModel(parent)
    , m_inbox(std::move(desk))
    , m_today(QDate::currentDate())
{
    // Empty until setQuery() or refresh(): the owner connects errorOccurred first.
}

InboxModel::~InboxModel() = default;

int InboxModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_windowed ? m_total : int(m_rows.size());
}

int InboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QColor InboxModel::statusColor(CaseStatus status)
{
    switch (status) {
    case CaseStatus::Received:
        return {0x1f, 0x6f, 0xb2};
    case CaseStatus::InReview:
        return {0xc7, 0x80, 0x00};
    case CaseStatus::AwaitingApproval:
        return {0x7a, 0x4f, 0xb0};
    case CaseStatus::Decided:
        return {0x2e, 0x7d, 0x32};
    case CaseStatus::Returned:
        return {0xc0, 0x39, 0x2b};
    case CaseStatus::Signed:
    case CaseStatus::Countersigned:
        return {0x00, 0x79, 0x6b};
    case CaseStatus::Filed:
        return {0x75, 0x75, 0x75};
    }
    return Qt::gray;
}

int InboxModel::daysOverdue(const InboxRow &row) const
{
    if (!row.isOverdue(m_today))
        return 0;
    return int(row.deadline.daysTo(m_today));
}

QVariant InboxModel::displayData(const InboxRow &row, int column) const
{
    switch (column) {
    case IdColumn:
        return identitytext::displaySafe(row.id);
    case VersionColumn:
        return row.missingEarlierVersion ? QStringLiteral("%1 ⚠").arg(row.version)
                                         : QString::number(row.version);
    case StatusColumn:
        return caseStatusLabel(row.status);
    // Stored text is shown with control and bidi characters escaped (identitytext).
    case ApplicantColumn:
        return identitytext::displaySafe(row.applicant);
    case ScenarioColumn:
        return identitytext::displaySafe(row.scenario);
    case DomainColumn:
        return identitytext::displaySafe(row.domain);
    case ModeColumn:
        return vocabulary::label("mode", row.mode);
    case UseClassColumn:
        return vocabulary::label("useClass", row.useClass);
    case SubmittedColumn:
        return isoDate(row.submittedAt.toLocalTime().date());
    case DeadlineColumn:
        return isoDate(row.deadline);
    case ResourcesColumn: {
        return resourcesText(row.resourceCount, row.unregisteredCount, row.cancelledCount);
    }
    default:
        return {};
    }
}

QString InboxModel::resourcesText(int requested, int unregistered, int cancelled)
{
    QString text = QString::number(requested);
    if (unregistered > 0 && cancelled > 0)
        text +=
            QStringLiteral(" · ") + tr("%n register problem(s)", nullptr, unregistered + cancelled);
    else if (unregistered > 0)
        text += QStringLiteral(" · ") + tr("%n unregistered", nullptr, unregistered);
    else if (cancelled > 0)
        text += QStringLiteral(" · ") + tr("%n cancelled", nullptr, cancelled);
    return text;
}

QStringList InboxModel::resourcesSamples()
{
    return {resourcesText(3, 1, 0), resourcesText(3, 1, 1), resourcesText(3, 0, 1)};
}

QVariant InboxModel::toolTipData(const InboxRow &row, int column) const
{
    const int overdue = daysOverdue(row);
    const bool resourceProblem = hasResourceProblem(row);
    switch (column) {
    case StatusColumn:
        return row.decision == Decision::None
                   ? caseStatusLabel(row.status)
                   : tr("%1 — decision: %2")
                         .arg(caseStatusLabel(row.status), decisionLabel(row.decision));
    case VersionColumn:
        return row.missingEarlierVersion
                   ? tr("An earlier version number of this application was never received.")
                   : QVariant();
    case ApplicantColumn:
        return row.creditCode.isEmpty() ? identitytext::displaySafe(row.applicant)
                                        : tr("%1\nUnified social credit code: %2")
                                              .arg(identitytext::displaySafe(row.applicant),
                                                   identitytext::displaySafe(row.creditCode));
    case ScenarioColumn:
        return identitytext::displaySafe(row.scenario);
    case SubmittedColumn:
        return QLocale().toString(row.submittedAt.toLocalTime(), QLocale::LongFormat);
    case DeadlineColumn:
        if (overdue > 0)
            return tr("Overdue by %n day(s)", nullptr, overdue);
        if (row.deadline.isValid() && caseStatusIsOpen(row.status)) {
            const qint64 left = m_today.daysTo(row.deadline);
            return left == 0 ? tr("Due today") : tr("Due in %n day(s)", nullptr, int(left));
        }
        return {};
    case ResourcesColumn:
        if (!resourceProblem)
            return tr("%n requested resource(s), all in the register", nullptr, row.resourceCount);
        return tr("%n requested resource(s)", nullptr, row.resourceCount) + QLatin1Char('\n') +
               tr("Not in the register: %1").arg(row.unregisteredCount) + QLatin1Char('\n') +
               tr("Cancelled in the register: %1").arg(row.cancelledCount);
    default:
        return {};
    }
}

QVariant InboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InboxRow *found = rowAt(index.row());
    if (!found)
        return {}; // a page that would not read (said once), or rows deleted since the count
    const InboxRow &row = *found;
    const int column = index.column();
    const int overdue = daysOverdue(row);
    const bool resourceProblem = hasResourceProblem(row);

    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, column);
    case Qt::ToolTipRole:
        return toolTipData(row, column);
    case Qt::DecorationRole:
        if (column == StatusColumn)
            return statusColor(row.status);
        return {};
    case Qt::ForegroundRole:
        if (column == DeadlineColumn && overdue > 0)
            return kOverdueColor;
        if (column == ResourcesColumn && resourceProblem)
            return kWarningColor;
        if (column == VersionColumn && row.missingEarlierVersion)
            return kWarningColor;
        return {};
    case Qt::FontRole:
        if ((column == DeadlineColumn && overdue > 0) ||
            (column == ResourcesColumn && resourceProblem)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == VersionColumn)
            return QVariant::fromValue(Qt::AlignCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case IdRole:
        return row.id;
    case VersionRole:
        return row.version;
    case StatusCodeRole:
        return caseStatusCode(row.status);
    case StatusColorRole:
        return statusColor(row.status);
    case DecisionCodeRole:
        return decisionCode(row.decision);
    case OverdueRole:
        return overdue > 0;
    case DaysOverdueRole:
        return overdue;
    case ProblemResourcesRole:
        return row.unregisteredCount + row.cancelledCount;
    default:
        return {};
    }
}

QVariant InboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case IdColumn:
            return tr("Number");
        case VersionColumn:
            return tr("Version");
        case StatusColumn:
            return tr("Status");
        case ApplicantColumn:
            return tr("Applicant");
        case ScenarioColumn:
            return tr("Scenario");
        case DomainColumn:
            return tr("Domain");
        case ModeColumn:
            return tr("Mode");
        case UseClassColumn:
            return tr("Use class");
        case SubmittedColumn:
            return tr("Submitted");
        case DeadlineColumn:
            return tr("Deadline");
        case ResourcesColumn:
            return tr("Resources");
        default:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case IdColumn:
            return tr("Application number");
        case ModeColumn:
            return tr("Authorization mode");
        case DeadlineColumn:
            return tr("Review deadline; overdue open cases are shown in red");
        case ResourcesColumn:
            return tr("Requested data resources and those not (or no longer) in the register");
        default:
            break;
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

QHash<int, QByteArray> InboxModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "applicationId");
    names.insert(VersionRole, "version");
    names.insert(StatusCodeRole, "statusCode");
    names.insert(StatusColorRole, "statusColor");
    names.insert(DecisionCodeRole, "decisionCode");
    names.insert(OverdueRole, "overdue");
    names.insert(DaysOverdueRole, "daysOverdue");
    names.insert(ProblemResourcesRole, "problemResources");
    return names;
}

bool InboxModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_moreRows;
}

void InboxModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const int offset = int(m_rows.size());
    // One row more than a page says whether another page follows, without a count.
    auto page = m_inbox.rows(m_query, offset, kPageSize + 1);
    if (!page) {
        m_moreRows = false; // stop asking; the error says why
        emit errorOccurred(page.error().toString());
        return;
    }
    QList<InboxRow> &fetched = page.value();
    m_moreRows = fetched.size() > kPageSize;
    if (m_moreRows)
        fetched.resize(kPageSize);
    if (!fetched.isEmpty()) {
        beginInsertRows({}, offset, offset + int(fetched.size()) - 1);
        m_rows.append(std::move(fetched));
        endInsertRows();
    }
    if (!m_moreRows && (m_rows.size() != m_total || !m_totalExact)) {
        // Every row is here (or the database changed under us): what we have is all there is.
        countRows();
        emit totalCountChanged(m_total);
        emit countsChanged();
    }
}

void InboxModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    const auto sortColumn = static_cast<InboxQuery::Column>(column);
    if (m_query.sortColumn == sortColumn && m_query.sortOrder == order)
        return;
    m_query.sortColumn = sortColumn;
    m_query.sortOrder = order;
    reload();
}

void InboxModel::setQuery(const InboxQuery &query)
{
    m_query = query;
    reload();
}

void InboxModel::refresh()
{
    reload();
}

void InboxModel::setCountCap(int cap)
{
    m_countCap = std::max(1, cap);
}

void InboxModel::reload()
{
    QString error;
    std::optional<int> knownTotal; // exact, from the first page's read
    beginResetModel();
    m_rows.clear();
    m_moreRows = false;
    m_windowed = false;
    m_pages.clear();
    m_pageOrder.clear();
    m_windowFailed = false;
    m_total = 0;
    m_totalExact = true;
    m_overdue.reset();
    m_countError.clear();
    if (m_counter)
        m_counter->cancel(); // the old query's figures must not arrive
    if (auto first = m_inbox.firstRows(m_query, kFirstPageSize); !first) {
        error = first.error().toString();
    } else {
        m_rows = std::move(first->rows);
        m_moreRows = first->more;
        // One page is counted from its rows (countRows()); a longer query up to the cap here,
        // unless its rows came with their count (a search whose matches were all sorted).
        if (m_moreRows && first->total >= 0) {
            m_total = std::max(first->total, int(m_rows.size()));
            knownTotal = m_total;
        } else if (m_moreRows) {
            if (auto capped = m_inbox.countUpTo(m_query, m_countCap); !capped) {
                error = capped.error().toString();
                m_total = int(m_rows.size());
                m_totalExact = false;
            } else {
                m_totalExact = *capped <= m_countCap;
                m_total = std::max(std::min(*capped, m_countCap), int(m_rows.size()));
            }
        }
    }
    endResetModel();
    if (error.isEmpty())
        countRows(knownTotal);
    else
        m_countError = error;
    emit totalCountChanged(m_total);
    emit countsChanged();
    if (!error.isEmpty())
        emit errorOccurred(error);
}

void InboxModel::countRows(std::optional<int> knownTotal)
{
    if (!m_moreRows && !m_windowed) {
        m_total = int(m_rows.size());
        m_totalExact = true;
        m_overdue = int(std::count_if(m_rows.cbegin(), m_rows.cend(), [this](const InboxRow &row) {
            return row.isOverdue(m_today);
        }));
        m_countError.clear();
        if (m_counter)
            m_counter->cancel();
        return;
    }
    m_overdue.reset();
    if (!m_counter) {
        m_counter = std::make_unique<InboxCounter>(m_inbox.desk());
        connect(m_counter.get(), &InboxCounter::counted, this, &InboxModel::takeCounts);
    }
    m_counter->count(m_query, m_today, knownTotal);
}

void InboxModel::takeCounts(int total, int overdue, const QString &error)
{
    m_countError = error;
    if (error.isEmpty()) {
        m_overdue = overdue;
        if (!m_totalExact || total != m_total) {
            m_total = std::max(total, int(m_rows.size()));
            m_totalExact = true;
            emit totalCountChanged(m_total);
        }
        if (m_moreRows || m_windowed)
            openWindow(m_total);
    }
    emit countsChanged();
}

void InboxModel::openWindow(int total)
{
    if (m_windowed) {
        if (total == rowCount())
            return;
        // Recounted to another figure (cases imported or deleted): the pages are stale.
        beginResetModel();
        m_pages.clear();
        m_pageOrder.clear();
        m_total = total;
        endResetModel();
        return;
    }
    const int loaded = int(m_rows.size());
    m_moreRows = false;
    if (total <= loaded)
        return;
    beginInsertRows({}, loaded, total - 1);
    m_windowed = true;
    m_total = total;
    endInsertRows();
}

const InboxRow *InboxModel::windowRow(int row) const
{
    const int page = row / kPageSize;
    auto held = m_pages.find(page);
    if (held == m_pages.end()) {
        const int offset = page * kPageSize;
        const int count = std::min(kPageSize, m_total - offset);
        // The second half is read from the far end of the order, reversed: OFFSET walks the
        // rows it skips, so the last page is as quick to read as the first.
        InboxQuery query = m_query;
        const bool fromEnd = offset > m_total / 2;
        if (fromEnd)
            query.sortOrder =
                query.sortOrder == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
        auto rows = m_inbox.rows(query, fromEnd ? m_total - offset - count : offset, count);
        if (!rows) {
            // data() may not emit; the view hears of it once, after this paint.
            auto *self = const_cast<InboxModel *>(this);
            if (!std::exchange(m_windowFailed, true))
                QMetaObject::invokeMethod(
                    self,
                    [self, error = rows.error().toString()] { emit self->errorOccurred(error); },
                    Qt::QueuedConnection);
            return nullptr;
        }
        QList<InboxRow> fetched = std::move(rows).value();
        if (fromEnd)
            std::reverse(fetched.begin(), fetched.end());
        if (m_pageOrder.size() >= m_windowPages)
            m_pages.remove(m_pageOrder.takeFirst());
        held = m_pages.insert(page, std::move(fetched));
        m_pageOrder.append(page);
    } else if (m_pageOrder.last() != page) {
        m_pageOrder.removeOne(page);
        m_pageOrder.append(page);
    }
    const int at = row - page * kPageSize;
    return at < held->size() ? &held->at(at) : nullptr;
}

void InboxModel::setToday(const QDate &today)
{
    if (today == m_today)
        return;
    m_today = today;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    if (rowCount() > 0) {
        countRows(); // the overdue count is today's
        emit countsChanged();
    }
}

const InboxRow *InboxModel::rowAt(int row) const
{
    if (row >= 0 && row < m_rows.size())
        return &m_rows.at(row);
    return m_windowed && row >= 0 && row < m_total ? windowRow(row) : nullptr;
}

int InboxModel::findRow(const QString &id, int version) const
{
    const auto matches = [&](const InboxRow &row) {
        return row.id == id && (version == 0 || row.version == version);
    };
    for (int i = 0; i < m_rows.size(); ++i) {
        if (matches(m_rows.at(i)))
            return i;
    }
    for (auto page = m_pages.cbegin(); page != m_pages.cend(); ++page) {
        for (int i = 0; i < page->size(); ++i) {
            if (matches(page->at(i)))
                return page.key() * kPageSize + i;
        }
    }
    return -1;
}

int InboxModel::locateRow(const QString &id, int version)
{
    int row = findRow(id, version);
    // Before the counts: the rows that follow, as the view would fetch them.
    while (row < 0 && !m_windowed && m_moreRows && m_rows.size() < kPageSize) {
        fetchMore({});
        row = findRow(id, version);
    }
    // After them: the window's page that follows the rows loaded (the first page).
    if (row < 0 && m_windowed && m_rows.size() < kPageSize && m_total > m_rows.size()) {
        windowRow(int(m_rows.size()));
        row = findRow(id, version);
    }
    return row;
}

} // namespace gd
