// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13 items 2 and 4 in the desktop program: the quick check on open, File → Restore from
// Backup (also when the database cannot be opened at all) and the read-only mode.
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "services/desk.h"
#include "services/deskmaintenance.h"
#include "common/filestate.h"
#include "common/rawsqlite.h"
#include "common/readonlymode.h"
#include "core/officer.h"
#include "demo/demodata.h"
#include "importer/importer.h"
#include "inbox/databasehealth.h"
#include "inbox/desksession.h"
#include "inbox/importcontroller.h"
#include "inbox/mainwindow.h"
#include "inbox/restoredialog.h"
#include "itemmodels/inboxmodel.h"
#include "package/keystore.h"
#include "package/package.h"
#include "package/packagecontroller.h"
#include "review/reviewdocument.h"
#include "review/reviewworkspace.h"
#include "store/applicationstore.h"
#include "store/database.h"
#include "store/reviewstore.h"
#include "store/sqlite/schema.h"
#include "store/repositories.h"

using namespace gd;

namespace {

template <typename T> T *topLevel(const QString &name)
{
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (auto *found = qobject_cast<T *>(widget);
            found && found->objectName() == name && found->isVisible())
            return found;
    return nullptr;
}

/** Overwrites the b-tree page header of @p table's root page: quick_check names it. */
bool damageTable(const QString &file, const QString &table)
{
    const int page = test::sqlValue(file, QStringLiteral("SELECT rootpage FROM sqlite_schema "
                                                         "WHERE name = '%1'")
                                              .arg(table))
                         .toInt();
    const int size = test::sqlValue(file, QStringLiteral("PRAGMA page_size")).toInt();
    if (page < 2 || size < 512)
        return false;
    QFile raw(file);
    if (!raw.open(QIODevice::ReadWrite) || !raw.seek(qint64(page - 1) * size))
        return false;
    return raw.write(QByteArray(8, '\x7f')) == 8;
}

} // namespace

class TestDbGui final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void readOnlySessionWritesNothing();
    void writableSessionHasRestoreAndNoReadOnlyMarks();
    void damagedDatabaseIsSaidAndRestored();
    void unopenableDatabaseStillReachesRestore();
    void quickCheckStopsWhenInterrupted();

private:
    /** A database at schema 1 holding one applicant, upgraded: NAME.v1.bak beside it. */
    QString upgradedDatabase(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_demo;
    // The demo, loaded once and copied for each test: a load in each test's init() was most of
    // this program's time (five loads, about five seconds each under the sanitizers).
    QTemporaryDir m_loadedDir;
    QString m_loaded;
};

void TestDbGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GrantDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("grantdesk-tst_dbgui"));
    QVERIFY(m_loadedDir.isValid());
    m_loaded = m_loadedDir.filePath(QStringLiteral("demo.sqlite"));
    {
        auto db = Database::open(m_loaded);
        QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().toString()));
        const auto loaded = demo::load(db.value(), QDate(2026, 3, 20));
        QVERIFY2(loaded.ok(), qPrintable(loaded ? QString() : loaded.error().toString()));
    } // closed: the file holds it all
    QCOMPARE(QFile(m_loaded + QStringLiteral("-wal")).size(), 0);
}

void TestDbGui::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_demo = m_dir->filePath(QStringLiteral("demo.sqlite"));
    QVERIFY(QFile::copy(m_loaded, m_demo));
    QVERIFY(QFile::setPermissions(m_demo, QFile::ReadOwner | QFile::WriteOwner));
}

void TestDbGui::cleanup()
{
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (qobject_cast<QDialog *>(widget))
            widget->close();
    m_dir.reset();
    QSettings().clear();
}

