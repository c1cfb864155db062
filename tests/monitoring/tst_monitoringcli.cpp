// SPDX-License-Identifier: GPL-3.0-or-later
#include <utility>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "store/audittrail.h"
#include "store/database.h"
#include "store/repositories.h"

/** grantdesk-cli feed / indicators / alerts as a script sees them. */
class TestMonitoringCli final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void feedExitCodes();
    void feedFolder();
    void usageErrors();
    void demoShowsAllTenAlertsAndFourDimensions();
    void acknowledgeFromTheCommandLine();
    void alertsOnAFixedDay();
    void alertsPrintStoredTextEscaped();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run cli(QStringList args) const;
    /**
     * The alerts of the demo as `alerts --json` lists them, on a copy of the demo database
     * made once for the program (loading it is most of a test's time).
     */
    QJsonArray demoAlerts();
    /** A key folder for 张敏 (made on first use), for `alerts --ack --key`. */
    QString officerKey() const;
    static QString data(const QString &name)
    {
        return QStringLiteral(GRANTDESK_TEST_DATA "/monitoring/") + name;
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QTemporaryDir m_demoDir;
    bool m_demoLoaded = false;
};

QJsonArray TestMonitoringCli::demoAlerts()
{
    const QString loaded = m_demoDir.filePath(QStringLiteral("demo.sqlite"));
    if (!m_demoLoaded) {
        const QString own = std::exchange(m_db, loaded);
        m_demoLoaded = cli({QStringLiteral("demo")}).code == 0;
        m_db = own;
    }
    if (!m_demoLoaded || QFile(loaded + QStringLiteral("-wal")).size() > 0 ||
        !QFile::copy(loaded, m_db))
        return {};
    return QJsonDocument::fromJson(
               cli({QStringLiteral("alerts"), QStringLiteral("--json")}).out.toUtf8())
        .array();
}

void TestMonitoringCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(QStringLiteral("cli.sqlite"));
}

QString TestMonitoringCli::officerKey() const
{
    // An acknowledgement is signed into the audit trail with the officer's key.
    const QString folder = m_dir->filePath(QStringLiteral("key"));
    if (!QFileInfo::exists(folder))
        cli({QStringLiteral("keygen"), QStringLiteral("--alg"), QStringLiteral("ed25519"),
             QStringLiteral("--name"), QStringLiteral("张敏"), QStringLiteral("--out"), folder});
    return folder;
}

TestMonitoringCli::Run TestMonitoringCli::cli(QStringList args) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir->path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("GRANTDESK_PASSPHRASE"), QStringLiteral("correct horse battery"));
    process.setProcessEnvironment(env);
    args.prepend(m_db);
    args.prepend(QStringLiteral("--db"));
    process.start(QStringLiteral(GRANTDESK_CLI), args);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void TestMonitoringCli::feedExitCodes()
{
    Run run = cli({QStringLiteral("feed"), data(QStringLiteral("calls-good.json")),
                   data(QStringLiteral("incidents-good.json"))});
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.contains(QLatin1String("2 imported, 0 unchanged, 0 refused, 0 skipped")),
             qPrintable(run.out));
    QVERIFY(run.err.isEmpty());

    run = cli({QStringLiteral("feed"), data(QStringLiteral("calls-good.json"))});
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.startsWith(QLatin1String("unchanged ")), qPrintable(run.out));
    QVERIFY(run.out.contains(QLatin1String("0 imported, 1 unchanged, 0 refused, 0 skipped")));

    // One bad file: exit 2, its errors on stderr as FILE: path: what; the good one still goes in.
    run = cli({QStringLiteral("feed"), data(QStringLiteral("filings-good.json")),
               data(QStringLiteral("filings-bad.json"))});
    QCOMPARE(run.code, 2);
    QVERIFY(run.out.contains(QLatin1String("1 imported, 0 unchanged, 1 refused, 0 skipped")));
    const QStringList lines = run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.first(), data(QStringLiteral("filings-bad.json")) +
                                QStringLiteral(": records[0].filedAt: must not be before "
                                               "decidedAt (2026-01-05)"));

    run = cli({QStringLiteral("feed"), data(QStringLiteral("calls-corrected.json"))});
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.contains(QLatin1String("0 added, 1 replaced, 1 unchanged")),
             qPrintable(run.out));
}

void TestMonitoringCli::feedFolder()
{
    const Run run =
        cli({QStringLiteral("feed"), QStringLiteral(GRANTDESK_TEST_DATA "/monitoring")});
    QCOMPARE(run.code, 2); // the folder holds the bad fixtures too
    QVERIFY2(run.out.contains(QLatin1String("5 imported, 0 unchanged, 6 refused, 1 skipped")),
             qPrintable(run.out));
    QVERIFY(run.err.contains(QLatin1String("not-a-feed.json: not a monitoring feed")));
}

