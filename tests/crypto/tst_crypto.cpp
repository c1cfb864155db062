// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <openssl/evp.h>

#include <sys/prctl.h>
#include <sys/resource.h>

#include "core/hashing.h"
#include "core/i18n.h"
#include "package/crypto.h"
#include "package/keyprotection.h"
#include "package/keystore.h"

using namespace gd;
using namespace gd::package;

Q_DECLARE_METATYPE(gd::package::Algorithm)

/** The error of @p result for a failure message (QVERIFY2 evaluates it even on success). */
template <typename T> QByteArray why(const gd::Result<T> &result)
{
    return result.ok() ? QByteArray() : result.error().toString().toUtf8();
}

/**
 * The signing core: keys, signatures both ways with the stock openssl command line,
 * certificates (self-issued and from a small CA), the encrypted key folder and the trust store.
 */
class TestCrypto final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void algorithmCodes();
    void signAndVerify_data() { algorithms(); }
    void signAndVerify();
    void opensslVerifiesOurSignature_data() { algorithms(); }
    void opensslVerifiesOurSignature();
    void opensslSignatureVerifiesHere_data() { algorithms(); }
    void opensslSignatureVerifiesHere();
    void certificateFields_data() { algorithms(); }
    void certificateFields();
    void certificateParsingErrors();
    void selfSignature_data() { algorithms(); }
    void selfSignature();
    void editedCertificateFailsItsSignature_data() { algorithms(); }
    void editedCertificateFailsItsSignature();
    void validityPeriod();
    void issueRefusesBadInput();

    void keyFolderCreateAndUnlock_data() { algorithms(); }
    void keyFolderCreateAndUnlock();
    void keyFolderWrongPassphrase();
    void keyFolderReencryptsOldKey();
    void passphraseLeavesTheEnvironment();
    void keyFolderIsOwnerOnlyAndEncrypted();
    void keyFolderInAFolderThatIsThere();
    void keyFolderNeverOverwrites();
    void keyFolderRefusesAnotherKeysCertificate();
    void keyFolderRefusesShortPassphrase();
    void importKeyForms_data();
    void importKeyForms();
    void importCombinedPem();
    void importPkcs12_data() { algorithms(); }
    void importPkcs12();
    void importRefusals();

    void trustStoreCaAndSigner_data();
    void trustStoreCaAndSigner();
    void trustStoreExpiredCa();
    void trustStoreIssuerNotCa();
    void trustStoreAddRemoveList();
    void opensslVerifiesCaChain_data() { algorithms(); }
    void opensslVerifiesCaChain();
    void defaultPaths();
    // Installs the Chinese translation for the rest of the process: keep it last.
    void wrongPassphraseInTheOfficersLanguage();

private:
    static void algorithms()
    {
        QTest::addColumn<Algorithm>("algorithm");
        QTest::newRow("sm2-sm3") << Algorithm::Sm2Sm3;
        QTest::newRow("ed25519") << Algorithm::Ed25519;
    }
    struct Identity
    {
        PrivateKey key;
        Certificate certificate;
    };
    static Identity selfIssued(Algorithm algorithm, const SignerIdentity &who,
                               const QDateTime &from, const QDateTime &until);
    static Identity selfIssued(Algorithm algorithm);
    /** Runs openssl with @p args; the exit code, stderr appended to stdout. */
    static int openssl(const QStringList &args, QString *output = nullptr);
    QString path(const QString &name) const { return m_dir->filePath(name); }
    void write(const QString &name, const QByteArray &data) const;
    QByteArray read(const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QDateTime m_now;
};

namespace {

const QByteArray kMessage = QByteArrayLiteral(
    R"({"algorithm":"sm2-sm3","manifestSha256":"00ff","role":"reviewer","signer":"张敏"})");
const QByteArray kPassphrase = QByteArrayLiteral("correct horse battery");
// The rounds of a key file that is only a test's input to an import (OpenSSL's default):
// the import re-encrypts with kKeyIterations, which tests of the key folder itself check.
// Each PBKDF2 pass at the full count costs a quarter of a second, several times more under
// the sanitizers.
constexpr int kInputRounds = 2048;

QByteArray flipped(QByteArray bytes, qsizetype index)
{
    bytes[index] = static_cast<char>(bytes[index] ^ 0x01);
    return bytes;
}

} // namespace

TestCrypto::Identity TestCrypto::selfIssued(Algorithm algorithm, const SignerIdentity &who,
                                            const QDateTime &from, const QDateTime &until)
{
    Result<PrivateKey> key = generateKey(algorithm);
    if (!key)
        qFatal("generateKey: %s", why(key).constData());
    Result<Certificate> certificate = issueSelfCertificate(*key, who, from, until);
    if (!certificate)
        qFatal("issueSelfCertificate: %s", why(certificate).constData());
    return {*key, *certificate};
}

TestCrypto::Identity TestCrypto::selfIssued(Algorithm algorithm)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return selfIssued(algorithm,
                      {QStringLiteral("张敏"), QStringLiteral("广州市政务服务数据管理局"),
                       QStringLiteral("审核员")},
                      now.addDays(-1), now.addYears(1));
}

int TestCrypto::openssl(const QStringList &args, QString *output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("openssl"), args);
    if (!process.waitForFinished(60000))
        return -1;
    if (output)
        *output = QString::fromUtf8(process.readAll());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

void TestCrypto::write(const QString &name, const QByteArray &data) const
{
    QFile file(path(name));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(data), data.size());
}

QByteArray TestCrypto::read(const QString &name) const
{
    QFile file(path(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void TestCrypto::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString version;
    QCOMPARE(openssl({QStringLiteral("version")}, &version), 0);
    qInfo("%s", qPrintable(version.trimmed()));
}

void TestCrypto::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_now = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), QTimeZone::utc());
}

void TestCrypto::algorithmCodes()
{
    QCOMPARE(algorithmCode(Algorithm::Sm2Sm3), QStringLiteral("sm2-sm3"));
    QCOMPARE(algorithmCode(Algorithm::Ed25519), QStringLiteral("ed25519"));
    QCOMPARE(algorithmFromCode(QStringLiteral("sm2-sm3")), Algorithm::Sm2Sm3);
    QCOMPARE(algorithmFromCode(QStringLiteral("ed25519")), Algorithm::Ed25519);
    QVERIFY(!algorithmFromCode(QStringLiteral("rsa")));
    QVERIFY(!algorithmFromCode(QString()));
}

void TestCrypto::signAndVerify()
{
    QFETCH(Algorithm, algorithm);
    const Identity id = selfIssued(algorithm);
    QCOMPARE(id.key.algorithm(), algorithm);
    QCOMPARE(id.certificate.algorithm(), algorithm);

    Result<QByteArray> signature = sign(id.key, kMessage);
    QVERIFY2(signature.ok(), why(signature).constData());
    if (algorithm == Algorithm::Ed25519) {
        QCOMPARE(signature->size(), 64);
    } else {
        // DER SEQUENCE { INTEGER r, INTEGER s }
        QCOMPARE(static_cast<unsigned char>(signature->at(0)), 0x30);
        QCOMPARE(static_cast<int>(static_cast<unsigned char>(signature->at(1))),
                 signature->size() - 2);
    }
    Status verified = verifySignature(id.certificate, kMessage, *signature);
    QVERIFY2(verified.ok(), why(verified).constData());

    // Any flipped bit of the data or of the signature is caught.
    for (const qsizetype i : {qsizetype(0), kMessage.size() / 2, kMessage.size() - 1}) {
        const Status bad = verifySignature(id.certificate, flipped(kMessage, i), *signature);
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().what.contains(QLatin1String("does not match")), why(bad).constData());
    }
    for (const qsizetype i :
         {qsizetype(0), qsizetype(5), signature->size() / 2, signature->size() - 1})
        QVERIFY(!verifySignature(id.certificate, kMessage, flipped(*signature, i)).ok());
    QVERIFY(!verifySignature(id.certificate, kMessage, QByteArray()).ok());
    QVERIFY(
        !verifySignature(id.certificate, kMessage, signature->left(signature->size() - 1)).ok());

    // Another key of the same kind does not verify it.
    const Identity other = selfIssued(algorithm);
    QVERIFY(!verifySignature(other.certificate, kMessage, *signature).ok());
    // Signing again: Ed25519 is deterministic, SM2 is not, and both verify.
    Result<QByteArray> again = sign(id.key, kMessage);
    QVERIFY(again.ok());
    QCOMPARE(*again == *signature, algorithm == Algorithm::Ed25519);
    QVERIFY(verifySignature(id.certificate, kMessage, *again).ok());
    // Empty data signs too.
    Result<QByteArray> empty = sign(id.key, QByteArray());
    QVERIFY(empty.ok());
    QVERIFY(verifySignature(id.certificate, QByteArray(), *empty).ok());
}