QString TestDbGui::upgradedDatabase(const QString &name)
{
    const QString file = m_dir->filePath(name);
    QStringList v1 = schema::migrationStep(0);
    v1 << QStringLiteral("INSERT INTO applicants VALUES ('91440101MA5CXK7Q37', 'A', "
                         "'2026-03-01T00:00:00Z')")
       << QStringLiteral("PRAGMA user_version=1");
    if (!test::runSql(file, v1).isEmpty())
        return {};
    if (!Database::open(file).ok() || !QFile::exists(file + QStringLiteral(".v1.bak")))
        return {};
    return file;
}

// "--read-only (and automatically, when the file or folder is not writable) opens a database
// … and the GUI in a read-only mode that says so": every editing action off, nothing written.
void TestDbGui::readOnlySessionWritesNothing()
{
    // The officer reviews a case in review and approves: without read-only they could edit
    // the one and agree to the other.
    QString inReview, awaiting, received;
    int inReviewVersion = 0, awaitingVersion = 0, receivedVersion = 0;
    {
        const auto db = Database::open(m_demo);
        QVERIFY(db.ok());
        const auto rows = makeApplicationStore(db.value())->rows(InboxQuery{}, 0, 1000);
        QVERIFY(rows.ok());
        for (const InboxRow &row : rows.value()) {
            if (row.status == CaseStatus::InReview && inReview.isEmpty())
                std::tie(inReview, inReviewVersion) = std::make_pair(row.id, row.version);
            if (row.status == CaseStatus::AwaitingApproval && awaiting.isEmpty())
                std::tie(awaiting, awaitingVersion) = std::make_pair(row.id, row.version);
            if (row.status == CaseStatus::Received && received.isEmpty())
                std::tie(received, receivedVersion) = std::make_pair(row.id, row.version);
        }
        QVERIFY(!inReview.isEmpty() && !awaiting.isEmpty() && !received.isEmpty());
        const auto review = makeReviewStore(db.value())->find(inReview, inReviewVersion);
        QVERIFY(review.ok() && review.value());
        officer::Profile profile;
        profile.name = review.value()->reviewer;
        profile.unit = QStringLiteral("数据局");
        profile.position = QStringLiteral("科员");
        profile.reviewer = true;
        profile.approver = true;
        officer::saveProfile(profile);
        QVERIFY(officer::currentProfile().isComplete());
    }
    const QByteArray before = test::sha256Of(m_demo);
    QVERIFY(!before.isEmpty());

    {
        DeskSession::Options options;
        options.path = m_demo;
        options.readOnly = true; // --read-only
        DeskSession session(options);
        session.start();
        MainWindow *window = session.window();
        QVERIFY(window);
        QVERIFY(session.desk()->isReadOnly());
        QVERIFY(QTest::qWaitForWindowExposed(window));

        // It says so: the title, a permanent label in the status bar and a banner.
        QVERIFY2(window->windowTitle().contains(QLatin1String("(read-only)")),
                 qPrintable(window->windowTitle()));
        auto *label = window->statusBar()->findChild<QLabel *>(QStringLiteral("readOnlyLabel"));
        QVERIFY(label && label->isVisible());
        auto *banner = window->findChild<QLabel *>(QStringLiteral("databaseReadOnlyBanner"));
        QVERIFY(banner && banner->isVisible());
        QVERIFY2(banner->text().contains(QLatin1String("--read-only")), qPrintable(banner->text()));

        // Every editing action is off, with the reason.
        for (const QString &name : readonlymode::editingActionNames()) {
            auto *action = window->findChild<QAction *>(name);
            QVERIFY2(action, qPrintable(name));
            QVERIFY2(!action->isEnabled(), qPrintable(name));
            QCOMPARE(action->toolTip(), Database::readOnlyRefusal());
        }
        // The restore entry is there, but replacing the file would write.
        auto *restore = window->findChild<QAction *>(QStringLiteral("actionRestoreBackup"));
        QVERIFY(restore && !restore->isEnabled());
        QVERIFY(!window->findChild<DatabaseHealth *>()->showRestoreDialog());

        // Refused where they are reached other than by the menu, too.
        const int rowsBefore = window->inboxModel()->rowCount();
        QVERIFY(window->importController()
                    ->importPaths({QStringLiteral(GRANTDESK_TEST_DATA "/examples")})
                    .files.isEmpty());
        QVERIFY(!window->importController()->importRegisterFile(
            QStringLiteral(GRANTDESK_TEST_DATA "/examples/register-demo.json")));
        QCOMPARE(window->inboxModel()->rowCount(), rowsBefore);
        QCOMPARE(window->packageController()->exportRefusal(inReview, inReviewVersion),
                 Database::readOnlyRefusal());
        QVERIFY(!window->packageController()->countersignFile(m_demo).ok());

        // A received case's review cannot be started (it would move the case).
        QVERIFY(!window->openReview(received, receivedVersion));

        // The officer's own review in progress: shown, not editable, not submittable.
        ReviewWorkspace *workspace = window->openReview(inReview, inReviewVersion);
        QVERIFY(workspace);
        ReviewDocument *doc = workspace->document();
        QVERIFY(doc->isReadOnly());
        QCOMPARE(doc->undoStack()->count(), 0);
        doc->setNote(QStringLiteral("opinion"), QStringLiteral("changed while read-only"));
        QCOMPARE(doc->undoStack()->count(), 0);
        QVERIFY(!doc->hasPendingChanges());
        const Status submitted = doc->submitForApproval();
        QVERIFY(!submitted.ok());
        QVERIFY2(submitted.error().what == Database::readOnlyRefusal(),
                 qPrintable(submitted.error().toString()));
        auto *submit = workspace->findChild<QPushButton *>(QStringLiteral("submitButton"));
        QVERIFY(submit && !submit->isEnabled());
        auto *reviewBanner = workspace->findChild<QLabel *>(QStringLiteral("readOnlyBanner"));
        QVERIFY(reviewBanner && reviewBanner->text().contains(Database::readOnlyRefusal()));

        // A case awaiting approval: the approver cannot agree or send it back.
        ReviewWorkspace *approving = window->openReview(awaiting, awaitingVersion);
        QVERIFY(approving);
        QCOMPARE(approving->document()->approvalRefusal(), Database::readOnlyRefusal());
        // Refused as read-only before any key is looked at.
        const QTemporaryDir trustDir;
        const package::TrustStore trust(trustDir.path());
        const Status agreed = approving->document()->agree(package::Signer{}, trust);
        QVERIFY(!agreed.ok());
        QCOMPARE(agreed.error().what, Database::readOnlyRefusal());
        const Status sentBack =
            approving->document()->sendBack({QStringLiteral("why")}, package::Signer{}, trust);
        QVERIFY(!sentBack.ok());
        QCOMPARE(sentBack.error().what, Database::readOnlyRefusal());
        if (auto *agree = approving->findChild<QPushButton *>(QStringLiteral("agreeButton")))
            QVERIFY(!agree->isEnabled() || !agree->isVisibleTo(approving));

        // Alerts are listed, not acknowledged.
        window->showDashboard();
        QTest::qWait(50);
        if (auto *ack = window->findChild<QPushButton *>(QStringLiteral("acknowledgeButton")))
            QVERIFY(!ack->isEnabled());
        window->close();
    }
    // After the session: the same bytes, no lock and no backup beside it.
    QCOMPARE(test::sha256Of(m_demo), before);
    const QStringList beside = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);
    for (const QString &name : beside)
        QVERIFY2(!name.endsWith(QLatin1String(".lock")) && !name.contains(QLatin1String(".bak")),
                 qPrintable(name));
}

