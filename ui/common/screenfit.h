// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>

class QWidget;

namespace gd {

/**
 * Resizes @p window to @p preferred, but never larger than nine tenths of the available area
 * of the screen it is on (a 1280×800 screen leaves about 1280×770 under a panel), and centres
 * it there. Wide dialogs (the fee calculator, the mode comparison) open whole on small screens.
 */
void resizeToFitScreen(QWidget *window, const QSize &preferred);

} // namespace gd
