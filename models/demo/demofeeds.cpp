// SPDX-License-Identifier: GPL-3.0-or-later
#include "demofeeds.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include "core/hashing.h"
#include "core/log.h"
#include "demo/demodata.h"
#include "monitoring/feeds.h"
#include "store/feedrepository.h"
#include "store/repositories.h"

namespace gd::demo {
namespace {

const QString kFeedsRoot = QStringLiteral(":/demo/feeds");

Error feedsError(const QString &what)
{
    return Error{QStringLiteral("demo"), what};
}

/**
 * The placeholders only feeds need, before expandTemplate() does the dates:
 * {{year:N}} is today's year + N (a number); {{disclosedAt}} is the day a disclosure of
 * the previous year was published: 15 March of this year, or today when that is later.
 */
QByteArray expandFeedPlaceholders(QByteArray text, const QDate &today)
{
    for (int n = -3; n <= 3; ++n) {
        const QByteArray placeholder =
            "{{year:" + (n > 0 ? QByteArray("+") : QByteArray()) + QByteArray::number(n) + "}}";
        text.replace(placeholder, QByteArray::number(today.year() + n));
    }
    const QDate disclosed = std::min(QDate(today.year(), 3, 15), today);
    text.replace("{{disclosedAt}}", disclosed.toString(Qt::ISODate).toLatin1());
    return text;
}

} // namespace

Result<int> loadFeeds(std::shared_ptr<Database> db, const QDate &today)
{
    if (!db)
        return feedsError(QStringLiteral("no database"));
    QStringList names;
    for (QDirIterator it(kFeedsRoot, QDir::Files); it.hasNext();)
        names.append(QFileInfo(it.next()).fileName());
    names.sort();
    if (names.isEmpty())
        return feedsError(QStringLiteral("no demo feeds under %1").arg(kFeedsRoot));

    int added = 0;
    const auto store = makeFeedRepository(db);
    for (const QString &name : std::as_const(names)) {
        QFile file(kFeedsRoot + QLatin1Char('/') + name);
        if (!file.open(QIODevice::ReadOnly))
            return feedsError(QStringLiteral("cannot read %1").arg(file.fileName()));
        const auto text =
            expandTemplate(expandFeedPlaceholders(file.readAll(), today), today, {}, name);
        if (!text)
            return text.error();
        auto parsed = monitoring::parseFeed(*text, name, name.endsWith(QLatin1String(".csv")));
        if (!parsed.file) {
            const QString first = parsed.errors.isEmpty() ? QStringLiteral("refused")
                                                          : parsed.errors.first().toString();
            return feedsError(QStringLiteral("%1 was refused: %2").arg(name, first));
        }
        // Records stored before keep the dates of the day they were loaded.
        monitoring::FeedFile feed = std::move(*parsed.file);
        const auto known = store->ids(feed.kind);
        if (!known)
            return known.error();
        feed.calls.removeIf([&](const monitoring::CallRecord &r) { return known->contains(r.id); });
        feed.incidents.removeIf(
            [&](const monitoring::IncidentRecord &r) { return known->contains(r.id); });
        feed.filings.removeIf(
            [&](const monitoring::FilingRecord &r) { return known->contains(r.id); });
        if (feed.recordCount() == 0)
            continue;
        const auto summary =
            store->store(feed, hashing::sha256Hex(*text), QStringLiteral("demo/feeds/") + name);
        if (!summary)
            return summary.error();
        added += summary->added;
    }
    log::info(QStringLiteral("demo: %1 feed records added").arg(added));
    return added;
}

} // namespace gd::demo
