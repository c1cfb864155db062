// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include "core/hashing.h"
#include "package/keystore.h"
#include "report/pdfsource.h"
#include "packagetest.h"
#include "rawzip.h"
#include "common/tools.h"

using namespace packagetest;

/**
 * A package as a forger makes it: damaged, appended to, tampered with member by member,
 * put together from parts that disagree, or signed JSON that another parser reads
 * differently. Each is caught and named; nothing forged is ever "valid".
 */
class TestPackageForgery final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tamperingEveryMemberAndSignatureFile();
    void unexpectedAndMissingMembers();
    void manifestDamaged();
    void hostilePackages_data();
    void hostilePackages();
    void randomDamageToTheZipItself();
    void forgeryWithZipAppendIsRefused();
    void flippedByteInsideAMemberIsModified();
    void signedJsonIsStrict_data();
    void signedJsonIsStrict();
    void manifestWithDuplicateKeyIsRefused();
    void reviewJsonAgreesWithManifest_data();
    void reviewJsonAgreesWithManifest();
    void signersAreTheRecordedOfficers();
    void pdfAgreesWithReviewJson_data();
    void pdfAgreesWithReviewJson();

private:
    TrustStore emptyTrust() const { return m_fixture.emptyTrust(); }
    /** Builds @p content signed by the reviewer; verify exits 0, or 1 naming @p problem. */
    void expectAgreement(const PackageContent &content, const QString &problem);
    Fixture m_fixture;
    // Shorthands for the fixture's parts.
    const Signer &m_sm2 = m_fixture.sm2;
    const Signer &m_approver = m_fixture.approver;
    const QByteArray &m_signed = m_fixture.signedPackage;
    const QByteArray &m_countersigned = m_fixture.countersigned;
};