void TestCrypto::opensslVerifiesOurSignature()
{
    QFETCH(Algorithm, algorithm);
    const Identity id = selfIssued(algorithm);
    Result<QByteArray> signature = sign(id.key, kMessage);
    QVERIFY(signature.ok());
    write(QStringLiteral("cert.pem"), id.certificate.pem());
    write(QStringLiteral("reviewer.json"), kMessage);
    write(QStringLiteral("reviewer.sig"), *signature);
    write(QStringLiteral("bad.json"), flipped(kMessage, 3));
    QString output;
    QCOMPARE(openssl({QStringLiteral("x509"), QStringLiteral("-pubkey"), QStringLiteral("-noout"),
                      QStringLiteral("-in"), path(QStringLiteral("cert.pem")),
                      QStringLiteral("-out"), path(QStringLiteral("pub.pem"))},
                     &output),
             0);
    QCOMPARE(read(QStringLiteral("pub.pem")), id.certificate.publicKeyPem());

    auto verifyCommand = [&](const QString &data) -> QStringList {
        if (algorithm == Algorithm::Sm2Sm3)
            return {QStringLiteral("dgst"),
                    QStringLiteral("-sm3"),
                    QStringLiteral("-verify"),
                    path(QStringLiteral("pub.pem")),
                    QStringLiteral("-sigopt"),
                    QStringLiteral("distid:1234567812345678"),
                    QStringLiteral("-signature"),
                    path(QStringLiteral("reviewer.sig")),
                    path(data)};
        return {QStringLiteral("pkeyutl"),       QStringLiteral("-verify"),
                QStringLiteral("-pubin"),        QStringLiteral("-inkey"),
                path(QStringLiteral("pub.pem")), QStringLiteral("-rawin"),
                QStringLiteral("-in"),           path(data),
                QStringLiteral("-sigfile"),      path(QStringLiteral("reviewer.sig"))};
    };
    QCOMPARE(openssl(verifyCommand(QStringLiteral("reviewer.json")), &output), 0);
    QVERIFY2(output.contains(QLatin1String("Verified")) ||
                 output.contains(QLatin1String("Verified Successfully")),
             qPrintable(output));
    QVERIFY(openssl(verifyCommand(QStringLiteral("bad.json")), &output) != 0);

    if (algorithm == Algorithm::Sm2Sm3) {
        // Proof that the distinguishing ID is in the signature: another ID fails.
        QVERIFY(
            openssl({QStringLiteral("dgst"), QStringLiteral("-sm3"), QStringLiteral("-verify"),
                     path(QStringLiteral("pub.pem")), QStringLiteral("-sigopt"),
                     QStringLiteral("distid:1234567812345679"), QStringLiteral("-signature"),
                     path(QStringLiteral("reviewer.sig")), path(QStringLiteral("reviewer.json"))},
                    &output) != 0);
    }
}

void TestCrypto::opensslSignatureVerifiesHere()
{
    QFETCH(Algorithm, algorithm);
    const Identity id = selfIssued(algorithm);
    Result<QByteArray> pem = id.key.encryptedPem(kPassphrase);
    QVERIFY(pem.ok());
    write(QStringLiteral("key.pem"), *pem);
    write(QStringLiteral("reviewer.json"), kMessage);
    const QString pass = QStringLiteral("pass:") + QString::fromUtf8(kPassphrase);
    QStringList command;
    if (algorithm == Algorithm::Sm2Sm3)
        command = {QStringLiteral("dgst"),
                   QStringLiteral("-sm3"),
                   QStringLiteral("-sign"),
                   path(QStringLiteral("key.pem")),
                   QStringLiteral("-passin"),
                   pass,
                   QStringLiteral("-sigopt"),
                   QStringLiteral("distid:1234567812345678"),
                   QStringLiteral("-out"),
                   path(QStringLiteral("reviewer.sig")),
                   path(QStringLiteral("reviewer.json"))};
    else
        command = {QStringLiteral("pkeyutl"),
                   QStringLiteral("-sign"),
                   QStringLiteral("-inkey"),
                   path(QStringLiteral("key.pem")),
                   QStringLiteral("-passin"),
                   pass,
                   QStringLiteral("-rawin"),
                   QStringLiteral("-in"),
                   path(QStringLiteral("reviewer.json")),
                   QStringLiteral("-out"),
                   path(QStringLiteral("reviewer.sig"))};
    QString output;
    QVERIFY2(openssl(command, &output) == 0, qPrintable(output));
    const QByteArray signature = read(QStringLiteral("reviewer.sig"));
    QVERIFY(!signature.isEmpty());
    const Status verified = verifySignature(id.certificate, kMessage, signature);
    QVERIFY2(verified.ok(), why(verified).constData());
    QVERIFY(!verifySignature(id.certificate, flipped(kMessage, 0), signature).ok());
}

void TestCrypto::certificateFields()
{
    QFETCH(Algorithm, algorithm);
    const QDateTime from = m_now.addDays(-3);
    const QDateTime until = m_now.addDays(400);
    const Identity id =
        selfIssued(algorithm,
                   {QStringLiteral("张敏"), QStringLiteral("广州市政务服务数据管理局"),
                    QStringLiteral("科长")},
                   from, until);
    const Certificate &c = id.certificate;
    QCOMPARE(c.commonName(), QStringLiteral("张敏"));
    QCOMPARE(c.subject(), QStringLiteral("CN=张敏,title=科长,O=广州市政务服务数据管理局"));
    QCOMPARE(c.issuer(), c.subject());
    QVERIFY(c.isSelfIssued());
    QVERIFY(!c.isCa());
    QCOMPARE(c.notBefore(), from);
    QCOMPARE(c.notAfter(), until);
    QCOMPARE(c.notBefore().timeSpec(), Qt::UTC);
    QCOMPARE(c.algorithm(), algorithm);
    QCOMPARE(c.publicKeySha256(), id.key.publicKeySha256());
    QCOMPARE(c.publicKeySha256().size(), 64);
    QCOMPARE(c.sha256(), hashing::sha256Hex(c.der()));
    QVERIFY(c.pem().startsWith("-----BEGIN CERTIFICATE-----\n"));

    // PEM and DER read back to the same certificate.
    Result<Certificate> fromPem = Certificate::fromData(c.pem());
    Result<Certificate> fromDer = Certificate::fromData(c.der());
    QVERIFY(fromPem.ok() && fromDer.ok());
    QCOMPARE(fromPem->sha256(), c.sha256());
    QCOMPARE(fromDer->sha256(), c.sha256());
    QCOMPARE(fromDer->subject(), c.subject());

    // What openssl sees agrees (the same fingerprint; key usage and CA:FALSE present).
    write(QStringLiteral("cert.pem"), c.pem());
    QString text;
    QCOMPARE(
        openssl({QStringLiteral("x509"), QStringLiteral("-in"), path(QStringLiteral("cert.pem")),
                 QStringLiteral("-noout"), QStringLiteral("-text"), QStringLiteral("-fingerprint"),
                 QStringLiteral("-sha256")},
                &text),
        0);
    QVERIFY2(text.contains(QLatin1String("Digital Signature, Non Repudiation")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("CA:FALSE")));
    QVERIFY(text.contains(c.sha256().toUpper().replace(
        QRegularExpression(QStringLiteral("(..)(?!$)")), QStringLiteral("\\1:"))));
    QVERIFY(text.contains(algorithm == Algorithm::Sm2Sm3 ? QLatin1String("SM2-with-SM3")
                                                         : QLatin1String("ED25519")));
    // A random 16-byte serial: two certificates for the same key differ.
    Result<Certificate> second =
        issueSelfCertificate(id.key, {QStringLiteral("张敏")}, from, until);
    QVERIFY(second.ok());
    QVERIFY(second->sha256() != c.sha256());
    QCOMPARE(second->publicKeySha256(), c.publicKeySha256());
    QCOMPARE(second->subject(), QStringLiteral("CN=张敏"));
}

