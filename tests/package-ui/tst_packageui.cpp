// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QPixmap>
#include <QProgressDialog>
#include <QPushButton>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTabWidget>
#include <QTimer>

#include "services/desk.h"
#include "common/confirmation.h"
#include "common/filedialogs.h"
#include "common/guitest.h"
#include "core/officer.h"
#include "inbox/mainwindow.h"
#include "review/reviewdocument.h"
#include "review/reviewworkspace.h"
#include "itemmodels/inboxmodel.h"
#include "package/keydialogs.h"
#include "package/keystore.h"
#include "package/packagecontroller.h"
#include "package/passphrasedialog.h"
#include "package/reviewexport.h"
#include "package/signingpaths.h"
#include "package/verifydialog.h"
#include "package/ziparchive.h"
#include "packageuitest.h"
#include "settings/officerdialog.h"
#include "settings/signingsettingspage.h"
#include "store/audittrail.h"
#include "store/repositories.h"

using namespace gd;
using namespace gd::test;

namespace {

/** A translated text as the code under test shows it (the tests run in either language). */
QString translated(const char *context, const char *text)
{
    return QCoreApplication::translate(context, text);
}

const QByteArray kPassphrase = "correct horse battery";

officer::Profile reviewerProfile()
{
    return {demo::reviewerName(), QStringLiteral("科长"),
            QStringLiteral("广州市政务服务和数据管理局"), true, false};
}

officer::Profile approverProfile()
{
    return {demo::approverName(), QStringLiteral("处长"),
            QStringLiteral("广州市政务服务和数据管理局"), false, true};
}

QStringList column(const QTableWidget *table, int column)
{
    QStringList texts;
    for (int row = 0; row < table->rowCount(); ++row)
        texts << (table->item(row, column) ? table->item(row, column)->text() : QString());
    return texts;
}

/** @p file with the bytes of member @p path changed (re-zipped, so it still reads). */
bool tamper(const QString &from, const QString &to, const QString &path)
{
    auto reader = package::ZipReader::openFile(from);
    if (!reader)
        return false;
    auto members = reader.value()->readAll();
    if (!members)
        return false;
    QList<package::ZipMember> changed = members.value();
    for (package::ZipMember &member : changed) {
        if (member.path == path)
            member.data[member.data.size() / 2] = char(member.data[member.data.size() / 2] ^ 0x20);
    }
    auto zip = package::writeZip(changed);
    return zip && package::saveFileAtomically(to, zip.value());
}

} // namespace

/**
 * The package screens: the verify dialog on a valid, an untrusted and a tampered package,
 * the signing settings page, and export and countersigning from the main window.
 */
class TestPackageUi final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void signingPageGeneratesKey();
    void signingPageTrustStore();
    void signingPageImportsKey();
    void exportFromMainWindow();
    void exportNeedsTheOfficersOwnKey();
    void countersignFromMainWindow();
    void verifyValidPackage();
    void verifyUntrustedPackage();
    void verifyTamperedPackage();
    void openPackageByArgumentAndDrop();

private:
    void shot(QWidget *widget, const QString &name);
    void useKey(const package::Signer &signer);

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    package::Signer m_reviewer;
    package::Signer m_approver;
    QList<QPair<QString, int>> m_decided;
    QString m_exported;                   // signed by the reviewer from the main window
    QString m_countersigned;              // the same, countersigned
    QList<Confirmation::Request> m_asked; // every confirmation asked, in order
    bool m_confirm = true;                // what the officer answers
};

void TestPackageUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GrantDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("grantdesk-tst_packageui"));
    QSettings().clear();
    if (!screenshotDir().isEmpty())
        QVERIFY(prepareForScreenshots());
    QVERIFY(m_dir.isValid());
    auto db = openDemoDatabase(m_dir.filePath(QStringLiteral("demo.sqlite")));
    QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
    m_db = db.value();
    auto reviewer = makeSigner(demo::reviewerName(), package::Algorithm::Sm2Sm3);
    auto approver = makeSigner(demo::approverName(), package::Algorithm::Ed25519);
    QVERIFY(reviewer && approver);
    m_reviewer = reviewer.value();
    m_approver = approver.value();
    m_decided = casesIn(m_db, CaseStatus::Decided);
    QVERIFY(m_decided.size() >= 2);
}