void TestPackageForgery::initTestCase()
{
    const QString failed = m_fixture.init();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

void TestPackageForgery::randomDamageToTheZipItself()
{
    // Bytes of the file itself damaged (not rewritten as a valid ZIP), and the file cut short:
    // never a crash, never "valid" with different content.
    auto original = ZipReader::openData(m_countersigned, QStringLiteral("p"));
    QVERIFY(original.ok());
    const QList<ZipMember> members = original.value()->readAll().value();
    QRandomGenerator generator(20261126);
    int exits[3] = {0, 0, 0};
    for (int round = 0; round < 2000; ++round) {
        QByteArray damaged = m_countersigned;
        if (round % 10 == 9) {
            damaged.truncate(generator.bounded(damaged.size()));
        } else {
            for (int flips = 1 + generator.bounded(3); flips > 0; --flips) {
                const qsizetype at = generator.bounded(damaged.size());
                damaged[at] = char(damaged[at] ^ (1 + generator.bounded(255)));
            }
        }
        const VerifyReport report = verifyPackageData(damaged, QStringLiteral("p"), emptyTrust());
        const int code = report.exitCode();
        QVERIFY(code >= 0 && code <= 2);
        ++exits[code];
        if (code == 0) {
            // Only what no signature covers may differ (timestamps, permission bits).
            auto reader = ZipReader::openData(damaged, QStringLiteral("p"));
            QVERIFY(reader.ok());
            const QList<ZipMember> read = reader.value()->readAll().value();
            QCOMPARE(read.size(), members.size());
            for (qsizetype i = 0; i < read.size(); ++i) {
                QCOMPARE(read.at(i).path, members.at(i).path);
                QCOMPARE(read.at(i).data, members.at(i).data);
            }
        } else {
            QVERIFY(!report.verdict().isEmpty() && !report.errors().isEmpty());
        }
    }
    qInfo("2000 damaged files: %d still valid (unsigned bytes), %d invalid, %d unreadable",
          exits[0], exits[1], exits[2]);
    // Damage inside a member's data makes that member modified (1); damage to the structure
    // makes the file unreadable (2). Both kinds occur in 2000 random rounds.
    QVERIFY(exits[1] > 100);
    QVERIFY(exits[2] > 100);
}

void TestPackageForgery::forgeryWithZipAppendIsRefused()
{
    // Issue 8's reproduction: cat evil.zip good.gdpkg > forged.gdpkg && zip -A forged.gdpkg.
    // 7-Zip and bsdtar extract evil.zip's review.pdf from the result; GrantDesk must refuse it.
    GD_REQUIRE_TOOL("zip");
    QTemporaryDir dir;
    const QByteArray evil = writeZip({{QStringLiteral("review.pdf"), QByteArray(5000, 'E')},
                                      {QStringLiteral("manifest.json"), QByteArray("{}")}})
                                .value();
    QFile forged(dir.filePath(QStringLiteral("forged.gdpkg")));
    QVERIFY(forged.open(QIODevice::WriteOnly));
    forged.write(evil + m_countersigned);
    forged.close();
    QProcess zipA;
    zipA.start(QStringLiteral("zip"),
               {QStringLiteral("-q"), QStringLiteral("-A"), forged.fileName()});
    QVERIFY(zipA.waitForFinished());
    QCOMPARE(zipA.exitCode(), 0);
    const VerifyReport report = verifyPackage(forged.fileName(), emptyTrust());
    QCOMPARE(report.exitCode(), 2);
    QVERIFY2(report.errors().join(u' ').contains(QLatin1String("data before the first member")),
             qPrintable(report.errors().join(u' ')));
    // Without zip -A (offsets not moved) it is refused as well.
    const VerifyReport plain =
        verifyPackageData(evil + m_countersigned, QStringLiteral("p"), emptyTrust());
    QCOMPARE(plain.exitCode(), 2);
}

void TestPackageForgery::flippedByteInsideAMemberIsModified()
{
    // One flipped byte inside a deflated member: that member is modified (exit 1), the other
    // members and both signatures are still checked and shown.
    auto reader = ZipReader::openData(m_countersigned, QStringLiteral("p"));
    QVERIFY(reader.ok());
    const ZipEntry *deflated = nullptr;
    for (const ZipEntry &entry : reader.value()->entries())
        if (!deflated && !entry.path.startsWith(QLatin1String("signatures/")) &&
            entry.path != QLatin1String("manifest.json") && entry.compressedSize > 8 &&
            entry.compressedSize < entry.size)
            deflated = &entry;
    QVERIFY(deflated);
    const QByteArray name = deflated->path.toUtf8();
    // The member's data starts after its local header (30 bytes), name and extra field.
    qsizetype local = -1;
    for (qsizetype at = 0; (at = m_countersigned.indexOf("PK\x03\x04", at)) >= 0; ++at)
        if (m_countersigned.mid(at + 30, name.size()) == name)
            local = at;
    QVERIFY(local >= 0);
    const qsizetype header = local + 30;
    const qsizetype extra =
        quint8(m_countersigned[local + 28]) | (quint8(m_countersigned[local + 29]) << 8);
    const qsizetype data = header + name.size() + extra;
    QByteArray damaged = m_countersigned;
    const qsizetype at = data + deflated->compressedSize / 2;
    damaged[at] = char(damaged[at] ^ 0x5a);
    const VerifyReport report = verifyPackageData(damaged, QStringLiteral("p"), emptyTrust());
    QCOMPARE(report.exitCode(), 1);
    QCOMPARE(report.members.size(), 5);
    int modified = 0;
    for (const MemberCheck &member : report.members) {
        if (member.path == deflated->path) {
            QCOMPARE(member.status, MemberCheck::Status::Modified);
            ++modified;
        } else {
            QCOMPARE(member.status, MemberCheck::Status::Ok);
        }
    }
    QCOMPARE(modified, 1);
    QCOMPARE(report.signatures.size(), 2);
    QVERIFY(report.signatures.at(0).valid && report.signatures.at(1).valid);
}

void TestPackageForgery::tamperingEveryMemberAndSignatureFile()
{
    auto reader = ZipReader::openData(m_countersigned, QStringLiteral("p"));
    QVERIFY(reader.ok());
    const QList<ZipMember> original = reader.value()->readAll().value();
    QCOMPARE(original.size(), 12); // 5 listed + manifest + 2 × 3 signature files
    int checked = 0;
    for (qsizetype index = 0; index < original.size(); ++index) {
        const QString path = original.at(index).path;
        const qsizetype size = original.at(index).data.size();
        QVERIFY2(size >= 64, qPrintable(path));
        QSet<qsizetype> positions;
        for (qsizetype i = 0; i < 64; ++i)
            positions.insert(i * (size - 1) / 63); // 0 and size - 1 included
        QVERIFY(positions.contains(0) && positions.contains(size - 1));
        for (const qsizetype position : std::as_const(positions)) {
            QList<ZipMember> members = original;
            members[index].data[position] = char(members[index].data[position] ^ 0xff);
            const QByteArray tampered = writeZip(members).value();
            const VerifyReport report =
                verifyPackageData(tampered, QStringLiteral("p"), emptyTrust());
            const QString where = QStringLiteral("%1 @ %2: %3")
                                      .arg(path)
                                      .arg(position)
                                      .arg(report.errors().join(QStringLiteral(" | ")));
            QVERIFY2(report.exitCode() == 1, qPrintable(where));
            QVERIFY2(report.verdict().startsWith(QLatin1String("INVALID: ")), qPrintable(where));
            if (path == QLatin1String("manifest.json")) {
                // Both signatures cover the manifest.
                QVERIFY2(report.signatures.size() == 2 && !report.signatures.at(0).valid &&
                             !report.signatures.at(1).valid,
                         qPrintable(where));
            } else if (path.startsWith(QLatin1String("signatures/"))) {
                const Role role =
                    path.contains(QLatin1String("reviewer")) ? Role::Reviewer : Role::Approver;
                const SignatureCheck *s = report.signature(role);
                QVERIFY2(s && !s->valid && !s->reason.isEmpty(), qPrintable(where));
                const SignatureCheck *other =
                    report.signature(role == Role::Reviewer ? Role::Approver : Role::Reviewer);
                QVERIFY2(other && other->valid, qPrintable(where));
                for (const MemberCheck &m : report.members)
                    QVERIFY2(m.status == MemberCheck::Status::Ok, qPrintable(where));
            } else {
                bool named = false;
                for (const MemberCheck &m : report.members) {
                    if (m.path == path)
                        named = m.status == MemberCheck::Status::Modified;
                    else
                        QVERIFY2(m.status == MemberCheck::Status::Ok, qPrintable(where));
                }
                QVERIFY2(named, qPrintable(where));
                QVERIFY2(report.verdict().contains(path + QStringLiteral(" modified")),
                         qPrintable(where));
                QVERIFY(report.signatures.at(0).valid && report.signatures.at(1).valid);
            }
            ++checked;
        }
    }
    qInfo("tampered %d times, each caught and named", checked);
    QVERIFY(checked >= 12 * 64);
}

void TestPackageForgery::unexpectedAndMissingMembers()
{
    const QByteArray extra = rewrite(m_signed, [](QList<ZipMember> &members) {
        members.append({QStringLiteral("attachments/extra.exe"), QByteArrayLiteral("MZ")});
        members.append({QStringLiteral("signatures/other.json"), QByteArrayLiteral("{}")});
    });
    const VerifyReport report = verifyPackageData(extra, QStringLiteral("p"), emptyTrust());
    QCOMPARE(report.exitCode(), 1);
    QStringList unexpected;
    for (const MemberCheck &m : report.members)
        if (m.status == MemberCheck::Status::Unexpected)
            unexpected << m.path;
    QCOMPARE(unexpected, (QStringList{QStringLiteral("attachments/extra.exe"),
                                      QStringLiteral("signatures/other.json")}));
    QVERIFY(report.signatures.at(0).valid);

    const QByteArray missing = rewrite(m_signed, [](QList<ZipMember> &members) {
        members.removeIf([](const ZipMember &m) { return m.path == QLatin1String("review.pdf"); });
    });
    const VerifyReport gone = verifyPackageData(missing, QStringLiteral("p"), emptyTrust());
    QCOMPARE(gone.exitCode(), 1);
    QCOMPARE(gone.verdict(), QStringLiteral("INVALID: review.pdf missing"));

    const QByteArray unsigned_ = rewrite(m_signed, [](QList<ZipMember> &members) {
        members.removeIf(
            [](const ZipMember &m) { return m.path.startsWith(QLatin1String("signatures/")); });
    });
    const VerifyReport noSignature =
        verifyPackageData(unsigned_, QStringLiteral("p"), emptyTrust());
    QCOMPARE(noSignature.exitCode(), 1);
    QVERIFY(noSignature.errors().contains(QStringLiteral("the reviewer's signature is missing")));

    const QByteArray halfSignature = rewrite(m_countersigned, [](QList<ZipMember> &members) {
        members.removeIf(
            [](const ZipMember &m) { return m.path == QLatin1String("signatures/approver.sig"); });
    });
    const VerifyReport half = verifyPackageData(halfSignature, QStringLiteral("p"), emptyTrust());
    QCOMPARE(half.exitCode(), 1);
    QCOMPARE(half.signature(Role::Approver)->reason,
             QStringLiteral("signatures/approver.sig is missing"));
}

void TestPackageForgery::manifestDamaged()
{
    const QByteArray noManifest = rewrite(m_signed, [](QList<ZipMember> &members) {
        members.removeIf(
            [](const ZipMember &m) { return m.path == QLatin1String("manifest.json"); });
    });
    const VerifyReport report = verifyPackageData(noManifest, QStringLiteral("p"), emptyTrust());
    QCOMPARE(report.exitCode(), 1);
    QVERIFY(report.problems.contains(QStringLiteral("manifest.json is missing")));
    QVERIFY(!report.signatures.at(0).valid);
}

void TestPackageForgery::hostilePackages_data()
{
    QTest::addColumn<QByteArray>("zip");
    QTest::addColumn<int>("maxMembers");
    QTest::addColumn<qint64>("maxMemberSize");
    QTest::addColumn<QString>("error");
    // A real signed package plus one hostile member, written raw.
    QList<rawzip::Entry> base;
    {
        auto reader = ZipReader::openData(m_signed, QStringLiteral("p"));
        for (const ZipMember &m : reader.value()->readAll().value())
            base.append(rawzip::Entry(m.path.toUtf8(), m.data));
    }
    auto with = [&](const rawzip::Entry &entry) {
        QList<rawzip::Entry> entries = base;
        entries.append(entry);
        return rawzip::build(entries);
    };
    const int many = 10000;
    const qint64 big = qint64(1) << 30;
    QTest::newRow("path traversal")
        << with({"attachments/../../../home/evil.sh", "x"}) << many << big
        << "p.gdpkg: attachments/../../../home/evil.sh: path leaves the package";
    QTest::newRow("absolute path")
        << with({"/tmp/evil", "x"}) << many << big << "p.gdpkg: /tmp/evil: absolute path";
    rawzip::Entry link("attachments/passwd", "/etc/passwd");
    link.externalAttributes = 0120777u << 16;
    QTest::newRow("symlink") << with(link) << many << big
                             << "p.gdpkg: attachments/passwd: a symbolic link";
    QTest::newRow("duplicate name") << with({"review.pdf", "%PDF fake"}) << many << big
                                    << "p.gdpkg: review.pdf: duplicate name";
    QTest::newRow("too many members")
        << with({"attachments/x", "x"}) << 9 << big << "p.gdpkg: 10 members, more than the 9";
    QTest::newRow("oversized member")
        << with({"attachments/big.bin", QByteArray(20000, 'b'), false}) << many << qint64(10000)
        << "p.gdpkg: attachments/big.bin: 20000 bytes uncompressed";
    rawzip::Entry liar("attachments/liar.bin", QByteArray(100000, 'l'));
    liar.declaredSize = 1000;
    QTest::newRow("oversized by lying header")
        << with(liar) << many << big
        << "p.gdpkg: attachments/liar.bin: holds more data than its header declares";
    QTest::newRow("bomb by ratio")
        << with({"attachments/bomb.bin", QByteArray(50 << 20, '\0')}) << many << big
        << "p.gdpkg: attachments/bomb.bin: compression ratio";
    QTest::newRow("truncated") << m_signed.left(m_signed.size() - 100) << many << big
                               << "p.gdpkg: truncated ZIP archive";
    QTest::newRow("not a zip") << QByteArrayLiteral("{\"format\":\"grantdesk.package/1\"}") << many
                               << big << "p.gdpkg: not a ZIP archive";
}

void TestPackageForgery::hostilePackages()
{
    QFETCH(QByteArray, zip);
    QFETCH(int, maxMembers);
    QFETCH(qint64, maxMemberSize);
    QFETCH(QString, error);
    VerifyOptions options;
    options.limits.maxMembers = maxMembers;
    options.limits.maxMemberSize = maxMemberSize;
    const VerifyReport report =
        verifyPackageData(zip, QStringLiteral("p.gdpkg"), emptyTrust(), options);
    QCOMPARE(report.exitCode(), 2);
    QVERIFY(!report.readable);
    QVERIFY2(report.errors().value(0).startsWith(error), qPrintable(report.errors().value(0)));
    QVERIFY2(report.verdict().startsWith(QLatin1String("INVALID: not a readable package: ")),
             qPrintable(report.verdict()));
    const QJsonObject json = report.toJson();
    QCOMPARE(json.value(QLatin1String("valid")).toBool(true), false);
    QVERIFY(json.value(QLatin1String("errors")).toArray().first().toString().startsWith(error));
}

namespace {

QString allErrors(const VerifyReport &report)
{
    return report.errors().join(QLatin1Char('\n'));
}

/** A review record (grantdesk.review/1) with what the agreement check compares. */
QByteArray reviewRecord(const QString &id, int version, const QString &decision,
                        const QString &reviewer, const QString &approver)
{
    return canonicaljson::serialize(
        QJsonObject{{QStringLiteral("format"), QStringLiteral("grantdesk.review/1")},
                    {QStringLiteral("application"),
                     QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("version"), version}}},
                    {QStringLiteral("decision"), QJsonObject{{QStringLiteral("code"), decision}}},
                    {QStringLiteral("reviewer"), reviewer},
                    {QStringLiteral("approver"), approver}});
}

} // namespace

