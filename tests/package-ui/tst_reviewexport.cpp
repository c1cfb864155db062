// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QCryptographicHash>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include "package/keystore.h"
#include "package/reviewexport.h"
#include "package/ziparchive.h"
#include "report/pdfsource.h"
#include "packageuitest.h"
#include "review/checklisttemplate.h"
#include "review/reviewrules.h"
#include "store/applicationstore.h"
#include "store/reviewstore.h"
#include "store/audittrail.h"
#include "store/repositories.h"
#include "review/reviewsave.h"

using namespace gd;
using namespace gd::package;

namespace {

QList<AuditEvent> eventsOf(const std::shared_ptr<Database> &db, const QString &id, int version,
                           const QString &action)
{
    QList<AuditEvent> found;
    const auto events = makeAuditTrail(db)->events(QStringLiteral("%1 v%2").arg(id).arg(version));
    if (events) {
        for (const AuditEvent &event : events.value()) {
            if (event.action == action)
                found << event;
        }
    }
    return found;
}

QString sha256(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

} // namespace

/**
 * exportReview() and countersignReviewFile(): the one path from a decided review to a
 * signed, then countersigned package, with the case's status and audit trail following.
 */
class TestReviewExport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void refusalReasons();
    void exportsDecidedCase();
    void reexportsSignedCase();
    void refusesAnotherSigner();
    void refusesUndecidedCase();
    void refusesIncompleteStoredReview();
    void cancelledExportLeavesNothing();
    void countersignRefusesTheReviewer();
    void countersignRefusesAnUnrecordedPackage();
    void countersignMovesToCountersigned();
    void countersignsFileAlone();

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    Signer m_reviewer;      // 张敏, SM2
    Signer m_reviewerAgain; // 张敏 with another key (Ed25519)
    Signer m_approver;      // 王立, Ed25519
    Signer m_stranger;      // 李四, SM2
    QList<QPair<QString, int>> m_decided;
    QString m_signedFile; // the package of m_decided[0]
};

void TestReviewExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto db = test::openDemoDatabase(m_dir.filePath(QStringLiteral("demo.sqlite")));
    QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
    m_db = db.value();
    auto reviewer = test::makeSigner(demo::reviewerName(), Algorithm::Sm2Sm3);
    auto reviewerAgain = test::makeSigner(demo::reviewerName(), Algorithm::Ed25519);
    auto approver = test::makeSigner(demo::approverName(), Algorithm::Ed25519);
    auto stranger = test::makeSigner(QStringLiteral("李四"), Algorithm::Sm2Sm3);
    QVERIFY(reviewer && reviewerAgain && approver && stranger);
    m_reviewer = reviewer.value();
    m_reviewerAgain = reviewerAgain.value();
    m_approver = approver.value();
    m_stranger = stranger.value();
    m_decided = test::casesIn(m_db, CaseStatus::Decided);
    QVERIFY2(m_decided.size() >= 3, qPrintable(QString::number(m_decided.size())));
}

void TestReviewExport::refusalReasons()
{
    const QString reviewer = demo::reviewerName();
    QCOMPARE(exportRefusal(CaseStatus::Decided, Decision::Approved, reviewer, reviewer), QString());
    QCOMPARE(exportRefusal(CaseStatus::Signed, Decision::Approved, reviewer, reviewer), QString());
    QVERIFY(!exportRefusal(CaseStatus::Decided, Decision::Returned, reviewer, reviewer).isEmpty());
    QVERIFY(!exportRefusal(CaseStatus::InReview, Decision::None, reviewer, reviewer).isEmpty());
    QVERIFY(!exportRefusal(CaseStatus::Countersigned, Decision::Approved, reviewer, reviewer)
                 .isEmpty());
    const QString other =
        exportRefusal(CaseStatus::Decided, Decision::Approved, reviewer, demo::approverName());
    QVERIFY(other.contains(reviewer));
    QVERIFY(other.contains(demo::approverName()));
    QVERIFY(!exportRefusal(CaseStatus::Decided, Decision::Approved, reviewer, {}).isEmpty());
}