void TestCrypto::certificateParsingErrors()
{
    const Identity id = selfIssued(Algorithm::Ed25519);
    Result<Certificate> empty = Certificate::fromData(QByteArray());
    QVERIFY(!empty.ok());
    QVERIFY(!empty.error().what.isEmpty());
    Result<Certificate> garbage = Certificate::fromData(QByteArrayLiteral("not a certificate"));
    QVERIFY(!garbage.ok());
    QVERIFY2(garbage.error().what.contains(QLatin1String("not a certificate")),
             why(garbage).constData());
    QVERIFY(!Certificate::fromData(id.certificate.der().left(100)).ok());
    QVERIFY(!Certificate::fromData(id.certificate.der() + "x").ok());
    QByteArray pem = id.certificate.pem();
    pem.replace(40, 8, "AAAAAAAA");
    QVERIFY(!Certificate::fromData(pem).ok());
    Certificate null;
    QVERIFY(null.isNull());
    QVERIFY(null.sha256().isEmpty());
    QVERIFY(!null.isValidAt(m_now));
    QVERIFY(!null.checkSignedBy(id.certificate).ok());
    QVERIFY(!verifySignature(null, kMessage, QByteArray(64, 'x')).ok());
}

void TestCrypto::selfSignature()
{
    QFETCH(Algorithm, algorithm);
    const Identity id = selfIssued(algorithm);
    const Status own = id.certificate.checkSignedBy(id.certificate);
    QVERIFY2(own.ok(), why(own).constData());
    // Read back from the file form as the package reader will.
    Result<Certificate> reread = Certificate::fromData(id.certificate.pem());
    QVERIFY(reread.ok());
    QVERIFY(reread->checkSignedBy(*reread).ok());
    // Another self-issued certificate did not sign it.
    const Identity other = selfIssued(algorithm);
    QVERIFY(!id.certificate.checkSignedBy(other.certificate).ok());
    // openssl agrees (with the distinguishing ID for SM2).
    write(QStringLiteral("cert.pem"), id.certificate.pem());
    QStringList args{QStringLiteral("verify"), QStringLiteral("-CAfile"),
                     path(QStringLiteral("cert.pem"))};
    if (algorithm == Algorithm::Sm2Sm3)
        args << QStringLiteral("-vfyopt") << QStringLiteral("distid:1234567812345678");
    args << path(QStringLiteral("cert.pem"));
    QString output;
    QVERIFY2(openssl(args, &output) == 0, qPrintable(output));
}

void TestCrypto::editedCertificateFailsItsSignature()
{
    QFETCH(Algorithm, algorithm);
    const Identity id =
        selfIssued(algorithm, {QStringLiteral("Alice Example"), QStringLiteral("Unit")},
                   m_now.addDays(-1), m_now.addDays(30));
    QByteArray der = id.certificate.der();
    // The subject is the second occurrence (the issuer, the same name, comes first).
    const qsizetype at = der.lastIndexOf("Alice Example");
    QVERIFY(at > der.indexOf("Alice Example"));
    der[at] = 'B';
    Result<Certificate> edited = Certificate::fromData(der);
    QVERIFY2(edited.ok(), "the edited certificate still parses");
    QCOMPARE(edited->commonName(), QStringLiteral("Blice Example"));
    const Status checked = edited->checkSignedBy(id.certificate);
    QVERIFY(!checked.ok());
    QVERIFY2(checked.error().what.contains(QLatin1String("signature")), why(checked).constData());
    QVERIFY(!edited->checkSignedBy(*edited).ok());
    // Its fingerprint differs, so a package's certSha256 catches it as well.
    QVERIFY(edited->sha256() != id.certificate.sha256());

    // A flipped byte in the validity (a date digit) is caught too.
    QByteArray der2 = id.certificate.der();
    const QByteArray year = id.certificate.notAfter().toString(QStringLiteral("yyMMdd")).toLatin1();
    const qsizetype yearAt = der2.indexOf(year);
    QVERIFY(yearAt > 0);
    der2[yearAt + 5] = der2[yearAt + 5] == '0' ? '1' : '0';
    Result<Certificate> redated = Certificate::fromData(der2);
    QVERIFY(redated.ok());
    QVERIFY(!redated->checkSignedBy(id.certificate).ok());
}

void TestCrypto::validityPeriod()
{
    const Identity expired = selfIssued(Algorithm::Sm2Sm3, {QStringLiteral("Old")},
                                        m_now.addYears(-3), m_now.addYears(-1));
    QVERIFY(!expired.certificate.isValidAt(m_now));
    QVERIFY(expired.certificate.isValidAt(m_now.addYears(-2)));
    QVERIFY(expired.certificate.checkSignedBy(expired.certificate).ok());
    const Identity future = selfIssued(Algorithm::Ed25519, {QStringLiteral("New")},
                                       m_now.addDays(10), m_now.addYears(1));
    QVERIFY(!future.certificate.isValidAt(m_now));
    QVERIFY(future.certificate.isValidAt(m_now.addDays(11)));
    // The bounds belong to the period.
    QVERIFY(future.certificate.isValidAt(m_now.addDays(10)));
    QVERIFY(future.certificate.isValidAt(m_now.addYears(1)));
    QVERIFY(!future.certificate.isValidAt(m_now.addYears(1).addSecs(1)));
    // Dates beyond 2049 are GeneralizedTime in X.509 and still round-trip.
    const QDateTime far(QDate(2061, 3, 1), QTime(12, 0), QTimeZone::utc());
    const Identity longLived = selfIssued(Algorithm::Ed25519, {QStringLiteral("Far")}, m_now, far);
    QCOMPARE(longLived.certificate.notAfter(), far);
    // A date given in another zone is the same instant.
    const QDateTime beijing = m_now.addDays(1).toTimeZone(QTimeZone(8 * 3600));
    const Identity zoned = selfIssued(Algorithm::Ed25519, {QStringLiteral("Zone")}, m_now, beijing);
    QCOMPARE(zoned.certificate.notAfter(), beijing.toUTC());
}