void TestMonitoringCli::usageErrors()
{
    QCOMPARE(cli({QStringLiteral("feed")}).code, 64);
    QCOMPARE(cli({QStringLiteral("indicators"), QStringLiteral("--from")}).code, 64);
    QCOMPARE(
        cli({QStringLiteral("indicators"), QStringLiteral("--on"), QStringLiteral("2026-02-30")})
            .code,
        64);
    QCOMPARE(
        cli({QStringLiteral("indicators"), QStringLiteral("--from"), QStringLiteral("2026-05-01"),
             QStringLiteral("--to"), QStringLiteral("2026-04-01")})
            .code,
        64);
    QCOMPARE(cli({QStringLiteral("alerts"), QStringLiteral("--bogus")}).code, 64);
    QCOMPARE(cli({QStringLiteral("alerts"), QStringLiteral("--ack"), QStringLiteral("x:y:z")}).code,
             64); // no note
    // Both run on an empty database and exit 0 whatever they find.
    QCOMPARE(cli({QStringLiteral("alerts"), QStringLiteral("--json")}).code, 0);
    const Run run = cli({QStringLiteral("indicators"), QStringLiteral("--json")});
    QCOMPARE(run.code, 0);
    QVERIFY(QJsonDocument::fromJson(run.out.toUtf8()).isObject());
}

void TestMonitoringCli::demoShowsAllTenAlertsAndFourDimensions()
{
    QCOMPARE(cli({QStringLiteral("demo")}).code, 0);
    Run run = cli({QStringLiteral("alerts"), QStringLiteral("--json")});
    QCOMPARE(run.code, 0);
    const QJsonDocument alerts = QJsonDocument::fromJson(run.out.toUtf8());
    QVERIFY(alerts.isArray());
    QSet<QString> codes;
    for (const QJsonValue &v : alerts.array()) {
        const QJsonObject a = v.toObject();
        for (const char *field : {"code", "severity", "subject", "reason", "data", "key",
                                  "acknowledged", "applicationIds"})
            QVERIFY2(a.contains(QLatin1String(field)), field);
        QVERIFY(QStringList(
                    {QStringLiteral("info"), QStringLiteral("warning"), QStringLiteral("critical")})
                    .contains(a.value(QLatin1String("severity")).toString()));
        QVERIFY(!a.value(QLatin1String("reason")).toString().isEmpty());
        codes.insert(a.value(QLatin1String("code")).toString());
    }
    const QStringList all = {QStringLiteral("unregistered_resource"),
                             QStringLiteral("cancelled_resource"),
                             QStringLiteral("over_cap"),
                             QStringLiteral("mar_exceeded"),
                             QStringLiteral("expiring"),
                             QStringLiteral("expired_in_use"),
                             QStringLiteral("incident_open"),
                             QStringLiteral("decision_incomplete"),
                             QStringLiteral("filing_overdue"),
                             QStringLiteral("disclosure_due")};
    QCOMPARE(codes, QSet<QString>(all.cbegin(), all.cend()));

    run = cli({QStringLiteral("indicators"), QStringLiteral("--json")});
    QCOMPARE(run.code, 0);
    const QJsonObject indicators = QJsonDocument::fromJson(run.out.toUtf8()).object();
    for (const char *dimension : {"procedure", "supply", "benefit", "security"}) {
        const QJsonArray list = indicators.value(QLatin1String(dimension)).toArray();
        QVERIFY2(!list.isEmpty(), dimension);
        for (const QJsonValue &v : list) {
            const QJsonObject i = v.toObject();
            QVERIFY2(!i.value(QLatin1String("value")).isNull(),
                     qPrintable(i.value(QLatin1String("id")).toString()));
            QVERIFY(!i.value(QLatin1String("definition")).toString().isEmpty());
        }
    }
    // The seed's figure: Fujian's 45 million calls a year are among the calls counted.
    const QJsonArray benefit = indicators.value(QLatin1String("benefit")).toArray();
    const QJsonObject products = benefit.at(0).toObject();
    QCOMPARE(products.value(QLatin1String("id")).toString(), QStringLiteral("products"));
    double calls = 0;
    for (const QJsonValue &f : products.value(QLatin1String("figures")).toArray()) {
        if (f.toObject().value(QLatin1String("key")).toString() == QLatin1String("calls"))
            calls = f.toObject().value(QLatin1String("value")).toDouble();
    }
    QVERIFY2(calls >= 45000000, qPrintable(QString::number(calls)));
    // Money as strings with two decimals.
    const QJsonObject economic = benefit.at(2).toObject();
    QVERIFY(economic.value(QLatin1String("value")).toString().contains(QLatin1Char('.')));

    // Loading again adds no feed records.
    run = cli({QStringLiteral("demo")});
    QCOMPARE(run.code, 0);
    const QJsonDocument again = QJsonDocument::fromJson(
        cli({QStringLiteral("alerts"), QStringLiteral("--json")}).out.toUtf8());
    QCOMPARE(again.array().size(), alerts.array().size());
}

