// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasecopyservice.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include "audit/trailanchor.h"
#include "store/database.h"
#include "store/databasecopy.h"

namespace gd {
namespace {

// The messages' translation context, declared so that lupdate files them under it too (a free
// Text::tr() calling QCoreApplication::translate left lupdate guessing the enclosing namespace's).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopy)
};

/** The chain of @p db verified from seq 1: its events, or why it is not intact. */
Result<qint64> verifiedEvents(const std::shared_ptr<Database> &db, const QString &which)
{
    const auto report = audit::verifyTrail(db);
    if (!report)
        return report.error();
    if (report->broken())
        return Error{QStringLiteral("db copy"),
                     Text::tr("the audit trail of %1 is not intact (%2); nothing was copied")
                         .arg(which, audit::firstProblem(*report))};
    return report->chain.checked;
}

Result<DatabaseCopyReport> copyInto(const std::shared_ptr<Database> &source,
                                    const std::shared_ptr<Database> &target)
{
    DatabaseCopyReport report;
    const auto before = verifiedEvents(source, source->path());
    if (!before)
        return before.error();
    report.eventsBefore = *before;
    const auto copied = copyDatabase(source, target);
    if (!copied)
        return copied.error();
    report.tables = copied->tables;
    const auto after = verifiedEvents(target, target->path());
    if (!after)
        return after.error();
    report.eventsAfter = *after;
    const auto counted = countRows(target);
    if (!counted)
        return counted.error();
    if (counted->tables != copied->tables || report.eventsAfter != report.eventsBefore)
        return Error{QStringLiteral("db copy"),
                     Text::tr("the copy in %1 does not hold what was read from %2")
                         .arg(target->path(), source->path())};
    return report;
}

} // namespace

Result<DatabaseCopyReport> DatabaseCopyService::copy(const QString &from, const QString &to)
{
    const bool newFile = !Database::isServerLocator(to);
    if (newFile && QFileInfo::exists(to))
        return Error{QStringLiteral("db copy"),
                     Text::tr("%1 exists; a copy is written to a new file").arg(to)};
    Database::Options readOnly;
    readOnly.readOnly = true;
    readOnly.lock = false;
    auto source = Database::open(from, readOnly);
    if (!source)
        return source.error();
    Result<DatabaseCopyReport> report = Error{QStringLiteral("db copy"), QString()};
    {
        auto target = Database::open(to);
        if (!target)
            return target.error();
        report = copyInto(*source, *target);
    }
    if (!report && newFile) {
        for (const char *suffix : {"", "-wal", "-shm", ".lock"})
            QFile::remove(to + QLatin1String(suffix));
    }
    return report;
}

} // namespace gd
