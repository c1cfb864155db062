// SPDX-License-Identifier: GPL-3.0-or-later
// The countersigner is the approver review.json records (issue 12 item 3, "Four eyes by
// name only"): a zero-width lookalike of the reviewer, another officer, or the reviewer's own
// key under the approver's name is refused on countersign and never passes
// verify --require-approved; the genuine approver passes.
#include <QJsonDocument>
#include <QTest>

#include "package/keystore.h"
#include "package/signerrole.h"
#include "packagetest.h"

using namespace packagetest;

class TestCountersigner final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void genuineApproverPasses();
    void zeroWidthLookalikeIsRefused();
    void otherOfficerIsRefused();
    void reviewersKeyUnderApproversNameIsRefused();
    void namesCompareAfterNfkc();
    void reviewRecordWithoutApproverIsRefused();
    void forgedCountersignatureFailsRequireApproved();

private:
    TrustStore emptyTrust() const { return TrustStore(m_dir.filePath(QStringLiteral("trust"))); }
    static QByteArray reviewJson(const QJsonValue &approver);
    QByteArray signedBy(const QJsonValue &approver) const;

    QTemporaryDir m_dir;
    Signer m_reviewer;
    Signer m_approver;
};

QByteArray TestCountersigner::reviewJson(const QJsonValue &approver)
{
    // A review record states what the manifest states (sampleContent()): application,
    // version and decision; the package must agree with itself to be countersigned.
    QJsonObject review{{QStringLiteral("format"), QStringLiteral("grantdesk.review/1")},
                       {QStringLiteral("application"),
                        QJsonObject{{QStringLiteral("id"), QStringLiteral("GZ-2026-0001")},
                                    {QStringLiteral("version"), 2}}},
                       {QStringLiteral("reviewer"), QStringLiteral("张敏")},
                       {QStringLiteral("decision"),
                        QJsonObject{{QStringLiteral("code"), QStringLiteral("approved")}}}};
    if (!approver.isUndefined())
        review.insert(QStringLiteral("approver"), approver);
    return canonicaljson::serialize(review);
}

QByteArray TestCountersigner::signedBy(const QJsonValue &approver) const
{
    PackageContent content = sampleContent();
    content.reviewJson = reviewJson(approver);
    auto built = buildPackage(content, m_reviewer);
    if (!built)
        qFatal("buildPackage: %s", qPrintable(built.error().toString()));
    return built->data;
}

void TestCountersigner::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_reviewer = makeSigner(Algorithm::Sm2Sm3, QStringLiteral("张敏"));
    m_approver = makeSigner(Algorithm::Ed25519, QStringLiteral("王立"));
}

void TestCountersigner::genuineApproverPasses()
{
    const QByteArray data = signedBy(QStringLiteral("王立"));
    auto countersigned =
        countersignPackage(data, QStringLiteral("p.gdpkg"), m_approver, emptyTrust());
    QVERIFY2(countersigned.ok(),
             qPrintable(countersigned.ok() ? QString() : countersigned.error().toString()));
    VerifyOptions options;
    options.requireApproved = true;
    const VerifyReport report =
        verifyPackageData(countersigned->data, QStringLiteral("p.gdpkg"), emptyTrust(), options);
    QVERIFY2(report.exitCode() == 0, qPrintable(report.errors().join(u'\n')));
    QVERIFY(report.approved());
    QVERIFY(report.approverProblem.isEmpty());
}

void TestCountersigner::zeroWidthLookalikeIsRefused()
{
    // 张敏 makes a second key named 张<U+200B>敏 and countersigns her own package.
    const QByteArray data = signedBy(QStringLiteral("王立"));
    const Signer lookalike = makeSigner(Algorithm::Ed25519, QStringLiteral("张\u200B敏"));
    auto refused = countersignPackage(data, QStringLiteral("p.gdpkg"), lookalike, emptyTrust());
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().what.contains(QLatin1String("U+200B")),
             qPrintable(refused.error().toString()));
    QVERIFY2(refused.error().what.contains(QStringLiteral("张\\u200B敏")),
             qPrintable(refused.error().toString()));
    // Even when the review (hand-made) records the lookalike as approver.
    const QByteArray recorded = signedBy(QStringLiteral("张\u200B敏"));
    refused = countersignPackage(recorded, QStringLiteral("p.gdpkg"), lookalike, emptyTrust());
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().what.contains(QLatin1String("U+200B")),
             qPrintable(refused.error().toString()));
}

