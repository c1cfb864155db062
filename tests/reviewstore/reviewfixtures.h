// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QSqlQuery>
#include <QString>

#include "importer/importer.h"
#include "importer/registerparser.h"
#include "store/database.h"
#include "store/sql/connection.h"
#include "store/registerstore.h"
#include "store/repositories.h"

namespace gd::test {

inline QString examplesDir()
{
    return QDir(QStringLiteral(GRANTDESK_TEST_DATA)).filePath(QStringLiteral("examples"));
}

/**
 * Imports the three example applications and the demo register, as an officer would;
 * an empty string when all went well, else what failed.
 */
inline QString importExamples(const std::shared_ptr<Database> &db)
{
    const QString registerFile = QDir(examplesDir()).filePath(QStringLiteral("register-demo.json"));
    const auto parsed =
        RegisterParser::parseFile(registerFile, QStringLiteral("register-demo.json"));
    if (!parsed.file)
        return parsed.errors.isEmpty() ? QStringLiteral("register refused")
                                       : parsed.errors.first().toString();
    if (auto imported = makeRegisterStore(db)->importFile(*parsed.file); !imported)
        return imported.error().toString();
    const ImportReport report = Importer(db).importPaths({examplesDir()});
    if (report.count(FileOutcome::Kind::Added) != 3)
        return QStringLiteral("expected 3 applications, %1 added, %2 refused")
            .arg(report.count(FileOutcome::Kind::Added))
            .arg(report.count(FileOutcome::Kind::Refused));
    return {};
}

/** The audit events recorded with @p action (any subject). */
inline int auditCount(const std::shared_ptr<Database> &db, const QString &action = {})
{
    QSqlQuery q(sql::connection(*db));
    q.prepare(action.isEmpty()
                  ? QStringLiteral("SELECT COUNT(*) FROM audit_events")
                  : QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = ?"));
    if (!action.isEmpty())
        q.addBindValue(action);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace gd::test
