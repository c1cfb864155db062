// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QLabel;
class QMainWindow;

namespace gd::readonlymode {

/**
 * The object names of the main window's actions that change the database or a package
 * (import, export, countersign): disabled while the database is open read-only. Review edits,
 * submitting, agreeing and acknowledging are refused where they are offered (the review and the
 * alert panel ask the desk).
 */
QStringList editingActionNames();

/**
 * Marks @p window as showing a database open read-only because of @p cause (translated; e.g.
 * "the file is read-only", or that it was asked for): "(read-only)" in the title, a permanent
 * label in the status bar and a banner above the central widget saying why, and the editing
 * actions disabled with the reason as their tooltip.
 */
void mark(QMainWindow *window, const QString &cause);

/**
 * A banner line above @p window's central widget (wrapped once in a column for banners), named
 * @p objectName; an existing one of that name is returned again.
 */
QLabel *banner(QMainWindow *window, const QString &objectName);

} // namespace gd::readonlymode