void TestReviewExport::exportsDecidedCase()
{
    const auto [id, version] = m_decided.at(0);
    m_signedFile = m_dir.filePath(QStringLiteral("first.gdpkg"));
    int calls = 0;
    int lastTotal = 0;
    auto exported =
        exportReview(m_db, id, version, m_reviewer, m_signedFile, [&](int done, int total) {
            ++calls;
            lastTotal = total;
            return done <= total;
        });
    QVERIFY2(exported, qPrintable(exported ? QString() : exported.error().toString()));
    QVERIFY(calls > 0);
    QVERIFY(lastTotal > 0);

    const QByteArray bytes = test::readAll(m_signedFile);
    QCOMPARE(bytes, exported->data);
    QCOMPARE(exported->fileSha256, sha256(bytes));
    QCOMPARE(test::caseOf(m_db, id, version).first, CaseStatus::Signed);

    const QList<AuditEvent> signs = eventsOf(m_db, id, version, QStringLiteral("case.sign"));
    QCOMPARE(signs.size(), 1);
    const QJsonObject detail = signs.first().detail;
    QCOMPARE(signs.first().actor, demo::reviewerName());
    QCOMPARE(detail.value(QStringLiteral("manifestSha256")).toString(), exported->manifestSha256);
    QCOMPARE(detail.value(QStringLiteral("fileSha256")).toString(), sha256(bytes));
    QCOMPARE(detail.value(QStringLiteral("certSha256")).toString(),
             m_reviewer.certificate.sha256());
    QCOMPARE(detail.value(QStringLiteral("from")).toString(), QStringLiteral("decided"));
    QCOMPARE(detail.value(QStringLiteral("to")).toString(), QStringLiteral("signed"));

    // The package verifies, records the case and is signed by the reviewer only.
    const QTemporaryDir trustDir;
    const VerifyReport report = verifyPackage(m_signedFile, TrustStore(trustDir.path()));
    QVERIFY2(report.valid(), qPrintable(report.verdict()));
    QVERIFY(!report.approved());
    QCOMPARE(report.applicationId, id);
    QCOMPARE(report.applicationVersion, version);
    QCOMPARE(report.signatures.size(), 1);
    QCOMPARE(report.signatures.first().certSha256, m_reviewer.certificate.sha256());
    QVERIFY(makeAuditTrail(m_db)->verifyAll()->intact);

    // The PDF names what it was made from: the case, its decision and its officers.
    auto zip = ZipReader::openData(bytes, QStringLiteral("first.gdpkg"));
    QVERIFY(zip.ok());
    const auto pdf = zip.value()->read(QStringLiteral("review.pdf"));
    QVERIFY(pdf.ok());
    const auto source = report::readPdfSource(pdf.value());
    QVERIFY2(source.ok() && source.value(), qPrintable(source ? QString() : source.error().what));
    QCOMPARE(source.value()->applicationId, id);
    QCOMPARE(source.value()->version, version);
    QCOMPARE(source.value()->decision, report.decision);
    QCOMPARE(source.value()->reviewer, demo::reviewerName());
    QVERIFY(!source.value()->approver.isEmpty());
}

void TestReviewExport::reexportsSignedCase()
{
    const auto [id, version] = m_decided.at(0);
    const QString file = m_dir.filePath(QStringLiteral("again.gdpkg"));
    auto exported = exportReview(m_db, id, version, m_reviewer, file);
    QVERIFY2(exported, qPrintable(exported ? QString() : exported.error().toString()));
    QCOMPARE(test::caseOf(m_db, id, version).first, CaseStatus::Signed);
    QCOMPARE(eventsOf(m_db, id, version, QStringLiteral("case.sign")).size(), 1);
    const auto again = eventsOf(m_db, id, version, QStringLiteral("package.export"));
    QCOMPARE(again.size(), 1);
    QCOMPARE(again.first().detail.value(QStringLiteral("manifestSha256")).toString(),
             exported->manifestSha256);
    QVERIFY(QFileInfo::exists(file));
}