void TestPackageUi::init()
{
    // Every test signs into its own key folder and trust store.
    static int n = 0;
    ++n;
    signing::setKeyFolderPath(m_dir.filePath(QStringLiteral("key%1").arg(n)));
    signing::setTrustStorePath(m_dir.filePath(QStringLiteral("trust%1").arg(n)));
    VerifyDialog::setUrlOpener([](const QUrl &) { return true; });
    m_asked.clear();
    m_confirm = true;
    Confirmation::setHandler([this](QWidget *, const Confirmation::Request &request) {
        m_asked << request;
        return m_confirm;
    });
}

void TestPackageUi::cleanupTestCase()
{
    Confirmation::setHandler({});
    VerifyDialog::setUrlOpener({});
    QSettings().clear();
}

void TestPackageUi::shot(QWidget *widget, const QString &name)
{
    if (screenshotDir().isEmpty())
        return;
    QTest::qWait(50);
    const QString path = QDir(screenshotDir()).filePath(name + QStringLiteral(".png"));
    QVERIFY2(widget->grab().save(path), qPrintable(path));
}

void TestPackageUi::useKey(const package::Signer &signer)
{
    const package::KeyFolder folder(signing::keyFolderPath());
    QVERIFY(!folder.exists());
    auto created = folder.create(signer.key, signer.certificate, kPassphrase);
    QVERIFY2(created, qPrintable(created ? QString() : created.error().toString()));
}

void TestPackageUi::signingPageGeneratesKey()
{
    officer::saveProfile(reviewerProfile());
    SigningSettingsPage page;
    page.resize(760, 620);
    page.show();
    auto *identity = child<QLabel>(&page, "identityLabel");
    QVERIFY(identity);
    QVERIFY(!child<QPushButton>(&page, "exportCertificateButton")->isEnabled());

    QTest::mouseClick(child<QPushButton>(&page, "generateKeyButton"), Qt::LeftButton);
    auto *dialog = page.findChild<GenerateKeyDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(child<QLineEdit>(dialog, "nameEdit")->text(), demo::reviewerName());
    QCOMPARE(child<QComboBox>(dialog, "algorithmCombo")->currentData().toInt(),
             int(package::Algorithm::Sm2Sm3));
    QVERIFY(child<QCheckBox>(dialog, "replaceCheck")->isHidden());
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(child<QLineEdit>(dialog, "passphraseEdit"), QStringLiteral("short"));
    QVERIFY(child<QLabel>(dialog, "strengthLabel")->text().contains(QStringLiteral("8")));
    child<QLineEdit>(dialog, "passphraseEdit")->clear();
    QTest::keyClicks(child<QLineEdit>(dialog, "passphraseEdit"), QString::fromUtf8(kPassphrase));
    QVERIFY(!ok->isEnabled()); // not repeated yet
    QTest::keyClicks(child<QLineEdit>(dialog, "repeatEdit"), QString::fromUtf8(kPassphrase));
    QVERIFY(ok->isEnabled());
    // A name with a zero-width space is refused before any key is made (issue 12).
    auto *nameEdit = child<QLineEdit>(dialog, "nameEdit");
    nameEdit->setText(QStringLiteral("张\u200B敏"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(!child<QLabel>(dialog, "identityProblemLabel")->isHidden());
    QVERIFY2(
        child<QLabel>(dialog, "identityProblemLabel")->text().contains(QLatin1String("U+200B")),
        qPrintable(child<QLabel>(dialog, "identityProblemLabel")->text()));
    nameEdit->setText(demo::reviewerName());
    QVERIFY(ok->isEnabled());
    QVERIFY(child<QLabel>(dialog, "identityProblemLabel")->isHidden());
    shot(dialog, QStringLiteral("generate-key"));
    QTest::mouseClick(ok, Qt::LeftButton);

    const package::KeyFolder folder(signing::keyFolderPath());
    QTRY_VERIFY(folder.exists());
    auto certificate = folder.certificate();
    QVERIFY(certificate);
    QCOMPARE(certificate->commonName(), demo::reviewerName());
    QCOMPARE(certificate->algorithm(), std::optional(package::Algorithm::Sm2Sm3));
    QVERIFY(folder.unlock(kPassphrase));
    QVERIFY(!folder.unlock("wrong passphrase"));
    // The page shows the subject, the algorithm and the fingerprint grouped for reading.
    const QString text = identity->text();
    QVERIFY2(text.contains(demo::reviewerName()), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("CN=")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("SM2")));
    QVERIFY(text.contains(signing::groupedFingerprint(certificate->sha256()).left(39)));
    QVERIFY(child<QPushButton>(&page, "exportCertificateButton")->isEnabled());
    shot(&page, QStringLiteral("signing-page"));

    // Generating again asks to move the old key aside before OK is possible.
    QTRY_VERIFY(!page.findChild<GenerateKeyDialog *>()); // the first one is gone
    QTest::mouseClick(child<QPushButton>(&page, "generateKeyButton"), Qt::LeftButton);
    QTRY_VERIFY(page.findChild<GenerateKeyDialog *>());
    dialog = page.findChild<GenerateKeyDialog *>();
    child<QComboBox>(dialog, "algorithmCombo")->setCurrentIndex(1);
    QTest::keyClicks(child<QLineEdit>(dialog, "passphraseEdit"), QString::fromUtf8(kPassphrase));
    QTest::keyClicks(child<QLineEdit>(dialog, "repeatEdit"), QString::fromUtf8(kPassphrase));
    ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!child<QCheckBox>(dialog, "replaceCheck")->isHidden());
    QVERIFY(!ok->isEnabled());
    child<QCheckBox>(dialog, "replaceCheck")->setChecked(true);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_COMPARE(folder.certificate()->algorithm(), std::optional(package::Algorithm::Ed25519));
    const QFileInfo keyInfo(signing::keyFolderPath());
    const QStringList backups =
        QDir(keyInfo.absolutePath())
            .entryList({keyInfo.fileName() + QStringLiteral("-backup-*")}, QDir::Dirs);
    QCOMPARE(backups.size(), 1);
    const package::KeyFolder old(keyInfo.absolutePath() + QLatin1Char('/') + backups.first());
    QVERIFY(old.exists());
    QCOMPARE(old.certificate()->sha256(), certificate->sha256());

    // An officer is an identity (issue 12 item 3): the profile keeps the fingerprints of both
    // certificates made here, and the profile dialog shows them, the current key marked.
    const QString current = folder.certificate()->sha256();
    QCOMPARE(officer::currentProfile().certificates, (QStringList{certificate->sha256(), current}));
    {
        OfficerDialog profileDialog;
        const QString shown =
            child<QPlainTextEdit>(&profileDialog, "certificatesView")->toPlainText();
        QVERIFY2(shown.contains(signing::groupedFingerprint(certificate->sha256())),
                 qPrintable(shown));
        QVERIFY2(shown.contains(signing::groupedFingerprint(current) +
                                QStringLiteral(" (this workstation's signing key)")),
                 qPrintable(shown));
        QCOMPARE(profileDialog.profile().certificates, officer::currentProfile().certificates);
    }

    // Without the confirmation the page refuses to overwrite.
    KeyRequest request;
    request.who = {demo::reviewerName(), {}, {}};
    request.passphrase = kPassphrase;
    QVERIFY(!page.generateKey(request));
}

