// SPDX-License-Identifier: GPL-3.0-or-later
// grantdesk-guideshots: the pictures of the officer's guide (docs/guide), taken from the real
// windows over the demo data set, so that they never drift from the program. Run by
// scripts/guide-screenshots.sh under Xvfb for each language and screen size; not part of
// ctest. Every picture is listed with its size; a window wider or taller than the screen is
// reported and the exit status is 1 (issue 18: nothing may be wider than the screen).
// With --check, every window (and every tab of its tab widgets) is also searched for text
// that does not fit (fitcheck.h), each clipping listed, and the exit status is 1 if there is
// one; ctest runs that mode on offscreen screens of 1280×800 and 1440×900 in both languages.
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QSet>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include "core/i18n.h"
#include "core/officer.h"
#include "demo/demodata.h"
#include "demo/demoreviews.h"
#include "fitcheck.h"
#include "inbox/mainwindow.h"
#include "lifecycle/recordactdialog.h"
#include "modes/modecomparisondialog.h"
#include "package/crypto.h"
#include "package/keystore.h"
#include "package/reviewexport.h"
#include "package/signingpaths.h"
#include "package/verifydialog.h"
#include "pricing/feecalculatordialog.h"
#include "review/reviewworkspace.h"
#include "services/desk.h"
#include "services/lifecycleservice.h"
#include "settings/settingsdialog.h"
#include "store/database.h"

using namespace gd;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// Lets queued loads, layouts and paints finish before a picture is taken.
void settle()
{
    for (int i = 0; i < 10; ++i) {
        QCoreApplication::processEvents();
        QThread::msleep(20);
    }
}

class Camera
{
public:
    Camera(QString dir, QSize screen, bool check)
        : m_dir(std::move(dir))
        , m_screen(screen)
        , m_check(check)
    {}

    void take(QWidget *widget, const QString &name)
    {
        widget->show();
        settle();
        const QString file = QDir(m_dir).filePath(name + QStringLiteral(".png"));
        const bool saved = widget->grab().save(file);
        const QSize size = widget->frameGeometry().size();
        const bool fits = size.width() <= m_screen.width() && size.height() <= m_screen.height();
        out() << name << ' ' << size.width() << 'x' << size.height()
              << (fits ? "" : "  WIDER OR TALLER THAN THE SCREEN") << (saved ? "" : "  NOT SAVED")
              << Qt::endl;
        m_ok = m_ok && fits && saved;
        look(widget, name);
    }

    /** With --check: the clippings of @p widget's window, then of each tab of its tab widgets. */
    void look(QWidget *widget, const QString &name)
    {
        if (!m_check)
            return;
        widget->show();
        settle();
        report(fitcheck::clippings(widget->window(), name, m_screen));
        const QList<QTabWidget *> tabWidgets = widget->window()->findChildren<QTabWidget *>();
        for (QTabWidget *tabs : tabWidgets) {
            if (!tabs->isVisible())
                continue;
            const int current = tabs->currentIndex();
            for (int i = 0; i < tabs->count(); ++i) {
                if (i == current || !tabs->isTabEnabled(i))
                    continue;
                tabs->setCurrentIndex(i);
                settle();
                const QString tabName = name + QStringLiteral(" › ") + tabs->tabText(i);
                report(fitcheck::clippings(widget->window(), tabName, m_screen));
                // Pictures to look at, beside the guide's (which --check does not change).
                QDir(m_dir).mkpath(QStringLiteral("tabs"));
                widget->window()->grab().save(
                    QDir(m_dir).filePath(QStringLiteral("tabs/%1-%2.png").arg(name).arg(i)));
            }
            tabs->setCurrentIndex(current);
            settle();
        }
    }
    bool ok() const { return m_ok; }

private:
    void report(const QStringList &clippings)
    {
        for (const QString &line : clippings) {
            // The same widget seen again from another tab is one clipping, not two.
            const QString what = line.section(QStringLiteral(": "), 1);
            if (m_seen.contains(what))
                continue;
            m_seen.insert(what);
            out() << "CLIPPED " << line << Qt::endl;
            m_ok = false;
        }
    }

    QString m_dir;
    QSize m_screen;
    bool m_check;
    bool m_ok = true;
    QSet<QString> m_seen;
};