void TestPackageForgery::signedJsonIsStrict_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<QString>("reason");
    // The forger holds a key and writes signed attributes that QJsonDocument reads one way
    // and another verifier another: a second "role" (QJsonDocument keeps the last one).
    QTest::newRow("duplicate key") << QByteArray("{") << QByteArray("{\"role\":\"approver\",")
                                   << QStringLiteral("appears twice");
    QTest::newRow("lone surrogate") << QByteArray("{") << QByteArray("{\"note\":\"\\ud800\",")
                                    << QStringLiteral("lone surrogate");
    QTest::newRow("NUL") << QByteArray("{") << QByteArray("{\"note\":\"a\\u0000\",")
                         << QStringLiteral("NUL");
    QTest::newRow("not canonical")
        << QByteArray("{") << QByteArray("{ ") << QStringLiteral("canonical");
}

void TestPackageForgery::signedJsonIsStrict()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QFETCH(QString, reason);
    QByteArray json = memberOf(m_signed, QStringLiteral("signatures/reviewer.json"));
    QVERIFY(json.startsWith(before));
    json = after + json.mid(before.size());
    QVERIFY(!QJsonDocument::fromJson(json).isNull()); // QJsonDocument alone would accept it
    const VerifyReport report =
        verifyPackageData(resignRaw(m_signed, m_sm2, json), QStringLiteral("p"), emptyTrust());
    QCOMPARE(report.exitCode(), 1);
    const SignatureCheck *reviewer = report.signature(Role::Reviewer);
    QVERIFY(reviewer && !reviewer->valid);
    QVERIFY2(reviewer->reason.contains(QLatin1String("signatures/reviewer.json")) &&
                 reviewer->reason.contains(reason),
             qPrintable(reviewer->reason));
}

