// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the GUI tests (tests/*-ui, tests/gui).

#include <QApplication>
#include <QDir>
#include <QFont>
#include <QFontDatabase>
#include <QMessageBox>
#include <QPushButton>
#include <QString>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include "core/i18n.h"
#include "importer/importer.h"
#include "importer/registerparser.h"
#include "store/database.h"
#include "store/registerstore.h"
#include "store/repositories.h"

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

/**
 * A fresh database at @p path holding the three example applications (all three must be
 * added) and, with @p withRegister, the example resource register.
 */
/**
 * Answers the next confirmation box (Confirmation::askWithBox(), "confirmationBox") by
 * clicking its button @p button ("confirmButton" or "cancelButton") once it is shown;
 * @p text gets the question it asked, @p cancelDefault whether Cancel was its default.
 */
inline void answerConfirmationBox(QObject *context, const char *button, QString *text,
                                  bool *cancelDefault = nullptr)
{
    auto *poll = new QTimer(context);
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, context, [poll, button, text, cancelDefault] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != QLatin1String("confirmationBox"))
            return;
        poll->stop();
        poll->deleteLater();
        *text = box->text();
        if (cancelDefault)
            *cancelDefault = box->defaultButton() &&
                             box->defaultButton()->objectName() == QLatin1String("cancelButton");
        if (auto *pressed = box->findChild<QPushButton *>(QLatin1String(button)))
            pressed->click();
        else
            box->reject();
    });
    poll->start();
}

inline Result<std::shared_ptr<Database>> openExampleDatabase(const QString &path, bool withRegister)
{
    auto db = Database::open(path);
    if (!db)
        return db.error();
    const ImportReport report = Importer(db.value()).importPaths({examplesDir()});
    if (report.count(FileOutcome::Kind::Added) != 3)
        return Error{
            examplesDir(),
            QStringLiteral("%1 of 3 examples added").arg(report.count(FileOutcome::Kind::Added))};
    if (withRegister) {
        const auto parsed =
            RegisterParser::parseFile(examplesDir() + QStringLiteral("/register-demo.json"),
                                      QStringLiteral("register-demo.json"));
        if (!parsed.file)
            return parsed.errors.value(0, Error{QStringLiteral("register-demo.json"), {}});
        if (auto imported = makeRegisterStore(db.value())->importFile(*parsed.file); !imported)
            return imported.error();
    }
    return db;
}

} // namespace gd::test
