// SPDX-License-Identifier: GPL-3.0-or-later
#include <QLocale>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QFileInfo>
#include <QTimeZone>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

#include "core/hashing.h"
#include "package/keystore.h"
#include "packagetest.h"
#include "rawzip.h"
#include "common/tools.h"

using namespace packagetest;

Q_DECLARE_METATYPE(gd::package::Algorithm)

/** Review packages: signing, countersigning, verifying, and every way they are attacked. */
class TestPackage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void manifestAndSignedAttributes();
    void sameContentSameManifest();
    void countersignApproves();
    void countersignRefusals();
    void certificateEditedSoThatItStillParses();
    void swappedSignerIsValidButNotTrusted();
    void trustFromStoreAndFromTrustOption();
    void caIssuedCertificate();
    void expiredAndNotYetValidCertificate();
    void signingRefusesAnInvalidCertificateOrForeignKey();
    void verifyTxtCommandsSucceedAndCatchTampering_data();
    void verifyTxtCommandsSucceedAndCatchTampering();
    void jsonShape();
    void progressAndCancel();
    void filesAreWrittenAtomically();
    void goldenPackageStillVerifies();
    void reviewRecordV1StillVerifies();
    void bench();

private:
    TrustStore emptyTrust() const { return m_fixture.emptyTrust(); }
    Fixture m_fixture;
    Signer m_ed;
    // Shorthands for the fixture's parts.
    const Signer &m_sm2 = m_fixture.sm2;
    const Signer &m_approver = m_fixture.approver;
    const QByteArray &m_signed = m_fixture.signedPackage;
    const QByteArray &m_countersigned = m_fixture.countersigned;
};

void TestPackage::initTestCase()
{
    const QString failed = m_fixture.init();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    m_ed = makeSigner(Algorithm::Ed25519, QStringLiteral("张敏"));
}

void TestPackage::roundTrip_data()
{
    QTest::addColumn<int>("algorithm");
    QTest::newRow("sm2-sm3") << int(Algorithm::Sm2Sm3);
    QTest::newRow("ed25519") << int(Algorithm::Ed25519);
}

void TestPackage::roundTrip()
{
    QFETCH(int, algorithm);
    const Signer &signer = algorithm == int(Algorithm::Sm2Sm3) ? m_sm2 : m_ed;
    auto built = buildPackage(sampleContent(), signer);
    QVERIFY(built.ok());
    const VerifyReport report =
        verifyPackageData(built->data, QStringLiteral("p.gdpkg"), emptyTrust());
    QVERIFY2(report.valid(), qPrintable(report.errors().join(QLatin1Char('\n'))));
    QCOMPARE(report.exitCode(), 0);
    QVERIFY(!report.approved());
    QVERIFY(!report.trusted());
    QCOMPARE(report.verdict(), QStringLiteral("valid, signer not trusted"));
    QCOMPARE(report.applicationId, QStringLiteral("GZ-2026-0001"));
    QCOMPARE(report.applicationVersion, 2);
    QCOMPARE(report.decision, QStringLiteral("approved"));
    QStringList paths;
    for (const MemberCheck &m : report.members) {
        QCOMPARE(m.status, MemberCheck::Status::Ok);
        paths << m.path;
    }
    QCOMPARE(paths, (QStringList{QStringLiteral("VERIFY.txt"),
                                 QStringLiteral("attachments/data-catalog.json"),
                                 QStringLiteral("attachments/申请书.pdf"),
                                 QStringLiteral("review.json"), QStringLiteral("review.pdf")}));
    QCOMPARE(report.signatures.size(), 1);
    const SignatureCheck &s = report.signatures.first();
    QVERIFY(s.valid);
    QCOMPARE(s.role, Role::Reviewer);
    QCOMPARE(s.certSha256, signer.certificate.sha256());
    QCOMPARE(s.signer, signer.certificate.subject());
    QCOMPARE(s.algorithm, algorithmCode(Algorithm(algorithm)));
    QVERIFY(s.signedAt.endsWith(QLatin1Char('Z')));
    QVERIFY2(s.trustReason.startsWith(QLatin1String("signer not in the trust store")),
             qPrintable(s.trustReason));
    // Requirements not met: exit 1.
    VerifyOptions options;
    options.requireTrusted = true;
    QCOMPARE(verifyPackageData(built->data, QStringLiteral("p"), emptyTrust(), options).exitCode(),
             1);
    options = {};
    options.requireApproved = true;
    QCOMPARE(verifyPackageData(built->data, QStringLiteral("p"), emptyTrust(), options).exitCode(),
             1);
    // The members are the content, byte for byte.
    const PackageContent content = sampleContent();
    QCOMPARE(memberOf(built->data, QStringLiteral("review.pdf")), content.reviewPdf);
    QCOMPARE(memberOf(built->data, QStringLiteral("attachments/申请书.pdf")),
             content.attachments.first().data);
    QCOMPARE(built->manifestSha256,
             hashing::sha256Hex(memberOf(built->data, QStringLiteral("manifest.json"))));
}