void TestReviewExport::refusesAnotherSigner()
{
    const auto [id, version] = m_decided.at(1);
    const QString file = m_dir.filePath(QStringLiteral("stranger.gdpkg"));
    for (const Signer &signer : {m_stranger, m_approver}) {
        auto exported = exportReview(m_db, id, version, signer, file);
        QVERIFY(!exported);
        QVERIFY2(exported.error().what.contains(demo::reviewerName()),
                 qPrintable(exported.error().toString()));
        QVERIFY(exported.error().what.contains(signer.certificate.commonName()));
    }
    QVERIFY(!QFileInfo::exists(file));
    QCOMPARE(test::caseOf(m_db, id, version).first, CaseStatus::Decided);
    QVERIFY(eventsOf(m_db, id, version, QStringLiteral("case.sign")).isEmpty());
}

void TestReviewExport::refusesUndecidedCase()
{
    for (CaseStatus status : {CaseStatus::InReview, CaseStatus::AwaitingApproval}) {
        const auto cases = test::casesIn(m_db, status);
        QVERIFY(!cases.isEmpty());
        const auto [id, version] = cases.first();
        const QString file = m_dir.filePath(QStringLiteral("undecided.gdpkg"));
        auto exported = exportReview(m_db, id, version, m_reviewer, file);
        QVERIFY(!exported);
        QVERIFY(!QFileInfo::exists(file));
        QCOMPARE(test::caseOf(m_db, id, version).first, status);
    }
}

/**
 * Issue 12, "Incomplete reviews pass": a decided review edited in the store to leave the
 * security review unconfirmed and the main mode unchosen is refused by the export
 * service itself, naming both, and nothing is written or signed.
 */
void TestReviewExport::refusesIncompleteStoredReview()
{
    QVERIFY2(m_decided.size() >= 4, qPrintable(QString::number(m_decided.size())));
    const auto [id, version] = m_decided.at(3);
    const auto reviews = makeReviewStore(m_db);
    auto found = reviews->find(id, version);
    QVERIFY(found && found->has_value());
    ReviewState state = **found;
    QVERIFY(reviewrules::missingItems(state, ChecklistTemplate::builtin(),
                                      makeApplicationStore(m_db)->load(id, version).value())
                .isEmpty());
    QList<ReviewChange> changes;
    for (const QString &key :
         {QStringLiteral("security.confirmed"), QStringLiteral("modes.chosen")}) {
        changes.append({ReviewChange::Kind::Note, key, state.notes.value(key), QString()});
        state.notes.insert(key, QString());
    }
    const Status saved = review::saveChanges(m_db, state, changes, demo::reviewerName());
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().toString()));

    const QString file = m_dir.filePath(QStringLiteral("incomplete.gdpkg"));
    auto exported = exportReview(m_db, id, version, m_reviewer, file);
    QVERIFY(!exported);
    const QString what = exported.error().what;
    QVERIFY2(what.contains(QStringLiteral("security review is not confirmed")), qPrintable(what));
    QVERIFY2(what.contains(QStringLiteral("No main mode is chosen")), qPrintable(what));
    QVERIFY(!QFileInfo::exists(file));
    QCOMPARE(test::caseOf(m_db, id, version).first, CaseStatus::Decided);
    QVERIFY(eventsOf(m_db, id, version, QStringLiteral("case.sign")).isEmpty());
}

void TestReviewExport::cancelledExportLeavesNothing()
{
    const auto [id, version] = m_decided.at(2);
    const QString file = m_dir.filePath(QStringLiteral("cancelled.gdpkg"));
    auto exported = exportReview(m_db, id, version, m_reviewer, file,
                                 [](int done, int total) { return done < total / 2; });
    QVERIFY(!exported);
    QVERIFY(!QFileInfo::exists(file));
    QCOMPARE(test::caseOf(m_db, id, version).first, CaseStatus::Decided);
}

void TestReviewExport::countersignRefusesTheReviewer()
{
    const auto [id, version] = m_decided.at(0);
    const QByteArray before = test::readAll(m_signedFile);
    const QTemporaryDir trustDir;
    // The reviewer's own certificate, and another certificate naming the reviewer.
    for (const Signer &signer : {m_reviewer, m_reviewerAgain}) {
        for (const auto &db : {m_db, std::shared_ptr<Database>()}) {
            auto countersigned =
                countersignReviewFile(m_signedFile, signer, TrustStore(trustDir.path()), db);
            QVERIFY(!countersigned);
            QVERIFY2(countersigned.error().what.contains(demo::reviewerName()) ||
                         countersigned.error().what.contains(QStringLiteral("reviewer")),
                     qPrintable(countersigned.error().toString()));
        }
    }
    QCOMPARE(test::readAll(m_signedFile), before);
    QCOMPARE(test::caseOf(m_db, id, version).first, CaseStatus::Signed);
    QVERIFY(eventsOf(m_db, id, version, QStringLiteral("case.countersign")).isEmpty());
}