void TestCrypto::issueRefusesBadInput()
{
    Result<PrivateKey> key = generateKey(Algorithm::Ed25519);
    Result<PrivateKey> other = generateKey(Algorithm::Ed25519);
    QVERIFY(key.ok() && other.ok());
    QVERIFY(!issueSelfCertificate(*key, {QString()}, m_now, m_now.addDays(1)).ok());
    QVERIFY(!issueSelfCertificate(*key, {QStringLiteral("x")}, m_now, m_now.addDays(-1)).ok());
    QVERIFY(
        !issueSelfCertificate(PrivateKey(), {QStringLiteral("x")}, m_now, m_now.addDays(1)).ok());
    // Self-issued means signed by its own key.
    QVERIFY(!issueCertificate(*key, {QStringLiteral("x")}, *other, Certificate(), m_now,
                              m_now.addDays(1), false)
                 .ok());
    QVERIFY(sign(PrivateKey(), kMessage).error().what.contains(QLatin1String("no key")));
}

// --- Key folder ---------------------------------------------------------------------------

void TestCrypto::keyFolderCreateAndUnlock()
{
    QFETCH(Algorithm, algorithm);
    const Identity id = selfIssued(algorithm);
    const KeyFolder folder(path(QStringLiteral("signing")));
    QVERIFY(!folder.exists());
    const Status created = folder.create(id.key, id.certificate, kPassphrase);
    QVERIFY2(created.ok(), why(created).constData());
    QVERIFY(folder.exists());

    Result<Certificate> certificate = folder.certificate();
    QVERIFY(certificate.ok());
    QCOMPARE(certificate->sha256(), id.certificate.sha256());
    // A new key records its PBKDF2 rounds, at least 600,000 (issue 12 item 7).
    QCOMPARE(keyFileIterations(read(QStringLiteral("signing/key.pem"))), kKeyIterations);
    QVERIFY(kKeyIterations >= 600000);
    Result<PrivateKey> key = folder.unlock(kPassphrase);
    QVERIFY2(key.ok(), why(key).constData());
    QCOMPARE(key->algorithm(), algorithm);
    QCOMPARE(key->publicKeySha256(), id.key.publicKeySha256());
    Result<QByteArray> signature = sign(*key, kMessage);
    QVERIFY(signature.ok());
    QVERIFY(verifySignature(*certificate, kMessage, *signature).ok());

    // openssl opens the key with the passphrase too (standard encrypted PKCS#8).
    QString output;
    QVERIFY2(
        openssl({QStringLiteral("pkey"), QStringLiteral("-in"),
                 QDir(folder.path()).filePath(QStringLiteral("key.pem")), QStringLiteral("-passin"),
                 QStringLiteral("pass:") + QString::fromUtf8(kPassphrase),
                 QStringLiteral("-noout")},
                &output) == 0,
        qPrintable(output));
}

void TestCrypto::keyFolderReencryptsOldKey()
{
    // A key folder as GrantDesk wrote it before issue 12: 50,000 PBKDF2 rounds.
    constexpr int kOldIterations = 50000;
    const Identity id = selfIssued(Algorithm::Ed25519);
    Result<QByteArray> oldPem = id.key.encryptedPem(kPassphrase, kOldIterations);
    QVERIFY2(oldPem.ok(), why(oldPem).constData());
    QVERIFY(QDir().mkpath(path(QStringLiteral("signing"))));
    write(QStringLiteral("signing/key.pem"), *oldPem);
    write(QStringLiteral("signing/cert.pem"), id.certificate.pem());
    QCOMPARE(keyFileIterations(*oldPem), kOldIterations);
    const KeyFolder folder(path(QStringLiteral("signing")));

    // A wrong passphrase still fails, and leaves the file as it was.
    Result<PrivateKey> wrong = folder.unlock("not the passphrase");
    QVERIFY(!wrong.ok());
    QVERIFY2(wrong.error().what.contains(QLatin1String("wrong passphrase")),
             why(wrong).constData());
    QCOMPARE(read(QStringLiteral("signing/key.pem")), *oldPem);

    // The process may dump core before a key is loaded; no longer once one is.
    QCOMPARE(prctl(PR_SET_DUMPABLE, 1, 0, 0, 0), 0);
    QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 1);

    // The old key opens, and that unlock re-encrypts it with today's count.
    Result<PrivateKey> key = folder.unlock(kPassphrase);
    QVERIFY2(key.ok(), why(key).constData());
    QCOMPARE(key->publicKeySha256(), id.key.publicKeySha256());
    QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
    struct rlimit core = {1, 1};
    QCOMPARE(getrlimit(RLIMIT_CORE, &core), 0);
    QCOMPARE(core.rlim_cur, rlim_t(0));
    QCOMPARE(core.rlim_max, rlim_t(0));

    const QByteArray newPem = read(QStringLiteral("signing/key.pem"));
    QVERIFY(newPem != *oldPem);
    QVERIFY(keyFileIterations(newPem).value_or(0) >= 600000);
    QCOMPARE(QFileInfo(path(QStringLiteral("signing/key.pem"))).permissions() & 0x0077,
             QFileDevice::Permissions());
    // Same passphrase, same key; the file is not rewritten again.
    Result<PrivateKey> again = folder.unlock(kPassphrase);
    QVERIFY2(again.ok(), why(again).constData());
    QCOMPARE(again->publicKeySha256(), id.key.publicKeySha256());
    QCOMPARE(read(QStringLiteral("signing/key.pem")), newPem);
    QVERIFY(!folder.unlock("not the passphrase").ok());
}

void TestCrypto::passphraseLeavesTheEnvironment()
{
    constexpr char kName[] = "GRANTDESK_PASSPHRASE";
    QVERIFY(qputenv(kName, "correct horse battery"));
    QCOMPARE(takeSecretFromEnvironment(kName), QByteArray("correct horse battery"));
    QVERIFY(!qEnvironmentVariableIsSet(kName));
    QVERIFY(!QProcessEnvironment::systemEnvironment().contains(QString::fromLatin1(kName)));
    // Read once: a second read finds nothing.
    QCOMPARE(takeSecretFromEnvironment(kName), std::nullopt);
    // Set but empty is a value, and is removed too.
    QVERIFY(qputenv(kName, QByteArray()));
    QCOMPARE(takeSecretFromEnvironment(kName), QByteArray());
    QVERIFY(!qEnvironmentVariableIsSet(kName));
}

void TestCrypto::keyFolderWrongPassphrase()
{
    const Identity id = selfIssued(Algorithm::Sm2Sm3);
    const KeyFolder folder(path(QStringLiteral("signing")));
    QVERIFY(folder.create(id.key, id.certificate, kPassphrase).ok());
    for (const QByteArray &wrong :
         {QByteArrayLiteral("correct horse battery "), QByteArrayLiteral("x"), QByteArray()}) {
        Result<PrivateKey> key = folder.unlock(wrong);
        QVERIFY(!key.ok());
        QVERIFY2(key.error().what.contains(QLatin1String("wrong passphrase")),
                 why(key).constData());
        QVERIFY(key.error().where.endsWith(QLatin1String("key.pem")));
    }
    // Nothing left behind in OpenSSL's error queue spoils the next operation.
    QVERIFY(folder.unlock(kPassphrase).ok());
    // No folder at all: the error names the file.
    Result<PrivateKey> missing = KeyFolder(path(QStringLiteral("none"))).unlock(kPassphrase);
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().where.contains(QLatin1String("none")));
}