void TestPackageUi::signingPageTrustStore()
{
    useKey(m_reviewer);
    SigningSettingsPage page;
    page.resize(760, 620);
    auto *table = child<QTableWidget>(&page, "trustTable");
    QCOMPARE(table->rowCount(), 0);
    QVERIFY(child<QLabel>(&page, "identityLabel")
                ->text()
                .contains(translated("gd::SigningSettingsPage", "not trusted: %1").arg(QString())));

    QTest::mouseClick(child<QPushButton>(&page, "trustOwnButton"), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 1)->data(Qt::UserRole).toString(), m_reviewer.certificate.sha256());
    QCOMPARE(table->item(0, 3)->text(), translated("gd::SigningSettingsPage", "Signer"));
    // The holder by name, position and unit; the certificate's "CN=…,O=…" line only on hover.
    QVERIFY2(table->item(0, 0)->text().startsWith(m_reviewer.certificate.commonName()) &&
                 !table->item(0, 0)->text().contains(QLatin1String("CN=")),
             qPrintable(table->item(0, 0)->text()));
    QCOMPARE(table->item(0, 0)->toolTip(), m_reviewer.certificate.subject());
    QVERIFY(child<QLabel>(&page, "identityLabel")
                ->text()
                .contains(translated("gd::SigningSettingsPage", "trusted on this workstation")));

    // A colleague's certificate, from the file they handed over.
    const QString pem = m_dir.filePath(QStringLiteral("approver.pem"));
    {
        QFile out(pem);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(m_approver.certificate.pem());
    }
    FileDialogs::setNextAnswer(pem);
    QTest::mouseClick(child<QPushButton>(&page, "addTrustedButton"), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 2);
    QVERIFY(column(table, 0).join(QLatin1Char('\n')).contains(demo::approverName()));
    QVERIFY(!page.addTrustedFile(m_dir.filePath(QStringLiteral("demo.sqlite"))));

    // Exported certificate is the key folder's.
    const QString exported = m_dir.filePath(QStringLiteral("mine.pem"));
    QVERIFY(page.exportCertificate(exported));
    QCOMPARE(package::Certificate::fromData(readAll(exported))->sha256(),
             m_reviewer.certificate.sha256());

    QVERIFY(page.removeTrusted(m_approver.certificate.sha256()));
    QCOMPARE(table->rowCount(), 1);
}

