// SPDX-License-Identifier: GPL-3.0-or-later
#include <functional>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "store/audittrail.h"
#include "store/database.h"
#include "store/repositories.h"

/** grantdesk-cli as a script sees it: exit codes, stderr lines and JSON output. */
class TestCli final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void importExamplesExitsZero();
    void refusedFileExitsTwoAndOthersStillImport();
    void reimportIsANoOp();
    void listJsonHasTheDocumentedFields();
    void listFiltersByStatusAndSearch();
    void allVersions();
    void registerImportAndRefusal();
    void demoLoadsOnceAndDatesRelativeToToday();
    void usageErrors();
    void secondInstanceOnTheSameDatabaseIsRefused();
    void auditVerify();
    void priceWorkedExample();
    void priceJson();
    void priceInvalidRuleFileExitsTwo();
    void priceUsageErrors();
    void priceHelpDescribesEveryOption();
    void priceUnknownOptionAndMissingValueAreNamed();
    void hostileNameRefusedOnImport();
    void hostileFreeTextPrintedEscaped();
    void keygenRefusesHiddenCharacters();
    void helpListsEveryCommand();
    void commandHelpDescribesEveryOption_data();
    void commandHelpDescribesEveryOption();
    void unknownOptionNamesCommandAndOption_data();
    void unknownOptionNamesCommandAndOption();
    void missingValueAndSubcommandAreNamed();
    void helpFollowsTheLanguage();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run cli(QStringList args) const;
    /** examples/fj-health-0007.json with @p edit applied, written into the sandbox. */
    QString writeExample(const QString &name, const std::function<void(QJsonObject &)> &edit) const;
    QString data(const QString &relative) const
    {
        return QStringLiteral(GRANTDESK_TEST_DATA "/") + relative;
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(QStringLiteral("cli.sqlite"));
}

TestCli::Run TestCli::cli(QStringList args) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir->path()); // logs and settings stay in the sandbox
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    process.setProcessEnvironment(env);
    args.prepend(m_db);
    args.prepend(QStringLiteral("--db"));
    process.start(QStringLiteral(GRANTDESK_CLI), args);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString TestCli::writeExample(const QString &name,
                              const std::function<void(QJsonObject &)> &edit) const
{
    QFile in(data(QStringLiteral("examples/fj-health-0007.json")));
    if (!in.open(QIODevice::ReadOnly))
        return {};
    QJsonObject root = QJsonDocument::fromJson(in.readAll()).object();
    edit(root);
    const QString file = m_dir->filePath(name);
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return {};
    out.write(QJsonDocument(root).toJson());
    return file;
}

void TestCli::importExamplesExitsZero()
{
    const Run run = cli({QStringLiteral("import"), data(QStringLiteral("examples"))});
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.contains(QLatin1String("3 added, 0 unchanged, 0 refused, 3 skipped")),
             qPrintable(run.out));
    QVERIFY(run.err.contains(QLatin1String("skipped ")));
    QVERIFY(run.err.contains(QLatin1String("register-demo.json: not an application file")));
    QVERIFY(run.err.contains(QLatin1String("warning: FJ-2026-0007: version 1 is missing")));
}

