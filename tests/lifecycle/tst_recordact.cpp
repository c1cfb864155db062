// SPDX-License-Identifier: GPL-3.0-or-later
// The authorization's life on screen (issue 15): the detail pane shows where a countersigned
// authorization stands and what it waits for; the form for the next act offers that act,
// names every reason the rules refuse it while it is filled in, and records it only signed
// with the officer's own key, keeping everything when the passphrase is wrong.
#include <QCryptographicHash>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "common/guitest.h"
#include "inbox/detailpane.h"
#include "lifecycle/lifecycletest.h"
#include "lifecycle/recordactdialog.h"
#include "package-ui/packageuitest.h"
#include "package/keystore.h"
#include "package/passphrasedialog.h"
#include "package/signingpaths.h"
#include "services/desk.h"
#include "services/lifecycleservice.h"
#include "store/audittrail.h"
#include "store/repositories.h"

using namespace gd;
using namespace gd::lifecycle;
using gd::test::child;

namespace {

const QByteArray kPassphrase = QByteArrayLiteral("approver passphrase");
// 分领域授权, approved with conditions: it waits for the collective decision.
const QString kDomainCase = QStringLiteral("GZH-2026-0076");
// 整体授权: no collective decision per case; it waits for the approval.
const QString kWholeCase = QStringLiteral("GZ-2026-0136");

} // namespace