void TestMonitoringCli::acknowledgeFromTheCommandLine()
{
    const QJsonArray alerts = demoAlerts();
    QVERIFY(!alerts.isEmpty());
    const QString key = alerts.first().toObject().value(QLatin1String("key")).toString();
    Run run = cli({QStringLiteral("alerts"), QStringLiteral("--ack"), key, QStringLiteral("--note"),
                   QStringLiteral("已电话督办"), QStringLiteral("--key"), officerKey()});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY(run.out.startsWith(QStringLiteral("acknowledged ") + key));
    run = cli({QStringLiteral("alerts"), QStringLiteral("--ack"),
               QStringLiteral("expiring:filing:NONE"), QStringLiteral("--note"),
               QStringLiteral("x"), QStringLiteral("--key"), officerKey()});
    QCOMPARE(run.code, 1);
    QVERIFY(run.err.contains(QLatin1String("no such alert")));

    const QJsonArray after =
        QJsonDocument::fromJson(
            cli({QStringLiteral("alerts"), QStringLiteral("--json")}).out.toUtf8())
            .array();
    QCOMPARE(after.size(), alerts.size()); // shown, not hidden
    int acknowledged = 0;
    for (const QJsonValue &v : after) {
        const QJsonObject a = v.toObject();
        if (a.value(QLatin1String("acknowledged")).toBool()) {
            ++acknowledged;
            QCOMPARE(a.value(QLatin1String("key")).toString(), key);
            QCOMPARE(a.value(QLatin1String("acknowledgement"))
                         .toObject()
                         .value(QLatin1String("note"))
                         .toString(),
                     QStringLiteral("已电话督办"));
        }
    }
    QCOMPARE(acknowledged, 1);
    QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("verify")}).code, 0);
    {
        auto db = gd::Database::open(m_db);
        QVERIFY(db.ok());
        const auto events = makeAuditTrail(db.value())->events(key);
        QVERIFY(events.ok());
        QCOMPARE(events->size(), 1);
        QCOMPARE(events->first().action, QStringLiteral("alert.acknowledge"));
    }
}

void TestMonitoringCli::alertsOnAFixedDay()
{
    QCOMPARE(cli({QStringLiteral("feed"), data(QStringLiteral("incidents-good.json"))}).code, 0);
    // INC-2026-002 opened 20 March 2026 and is open: 7 days on the 27th, 8 on the 28th.
    Run run = cli({QStringLiteral("alerts"), QStringLiteral("--on"), QStringLiteral("2026-03-27"),
                   QStringLiteral("--json")});
    QCOMPARE(run.code, 0);
    QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array().size(), 0);
    run = cli({QStringLiteral("alerts"), QStringLiteral("--on"), QStringLiteral("2026-03-28"),
               QStringLiteral("--json")});
    const QJsonArray found = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(found.size(), 1);
    const QJsonObject a = found.first().toObject();
    QCOMPARE(a.value(QLatin1String("code")).toString(), QStringLiteral("incident_open"));
    QCOMPARE(a.value(QLatin1String("subject")).toObject().value(QLatin1String("id")).toString(),
             QStringLiteral("INC-2026-002"));
    run = cli({QStringLiteral("alerts"), QStringLiteral("--on"), QStringLiteral("2026-03-28")});
    QCOMPARE(run.code, 0);
    QVERIFY(run.out.contains(QLatin1String("incident_open:incident:INC-2026-002")));
    QVERIFY(run.out.contains(QLatin1String("1 alerts")));
}

void TestMonitoringCli::alertsPrintStoredTextEscaped()
{
    // Issue 12 "Hostile text": `alerts` wrote raw escape sequences to the terminal.
    const QJsonArray alerts = demoAlerts();
    QVERIFY(!alerts.isEmpty());
    const QString key = alerts.first().toObject().value(QLatin1String("key")).toString();
    const QString note = QStringLiteral("督办\x1b[31m红\u202E字");
    QCOMPARE(cli({QStringLiteral("alerts"), QStringLiteral("--ack"), key, QStringLiteral("--note"),
                  note, QStringLiteral("--key"), officerKey()})
                 .code,
             0);
    const Run run = cli({QStringLiteral("alerts")});
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.contains(QStringLiteral(": 督办\\u001B[31m红\\u202E字\n")),
             qPrintable(run.out));
    QVERIFY(!run.out.contains(QChar(0x1b)) && !run.out.contains(QChar(0x202E)));
    // The note is stored as written.
    const QJsonArray after =
        QJsonDocument::fromJson(
            cli({QStringLiteral("alerts"), QStringLiteral("--json")}).out.toUtf8())
            .array();
    bool found = false;
    for (const QJsonValue &v : after) {
        const QJsonObject a = v.toObject();
        if (a.value(QLatin1String("key")).toString() == key) {
            found = true;
            QCOMPARE(a.value(QLatin1String("acknowledgement"))
                         .toObject()
                         .value(QLatin1String("note"))
                         .toString(),
                     note);
        }
    }
    QVERIFY(found);
}

QTEST_GUILESS_MAIN(TestMonitoringCli)
#include "tst_monitoringcli.moc"
