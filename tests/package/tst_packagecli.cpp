// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "core/appidentity.h"
#include "core/officer.h"
#include "demo/demoreviews.h"
#include "package/keystore.h"
#include "package/package.h"
#include "package/signingpaths.h"
#include "packagetest.h"
#include "rawzip.h"
#include "review/reviewdocument.h"
#include "store/database.h"

/**
 * The package commands as a script uses them, on the demo database: export by the reviewer,
 * verify, countersign by the approver, and every refusal with its exit code and message.
 */
class TestPackageCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exportVerifyCountersignRoundTrip();
    void refusals();
    void verifyExitCodes();
    void verifyUsesTheGuiTrustStore();
    void lifecycleAfterTheCountersignature();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run cli(QStringList args, bool withDb = true,
            const QString &passphrase = QStringLiteral("correct horse battery")) const;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString decidedCase(int *version = nullptr) const;
    QString status(const QString &id) const;
    QByteArray read(const QString &name) const;
    void write(const QString &name, const QByteArray &data) const;

    QTemporaryDir m_dir;
    QString m_db;
};

TestPackageCli::Run TestPackageCli::cli(QStringList args, bool withDb,
                                        const QString &passphrase) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
    env.insert(QStringLiteral("GRANTDESK_PASSPHRASE"), passphrase);
    env.remove(QStringLiteral("GRANTDESK_LANG"));
    process.setProcessEnvironment(env);
    if (withDb)
        args = QStringList{QStringLiteral("--db"), m_db} + args;
    process.start(QStringLiteral(GRANTDESK_CLI), args);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QByteArray TestPackageCli::read(const QString &name) const
{
    QFile file(path(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestPackageCli::write(const QString &name, const QByteArray &data) const
{
    QFile file(path(name));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(data), data.size());
}

QString TestPackageCli::decidedCase(int *version) const
{
    const Run run = cli({QStringLiteral("list"), QStringLiteral("--status"),
                         QStringLiteral("decided"), QStringLiteral("--json")});
    const QJsonArray rows = QJsonDocument::fromJson(run.out.toUtf8()).array();
    for (const QJsonValue &row : rows) {
        if (row.toObject().value(QLatin1String("decision")).toString() == QLatin1String("returned"))
            continue;
        if (version)
            *version = row.toObject().value(QLatin1String("version")).toInt();
        return row.toObject().value(QLatin1String("id")).toString();
    }
    return {};
}

QString TestPackageCli::status(const QString &id) const
{
    const Run run = cli({QStringLiteral("list"), QStringLiteral("--json")});
    for (const QJsonValue &row : QJsonDocument::fromJson(run.out.toUtf8()).array()) {
        if (row.toObject().value(QLatin1String("id")).toString() == id)
            return row.toObject().value(QLatin1String("status")).toString();
    }
    return {};
}

void TestPackageCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // This process stands for the GUI: same identity and the same sandbox as cli(), set
    // before anything reads a setting or a standard path.
    gd::setApplicationIdentity();
    qputenv("HOME", m_dir.path().toLocal8Bit());
    qputenv("XDG_DATA_HOME", path(QStringLiteral("data")).toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", path(QStringLiteral("config")).toLocal8Bit());
    m_db = path(QStringLiteral("demo.sqlite"));
    QCOMPARE(cli({QStringLiteral("demo")}).code, 0);
    // The demo's reviewer and approver, each with a key; and the reviewer's second key.
    const QList<QStringList> keys{
        {QStringLiteral("sm2"), gd::demo::reviewerName(), QStringLiteral("reviewer")},
        {QStringLiteral("ed25519"), gd::demo::approverName(), QStringLiteral("approver")},
        {QStringLiteral("ed25519"), gd::demo::reviewerName(), QStringLiteral("reviewer2")},
        {QStringLiteral("ed25519"), QStringLiteral("李娜"), QStringLiteral("other")}};
    for (const QStringList &key : keys) {
        const Run run =
            cli({QStringLiteral("keygen"), QStringLiteral("--alg"), key.at(0),
                 QStringLiteral("--name"), key.at(1), QStringLiteral("--out"), path(key.at(2))},
                false);
        QVERIFY2(run.code == 0, qPrintable(run.err));
    }
}

void TestPackageCli::exportVerifyCountersignRoundTrip()
{
    int version = 0;
    const QString id = decidedCase(&version);
    QVERIFY2(!id.isEmpty(), "the demo has a decided case");
    const QString file = path(QStringLiteral("case.gdpkg"));

    const Run exported = cli({QStringLiteral("export"), id, QStringLiteral("--key"),
                              path(QStringLiteral("reviewer")), QStringLiteral("--out"), file});
    QVERIFY2(exported.code == 0, qPrintable(exported.err));
    QVERIFY(exported.out.contains(QLatin1String("manifest sha256 ")));
    QCOMPARE(status(id), QStringLiteral("signed"));

    // A signed case is read-only: neither the reviewer nor the approver may edit it.
    {
        auto db = gd::Database::open(m_db);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().toString()));
        for (const bool approverRole : {false, true}) {
            gd::officer::Profile officer;
            officer.name = approverRole ? gd::demo::approverName() : gd::demo::reviewerName();
            officer.unit = QStringLiteral("广州市政务服务和数据管理局");
            officer.reviewer = !approverRole;
            officer.approver = approverRole;
            auto document = gd::ReviewDocument::open(db.value(), id, version, officer);
            QVERIFY2(document.ok(),
                     qPrintable(document.ok() ? QString() : document.error().toString()));
            QCOMPARE(document.value()->status(), gd::CaseStatus::Signed);
            QVERIFY(document.value()->isReadOnly());
            QVERIFY(!document.value()->canApprove());
        }
    }

    Run verified = cli({QStringLiteral("verify"), file}, false);
    QVERIFY2(verified.code == 0, qPrintable(verified.out + verified.err));
    QVERIFY(verified.out.contains(QLatin1String("valid, signer not trusted")));
    QVERIFY(verified.err.isEmpty());
    QCOMPARE(
        cli({QStringLiteral("verify"), file, QStringLiteral("--require-approved")}, false).code, 1);
    QCOMPARE(cli({QStringLiteral("verify"), file, QStringLiteral("--require-trusted")}, false).code,
             1);
    QCOMPARE(cli({QStringLiteral("verify"), file, QStringLiteral("--require-trusted"),
                  QStringLiteral("--trust"), path(QStringLiteral("reviewer/cert.pem"))},
                 false)
                 .code,
             0);

    // VERIFY.txt's commands check the real package with unzip, sha256sum and openssl.
    if (!QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty()) {
        QTemporaryDir shell;
        const packagetest::ShellRun run =
            packagetest::runVerifyCommands(read(QStringLiteral("case.gdpkg")), shell.path());
        QVERIFY2(run.code == 0, qPrintable(run.output));
        QVERIFY(run.output.contains(QLatin1String("review.pdf: OK")));
    }

    // Re-export of the signed case: allowed, the status stays.
    const Run again = cli({QStringLiteral("export"), id, QStringLiteral("--key"),
                           path(QStringLiteral("reviewer")), QStringLiteral("--out"),
                           path(QStringLiteral("again.gdpkg"))});
    QVERIFY2(again.code == 0, qPrintable(again.err));
    QCOMPARE(status(id), QStringLiteral("signed"));
    QCOMPARE(cli({QStringLiteral("verify"), path(QStringLiteral("again.gdpkg"))}, false).code, 0);

    // The reviewer cannot countersign, with either of their keys.
    for (const QString &key : {QStringLiteral("reviewer"), QStringLiteral("reviewer2")}) {
        const Run own =
            cli({QStringLiteral("countersign"), file, QStringLiteral("--key"), path(key)}, false);
        QCOMPARE(own.code, 1);
        QVERIFY2(own.err.contains(QLatin1String("another officer must countersign")) ||
                     own.err.contains(QLatin1String("is the reviewer's")),
                 qPrintable(own.err));
    }
    // On the file alone: the database is not touched.
    const Run alone = cli({QStringLiteral("countersign"), path(QStringLiteral("again.gdpkg")),
                           QStringLiteral("--key"), path(QStringLiteral("approver"))},
                          false);
    QVERIFY2(alone.code == 0, qPrintable(alone.err));
    QCOMPARE(status(id), QStringLiteral("signed"));
    // Another officer, not the approver review.json records, is refused (issue 12).
    const Run other = cli({QStringLiteral("countersign"), file, QStringLiteral("--key"),
                           path(QStringLiteral("other"))});
    QCOMPARE(other.code, 1);
    QVERIFY2(other.err.contains(QStringLiteral("the countersigning certificate names 李娜, but "
                                               "review.json records %1 as the approver")
                                    .arg(gd::demo::approverName())),
             qPrintable(other.err));
    QCOMPARE(status(id), QStringLiteral("signed"));
    // Countersignatures forged around the command never pass --require-approved.
    const QByteArray signedOnly = read(QStringLiteral("case.gdpkg"));
    for (const QString &name : {QStringLiteral("李娜"), QStringLiteral("张\u200B敏")}) {
        write(QStringLiteral("forged.gdpkg"),
              packagetest::forgeCountersignature(
                  signedOnly, packagetest::makeSigner(gd::package::Algorithm::Ed25519, name)));
        const Run forged = cli({QStringLiteral("verify"), path(QStringLiteral("forged.gdpkg")),
                                QStringLiteral("--require-approved")},
                               false);
        QCOMPARE(forged.code, 1);
        QVERIFY2(forged.err.contains(QLatin1String("forged.gdpkg: not approved: ")),
                 qPrintable(forged.err));
        QVERIFY(!forged.err.contains(QChar(0x200B)) && !forged.out.contains(QChar(0x200B)));
        if (name.contains(QChar(0x200B)))
            QVERIFY2(forged.err.contains(QStringLiteral("张\\u200B敏")), qPrintable(forged.err));
    }
    // With --db the case becomes countersigned.
    const Run countersigned = cli({QStringLiteral("countersign"), file, QStringLiteral("--key"),
                                   path(QStringLiteral("approver"))});
    QVERIFY2(countersigned.code == 0, qPrintable(countersigned.err));
    QCOMPARE(status(id), QStringLiteral("countersigned"));
    const Run twice = cli({QStringLiteral("countersign"), file, QStringLiteral("--key"),
                           path(QStringLiteral("approver"))},
                          false);
    QCOMPARE(twice.code, 1);
    QVERIFY2(twice.err.contains(QLatin1String("already countersigned")), qPrintable(twice.err));

    verified = cli({QStringLiteral("verify"), file, QStringLiteral("--require-approved"),
                    QStringLiteral("--json")},
                   false);
    QCOMPARE(verified.code, 0);
    const QJsonObject json = QJsonDocument::fromJson(verified.out.toUtf8()).object();
    QCOMPARE(json.value(QLatin1String("valid")).toBool(), true);
    QCOMPARE(json.value(QLatin1String("approved")).toBool(), true);
    QVERIFY(json.value(QLatin1String("errors")).toArray().isEmpty());
    const QJsonArray signatures = json.value(QLatin1String("signatures")).toArray();
    QCOMPARE(signatures.size(), 2);
    QCOMPARE(signatures.at(0).toObject().value(QLatin1String("role")).toString(),
             QStringLiteral("reviewer"));
    QVERIFY(signatures.at(0)
                .toObject()
                .value(QLatin1String("signer"))
                .toString()
                .contains(gd::demo::reviewerName()));
    QVERIFY(signatures.at(1)
                .toObject()
                .value(QLatin1String("signer"))
                .toString()
                .contains(gd::demo::approverName()));
    for (const QJsonValue &m : json.value(QLatin1String("members")).toArray())
        QCOMPARE(m.toObject().value(QLatin1String("status")).toString(), QStringLiteral("ok"));
    QVERIFY(json.value(QLatin1String("members")).toArray().size() >= 4);

    // VERIFY.txt's commands, countersigned.
    if (!QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty()) {
        QTemporaryDir shell;
        const packagetest::ShellRun run =
            packagetest::runVerifyCommands(read(QStringLiteral("case.gdpkg")), shell.path());
        QVERIFY2(run.code == 0, qPrintable(run.output));
        QVERIFY(run.output.contains(QLatin1String("approver and reviewer keys differ: OK")));
    }

    // Tampered: exit 1, the member named on stderr and in the JSON.
    write(QStringLiteral("tampered.gdpkg"),
          packagetest::rewrite(
              read(QStringLiteral("case.gdpkg")), [](QList<gd::package::ZipMember> &members) {
                  for (gd::package::ZipMember &m : members)
                      if (m.path == QLatin1String("review.pdf"))
                          m.data[m.data.size() / 2] = char(m.data[m.data.size() / 2] ^ 0x01);
              }));
    const Run tampered =
        cli({QStringLiteral("verify"), path(QStringLiteral("tampered.gdpkg"))}, false);
    QCOMPARE(tampered.code, 1);
    QVERIFY2(tampered.err.contains(QLatin1String("tampered.gdpkg: review.pdf: modified")),
             qPrintable(tampered.err));
    QVERIFY(tampered.out.contains(QLatin1String("INVALID: review.pdf modified")));
}