void TestPackage::manifestAndSignedAttributes()
{
    const QByteArray manifestBytes = memberOf(m_signed, QStringLiteral("manifest.json"));
    const QJsonObject manifest = QJsonDocument::fromJson(manifestBytes).object();
    QCOMPARE(canonicaljson::serialize(manifest), manifestBytes); // canonical as written
    QCOMPARE(manifest.value(QLatin1String("format")).toString(),
             QStringLiteral("grantdesk.package/1"));
    QCOMPARE(
        manifest.value(QLatin1String("app")).toObject().value(QLatin1String("name")).toString(),
        QStringLiteral("GrantDesk"));
    QVERIFY(manifest.value(QLatin1String("created")).toString().endsWith(QLatin1Char('Z')));
    QCOMPARE(manifest.value(QLatin1String("application"))
                 .toObject()
                 .value(QLatin1String("id"))
                 .toString(),
             QStringLiteral("GZ-2026-0001"));
    QCOMPARE(manifest.value(QLatin1String("rules"))
                 .toObject()
                 .value(QLatin1String("checklist"))
                 .toString(),
             QStringLiteral("2026.1"));
    const QJsonArray members = manifest.value(QLatin1String("members")).toArray();
    QStringList paths;
    for (const QJsonValue &v : members) {
        const QJsonObject m = v.toObject();
        const QString path = m.value(QLatin1String("path")).toString();
        paths << path;
        const QByteArray data = memberOf(m_signed, path);
        QCOMPARE(m.value(QLatin1String("size")).toInteger(), data.size());
        QCOMPARE(m.value(QLatin1String("sha256")).toString(), hashing::sha256Hex(data));
        QCOMPARE(m.value(QLatin1String("sm3")).toString(), hashing::sm3Hex(data));
    }
    QStringList sorted = paths;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(paths, sorted);
    QVERIFY(paths.contains(QStringLiteral("VERIFY.txt")));
    QVERIFY(!paths.contains(QStringLiteral("manifest.json")));

    const QByteArray attributesBytes =
        memberOf(m_signed, QStringLiteral("signatures/reviewer.json"));
    const QJsonObject attributes = QJsonDocument::fromJson(attributesBytes).object();
    QCOMPARE(canonicaljson::serialize(attributes), attributesBytes);
    QCOMPARE(attributes.value(QLatin1String("format")).toString(),
             QStringLiteral("grantdesk.signature/1"));
    QCOMPARE(attributes.value(QLatin1String("role")).toString(), QStringLiteral("reviewer"));
    QCOMPARE(attributes.value(QLatin1String("algorithm")).toString(), QStringLiteral("sm2-sm3"));
    QCOMPARE(attributes.value(QLatin1String("manifestSha256")).toString(),
             hashing::sha256Hex(manifestBytes));
    QCOMPARE(attributes.value(QLatin1String("manifestSm3")).toString(),
             hashing::sm3Hex(manifestBytes));
    const QString signedAt = attributes.value(QLatin1String("signedAt")).toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"))
                 .match(signedAt)
                 .hasMatch(),
             qPrintable(signedAt));
    const QJsonObject signer = attributes.value(QLatin1String("signer")).toObject();
    QCOMPARE(signer.value(QLatin1String("certSha256")).toString(), m_sm2.certificate.sha256());
    QCOMPARE(signer.value(QLatin1String("subject")).toString(), m_sm2.certificate.subject());
    QVERIFY(verifySignature(m_sm2.certificate, attributesBytes,
                            memberOf(m_signed, QStringLiteral("signatures/reviewer.sig")))
                .ok());
    QCOMPARE(memberOf(m_signed, QStringLiteral("signatures/reviewer.crt")),
             m_sm2.certificate.pem());
    // The approver signed the very same manifest.
    QCOMPARE(memberOf(m_countersigned, QStringLiteral("manifest.json")), manifestBytes);
    const QJsonObject approver =
        QJsonDocument::fromJson(
            memberOf(m_countersigned, QStringLiteral("signatures/approver.json")))
            .object();
    QCOMPARE(approver.value(QLatin1String("role")).toString(), QStringLiteral("approver"));
    QCOMPARE(approver.value(QLatin1String("algorithm")).toString(), QStringLiteral("ed25519"));
    QCOMPARE(approver.value(QLatin1String("manifestSha256")).toString(),
             hashing::sha256Hex(manifestBytes));
    QCOMPARE(memberOf(m_countersigned, QStringLiteral("signatures/approver.sig")).size(), 64);
}

