// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QDeadlineTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "package/crypto.h"
#include "package/keystore.h"
#include "common/tools.h"

using namespace gd;
using namespace gd::package;

Q_DECLARE_METATYPE(gd::package::Algorithm)

/** The error of @p result for a failure message (QVERIFY2 evaluates it even on success). */
template <typename T> QByteArray why(const gd::Result<T> &result)
{
    return result.ok() ? QByteArray() : result.error().toString().toUtf8();
}

/** `grantdesk-cli keygen` as a script sees it: files, exit codes, messages. */
class TestKeygen final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void makesEncryptedKeyAndCertificate_data();
    void makesEncryptedKeyAndCertificate();
    void daysSetsTheValidity();
    void usageErrors_data();
    void usageErrors();
    void refusesToOverwrite();
    void shortPassphraseWritesNothing();
    void noPassphraseWithoutTerminal();
    void terminalAsksTwiceWithoutEcho_data();
    void terminalAsksTwiceWithoutEcho();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList &args, const std::optional<QByteArray> &passphrase) const;
    QString path(const QString &name) const { return m_dir->filePath(name); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {
const QByteArray kPassphrase = QByteArrayLiteral("keygen passphrase");
}

void TestKeygen::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

TestKeygen::Run TestKeygen::cli(const QStringList &args,
                                const std::optional<QByteArray> &passphrase) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir->path()); // logs stay in the sandbox
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    env.remove(QStringLiteral("GRANTDESK_PASSPHRASE"));
    if (passphrase)
        env.insert(QStringLiteral("GRANTDESK_PASSPHRASE"), QString::fromUtf8(*passphrase));
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice()); // no terminal
    process.start(QStringLiteral(GRANTDESK_CLI), QStringList{QStringLiteral("keygen")} + args);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void TestKeygen::makesEncryptedKeyAndCertificate_data()
{
    QTest::addColumn<QString>("alg");
    QTest::addColumn<Algorithm>("algorithm");
    QTest::newRow("sm2") << QStringLiteral("sm2") << Algorithm::Sm2Sm3;
    QTest::newRow("ed25519") << QStringLiteral("ed25519") << Algorithm::Ed25519;
}

void TestKeygen::makesEncryptedKeyAndCertificate()
{
    QFETCH(QString, alg);
    QFETCH(Algorithm, algorithm);
    const QString out = path(QStringLiteral("id"));
    const Run run =
        cli({QStringLiteral("--alg"), alg, QStringLiteral("--name"), QStringLiteral("张敏"),
             QStringLiteral("--unit"), QStringLiteral("广州市政务服务数据管理局"),
             QStringLiteral("--position"), QStringLiteral("审核员"), QStringLiteral("--out"), out},
            kPassphrase);
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY(run.err.isEmpty());
    QVERIFY(run.out.contains(QLatin1String("key.pem")));
    QVERIFY(run.out.contains(QStringLiteral("CN=张敏,title=审核员,O=广州市政务服务数据管理局")));

    QFile keyFile(out + QStringLiteral("/key.pem"));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    const QByteArray keyPem = keyFile.readAll();
    QVERIFY(keyPem.startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
    QVERIFY(!keyPem.contains("BEGIN PRIVATE KEY"));
    QCOMPARE(keyFile.permissions() &
                 (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());

    const KeyFolder folder(out);
    QVERIFY(folder.exists());
    Result<Certificate> certificate = folder.certificate();
    QVERIFY(certificate.ok());
    QCOMPARE(certificate->algorithm(), algorithm);
    QCOMPARE(certificate->commonName(), QStringLiteral("张敏"));
    QVERIFY(certificate->checkSignedBy(*certificate).ok());
    QVERIFY(certificate->isValidAt(QDateTime::currentDateTimeUtc()));
    QVERIFY(run.out.contains(certificate->sha256()));
    QVERIFY(folder.unlock(QByteArrayLiteral("not the passphrase"))
                .error()
                .what.contains(QLatin1String("wrong passphrase")));
    Result<PrivateKey> key = folder.unlock(kPassphrase);
    QVERIFY2(key.ok(), why(key).constData());
    const QByteArray data = QByteArrayLiteral("{\"role\":\"reviewer\"}");
    Result<QByteArray> signature = sign(*key, data);
    QVERIFY(signature.ok());
    QVERIFY(verifySignature(*certificate, data, *signature).ok());
}

void TestKeygen::daysSetsTheValidity()
{
    const QString out = path(QStringLiteral("short"));
    const Run run =
        cli({QStringLiteral("--alg"), QStringLiteral("ed25519"), QStringLiteral("--name"),
             QStringLiteral("Short"), QStringLiteral("--days"), QStringLiteral("10"),
             QStringLiteral("--out"), out},
            kPassphrase);
    QVERIFY2(run.code == 0, qPrintable(run.err));
    Result<Certificate> certificate = KeyFolder(out).certificate();
    QVERIFY(certificate.ok());
    QCOMPARE(certificate->notBefore().daysTo(certificate->notAfter()), 10);
    QVERIFY(qAbs(certificate->notBefore().secsTo(QDateTime::currentDateTimeUtc())) < 120);
}

void TestKeygen::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    const QString out = QStringLiteral("OUT");
    QTest::newRow("missing --name") << QStringList{QStringLiteral("--alg"), QStringLiteral("sm2"),
                                                   QStringLiteral("--out"), out};
    QTest::newRow("missing --alg")
        << QStringList{QStringLiteral("--name"), QStringLiteral("x"), QStringLiteral("--out"), out};
    QTest::newRow("missing --out") << QStringList{QStringLiteral("--alg"), QStringLiteral("sm2"),
                                                  QStringLiteral("--name"), QStringLiteral("x")};
    QTest::newRow("unknown algorithm")
        << QStringList{QStringLiteral("--alg"), QStringLiteral("rsa"),   QStringLiteral("--name"),
                       QStringLiteral("x"),     QStringLiteral("--out"), out};
    QTest::newRow("bad days") << QStringList{QStringLiteral("--alg"),  QStringLiteral("sm2"),
                                             QStringLiteral("--name"), QStringLiteral("x"),
                                             QStringLiteral("--days"), QStringLiteral("0"),
                                             QStringLiteral("--out"),  out};
    QTest::newRow("value missing")
        << QStringList{QStringLiteral("--alg"), QStringLiteral("sm2"), QStringLiteral("--name")};
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("--alg"),  QStringLiteral("sm2"),   QStringLiteral("--name"),
                       QStringLiteral("x"),      QStringLiteral("--out"), out,
                       QStringLiteral("--force")};
}