void TestCli::refusedFileExitsTwoAndOthersStillImport()
{
    const QString bad = data(QStringLiteral("import/bad/period-reversed/application.json"));
    const Run run =
        cli({QStringLiteral("import"), bad, data(QStringLiteral("examples/fj-health-0007.json"))});
    QCOMPARE(run.code, 2);
    // One line per error: FILE: JSON.PATH: what
    QVERIFY2(run.err.contains(bad + QStringLiteral(": period.end: ")), qPrintable(run.err));
    QVERIFY(run.out.contains(QLatin1String("1 added, 0 unchanged, 1 refused")));
    const Run list = cli({QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 1);
}

void TestCli::reimportIsANoOp()
{
    const QString file = data(QStringLiteral("examples/gzh-tour-0042.json"));
    QCOMPARE(cli({QStringLiteral("import"), file}).code, 0);
    const Run again = cli({QStringLiteral("import"), file});
    QCOMPARE(again.code, 0);
    QVERIFY(again.out.contains(QLatin1String("0 added, 1 unchanged")));
}

void TestCli::listJsonHasTheDocumentedFields()
{
    QCOMPARE(cli({QStringLiteral("import"), data(QStringLiteral("examples"))}).code, 0);
    const Run run = cli({QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(run.code, 0);
    QJsonParseError error{};
    const QJsonArray rows = QJsonDocument::fromJson(run.out.toUtf8(), &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(rows.size(), 3);
    const QJsonObject gz = rows.at(1).toObject();
    QCOMPARE(gz.value(QLatin1String("id")).toString(), QStringLiteral("GZ-2026-0001"));
    QCOMPARE(gz.value(QLatin1String("version")).toInt(), 1);
    QCOMPARE(gz.value(QLatin1String("status")).toString(), QStringLiteral("received"));
    QCOMPARE(gz.value(QLatin1String("decision")).toString(), QString());
    QCOMPARE(gz.value(QLatin1String("applicant")).toString(),
             QStringLiteral("广州低空智联科技有限公司"));
    QCOMPARE(gz.value(QLatin1String("scenario")).toString(),
             QStringLiteral("低空物流航线规划与风险评估"));
    QCOMPARE(gz.value(QLatin1String("domain")).toString(), QStringLiteral("低空经济"));
    QCOMPARE(gz.value(QLatin1String("mode")).toString(), QStringLiteral("scenario"));
    QCOMPARE(gz.value(QLatin1String("useClass")).toString(), QStringLiteral("industry"));
}

void TestCli::listFiltersByStatusAndSearch()
{
    QCOMPARE(cli({QStringLiteral("import"), data(QStringLiteral("examples"))}).code, 0);
    auto ids = [this](const QStringList &args) {
        QStringList result;
        const Run run = cli(QStringList{QStringLiteral("list"), QStringLiteral("--json")} + args);
        for (const QJsonValue &v : QJsonDocument::fromJson(run.out.toUtf8()).array())
            result << v.toObject().value(QLatin1String("id")).toString();
        return result;
    };
    QCOMPARE(ids({QStringLiteral("--search"), QStringLiteral("医疗")}),
             QStringList{QStringLiteral("FJ-2026-0007")});
    QCOMPARE(ids({QStringLiteral("--search"), QStringLiteral("客流预测")}),
             QStringList{QStringLiteral("GZH-2026-0042")});
    QCOMPARE(ids({QStringLiteral("--status"), QStringLiteral("received")}).size(), 3);
    QCOMPARE(ids({QStringLiteral("--status"), QStringLiteral("decided")}), QStringList{});
    const Run bad =
        cli({QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("pending")});
    QCOMPARE(bad.code, 64);
    QVERIFY(bad.err.contains(QLatin1String("unknown status 'pending'")));
}

void TestCli::allVersions()
{
    QCOMPARE(cli({QStringLiteral("demo")}).code, 0);
    const Run latest = cli({QStringLiteral("list"), QStringLiteral("--json")});
    const Run all =
        cli({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--all-versions")});
    const int latestCount = int(QJsonDocument::fromJson(latest.out.toUtf8()).array().size());
    const QJsonArray allRows = QJsonDocument::fromJson(all.out.toUtf8()).array();
    QVERIFY(allRows.size() > latestCount);
    QStringList latestKeys;
    for (const QJsonValue &v : QJsonDocument::fromJson(latest.out.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        latestKeys << o.value(QLatin1String("id")).toString() + QLatin1Char('/') +
                          QString::number(o.value(QLatin1String("version")).toInt());
    }
    // Every earlier version was reviewed and returned.
    for (const QJsonValue &v : allRows) {
        const QJsonObject o = v.toObject();
        const QString key = o.value(QLatin1String("id")).toString() + QLatin1Char('/') +
                            QString::number(o.value(QLatin1String("version")).toInt());
        if (!latestKeys.contains(key))
            QCOMPARE(o.value(QLatin1String("status")).toString(), QStringLiteral("returned"));
    }
}

void TestCli::registerImportAndRefusal()
{
    const Run ok =
        cli({QStringLiteral("register"), data(QStringLiteral("examples/register-demo.json"))});
    QCOMPARE(ok.code, 0);
    QVERIFY(ok.out.contains(QLatin1String("5 added, 0 updated, 0 unchanged")));
    const Run bad =
        cli({QStringLiteral("register"), data(QStringLiteral("examples/gzh-tour-0042.json"))});
    QCOMPARE(bad.code, 2);
    QVERIFY2(bad.err.contains(QLatin1String("gzh-tour-0042.json: format")), qPrintable(bad.err));
    QCOMPARE(
        cli({QStringLiteral("import"), data(QStringLiteral("examples/gzh-tour-0042.json"))}).code,
        0);
    const Run list = cli({QStringLiteral("list"), QStringLiteral("--json")});
    const QJsonObject row = QJsonDocument::fromJson(list.out.toUtf8()).array().first().toObject();
    QCOMPARE(row.value(QLatin1String("unregisteredResources")).toInt(),
             1); // 住宿登记汇总 has no code
}

void TestCli::demoLoadsOnceAndDatesRelativeToToday()
{
    const Run first = cli({QStringLiteral("demo")});
    QCOMPARE(first.code, 0);
    QVERIFY2(first.out.contains(QLatin1String("29 applications")), qPrintable(first.out));
    const Run second = cli({QStringLiteral("demo")});
    QCOMPARE(second.code, 0);
    QVERIFY(second.out.contains(QLatin1String("0 applications, 0 versions, 0 register entries")));
    // An authorization at every stage after the review (issue 15: done when).
    const Run authorizations = cli({QStringLiteral("authorizations"), QStringLiteral("--json")});
    QCOMPARE(authorizations.code, 0);
    QMap<QString, QString> stages;
    for (const QJsonValue &v : QJsonDocument::fromJson(authorizations.out.toUtf8()).array())
        stages.insert(v[QLatin1String("stage")].toString(), v[QLatin1String("id")].toString());
    // Every stage but "expired": no act may precede the countersignature, made at load time.
    for (const char *stage :
         {"collective_decision", "approval", "agreement", "filing", "disclosure",
          "not_yet_in_force", "active", "expiring", "suspended", "revoked", "terminated",
          "not_adopted"})
        QVERIFY2(stages.contains(QLatin1String(stage)), stage);
    const Run list = cli({QStringLiteral("list"), QStringLiteral("--json")});
    const QDate today = QDate::currentDate();
    for (const QJsonValue &v : QJsonDocument::fromJson(list.out.toUtf8()).array()) {
        const QDateTime submitted = QDateTime::fromString(
            v.toObject().value(QLatin1String("submittedAt")).toString(), Qt::ISODate);
        QVERIFY(submitted.date() <= today);
        QVERIFY(submitted.date() >= today.addDays(-120));
    }
}

void TestCli::usageErrors()
{
    QCOMPARE(cli({QStringLiteral("import")}).code, 64);
    QCOMPARE(cli({QStringLiteral("frobnicate")}).code, 64);
    const Run missing =
        cli({QStringLiteral("import"), m_dir->filePath(QStringLiteral("nope.json"))});
    QCOMPARE(missing.code, 2);
    QVERIFY(missing.err.contains(QLatin1String("nope.json")));
}

void TestCli::secondInstanceOnTheSameDatabaseIsRefused()
{
    {
        auto holder = gd::Database::open(m_db); // this test process holds the database
        QVERIFY(holder.ok());
        const Run refused = cli({QStringLiteral("list")}); // waits 5 s for the lock, then 3
        QCOMPARE(refused.code, 3);
        QVERIFY2(refused.err.contains(QLatin1String("already open in another GrantDesk")),
                 qPrintable(refused.err));
    }
    QCOMPARE(cli({QStringLiteral("list")}).code, 0); // released with the holder
}

void TestCli::auditVerify()
{
    Run run = cli({QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(run.code, 0);
    QCOMPARE(run.out, QStringLiteral("audit trail intact: 0 events, head seq 0 "
                                     "(verified from seq 1)\nsigned checkpoints: none\n"
                                     "unanchored: 0 events\n"));
    QCOMPARE(cli({QStringLiteral("audit")}).code, 64);
    {
        auto db = gd::Database::open(m_db);
        QVERIFY(db.ok());
        const auto trail = makeAuditTrail(db.value());
        for (int i = 0; i < 3; ++i)
            QVERIFY(trail
                        ->append(QStringLiteral("李华"), QStringLiteral("review.edit"),
                                 QStringLiteral("GZ-2026-0001 v1"), {})
                        .ok());
    }
    run = cli({QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.contains(QLatin1String("intact: 3 events, head seq 3")), qPrintable(run.out));
    // No signed checkpoint yet: all three could be cut unseen, and the output says so.
    QVERIFY2(run.out.contains(QLatin1String("unanchored: 3 events (seq 1 to 3")),
             qPrintable(run.out));

    // Tampered with plain SQL, triggers dropped first.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("x"));
        db.setDatabaseName(m_db);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_events_no_update")));
        QVERIFY(q.exec(QStringLiteral("UPDATE audit_events SET actor = '王强' WHERE seq = 2")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("x"));
    run = cli({QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.startsWith(QLatin1String("audit trail broken at seq 2: ")),
             qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

namespace {

QStringList workedExample(const QString &rules)
{
    return {QStringLiteral("price"),
            QStringLiteral("--rules"),
            rules,
            QStringLiteral("--product"),
            QStringLiteral("GZ-LOWALT-RISK-API"),
            QStringLiteral("--use"),
            QStringLiteral("industry"),
            QStringLiteral("--quantity"),
            QStringLiteral("1500000"),
            QStringLiteral("--small-business"),
            QStringLiteral("--priority-scenario"),
            QStringLiteral("--operator"),
            QStringLiteral("91440101MA5CXK7Q9R"),
            QStringLiteral("--on"),
            QStringLiteral("2026-11-26")};
}

} // namespace

void TestCli::priceWorkedExample()
{
    const Run run = cli(workedExample(data(QStringLiteral("examples/fee-rules-gz.json"))));
    QCOMPARE(run.code, 0);
    QVERIFY(run.err.isEmpty());
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.last(), QStringLiteral("fee: 313600.00"));
    QVERIFY(run.out.contains(QStringLiteral("900,000 × 0.40 = 360,000.00")));
    // The finding in words; its code is for --json.
    QVERIFY2(run.out.contains(QStringLiteral("is exceeded by 303,600.00")), qPrintable(run.out));
    QVERIFY(!run.out.contains(QStringLiteral("mar_exceeded")));
}

void TestCli::priceJson()
{
    QStringList args = workedExample(data(QStringLiteral("examples/fee-rules-gz.json")));
    args << QStringLiteral("--json") << QStringLiteral("--start") << QStringLiteral("2026-04-01")
         << QStringLiteral("--end") << QStringLiteral("2031-04-01") << QStringLiteral("--unit")
         << QStringLiteral("item");
    const Run run = cli(args);
    QCOMPARE(run.code, 0);
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(o.value(QLatin1String("fee")).toString(), QStringLiteral("313600.00"));
    QCOMPARE(o.value(QLatin1String("gross")).toString(), QStringLiteral("560000.00"));
    QCOMPARE(o.value(QLatin1String("product")).toString(), QStringLiteral("GZ-LOWALT-RISK-API"));
    const QJsonObject rules = o.value(QLatin1String("rules")).toObject();
    QCOMPARE(rules.value(QLatin1String("version")).toString(), QStringLiteral("GZ-2026.1"));
    QCOMPARE(rules.value(QLatin1String("region")).toString(), QStringLiteral("广州市"));
    QVERIFY(o.value(QLatin1String("trace")).toArray().size() >= 8);
    QMap<QString, QJsonObject> findings;
    for (const QJsonValue &v : o.value(QLatin1String("findings")).toArray())
        findings.insert(v.toObject().value(QLatin1String("code")).toString(), v.toObject());
    QCOMPARE(findings.keys(),
             (QStringList{QStringLiteral("mar_exceeded"), QStringLiteral("term_over_cap"),
                          QStringLiteral("unit_mismatch")}));
    QCOMPARE(
        findings.value(QStringLiteral("mar_exceeded")).value(QLatin1String("amount")).toString(),
        QStringLiteral("303600.00"));
    QVERIFY(!findings.value(QStringLiteral("unit_mismatch")).contains(QLatin1String("amount")));
}

void TestCli::priceInvalidRuleFileExitsTwo()
{
    const QString bad = data(QStringLiteral("feerules/bad/price-above-cap.json"));
    const Run run = cli(workedExample(bad));
    QCOMPARE(run.code, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.startsWith(bad + QStringLiteral(": products[0].tiers[1].price: price 0.5001")),
             qPrintable(run.err));
}

void TestCli::priceUsageErrors()
{
    const QString rules = data(QStringLiteral("examples/fee-rules-gz.json"));
    QCOMPARE(cli({QStringLiteral("price")}).code, 64);
    QStringList args = workedExample(rules);
    args << QStringLiteral("--start") << QStringLiteral("2026-01-01");
    QCOMPARE(cli(args).code, 64); // --start without --end
    args = workedExample(rules);
    args[8] = QStringLiteral("-5");
    QCOMPARE(cli(args).code, 64);
    args = workedExample(rules);
    args << QStringLiteral("--frobnicate");
    QCOMPARE(cli(args).code, 64);
    args = workedExample(rules);
    args[14] = QStringLiteral("2026-13-01");
    QCOMPARE(cli(args).code, 64);
}

void TestCli::priceHelpDescribesEveryOption()
{
    const Run run = cli({QStringLiteral("price"), QStringLiteral("--help")});
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.startsWith(QStringLiteral("Usage: grantdesk-cli price [options]")),
             qPrintable(run.out));
    // Every option with its value name and a description, one block per option.
    for (const char *option :
         {"--rules <FILE>", "--product <P>", "--use <CLASS>", "--quantity <N>", "--unit <U>",
          "--small-business", "--priority-scenario", "--operator <CREDITCODE>", "--start <DATE>",
          "--end <DATE>", "--on <DATE>", "--json", "--help"}) {
        const qsizetype at = run.out.indexOf(QString::fromLatin1(option));
        QVERIFY2(at >= 0, option);
        const QString line = run.out.mid(at, run.out.indexOf(u'\n', at) - at);
        QVERIFY2(line.size() > qsizetype(qstrlen(option)) + 4, qPrintable(line)); // described
    }
    QVERIFY(run.out.contains(QStringLiteral("fee rule file")));
    QVERIFY(run.err.isEmpty());
}

void TestCli::priceUnknownOptionAndMissingValueAreNamed()
{
    Run run = cli({QStringLiteral("price"), QStringLiteral("--frobnicate")});
    QCOMPARE(run.code, 64);
    QVERIFY2(run.err.startsWith(QStringLiteral("price: Unknown option 'frobnicate'.")),
             qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("grantdesk-cli price --help")), qPrintable(run.err));
    run = cli({QStringLiteral("price"), QStringLiteral("--rules")});
    QCOMPARE(run.code, 64);
    QVERIFY2(run.err.startsWith(QStringLiteral("price: Missing value after '--rules'.")),
             qPrintable(run.err));
    QStringList args = workedExample(data(QStringLiteral("examples/fee-rules-gz.json")));
    args << QStringLiteral("surplus");
    run = cli(args);
    QCOMPARE(run.code, 64);
    QVERIFY2(run.err.startsWith(QStringLiteral("price: unexpected argument: surplus")),
             qPrintable(run.err));
    args = workedExample(data(QStringLiteral("examples/fee-rules-gz.json")));
    args[8] = QStringLiteral("-5");
    run = cli(args);
    QCOMPARE(run.code, 64);
    QVERIFY2(run.err.startsWith(
                 QStringLiteral("price: --quantity: expected a non-negative integer, not -5")),
             qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void TestCli::hostileNameRefusedOnImport()
{
    // Issue 12 "Hostile text": the PDF showed 广州科技有限公司穗数 for this stored name.
    const QString file = writeExample(QStringLiteral("bidi.json"), [](QJsonObject &root) {
        QJsonObject applicant = root.value(QLatin1String("applicant")).toObject();
        applicant.insert(QStringLiteral("name"),
                         QStringLiteral("广州\u202e司公限有技科\u202c穗数"));
        root.insert(QStringLiteral("applicant"), applicant);
    });
    const Run run = cli({QStringLiteral("import"), file});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(file + QStringLiteral(": applicant.name: contains U+202E")),
             qPrintable(run.err));
    QVERIFY(run.out.contains(QLatin1String("0 added, 0 unchanged, 1 refused")));
    const Run list = cli({QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 0);
}

void TestCli::hostileFreeTextPrintedEscaped()
{
    // A purpose (free text) keeps its characters in the store; the terminal sees escapes.
    const QString purpose = QStringLiteral("病\x1b[31m访\u202e醒\u200b务");
    const QString file = writeExample(QStringLiteral("ansi.json"), [&](QJsonObject &root) {
        QJsonObject scenario = root.value(QLatin1String("scenario")).toObject();
        scenario.insert(QStringLiteral("name"), purpose);
        root.insert(QStringLiteral("scenario"), scenario);
    });
    const Run imported = cli({QStringLiteral("import"), file});
    QVERIFY2(imported.code == 0, qPrintable(imported.err));
    const Run list = cli({QStringLiteral("list")});
    QCOMPARE(list.code, 0);
    QVERIFY2(list.out.contains(QStringLiteral("病\\u001B[31m访\\u202E醒\\u200B务")),
             qPrintable(list.out));
    for (const QChar hidden : {QChar(0x1b), QChar(0x202e), QChar(0x200b)})
        QVERIFY(!list.out.contains(hidden));
    // --json: escaped on the terminal, the same text once parsed.
    const Run json = cli({QStringLiteral("list"), QStringLiteral("--json")});
    for (const QChar hidden : {QChar(0x1b), QChar(0x202e), QChar(0x200b)})
        QVERIFY(!json.out.contains(hidden));
    const QJsonArray rows = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().toObject().value(QLatin1String("scenario")).toString(), purpose);
}

void TestCli::keygenRefusesHiddenCharacters()
{
    // Issue 12 "Four eyes by name only": keygen --name $'张\u200b敏'.
    const QString out = m_dir->filePath(QStringLiteral("key"));
    const Run run =
        cli({QStringLiteral("keygen"), QStringLiteral("--alg"), QStringLiteral("ed25519"),
             QStringLiteral("--name"), QStringLiteral("张\u200b敏"), QStringLiteral("--out"), out});
    QCOMPARE(run.code, 64);
    QVERIFY2(run.err.contains(QLatin1String("Name: contains U+200B")), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(out + QStringLiteral("/key.pem")));
    const Run unit =
        cli({QStringLiteral("keygen"), QStringLiteral("--alg"), QStringLiteral("sm2"),
             QStringLiteral("--name"), QStringLiteral("张敏"), QStringLiteral("--unit"),
             QStringLiteral("审核科\u202e"), QStringLiteral("--out"), out});
    QCOMPARE(unit.code, 64);
    QVERIFY2(unit.err.contains(QLatin1String("Unit: contains U+202E")), qPrintable(unit.err));
    // A compatibility ideograph (U+FA41, which NFKC makes 敏) and full-width letters: the
    // certificate names the officer in NFKC, as names are compared.
    qputenv("GRANTDESK_PASSPHRASE", "correct horse battery");
    const Run compat =
        cli({QStringLiteral("keygen"), QStringLiteral("--alg"), QStringLiteral("ed25519"),
             QStringLiteral("--name"), QStringLiteral("张\uFA41"), QStringLiteral("--unit"),
             QStringLiteral("ＡＢＣ科"), QStringLiteral("--out"), out});
    qunsetenv("GRANTDESK_PASSPHRASE");
    QVERIFY2(compat.code == 0, qPrintable(compat.err));
    QVERIFY2(compat.out.contains(QStringLiteral("张敏")) &&
                 compat.out.contains(QStringLiteral("ABC科")),
             qPrintable(compat.out));
    QVERIFY(!compat.out.contains(QChar(0xFA41)));
}

namespace {

/** The 14 commands as `grantdesk-cli --help` lists them (subcommands with their command). */
const QStringList kCommands{QStringLiteral("import"),
                            QStringLiteral("register"),
                            QStringLiteral("list"),
                            QStringLiteral("demo"),
                            QStringLiteral("audit verify"),
                            QStringLiteral("db check"),
                            QStringLiteral("price"),
                            QStringLiteral("keygen"),
                            QStringLiteral("export"),
                            QStringLiteral("countersign"),
                            QStringLiteral("verify"),
                            QStringLiteral("feed"),
                            QStringLiteral("indicators"),
                            QStringLiteral("alerts"),
                            QStringLiteral("authorizations"),
                            QStringLiteral("lifecycle show"),
                            QStringLiteral("lifecycle record")};

/** The line of @p text that starts with @p start, or an empty string. */
QString lineStarting(const QString &text, const QString &start)
{
    for (const QString &line : text.split(u'\n'))
        if (line.startsWith(start))
            return line;
    return {};
}

} // namespace

void TestCli::helpListsEveryCommand()
{
    const Run run = cli({QStringLiteral("--help")});
    QCOMPARE(run.code, 0);
    QVERIFY(run.err.isEmpty());
    QVERIFY2(run.out.startsWith(QStringLiteral("Usage: grantdesk-cli [options] COMMAND")),
             qPrintable(run.out));
    // One line a command: its name, then what it does.
    const QString commands = run.out.mid(run.out.indexOf(QStringLiteral("\nCommands:\n")));
    QVERIFY2(commands.size() > 1, qPrintable(run.out));
    // `lifecycle show` and `lifecycle record` share one line.
    QStringList listed = kCommands;
    listed.removeAll(QStringLiteral("lifecycle record"));
    listed.replace(listed.indexOf(QStringLiteral("lifecycle show")),
                   QStringLiteral("lifecycle show | record"));
    for (const QString &command : std::as_const(listed)) {
        const QString line = lineStarting(commands, QStringLiteral("  ") + command + u' ');
        QVERIFY2(line.size() > command.size() + 20, qPrintable(command + u'\n' + run.out));
    }
    // The global options, each described.
    for (const char *option :
         {"  --db <PATH>", "  --read-only", "  --verbose", "  -h, --help", "  -v, --version"}) {
        const QString line = lineStarting(run.out, QString::fromLatin1(option));
        QVERIFY2(line.size() > qsizetype(qstrlen(option)) + 6, option);
    }
    QVERIFY(run.out.contains(QStringLiteral("\nExit codes: 0 success")));
    // No command at all: the same help, on stderr, and the usage code.
    QProcess bare;
    bare.start(QStringLiteral(GRANTDESK_CLI), QStringList{});
    QVERIFY(bare.waitForFinished(60000));
    QCOMPARE(bare.exitCode(), 64);
    QVERIFY(
        QString::fromUtf8(bare.readAllStandardError()).contains(QStringLiteral("\nCommands:\n")));
    const Run version = cli({QStringLiteral("--version")});
    QCOMPARE(version.code, 0);
    QVERIFY2(version.out.startsWith(QStringLiteral("grantdesk-cli ")), qPrintable(version.out));
}

void TestCli::commandHelpDescribesEveryOption_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QStringList>("options"); // with value names; each must be described
    auto row = [](const char *name, const QStringList &command, const QStringList &options) {
        QTest::newRow(name) << command << options;
    };
    row("import", {QStringLiteral("import")}, {QStringLiteral("FILE|DIR...")});
    row("register", {QStringLiteral("register")}, {QStringLiteral("FILE")});
    row("list", {QStringLiteral("list")},
        {QStringLiteral("--status <S>"), QStringLiteral("--search <TEXT>"),
         QStringLiteral("--all-versions"), QStringLiteral("--json")});
    row("demo", {QStringLiteral("demo")}, {});
    row("audit", {QStringLiteral("audit")}, {QStringLiteral("verify")});
    row("audit verify", {QStringLiteral("audit"), QStringLiteral("verify")},
        {QStringLiteral("--package <FILE.gdpkg>"), QStringLiteral("FILE.gdpkg...")});
    row("db", {QStringLiteral("db")}, {QStringLiteral("check")});
    row("db check", {QStringLiteral("db"), QStringLiteral("check")}, {});
    row("keygen", {QStringLiteral("keygen")},
        {QStringLiteral("--alg <sm2|ed25519>"), QStringLiteral("--name <NAME>"),
         QStringLiteral("--unit <UNIT>"), QStringLiteral("--position <P>"),
         QStringLiteral("--days <N>"), QStringLiteral("--out <DIR>")});
    row("export", {QStringLiteral("export")},
        {QStringLiteral("--version <N>"), QStringLiteral("--key <DIR>"),
         QStringLiteral("--out <FILE.gdpkg>"), QStringLiteral("ID")});
    row("countersign", {QStringLiteral("countersign")},
        {QStringLiteral("--key <DIR>"), QStringLiteral("FILE.gdpkg")});
    row("verify", {QStringLiteral("verify")},
        {QStringLiteral("--trust <CERT>"), QStringLiteral("--require-trusted"),
         QStringLiteral("--require-approved"), QStringLiteral("--json"),
         QStringLiteral("FILE.gdpkg")});
    row("feed", {QStringLiteral("feed")}, {QStringLiteral("FILE|DIR...")});
    const QStringList filters{QStringLiteral("--body <NAME>"), QStringLiteral("--domain <D>"),
                              QStringLiteral("--mode <M>"),
                              QStringLiteral("--operator <CREDITCODE>")};
    row("indicators", {QStringLiteral("indicators")},
        QStringList{QStringLiteral("--from <DATE>"), QStringLiteral("--to <DATE>"),
                    QStringLiteral("--on <DATE>"), QStringLiteral("--json")} +
            filters);
    row("alerts", {QStringLiteral("alerts")},
        QStringList{QStringLiteral("--on <DATE>"), QStringLiteral("--json"),
                    QStringLiteral("--ack <KEY>"), QStringLiteral("--note <TEXT>"),
                    QStringLiteral("--key <DIR>")} +
            filters);
    row("authorizations", {QStringLiteral("authorizations")},
        {QStringLiteral("--on <DATE>"), QStringLiteral("--json")});
    row("lifecycle", {QStringLiteral("lifecycle")},
        {QStringLiteral("show"), QStringLiteral("record")});
    row("lifecycle show", {QStringLiteral("lifecycle"), QStringLiteral("show")},
        {QStringLiteral("--version <N>"), QStringLiteral("--on <DATE>"), QStringLiteral("--json"),
         QStringLiteral("ID")});
    row("lifecycle record", {QStringLiteral("lifecycle"), QStringLiteral("record")},
        {QStringLiteral("--version <N>"), QStringLiteral("--act <FILE.json>"),
         QStringLiteral("--key <DIR>"), QStringLiteral("ID")});
}

void TestCli::commandHelpDescribesEveryOption()
{
    QFETCH(QStringList, command);
    QFETCH(QStringList, options);
    const Run run = cli(command + QStringList{QStringLiteral("--help")});
    QCOMPARE(run.code, 0);
    QVERIFY(run.err.isEmpty());
    const QString usage =
        QStringLiteral("Usage: grantdesk-cli ") + command.join(u' ') + QStringLiteral(" [options]");
    QVERIFY2(run.out.startsWith(usage), qPrintable(run.out));
    // A description under the usage line, then every option and argument with its own.
    QVERIFY2(run.out.section(u'\n', 1, 1).size() > 20, qPrintable(run.out));
    for (const QString &option : options + QStringList{QStringLiteral("-h, --help")}) {
        const QString line = lineStarting(run.out, QStringLiteral("  ") + option);
        QVERIFY2(line.size() > option.size() + 6, qPrintable(option + u'\n' + run.out));
    }
}

void TestCli::unknownOptionNamesCommandAndOption_data()
{
    QTest::addColumn<QStringList>("command");
    for (const QString &command : kCommands)
        QTest::newRow(qPrintable(command)) << command.split(u' ');
    QTest::newRow("audit") << QStringList{QStringLiteral("audit")};
    QTest::newRow("db") << QStringList{QStringLiteral("db")};
}

void TestCli::unknownOptionNamesCommandAndOption()
{
    QFETCH(QStringList, command);
    // Before the files a command reads: the option is refused before anything is done.
    const Run run = cli(command + QStringList{QStringLiteral("--frobnicate"), QStringLiteral("x")});
    QCOMPARE(run.code, 64);
    const QString name = command.join(u' ');
    QVERIFY2(run.err.startsWith(name + QStringLiteral(": Unknown option 'frobnicate'.")),
             qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("(see grantdesk-cli %1 --help)").arg(name)),
             qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void TestCli::missingValueAndSubcommandAreNamed()
{
    Run run = cli({QStringLiteral("verify"), QStringLiteral("x.gdpkg"), QStringLiteral("--trust")});
    QCOMPARE(run.code, 64);
    QVERIFY2(run.err.startsWith(QStringLiteral("verify: Missing value after '--trust'.")),
             qPrintable(run.err));
    run = cli({QStringLiteral("export"), QStringLiteral("GZ-2026-0001"), QStringLiteral("GZ-2")});
    QCOMPARE(run.code, 64);
    QVERIFY2(run.err.startsWith(QStringLiteral("export: unexpected argument: GZ-2")),
             qPrintable(run.err));
    run = cli({QStringLiteral("audit"), QStringLiteral("check")});
    QCOMPARE(run.code, 64);
    QVERIFY2(run.err.startsWith(
                 QStringLiteral("audit: check: unknown subcommand, expected 'audit verify'")),
             qPrintable(run.err));
    run = cli({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("now")});
    QCOMPARE(run.code, 64);
    QVERIFY2(run.err.startsWith(QStringLiteral("db check: unexpected argument: now")),
             qPrintable(run.err));
    // Global options go before the command, as they always did: after it they are its own.
    run = cli({QStringLiteral("list"), QStringLiteral("--read-only")});
    QCOMPARE(run.code, 64);
    QVERIFY2(run.err.startsWith(QStringLiteral("list: Unknown option 'read-only'.")),
             qPrintable(run.err));
    run = cli({QStringLiteral("--frobnicate"), QStringLiteral("list")});
    QCOMPARE(run.code, 64);
    QVERIFY2(run.err.startsWith(QStringLiteral("grantdesk-cli: Unknown option 'frobnicate'.")),
             qPrintable(run.err));
    run = cli({QStringLiteral("frobnicate")});
    QCOMPARE(run.code, 64);
    QVERIFY2(run.err.startsWith(QStringLiteral("frobnicate: unknown command")),
             qPrintable(run.err));
}

void TestCli::helpFollowsTheLanguage()
{
    // Scripts get English; GRANTDESK_LANG=zh_CN gives the help in Chinese.
    qputenv("GRANTDESK_LANG", "zh_CN");
    const Run top = cli({QStringLiteral("--help")});
    const Run exported = cli({QStringLiteral("export"), QStringLiteral("--help")});
    qunsetenv("GRANTDESK_LANG");
    QCOMPARE(top.code, 0);
    QVERIFY2(top.out.contains(QStringLiteral("命令：")), qPrintable(top.out));
    QVERIFY2(!top.out.contains(QStringLiteral("Import application files")), qPrintable(top.out));
    QCOMPARE(exported.code, 0);
    QVERIFY2(!exported.out.contains(QStringLiteral("The package file to write")),
             qPrintable(exported.out));
    QVERIFY2(exported.out.contains(QStringLiteral("--out <")), qPrintable(exported.out));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
