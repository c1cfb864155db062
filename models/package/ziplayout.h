// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace gd::package {

/**
 * Checks that a ZIP archive has exactly one reading, so that whatever another tool extracts
 * (7-Zip and Info-ZIP, which start from the central directory; bsdtar and other streaming
 * readers, which walk the local headers from offset 0; Python's zipfile, which corrects
 * offsets by the data found before the archive) is what GrantDesk verified:
 *
 * - one end-of-central-directory record, at the very end (its comment holds no second one),
 *   no ZIP64 records, no multi-disk fields;
 * - the central directory sits right before the end record and holds exactly the number of
 *   entries the end record declares;
 * - the first local header is at offset 0, and the members follow each other with no gap:
 *   each member ends (header, name, extra field, data, data descriptor) where the next
 *   begins, and the last one where the central directory begins;
 * - each local header agrees with its central entry: name bytes, flags, method, CRC and
 *   both sizes (a data descriptor, when flagged, must hold the central values).
 *
 * Returns the reason in the UI language, empty when the layout is sound.
 */
QString zipLayoutProblem(const uchar *data, qint64 size);

} // namespace gd::package