void TestPackageCli::refusals()
{
    const QString id = decidedCase();
    QVERIFY(!id.isEmpty());
    const QString file = path(QStringLiteral("refused.gdpkg"));
    // The approver's certificate: the reviewer signs.
    Run run = cli({QStringLiteral("export"), id, QStringLiteral("--key"),
                   path(QStringLiteral("approver")), QStringLiteral("--out"), file});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(QLatin1String("only the reviewer signs")), qPrintable(run.err));
    QVERIFY(!QFile::exists(file));
    // Wrong passphrase.
    run = cli({QStringLiteral("export"), id, QStringLiteral("--key"),
               path(QStringLiteral("reviewer")), QStringLiteral("--out"), file},
              true, QStringLiteral("not the passphrase"));
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(QLatin1String("wrong passphrase")), qPrintable(run.err));
    QVERIFY(!QFile::exists(file));
    QCOMPARE(status(id), QStringLiteral("decided"));
    // A folder that does not exist: nothing written, the case stays decided.
    const QString nowhere = path(QStringLiteral("no/such/folder/x.gdpkg"));
    run = cli({QStringLiteral("export"), id, QStringLiteral("--key"),
               path(QStringLiteral("reviewer")), QStringLiteral("--out"), nowhere});
    QCOMPARE(run.code, 1);
    QVERIFY(!QFile::exists(nowhere));
    QCOMPARE(status(id), QStringLiteral("decided"));
    // A case that is not decided.
    const Run list = cli({QStringLiteral("list"), QStringLiteral("--status"),
                          QStringLiteral("in_review"), QStringLiteral("--json")});
    const QString open = QJsonDocument::fromJson(list.out.toUtf8())
                             .array()
                             .first()
                             .toObject()
                             .value(QLatin1String("id"))
                             .toString();
    run = cli({QStringLiteral("export"), open, QStringLiteral("--key"),
               path(QStringLiteral("reviewer")), QStringLiteral("--out"), file});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.startsWith(open + QStringLiteral(" v")), qPrintable(run.err));
    QVERIFY(!QFile::exists(file));
    // Not a key folder; usage.
    run = cli({QStringLiteral("export"), id, QStringLiteral("--key"), path(QStringLiteral("nokey")),
               QStringLiteral("--out"), file});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(QLatin1String("not a key folder")), qPrintable(run.err));
    QCOMPARE(cli({QStringLiteral("export"), id}).code, 64);
    QCOMPARE(cli({QStringLiteral("countersign"), file}).code, 64);
    QCOMPARE(cli({QStringLiteral("verify")}).code, 64);
    QCOMPARE(cli({QStringLiteral("verify"), file, QStringLiteral("--bogus")}).code, 64);
    QCOMPARE(cli({QStringLiteral("verify"), file, QStringLiteral("--trust"),
                  path(QStringLiteral("demo.sqlite"))})
                 .code,
             64);
}

