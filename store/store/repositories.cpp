// SPDX-License-Identifier: GPL-3.0-or-later
#include "repositories.h"

#include "store/sqlite/sqliteacknowledgementrepository.h"
#include "store/sqlite/sqliteapplicationstore.h"
#include "store/sqlite/sqliteauditanchors.h"
#include "store/sqlite/sqliteaudittrail.h"
#include "store/sqlite/sqlitefeedrepository.h"
#include "store/sqlite/sqlitelifecyclerepository.h"
#include "store/sqlite/sqlitependingfiles.h"
#include "store/sqlite/sqliteregisterstore.h"
#include "store/sqlite/sqlitereviewstore.h"
#include "store/sqlite/sqlitesnapshotrepository.h"

namespace gd {

// SQLite is the one engine a Database opens today; the office server (issue 16) adds the
// second implementation of each interface and the choice between them here.

std::unique_ptr<ApplicationStore> makeApplicationStore(std::shared_ptr<Database> db)
{
    return std::make_unique<SqliteApplicationStore>(std::move(db));
}

std::unique_ptr<RegisterStore> makeRegisterStore(std::shared_ptr<Database> db)
{
    return std::make_unique<SqliteRegisterStore>(std::move(db));
}

std::unique_ptr<ReviewStore> makeReviewStore(std::shared_ptr<Database> db)
{
    return std::make_unique<SqliteReviewStore>(std::move(db));
}

std::unique_ptr<AuditTrail> makeAuditTrail(std::shared_ptr<Database> db)
{
    return std::make_unique<SqliteAuditTrail>(std::move(db));
}

std::unique_ptr<AuditAnchors> makeAuditAnchors(std::shared_ptr<Database> db)
{
    return std::make_unique<SqliteAuditAnchors>(std::move(db));
}

std::unique_ptr<PendingFiles> makePendingFiles(std::shared_ptr<Database> db)
{
    return std::make_unique<SqlitePendingFiles>(std::move(db));
}

std::unique_ptr<monitoring::FeedRepository> makeFeedRepository(std::shared_ptr<Database> db)
{
    return std::make_unique<monitoring::SqliteFeedRepository>(std::move(db));
}

std::unique_ptr<monitoring::AcknowledgementRepository>
makeAcknowledgementRepository(std::shared_ptr<Database> db)
{
    return std::make_unique<monitoring::SqliteAcknowledgementRepository>(std::move(db));
}

std::unique_ptr<monitoring::SnapshotRepository> makeSnapshotRepository(std::shared_ptr<Database> db)
{
    return std::make_unique<monitoring::SqliteSnapshotRepository>(std::move(db));
}

std::unique_ptr<lifecycle::LifecycleRepository>
makeLifecycleRepository(std::shared_ptr<Database> db)
{
    return std::make_unique<lifecycle::SqliteLifecycleRepository>(std::move(db));
}

} // namespace gd
