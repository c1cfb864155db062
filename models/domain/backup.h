// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

/* What listing and restoring backups (store/backups.h, DeskMaintenance) hand to the ui. */
namespace gd::backups {

/** One backup of a database file, as File → Restore from Backup lists it. */
struct Backup
{
    QString path;
    QDateTime modified;
    qint64 size = 0;
    /** The source version of a backup made before an upgrade (NAME.vN.bak), else 0. */
    int madeBeforeUpgradeFrom = 0;
    int schemaVersion = -1; // PRAGMA user_version; -1 when it cannot be read
    /** What PRAGMA quick_check and the schema check (at its own version) found. */
    QStringList problems;

    bool sound() const { return problems.isEmpty(); }
};

/** Where restore() moved a damaged file aside, and what it copied into place. */
struct Restored
{
    QString keptAs;   // the damaged file, renamed; empty when there was none
    QString restored; // the backup copied
};

} // namespace gd::backups