void TestPackageUi::signingPageImportsKey()
{
    // What an organization CA hands out: an encrypted PKCS#8 key and a PEM certificate.
    const QString keyFile = m_dir.filePath(QStringLiteral("issued-key.pem"));
    const QString certFile = m_dir.filePath(QStringLiteral("issued-cert.pem"));
    {
        auto pem = m_approver.key.encryptedPem("source passphrase");
        QVERIFY(pem);
        QFile key(keyFile);
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write(pem.value());
        QFile cert(certFile);
        QVERIFY(cert.open(QIODevice::WriteOnly));
        cert.write(m_approver.certificate.pem());
    }
    SigningSettingsPage page;
    page.show();
    auto fill = [&](const QString &source) -> ImportKeyDialog * {
        QTest::mouseClick(child<QPushButton>(&page, "importKeyButton"), Qt::LeftButton);
        auto *dialog = page.findChild<ImportKeyDialog *>();
        if (!dialog)
            return nullptr;
        child<QLineEdit>(dialog, "keyFileEdit")->setText(keyFile);
        child<QLineEdit>(dialog, "certFileEdit")->setText(certFile);
        QTest::keyClicks(child<QLineEdit>(dialog, "sourcePassphraseEdit"), source);
        QTest::keyClicks(child<QLineEdit>(dialog, "passphraseEdit"),
                         QString::fromUtf8(kPassphrase));
        QTest::keyClicks(child<QLineEdit>(dialog, "repeatEdit"), QString::fromUtf8(kPassphrase));
        return dialog;
    };

    // A wrong source passphrase: refused, and no key folder appears.
    ImportKeyDialog *dialog = fill(QStringLiteral("wrong passphrase"));
    QVERIFY(dialog);
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    const package::KeyFolder folder(signing::keyFolderPath());
    QVERIFY(!folder.exists());
    QVERIFY(!QFileInfo::exists(signing::keyFolderPath() + QStringLiteral("-import")));
    QVERIFY2(!child<QLabel>(&page, "signingMessage")->text().isEmpty(),
             "the refusal is shown on the page");
    QTRY_VERIFY(!page.findChild<ImportKeyDialog *>());

    dialog = fill(QStringLiteral("source passphrase"));
    QVERIFY(dialog);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QVERIFY(folder.exists());
    QCOMPARE(folder.certificate()->sha256(), m_approver.certificate.sha256());
    auto unlocked = folder.unlock(kPassphrase);
    QVERIFY(unlocked);
    QCOMPARE(unlocked->publicKeySha256(), m_approver.certificate.publicKeySha256());
    QVERIFY(child<QLabel>(&page, "identityLabel")->text().contains(demo::approverName()));
    QVERIFY(child<QLabel>(&page, "identityLabel")->text().contains(QStringLiteral("Ed25519")));
}

/** Another officer's key on this workstation: export is refused before any question, and the
 *  action says whose key it is (a new officer's walk found it offered "sign as 王立"). */
void TestPackageUi::exportNeedsTheOfficersOwnKey()
{
    officer::saveProfile(reviewerProfile());
    useKey(m_approver);
    MainWindow window(Desk::over(m_db));
    window.resize(1200, 760);
    window.show();
    const auto [id, version] = m_decided.at(0);
    QVERIFY(window.selectApplication(id, version));
    auto *action = window.findChild<QAction *>(QStringLiteral("actionExportPackage"));
    QVERIFY(action);
    QVERIFY(!action->isEnabled());
    QVERIFY2(action->toolTip().contains(m_approver.certificate.commonName()) &&
                 action->toolTip().contains(QLatin1String("own key")),
             qPrintable(action->toolTip()));
    QDir(signing::keyFolderPath()).removeRecursively();
    useKey(m_reviewer);
    QVERIFY(window.selectApplication(m_decided.at(1).first, m_decided.at(1).second));
    QVERIFY(window.selectApplication(id, version));
    QVERIFY2(action->isEnabled(), qPrintable(action->toolTip()));
}