void TestPackageCli::verifyExitCodes()
{
    // Hostile and unreadable packages: exit 2, the member and the reason on stderr.
    write(QStringLiteral("evil.gdpkg"),
          rawzip::build({{"manifest.json", "{}"}, {"../../evil.sh", "rm -rf ~"}}));
    Run run = cli({QStringLiteral("verify"), path(QStringLiteral("evil.gdpkg"))}, false);
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(QLatin1String("evil.gdpkg: ../../evil.sh: path leaves the package")),
             qPrintable(run.err));
    run = cli(
        {QStringLiteral("verify"), path(QStringLiteral("evil.gdpkg")), QStringLiteral("--json")},
        false);
    QCOMPARE(run.code, 2);
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(json.value(QLatin1String("valid")).toBool(true), false);
    QVERIFY(json.value(QLatin1String("errors"))
                .toArray()
                .first()
                .toString()
                .contains(QLatin1String("../../evil.sh")));
    write(QStringLiteral("text.gdpkg"), QByteArrayLiteral("just text"));
    run = cli({QStringLiteral("verify"), path(QStringLiteral("text.gdpkg"))}, false);
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(QLatin1String("text.gdpkg: not a ZIP archive")), qPrintable(run.err));
    run = cli({QStringLiteral("verify"), path(QStringLiteral("absent.gdpkg"))}, false);
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(QLatin1String("cannot open")), qPrintable(run.err));
    // A ZIP that is no package: readable, but nothing in it is vouched for.
    write(QStringLiteral("plain.zip"), rawzip::build({{"hello.txt", "hello"}}));
    run = cli({QStringLiteral("verify"), path(QStringLiteral("plain.zip"))}, false);
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(QLatin1String("manifest.json is missing")), qPrintable(run.err));
}