void TestPackage::sameContentSameManifest()
{
    const PackageContent content = sampleContent();
    const QDateTime at = QDateTime::currentDateTimeUtc();
    auto a = buildPackage(content, m_ed, at);
    auto b = buildPackage(content, m_ed, at);
    QVERIFY(a.ok() && b.ok());
    QCOMPARE(a->manifestSha256, b->manifestSha256);
    // Ed25519 signatures are deterministic, so the whole file is too.
    QCOMPARE(a->data, b->data);
}

void TestPackage::countersignApproves()
{
    VerifyOptions options;
    options.requireApproved = true;
    const VerifyReport report =
        verifyPackageData(m_countersigned, QStringLiteral("p.gdpkg"), emptyTrust(), options);
    QVERIFY2(report.approved(), qPrintable(report.errors().join(QLatin1Char('\n'))));
    QCOMPARE(report.exitCode(), 0);
    QCOMPARE(report.signatures.size(), 2);
    QCOMPARE(report.signatures.at(1).role, Role::Approver);
    QCOMPARE(report.signatures.at(1).signer, m_approver.certificate.subject());
    QCOMPARE(report.verdict(), QStringLiteral("valid and approved, signer not trusted"));
    VerifyOptions trustBoth;
    trustBoth.extraTrust = {m_sm2.certificate, m_approver.certificate};
    trustBoth.requireTrusted = true;
    trustBoth.requireApproved = true;
    const VerifyReport trusted =
        verifyPackageData(m_countersigned, QStringLiteral("p"), emptyTrust(), trustBoth);
    QCOMPARE(trusted.exitCode(), 0);
    QCOMPARE(trusted.verdict(), QStringLiteral("valid and approved"));
}

void TestPackage::countersignRefusals()
{
    // The reviewer's own certificate.
    auto own = countersignPackage(m_signed, QStringLiteral("p.gdpkg"), m_sm2, emptyTrust());
    QVERIFY(!own.ok());
    QVERIFY2(own.error().what.contains(QLatin1String("certificate is the reviewer's")),
             qPrintable(own.error().toString()));
    // The reviewer's key under a new certificate (another name, even).
    Signer sameKey{m_sm2.key, issueSelfCertificate(m_sm2.key, {QStringLiteral("王立"), {}, {}},
                                                   QDateTime::currentDateTimeUtc().addDays(-1),
                                                   QDateTime::currentDateTimeUtc().addDays(30))
                                  .value()};
    auto key = countersignPackage(m_signed, QStringLiteral("p.gdpkg"), sameKey, emptyTrust());
    QVERIFY(!key.ok());
    QVERIFY2(key.error().what.contains(QLatin1String("key is the reviewer's")),
             qPrintable(key.error().toString()));
    // Twice.
    auto twice =
        countersignPackage(m_countersigned, QStringLiteral("p.gdpkg"),
                           makeSigner(Algorithm::Sm2Sm3, QStringLiteral("李华")), emptyTrust());
    QVERIFY(!twice.ok());
    QVERIFY2(twice.error().what.contains(QLatin1String("already countersigned")),
             qPrintable(twice.error().toString()));
    // A package that does not verify.
    const QByteArray tampered = rewrite(m_signed, [](QList<ZipMember> &members) {
        for (ZipMember &m : members)
            if (m.path == QLatin1String("review.pdf"))
                m.data[100] = char(m.data[100] ^ 0x20);
    });
    auto bad = countersignPackage(tampered, QStringLiteral("p.gdpkg"), m_approver, emptyTrust());
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().what.contains(QLatin1String("does not verify")) &&
                 bad.error().what.contains(QLatin1String("review.pdf: modified")),
             qPrintable(bad.error().toString()));
    auto notZip = countersignPackage(QByteArrayLiteral("hello"), QStringLiteral("p.gdpkg"),
                                     m_approver, emptyTrust());
    QVERIFY(!notZip.ok());
    QCOMPARE(notZip.error().toString(), QStringLiteral("p.gdpkg: p.gdpkg: not a ZIP archive"));
}

void TestPackage::certificateEditedSoThatItStillParses()
{
    QByteArray der = m_sm2.certificate.der();
    der[der.size() - 3] = char(der[der.size() - 3] ^ 0x01); // inside the signature value
    auto edited = Certificate::fromData(pemOf(der));
    QVERIFY2(edited.ok(), "the edited certificate must still parse");
    QVERIFY(edited->sha256() != m_sm2.certificate.sha256());
    const QByteArray zip =
        replaceMember(m_signed, QStringLiteral("signatures/reviewer.crt"), pemOf(der));
    const VerifyReport report = verifyPackageData(zip, QStringLiteral("p"), emptyTrust());
    QCOMPARE(report.exitCode(), 1);
    QVERIFY(!report.signatures.at(0).valid);
    QVERIFY2(report.signatures.at(0).reason.contains(QLatin1String("not the one signed for")),
             qPrintable(report.signatures.at(0).reason));
    // Even with certSha256 re-signed to match, the certificate's own signature is broken.
    const QByteArray again = resign(m_signed, m_sm2, [&](QJsonObject &a) {
        QJsonObject signer = a.value(QLatin1String("signer")).toObject();
        signer.insert(QStringLiteral("certSha256"), edited->sha256());
        a.insert(QStringLiteral("signer"), signer);
    });
    const QByteArray both =
        replaceMember(again, QStringLiteral("signatures/reviewer.crt"), pemOf(der));
    const VerifyReport second = verifyPackageData(both, QStringLiteral("p"), emptyTrust());
    QCOMPARE(second.exitCode(), 1);
    QVERIFY2(
        second.signatures.at(0).reason.contains(QLatin1String("own signature does not verify")),
        qPrintable(second.signatures.at(0).reason));
}