void TestKeygen::usageErrors()
{
    QFETCH(QStringList, args);
    args.replaceInStrings(QStringLiteral("OUT"), path(QStringLiteral("id")));
    const Run run = cli(args, kPassphrase);
    QCOMPARE(run.code, 64);
    QVERIFY2(run.err.startsWith(QLatin1String("keygen: ")), qPrintable(run.err));
    QVERIFY(run.err.contains(QLatin1String("usage")) || run.err.contains(QLatin1String("--")));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("id"))));
}

void TestKeygen::refusesToOverwrite()
{
    const QString out = path(QStringLiteral("id"));
    const QStringList args{QStringLiteral("--alg"),  QStringLiteral("sm2"),
                           QStringLiteral("--name"), QStringLiteral("First"),
                           QStringLiteral("--out"),  out};
    QCOMPARE(cli(args, kPassphrase).code, 0);
    QFile key(out + QStringLiteral("/key.pem"));
    QVERIFY(key.open(QIODevice::ReadOnly));
    const QByteArray before = key.readAll();
    key.close();
    const Run again = cli(args, kPassphrase);
    QCOMPARE(again.code, 1);
    QVERIFY2(again.err.contains(QLatin1String("never overwritten")), qPrintable(again.err));
    QVERIFY(key.open(QIODevice::ReadOnly));
    QCOMPARE(key.readAll(), before);
}

void TestKeygen::shortPassphraseWritesNothing()
{
    const QString out = path(QStringLiteral("id"));
    const Run run =
        cli({QStringLiteral("--alg"), QStringLiteral("ed25519"), QStringLiteral("--name"),
             QStringLiteral("x"), QStringLiteral("--out"), out},
            QByteArrayLiteral("short"));
    QCOMPARE(run.code, 1);
    QVERIFY(run.err.contains(QLatin1String("at least 8")));
    QVERIFY(!QFileInfo::exists(out + QStringLiteral("/key.pem")));
}

void TestKeygen::noPassphraseWithoutTerminal()
{
    const QString out = path(QStringLiteral("id"));
    const Run run =
        cli({QStringLiteral("--alg"), QStringLiteral("ed25519"), QStringLiteral("--name"),
             QStringLiteral("x"), QStringLiteral("--out"), out},
            std::nullopt);
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(QLatin1String("GRANTDESK_PASSPHRASE")), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(out + QStringLiteral("/key.pem")));
}

void TestKeygen::terminalAsksTwiceWithoutEcho_data()
{
    QTest::addColumn<QByteArray>("second");
    QTest::addColumn<int>("code");
    QTest::newRow("same twice") << QByteArrayLiteral("typed passphrase") << 0;
    QTest::newRow("differs") << QByteArrayLiteral("typed passphrasf") << 1;
}

void TestKeygen::terminalAsksTwiceWithoutEcho()
{
    QFETCH(QByteArray, second);
    QFETCH(int, code);
    // util-linux `script` gives the command a pseudo-terminal.
    const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
    GD_REQUIRE_TOOL("script"); // makes the terminal the prompt is tested on
    const QByteArray first = QByteArrayLiteral("typed passphrase");
    const QString out = path(QStringLiteral("id"));
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir->path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    env.remove(QStringLiteral("GRANTDESK_PASSPHRASE"));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    const QString command =
        QStringLiteral("'" GRANTDESK_CLI "' keygen --alg ed25519 --name Terminal --out '") + out +
        u'\'';
    process.start(script, {QStringLiteral("-qec"), command, QStringLiteral("/dev/null")});
    QVERIFY(process.waitForStarted());
    QByteArray seen;
    const auto waitFor = [&](const QByteArray &text) {
        QDeadlineTimer deadline(30000);
        while (!seen.contains(text) && !deadline.hasExpired()) {
            process.waitForReadyRead(200);
            seen += process.readAll();
        }
        return seen.contains(text);
    };
    QVERIFY2(waitFor("Passphrase for the new key"), seen.constData());
    process.write(first + '\n');
    QVERIFY2(waitFor("Repeat the passphrase"), seen.constData());
    process.write(second + '\n');
    QVERIFY(process.waitForFinished(30000));
    seen += process.readAll();
    QCOMPARE(process.exitCode(), code);
    QVERIFY2(!seen.contains("typed passphras"), "the passphrase was echoed");
    if (code == 0) {
        QVERIFY(seen.contains("key.pem"));
        QVERIFY(KeyFolder(out).unlock(first).ok());
    } else {
        QVERIFY(seen.contains("passphrase: the two entries differ"));
        QVERIFY(!QFileInfo::exists(out + QStringLiteral("/key.pem")));
    }
}

QTEST_GUILESS_MAIN(TestKeygen)
#include "tst_keygen.moc"