void TestDbGui::writableSessionHasRestoreAndNoReadOnlyMarks()
{
    DeskSession::Options options;
    options.path = m_demo;
    DeskSession session(options);
    session.start();
    MainWindow *window = session.window();
    QVERIFY(window);
    QVERIFY(!session.desk()->isReadOnly());
    QVERIFY(!window->windowTitle().contains(QLatin1String("(read-only)")));
    QVERIFY(!window->findChild<QLabel *>(QStringLiteral("readOnlyLabel")));
    QVERIFY(!window->findChild<QLabel *>(QStringLiteral("databaseReadOnlyBanner")));
    QVERIFY(!window->findChild<QLabel *>(QStringLiteral("databaseProblemBanner")));
    auto *health = window->findChild<DatabaseHealth *>();
    QVERIFY(health);
    QTRY_VERIFY_WITH_TIMEOUT(health->isChecked(), 20000); // beside the window, not before it
    QVERIFY2(health->problems().isEmpty(), qPrintable(health->problems().join(u'\n')));
    // Always in the File menu, before Quit.
    auto *restore = window->findChild<QAction *>(QStringLiteral("actionRestoreBackup"));
    QVERIFY(restore && restore->isEnabled());
    QVERIFY(window->findChild<QAction *>(QStringLiteral("actionImportApplications"))->isEnabled());
    window->close();
}