void TestPackage::swappedSignerIsValidButNotTrusted()
{
    // Someone re-signs the package with their own key: consistent, but not the trusted signer.
    const Signer intruder = makeSigner(Algorithm::Sm2Sm3, QStringLiteral("张敏"));
    const QByteArray zip = resign(m_signed, intruder, [&](QJsonObject &a) {
        a.insert(QStringLiteral("signer"),
                 QJsonObject{{QStringLiteral("subject"), intruder.certificate.subject()},
                             {QStringLiteral("certSha256"), intruder.certificate.sha256()}});
    });
    VerifyOptions options;
    options.extraTrust = {m_sm2.certificate};
    const VerifyReport report = verifyPackageData(zip, QStringLiteral("p"), emptyTrust(), options);
    QCOMPARE(report.exitCode(), 0);
    QVERIFY(!report.signatures.at(0).trusted);
    options.requireTrusted = true;
    QCOMPARE(verifyPackageData(zip, QStringLiteral("p"), emptyTrust(), options).exitCode(), 1);
    QCOMPARE(verifyPackageData(m_signed, QStringLiteral("p"), emptyTrust(), options).exitCode(), 0);
}

void TestPackage::trustFromStoreAndFromTrustOption()
{
    VerifyOptions options;
    options.requireTrusted = true;
    const VerifyReport untrusted =
        verifyPackageData(m_signed, QStringLiteral("p"), emptyTrust(), options);
    QCOMPARE(untrusted.exitCode(), 1);
    QVERIFY(
        untrusted.errors().join(QLatin1Char('\n')).contains(QLatin1String("signer not trusted")));
    QCOMPARE(untrusted.toJson().value(QLatin1String("valid")).toBool(), true);

    options.extraTrust = {m_sm2.certificate};
    const VerifyReport viaOption =
        verifyPackageData(m_signed, QStringLiteral("p"), emptyTrust(), options);
    QCOMPARE(viaOption.exitCode(), 0);
    QVERIFY(viaOption.signatures.at(0).trusted);
    QVERIFY(!QDir(m_fixture.dir.filePath(QStringLiteral("trust-empty"))).exists()); // not written to

    TrustStore store(m_fixture.dir.filePath(QStringLiteral("trust-store")));
    QVERIFY(store.add(m_sm2.certificate).ok());
    options.extraTrust.clear();
    const VerifyReport viaStore = verifyPackageData(m_signed, QStringLiteral("p"), store, options);
    QCOMPARE(viaStore.exitCode(), 0);
    QCOMPARE(viaStore.verdict(), QStringLiteral("valid, not countersigned"));
    // The approver is not in the store: a countersigned package is then not trusted.
    options.requireApproved = true;
    const VerifyReport half =
        verifyPackageData(m_countersigned, QStringLiteral("p"), store, options);
    QCOMPARE(half.exitCode(), 1);
    QVERIFY(half.approved());
}

void TestPackage::caIssuedCertificate()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto caKey = generateKey(Algorithm::Sm2Sm3).value();
    auto ca = issueCertificate(caKey,
                               {QStringLiteral("审核台测试根证书"), QStringLiteral("测试单位"), {}},
                               caKey, Certificate(), now.addDays(-10), now.addDays(3650), true);
    QVERIFY2(ca.ok(), qPrintable(ca.ok() ? QString() : ca.error().toString()));
    auto key = generateKey(Algorithm::Sm2Sm3).value();
    auto cert = issueCertificate(key, {QStringLiteral("张敏"), QStringLiteral("测试单位"), {}},
                                 caKey, ca.value(), now.addDays(-1), now.addDays(365), false);
    QVERIFY(cert.ok());
    auto built = buildPackage(sampleContent(), Signer{key, cert.value()});
    QVERIFY(built.ok());
    const VerifyReport unknownIssuer =
        verifyPackageData(built->data, QStringLiteral("p"), emptyTrust());
    QCOMPARE(unknownIssuer.exitCode(), 1);
    QVERIFY2(
        unknownIssuer.signatures.at(0).reason.contains(QLatin1String("not in the trust store")),
        qPrintable(unknownIssuer.signatures.at(0).reason));
    VerifyOptions options;
    options.extraTrust = {ca.value()};
    options.requireTrusted = true;
    const VerifyReport known =
        verifyPackageData(built->data, QStringLiteral("p"), emptyTrust(), options);
    QVERIFY2(known.exitCode() == 0, qPrintable(known.errors().join(QLatin1Char('\n'))));
    QVERIFY(known.signatures.at(0).trusted);
}