void TestPackageUi::exportFromMainWindow()
{
    officer::saveProfile(reviewerProfile());
    useKey(m_reviewer);
    MainWindow window(Desk::over(m_db));
    window.resize(1200, 760);
    window.show();
    const auto [id, version] = m_decided.at(0);
    QVERIFY(window.selectApplication(id, version));
    auto *action = window.findChild<QAction *>(QStringLiteral("actionExportPackage"));
    QVERIFY(action);
    QVERIFY2(action->isEnabled(), qPrintable(action->toolTip()));

    // Not for a case in review.
    const auto inReview = casesIn(m_db, CaseStatus::InReview);
    QVERIFY(window.selectApplication(inReview.first().first, inReview.first().second));
    QVERIFY(!action->isEnabled());
    QVERIFY(window.selectApplication(id, version));
    QVERIFY(action->isEnabled());

    // Declined when asked to confirm (issue 12 item 8): no passphrase asked, no file, the case
    // stays decided, no error box.
    {
        const QString declined = m_dir.filePath(QStringLiteral("declined.gdpkg"));
        FileDialogs::setNextAnswer(declined);
        m_confirm = false;
        action->trigger();
        m_confirm = true;
        QCOMPARE(m_asked.size(), 1);
        QCOMPARE(m_asked.last().accept, QStringLiteral("Sign"));
        QVERIFY2(m_asked.last().text.contains(
                     QStringLiteral("Sign the review of %1 v%2").arg(id).arg(version)),
                 qPrintable(m_asked.last().text));
        QVERIFY2(m_asked.last().text.contains(
                     QStringLiteral("as reviewer %1").arg(demo::reviewerName())),
                 qPrintable(m_asked.last().text));
        QVERIFY(m_asked.last().text.contains(QDir::toNativeSeparators(declined)));
        QVERIFY(!QFileInfo::exists(declined));
        QCOMPARE(caseOf(m_db, id, version).first, CaseStatus::Decided);
        QVERIFY(!window.findChild<QMessageBox *>(QStringLiteral("packageError")));
        QVERIFY(!window.findChild<QMessageBox *>(QStringLiteral("packageResult")));
    }

    // Cancelled half-way: no file, the case stays decided, no error box.
    {
        const QString cancelled = m_dir.filePath(QStringLiteral("cancelled.gdpkg"));
        FileDialogs::setNextAnswer(cancelled);
        PassphraseDialog::setNextAnswer(kPassphrase);
        QTimer canceller;
        canceller.setInterval(0);
        connect(&canceller, &QTimer::timeout, this, [&] {
            auto *progress = window.findChild<QProgressDialog *>(QStringLiteral("exportProgress"));
            if (progress && progress->value() >= progress->maximum() / 2)
                progress->cancel();
        });
        canceller.start();
        action->trigger();
        canceller.stop();
        QVERIFY(!QFileInfo::exists(cancelled));
        QCOMPARE(caseOf(m_db, id, version).first, CaseStatus::Decided);
        QVERIFY(!window.findChild<QMessageBox *>(QStringLiteral("packageError")));
        QVERIFY(!window.findChild<QMessageBox *>(QStringLiteral("packageResult")));
    }

    // A review tab open on the case is shown anew once it is signed (and read-only).
    ReviewWorkspace *before = window.openReview(id, version);
    QVERIFY(before);
    QCOMPARE(before->document()->status(), CaseStatus::Decided);
    const int reviewTab =
        window.findChild<QTabWidget *>(QStringLiteral("mainTabs"))->indexOf(before);

    m_exported = m_dir.filePath(QStringLiteral("exported")); // ".gdpkg" is added
    FileDialogs::setNextAnswer(m_exported);
    m_exported += QStringLiteral(".gdpkg");
    PassphraseDialog::setNextAnswer(kPassphrase);
    // The progress dialog, caught half-way (the timer fires whenever it processes events).
    int seen = 0;
    QTimer watch;
    watch.setInterval(0);
    connect(&watch, &QTimer::timeout, this, [&] {
        auto *progress = window.findChild<QProgressDialog *>(QStringLiteral("exportProgress"));
        if (!progress || progress->value() < progress->maximum() / 2)
            return;
        if (seen++ == 0)
            shot(progress, QStringLiteral("export-progress"));
    });
    watch.start();
    action->trigger();
    watch.stop();
    QVERIFY(seen > 0);
    QVERIFY(QFileInfo::exists(m_exported));
    auto *result = window.findChild<QMessageBox *>(QStringLiteral("packageResult"));
    QVERIFY2(result, qPrintable(window.packageController()->lastMessage()));
    QVERIFY(result->text().contains(QDir::toNativeSeparators(m_exported)));
    const package::VerifyReport report =
        package::verifyPackage(m_exported, package::TrustStore(signing::trustStorePath()));
    QVERIFY(report.valid());
    const auto events = makeAuditTrail(m_db)->events(QStringLiteral("%1 v%2").arg(id).arg(version));
    QVERIFY(events);
    QString manifest;
    for (const AuditEvent &event : events.value()) {
        if (event.action == QLatin1String("case.sign"))
            manifest = event.detail.value(QStringLiteral("manifestSha256")).toString();
    }
    QVERIFY(!manifest.isEmpty());
    QVERIFY2(result->text().contains(signing::groupedFingerprint(manifest, 8)),
             qPrintable(result->text()));
    QCOMPARE(caseOf(m_db, id, version).first, CaseStatus::Signed);
    ReviewWorkspace *after = window.reviewWorkspace(id, version);
    QVERIFY(after);
    QCOMPARE(after->document()->status(), CaseStatus::Signed);
    QVERIFY(after->document()->isReadOnly());
    QCOMPARE(window.findChild<QTabWidget *>(QStringLiteral("mainTabs"))->indexOf(after), reviewTab);
    QCOMPARE(window.currentReview(), after);
    QTRY_COMPARE(window.inboxModel()
                     ->index(window.inboxModel()->findRow(id, version), 0)
                     .data(InboxModel::StatusCodeRole)
                     .toString(),
                 QStringLiteral("signed"));
    QVERIFY(action->isEnabled()); // a signed case may be exported again
    if (!screenshotDir().isEmpty()) {
        // The window with the (separate, non-modal) result box over it.
        QTest::qWait(50);
        QPixmap picture = window.grab();
        const QPixmap box = result->grab();
        QPainter painter(&picture);
        painter.drawPixmap((picture.width() - box.width()) / 2,
                           (picture.height() - box.height()) / 3, box);
        painter.end();
        QVERIFY(picture.save(QDir(screenshotDir()).filePath(QStringLiteral("export-success.png"))));
    }
    result->close();

    // Wrong passphrase: refused, nothing written.
    const QString other = m_dir.filePath(QStringLiteral("wrong.gdpkg"));
    FileDialogs::setNextAnswer(other);
    PassphraseDialog::setNextAnswer(QByteArray("not the passphrase"));
    action->trigger();
    QVERIFY(!QFileInfo::exists(other));
    QVERIFY(window.findChild<QMessageBox *>(QStringLiteral("packageError")));

    // The approver may not export.
    officer::saveProfile(approverProfile());
    window.reloadOfficerProfile();
    QVERIFY(window.selectApplication(m_decided.at(1).first, m_decided.at(1).second));
    QVERIFY(!action->isEnabled());
}