// "Corruption passes … One header corruption is reported as 'made by a newer GrantDesk'."
// The window says the file is damaged and restores a backup; the damaged file is kept.
void TestDbGui::damagedDatabaseIsSaidAndRestored()
{
    const QString file = upgradedDatabase(QStringLiteral("damaged.sqlite"));
    QVERIFY(!file.isEmpty());
    QVERIFY(damageTable(file, QStringLiteral("register_history")));
    const QByteArray damaged = test::sha256Of(file);

    DeskSession::Options options;
    options.path = file;
    DeskSession session(options);
    session.start();
    QPointer<MainWindow> window = session.window();
    QVERIFY(window);
    auto *health = window->findChild<DatabaseHealth *>();
    QVERIFY(health);
    QTRY_VERIFY_WITH_TIMEOUT(health->isChecked(), 20000);
    QVERIFY(!health->problems().isEmpty());
    auto *banner = window->findChild<QLabel *>(QStringLiteral("databaseProblemBanner"));
    QVERIFY(banner);
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QLatin1String("damaged")), qPrintable(banner->text()));
    QVERIFY(!banner->text().contains(QLatin1String("newer")));
    auto *box = window->findChild<QMessageBox *>(QStringLiteral("databaseProblem"));
    QVERIFY(box && box->isVisible());

    RestoreDialog *dialog = health->showRestoreDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->listed().size(), 1);
    const backups::Backup &backup = dialog->listed().first();
    QCOMPARE(QFileInfo(backup.path).fileName(), QStringLiteral("damaged.sqlite.v1.bak"));
    QCOMPARE(backup.madeBeforeUpgradeFrom, 1);
    QCOMPARE(backup.schemaVersion, 1);
    QVERIFY2(backup.sound(), qPrintable(backup.problems.join(u'\n')));
    QVERIFY(backup.size > 0);
    auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("backupTable"));
    QVERIFY(table && table->rowCount() == 1);
    QVERIFY(table->item(0, 4)->text().contains(QStringLiteral("✓")));
    auto *restoreButton = dialog->findChild<QPushButton *>(QStringLiteral("restoreButton"));
    QVERIFY(restoreButton && restoreButton->isEnabled());

    QSignalSpy finished(&session, &DeskSession::restoreFinished);
    QTest::mouseClick(restoreButton, Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QVERIFY(!window); // the old window went with the damaged database

    // The damaged file is kept aside, byte for byte; the backup is in place, owner-only,
    // upgraded and sound.
    const QStringList kept =
        QDir(m_dir->path()).entryList({QStringLiteral("damaged.sqlite.damaged-*")}, QDir::Files);
    QCOMPARE(kept.size(), 1);
    QCOMPARE(test::sha256Of(m_dir->filePath(kept.first())), damaged);
    QCOMPARE(test::modeOf(file), 0600);
    QVERIFY(session.window());
    QCOMPARE(session.desk()->database()->schemaVersion(), Database::kSchemaVersion);
    auto *reopened = session.window()->findChild<DatabaseHealth *>();
    QVERIFY(reopened);
    QTRY_VERIFY_WITH_TIMEOUT(reopened->isChecked(), 20000);
    QVERIFY2(reopened->problems().isEmpty(), qPrintable(reopened->problems().join(u'\n')));
    QVERIFY(!session.window()->findChild<QLabel *>(QStringLiteral("databaseProblemBanner")));
    QCOMPARE(test::sqlValue(file, QStringLiteral("SELECT count(*) FROM applicants")).toInt(), 1);
    auto *result = session.window()->findChild<QMessageBox *>(QStringLiteral("restoreResult"));
    QVERIFY(result && result->text().contains(kept.first()));
    session.window()->close();
}