void TestPackage::expiredAndNotYetValidCertificate()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Signer expired =
        makeSigner(Algorithm::Sm2Sm3, QStringLiteral("张敏"), now.addYears(-2), now.addYears(-1));
    // Signed while it was valid: still valid today (a signature outlives its certificate).
    auto then = buildPackage(sampleContent(), expired, now.addMonths(-18));
    QVERIFY(then.ok());
    QCOMPARE(verifyPackageData(then->data, QStringLiteral("p"), emptyTrust()).exitCode(), 0);
    // Claiming a signing time after it expired.
    const QByteArray late = resign(then->data, expired, [&](QJsonObject &a) {
        a.insert(QStringLiteral("signedAt"), now.toString(Qt::ISODate));
    });
    const VerifyReport lateReport = verifyPackageData(late, QStringLiteral("p"), emptyTrust());
    QCOMPARE(lateReport.exitCode(), 1);
    QVERIFY2(
        lateReport.signatures.at(0).reason.contains(QLatin1String("after the certificate expired")),
        qPrintable(lateReport.signatures.at(0).reason));

    const Signer future =
        makeSigner(Algorithm::Ed25519, QStringLiteral("张敏"), now.addYears(1), now.addYears(2));
    auto inFuture = buildPackage(sampleContent(), future, now.addMonths(18));
    QVERIFY(inFuture.ok());
    const QByteArray early = resign(inFuture->data, future, [&](QJsonObject &a) {
        a.insert(QStringLiteral("signedAt"), now.toString(Qt::ISODate));
    });
    const VerifyReport earlyReport = verifyPackageData(early, QStringLiteral("p"), emptyTrust());
    QCOMPARE(earlyReport.exitCode(), 1);
    QVERIFY2(earlyReport.signatures.at(0).reason.contains(
                 QLatin1String("before the certificate was valid")),
             qPrintable(earlyReport.signatures.at(0).reason));
}

void TestPackage::signingRefusesAnInvalidCertificateOrForeignKey()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Signer expired =
        makeSigner(Algorithm::Sm2Sm3, QStringLiteral("张敏"), now.addYears(-2), now.addYears(-1));
    auto refused = buildPackage(sampleContent(), expired);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().what.contains(QLatin1String("is not valid at")),
             qPrintable(refused.error().toString()));
    auto foreign = buildPackage(sampleContent(), Signer{m_ed.key, m_sm2.certificate});
    QVERIFY(!foreign.ok());
    QVERIFY2(foreign.error().what.contains(QLatin1String("does not belong")),
             qPrintable(foreign.error().toString()));
    PackageContent bad = sampleContent();
    bad.attachments.append({QStringLiteral("attachments/../../x"), QByteArrayLiteral("x")});
    QVERIFY(!buildPackage(bad, m_sm2).ok());
}

void TestPackage::verifyTxtCommandsSucceedAndCatchTampering_data()
{
    GD_REQUIRE_TOOL("unzip");
    GD_REQUIRE_TOOL("openssl");
    QTest::addColumn<QByteArray>("zip");
    QTest::newRow("sm2-sm3") << m_signed;
    QTest::newRow("ed25519") << buildPackage(sampleContent(), m_ed).value().data;
    QTest::newRow("sm2 reviewer, ed25519 approver") << m_countersigned;
    const Signer sm2Approver = makeSigner(Algorithm::Sm2Sm3, QStringLiteral("王立"));
    auto mixed = countersignPackage(buildPackage(sampleContent(), m_ed).value().data,
                                    QStringLiteral("p"), sm2Approver, emptyTrust());
    QVERIFY2(mixed.ok(), qPrintable(mixed.ok() ? QString() : mixed.error().toString()));
    QTest::newRow("ed25519 reviewer, sm2 approver") << mixed->data;
}

