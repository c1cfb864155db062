// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlregisterstore.h"

#include <QSqlError>
#include <QSqlQuery>

#include "store/database.h"
#include "store/sql/connection.h"
#include "store/sql/queryerror.h"

namespace gd {
SqlRegisterStore::SqlRegisterStore(std::shared_ptr<Database> db)
    : m_db(std::move(db))
{}

Result<RegisterImportSummary> SqlRegisterStore::importFile(const RegisterFile &file)
{
    QSqlDatabase db = sql::connection(*m_db);
    Transaction transaction(*m_db);
    if (!transaction.begun())
        return Error{QStringLiteral("database"), db.lastError().text()};
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    RegisterImportSummary summary;
    QSqlQuery find(db);
    QSqlQuery write(db);
    QSqlQuery history(db);
    if (!find.prepare(QStringLiteral("SELECT name, provider, status, registered_at, updated_at, "
                                     "operation_type, operation_review "
                                     "FROM register_resources WHERE code = ?")) ||
        !history.prepare(QStringLiteral("INSERT INTO register_history (code, status, "
                                        "updated_at, source, imported_at) VALUES (?,?,?,?,?)")))
        return queryError(find.lastError().isValid() ? find : history);

    for (const RegisteredResource &r : file.resources) {
        const QString status = registrationStatusCode(r.status);
        const QString registered = r.registeredAt.toString(Qt::ISODate);
        const QString updated = r.updatedAt.toString(Qt::ISODate);
        find.addBindValue(r.code);
        if (!find.exec())
            return queryError(find);
        const bool exists = find.next();
        bool statusChanged = !exists;
        if (exists) {
            statusChanged = find.value(2).toString() != status;
            // An export without the catalogue's operation type and review method says nothing
            // about them: the stored ones stay (see the upsert's COALESCE).
            const bool sameOperation =
                r.operationType.isEmpty() || (find.value(5).toString() == r.operationType &&
                                              find.value(6).toString() == r.operationReview);
            const bool same = !statusChanged && find.value(0).toString() == r.name &&
                              find.value(1).toString() == r.provider &&
                              find.value(3).toString() == registered &&
                              find.value(4).toString() == updated && sameOperation;
            if (same) {
                ++summary.unchanged;
                continue;
            }
            // An older export must not overwrite a newer entry.
            if (QDate::fromString(find.value(4).toString(), Qt::ISODate) > r.updatedAt) {
                ++summary.unchanged;
                continue;
            }
        }
        write.prepare(QStringLiteral(
            "INSERT INTO register_resources (code, name, provider, status, registered_at, "
            "updated_at, source, imported_at, operation_type, operation_review) VALUES "
            "(?,?,?,?,?,?,?,?,?,?) ON CONFLICT (code) DO "
            "UPDATE SET name = excluded.name, provider = excluded.provider, status = "
            "excluded.status, registered_at = excluded.registered_at, updated_at = "
            "excluded.updated_at, source = excluded.source, imported_at = excluded.imported_at, "
            "operation_type = COALESCE(excluded.operation_type, "
            "register_resources.operation_type), "
            "operation_review = COALESCE(excluded.operation_review, "
            "register_resources.operation_review)"));
        const QVariant operationType =
            r.operationType.isEmpty() ? QVariant() : QVariant(r.operationType);
        const QVariant operationReview =
            r.operationReview.isEmpty() ? QVariant() : QVariant(r.operationReview);
        for (const QVariant &v :
             QVariantList{r.code, r.name, r.provider, status, registered, updated, file.source, now,
                          operationType, operationReview})
            write.addBindValue(v);
        if (!write.exec())
            return queryError(write);
        if (statusChanged) {
            for (const QVariant &v : QVariantList{r.code, status, updated, file.source, now})
                history.addBindValue(v);
            if (!history.exec())
                return queryError(history);
        }
        exists ? ++summary.updated : ++summary.added;
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return summary;
}

Result<RegistrationStatus> SqlRegisterStore::status(const QString &code) const
{
    auto entry = find(code);
    if (!entry)
        return entry.error();
    return entry.value() ? entry.value()->status : RegistrationStatus::Unregistered;
}

Result<std::optional<RegisteredResource>> SqlRegisterStore::find(const QString &code) const
{
    if (code.isEmpty())
        return std::optional<RegisteredResource>{};
    QSqlQuery q(sql::connection(*m_db));
    q.prepare(QStringLiteral("SELECT name, provider, status, registered_at, updated_at, "
                             "operation_type, operation_review "
                             "FROM register_resources WHERE code = ?"));
    q.addBindValue(code);
    if (!q.exec())
        return queryError(q);
    if (!q.next())
        return std::optional<RegisteredResource>{};
    RegisteredResource r;
    r.code = code;
    r.name = q.value(0).toString();
    r.provider = q.value(1).toString();
    r.status = registrationStatusFromCode(q.value(2).toString())
                   .value_or(RegistrationStatus::Unregistered);
    r.registeredAt = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    r.updatedAt = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    r.operationType = q.value(5).toString();
    r.operationReview = q.value(6).toString();
    return std::optional<RegisteredResource>(r);
}

Result<QList<RegisterHistoryEntry>> SqlRegisterStore::history(const QString &code) const
{
    QSqlQuery q(sql::connection(*m_db));
    q.prepare(QStringLiteral("SELECT status, updated_at, source, imported_at FROM "
                             "register_history WHERE code = ? ORDER BY pk"));
    q.addBindValue(code);
    if (!q.exec())
        return queryError(q);
    QList<RegisterHistoryEntry> list;
    while (q.next()) {
        RegisterHistoryEntry e;
        e.status = registrationStatusFromCode(q.value(0).toString())
                       .value_or(RegistrationStatus::Unregistered);
        e.updatedAt = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        e.source = q.value(2).toString();
        e.importedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODate);
        list << e;
    }
    return list;
}

Result<int> SqlRegisterStore::count() const
{
    QSqlQuery q(sql::connection(*m_db));
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM register_resources")) || !q.next())
        return queryError(q);
    return q.value(0).toInt();
}

} // namespace gd