void TestPackageCli::verifyUsesTheGuiTrustStore()
{
    // The package of exportVerifyCountersignRoundTrip(), signed by the reviewer and
    // countersigned by the approver; at first no trust store holds their certificates.
    const QString file = path(QStringLiteral("case.gdpkg"));
    QVERIFY2(QFile::exists(file), "exportVerifyCountersignRoundTrip() wrote the package");
    QList<gd::package::Certificate> certificates;
    for (const QString &signer : {QStringLiteral("reviewer"), QStringLiteral("approver")}) {
        auto certificate =
            gd::package::Certificate::fromData(read(signer + QStringLiteral("/cert.pem")));
        QVERIFY2(certificate.ok(),
                 qPrintable(certificate.ok() ? QString() : certificate.error().toString()));
        certificates << certificate.value();
    }
    const auto trustBoth = [&](const QString &dir) {
        for (const gd::package::Certificate &certificate : certificates) {
            if (!gd::package::TrustStore(dir).add(certificate).ok())
                return false;
        }
        return true;
    };

    // By default both programs use TrustStore::defaultPath() under the same data folder.
    gd::signing::setTrustStorePath({});
    QCOMPARE(gd::signing::trustStorePath(), gd::package::TrustStore::defaultPath());
    QVERIFY(gd::package::TrustStore::defaultPath().startsWith(path(QStringLiteral("data"))));
    QCOMPARE(cli({QStringLiteral("verify"), file, QStringLiteral("--require-trusted")}, false).code,
             1);
    QVERIFY(trustBoth(gd::signing::trustStorePath()));
    Run verified =
        cli({QStringLiteral("verify"), file, QStringLiteral("--require-trusted")}, false);
    QVERIFY2(verified.code == 0, qPrintable(verified.out + verified.err));

    // The GUI's settings page moves the trust store elsewhere: the CLI follows it.
    const QString moved = path(QStringLiteral("moved-trust"));
    gd::signing::setTrustStorePath(moved);
    QCOMPARE(gd::signing::trustStorePath(), moved);
    QCOMPARE(cli({QStringLiteral("verify"), file, QStringLiteral("--require-trusted")}, false).code,
             1);
    QVERIFY(trustBoth(moved));
    verified = cli({QStringLiteral("verify"), file, QStringLiteral("--require-trusted")}, false);
    QVERIFY2(verified.code == 0, qPrintable(verified.out + verified.err));
    gd::signing::setTrustStorePath({});
}

