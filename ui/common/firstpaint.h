// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

class QObject;
class QWidget;

namespace gd {

/**
 * Runs @p then once @p window has painted for the first time (from the event loop, after the
 * paint), or after @p fallbackMs when it has not painted by then (a window never shown, a
 * minimized start; a shown window's slow paint is waited for up to ten times longer). Work the
 * first paint does not need waits here (issue 17 item 3: only the inbox's first page before the
 * first paint). Nothing runs when @p context is gone.
 */
void afterFirstPaint(QWidget *window, QObject *context, std::function<void()> then,
                     int fallbackMs = 1000);

} // namespace gd