void TestCountersigner::otherOfficerIsRefused()
{
    const QByteArray data = signedBy(QStringLiteral("王立"));
    const Signer other = makeSigner(Algorithm::Ed25519, QStringLiteral("李娜"));
    auto refused = countersignPackage(data, QStringLiteral("p.gdpkg"), other, emptyTrust());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().toString(),
             QStringLiteral("p.gdpkg: the countersigning certificate names 李娜, but review.json "
                            "records 王立 as the approver"));
}

void TestCountersigner::reviewersKeyUnderApproversNameIsRefused()
{
    // The reviewer issues herself a certificate naming 王立 for her own key.
    const QByteArray data = signedBy(QStringLiteral("王立"));
    auto certificate = issueSelfCertificate(
        m_reviewer.key, {QStringLiteral("王立"), QStringLiteral("审核科"), QString()},
        QDateTime::currentDateTimeUtc().addDays(-1), QDateTime::currentDateTimeUtc().addDays(1));
    QVERIFY(certificate.ok());
    const Signer sameKey{m_reviewer.key, certificate.value()};
    auto refused = countersignPackage(data, QStringLiteral("p.gdpkg"), sameKey, emptyTrust());
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().what.contains(QLatin1String("key is the reviewer's")),
             qPrintable(refused.error().toString()));
    QVERIFY(!countersignerProblem(certificate.value(), m_reviewer.certificate,
                                  reviewJson(QStringLiteral("王立")))
                 .isEmpty());
    QVERIFY(!countersignerProblem(m_reviewer.certificate, m_reviewer.certificate,
                                  reviewJson(QStringLiteral("张敏")))
                 .isEmpty());
}

void TestCountersigner::namesCompareAfterNfkc()
{
    const Signer ascii = makeSigner(Algorithm::Ed25519, QStringLiteral("Wang Li 2"));
    QCOMPARE(countersignerProblem(ascii.certificate, m_reviewer.certificate,
                                  reviewJson(QStringLiteral("Ｗａｎｇ Ｌｉ ２"))),
             QString());
    QVERIFY(!countersignerProblem(ascii.certificate, m_reviewer.certificate,
                                  reviewJson(QStringLiteral("Wang Li 3")))
                 .isEmpty());
}

void TestCountersigner::reviewRecordWithoutApproverIsRefused()
{
    // A GrantDesk review record names its approver; one that does not cannot be countersigned.
    QByteArray record = reviewJson(QStringLiteral(""));
    QVERIFY(countersignerProblem(m_approver.certificate, m_reviewer.certificate, record)
                .contains(QLatin1String("records no approver")));
    record = reviewJson(QJsonValue::Undefined);
    QVERIFY(countersignerProblem(m_approver.certificate, m_reviewer.certificate, record)
                .contains(QLatin1String("records no approver")));
    // Not a review record and no approver (packages built before the rule): the old rule only.
    QCOMPARE(countersignerProblem(m_approver.certificate, m_reviewer.certificate,
                                  QByteArrayLiteral("{\"opinion\":\"同意\"}")),
             QString());
}

void TestCountersigner::forgedCountersignatureFailsRequireApproved()
{
    // A countersignature written around countersignPackage(), as a forger would with the
    // published format: valid as a signature, but not the recorded approver's.
    const QByteArray data = signedBy(QStringLiteral("王立"));
    for (const QString &name : {QStringLiteral("李娜"), QStringLiteral("张\u200B敏")}) {
        const Signer forger = makeSigner(Algorithm::Ed25519, name);
        const QByteArray forged = forgeCountersignature(data, forger);
        VerifyOptions options;
        options.requireApproved = true;
        const VerifyReport report =
            verifyPackageData(forged, QStringLiteral("forged.gdpkg"), emptyTrust(), options);
        QVERIFY2(report.signature(Role::Approver) && report.signature(Role::Approver)->valid,
                 qPrintable(report.errors().join(u'\n')));
        QVERIFY(report.valid());
        QVERIFY(!report.approved());
        QCOMPARE(report.exitCode(), 1);
        QVERIFY2(report.errors().join(u'\n').contains(QLatin1String("not approved: ")),
                 qPrintable(report.errors().join(u'\n')));
        QVERIFY2(report.verdict().contains(QLatin1String("not approved")),
                 qPrintable(report.verdict()));
    }
}

QTEST_GUILESS_MAIN(TestCountersigner)
#include "tst_countersigner.moc"