void TestPackage::verifyTxtCommandsSucceedAndCatchTampering()
{
    QFETCH(QByteArray, zip);
    const bool countersigned = !memberOf(zip, QStringLiteral("signatures/approver.json")).isEmpty();
    {
        QTemporaryDir dir;
        const ShellRun run = runVerifyCommands(zip, dir.path());
        QVERIFY2(run.code == 0, qPrintable(run.commands.join(QLatin1Char('\n')) +
                                           QStringLiteral("\n---\n") + run.output));
        QCOMPARE(run.commands.size(), countersigned ? 16 : 9);
        QVERIFY(run.output.contains(QLatin1String("review.pdf: OK")));
        QVERIFY(run.output.contains(QLatin1String("VERIFY.txt: OK")));
        QVERIFY(run.output.contains(QLatin1String("Verified OK")) ||
                run.output.contains(QLatin1String("Signature Verified Successfully")));
    }
    // Tampering, each caught by some command: a member, the manifest, a signed attribute, the
    // signature, the certificate, an extra file.
    const QList<std::pair<QString, std::function<void(QList<ZipMember> &)>>> attacks{
        {QStringLiteral("review.pdf"),
         [](QList<ZipMember> &ms) {
             for (ZipMember &m : ms)
                 if (m.path == QLatin1String("review.pdf"))
                     m.data[50] = char(m.data[50] ^ 1);
         }},
        {QStringLiteral("manifest.json"),
         [](QList<ZipMember> &ms) {
             for (ZipMember &m : ms)
                 if (m.path == QLatin1String("manifest.json"))
                     m.data.replace("\"decision\":\"approved\"", "\"decision\":\"rejected\"");
         }},
        {QStringLiteral("signedAt"),
         [](QList<ZipMember> &ms) {
             for (ZipMember &m : ms)
                 if (m.path == QLatin1String("signatures/reviewer.json"))
                     m.data.replace("\"signedAt\":\"2", "\"signedAt\":\"1");
         }},
        {QStringLiteral("signature"),
         [](QList<ZipMember> &ms) {
             for (ZipMember &m : ms)
                 if (m.path == QLatin1String("signatures/reviewer.sig"))
                     m.data[m.data.size() - 2] = char(m.data[m.data.size() - 2] ^ 1);
         }},
        {QStringLiteral("certificate"),
         [](QList<ZipMember> &ms) {
             const Signer other = makeSigner(Algorithm::Sm2Sm3, QStringLiteral("张敏"));
             for (ZipMember &m : ms)
                 if (m.path == QLatin1String("signatures/reviewer.crt"))
                     m.data = other.certificate.pem();
         }},
        {QStringLiteral("extra file"),
         [](QList<ZipMember> &ms) {
             ms.append({QStringLiteral("attachments/extra.txt"), QByteArrayLiteral("x")});
         }},
    };
    for (const auto &[name, attack] : attacks) {
        QTemporaryDir dir;
        const ShellRun run = runVerifyCommands(rewrite(zip, attack), dir.path());
        QVERIFY2(run.code != 0,
                 qPrintable(name + QStringLiteral(": the commands did not notice\n") + run.output));
    }
    if (countersigned) {
        QTemporaryDir dir;
        const ShellRun run = runVerifyCommands(
            rewrite(zip,
                    [](QList<ZipMember> &ms) {
                        for (ZipMember &m : ms)
                            if (m.path == QLatin1String("signatures/approver.sig"))
                                m.data[10] = char(m.data[10] ^ 1);
                    }),
            dir.path());
        QVERIFY2(run.code != 0, "approver's signature");
    }
}

void TestPackage::jsonShape()
{
    const QByteArray tampered = rewrite(m_countersigned, [](QList<ZipMember> &members) {
        for (ZipMember &m : members)
            if (m.path == QLatin1String("review.json"))
                m.data.append(' ');
    });
    const QJsonObject json =
        verifyPackageData(tampered, QStringLiteral("p.gdpkg"), emptyTrust()).toJson();
    QCOMPARE(json.value(QLatin1String("valid")).type(), QJsonValue::Bool);
    QCOMPARE(json.value(QLatin1String("valid")).toBool(), false);
    QCOMPARE(json.value(QLatin1String("approved")).toBool(true), false);
    const QJsonArray members = json.value(QLatin1String("members")).toArray();
    QCOMPARE(members.size(), 5);
    for (const QJsonValue &v : members) {
        const QJsonObject m = v.toObject();
        QVERIFY(m.value(QLatin1String("path")).isString());
        QCOMPARE(m.value(QLatin1String("status")).toString(),
                 m.value(QLatin1String("path")).toString() == QLatin1String("review.json")
                     ? QStringLiteral("modified")
                     : QStringLiteral("ok"));
    }
    const QJsonArray signatures = json.value(QLatin1String("signatures")).toArray();
    QCOMPARE(signatures.size(), 2);
    for (const QJsonValue &v : signatures) {
        const QJsonObject s = v.toObject();
        for (const char *key : {"role", "signer", "certSha256", "signedAt", "reason"})
            QVERIFY2(s.value(QLatin1String(key)).isString(), key);
        for (const char *key : {"valid", "trusted"})
            QVERIFY2(s.value(QLatin1String(key)).isBool(), key);
        QVERIFY(s.value(QLatin1String("valid")).toBool());
    }
    QCOMPARE(signatures.at(0).toObject().value(QLatin1String("role")).toString(),
             QStringLiteral("reviewer"));
    QCOMPARE(signatures.at(0).toObject().value(QLatin1String("certSha256")).toString(),
             m_sm2.certificate.sha256());
    QCOMPARE(signatures.at(1).toObject().value(QLatin1String("signer")).toString(),
             m_approver.certificate.subject());
    const QJsonArray errors = json.value(QLatin1String("errors")).toArray();
    QCOMPARE(errors.size(), 1);
    const qsizetype size = memberOf(tampered, QStringLiteral("review.json")).size();
    QCOMPARE(errors.at(0).toString(),
             QStringLiteral("review.json: modified (%1 B instead of %2 B)")
                 .arg(QLocale().toString(qint64(size)), QLocale().toString(qint64(size - 1))));
    QCOMPARE(json.value(QLatin1String("verdict")).toString(),
             QStringLiteral("INVALID: review.json modified"));
}