void TestPackageUi::countersignFromMainWindow()
{
    QVERIFY(QFileInfo::exists(m_exported));
    m_countersigned = m_dir.filePath(QStringLiteral("countersigned.gdpkg"));
    QVERIFY(QFile::copy(m_exported, m_countersigned));
    const auto [id, version] = m_decided.at(0);

    // The reviewer may not countersign, not even with the approver role.
    officer::Profile both = reviewerProfile();
    both.approver = true;
    officer::saveProfile(both);
    useKey(m_reviewer);
    MainWindow window(Desk::over(m_db));
    auto countersignVia = [&](const QString &file) {
        FileDialogs::setNextAnswer(file);
        PassphraseDialog::setNextAnswer(kPassphrase);
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<VerifyDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *go = child<QPushButton>(dialog, "countersignButton");
            QVERIFY(go && go->isEnabled());
            if (!screenshotDir().isEmpty())
                QVERIFY(dialog->grab().save(
                    QDir(screenshotDir()).filePath(QStringLiteral("countersign-check.png"))));
            go->click();
        });
        window.findChild<QAction *>(QStringLiteral("actionCountersignPackage"))->trigger();
    };
    const QByteArray before = readAll(m_countersigned);
    countersignVia(m_countersigned);
    QCOMPARE(readAll(m_countersigned), before);
    // Refused before the passphrase: the reviewer's own certificate.
    QVERIFY2(window.packageController()->lastMessage().contains(QLatin1String("second officer")),
             qPrintable(window.packageController()->lastMessage()));
    QCOMPARE(caseOf(m_db, id, version).first, CaseStatus::Signed);

    // The approver declines when asked to confirm: nothing changes.
    officer::saveProfile(approverProfile());
    window.reloadOfficerProfile();
    QDir(signing::keyFolderPath()).removeRecursively();
    useKey(m_approver);
    m_asked.clear();
    m_confirm = false;
    countersignVia(m_countersigned);
    m_confirm = true;
    QCOMPARE(m_asked.size(), 1);
    QCOMPARE(m_asked.last().accept, QStringLiteral("Countersign"));
    QVERIFY2(m_asked.last().text.contains(
                 QStringLiteral("Countersign %1 v%2, signed by the reviewer %3, as approver %4?")
                     .arg(id)
                     .arg(version)
                     .arg(demo::reviewerName(), demo::approverName())),
             qPrintable(m_asked.last().text));
    QCOMPARE(readAll(m_countersigned), before);
    QCOMPARE(caseOf(m_db, id, version).first, CaseStatus::Signed);

    // The approver countersigns: the file gains the signature, the case moves on.
    countersignVia(m_countersigned);
    QVERIFY2(window.findChild<QMessageBox *>(QStringLiteral("packageResult")),
             qPrintable(window.packageController()->lastMessage()));
    QCOMPARE(caseOf(m_db, id, version).first, CaseStatus::Countersigned);
    const package::VerifyReport report =
        package::verifyPackage(m_countersigned, package::TrustStore(signing::trustStorePath()));
    QVERIFY(report.valid() && report.approved());
}

