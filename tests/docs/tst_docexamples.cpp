// SPDX-License-Identifier: GPL-3.0-or-later
// Every example of the format pages (docs/formats/*.md) and of docs/feeds.md is parsed by the
// parser GrantDesk uses for it, so the documentation cannot drift from the code: a ```json
// block is dispatched on its "format", a fenced block starting "#format:" is a CSV feed.
#include <optional>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "calendar/workcalendarfile.h"
#include "lifecycle/lifecyclerules.h"
#include "review/approvedplans.h"
#include "core/canonicaljson.h"
#include "importer/applicationparser.h"
#include "importer/registerparser.h"
#include "modes/modetable.h"
#include "monitoring/feeds.h"
#include "pricing/feerules.h"
#include "review/checklisttemplate.h"
#include "common/errortext.h"

using namespace gd;

namespace {

QString docsDir()
{
    return QDir::cleanPath(QStringLiteral(GRANTDESK_TEST_DATA "/../../docs"));
}

/** The pages whose examples are checked, relative to docs/. */
QStringList pages()
{
    QStringList list{QStringLiteral("feeds.md")};
    const QDir formats(docsDir() + QStringLiteral("/formats"));
    for (const QString &name : formats.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name))
        list << QStringLiteral("formats/") + name;
    return list;
}

struct Block
{
    QString info; // the fence's info string: "json", "text", ""
    int line = 0; // 1-based line of the opening fence
    QByteArray body;
};

QList<Block> fencedBlocks(const QByteArray &markdown)
{
    QList<Block> blocks;
    const QList<QByteArray> lines = markdown.split('\n');
    std::optional<Block> open;
    for (int i = 0; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        if (!line.startsWith("```")) {
            if (open)
                open->body += line + '\n';
            continue;
        }
        if (open) {
            blocks << *open;
            open.reset();
        } else {
            open = Block{QString::fromUtf8(line.mid(3).trimmed()), i + 1, {}};
        }
    }
    return blocks;
}

using gd::test::describe;

/** The keys a signed JSON member of a package must have, exactly (docs/formats/package.md). */
QStringList packageKeys(const QString &format)
{
    if (format == QLatin1String("grantdesk.package/1"))
        return {QStringLiteral("app"),     QStringLiteral("application"),
                QStringLiteral("created"), QStringLiteral("decision"),
                QStringLiteral("format"),  QStringLiteral("members"),
                QStringLiteral("rules")};
    return {QStringLiteral("algorithm"),      QStringLiteral("format"),
            QStringLiteral("manifestSha256"), QStringLiteral("manifestSm3"),
            QStringLiteral("role"),           QStringLiteral("signedAt"),
            QStringLiteral("signer")};
}

/** Why the JSON example @p body is not accepted, or an empty string. */
QString jsonProblem(const QByteArray &body, const QString &label)
{
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    const QString format = root.value(QLatin1String("format")).toString();
    if (format == QLatin1String("grantdesk.application/1")) {
        // Attachments resolve against the example folder that holds them.
        const QString base = QStringLiteral(GRANTDESK_TEST_DATA "/examples/gz-lowalt-0001");
        return describe(ApplicationParser().parse(body, label, base).errors);
    }
    if (format == QLatin1String("grantdesk.register/1"))
        return describe(RegisterParser::parse(body, label).errors);
    if (format == QLatin1String("grantdesk.fee-rules/1"))
        return describe(parseFeeRules(body, label).errors);
    if (format == QLatin1String("grantdesk.modes/1"))
        return describe(parseModeTable(body, label).errors);
    if (format == QLatin1String("grantdesk.checklist/1") ||
        format == QLatin1String("grantdesk.checklist/2"))
        return describe(parseChecklistTemplate(body, label).errors);
    if (format == QLatin1String("grantdesk.calendar/1"))
        return describe(parseWorkCalendar(body, label).errors);
    if (format == QLatin1String("grantdesk.lifecycle/1"))
        return describe(lifecycle::parseLifecycleRules(body, label).errors);
    if (format == QLatin1String("grantdesk.plans/1"))
        return describe(parseApprovedPlans(body, label).errors);
    if (monitoring::feedKindFromFormat(format))
        return describe(monitoring::parseFeed(body, label, false).errors);
    if (format == QLatin1String("grantdesk.package/1") ||
        format == QLatin1String("grantdesk.signature/1")) {
        // Verification refuses these unless they are canonical JSON as GrantDesk writes them.
        if (canonicaljson::serialize(root) != body.trimmed())
            return label + QStringLiteral(": not canonical JSON");
        QStringList keys = root.keys();
        keys.sort();
        if (keys != packageKeys(format))
            return label + QStringLiteral(": keys %1").arg(keys.join(QLatin1Char(',')));
        return {};
    }
    return label + QStringLiteral(": no parser for format '%1'").arg(format);
}

} // namespace

class TestDocExamples final : public QObject
{
    Q_OBJECT

private slots:
    void everyPageHasExamples_data();
    void everyPageHasExamples();
    void examplesParse_data();
    void examplesParse();
};

void TestDocExamples::everyPageHasExamples_data()
{
    QTest::addColumn<QString>("page");
    // The index has none, and formats/feeds.md points to feeds.md, whose examples are checked.
    const QStringList elsewhere{QStringLiteral("formats/README.md"),
                                QStringLiteral("formats/feeds.md")};
    for (const QString &page : pages()) {
        if (!elsewhere.contains(page))
            QTest::newRow(qPrintable(page)) << page;
    }
}

void TestDocExamples::everyPageHasExamples()
{
    QFETCH(QString, page);
    QFile file(docsDir() + QLatin1Char('/') + page);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    int examples = 0;
    for (const Block &block : fencedBlocks(file.readAll())) {
        if (block.info == QLatin1String("json") || block.body.startsWith("#format:"))
            ++examples;
    }
    QVERIFY2(examples > 0, qPrintable(page + QStringLiteral(" has no example the test parses")));
}

void TestDocExamples::examplesParse_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("csv");
    QTest::addColumn<QString>("label");
    int rows = 0;
    for (const QString &page : pages()) {
        QFile file(docsDir() + QLatin1Char('/') + page);
        if (!file.open(QIODevice::ReadOnly))
            continue; // everyPageHasExamples names it
        for (const Block &block : fencedBlocks(file.readAll())) {
            const bool csv = block.body.startsWith("#format:");
            if (block.info != QLatin1String("json") && !csv)
                continue;
            const QString label = QStringLiteral("%1:%2").arg(page).arg(block.line);
            QTest::newRow(qPrintable(label)) << block.body << csv << label;
            ++rows;
        }
    }
    // Fifteen today: two applications, a register, fee rules, modes, a checklist, a package
    // manifest and signature, the three feeds in JSON and four CSV blocks. Fewer means a
    // fence lost its "json" tag and its example is no longer checked.
    QVERIFY2(rows >= 15, qPrintable(QStringLiteral("only %1 examples found").arg(rows)));
}

void TestDocExamples::examplesParse()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, csv);
    QFETCH(QString, label);
    const QString problem =
        csv ? describe(monitoring::parseFeed(body, label, true).errors) : jsonProblem(body, label);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QTEST_GUILESS_MAIN(TestDocExamples)

#include "tst_docexamples.moc"