void TestPackage::progressAndCancel()
{
    QList<std::pair<int, int>> calls;
    auto built = buildPackage(sampleContent(), m_sm2, {}, [&calls](int done, int total) {
        calls.append({done, total});
        return true;
    });
    QVERIFY(built.ok());
    QVERIFY(calls.size() >= 6);
    for (qsizetype i = 1; i < calls.size(); ++i)
        QVERIFY(calls.at(i).first >= calls.at(i - 1).first);
    auto cancelled =
        buildPackage(sampleContent(), m_sm2, {}, [](int done, int) { return done < 3; });
    QVERIFY(!cancelled.ok());
    QCOMPARE(cancelled.error().what, QStringLiteral("cancelled"));
}

void TestPackage::filesAreWrittenAtomically()
{
    QTemporaryDir dir;
    const QString nowhere = dir.filePath(QStringLiteral("missing/folder/p.gdpkg"));
    QVERIFY(!exportPackage(nowhere, sampleContent(), m_sm2).ok());
    QVERIFY(!QFile::exists(nowhere));
    const QString file = dir.filePath(QStringLiteral("p.gdpkg"));
    // A failed export (expired certificate) leaves no file.
    const Signer expired = makeSigner(Algorithm::Sm2Sm3, QStringLiteral("张敏"),
                                      QDateTime::currentDateTimeUtc().addYears(-2),
                                      QDateTime::currentDateTimeUtc().addYears(-1));
    QVERIFY(!exportPackage(file, sampleContent(), expired).ok());
    QVERIFY(!QFile::exists(file));
    QVERIFY(exportPackage(file, sampleContent(), m_sm2).ok());
    QCOMPARE(verifyPackage(file, emptyTrust()).exitCode(), 0);
    QVERIFY(countersignFile(file, m_approver, emptyTrust()).ok());
    VerifyOptions options;
    options.requireApproved = true;
    QCOMPARE(verifyPackage(file, emptyTrust(), options).exitCode(), 0);
    // A refused countersignature leaves the file as it was.
    QFile before(file);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray bytes = before.readAll();
    before.close();
    QVERIFY(
        !countersignFile(file, makeSigner(Algorithm::Sm2Sm3, QStringLiteral("李华")), emptyTrust())
             .ok());
    QFile after(file);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), bytes);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("p.gdpkg")});
}

void TestPackage::goldenPackageStillVerifies()
{
    // A package made once and kept: what this version writes, later versions must verify
    // (packages are checked years later). GRANTDESK_WRITE_FIXTURES=1 writes it anew.
    const QString file = QStringLiteral(GRANTDESK_TEST_DATA "/package/golden-sm2-ed25519.gdpkg");
    if (qEnvironmentVariableIsSet("GRANTDESK_WRITE_FIXTURES")) {
        const QDateTime from(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        const QDateTime to(QDate(2125, 12, 31), QTime(0, 0), Qt::UTC);
        const Signer reviewer = makeSigner(Algorithm::Sm2Sm3, QStringLiteral("张敏"), from, to);
        const Signer approver = makeSigner(Algorithm::Ed25519, QStringLiteral("王立"), from, to);
        PackageContent content = sampleContent();
        content.created = QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC);
        auto built = buildPackage(content, reviewer, content.created.addSecs(60));
        QVERIFY(built.ok());
        auto countersigned = countersignPackage(built->data, QStringLiteral("golden"), approver,
                                                emptyTrust(), content.created.addSecs(3600));
        QVERIFY(countersigned.ok());
        QVERIFY(QDir().mkpath(QFileInfo(file).absolutePath()));
        QVERIFY(saveFileAtomically(file, countersigned->data).ok());
        QVERIFY(saveFileAtomically(QFileInfo(file).absolutePath() +
                                       QStringLiteral("/golden-reviewer.crt"),
                                   reviewer.certificate.pem())
                    .ok());
    }
    VerifyOptions options;
    options.requireApproved = true;
    options.requireTrusted = true;
    QFile reviewerCert(QStringLiteral(GRANTDESK_TEST_DATA "/package/golden-reviewer.crt"));
    QVERIFY(reviewerCert.open(QIODevice::ReadOnly));
    options.extraTrust = {Certificate::fromData(reviewerCert.readAll()).value()};
    const VerifyReport report = verifyPackage(file, emptyTrust(), options);
    QCOMPARE(report.exitCode(), 1); // the approver is not trusted
    QVERIFY(report.approved());
    QCOMPARE(report.signatures.at(0).signedAt, QStringLiteral("2026-11-26T10:01:00Z"));
    QVERIFY(report.signatures.at(0).trusted);
    options.requireTrusted = false;
    QCOMPARE(verifyPackage(file, emptyTrust(), options).exitCode(), 0);
    if (!QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty()) {
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QTemporaryDir dir;
        const ShellRun run = runVerifyCommands(in.readAll(), dir.path());
        QVERIFY2(run.code == 0, qPrintable(run.output));
    }
}