// "A database that cannot be opened at all must still let the officer reach the restore
// dialog instead of only quitting."
void TestDbGui::unopenableDatabaseStillReachesRestore()
{
    const QString file = upgradedDatabase(QStringLiteral("broken.sqlite"));
    QVERIFY(!file.isEmpty());
    {
        QFile raw(file);
        QVERIFY(raw.open(QIODevice::ReadWrite));
        raw.write(QByteArray(100, '\x55')); // the header
    }
    DeskSession::Options options;
    options.path = file;
    DeskSession session(options);
    session.start();
    QVERIFY(!session.window());
    QMessageBox *box = session.openFailure();
    QVERIFY(box && box->isVisible());
    QVERIFY2(box->text().contains(QLatin1String("damaged")), qPrintable(box->text()));
    QVERIFY(!box->text().contains(QLatin1String("newer")));
    auto *restore = box->findChild<QPushButton *>(QStringLiteral("restoreFromOpenError"));
    QVERIFY(restore);
    QTest::mouseClick(restore, Qt::LeftButton);
    RestoreDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = topLevel<RestoreDialog>(QStringLiteral("restoreDialog"))));
    QVERIFY(dialog->select(file + QStringLiteral(".v1.bak")));
    QSignalSpy finished(&session, &DeskSession::restoreFinished);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("restoreButton")),
                      Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QVERIFY(session.window());
    QCOMPARE(QDir(m_dir->path())
                 .entryList({QStringLiteral("broken.sqlite.damaged-*")}, QDir::Files)
                 .size(),
             1);
    session.window()->close();
}

// Quitting on a large database must not wait for the quick check (seconds on a 6 GB file): the
// window interrupts it. Interrupted before it reads anything, it returns at once and finds
// nothing; grantdesk-bench-startup times the quit while a check reads a bench database.
void TestDbGui::quickCheckStopsWhenInterrupted()
{
    DeskMaintenance::QuickCheck sound;
    const auto checked = sound.run(m_demo);
    QVERIFY2(checked.ok(), qPrintable(checked ? QString() : checked.error().toString()));
    QVERIFY(checked->integrity.isEmpty() && checked->schema.isEmpty());

    DeskMaintenance::QuickCheck stopped;
    stopped.interrupt();
    QVERIFY(stopped.isInterrupted());
    const auto interrupted = stopped.run(m_demo);
    QVERIFY(!interrupted.ok());
    QVERIFY2(interrupted.error().toString().contains(QLatin1String("interrupted")),
             qPrintable(interrupted.error().toString()));

    // The window going while its check runs: destroyed at once, nothing reported afterwards.
    DeskSession::Options options;
    options.path = m_demo;
    auto session = std::make_unique<DeskSession>(options);
    session->start();
    QPointer<MainWindow> window = session->window();
    QVERIFY(window);
    QPointer<DatabaseHealth> health = window->findChild<DatabaseHealth *>();
    QVERIFY(health);
    QElapsedTimer timer;
    timer.start();
    session.reset();
    QVERIFY(!window && !health);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!topLevel<QMessageBox>(QStringLiteral("databaseProblem")));
}

QTEST_MAIN(TestDbGui)
#include "tst_dbgui.moc"