void TestReviewExport::countersignRefusesAnUnrecordedPackage()
{
    // A package for the same case made outside exportReview(): its manifest is not in the
    // audit trail, so the database does not count it as the case's signed package.
    const auto [id, version] = m_decided.at(0);
    PackageContent content;
    content.applicationId = id;
    content.applicationVersion = version;
    content.decision = QStringLiteral("approved");
    content.reviewJson = "{}";
    content.reviewPdf = "%PDF-1.4 not really";
    const QString file = m_dir.filePath(QStringLiteral("outside.gdpkg"));
    auto made = exportPackage(file, content, m_reviewer);
    QVERIFY2(made, qPrintable(made ? QString() : made.error().toString()));
    const QTemporaryDir trustDir;
    auto countersigned = countersignReviewFile(file, m_approver, TrustStore(trustDir.path()), m_db);
    QVERIFY(!countersigned);
    QVERIFY2(countersigned.error().what.contains(QStringLiteral("audit")),
             qPrintable(countersigned.error().toString()));
    QCOMPARE(test::readAll(file), made->data);
    QCOMPARE(test::caseOf(m_db, id, version).first, CaseStatus::Signed);
}

void TestReviewExport::countersignMovesToCountersigned()
{
    const auto [id, version] = m_decided.at(0);
    const QTemporaryDir trustDir;
    const TrustStore trust(trustDir.path());
    auto countersigned = countersignReviewFile(m_signedFile, m_approver, trust, m_db);
    QVERIFY2(countersigned,
             qPrintable(countersigned ? QString() : countersigned.error().toString()));
    QCOMPARE(test::caseOf(m_db, id, version).first, CaseStatus::Countersigned);
    const auto events = eventsOf(m_db, id, version, QStringLiteral("case.countersign"));
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().actor, demo::approverName());
    QCOMPARE(events.first().detail.value(QStringLiteral("certSha256")).toString(),
             m_approver.certificate.sha256());
    QCOMPARE(events.first().detail.value(QStringLiteral("fileSha256")).toString(),
             sha256(test::readAll(m_signedFile)));

    QVERIFY(trust.add(m_reviewer.certificate));
    QVERIFY(trust.add(m_approver.certificate));
    const VerifyReport report = verifyPackage(m_signedFile, trust);
    QVERIFY2(report.valid() && report.approved() && report.trusted(), qPrintable(report.verdict()));

    // Countersigned once: a second countersignature is refused, status unchanged.
    auto again = countersignReviewFile(m_signedFile, m_stranger, trust, m_db);
    QVERIFY(!again);
    QCOMPARE(test::caseOf(m_db, id, version).first, CaseStatus::Countersigned);
    QVERIFY(makeAuditTrail(m_db)->verifyAll()->intact);
}

void TestReviewExport::countersignsFileAlone()
{
    const auto [id, version] = m_decided.at(1);
    const QString file = m_dir.filePath(QStringLiteral("alone.gdpkg"));
    auto exported = exportReview(m_db, id, version, m_reviewer, file);
    QVERIFY2(exported, qPrintable(exported ? QString() : exported.error().toString()));
    const QTemporaryDir trustDir;
    auto countersigned =
        countersignReviewFile(file, m_approver, TrustStore(trustDir.path()), nullptr);
    QVERIFY2(countersigned,
             qPrintable(countersigned ? QString() : countersigned.error().toString()));
    // Without a database only the file changes.
    QCOMPARE(test::caseOf(m_db, id, version).first, CaseStatus::Signed);
    QVERIFY(verifyPackage(file, TrustStore(trustDir.path())).approved());
    QCOMPARE(countersigned->manifestSha256, exported->manifestSha256);
}

QTEST_MAIN(TestReviewExport)
#include "tst_reviewexport.moc"
