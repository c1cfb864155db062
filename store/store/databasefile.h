// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "core/result.h"

namespace gd::dbfile {

/** PRAGMA application_id of every GrantDesk database: 'GDSP' (docs/storage.md). */
constexpr quint32 kApplicationId = 0x47445350;

/** What a database file is, read before anything is written to it. */
struct Inspection
{
    bool exists = false;   // a non-empty file is there
    bool marked = false;   // its application_id is GrantDesk's
    int schemaVersion = 0; // PRAGMA user_version
};

/**
 * Reads @p file through a read-only connection and refuses anything that is not a GrantDesk
 * database of a schema this build knows: another program's SQLite file, a file whose header
 * is damaged, or one made by a newer GrantDesk. The file is left byte-for-byte unchanged.
 * An unmarked file is accepted only when it is empty or holds every table GrantDesk had at
 * its schema version (a database from before the mark).
 */
Result<Inspection> inspect(const QString &file, int knownVersion);

/** Why a database file may not be written by this process (docs/storage.md, read-only use). */
enum class ReadOnlyCause
{
    None,   // it may be written (or does not exist yet)
    File,   // the file exists and is read-only
    Folder, // the file exists in a folder that is read-only (no WAL, no lock, no backup)
};
/** Whether @p file, existing, must be opened read-only because it or its folder is. */
ReadOnlyCause readOnlyCause(const QString &file);

/** The file of the database opened last (queryError, store/sql/queryerror.h, names it in
 * storage problems). */
void setCurrentFile(const QString &file);
QString currentFile();
/** Whether a storage problem was reported since the start (the CLI exits 3 then). */
bool storageProblemSeen();
void noteStorageProblem();

} // namespace gd::dbfile
