// SPDX-License-Identifier: GPL-3.0-or-later
// grantdesk: the desktop application. Wiring only; the windows live in ui/.
#include <sys/stat.h>

#include <utility>

#include <QApplication>
#include <QCommandLineParser>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QFontDatabase>
#include <QPointer>
#include <QMessageBox>
#include <QStandardPaths>

#include "core/appidentity.h"
#include "core/setting.h"
#include "core/i18n.h"
#include "core/log.h"
#include "core/officer.h"
#include "demo/demodata.h"
#include "gui/desktopidentity.h"
#include "inbox/desksession.h"
#include "inbox/mainwindow.h"
#include "package/keyprotection.h"
#include "settings/officerdialog.h"
#include "services/desk.h"
#include "services/importservice.h"
#include "services/inboxservice.h"
#include "common/singleinstance.h"

namespace {

// The language is needed before the command line is parsed, so that --help is translated.
QString requestedLanguage(const QStringList &args)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size())
            return args.at(i + 1);
        if (args.at(i).startsWith(QLatin1String("--lang=")))
            return args.at(i).mid(7);
    }
    return {};
}

// Chinese text must render even where the default UI font has no CJK glyphs.
void preferCjkFont(QApplication &app)
{
    const QStringList installed = QFontDatabase::families();
    QStringList families;
    for (const QString &family :
         {QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Sans CJK SC"),
          QStringLiteral("Source Han Sans SC"), QStringLiteral("Microsoft YaHei")}) {
        if (installed.contains(family))
            families << family;
    }
    if (families.isEmpty())
        return;
    QFont font = app.font();
    families.prepend(font.family());
    font.setFamilies(families);
    app.setFont(font);
}

// The demo data set is offered once per database, when it is empty.
const gd::Setting<QStringList> kDemoOffered{"Demo/OfferedFor", {}};

void loadDemoIfNew(const std::shared_ptr<gd::Desk> &desk, bool forced)
{
    if (desk->isReadOnly()) {
        // Loading writes: an archive open read-only gets no demo data, even when asked.
        if (forced)
            QMessageBox::warning(
                nullptr, QCoreApplication::translate("main", "GrantDesk"),
                QCoreApplication::translate("main", "The demo data set was not loaded: %1")
                    .arg(gd::Desk::readOnlyRefusal()));
        return;
    }
    // An office server is shared: its administrator decides what it holds (grantdesk-cli demo
    // loads the demo there on purpose), not the first workstation that connects.
    if (desk->isOnServer())
        return;
    const QString key = QFileInfo(desk->location()).absoluteFilePath();
    QStringList offered = kDemoOffered.value();
    if (!forced) {
        if (offered.contains(key))
            return;
        // EXISTS, not COUNT(*): a million applications are not counted to learn there are some.
        const auto empty = gd::InboxService(desk).isEmpty();
        if (!empty || !*empty)
            return;
    }
    const auto summary = gd::ImportService(desk).loadDemo(QDate::currentDate());
    if (!summary) {
        gd::log::error(QStringLiteral("demo: %1").arg(summary.error().toString()));
        QMessageBox::warning(
            nullptr, QCoreApplication::translate("main", "GrantDesk"),
            QCoreApplication::translate("main", "The demo data set could not be loaded:\n%1")
                .arg(summary.error().toString()));
        return;
    }
    gd::log::info(QStringLiteral("demo: %1 applications, %2 versions, %3 register entries")
                      .arg(summary->applications)
                      .arg(summary->versions)
                      .arg(summary->registerEntries));
    if (!offered.contains(key)) {
        offered << key;
        kDemoOffered.setValue(offered);
    }
}

