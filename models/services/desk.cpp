// SPDX-License-Identifier: GPL-3.0-or-later
#include "desk.h"

#include <QFileInfo>

#include "store/database.h"

namespace gd {

Desk::Desk(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{}

Desk::~Desk() = default;

Result<std::shared_ptr<Desk>> Desk::open(const QString &location, Options options)
{
    Database::Options dbOptions;
    dbOptions.lock = options.lock;
    dbOptions.readOnly = options.readOnly;
    dbOptions.lockWaitMs = options.lockWaitMs;
    dbOptions.password = options.password;
    auto db = Database::open(location, dbOptions);
    if (!db)
        return db.error();
    return over(std::move(db.value()));
}

std::shared_ptr<Desk> Desk::over(std::shared_ptr<Database> database)
{
    return std::shared_ptr<Desk>(new Desk(std::move(database)));
}

QString Desk::defaultLocation()
{
    return Database::defaultPath();
}

QString Desk::location() const
{
    return m_database->path();
}

QString Desk::displayName() const
{
    if (!isOnServer())
        return QFileInfo(m_database->path()).fileName();
    // postgresql://USER@HOST/DATABASE?host=/socket…: the socket folder says nothing to anyone
    return m_database->path().section(QLatin1Char('?'), 0, 0).mid(int(qstrlen("postgresql://")));
}

bool Desk::isServerLocation(const QString &location)
{
    return Database::isServerLocator(location);
}

bool Desk::isOnServer() const
{
    return m_database->engine() == Database::Engine::PostgreSQL;
}

bool Desk::isReadOnly() const
{
    return m_database->isReadOnly();
}

QString Desk::readOnlyRefusal()
{
    return Database::readOnlyRefusal();
}

} // namespace gd
