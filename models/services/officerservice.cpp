// SPDX-License-Identifier: GPL-3.0-or-later
#include "officerservice.h"

#include "services/desk.h"
#include "store/database.h"
#include "store/officerdirectory.h"
#include "store/repositories.h"

namespace gd {
namespace {

OfficerInfo infoOf(const Officer &officer)
{
    return OfficerInfo{officer.role, officer.name, officer.groups};
}

} // namespace

OfficerService::OfficerService(std::shared_ptr<Desk> desk)
    : m_desk(std::move(desk))
{}

Status OfficerService::initServer(const QString &locator, const QString &login, const QString &name,
                                  const QString &password)
{
    if (!Database::isServerLocator(locator))
        return Error{QStringLiteral("server init"),
                     QStringLiteral("needs an office server's locator "
                                    "(--db postgresql://USER@HOST[:PORT]/DATABASE)")};
    if (auto created = Database::createOnServer(locator); !created)
        return created;
    auto db = Database::open(locator);
    if (!db)
        return db.error();
    auto directory = makeOfficerDirectory(*db);
    if (auto added = directory->add(login, name, password, QStringLiteral("administrator")); !added)
        return added;
    return directory->grantCreateRole(login);
}

Status OfficerService::add(const QString &login, const QString &name, const QString &password,
                           const QString &group)
{
    return makeOfficerDirectory(m_desk->database())->add(login, name, password, group);
}

Status OfficerService::grant(const QString &login, const QString &group)
{
    return makeOfficerDirectory(m_desk->database())->grant(login, group);
}

Status OfficerService::revoke(const QString &login, const QString &group)
{
    return makeOfficerDirectory(m_desk->database())->revoke(login, group);
}

Result<QList<OfficerInfo>> OfficerService::list() const
{
    const auto officers = makeOfficerDirectory(m_desk->database())->list();
    if (!officers)
        return officers.error();
    QList<OfficerInfo> infos;
    for (const Officer &officer : *officers)
        infos << infoOf(officer);
    return infos;
}

Result<OfficerInfo> OfficerService::self() const
{
    const auto officer = makeOfficerDirectory(m_desk->database())->self();
    if (!officer)
        return officer.error();
    return infoOf(*officer);
}

} // namespace gd