void preferCjkFont()
{
    QStringList families{QApplication::font().family()};
    const QStringList installed = QFontDatabase::families();
    for (const QString &family :
         {QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Sans CJK SC")})
        if (installed.contains(family))
            families << family;
    QFont font = QApplication::font();
    font.setFamilies(families);
    QApplication::setFont(font);
}

// The demo's approved case GZ-2026-0136 exported by the reviewer and countersigned by the
// approver (keys made here), so that the verify dialog and the life after the review show.
QString countersignedPackage(const std::shared_ptr<Database> &db, const QString &dir)
{
    auto reviewerKey = package::generateKey(package::Algorithm::Sm2Sm3);
    auto approverKey = package::generateKey(package::Algorithm::Sm2Sm3);
    if (!reviewerKey || !approverKey)
        return {};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString office = QStringLiteral("广州市政务服务和数据管理局");
    auto reviewerCert = package::issueSelfCertificate(
        *reviewerKey, {demo::reviewerName(), office, QStringLiteral("主任科员")}, now.addSecs(-60),
        now.addYears(1));
    auto approverCert = package::issueSelfCertificate(
        *approverKey, {demo::approverName(), office, QStringLiteral("科长")}, now.addSecs(-60),
        now.addYears(1));
    if (!reviewerCert || !approverCert)
        return {};
    const QString file = QDir(dir).filePath(QStringLiteral("GZ-2026-0136-v1.gdpkg"));
    const package::Signer reviewer{*reviewerKey, *reviewerCert};
    const package::Signer approver{*approverKey, *approverCert};
    if (!package::exportReview(db, QStringLiteral("GZ-2026-0136"), 1, reviewer, file))
        return {};
    package::TrustStore trust(signing::trustStorePath());
    if (!trust.add(*reviewerCert) || !trust.add(*approverCert))
        return {};
    // The officer of the pictures is the approver, with a key of their own on this desk.
    if (!package::KeyFolder(signing::keyFolderPath())
             .create(*approverKey, *approverCert, QByteArrayLiteral("guide passphrase")))
        return {};
    if (!package::countersignReviewFile(file, approver, trust, db))
        return {};
    return file;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("GrantDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("grantdesk-guideshots"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Takes the pictures of docs/guide."));
    parser.addHelpOption();
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Folder."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("zh_CN or en."),
                                        QStringLiteral("LANG"), QStringLiteral("zh_CN"));
    const QCommandLineOption checkOption(QStringLiteral("check"),
                                         QStringLiteral("Also list every text that does not fit."));
    parser.addOptions({outOption, langOption, checkOption});
    parser.process(app);
    const QString dir = parser.value(outOption);
    if (dir.isEmpty() || !QDir().mkpath(dir)) {
        out() << "--out DIR is required and must be writable" << Qt::endl;
        return 64;
    }
    QTemporaryDir ownDesk; // with --check (ctest): a desk of its own each run, keys and settings
    if (parser.isSet(checkOption)) {
        for (const char *variable : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
            qputenv(variable, QFile::encodeName(ownDesk.filePath(QString::fromLatin1(variable))));
    }
    QSettings().clear();
    i18n::install(parser.value(langOption));
    preferCjkFont();

    QTemporaryDir work;
    signing::setTrustStorePath(work.filePath(QStringLiteral("trust")));
    auto db = Database::open(work.filePath(QStringLiteral("guide.sqlite")));
    if (!db || !demo::load(db.value(), QDate::currentDate())) {
        out() << "the demo data set could not be loaded" << Qt::endl;
        return 1;
    }
    officer::saveProfile(
        {demo::approverName(), QStringLiteral("科长"), QStringLiteral("审核科"), true, true});
    const QString package = countersignedPackage(db.value(), work.path());
    if (package.isEmpty()) {
        out() << "the demo package could not be made" << Qt::endl;
        return 1;
    }

    const QSize screen = QGuiApplication::primaryScreen()->size();
    Camera camera(dir, screen, parser.isSet(checkOption));
    auto desk = Desk::over(db.value());
    MainWindow window(desk);
    window.setGeometry(QRect(QPoint(0, 0), screen));
    window.show();
    settle();
    window.selectApplication(QStringLiteral("GZH-2026-0076"));
    camera.take(&window, QStringLiteral("inbox"));
    window.selectApplication(QStringLiteral("GZ-2026-0136"));
    camera.take(&window, QStringLiteral("authorization"));

    // A case in review, step by step.
    if (ReviewWorkspace *review = window.openReview(QStringLiteral("GZ-2026-0103"), 3)) {
        for (int s = 0; s < kReviewStepCount; ++s) {
            review->goToStep(ReviewStep(s));
            camera.take(&window, QStringLiteral("review-") + reviewStepCode(ReviewStep(s)));
        }
        window.closeReview(review);
    }
    // The approver's view of a case awaiting approval (four eyes).
    if (ReviewWorkspace *review = window.openReview(QStringLiteral("GZH-2026-0064"), 1)) {
        review->goToStep(ReviewStep::Decision);
        camera.take(&window, QStringLiteral("approval"));
        window.closeReview(review);
    }
    window.showDashboard();
    camera.take(&window, QStringLiteral("monitoring"));

    FeeCalculatorDialog fees(&window);
    camera.take(&fees, QStringLiteral("fee-calculator"));
    fees.close();
    ModeComparisonDialog modes(&window);
    camera.take(&modes, QStringLiteral("modes"));
    modes.close();
    SettingsDialog *settings = SettingsDialog::createWithAllPages(&window);
    camera.take(settings, QStringLiteral("settings"));
    settings->close();
    VerifyDialog verify(package, &window);
    camera.take(&verify, QStringLiteral("verify"));
    verify.close();
    LifecycleService lifecycle(desk);
    if (auto life = lifecycle.life(QStringLiteral("GZ-2026-0136"), 1, QDate::currentDate())) {
        RecordActDialog act(lifecycle, QStringLiteral("GZ-2026-0136"), 1, *life,
                            QDate::currentDate(), &window);
        camera.take(&act, QStringLiteral("record-act"));
        act.close();
    }
    QSettings().clear();
    return camera.ok() ? 0 : 1;
}
