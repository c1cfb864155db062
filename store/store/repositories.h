// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

namespace gd {

class Database;
class ApplicationStore;
class AuditAnchors;
class AuditTrail;
class OfficerDirectory;
class PendingFiles;
class RegisterStore;
class ReviewStore;

namespace monitoring {
class AcknowledgementRepository;
class FeedRepository;
class SnapshotRepository;
} // namespace monitoring

namespace lifecycle {
class LifecycleRepository;
}

/*
 * The repositories of an open Database, as the interfaces a database engine implements
 * (docs/architecture.md §2). The core asks here and never names an implementation; the
 * implementations live in store/store/sql/ (SQL both engines run, with what they spell
 * differently asked of the engine's dialect) and store/store/postgres/ (the office server's
 * officers), which only the store and the tests may include. Each call makes a new, light object on
 * @p db (a shared handle, no query); the writes of every repository on one Database join the
 * Transaction open on it.
 */
std::unique_ptr<ApplicationStore> makeApplicationStore(std::shared_ptr<Database> db);
std::unique_ptr<RegisterStore> makeRegisterStore(std::shared_ptr<Database> db);
std::unique_ptr<ReviewStore> makeReviewStore(std::shared_ptr<Database> db);
std::unique_ptr<AuditTrail> makeAuditTrail(std::shared_ptr<Database> db);
std::unique_ptr<AuditAnchors> makeAuditAnchors(std::shared_ptr<Database> db);
std::unique_ptr<PendingFiles> makePendingFiles(std::shared_ptr<Database> db);
std::unique_ptr<monitoring::FeedRepository> makeFeedRepository(std::shared_ptr<Database> db);
std::unique_ptr<monitoring::AcknowledgementRepository>
makeAcknowledgementRepository(std::shared_ptr<Database> db);
std::unique_ptr<monitoring::SnapshotRepository>
makeSnapshotRepository(std::shared_ptr<Database> db);
std::unique_ptr<lifecycle::LifecycleRepository>
makeLifecycleRepository(std::shared_ptr<Database> db);
/** The office server's officers; on the embedded file, a directory that says it has none. */
std::unique_ptr<OfficerDirectory> makeOfficerDirectory(std::shared_ptr<Database> db);

} // namespace gd
