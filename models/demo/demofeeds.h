// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QDate>

#include "core/result.h"

namespace gd {
class Database;
}

namespace gd::demo {

/**
 * Loads the demo monitoring feeds embedded under ":/demo/feeds" (calls, incidents, filings
 * and disclosures), dated relative to @p today like the rest of the demo data set, through
 * the real feed importer. Chosen so that on @p today every indicator has values and every
 * one of the ten alert codes fires. Records already stored (by id) are left alone, so
 * loading again, on any day, adds nothing. Returns the number of records added.
 */
Result<int> loadFeeds(std::shared_ptr<Database> db, const QDate &today);

} // namespace gd::demo