void TestCrypto::keyFolderIsOwnerOnlyAndEncrypted()
{
    const Identity id = selfIssued(Algorithm::Ed25519);
    const QString dir = path(QStringLiteral("a/b/signing"));
    QVERIFY(KeyFolder(dir).create(id.key, id.certificate, kPassphrase).ok());
    const QFile::Permissions ownerFile = QFile::ReadOwner | QFile::WriteOwner;
    const QFile::Permissions ownerDir = ownerFile | QFile::ExeOwner;
    const auto permissions = [](const QString &p) {
        return QFileInfo(p).permissions() &
               ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser); // the "user" aliases
    };
    QCOMPARE(permissions(dir + QStringLiteral("/key.pem")), ownerFile);
    QCOMPARE(permissions(dir + QStringLiteral("/cert.pem")), ownerFile);
    QCOMPARE(permissions(dir), ownerDir);
    QFile key(dir + QStringLiteral("/key.pem"));
    QVERIFY(key.open(QIODevice::ReadOnly));
    const QByteArray bytes = key.readAll();
    QVERIFY(bytes.startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----\n"));
    QVERIFY(!bytes.contains("BEGIN PRIVATE KEY"));
    QVERIFY(!bytes.contains(kPassphrase));
    // AES-256-CBC under PBKDF2-HMAC-SHA256, as openssl reports it.
    QString output;
    QCOMPARE(openssl({QStringLiteral("asn1parse"), QStringLiteral("-in"), key.fileName()}, &output),
             0);
    QVERIFY2(output.contains(QLatin1String("aes-256-cbc")), qPrintable(output));
    QVERIFY(output.contains(QLatin1String("PBKDF2")));
    QVERIFY(output.contains(QLatin1String("hmacWithSHA256")));
    // 600,000 iterations (0x0927C0), recorded with the key; not OpenSSL's default 2048.
    QVERIFY2(output.contains(QLatin1String(":0927C0")), qPrintable(output));
    // The raw private key bytes appear nowhere in the file, neither binary nor base64.
    Result<PrivateKey> unlocked = KeyFolder(dir).unlock(kPassphrase);
    QVERIFY(unlocked.ok());
    unsigned char raw[32];
    size_t rawLength = sizeof raw;
    QCOMPARE(
        EVP_PKEY_get_raw_private_key(static_cast<EVP_PKEY *>(unlocked->handle()), raw, &rawLength),
        1);
    const QByteArray secret(reinterpret_cast<const char *>(raw), static_cast<qsizetype>(rawLength));
    QCOMPARE(secret.size(), 32);
    const QByteArray body = QByteArray::fromBase64(
        bytes.mid(bytes.indexOf('\n') + 1).replace("-----END ENCRYPTED PRIVATE KEY-----", ""));
    QVERIFY(!bytes.contains(secret) && !body.contains(secret) &&
            !bytes.contains(secret.toBase64().left(40)));
    QVERIFY(!QDir(dir).entryList(QDir::Files).contains(QStringLiteral("key.pem.tmp")));
    QCOMPARE(QDir(dir).entryList(QDir::Files).size(), 2);
}

void TestCrypto::keyFolderInAFolderThatIsThere()
{
    const Identity id = selfIssued(Algorithm::Ed25519);
    const QFile::Permissions open = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                    QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                    QFile::ExeOther;
    const auto permissions = [](const QString &p) {
        return QFileInfo(p).permissions() & ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser);
    };
    // An empty folder becomes owner-only.
    const QString empty = path(QStringLiteral("empty"));
    QVERIFY(QDir().mkpath(empty));
    QVERIFY(QFile::setPermissions(empty, open));
    QVERIFY(KeyFolder(empty).create(id.key, id.certificate, kPassphrase).ok());
    QCOMPARE(permissions(empty), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    // A folder with other files in it (say the home folder) keeps its permissions; the
    // key file is owner-only all the same.
    const QString busy = path(QStringLiteral("busy"));
    QVERIFY(QDir().mkpath(busy));
    write(QStringLiteral("busy/notes.txt"), QByteArrayLiteral("other things"));
    QVERIFY(QFile::setPermissions(busy, open));
    QVERIFY(KeyFolder(busy).create(id.key, id.certificate, kPassphrase).ok());
    QCOMPARE(permissions(busy), open);
    QCOMPARE(permissions(busy + QStringLiteral("/key.pem")), QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(KeyFolder(busy).unlock(kPassphrase).ok());
}

void TestCrypto::keyFolderNeverOverwrites()
{
    const Identity first = selfIssued(Algorithm::Ed25519);
    const Identity second = selfIssued(Algorithm::Ed25519);
    const KeyFolder folder(path(QStringLiteral("signing")));
    QVERIFY(folder.create(first.key, first.certificate, kPassphrase).ok());
    const QByteArray keyBefore = read(QStringLiteral("signing/key.pem"));
    const Status again = folder.create(second.key, second.certificate, kPassphrase);
    QVERIFY(!again.ok());
    QVERIFY2(again.error().what.contains(QLatin1String("already")), why(again).constData());
    QCOMPARE(read(QStringLiteral("signing/key.pem")), keyBefore);
    QCOMPARE(folder.certificate()->sha256(), first.certificate.sha256());
    // A lone cert.pem blocks as well.
    QDir().mkpath(path(QStringLiteral("lone")));
    write(QStringLiteral("lone/cert.pem"), first.certificate.pem());
    QVERIFY(!KeyFolder(path(QStringLiteral("lone")))
                 .create(second.key, second.certificate, kPassphrase)
                 .ok());
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("lone/key.pem"))));
}

void TestCrypto::keyFolderRefusesAnotherKeysCertificate()
{
    const Identity mine = selfIssued(Algorithm::Sm2Sm3);
    const Identity theirs = selfIssued(Algorithm::Sm2Sm3);
    const KeyFolder folder(path(QStringLiteral("signing")));
    const Status refused = folder.create(mine.key, theirs.certificate, kPassphrase);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().what.contains(QLatin1String("not the key's")),
             why(refused).constData());
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("signing/key.pem"))));
    QVERIFY(!folder.exists());
    // Another algorithm's certificate likewise.
    const Identity ed = selfIssued(Algorithm::Ed25519);
    QVERIFY(!folder.create(mine.key, ed.certificate, kPassphrase).ok());
}

void TestCrypto::keyFolderRefusesShortPassphrase()
{
    const Identity id = selfIssued(Algorithm::Ed25519);
    const KeyFolder folder(path(QStringLiteral("signing")));
    const Status refused = folder.create(id.key, id.certificate, QByteArrayLiteral("1234567"));
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().what.contains(QLatin1String("at least 8")));
    QVERIFY(!folder.exists());
    QVERIFY(folder.create(id.key, id.certificate, QByteArrayLiteral("12345678")).ok());
}

void TestCrypto::importKeyForms_data()
{
    QTest::addColumn<Algorithm>("algorithm");
    QTest::addColumn<QStringList>("convert"); // openssl arguments making in.key from key.pem
    QTest::addColumn<QByteArray>("sourcePassphrase");
    QTest::addColumn<bool>("derCertificate");
    const QString in = QStringLiteral("-in");
    for (const Algorithm algorithm : {Algorithm::Sm2Sm3, Algorithm::Ed25519}) {
        const QString a = algorithmCode(algorithm);
        QTest::addRow("%s PEM PKCS#8 plain", qPrintable(a))
            << algorithm << QStringList{QStringLiteral("pkey")} << QByteArray() << false;
        QTest::addRow("%s DER PKCS#8 plain, DER certificate", qPrintable(a))
            << algorithm
            << QStringList{QStringLiteral("pkey"), QStringLiteral("-outform"),
                           QStringLiteral("DER")}
            << QByteArray() << true;
        QTest::addRow("%s PEM PKCS#8 encrypted", qPrintable(a))
            << algorithm
            << QStringList{QStringLiteral("pkcs8"),    QStringLiteral("-topk8"),
                           QStringLiteral("-v2"),      QStringLiteral("aes-128-cbc"),
                           QStringLiteral("-passout"), QStringLiteral("pass:source pass")}
            << QByteArrayLiteral("source pass") << false;
        QTest::addRow("%s DER PKCS#8 encrypted", qPrintable(a))
            << algorithm
            << QStringList{QStringLiteral("pkcs8"),    QStringLiteral("-topk8"),
                           QStringLiteral("-v2"),      QStringLiteral("aes-256-cbc"),
                           QStringLiteral("-outform"), QStringLiteral("DER"),
                           QStringLiteral("-passout"), QStringLiteral("pass:source pass")}
            << QByteArrayLiteral("source pass") << true;
    }
    QTest::addRow("sm2 traditional PEM")
        << Algorithm::Sm2Sm3 << QStringList{QStringLiteral("ec")} << QByteArray() << false;
}

