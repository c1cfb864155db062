// SPDX-License-Identifier: GPL-3.0-or-later
#include "desk.h"

#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

#include "core/setting.h"

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
    auto desk = over(std::move(db.value()));
    desk->m_password = options.password;
    return desk;
}

Result<std::shared_ptr<Desk>> Desk::openReader() const
{
    Database::Options options;
    options.lock = false; // this process holds the lock already
    options.readOnly = true;
    options.password = m_password;
    auto db = Database::open(m_database->path(), options);
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

namespace {
const Setting<QString> kStartLocation{"Database/Location", {}};
} // namespace

QString Desk::startLocation()
{
    const QString chosen = kStartLocation.value();
    return chosen.isEmpty() ? defaultLocation() : chosen;
}

void Desk::setStartLocation(const QString &location)
{
    if (location.isEmpty())
        kStartLocation.reset();
    else
        kStartLocation.setValue(location);
}

QString Desk::serverLocation(const ServerAddress &address)
{
    // The spelling Database::open reads (store/postgres/pgdatabase.cpp, parseLocator).
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(address.login.trimmed());
    url.setPath(QLatin1Char('/') + address.database.trimmed());
    const QString host = address.host.trimmed();
    if (host.startsWith(QLatin1Char('/'))) {
        url.setHost(QString());
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("host"), host);
        if (address.port != 5432)
            query.addQueryItem(QStringLiteral("port"), QString::number(address.port));
        for (const auto &[key, value] : address.options)
            query.addQueryItem(key, value);
        url.setQuery(query);
        return url.toString(QUrl::FullyEncoded); // postgresql://USER@/DB?host=%2Ffolder
    }
    url.setHost(host);
    if (address.port != 5432)
        url.setPort(address.port);
    if (!address.options.isEmpty()) {
        QUrlQuery query;
        for (const auto &[key, value] : address.options)
            query.addQueryItem(key, value);
        url.setQuery(query);
    }
    return url.toString(QUrl::FullyEncoded);
}

std::optional<Desk::ServerAddress> Desk::serverAddress(const QString &location)
{
    if (!isServerLocation(location))
        return std::nullopt;
    const QUrl url(location);
    ServerAddress address;
    address.login = url.userName();
    address.host = url.host();
    address.port = url.port(5432);
    address.database = url.path().mid(1);
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host"))
            address.host = value;
        else if (key == QLatin1String("port"))
            address.port = value.toInt();
        else
            address.options.append({key, value});
    }
    return address;
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
