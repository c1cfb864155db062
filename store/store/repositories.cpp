// SPDX-License-Identifier: GPL-3.0-or-later
#include "repositories.h"

#include "store/database.h"
#include "store/postgres/pgofficerdirectory.h"
#include "store/sql/sqlacknowledgementrepository.h"
#include "store/sql/sqlapplicationstore.h"
#include "store/sql/sqlauditanchors.h"
#include "store/sql/sqlaudittrail.h"
#include "store/sql/sqlfeedrepository.h"
#include "store/sql/sqllifecyclerepository.h"
#include "store/sql/sqlpendingfiles.h"
#include "store/sql/sqlregisterstore.h"
#include "store/sql/sqlreviewstore.h"
#include "store/sql/sqlsnapshotrepository.h"

namespace gd {

// The repositories are written once, in SQL both engines run (store/sql/); what the engines
// spell differently each Database's dialect answers. Only the officers are the server's alone.

std::unique_ptr<ApplicationStore> makeApplicationStore(std::shared_ptr<Database> db)
{
    return std::make_unique<SqlApplicationStore>(std::move(db));
}

std::unique_ptr<RegisterStore> makeRegisterStore(std::shared_ptr<Database> db)
{
    return std::make_unique<SqlRegisterStore>(std::move(db));
}

std::unique_ptr<ReviewStore> makeReviewStore(std::shared_ptr<Database> db)
{
    return std::make_unique<SqlReviewStore>(std::move(db));
}

std::unique_ptr<AuditTrail> makeAuditTrail(std::shared_ptr<Database> db)
{
    return std::make_unique<SqlAuditTrail>(std::move(db));
}

std::unique_ptr<AuditAnchors> makeAuditAnchors(std::shared_ptr<Database> db)
{
    return std::make_unique<SqlAuditAnchors>(std::move(db));
}

std::unique_ptr<PendingFiles> makePendingFiles(std::shared_ptr<Database> db)
{
    return std::make_unique<SqlPendingFiles>(std::move(db));
}

std::unique_ptr<monitoring::FeedRepository> makeFeedRepository(std::shared_ptr<Database> db)
{
    return std::make_unique<monitoring::SqlFeedRepository>(std::move(db));
}

std::unique_ptr<monitoring::AcknowledgementRepository>
makeAcknowledgementRepository(std::shared_ptr<Database> db)
{
    return std::make_unique<monitoring::SqlAcknowledgementRepository>(std::move(db));
}

std::unique_ptr<monitoring::SnapshotRepository> makeSnapshotRepository(std::shared_ptr<Database> db)
{
    return std::make_unique<monitoring::SqlSnapshotRepository>(std::move(db));
}

std::unique_ptr<lifecycle::LifecycleRepository>
makeLifecycleRepository(std::shared_ptr<Database> db)
{
    return std::make_unique<lifecycle::SqlLifecycleRepository>(std::move(db));
}

std::unique_ptr<OfficerDirectory> makeOfficerDirectory(std::shared_ptr<Database> db)
{
    if (db->engine() == Database::Engine::PostgreSQL)
        return std::make_unique<postgres::PgOfficerDirectory>(std::move(db));
    return std::make_unique<postgres::NoOfficerDirectory>();
}

} // namespace gd