void TestCrypto::importKeyForms()
{
    QFETCH(Algorithm, algorithm);
    QFETCH(QStringList, convert);
    QFETCH(QByteArray, sourcePassphrase);
    QFETCH(bool, derCertificate);
    const Identity id = selfIssued(algorithm);
    write(QStringLiteral("key.pem"), *id.key.encryptedPem(kPassphrase, kInputRounds));
    write(QStringLiteral("cert.pem"), derCertificate ? id.certificate.der() : id.certificate.pem());
    QString output;
    QVERIFY2(openssl(convert + QStringList{QStringLiteral("-in"), path(QStringLiteral("key.pem")),
                                           QStringLiteral("-passin"),
                                           QStringLiteral("pass:") + QString::fromUtf8(kPassphrase),
                                           QStringLiteral("-out"), path(QStringLiteral("in.key"))},
                     &output) == 0,
             qPrintable(output));
    const QByteArray converted = read(QStringLiteral("in.key"));
    QVERIFY(!converted.contains("ENCRYPTED PRIVATE KEY") || !sourcePassphrase.isEmpty());

    const KeyFolder folder(path(QStringLiteral("imported")));
    const QByteArray newPassphrase = QByteArrayLiteral("a new passphrase");
    const Status imported =
        folder.importFrom(path(QStringLiteral("in.key")), path(QStringLiteral("cert.pem")),
                          sourcePassphrase, newPassphrase);
    QVERIFY2(imported.ok(), why(imported).constData());
    QVERIFY(
        read(QStringLiteral("imported/key.pem")).startsWith("-----BEGIN ENCRYPTED PRIVATE KEY"));
    QVERIFY(read(QStringLiteral("imported/cert.pem")).startsWith("-----BEGIN CERTIFICATE"));
    // The source's passphrase no longer opens it (a plain source had none to try: a wrong
    // passphrase in general is keyFolderWrongPassphrase's; each try is 600,000 rounds).
    if (!sourcePassphrase.isEmpty())
        QVERIFY(folder.unlock(sourcePassphrase)
                    .error()
                    .what.contains(QLatin1String("wrong passphrase")));
    Result<PrivateKey> key = folder.unlock(newPassphrase);
    QVERIFY2(key.ok(), why(key).constData());
    QCOMPARE(key->algorithm(), algorithm);
    Result<QByteArray> signature = sign(*key, kMessage);
    QVERIFY(signature.ok());
    QVERIFY(verifySignature(*folder.certificate(), kMessage, *signature).ok());

    if (!sourcePassphrase.isEmpty()) {
        const KeyFolder other(path(QStringLiteral("other")));
        const Status wrong =
            other.importFrom(path(QStringLiteral("in.key")), path(QStringLiteral("cert.pem")),
                             QByteArrayLiteral("not it"), newPassphrase);
        QVERIFY(!wrong.ok());
        QVERIFY2(wrong.error().what.contains(QLatin1String("wrong passphrase")),
                 why(wrong).constData());
        QVERIFY(!other.exists());
    }
}

void TestCrypto::importCombinedPem()
{
    // One PEM file with the (plain) key and its certificate, as some CAs hand them out.
    const Identity id = selfIssued(Algorithm::Sm2Sm3);
    write(QStringLiteral("key.pem"), *id.key.encryptedPem(kPassphrase, kInputRounds));
    QString output;
    QVERIFY(openssl({QStringLiteral("pkey"), QStringLiteral("-in"), path(QStringLiteral("key.pem")),
                     QStringLiteral("-passin"),
                     QStringLiteral("pass:") + QString::fromUtf8(kPassphrase),
                     QStringLiteral("-out"), path(QStringLiteral("plain.pem"))},
                    &output) == 0);
    write(QStringLiteral("both.pem"), id.certificate.pem() + read(QStringLiteral("plain.pem")));
    const KeyFolder folder(path(QStringLiteral("imported")));
    const Status imported =
        folder.importFrom(path(QStringLiteral("both.pem")), QString(), QByteArray(), kPassphrase);
    QVERIFY2(imported.ok(), why(imported).constData());
    QCOMPARE(folder.certificate()->sha256(), id.certificate.sha256());
    QCOMPARE(folder.unlock(kPassphrase)->publicKeySha256(), id.key.publicKeySha256());
    // The file written holds no key in the clear, whatever the source held.
    QVERIFY(!read(QStringLiteral("imported/key.pem")).contains("BEGIN PRIVATE KEY"));
}

void TestCrypto::importPkcs12()
{
    QFETCH(Algorithm, algorithm);
    const Identity id = selfIssued(algorithm);
    write(QStringLiteral("key.pem"), *id.key.encryptedPem(kPassphrase, kInputRounds));
    write(QStringLiteral("cert.pem"), id.certificate.pem());
    QString output;
    QVERIFY2(openssl({QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-inkey"),
                      path(QStringLiteral("key.pem")), QStringLiteral("-passin"),
                      QStringLiteral("pass:") + QString::fromUtf8(kPassphrase),
                      QStringLiteral("-in"), path(QStringLiteral("cert.pem")),
                      QStringLiteral("-passout"), QStringLiteral("pass:p12 pass"),
                      QStringLiteral("-out"), path(QStringLiteral("id.p12"))},
                     &output) == 0,
             qPrintable(output));
    const QByteArray p12 = read(QStringLiteral("id.p12"));
    QVERIFY(isPkcs12(p12));
    QVERIFY(!isPkcs12(id.certificate.der()));

    Result<KeyBundle> bundle = readPkcs12(p12, QByteArrayLiteral("p12 pass"));
    QVERIFY2(bundle.ok(), why(bundle).constData());
    QCOMPARE(bundle->certificate.sha256(), id.certificate.sha256());
    QCOMPARE(bundle->key.publicKeySha256(), id.key.publicKeySha256());
    Result<KeyBundle> wrong = readPkcs12(p12, QByteArrayLiteral("p12 pas"));
    QVERIFY(!wrong.ok());
    QVERIFY(wrong.error().what.contains(QLatin1String("wrong passphrase")));
    // PrivateKey::fromData reads the key out of it too.
    QVERIFY(PrivateKey::fromData(p12, QByteArrayLiteral("p12 pass")).ok());

    const KeyFolder folder(path(QStringLiteral("imported")));
    const Status refused = folder.importFrom(path(QStringLiteral("id.p12")), QString(),
                                             QByteArrayLiteral("wrong"), kPassphrase);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().what.contains(QLatin1String("wrong passphrase")));
    QVERIFY(refused.error().where.endsWith(QLatin1String("id.p12")));
    QVERIFY(!folder.exists());
    const Status imported = folder.importFrom(path(QStringLiteral("id.p12")), QString(),
                                              QByteArrayLiteral("p12 pass"), kPassphrase);
    QVERIFY2(imported.ok(), why(imported).constData());
    QCOMPARE(folder.certificate()->sha256(), id.certificate.sha256());
    Result<PrivateKey> key = folder.unlock(kPassphrase);
    QVERIFY(key.ok());
    QVERIFY(verifySignature(id.certificate, kMessage, *sign(*key, kMessage)).ok());
}