// The command line: --help, --version, the options below and the packages to verify.
void describeCommandLine(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Review desk for applications to use public data under authorized operation."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QCoreApplication::translate("main", "Use the database file PATH, or the office server "
                                            "postgresql://USER@HOST[:PORT]/DATABASE."),
        QStringLiteral("PATH"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QCoreApplication::translate("main", "Use the language LANG (zh_CN or en)."),
        QStringLiteral("LANG"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Load the demo data set (dated from today)."));
    const QCommandLineOption noDemoOption(
        QStringLiteral("no-demo"),
        QCoreApplication::translate("main",
                                    "Do not load the demo data set into an empty database."));
    const QCommandLineOption readOnlyOption(
        QStringLiteral("read-only"),
        QCoreApplication::translate("main",
                                    "Open the database read-only: nothing is written to it "
                                    "(automatic when the file or its folder is read-only)."));
    const QCommandLineOption verboseOption(
        QStringLiteral("verbose"),
        QCoreApplication::translate("main", "Write debug messages to the log."));
    const QCommandLineOption noProfileOption(
        QStringLiteral("no-profile-prompt"),
        QCoreApplication::translate("main",
                                    "Do not ask for the officer profile when it is incomplete."));
    parser.addOptions({dbOption, langOption, demoOption, noDemoOption, readOnlyOption,
                       verboseOption, noProfileOption});
    parser.addPositionalArgument(
        QStringLiteral("package"),
        QCoreApplication::translate("main", "Review packages (.gdpkg) to verify."),
        QStringLiteral("[package.gdpkg...]"));
}

// The first window verifies the packages given on the command line (or opened from the file
// manager), then asks who the officer is: every audit event names them.
void greetFirstWindow(gd::MainWindow *window, const QStringList &packages, bool mayPrompt)
{
    for (const QString &argument : packages)
        window->openPackage(QFileInfo(argument).absoluteFilePath());
    // Scripted runs (screenshots, test mode, GRANTDESK_NO_PROFILE_PROMPT) are never stopped.
    const bool prompt = mayPrompt && !QStandardPaths::isTestModeEnabled() &&
                        qEnvironmentVariableIsEmpty("GRANTDESK_NO_PROFILE_PROMPT");
    if (prompt && !gd::officer::currentProfile().isComplete() &&
        gd::OfficerDialog::editCurrentProfile(window, true))
        window->reloadOfficerProfile();
}

} // namespace

int main(int argc, char *argv[])
{
    // Private keys may be loaded to sign: never into a core dump.
    gd::package::disableCoreDumps();
    // Applicants' personal data: every file and folder GrantDesk creates is the owner's only.
    umask(077);
    QApplication app(argc, argv);
    gd::setApplicationIdentity(); // the same settings, keys and trust store as the other program
    QGuiApplication::setApplicationDisplayName(QStringLiteral("GrantDesk"));
    gd::desktop::installIdentity(); // org.grantdesk.GrantDesk: desktop entry and icon

    gd::i18n::install(gd::i18n::chooseLanguage(requestedLanguage(QCoreApplication::arguments())));

    QCommandLineParser parser;
    describeCommandLine(parser);
    parser.process(app);

    preferCjkFont(app);
    gd::log::init(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                      QStringLiteral("/logs"),
                  parser.isSet(QStringLiteral("verbose")));

    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                            : gd::Desk::startLocation();
    const bool readOnly = parser.isSet(QStringLiteral("read-only"));
    if (!readOnly && !gd::Desk::isServerLocation(path))
        QDir().mkpath(QFileInfo(path).absolutePath());

    gd::DeskSession::Options options;
    options.path = path;
    options.readOnly = readOnly;
    const bool noDemo = parser.isSet(QStringLiteral("no-demo"));
    const bool forceDemo = parser.isSet(QStringLiteral("demo"));
    options.prepare = [noDemo, forceDemo](const std::shared_ptr<gd::Desk> &desk) {
        if (!noDemo)
            loadDemoIfNew(desk, forceDemo);
    };
    const QStringList packages = parser.positionalArguments();
    // A second start on the same database shows the running window (with its packages)
    // instead of being refused because the database is in use.
    gd::SingleInstance instance(path,
                                QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    if (!readOnly && instance.handToRunning(packages))
        return 0;

    gd::DeskSession session(options);
    const bool mayPrompt = !parser.isSet(QStringLiteral("no-profile-prompt"));
    bool first = true;
    QPointer<gd::MainWindow> shown;
    QObject::connect(
        &session, &gd::DeskSession::windowOpened, &session,
        [&first, &shown, &instance, readOnly, packages, mayPrompt](gd::MainWindow *window) {
            shown = window;
            if (!std::exchange(first, false))
                return;
            if (!readOnly)
                instance.listen();
            greetFirstWindow(window, packages, mayPrompt);
        });
    QObject::connect(
        &instance, &gd::SingleInstance::activated, &session, [&shown](const QStringList &more) {
            if (!shown)
                return;
            shown->setWindowState((shown->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
            shown->show();
            shown->raise();
            shown->activateWindow();
            for (const QString &file : more)
                shown->openPackage(file);
        });
    // The window, or — when the database cannot be opened — a box offering a backup.
    session.start();
    return QApplication::exec();
}
