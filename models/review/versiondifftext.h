// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace gd::versiondiff {

/**
 * The label an officer reads for a changed field: the detail pane's section and row labels
 * ("Pricing request · Expected quantity"), never the JSON path (issue 18 item 4). @p path
 * is a VersionDiff::Field path ("pricing.expectedQuantity"), or "resources.<key>" for a
 * changed resource's field. An unknown path is returned as it is.
 */
QString fieldLabel(const QString &path);

/**
 * A field's value as the detail pane shows it: booleans as Yes/No, numbers with the
 * locale's separators, codes by their vocabulary label, dates with their year; "—" for none.
 * @p raw is the value as VersionDiff holds it (the JSON scalar as text).
 */
QString fieldValue(const QString &path, const QString &raw);

} // namespace gd::versiondiff