void TestPackageForgery::manifestWithDuplicateKeyIsRefused()
{
    // A manifest naming the decision twice, re-signed so that its digest matches.
    QByteArray manifest = memberOf(m_signed, QStringLiteral("manifest.json"));
    QVERIFY(manifest.startsWith("{"));
    manifest = "{\"decision\":\"rejected\"," + manifest.mid(1);
    QByteArray zip = replaceMember(m_signed, QStringLiteral("manifest.json"), manifest);
    zip = resign(zip, m_sm2, [&](QJsonObject &a) {
        a.insert(QStringLiteral("manifestSha256"), hashing::sha256Hex(manifest));
    });
    const VerifyReport report = verifyPackageData(zip, QStringLiteral("p"), emptyTrust());
    QCOMPARE(report.exitCode(), 1);
    QVERIFY2(allErrors(report).contains(QLatin1String("manifest.json: decision: ")) &&
                 allErrors(report).contains(QLatin1String("appears twice")),
             qPrintable(allErrors(report)));
}

void TestPackageForgery::reviewJsonAgreesWithManifest_data()
{
    QTest::addColumn<QByteArray>("review");
    QTest::addColumn<QString>("problem"); // empty: agrees
    const QString id = QStringLiteral("GZ-2026-0001");
    const QString yes = QStringLiteral("approved");
    const QString zhang = QStringLiteral("张敏");
    const QString wang = QStringLiteral("王立");
    QTest::newRow("agrees") << reviewRecord(id, 2, yes, zhang, QString()) << QString();
    QTest::newRow("another application")
        << reviewRecord(QStringLiteral("GZ-2026-0002"), 2, yes, zhang, QString())
        << QStringLiteral("disagree on the application: \"GZ-2026-0002\" and \"GZ-2026-0001\"");
    QTest::newRow("another version")
        << reviewRecord(id, 1, yes, zhang, QString()) << QStringLiteral("disagree on the version");
    QTest::newRow("another decision")
        << reviewRecord(id, 2, QStringLiteral("rejected"), zhang, QString())
        << QStringLiteral("disagree on the decision: \"rejected\" and \"approved\"");
    QTest::newRow("signed by someone else")
        << reviewRecord(id, 2, yes, wang, QString())
        << QStringLiteral("the reviewer's signature is made by 张敏, but review.json records 王立");
    QTest::newRow("no reviewer recorded") << reviewRecord(id, 2, yes, QString(), QString())
                                          << QStringLiteral("records no one as the reviewer");
    QTest::newRow("lone string application, older packages")
        << QByteArray(R"({"application":"GZ-2026-0001","fee":"1.00"})") << QString();
    QTest::newRow("lone string application, another")
        << QByteArray(R"({"application":"GZ-2026-0009"})")
        << QStringLiteral("disagree on the application");
    QTest::newRow("duplicate key in review.json")
        << QByteArray(R"({"application":"GZ-2026-0009","application":"GZ-2026-0001"})")
        << QStringLiteral("review.json: application: ");
}