void TestPackage::reviewRecordV1StillVerifies()
{
    // A package of a decided demo case (GZ-2026-0141) exported and countersigned by
    // grantdesk-cli 4634275, before review.json became language-free: its review.json is a
    // grantdesk.review/1 record, fee trace in sentences. Its signatures cover those bytes,
    // so later versions verify it as it is, reading it as the review record it is.
    const QString file = QStringLiteral(GRANTDESK_TEST_DATA "/package/review-v1.gdpkg");
    QFile in(file);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray data = in.readAll();
    const QJsonObject review =
        QJsonDocument::fromJson(memberOf(data, QStringLiteral("review.json"))).object();
    QCOMPARE(review.value(QLatin1String("format")).toString(),
             QStringLiteral("grantdesk.review/1"));
    QVERIFY(review.value(QLatin1String("pricing"))[QLatin1String("trace")][0].isString());

    VerifyOptions options;
    options.requireApproved = true;
    QFile reviewerCert(QStringLiteral(GRANTDESK_TEST_DATA "/package/review-v1-reviewer.crt"));
    QVERIFY(reviewerCert.open(QIODevice::ReadOnly));
    options.extraTrust = {Certificate::fromData(reviewerCert.readAll()).value()};
    const VerifyReport report =
        verifyPackageData(data, QStringLiteral("review-v1.gdpkg"), emptyTrust(), options);
    QVERIFY2(report.valid(), qPrintable(report.errors().join(QLatin1Char('\n'))));
    QCOMPARE(report.exitCode(), 0);
    QVERIFY(report.approved());
    QCOMPARE(report.applicationId, QStringLiteral("GZ-2026-0141"));
    QCOMPARE(report.applicationVersion, 1);
    QCOMPARE(report.decision,
             review.value(QLatin1String("decision"))[QLatin1String("code")].toString());
    QCOMPARE(report.signatures.size(), 2);
    QVERIFY(report.signatures.at(0).trusted);
    // The review record is held to the manifest and the signers: an approver's certificate
    // of another name than the recorded approver would be refused, as for /2 records.
    QCOMPARE(review.value(QLatin1String("approver")).toString(), QStringLiteral("王立"));
    if (!QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty()) {
        QTemporaryDir dir;
        const ShellRun run = runVerifyCommands(data, dir.path());
        QVERIFY2(run.code == 0, qPrintable(run.output));
    }
}

void TestPackage::bench()
{
    // CONTRIBUTING.md: export + sign of 50 items / 5 MB ≤ 300 ms, verify ≤ 100 ms. Measured
    // and printed, never asserted.
    PackageContent content = sampleContent();
    content.attachments.clear();
    for (int i = 0; i < 48; ++i)
        content.attachments.append(
            {QStringLiteral("attachments/file-%1.bin").arg(i, 2, 10, QLatin1Char('0')),
             pattern(5 * 1024 * 1024 / 48, char(i))});
    QElapsedTimer timer;
    timer.start();
    auto built = buildPackage(content, m_sm2);
    const qint64 buildMs = timer.elapsed();
    QVERIFY(built.ok());
    timer.restart();
    const VerifyReport report =
        verifyPackageData(built->data, QStringLiteral("bench"), emptyTrust());
    const qint64 verifyMs = timer.elapsed();
    QCOMPARE(report.exitCode(), 0);
    QCOMPARE(report.members.size(), 51);
    qInfo("bench: 51 members, %lld bytes: build + sign %lld ms, verify %lld ms",
          qlonglong(built->data.size()), buildMs, verifyMs);
}

QTEST_GUILESS_MAIN(TestPackage)
#include "tst_package.moc"