class TestRecordAct final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("GrantDesk"));
        QCoreApplication::setApplicationName(QStringLiteral("grantdesk-tst_recordact"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        auto db = test::openDemoDatabase(m_dir.filePath(QStringLiteral("demo.sqlite")));
        QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
        m_db = db.value();
        m_desk = Desk::over(m_db);
        auto reviewer = test::makeSigner(demo::reviewerName(), package::Algorithm::Ed25519);
        auto approver = test::makeSigner(demo::approverName(), package::Algorithm::Ed25519);
        QVERIFY(reviewer && approver);
        for (const QString &id : {kDomainCase, kWholeCase})
            QVERIFY(test::countersignCase(m_db, id, *reviewer, *approver, m_dir.path()));
        // The approver's own key is the workstation's signing key.
        signing::setKeyFolderPath(m_dir.filePath(QStringLiteral("key")));
        QVERIFY(package::KeyFolder(signing::keyFolderPath())
                    .create(approver->key, approver->certificate, kPassphrase)
                    .ok());
        m_minutes = m_dir.filePath(QStringLiteral("会议纪要.pdf"));
        QFile file(m_minutes);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write("%PDF-1.4 minutes") > 0);
    }

    void theFormOffersTheAwaitedActAndSaysWhyNot()
    {
        LifecycleService service(m_desk);
        auto life = service.life(kDomainCase, 1, QDate::currentDate());
        QVERIFY2(life, qPrintable(life ? QString() : life.error().toString()));
        QCOMPARE(life->state.stage, Stage::CollectiveDecision);
        RecordActDialog dialog(service, kDomainCase, 1, *life, QDate::currentDate());
        QCOMPARE(dialog.kind(), RecordActDialog::Kind::CollectiveDecision);
        auto *record = child<QPushButton>(&dialog, "recordAct");
        auto *problems = child<QLabel>(&dialog, "actProblems");
        // Nothing filled in: refused, and the button says so by being off.
        QVERIFY(!dialog.problems().isEmpty());
        QVERIFY(!record->isEnabled());

        child<QSpinBox>(&dialog, "members")->setValue(9);
        child<QSpinBox>(&dialog, "present")->setValue(4);
        child<QSpinBox>(&dialog, "inFavour")->setValue(4);
        QVERIFY2(problems->text().contains(QStringLiteral("no quorum: 4 of 9 members present")),
                 qPrintable(problems->text()));
        QVERIFY(!problems->isHidden());
        QVERIFY(!record->isEnabled());

        child<QSpinBox>(&dialog, "present")->setValue(8);
        child<QSpinBox>(&dialog, "inFavour")->setValue(8);
        QVERIFY(dialog.setEvidenceFile(m_minutes));
        QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems().join(QLatin1Char('|'))));
        QVERIFY(record->isEnabled());
        QVERIFY(problems->isHidden());
        const Act act = dialog.act();
        const auto *meeting = std::get_if<CollectiveDecision>(&act);
        QVERIFY(meeting);
        QCOMPARE(meeting->minutes.name, QStringLiteral("会议纪要.pdf"));
        QCOMPARE(
            meeting->minutes.sha256,
            QString::fromLatin1(
                QCryptographicHash::hash("%PDF-1.4 minutes", QCryptographicHash::Sha256).toHex()));

        // Another act than the awaited one is named out of order.
        dialog.setKind(RecordActDialog::Kind::Filing);
        QVERIFY(problems->text().contains(QStringLiteral("out of order")));
        QVERIFY(!record->isEnabled());
    }

    void aWrongPassphraseRecordsNothing()
    {
        LifecycleService service(m_desk);
        auto life = service.life(kWholeCase, 1, QDate::currentDate());
        QVERIFY(life);
        QCOMPARE(life->state.stage, Stage::Approval);
        const qint64 before = events();
        RecordActDialog dialog(service, kWholeCase, 1, *life, QDate::currentDate());
        QCOMPARE(dialog.kind(), RecordActDialog::Kind::Approval);
        child<QLineEdit>(&dialog, "approvalNumber")
            ->setText(QStringLiteral("穗数政批〔2026〕12号"));
        QVERIFY(child<QPushButton>(&dialog, "recordAct")->isEnabled());
        PassphraseDialog::setNextAnswer(QByteArrayLiteral("not it"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY2(
            child<QLabel>(&dialog, "actProblems")->text().contains(QStringLiteral("passphrase")),
            qPrintable(child<QLabel>(&dialog, "actProblems")->text()));
        QCOMPARE(events(), before);
        QCOMPARE(service.life(kWholeCase, 1, QDate::currentDate())->acts.size(), 0);
        // The form keeps what was typed; the right passphrase records it, signed.
        QCOMPARE(child<QLineEdit>(&dialog, "approvalNumber")->text(),
                 QStringLiteral("穗数政批〔2026〕12号"));
        PassphraseDialog::setNextAnswer(kPassphrase);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.life().state.stage, Stage::Agreement);
        QCOMPARE(events(), before + 1);
        QCOMPARE(
            makeAuditTrail(m_db)->events(QStringLiteral("%1 v1").arg(kWholeCase))->last().actor,
            demo::approverName());
    }

    void theDetailPaneShowsWhereItStands()
    {
        DetailPane pane(m_desk);
        pane.showApplication(kWholeCase, 1);
        const QString text = pane.plainText();
        QVERIFY2(text.contains(stageLabel(Stage::Agreement)), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("穗数政批〔2026〕12号")));
        QVERIFY(text.contains(demo::approverName()));
        QVERIFY(text.contains(DetailPane::tr("Record an act…")));
        // The due date of the agreement (30 days after the approval in the 2026.1 rules).
        QVERIFY2(text.contains(QDate::currentDate().addDays(30).toString(Qt::ISODate)),
                 qPrintable(text));

        // A case still in review has no life yet: no section, no link.
        const auto received = test::casesIn(m_db, CaseStatus::Received);
        QVERIFY(!received.isEmpty());
        pane.showApplication(received.first().first, received.first().second);
        QVERIFY(!pane.plainText().contains(DetailPane::tr("Record an act…")));
        QVERIFY(!pane.openRecordAct());
    }

private:
    qint64 events() const { return makeAuditTrail(m_db)->count().value(); }

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    std::shared_ptr<Desk> m_desk;
    QString m_minutes;
};

QTEST_MAIN(TestRecordAct)
#include "tst_recordact.moc"
