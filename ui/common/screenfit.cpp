// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenfit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace gd {

void resizeToFitScreen(QWidget *window, const QSize &preferred)
{
    const QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (!screen) {
        window->resize(preferred);
        return;
    }
    const QRect available = screen->availableGeometry();
    window->resize(preferred.boundedTo(available.size() * 9 / 10));
    window->move(available.center() - window->rect().center());
}

} // namespace gd
