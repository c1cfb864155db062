// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace gd::files {

/** mkpath; each folder it had to create is made owner-only (0700). Existing ones are kept. */
bool makePrivateFolder(const QString &path);
/** Makes an existing file owner read/write only (0600); nothing when it is missing. */
void makePrivate(const QString &file);

} // namespace gd::files