void TestCrypto::importRefusals()
{
    const Identity id = selfIssued(Algorithm::Ed25519);
    const Identity other = selfIssued(Algorithm::Ed25519);
    write(QStringLiteral("key.pem"), *id.key.encryptedPem(kPassphrase, kInputRounds));
    write(QStringLiteral("other.pem"), other.certificate.pem());
    write(QStringLiteral("garbage.pem"), QByteArrayLiteral("-----BEGIN PRIVATE KEY-----\nAAAA\n"));
    const KeyFolder folder(path(QStringLiteral("imported")));
    // A key alone, without a certificate.
    Status s =
        folder.importFrom(path(QStringLiteral("key.pem")), QString(), kPassphrase, kPassphrase);
    QVERIFY(!s.ok());
    QVERIFY(s.error().what.contains(QLatin1String("no certificate")));
    // Another key's certificate.
    s = folder.importFrom(path(QStringLiteral("key.pem")), path(QStringLiteral("other.pem")),
                          kPassphrase, kPassphrase);
    QVERIFY(!s.ok());
    QVERIFY(s.error().what.contains(QLatin1String("not the key's")));
    // Not a key.
    s = folder.importFrom(path(QStringLiteral("garbage.pem")), path(QStringLiteral("other.pem")),
                          QByteArray(), kPassphrase);
    QVERIFY(!s.ok());
    QVERIFY(s.error().where.endsWith(QLatin1String("garbage.pem")));
    // A missing file.
    s = folder.importFrom(path(QStringLiteral("nope.pem")), QString(), QByteArray(), kPassphrase);
    QVERIFY(!s.ok());
    QVERIFY(s.error().where.endsWith(QLatin1String("nope.pem")));
    // An RSA key does not sign review packages.
    QString output;
    QVERIFY(
        openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                 QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                 path(QStringLiteral("rsa.key")), QStringLiteral("-out"),
                 path(QStringLiteral("rsa.crt")), QStringLiteral("-subj"),
                 QStringLiteral("/CN=rsa"), QStringLiteral("-days"), QStringLiteral("1")},
                &output) == 0);
    s = folder.importFrom(path(QStringLiteral("rsa.key")), path(QStringLiteral("rsa.crt")),
                          QByteArray(), kPassphrase);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().what.contains(QLatin1String("SM2 and Ed25519")), why(s).constData());
    QVERIFY(!folder.exists());
    // And an RSA certificate does not verify package signatures.
    Result<Certificate> rsa = Certificate::fromData(read(QStringLiteral("rsa.crt")));
    QVERIFY(rsa.ok());
    QVERIFY(!rsa->algorithm());
    QVERIFY(!verifySignature(*rsa, kMessage, QByteArray(64, 'x')).ok());
}

// --- Trust store --------------------------------------------------------------------------

void TestCrypto::trustStoreCaAndSigner_data()
{
    QTest::addColumn<Algorithm>("caAlgorithm");
    QTest::addColumn<Algorithm>("signerAlgorithm");
    QTest::newRow("sm2 CA, sm2 signer") << Algorithm::Sm2Sm3 << Algorithm::Sm2Sm3;
    QTest::newRow("ed25519 CA, ed25519 signer") << Algorithm::Ed25519 << Algorithm::Ed25519;
    QTest::newRow("ed25519 CA, sm2 signer") << Algorithm::Ed25519 << Algorithm::Sm2Sm3;
    QTest::newRow("sm2 CA, ed25519 signer") << Algorithm::Sm2Sm3 << Algorithm::Ed25519;
}

void TestCrypto::trustStoreCaAndSigner()
{
    QFETCH(Algorithm, caAlgorithm);
    QFETCH(Algorithm, signerAlgorithm);
    Result<PrivateKey> caKey = generateKey(caAlgorithm);
    QVERIFY(caKey.ok());
    Result<Certificate> ca = issueCertificate(
        *caKey, {QStringLiteral("广州市数据局 CA"), QStringLiteral("广州市数据局")}, *caKey,
        Certificate(), m_now.addYears(-1), m_now.addYears(5), true);
    QVERIFY2(ca.ok(), why(ca).constData());
    QVERIFY(ca->isCa());
    QVERIFY(ca->isSelfIssued());
    QVERIFY(ca->checkSignedBy(*ca).ok());

    Result<PrivateKey> signerKey = generateKey(signerAlgorithm);
    QVERIFY(signerKey.ok());
    Result<Certificate> signer =
        issueCertificate(*signerKey, {QStringLiteral("王芳"), QStringLiteral("广州市数据局")},
                         *caKey, *ca, m_now.addDays(-10), m_now.addYears(1), false);
    QVERIFY2(signer.ok(), why(signer).constData());
    QVERIFY(!signer->isCa());
    QVERIFY(!signer->isSelfIssued());
    QCOMPARE(signer->issuer(), ca->subject());
    QCOMPARE(signer->algorithm(), signerAlgorithm);
    const Status bySigner = signer->checkSignedBy(*ca);
    QVERIFY2(bySigner.ok(), why(bySigner).constData());
    QVERIFY(!signer->checkSignedBy(*signer).ok());
    QVERIFY(verifySignature(*signer, kMessage, *sign(*signerKey, kMessage)).ok());

    const Identity stranger = selfIssued(signerAlgorithm);
    const QDateTime when = m_now;

    // The CA in the store: the signer it issued is trusted, a stranger is not.
    const TrustStore caStore(path(QStringLiteral("trust-ca")));
    QVERIFY(caStore.add(*ca).ok());
    QString reason = QStringLiteral("stale");
    QVERIFY(caStore.isTrusted(*signer, when, &reason));
    QVERIFY(reason.isEmpty());
    QVERIFY(caStore.isTrusted(*ca, when));
    QVERIFY(!caStore.isTrusted(stranger.certificate, when, &reason));
    QVERIFY2(reason.contains(QLatin1String("not in the trust store")), qPrintable(reason));

    // The signer itself in the store: trusted; its CA is not.
    const TrustStore signerStore(path(QStringLiteral("trust-signer")));
    QVERIFY(signerStore.add(*signer).ok());
    QVERIFY(signerStore.isTrusted(*signer, when, &reason));
    QVERIFY(!signerStore.isTrusted(*ca, when, &reason));
    QVERIFY(!signerStore.isTrusted(stranger.certificate, when));

    // Neither: not trusted, with a reason.
    const TrustStore empty(path(QStringLiteral("trust-empty")));
    QVERIFY(!empty.isTrusted(*signer, when, &reason));
    QVERIFY(reason.contains(QLatin1String("not in the trust store")));

    // A certificate made to look issued by the CA (same issuer name) but signed by
    // another key is not trusted.
    Result<PrivateKey> forgerKey = generateKey(caAlgorithm);
    Result<Certificate> forgerCa = issueCertificate(
        *forgerKey, {QStringLiteral("广州市数据局 CA"), QStringLiteral("广州市数据局")}, *forgerKey,
        Certificate(), m_now.addYears(-1), m_now.addYears(5), true);
    QVERIFY(forgerCa.ok());
    QCOMPARE(forgerCa->subject(), ca->subject());
    Result<Certificate> forged =
        issueCertificate(*signerKey, {QStringLiteral("王芳"), QStringLiteral("广州市数据局")},
                         *forgerKey, *forgerCa, m_now.addDays(-10), m_now.addYears(1), false);
    QVERIFY(forged.ok());
    QCOMPARE(forged->issuer(), ca->subject());
    QVERIFY(!forged->checkSignedBy(*ca).ok());
    QVERIFY(!caStore.isTrusted(*forged, when, &reason));
}

