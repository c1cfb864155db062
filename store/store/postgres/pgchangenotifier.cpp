// SPDX-License-Identifier: GPL-3.0-or-later
#include <QSqlDriver>

#include "store/changenotifier.h"
#include "store/database.h"
#include "store/sql/connection.h"

namespace gd {
namespace {

const QString kChannel = QStringLiteral("grantdesk_changes");

/** LISTEN on the database's own connection; QPSQL watches its socket in the event loop. */
class PgChangeNotifier final : public ChangeNotifier
{
public:
    explicit PgChangeNotifier(std::shared_ptr<Database> db)
        : m_db(std::move(db))
    {
        QSqlDriver *driver = sql::connection(*m_db).driver();
        m_live = driver && driver->subscribeToNotification(kChannel);
        if (!m_live)
            return;
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString &name, QSqlDriver::NotificationSource source,
                       const QVariant &payload) {
                    // The server also tells a connection about its own changes: those the
                    // holder made itself and already shows.
                    if (name == kChannel && source == QSqlDriver::OtherSource)
                        emit changed(payload.toString());
                });
    }
    ~PgChangeNotifier() override
    {
        if (m_live) {
            if (QSqlDriver *driver = sql::connection(*m_db).driver())
                driver->unsubscribeFromNotification(kChannel);
        }
    }
    bool isLive() const override { return m_live; }

private:
    std::shared_ptr<Database> m_db;
    bool m_live = false;
};

class SilentNotifier final : public ChangeNotifier
{
public:
    bool isLive() const override { return false; }
};

} // namespace

std::unique_ptr<ChangeNotifier> makeChangeNotifier(std::shared_ptr<Database> db)
{
    if (db->engine() == Database::Engine::PostgreSQL)
        return std::make_unique<PgChangeNotifier>(std::move(db));
    return std::make_unique<SilentNotifier>();
}

} // namespace gd
