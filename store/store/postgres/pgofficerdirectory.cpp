// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/postgres/pgofficerdirectory.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QSqlQuery>

#include "store/database.h"
#include "store/sql/connection.h"
#include "store/sql/queryerror.h"

namespace gd::postgres {
namespace {

const QString kOfficersWhere = QStringLiteral("officers");

// The messages' translation context, declared so that lupdate files them under it too (a free
// function calling QCoreApplication::translate left lupdate guessing the enclosing namespace's).
// Its name differs from the other files' Text classes: a unity batch compiles them together.
class OfficersText
{
    Q_DECLARE_TR_FUNCTIONS(Officers)
};

/** A login role's name: lower-case letters, digits and _, starting with a letter. */
Status checkRole(const QString &role)
{
    static const QRegularExpression valid(QStringLiteral("^[a-z][a-z0-9_]{0,62}$"));
    if (!valid.match(role).hasMatch())
        return Error{QStringLiteral("officer %1").arg(role),
                     OfficersText::tr(
                         "a login name is 1 to 63 lower-case letters, digits and _, starting with "
                         "a letter")};
    if (role.startsWith(QLatin1String("grantdesk_")) || role.startsWith(QLatin1String("pg_")))
        return Error{
            QStringLiteral("officer %1").arg(role),
            OfficersText::tr("names starting with grantdesk_ or pg_ are the server's own")};
    return success();
}

Result<QString> groupRole(const QString &group)
{
    if (!OfficerDirectory::groupNames().contains(group))
        return Error{
            QStringLiteral("role %1").arg(group),
            OfficersText::tr("not a GrantDesk role; one of reviewer, approver, administrator")};
    return QStringLiteral("grantdesk_") + group;
}

/** Runs a statement the server builds itself with format(): names and literals quoted there. */
Status runFormatted(const QSqlDatabase &db, const QString &format, const QVariantList &values)
{
    QSqlQuery build(db);
    QString typed = format; // format() takes "any": each value is text
    typed.replace(QLatin1String(", ?"), QLatin1String(", CAST(? AS text)"));
    if (!run(build, QStringLiteral("SELECT format(%1)").arg(typed), values) || !build.next())
        return queryError(build, kOfficersWhere);
    QSqlQuery statement(db);
    if (!statement.exec(build.value(0).toString()))
        return queryError(statement, kOfficersWhere);
    return success();
}

} // namespace

PgOfficerDirectory::PgOfficerDirectory(std::shared_ptr<Database> db)
    : m_db(std::move(db))
{}

Status PgOfficerDirectory::add(const QString &role, const QString &name, const QString &password,
                               const QString &group)
{
    if (auto valid = checkRole(role); !valid)
        return valid;
    const auto granted = groupRole(group);
    if (!granted)
        return granted.error();
    const QString where = QStringLiteral("officer %1").arg(role);
    if (name.trimmed().isEmpty())
        return Error{where, OfficersText::tr("the officer needs a name")};
    if (!password.isEmpty() && password.size() < 12)
        return Error{where, OfficersText::tr("the password must have at least 12 characters")};
    const QSqlDatabase db = sql::connection(*m_db);
    Transaction transaction(*m_db);
    QSqlQuery q(db);
    // Login roles are the server's, not one database's: the login may exist already.
    if (!run(q,
             QStringLiteral("SELECT r.rolcanlogin, r.rolsuper, "
                            "EXISTS (SELECT 1 FROM officers o WHERE o.role = r.rolname) "
                            "FROM pg_roles r WHERE r.rolname = ?"),
             {role}))
        return queryError(q, kOfficersWhere);
    if (q.next()) {
        if (q.value(2).toBool())
            return Error{where, OfficersText::tr(
                                    "is an officer here already; grant or revoke roles instead")};
        if (q.value(1).toBool())
            return Error{
                where,
                OfficersText::tr("is a superuser of the server, whom its checks do not bind "
                                 "(four eyes among them); give the officer a login of their own")};
        if (!q.value(0).toBool())
            return Error{where, OfficersText::tr("exists on the server but may not log in")};
        if (!password.isEmpty())
            return Error{
                where, OfficersText::tr("the login exists on this server already (from another "
                                        "database, or made by its administrator) and keeps its own "
                                        "password: add it without one (--no-password)")};
    } else {
        const auto created =
            password.isEmpty()
                ? runFormatted(db, QStringLiteral("'CREATE ROLE %I LOGIN', ?"), {role})
                : runFormatted(db, QStringLiteral("'CREATE ROLE %I LOGIN PASSWORD %L', ?, ?"),
                               {role, password});
        if (!created)
            return created;
    }
    if (auto done = runFormatted(db, QStringLiteral("'GRANT %I TO %I', ?, ?"), {*granted, role});
        !done)
        return done;
    if (!run(q, QStringLiteral("INSERT INTO officers (role, name, added_at) VALUES (?, ?, ?)"),
             {role, name.trimmed(), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}))
        return queryError(q, kOfficersWhere);
    return transaction.commit();
}

Status PgOfficerDirectory::grant(const QString &role, const QString &group)
{
    const auto granted = groupRole(group);
    if (!granted)
        return granted.error();
    return runFormatted(sql::connection(*m_db), QStringLiteral("'GRANT %I TO %I', ?, ?"),
                        {*granted, role});
}

Status PgOfficerDirectory::revoke(const QString &role, const QString &group)
{
    const auto granted = groupRole(group);
    if (!granted)
        return granted.error();
    return runFormatted(sql::connection(*m_db), QStringLiteral("'REVOKE %I FROM %I', ?, ?"),
                        {*granted, role});
}

Status PgOfficerDirectory::grantCreateRole(const QString &role)
{
    if (auto valid = checkRole(role); !valid)
        return valid;
    return runFormatted(sql::connection(*m_db), QStringLiteral("'ALTER ROLE %I CREATEROLE', ?"),
                        {role});
}

namespace {

/** The GrantDesk groups @p role is a member of, by their short names. */
QStringList groupsOf(const QSqlDatabase &db, const QString &role)
{
    QStringList groups;
    QSqlQuery q(db);
    for (const QString &group : OfficerDirectory::groupNames()) {
        if (run(q, QStringLiteral("SELECT pg_has_role(CAST(? AS name), CAST(? AS name), 'MEMBER')"),
                {role, QStringLiteral("grantdesk_") + group}) &&
            q.next() && q.value(0).toBool())
            groups << group;
    }
    return groups;
}

} // namespace

Result<QList<Officer>> PgOfficerDirectory::list() const
{
    const QSqlDatabase db = sql::connection(*m_db);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT role, name FROM officers ORDER BY role")))
        return queryError(q, kOfficersWhere);
    QList<Officer> officers;
    while (q.next())
        officers << Officer{q.value(0).toString(), q.value(1).toString(), {}};
    for (Officer &officer : officers)
        officer.groups = groupsOf(db, officer.role);
    return officers;
}

Result<Officer> PgOfficerDirectory::self() const
{
    const QSqlDatabase db = sql::connection(*m_db);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT current_user, COALESCE((SELECT name FROM officers WHERE "
                               "role = current_user), '')")) ||
        !q.next())
        return queryError(q, kOfficersWhere);
    Officer officer{q.value(0).toString(), q.value(1).toString(), {}};
    officer.groups = groupsOf(db, officer.role);
    return officer;
}

namespace {

Error embedded()
{
    return Error{
        kOfficersWhere,
        OfficersText::tr("the embedded database has no officers: whoever holds its file holds "
                         "every role. Officers belong to an office server (postgresql://…)")};
}

} // namespace

Status NoOfficerDirectory::add(const QString &, const QString &, const QString &, const QString &)
{
    return embedded();
}

Status NoOfficerDirectory::grant(const QString &, const QString &)
{
    return embedded();
}

Status NoOfficerDirectory::revoke(const QString &, const QString &)
{
    return embedded();
}

Status NoOfficerDirectory::grantCreateRole(const QString &)
{
    return embedded();
}

Result<QList<Officer>> NoOfficerDirectory::list() const
{
    return embedded();
}

Result<Officer> NoOfficerDirectory::self() const
{
    return embedded();
}

} // namespace gd::postgres