void TestPackageForgery::reviewJsonAgreesWithManifest()
{
    QFETCH(QByteArray, review);
    QFETCH(QString, problem);
    PackageContent content = sampleContent();
    content.reviewJson = review;
    expectAgreement(content, problem);
}

void TestPackageForgery::expectAgreement(const PackageContent &content, const QString &problem)
{
    auto built = buildPackage(content, m_sm2);
    QVERIFY(built.ok());
    const VerifyReport report = verifyPackageData(built->data, QStringLiteral("p"), emptyTrust());
    if (problem.isEmpty()) {
        QVERIFY2(report.exitCode() == 0, qPrintable(allErrors(report)));
        return;
    }
    QCOMPARE(report.exitCode(), 1);
    QVERIFY2(allErrors(report).contains(problem), qPrintable(allErrors(report)));
    // The signatures themselves are fine: what is wrong is what was put together.
    QVERIFY(report.signature(Role::Reviewer)->valid);
}

void TestPackageForgery::signersAreTheRecordedOfficers()
{
    // review.json names 张敏 and 王立; a countersignature by anyone else never passes
    // --require-approved, even from a trusted key.
    PackageContent content = sampleContent();
    content.reviewJson = reviewRecord(QStringLiteral("GZ-2026-0001"), 2, QStringLiteral("approved"),
                                      QStringLiteral("张敏"), QStringLiteral("王立"));
    auto built = buildPackage(content, m_sm2);
    QVERIFY(built.ok());
    VerifyOptions options;
    options.requireApproved = true;
    auto byApprover =
        countersignPackage(built->data, QStringLiteral("p"), m_approver, emptyTrust());
    QVERIFY(byApprover.ok());
    const VerifyReport good =
        verifyPackageData(byApprover->data, QStringLiteral("p"), emptyTrust(), options);
    QVERIFY2(good.exitCode() == 0, qPrintable(allErrors(good)));

    // countersignPackage() refuses 李四; a forger writes the countersignature by hand.
    const Signer other = makeSigner(Algorithm::Ed25519, QStringLiteral("李四"));
    QVERIFY(!countersignPackage(built->data, QStringLiteral("p"), other, emptyTrust()).ok());
    options.extraTrust = {other.certificate};
    const VerifyReport bad = verifyPackageData(forgeCountersignature(built->data, other),
                                               QStringLiteral("p"), emptyTrust(), options);
    QCOMPARE(bad.exitCode(), 1);
    QVERIFY(bad.valid() && !bad.approved()); // the reviewer's signature still holds
    QVERIFY2(allErrors(bad).contains(QLatin1String("not approved: ")) &&
                 allErrors(bad).contains(QStringLiteral("王立")),
             qPrintable(allErrors(bad)));

    // The reviewer's signature by someone else than the recorded reviewer makes the package
    // itself invalid.
    const Signer li = makeSigner(Algorithm::Sm2Sm3, QStringLiteral("李四"));
    auto byLi = buildPackage(content, li);
    QVERIFY(byLi.ok());
    const VerifyReport wrongReviewer =
        verifyPackageData(byLi->data, QStringLiteral("p"), emptyTrust());
    QCOMPARE(wrongReviewer.exitCode(), 1);
    QVERIFY2(allErrors(wrongReviewer)
                 .contains(QStringLiteral(
                     "the reviewer's signature is made by 李四, but review.json records 张敏")),
             qPrintable(allErrors(wrongReviewer)));

    // Compatibility forms compare equal after NFKC: a full-width name is the same name.
    const Signer fullWidth = makeSigner(Algorithm::Ed25519, QStringLiteral("Wang Li"));
    content.reviewJson = reviewRecord(QStringLiteral("GZ-2026-0001"), 2, QStringLiteral("approved"),
                                      QStringLiteral("张敏"), QStringLiteral("Ｗａｎｇ Ｌｉ"));
    built = buildPackage(content, m_sm2);
    QVERIFY(built.ok());
    auto byWang = countersignPackage(built->data, QStringLiteral("p"), fullWidth, emptyTrust());
    QVERIFY(byWang.ok());
    options.extraTrust = {};
    const VerifyReport same =
        verifyPackageData(byWang->data, QStringLiteral("p"), emptyTrust(), options);
    QVERIFY2(same.exitCode() == 0, qPrintable(allErrors(same)));
}