void TestCrypto::trustStoreExpiredCa()
{
    Result<PrivateKey> caKey = generateKey(Algorithm::Sm2Sm3);
    Result<Certificate> ca =
        issueCertificate(*caKey, {QStringLiteral("Old CA")}, *caKey, Certificate(),
                         m_now.addYears(-5), m_now.addYears(-1), true);
    QVERIFY(ca.ok());
    Result<PrivateKey> signerKey = generateKey(Algorithm::Sm2Sm3);
    Result<Certificate> signer =
        issueCertificate(*signerKey, {QStringLiteral("Signer")}, *caKey, *ca, m_now.addYears(-4),
                         m_now.addYears(1), false);
    QVERIFY(signer.ok());
    const TrustStore store(path(QStringLiteral("trust")));
    QVERIFY(store.add(*ca).ok());
    QString reason;
    // Signed now, after the CA expired: not trusted, and the reason says so.
    QVERIFY(!store.isTrusted(*signer, m_now, &reason));
    QVERIFY2(reason.contains(QLatin1String("not valid")) &&
                 reason.contains(QLatin1String("Old CA")),
             qPrintable(reason));
    // Signed while the CA was valid: trusted.
    QVERIFY(store.isTrusted(*signer, m_now.addYears(-2), &reason));
    // A CA that is not yet valid at the time is not trusted either.
    Result<Certificate> futureCa =
        issueCertificate(*caKey, {QStringLiteral("Old CA")}, *caKey, Certificate(),
                         m_now.addDays(1), m_now.addYears(3), true);
    const TrustStore futureStore(path(QStringLiteral("future")));
    QVERIFY(futureStore.add(*futureCa).ok());
    QVERIFY(!futureStore.isTrusted(*signer, m_now, &reason));
    QVERIFY(reason.contains(QLatin1String("not valid")));
}

void TestCrypto::trustStoreIssuerNotCa()
{
    // An end-entity certificate in the store does not vouch for certificates it "issued".
    Result<PrivateKey> issuerKey = generateKey(Algorithm::Ed25519);
    Result<Certificate> issuer =
        issueCertificate(*issuerKey, {QStringLiteral("Plain")}, *issuerKey, Certificate(),
                         m_now.addYears(-1), m_now.addYears(1), false);
    Result<PrivateKey> key = generateKey(Algorithm::Ed25519);
    Result<Certificate> issued =
        issueCertificate(*key, {QStringLiteral("Issued")}, *issuerKey, *issuer, m_now.addDays(-1),
                         m_now.addYears(1), false);
    QVERIFY(issuer.ok() && issued.ok());
    QVERIFY(issued->checkSignedBy(*issuer).ok());
    const TrustStore store(path(QStringLiteral("trust")));
    QVERIFY(store.add(*issuer).ok());
    QString reason;
    QVERIFY(!store.isTrusted(*issued, m_now, &reason));
    QVERIFY2(reason.contains(QLatin1String("not a CA")), qPrintable(reason));
}

void TestCrypto::trustStoreAddRemoveList()
{
    const Identity a = selfIssued(Algorithm::Sm2Sm3);
    const Identity b = selfIssued(Algorithm::Ed25519);
    const TrustStore store(path(QStringLiteral("trust")));
    Result<QList<Certificate>> none = store.certificates();
    QVERIFY(none.ok());
    QVERIFY(none->isEmpty());
    QVERIFY(store.add(a.certificate).ok());
    QVERIFY(store.add(b.certificate).ok());
    QVERIFY(store.add(a.certificate).ok()); // again: no duplicate
    Result<QList<Certificate>> two = store.certificates();
    QVERIFY(two.ok());
    QCOMPARE(two->size(), 2);
    QVERIFY(QFileInfo::exists(path(QStringLiteral("trust/")) + a.certificate.sha256() +
                              QStringLiteral(".pem")));
    QVERIFY(store.isTrusted(a.certificate, m_now));

    QVERIFY(store.remove(a.certificate.sha256().toUpper()).ok());
    QVERIFY(!store.isTrusted(a.certificate, m_now));
    QCOMPARE(store.certificates()->size(), 1);
    QVERIFY(!store.remove(a.certificate.sha256()).ok()); // gone already
    QVERIFY(!store.remove(QStringLiteral("../../etc/passwd")).ok());

    // A damaged file in the store is named, and nothing is trusted from a store it cannot read.
    write(QStringLiteral("trust/broken.pem"), QByteArrayLiteral("-----BEGIN CERTIFICATE-----\nxx"));
    Result<QList<Certificate>> broken = store.certificates();
    QVERIFY(!broken.ok());
    QVERIFY(broken.error().where.endsWith(QLatin1String("broken.pem")));
    QString reason;
    QVERIFY(!store.isTrusted(b.certificate, m_now, &reason));
    QVERIFY(reason.contains(QLatin1String("broken.pem")));
}

void TestCrypto::opensslVerifiesCaChain()
{
    QFETCH(Algorithm, algorithm);
    Result<PrivateKey> caKey = generateKey(algorithm);
    Result<Certificate> ca =
        issueCertificate(*caKey, {QStringLiteral("Org CA")}, *caKey, Certificate(),
                         m_now.addDays(-1), m_now.addYears(2), true);
    Result<PrivateKey> key = generateKey(algorithm);
    Result<Certificate> leaf = issueCertificate(*key, {QStringLiteral("Officer")}, *caKey, *ca,
                                                m_now.addDays(-1), m_now.addYears(1), false);
    QVERIFY(ca.ok() && leaf.ok());
    write(QStringLiteral("ca.pem"), ca->pem());
    write(QStringLiteral("leaf.pem"), leaf->pem());
    QStringList args{QStringLiteral("verify"), QStringLiteral("-CAfile"),
                     path(QStringLiteral("ca.pem"))};
    if (algorithm == Algorithm::Sm2Sm3)
        args << QStringLiteral("-vfyopt") << QStringLiteral("distid:1234567812345678");
    args << path(QStringLiteral("leaf.pem"));
    QString output;
    QVERIFY2(openssl(args, &output) == 0, qPrintable(output));
}

void TestCrypto::defaultPaths()
{
    QVERIFY(KeyFolder::defaultPath().endsWith(QLatin1String("/signing")));
    QVERIFY(TrustStore::defaultPath().endsWith(QLatin1String("/trust")));
    QVERIFY(KeyFolder::defaultPath().startsWith(
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
}

void TestCrypto::wrongPassphraseInTheOfficersLanguage()
{
    const Identity id = selfIssued(Algorithm::Ed25519);
    Result<QByteArray> pem = id.key.encryptedPem(kPassphrase, 2048);
    QVERIFY2(pem.ok(), why(pem).constData());
    QVERIFY(QDir().mkpath(path(QStringLiteral("zh"))));
    write(QStringLiteral("zh/key.pem"), *pem);
    write(QStringLiteral("zh/cert.pem"), id.certificate.pem());
    const KeyFolder folder(path(QStringLiteral("zh")));
    QVERIFY(i18n::install(QStringLiteral("zh_CN")));
    const Result<PrivateKey> wrong = folder.unlock("not the passphrase");
    QVERIFY(!wrong.ok());
    // No English word reaches a Chinese screen: "key.pem: 口令错误", not "wrong passphrase".
    QVERIFY2(!wrong.error().what.contains(QLatin1String("wrong")), why(wrong).constData());
    QVERIFY2(wrong.error().what.contains(QRegularExpression(QStringLiteral("\\p{Han}"))),
             why(wrong).constData());
}

QTEST_GUILESS_MAIN(TestCrypto)
#include "tst_crypto.moc"