void TestPackageCli::lifecycleAfterTheCountersignature()
{
    // An approved decided case, exported by the reviewer and countersigned by the approver.
    QString id;
    const Run decided = cli({QStringLiteral("list"), QStringLiteral("--status"),
                             QStringLiteral("decided"), QStringLiteral("--json")});
    for (const QJsonValue &row : QJsonDocument::fromJson(decided.out.toUtf8()).array()) {
        const QString decision = row.toObject().value(QLatin1String("decision")).toString();
        if (decision == QLatin1String("approved") ||
            decision == QLatin1String("conditionally_approved")) {
            id = row.toObject().value(QLatin1String("id")).toString();
            break;
        }
    }
    QVERIFY2(!id.isEmpty(), qPrintable(decided.out));
    // Before the countersignature there is no authorization to record anything on.
    const Run early = cli({QStringLiteral("lifecycle"), QStringLiteral("show"), id});
    QCOMPARE(early.code, 1);
    QVERIFY2(early.err.contains(QLatin1String("countersigned")), qPrintable(early.err));
    const QString file = path(QStringLiteral("life.gdpkg"));
    Run run = cli({QStringLiteral("export"), id, QStringLiteral("--key"),
                   path(QStringLiteral("reviewer")), QStringLiteral("--out"), file});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    run = cli({QStringLiteral("countersign"), file, QStringLiteral("--key"),
               path(QStringLiteral("approver"))});
    QVERIFY2(run.code == 0, qPrintable(run.err));

    run = cli({QStringLiteral("authorizations"), QStringLiteral("--json")});
    QCOMPARE(run.code, 0);
    QJsonObject mine;
    for (const QJsonValue &a : QJsonDocument::fromJson(run.out.toUtf8()).array()) {
        if (a.toObject().value(QLatin1String("id")).toString() == id)
            mine = a.toObject();
    }
    QVERIFY2(!mine.isEmpty(), qPrintable(run.out));
    const QString mode = mine.value(QLatin1String("mode")).toString();
    const QString first = mode == QLatin1String("whole") ? QStringLiteral("approval")
                                                         : QStringLiteral("collective_decision");
    QCOMPARE(mine.value(QLatin1String("stage")).toString(), first);

    const QString today = QDate::currentDate().toString(Qt::ISODate);
    auto record = [&](const QString &name, const QString &json) {
        write(name, json.toUtf8());
        return cli({QStringLiteral("lifecycle"), QStringLiteral("record"), id,
                    QStringLiteral("--act"), path(name), QStringLiteral("--key"),
                    path(QStringLiteral("approver"))});
    };
    // A file with a field GrantDesk does not know is refused whole, naming it (exit 2).
    run = record(QStringLiteral("bad-act.json"),
                 QStringLiteral(R"({"act":"approval","date":"%1","documentNumber":"x","by":"me"})")
                     .arg(today));
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(QLatin1String("bad-act.json: unknown field 'by'")),
             qPrintable(run.err));
    // Out of order: the filing first is refused with its reason, and nothing is recorded.
    run = record(QStringLiteral("filing.json"),
                 QStringLiteral(R"({"act":"filing","date":"%1","authority":"省数据局",)"
                                R"("reference":"备2026-1"})")
                     .arg(today));
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(QLatin1String("out of order")), qPrintable(run.err));
    // The first act the mode needs is recorded, audited and signed.
    run = first == QLatin1String("approval")
              ? record(QStringLiteral("act.json"),
                       QStringLiteral(R"({"act":"approval","date":"%1",)"
                                      R"("documentNumber":"穗数政批〔2026〕12号"})")
                           .arg(today))
              : record(QStringLiteral("act.json"),
                       QStringLiteral(R"({"act":"collective_decision","date":"%1",)"
                                      R"("meetingKind":"party_group","members":7,"present":6,)"
                                      R"("recused":[],"inFavour":5,"against":1,"abstaining":0,)"
                                      R"("resolution":"adopted","minutes":{"name":"纪要.pdf",)"
                                      R"("sha256":"%2"}})")
                           .arg(today, QString(64, QLatin1Char('c'))));
    QVERIFY2(run.code == 0, qPrintable(run.err));
    run = cli({QStringLiteral("lifecycle"), QStringLiteral("show"), id, QStringLiteral("--json")});
    QCOMPARE(run.code, 0);
    const QJsonObject shown = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const QJsonArray acts = shown.value(QLatin1String("acts")).toArray();
    QCOMPARE(acts.size(), 1);
    QCOMPARE(acts.at(0).toObject().value(QLatin1String("recordedBy")).toString(),
             gd::demo::approverName());
    QVERIFY(shown.value(QLatin1String("stage")).toString() != first);
    run = cli({QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(run.code == 0, qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestPackageCli)
#include "tst_packagecli.moc"