void TestPackageForgery::pdfAgreesWithReviewJson_data()
{
    QTest::addColumn<QByteArray>("pdf");
    QTest::addColumn<QString>("problem"); // empty: agrees
    const auto pdf = [](const QList<report::PdfSource> &sources) {
        QByteArray bytes = QByteArrayLiteral("%PDF-1.4\n") + pattern(500, 'p');
        for (const report::PdfSource &source : sources)
            bytes += "\n1 0 obj\n<< /Type /Metadata /Subtype /XML >>\nstream\n" +
                     report::pdfSourceXmp(source) + "\nendstream\nendobj\n";
        return bytes + "\n%%EOF\n";
    };
    const report::PdfSource same{QStringLiteral("GZ-2026-0001"), 2, QStringLiteral("approved"),
                                 QStringLiteral("张敏"), QStringLiteral("王立")};
    QTest::newRow("agrees") << pdf({same}) << QString();
    QTest::newRow("no source record, older packages") << pdf({}) << QString();
    report::PdfSource other = same;
    other.decision = QStringLiteral("rejected");
    QTest::newRow("another decision")
        << pdf({other})
        << QStringLiteral("review.pdf and review.json disagree on the decision: \"rejected\" and "
                          "\"approved\"");
    other = same;
    other.applicationId = QStringLiteral("GZ-2026-0002");
    QTest::newRow("another application")
        << pdf({other}) << QStringLiteral("review.pdf and review.json disagree on the application");
    other = same;
    other.version = 1;
    QTest::newRow("another version")
        << pdf({other}) << QStringLiteral("review.pdf and review.json disagree on the version");
    other = same;
    other.approver = QStringLiteral("李四");
    QTest::newRow("another approver")
        << pdf({other}) << QStringLiteral("review.pdf and review.json disagree on the approver");
    other = same;
    other.reviewer = QStringLiteral("张\u200b敏");
    QTest::newRow("reviewer with a zero-width space")
        << pdf({other}) << QStringLiteral("review.pdf and review.json disagree on the reviewer");
    QTest::newRow("a second record hides the first")
        << pdf({same, other}) << QStringLiteral("more than one GrantDesk source record");
}

/**
 * Issue 12, item 2: the PDF's source (the XMP record GrantDesk writes into review.pdf)
 * names the same application, version, decision and officers as review.json; a PDF that
 * says otherwise makes the package invalid, although every signature is sound. PDFs
 * made before the record existed carry none and still verify.
 */
void TestPackageForgery::pdfAgreesWithReviewJson()
{
    QFETCH(QByteArray, pdf);
    QFETCH(QString, problem);
    PackageContent content = sampleContent();
    content.reviewJson = reviewRecord(QStringLiteral("GZ-2026-0001"), 2, QStringLiteral("approved"),
                                      QStringLiteral("张敏"), QStringLiteral("王立"));
    content.reviewPdf = pdf;
    expectAgreement(content, problem);
}

QTEST_GUILESS_MAIN(TestPackageForgery)
#include "tst_packageforgery.moc"
