// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QByteArray>
#include <QDate>
#include <QString>

#include "core/result.h"

namespace gd {
class Database;
}

namespace gd::demo {

/** What one load added to the database (zero everywhere when it was loaded before). */
struct Summary
{
    int applications = 0;    // application ids with at least one version added
    int versions = 0;        // application files (versions) added
    int registerEntries = 0; // register codes added
};

/**
 * Substitutes the placeholders of a demo template, relative to @p today:
 *  - {{date:EXPR}}: YYYY-MM-DD; EXPR is a sequence of signed terms in days (default),
 *    months or years applied in order, e.g. "-20", "+30+2y-1";
 *  - {{datetime:EXPR}} or {{datetime:EXPR@HH:MM}}: that day at 09:30 (or HH:MM), +08:00;
 *  - {{sha256:PATH}}: SHA-256 (lowercase hex) of the file PATH relative to @p baseDir.
 * @p label names the template in errors.
 */
Result<QByteArray> expandTemplate(const QByteArray &text, const QDate &today,
                                  const QString &baseDir, const QString &label);

/**
 * Loads the demo data set embedded under ":/demo" (resource register and applications),
 * dated relative to @p today, through the real register parser and importer. Versions
 * already in the database are skipped, so loading again, on any day, adds nothing.
 * Earlier versions of a resubmitted application are marked returned. A refused file
 * is a defect of the data set and is reported as an error naming the file.
 */
Result<Summary> load(std::shared_ptr<Database> db, const QDate &today);

} // namespace gd::demo