void TestPackageUi::verifyValidPackage()
{
    QVERIFY(QFileInfo::exists(m_countersigned));
    const package::TrustStore trust(signing::trustStorePath());
    QVERIFY(trust.add(m_reviewer.certificate));
    QVERIFY(trust.add(m_approver.certificate));
    VerifyDialog dialog(m_countersigned);
    dialog.show();
    QCOMPARE(dialog.tone(), VerifyDialog::Tone::Good);
    auto *verdict = child<QLabel>(&dialog, "verdictLabel");
    QVERIFY2(verdict->text().contains(translated("PackageVerify", "valid and approved")),
             qPrintable(verdict->text()));
    auto *members = child<QTableWidget>(&dialog, "membersTable");
    QCOMPARE(members->rowCount(), dialog.report().members.size());
    QVERIFY(column(members, 0).contains(QStringLiteral("review.pdf")));
    QVERIFY(column(members, 0).contains(QStringLiteral("review.json")));
    for (const QString &status : column(members, 1))
        QVERIFY2(status.contains(translated("VerifyDialog", "intact")), qPrintable(status));
    auto *signatures = child<QTableWidget>(&dialog, "signaturesTable");
    QCOMPARE(signatures->rowCount(), 2);
    QCOMPARE(column(signatures, 1), (QStringList{demo::reviewerName(), demo::approverName()}));
    QCOMPARE(signatures->item(0, 2)->data(Qt::UserRole).toString(),
             m_reviewer.certificate.sha256());
    QVERIFY(column(signatures, 4).join(QString()).count(translated("gd::VerifyDialog", "valid")) ==
            2);
    QVERIFY(!child<QPushButton>(&dialog, "trustSignerButton")->isEnabled());
    shot(&dialog, QStringLiteral("verify-valid"));

    // "Open report" extracts exactly the verified review.pdf to a private folder.
    QUrl opened;
    VerifyDialog::setUrlOpener([&opened](const QUrl &url) {
        opened = url;
        return true;
    });
    QVERIFY(child<QPushButton>(&dialog, "openReportButton")->isEnabled());
    auto path = dialog.openReport();
    QVERIFY2(path, qPrintable(path ? QString() : path.error().toString()));
    QCOMPARE(opened.toLocalFile(), path.value());
    auto reader = package::ZipReader::openFile(m_countersigned);
    QVERIFY(reader);
    QCOMPARE(readAll(path.value()), reader.value()->read(QStringLiteral("review.pdf")).value());
    QCOMPARE(QFileInfo(QFileInfo(path.value()).absolutePath()).permissions() &
                 (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());
}

void TestPackageUi::verifyUntrustedPackage()
{
    QVERIFY(QFileInfo::exists(m_exported));
    VerifyDialog dialog(m_exported); // an empty trust store
    QCOMPARE(dialog.tone(), VerifyDialog::Tone::Caution);
    QVERIFY2(
        dialog.verdictText().contains(translated("PackageVerify", "valid, signer not trusted")),
        qPrintable(dialog.verdictText()));
    auto *signatures = child<QTableWidget>(&dialog, "signaturesTable");
    QCOMPARE(signatures->rowCount(), 1);
    QVERIFY(signatures->item(0, 5)->text().contains(translated("gd::VerifyDialog", "not trusted")));
    QVERIFY(!signatures->item(0, 6)->text().isEmpty()); // why not
    QVERIFY(child<QPushButton>(&dialog, "trustSignerButton")->isEnabled());

    QSignalSpy changed(&dialog, &VerifyDialog::trustChanged);
    QVERIFY(dialog.trustSigner(0));
    QCOMPARE(changed.count(), 1);
    QVERIFY(signatures->item(0, 5)->text().endsWith(translated("gd::VerifyDialog", "trusted")));
    QVERIFY(
        !signatures->item(0, 5)->text().contains(translated("gd::VerifyDialog", "not trusted")));
    QVERIFY2(dialog.verdictText().contains(translated("PackageVerify", "valid, not countersigned")),
             qPrintable(dialog.verdictText()));
    QVERIFY(package::TrustStore(signing::trustStorePath())
                .isTrusted(m_reviewer.certificate, QDateTime::currentDateTimeUtc()));
}

void TestPackageUi::verifyTamperedPackage()
{
    const QString tampered = m_dir.filePath(QStringLiteral("tampered.gdpkg"));
    QVERIFY(tamper(m_countersigned, tampered, QStringLiteral("review.pdf")));
    const package::TrustStore trust(signing::trustStorePath());
    QVERIFY(trust.add(m_reviewer.certificate));
    QVERIFY(trust.add(m_approver.certificate));
    VerifyDialog dialog(tampered);
    dialog.show();
    QCOMPARE(dialog.tone(), VerifyDialog::Tone::Bad);
    const QString verdict = child<QLabel>(&dialog, "verdictLabel")->text();
    QVERIFY2(
        verdict.contains(
            translated("PackageVerify", "INVALID: %1")
                .arg(translated("PackageVerify", "%1 modified").arg(QStringLiteral("review.pdf")))),
        qPrintable(verdict));
    auto *members = child<QTableWidget>(&dialog, "membersTable");
    const int row = int(column(members, 0).indexOf(QStringLiteral("review.pdf")));
    QVERIFY(row >= 0);
    QVERIFY(members->item(row, 1)->text().contains(translated("VerifyDialog", "modified")));
    QVERIFY(!members->item(row, 2)->text().isEmpty());
    for (int other = 0; other < members->rowCount(); ++other) {
        if (other != row)
            QVERIFY(members->item(other, 1)->text().contains(translated("VerifyDialog", "intact")));
    }
    QVERIFY(!child<QPushButton>(&dialog, "openReportButton")->isEnabled());
    shot(&dialog, QStringLiteral("verify-tampered"));

    // Not a package at all.
    const QString junk = m_dir.filePath(QStringLiteral("junk.gdpkg"));
    {
        QFile out(junk);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("not a zip");
    }
    VerifyDialog unreadable(junk);
    QCOMPARE(unreadable.tone(), VerifyDialog::Tone::Bad);
    QVERIFY(unreadable.verdictText().startsWith(
        translated("PackageVerify", "INVALID: %1").arg(QString())));
    QCOMPARE(child<QTableWidget>(&unreadable, "membersTable")->rowCount(), 0);
}

void TestPackageUi::openPackageByArgumentAndDrop()
{
    officer::saveProfile(reviewerProfile());
    MainWindow window(Desk::over(m_db));
    window.openPackage(m_countersigned);
    auto *dialog = window.findChild<VerifyDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->report().applicationId, m_decided.at(0).first);
    delete dialog;

    // Dropped onto the window: a .gdpkg is accepted and verified, other files are not.
    QMimeData other;
    other.setUrls({QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("demo.sqlite")))});
    QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QApplication::sendEvent(&window, &refused);
    QVERIFY(!refused.isAccepted());

    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(m_exported)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    enter.setAccepted(false);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    dialog = window.findChild<VerifyDialog *>();
    QVERIFY(dialog);
    QCOMPARE(QFileInfo(dialog->report().label).fileName(), QFileInfo(m_exported).fileName());
}

QTEST_MAIN(TestPackageUi)
#include "tst_packageui.moc"
