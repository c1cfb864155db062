// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>
#include <QStringList>

class QWidget;

namespace gd::fitcheck {

/**
 * Walks the visible widgets of @p window and names every text that does not fit (issue 18,
 * item 3): labels without word wrap wider than their contents rect (wrapped ones taller),
 * button texts with their icon and menu indicator wider than the button, header sections
 * narrower than their text, combo boxes whose current text does not fit, elided cells of item
 * views, scroll areas scrolling sideways, and the window itself larger than @p screen.
 * Each line reads "window: class objectName “text”: why". Cells elided on purpose (with the
 * whole text in a tooltip) are allowed by the list in fitcheck.cpp, which says why for each.
 */
QStringList clippings(QWidget *window, const QString &windowName, QSize screen);

} // namespace gd::fitcheck
