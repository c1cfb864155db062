// SPDX-License-Identifier: GPL-3.0-or-later
#include "deskmaintenance.h"

#include "audit/trailanchor.h"
#include "services/desk.h"
#include "store/backups.h"
#include "store/database.h"
#include "store/databasefile.h"
#include "store/dbcheck.h"

namespace gd {

DeskMaintenance::DeskMaintenance(std::shared_ptr<Desk> desk)
    : m_desk(std::move(desk))
{}

Result<DatabaseCheck> DeskMaintenance::check() const
{
    return check({});
}

Result<DatabaseCheck> DeskMaintenance::check(const std::function<void(CheckPart)> &starting) const
{
    if (starting)
        starting(CheckPart::File);
    auto checked = checkDatabase(m_desk->database());
    if (!checked || !checked->integrity.isEmpty() || !checked->auditTable)
        return checked;
    // The trail is checked even with a schema problem: it says what was cut.
    DatabaseCheck check = std::move(checked).value();
    if (starting)
        starting(CheckPart::AuditTrail);
    const auto report = audit::verifyTrail(m_desk->database());
    if (!report) {
        check.audit << report.error().toString();
        return check;
    }
    check.events = report->chain.checked;
    check.unanchored = report->unanchored();
    check.audit << report->problems;
    return check;
}

std::weak_ptr<const void> DeskMaintenance::watchClosing(const std::shared_ptr<Desk> &desk)
{
    if (!desk)
        return {}; // nothing open (the file could not be opened): nothing to wait for
    return std::shared_ptr<const void>(desk->database());
}

Result<DatabaseCheck> DeskMaintenance::quickCheck(const QString &location)
{
    return QuickCheck().run(location);
}

DeskMaintenance::QuickCheck::QuickCheck()
    : m_interrupt(std::make_unique<CheckInterrupt>())
{}

DeskMaintenance::QuickCheck::~QuickCheck() = default;

Result<DatabaseCheck> DeskMaintenance::QuickCheck::run(const QString &location)
{
    Database::Options options;
    options.readOnly = true;
    options.lock = false;
    const auto db = Database::open(location, options);
    if (!db)
        return db.error();
    return quickCheckDatabase(db.value(), m_interrupt.get());
}

void DeskMaintenance::QuickCheck::interrupt()
{
    m_interrupt->interrupt();
}

bool DeskMaintenance::QuickCheck::isInterrupted() const
{
    return m_interrupt->isInterrupted();
}

QString DeskMaintenance::readOnlyCause(const QString &location)
{
    return Database::readOnlyCause(location);
}

DeskMaintenance::ReadOnlyFile DeskMaintenance::readOnlyFile(const QString &location)
{
    switch (dbfile::readOnlyCause(location)) {
    case dbfile::ReadOnlyCause::File:
        return ReadOnlyFile::File;
    case dbfile::ReadOnlyCause::Folder:
        return ReadOnlyFile::Folder;
    case dbfile::ReadOnlyCause::None:
        break;
    }
    return ReadOnlyFile::None;
}

int DeskMaintenance::schemaVersion()
{
    return Database::kSchemaVersion;
}

int DeskMaintenance::busyTimeoutMs()
{
    return Database::kBusyTimeoutMs;
}

bool DeskMaintenance::storageProblemSeen()
{
    return dbfile::storageProblemSeen();
}

QList<backups::Backup> DeskMaintenance::backups(const QString &location)
{
    return backups::list(location);
}

backups::Backup DeskMaintenance::inspectBackup(const QString &file)
{
    return backups::inspect(file);
}

Result<backups::Restored> DeskMaintenance::restore(const QString &location, const QString &backup)
{
    return backups::restore(location, backup);
}

} // namespace gd
