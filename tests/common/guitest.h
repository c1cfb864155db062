// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the GUI tests (tests/*-ui, tests/gui).

#include <QApplication>
#include <QDir>
#include <QFont>
#include <QFontDatabase>
#include <QString>
#include <QTest>
#include <QWidget>

#include "core/i18n.h"

namespace gd::test {

inline QString examplesDir()
{
    return QStringLiteral(GRANTDESK_TEST_DATA "/examples");
}

/** Where GUI tests save screenshots of what they show; empty unless GRANTDESK_SCREENSHOTS is set.
 */
inline QString screenshotDir()
{
    return qEnvironmentVariable("GRANTDESK_SCREENSHOTS");
}

/** As the application starts: Chinese, with a font that has the glyphs. */
inline bool prepareForScreenshots()
{
    if (!QDir().mkpath(screenshotDir()))
        return false;
    i18n::install(QStringLiteral("zh_CN"));
    const QStringList installed = QFontDatabase::families();
    QStringList families{QApplication::font().family()};
    for (const QString &family :
         {QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Sans CJK SC"),
          QStringLiteral("Noto Serif CJK SC")}) {
        if (installed.contains(family))
            families << family;
    }
    QFont font = QApplication::font();
    font.setFamilies(families);
    QApplication::setFont(font);
    return true;
}

// QTest::keyClicks() takes ASCII only; Chinese arrives as key events carrying text.
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text) {
        QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    }
}

template <typename T> T *child(QObject *parent, const char *name)
{
    auto *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no %s", name);
    return found;
}

} // namespace gd::test
