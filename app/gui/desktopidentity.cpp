// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktopidentity.h"

#include <QGuiApplication>
#include <QIcon>

namespace gd::desktop {

void installIdentity()
{
    const QString id = QString::fromLatin1(kApplicationId);
    QGuiApplication::setDesktopFileName(id);
    // packaging/icons/png, embedded by app/CMakeLists.txt under :/icons/.
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/%1-%2.png").arg(id).arg(size), QSize(size, size));
    QGuiApplication::setWindowIcon(icon);
}

} // namespace gd::desktop
