// SPDX-License-Identifier: GPL-3.0-or-later
#include <cmath>
#include <memory>

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTranslator>

#include "core/canonicaljson.h"
#include "core/i18n.h"
#include "demo/demodata.h"
#include "demo/demoreviews.h"
#include "pricing/feerules.h"
#include "pricing/rulelibrary.h"
#include "report/pdfsource.h"
#include "report/charts.h"
#include "report/pdfdocument.h"
#include "report/reviewrecord.h"
#include "store/applicationstore.h"
#include "store/database.h"
#include "store/reviewstore.h"
#include "store/repositories.h"
#include "common/tools.h"
#include "review/checklisttemplate.h"
#include "review/reviewrules.h"
#include "review/reviewsave.h"

using namespace gd;
using report::PricingRecord;
using report::ReviewRecord;

namespace {

/** Runs @p program with @p arguments; its stdout, or an empty array when it failed. */
QByteArray run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(program), process.readAllStandardError().constData());
        return {};
    }
    return process.readAllStandardOutput();
}

/** English whatever else is installed: every source text stays as written. */
class EnglishTranslator final : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *sourceText, const char *, int n) const override
    {
        QString text = QString::fromUtf8(sourceText);
        return n >= 0 ? text.replace(QStringLiteral("%n"), QString::number(n)) : text;
    }
};

/**
 * The worked example of docs/formats/fee-rules.md (GZ-2026.1: 1,500,000 calls, both
 * discounts, an operator over its maximum allowed revenue) as @p record's fee, and a mode
 * finding: every coded part of review.json filled, computed in the installed language.
 */
void withFindings(ReviewRecord &record)
{
    const auto rules =
        parseFeeRulesFile(QStringLiteral(GRANTDESK_TEST_DATA "/examples/fee-rules-gz.json"));
    QVERIFY(rules.rules);
    FeeRequest request;
    request.product = QStringLiteral("GZ-LOWALT-RISK-API");
    request.useClass = QStringLiteral("industry");
    request.quantity = 1500000;
    request.unit = QStringLiteral("record"); // not the product's: unit_mismatch
    request.smallBusiness = request.priorityScenario = true;
    request.operatorCreditCode = QStringLiteral("91440101MA5CXK7Q9R");
    request.periodStart = QDate(2026, 12, 1);
    request.periodEnd = QDate(2032, 12, 31); // over the cap: term_over_cap
    request.reviewDate = QDate(2026, 11, 26);
    PricingRecord pricing;
    pricing.request = request;
    pricing.ruleFile = QStringLiteral("fee-rules-gz.json");
    pricing.result = computeFee(*rules.rules, request);
    pricing.curve = feeCurve(*rules.rules, request);
    QVERIFY(pricing.result.hasFinding(feefinding::MarExceeded));
    record.pricing = pricing;
    record.feeRulesVersion = pricing.result.rulesVersion;
    const ModeComparison &c = record.modes.comparison;
    record.modes.comparison.finding = ModeFinding{
        record.modes.declared,
        c.ranking.value(0) == record.modes.declared ? c.ranking.value(1) : c.ranking.value(0), 250};
}

int nonWhitePixels(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            if (image.pixel(x, y) != qRgb(255, 255, 255))
                ++count;
        }
    }
    return count;
}

/**
 * A long document of h2 and h3 headings over paragraphs and tables (with a repeated header
 * row) of many lengths: some headings fall near the end of a page wherever the pages start.
 */
QString headingsAndSections()
{
    const QString words = QStringLiteral("审核意见：数据资源目录与授权运营范围一致，申请单位 "
                                         "provides the API as declared. ");
    QString html;
    for (int section = 0; section < 36; ++section) {
        html += QStringLiteral("<h2>第%1节 Section %1</h2>").arg(section + 1);
        html += QStringLiteral("<p>%1</p>").arg(words.repeated(1 + section * 7 % 11));
        if (section % 4 == 1) {
            html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" width=\"100%\">"
                                   "<thead><tr><th>项目</th><th>Value</th></tr></thead>");
            for (int row = 0; row < 3 + section % 9; ++row)
                html += QStringLiteral("<tr><td>行 %1</td><td>%2</td></tr>")
                            .arg(row + 1)
                            .arg(words.repeated(1 + row % 3));
            html += QStringLiteral("</table>");
        }
        html += QStringLiteral("<h3>%1.1 Subsection</h3><p>%2</p>")
                    .arg(section + 1)
                    .arg(words.repeated(1 + section * 5 % 7));
    }
    return html;
}

/** The bounding rectangle of every block of @p document, in its present layout. */
QList<QRectF> blockRects(QTextDocument &document)
{
    QList<QRectF> rects;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
        rects.append(document.documentLayout()->blockBoundingRect(block));
    return rects;
}

/** The /CreationDate of @p pdf as an instant; invalid when there is none. */
QDateTime creationDateIn(const QByteArray &pdf)
{
    const QByteArray key("/CreationDate (D:");
    const qsizetype at = pdf.indexOf(key);
    if (at < 0)
        return {};
    const QString created = QString::fromLatin1(pdf.mid(at + key.size(), 23));
    if (created.size() < 15)
        return {};
    QDateTime info = QDateTime::fromString(created.left(14), QStringLiteral("yyyyMMddHHmmss"));
    if (created.at(14) == QLatin1Char('Z')) {
        info.setTimeSpec(Qt::UTC);
    } else {
        const int sign = created.at(14) == QLatin1Char('-') ? -1 : 1;
        info.setOffsetFromUtc(
            sign * (created.mid(15, 2).toInt() * 3600 + created.mid(18, 2).toInt() * 60));
    }
    return info;
}

} // namespace

/** The review record of a decided case: loading, review.json, review.pdf and its charts. */
class TestReport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void loadsDecidedCase();
    void refusesUndecidedCase();
    void refusesCaseWithoutReview();
    void attachmentPathsAreSafeAndUnique_data();
    void attachmentPathsAreSafeAndUnique();
    void reviewJsonIsDeterministicAndCanonical();
    void reviewJsonHasNoFloatingPoint();
    void reviewJsonRecordsDecisionAndMoney();
    void reviewJsonIsTheSameInEveryLanguage();
    void pdfWordsTheCodesInChinese();
    void storedModesAndPricingAreRecorded();
    void changedFeeIsRefused();
    void rulesJsonListsVersions();
    void firstNonIntegerFindsFractions();

    void niceTicksCoverTheRange();
    void chartsDrawSomething_data();
    void chartsDrawSomething();
    void documentMatchesForPrinting();
    void checklistCitesItsSources();
    void earlierTemplateKeepsItsItems();
    void hostileTextIsShownEscaped();
    void pdfReadsAsRecord();
    void pdfIsArchivalWithItsMetadata();
    void creationDateIsStampedAfterTheLayout();
    void headingsKeepWithWhatFollows();
    void fileSizesHaveOneStyle();

private:
    /** The id / version of the first latest version in @p status. */
    std::pair<QString, int> caseIn(const QString &status) const;
    ReviewRecord load(const QString &id, int version) const;

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    QString m_decidedId;
    int m_decidedVersion = 0;
};

void TestReport::initTestCase()
{
    // Chinese, as the application starts: the PDF is checked for its Chinese labels.
    QVERIFY(i18n::install(QStringLiteral("zh_CN")));
    QStandardPaths::setTestModeEnabled(true); // imported rule files: none
    QVERIFY(m_dir.isValid());
    auto db = Database::open(m_dir.filePath(QStringLiteral("report.sqlite")));
    QVERIFY2(db, db ? "" : qPrintable(db.error().toString()));
    m_db = db.value();
    auto loaded = demo::load(m_db, QDate::currentDate());
    QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().toString()));
    const auto decided = caseIn(QStringLiteral("decided"));
    QVERIFY2(!decided.first.isEmpty(), "the demo has no decided case");
    m_decidedId = decided.first;
    m_decidedVersion = decided.second;
}

std::pair<QString, int> TestReport::caseIn(const QString &status) const
{
    InboxQuery query;
    query.statuses = {status};
    query.sortColumn = InboxQuery::Column::Id;
    query.sortOrder = Qt::AscendingOrder;
    const auto rows = makeApplicationStore(m_db)->rows(query, 0, 100);
    if (!rows || rows->isEmpty())
        return {};
    // Prefer a case with a priced product and attachments: it shows the most.
    for (const InboxRow &row : *rows) {
        const auto application = makeApplicationStore(m_db)->load(row.id, row.version);
        if (application && application->pricing && !application->attachments.isEmpty())
            return {row.id, row.version};
    }
    return {rows->constFirst().id, rows->constFirst().version};
}

ReviewRecord TestReport::load(const QString &id, int version) const
{
    auto record = report::loadReviewRecord(m_db, id, version);
    if (!record)
        qFatal("loadReviewRecord: %s", qPrintable(record.error().toString()));
    return record.value();
}

void TestReport::loadsDecidedCase()
{
    const ReviewRecord record = load(m_decidedId, m_decidedVersion);
    QCOMPARE(record.application.id, m_decidedId);
    QCOMPARE(record.application.version, m_decidedVersion);
    QCOMPARE(record.status, CaseStatus::Decided);
    QVERIFY(record.decision != Decision::None);
    QCOMPARE(record.decision, record.review.proposal.decision);
    QCOMPARE(record.reviewer, demo::reviewerName());
    QCOMPARE(record.approver, demo::approverName());
    QVERIFY(record.decidedAt.isValid());
    QCOMPARE(record.decidedAt.timeSpec(), Qt::UTC);
    QVERIFY(record.submittedAt.isValid());
    QVERIFY(record.submittedAt <= record.decidedAt);
    QVERIFY(!record.checklistVersion.isEmpty());
    QCOMPARE(record.modeTableVersion, ModeTable::builtin().version);
    QCOMPARE(record.approverComments.value(QStringLiteral("agree")),
             QStringLiteral("同意初审意见。"));
    QVERIFY(record.auditHeadSeq > 0);
    QCOMPARE(record.auditHeadHash.size(), 64);
    QCOMPARE(record.resources.size(), record.application.resources.size());
    QCOMPARE(record.modes.comparison.totals.size(), 3);
    // The demo review records its fee as the pricing step does (rule file, version, inputs,
    // result): the record uses what was recorded, not the rules in force on filing.
    QVERIFY(record.application.pricing.has_value());
    QVERIFY(record.pricing.has_value());
    QVERIFY(!record.pricing->recomputed);
    QVERIFY(record.pricing->result.productFound);
    QCOMPARE(record.feeRulesVersion, record.pricing->result.rulesVersion);

    QCOMPARE(record.attachments.size(), record.application.attachments.size());
    QSet<QString> paths;
    for (int i = 0; i < record.attachments.size(); ++i) {
        const report::FiledAttachment &filed = record.attachments.at(i);
        QCOMPARE(filed.sha256, record.application.attachments.at(i).sha256);
        QCOMPARE(QString::fromLatin1(
                     QCryptographicHash::hash(filed.data, QCryptographicHash::Sha256).toHex()),
                 filed.sha256);
        QVERIFY(filed.path.startsWith(QStringLiteral("attachments/")));
        QVERIFY(!paths.contains(filed.path.toCaseFolded()));
        paths.insert(filed.path.toCaseFolded());
    }
}

void TestReport::refusesUndecidedCase()
{
    for (const QString &status :
         {QStringLiteral("in_review"), QStringLiteral("awaiting_approval")}) {
        const auto [id, version] = caseIn(status);
        QVERIFY2(!id.isEmpty(), qPrintable(status));
        const auto record = report::loadReviewRecord(m_db, id, version);
        QVERIFY(!record);
        QCOMPARE(record.error().where, QStringLiteral("%1 v%2").arg(id).arg(version));
        QVERIFY2(record.error().what.contains(QStringLiteral("not decided")),
                 qPrintable(record.error().what));
        QVERIFY2(record.error().what.contains(status), qPrintable(record.error().what));
    }
}

void TestReport::refusesCaseWithoutReview()
{
    const auto [id, version] = caseIn(QStringLiteral("received"));
    QVERIFY(!id.isEmpty());
    const auto record = report::loadReviewRecord(m_db, id, version);
    QVERIFY(!record);
    QVERIFY2(record.error().what.contains(QStringLiteral("no review")),
             qPrintable(record.error().what));
    const auto missing = report::loadReviewRecord(m_db, QStringLiteral("NO-SUCH-ID"), 1);
    QVERIFY(!missing);
}

void TestReport::attachmentPathsAreSafeAndUnique_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("safe");
    QTest::newRow("plain") << "plan.pdf"
                           << "plan.pdf";
    QTest::newRow("chinese") << "实施方案.pdf"
                             << "实施方案.pdf";
    QTest::newRow("slash") << "a/b.pdf"
                           << "a_b.pdf";
    QTest::newRow("backslash") << "a\\b.pdf"
                               << "a_b.pdf";
    QTest::newRow("dotdot") << ".."
                            << "attachment";
    QTest::newRow("dotdot-slash") << "../../etc/passwd"
                                  << "_.._etc_passwd";
    QTest::newRow("hidden") << ".profile"
                            << "profile";
    QTest::newRow("control") << QStringLiteral("a\nb\x01.txt") << "a_b_.txt";
    QTest::newRow("empty") << ""
                           << "attachment";
    QTest::newRow("spaces") << "  x.pdf  "
                            << "x.pdf";
}

void TestReport::attachmentPathsAreSafeAndUnique()
{
    QFETCH(QString, name);
    QFETCH(QString, safe);
    const QString result = report::safeFileName(name);
    QCOMPARE(result, safe);
    QVERIFY(!result.contains(QLatin1Char('/')));
    QVERIFY(result != QLatin1String("..") && result != QLatin1String("."));
    const QString tooLong = QString(300, QLatin1Char('x')) + QStringLiteral(".pdf");
    QVERIFY(report::safeFileName(tooLong).size() <= 125);
    QVERIFY(report::safeFileName(tooLong).endsWith(QStringLiteral(".pdf")));
}

void TestReport::reviewJsonIsDeterministicAndCanonical()
{
    const ReviewRecord record = load(m_decidedId, m_decidedVersion);
    const QByteArray first = report::reviewJson(record);
    QVERIFY(!first.isEmpty());
    QCOMPARE(report::reviewJson(record), first);
    // Loaded again: the same bytes (nothing was recorded in between).
    QCOMPARE(report::reviewJson(load(m_decidedId, m_decidedVersion)), first);

    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(first, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(parsed.isObject());
    QCOMPARE(canonicaljson::serialize(parsed.object()), first);
    QVERIFY(!first.contains('\n'));
    QVERIFY(first.startsWith("{\"application\":"));
}

void TestReport::reviewJsonHasNoFloatingPoint()
{
    const QByteArray json = report::reviewJson(load(m_decidedId, m_decidedVersion));
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    QCOMPARE(report::firstNonInteger(root), QString());
    // Weights and scores are integers; totals, money and rates are strings.
    const QJsonObject modes = root.value(QStringLiteral("modes")).toObject();
    for (const QJsonValue &total : modes.value(QStringLiteral("totals")).toArray())
        QVERIFY(total.toObject().value(QStringLiteral("total")).isString());
    QVERIFY(
        modes.value(QStringLiteral("weights")).toObject().value(QStringLiteral("cost")).isDouble());

    // A number a double cannot hold exactly becomes a string with every digit.
    ReviewRecord huge = load(m_decidedId, m_decidedVersion);
    QVERIFY(!huge.application.resources.isEmpty());
    const qint64 volume = (qint64(1) << 60) + 1;
    huge.application.resources[0].volume = volume;
    const QJsonObject hugeRoot = QJsonDocument::fromJson(report::reviewJson(huge)).object();
    QCOMPARE(report::firstNonInteger(hugeRoot), QString());
    const QJsonValue written = hugeRoot.value(QStringLiteral("application"))
                                   .toObject()
                                   .value(QStringLiteral("resources"))
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(QStringLiteral("volume"));
    QCOMPARE(written.toString(), QString::number(volume));
}

void TestReport::reviewJsonRecordsDecisionAndMoney()
{
    const ReviewRecord record = load(m_decidedId, m_decidedVersion);
    const QJsonObject root = QJsonDocument::fromJson(report::reviewJson(record)).object();
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("grantdesk.review/3"));
    const QJsonObject decision = root.value(QStringLiteral("decision")).toObject();
    QCOMPARE(decision.value(QStringLiteral("code")).toString(), decisionCode(record.decision));
    QCOMPARE(decision.value(QStringLiteral("opinion")).toString(), record.review.proposal.opinion);
    QCOMPARE(root.value(QStringLiteral("approver")).toString(), demo::approverName());
    QCOMPARE(root.value(QStringLiteral("reviewer")).toString(), demo::reviewerName());
    const QString decidedAt = root.value(QStringLiteral("decidedAt")).toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"))
                 .match(decidedAt)
                 .hasMatch(),
             qPrintable(decidedAt));
    QCOMPARE(
        root.value(QStringLiteral("application")).toObject().value(QStringLiteral("id")).toString(),
        m_decidedId);
    const QJsonObject head = root.value(QStringLiteral("auditHead")).toObject();
    QCOMPARE(head.value(QStringLiteral("seq")).toInteger(), record.auditHeadSeq);
    QCOMPARE(head.value(QStringLiteral("hash")).toString(), record.auditHeadHash);

    const QJsonObject pricing = root.value(QStringLiteral("pricing")).toObject();
    const QJsonObject result = pricing.value(QStringLiteral("result")).toObject();
    const QRegularExpression money(QStringLiteral("^\\d+\\.\\d\\d$"));
    for (const char *key : {"fee", "gross", "fixedFee"}) {
        const QString value = result.value(QLatin1String(key)).toString();
        QVERIFY2(money.match(value).hasMatch(), key);
    }
    QCOMPARE(result.value(QStringLiteral("fee")).toString(),
             record.pricing->result.fee.toJsonString());
    QCOMPARE(pricing.value(QStringLiteral("rulesVersion")).toString(), record.feeRulesVersion);
    QVERIFY(!pricing.value(QStringLiteral("trace")).toArray().isEmpty());

    const QJsonArray items =
        root.value(QStringLiteral("checklist")).toObject().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), record.review.answers.size());
    for (const QJsonValue &item : items) {
        const QJsonObject o = item.toObject();
        QVERIFY(!o.value(QStringLiteral("title")).toString().isEmpty());
        QVERIFY(!o.value(QStringLiteral("verdict")).toString().isEmpty());
    }
    const QJsonArray attachments = root.value(QStringLiteral("attachments")).toArray();
    QCOMPARE(attachments.size(), record.attachments.size());
    for (int i = 0; i < attachments.size(); ++i) {
        const QJsonObject a = attachments.at(i).toObject();
        QCOMPARE(a.value(QStringLiteral("path")).toString(), record.attachments.at(i).path);
        QCOMPARE(a.value(QStringLiteral("size")).toInteger(), record.attachments.at(i).data.size());
    }
}

void TestReport::reviewJsonIsTheSameInEveryLanguage()
{
    // Issue 18 item 5: the record is language-free. The same review, loaded and written
    // under the Chinese translation (as the GUI starts) and under English (as the CLI may
    // run), gives the same bytes: codes and numbers, never a translated sentence.
    ReviewRecord chinese = load(m_decidedId, m_decidedVersion);
    withFindings(chinese);
    const QByteArray zh = report::reviewJson(chinese);

    EnglishTranslator english;
    QVERIFY(QCoreApplication::installTranslator(&english));
    QLocale::setDefault(QLocale(QLocale::English));
    ReviewRecord inEnglish = load(m_decidedId, m_decidedVersion);
    withFindings(inEnglish);
    const QByteArray en = report::reviewJson(inEnglish);
    const QString englishTrace = feeTraceLines(inEnglish.pricing->result).join(u'\n');
    QCoreApplication::removeTranslator(&english);
    QLocale::setDefault(QLocale(QStringLiteral("zh_CN")));

    QVERIFY(englishTrace.contains(QStringLiteral("Rule file GZ-2026.1"))); // English was in use
    QVERIFY(feeTraceLines(chinese.pricing->result).join(u'\n').contains(QStringLiteral("收费")));
    QCOMPARE(zh, en);
    QVERIFY(!zh.contains("Rule file") && !zh.contains("收费规则") && !zh.contains("message"));

    const QJsonObject root = QJsonDocument::fromJson(zh).object();
    const QJsonObject pricing = root.value(QStringLiteral("pricing")).toObject();
    const QJsonArray trace = pricing.value(QStringLiteral("trace")).toArray();
    QCOMPARE(trace.size(), chinese.pricing->result.trace.size());
    QCOMPARE(trace.first().toObject().value(QStringLiteral("step")).toString(), feetrace::Rules);
    QCOMPARE(trace.last().toObject().value(QStringLiteral("params")).toObject(),
             (QJsonObject{{QStringLiteral("fee"), QStringLiteral("313600.00")}}));
    QStringList codes;
    for (const QJsonValue &finding : pricing.value(QStringLiteral("findings")).toArray())
        codes << finding.toObject().value(QStringLiteral("code")).toString();
    QVERIFY2(codes.contains(feefinding::MarExceeded) && codes.contains(feefinding::UnitMismatch),
             qPrintable(codes.join(u' ')));
    const QJsonObject modeFinding =
        root.value(QStringLiteral("modes")).toObject().value(QStringLiteral("finding")).toObject();
    QCOMPARE(modeFinding.value(QStringLiteral("gap")).toString(), QStringLiteral("2.50"));
    QVERIFY(!modeFinding.contains(QStringLiteral("message")));
}

void TestReport::pdfWordsTheCodesInChinese()
{
    // review.json records codes; the PDF words them in the officer's language and shows
    // no code: not "mar_exceeded", not the billing unit "call" or "record".
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    GD_REQUIRE_TOOL("pdftotext");
    ReviewRecord record = load(m_decidedId, m_decidedVersion);
    withFindings(record);
    const auto pdf = report::reviewPdf(record);
    QVERIFY2(pdf, pdf ? "" : qPrintable(pdf.error().toString()));
    const QString path = m_dir.filePath(QStringLiteral("coded.pdf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(*pdf), pdf->size());
    file.close();
    // Without -layout: each sentence on its lines, joined again below.
    const QString text = QString::fromUtf8(run(pdftotext, {path, QStringLiteral("-")}))
                             .remove(QRegularExpression(QStringLiteral("\\s+")));
    QVERIFY2(!text.isEmpty(), "pdftotext gave nothing");
    const FeeResult &f = record.pricing->result;
    QStringList expected = feeTraceLines(f);
    for (const FeeFinding &finding : f.findings)
        expected << feeFindingText(finding);
    expected << record.modes.comparison.finding->message();
    for (QString line : std::as_const(expected)) {
        QVERIFY2(line.contains(QRegularExpression(QStringLiteral("\\p{Han}"))), qPrintable(line));
        line.remove(QRegularExpression(QStringLiteral("\\s+")));
        QVERIFY2(text.contains(line), qPrintable(line));
    }
    QVERIFY2(text.contains(QStringLiteral("超出")) || text.contains(QStringLiteral("超过")),
             "the mar_exceeded finding in Chinese");
    const QStringList codes{feefinding::MarExceeded,
                            feefinding::UnitMismatch,
                            feefinding::TermOverCap,
                            feetrace::StackingBest,
                            QStringLiteral("no_operator"),
                            QStringLiteral("smallBusiness"),
                            QStringLiteral("priorityScenario"),
                            QStringLiteral("(call)"),
                            QStringLiteral("(record)"),
                            QStringLiteral("percall"),
                            QStringLiteral("industry")};
    for (const QString &code : codes)
        QVERIFY2(!text.contains(code, Qt::CaseInsensitive), qPrintable(code));
}

void TestReport::storedModesAndPricingAreRecorded()
{
    ReviewRecord before = load(m_decidedId, m_decidedVersion);
    const auto reviews = makeReviewStore(m_db);
    auto found = reviews->find(m_decidedId, m_decidedVersion);
    QVERIFY(found && found->has_value());
    ReviewState state = **found;

    // What the modes and pricing pages store.
    const PricingRecord &pr = *before.pricing;
    const auto rules = RuleLibrary().byVersion(pr.result.rulesVersion);
    QVERIFY(rules);
    FeeRequest request = pr.request;
    request.quantity = request.quantity * 3 + 7;
    const FeeResult fee = computeFee(rules->rules, request);
    const QJsonObject inputs{
        {QStringLiteral("ruleFile"), rules->fileName},
        {QStringLiteral("ruleVersion"), rules->rules.version},
        {QStringLiteral("product"), request.product},
        {QStringLiteral("useClass"), request.useClass},
        {QStringLiteral("unit"), request.unit.value_or(QString())},
        {QStringLiteral("quantity"), QString::number(request.quantity)},
        {QStringLiteral("smallBusiness"), request.smallBusiness},
        {QStringLiteral("priorityScenario"), request.priorityScenario},
        {QStringLiteral("operator"), request.operatorCreditCode.value_or(QString())},
        {QStringLiteral("periodStart"),
         request.periodStart.value_or(QDate()).toString(Qt::ISODate)},
        {QStringLiteral("periodEnd"), request.periodEnd.value_or(QDate()).toString(Qt::ISODate)},
        {QStringLiteral("date"), request.reviewDate.toString(Qt::ISODate)}};
    const QJsonObject result{{QStringLiteral("fee"), fee.fee.toJsonString()},
                             {QStringLiteral("gross"), fee.gross.toJsonString()}};
    const QList<std::pair<QString, QString>> notes{
        {ModeScoring::weightsNoteKey(), QStringLiteral("{\"cost\":9,\"efficiency\":2}")},
        {ModeScoring::adjustmentNoteKey(QStringLiteral("scenario"), QStringLiteral("cost")),
         QStringLiteral("{\"score\":5,\"reason\":\"平台已建成，边际成本低。\"}")},
        {ModeScoring::chosenNoteKey(), QStringLiteral("scenario")},
        {ModeScoring::rationaleNoteKey(), QStringLiteral("按场景授权最契合本申请。")},
        {QStringLiteral("pricing.ruleVersion"), rules->rules.version},
        {QStringLiteral("pricing.inputs"),
         QString::fromUtf8(QJsonDocument(inputs).toJson(QJsonDocument::Compact))},
        {QStringLiteral("pricing.result"),
         QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact))}};
    QList<ReviewChange> changes;
    for (const auto &[key, value] : notes) {
        changes.append({ReviewChange::Kind::Note, key, QJsonValue(), value});
        state.notes.insert(key, value);
    }
    QVERIFY(review::saveChanges(m_db, state, changes, demo::reviewerName()));

    const ReviewRecord record = load(m_decidedId, m_decidedVersion);
    QVERIFY(record.auditHeadSeq > before.auditHeadSeq);
    QCOMPARE(record.modes.chosen, QStringLiteral("scenario"));
    QCOMPARE(record.modes.scoring.weight(QStringLiteral("cost")), 9);
    QVERIFY(record.pricing && !record.pricing->recomputed);
    QCOMPARE(record.pricing->request.quantity, request.quantity);
    QCOMPARE(record.pricing->result.fee, fee.fee);

    const QJsonObject root = QJsonDocument::fromJson(report::reviewJson(record)).object();
    QCOMPARE(report::firstNonInteger(root), QString());
    const QJsonObject modes = root.value(QStringLiteral("modes")).toObject();
    QCOMPARE(modes.value(QStringLiteral("chosen")).toString(), QStringLiteral("scenario"));
    QCOMPARE(
        modes.value(QStringLiteral("weights")).toObject().value(QStringLiteral("cost")).toInt(), 9);
    QCOMPARE(modes.value(QStringLiteral("adjustments")).toArray().size(), 1);
    // (4 dims) scenario: Σ w·s × 4 / Σ w — a fraction written as a decimal string.
    const ModeTotal *scenario = record.modes.comparison.total(QStringLiteral("scenario"));
    QVERIFY(scenario);
    bool listed = false;
    for (const QJsonValue &t : modes.value(QStringLiteral("totals")).toArray()) {
        if (t.toObject().value(QStringLiteral("mode")).toString() == QLatin1String("scenario")) {
            QCOMPARE(t.toObject().value(QStringLiteral("total")).toString(), scenario->toString(2));
            listed = true;
        }
    }
    QVERIFY(listed);
    const QJsonObject pricing = root.value(QStringLiteral("pricing")).toObject();
    QCOMPARE(pricing.value(QStringLiteral("recomputed")).toBool(), false);
    QCOMPARE(pricing.value(QStringLiteral("inputs"))
                 .toObject()
                 .value(QStringLiteral("quantity"))
                 .toString(),
             QString::number(request.quantity));
    QCOMPARE(
        pricing.value(QStringLiteral("result")).toObject().value(QStringLiteral("fee")).toString(),
        fee.fee.toJsonString());
}

void TestReport::changedFeeIsRefused()
{
    // A case whose stored fee the rules no longer give: the package must not differ from
    // what the officer saw.
    const auto [id, version] = caseIn(QStringLiteral("decided"));
    const auto reviews = makeReviewStore(m_db);
    auto found = reviews->find(id, version);
    QVERIFY(found && found->has_value());
    ReviewState state = **found;
    const QString stored = state.notes.value(QStringLiteral("pricing.result"));
    QVERIFY2(!stored.isEmpty(), "storedModesAndPricingAreRecorded runs first");
    const QString changed = QStringLiteral("{\"fee\":\"1.23\",\"gross\":\"1.23\"}");
    state.notes.insert(QStringLiteral("pricing.result"), changed);
    QVERIFY(review::saveChanges(
        m_db, state,
        {{ReviewChange::Kind::Note, QStringLiteral("pricing.result"), stored, changed}},
        demo::reviewerName()));
    const auto record = report::loadReviewRecord(m_db, id, version);
    QVERIFY(!record);
    QVERIFY2(record.error().where.endsWith(QStringLiteral("pricing.result")),
             qPrintable(record.error().toString()));
    QVERIFY2(record.error().what.contains(QStringLiteral("1.23")), qPrintable(record.error().what));
    // Restored: loads again.
    state.notes.insert(QStringLiteral("pricing.result"), stored);
    QVERIFY(review::saveChanges(
        m_db, state,
        {{ReviewChange::Kind::Note, QStringLiteral("pricing.result"), changed, stored}},
        demo::reviewerName()));
    QVERIFY(report::loadReviewRecord(m_db, id, version));
}

void TestReport::rulesJsonListsVersions()
{
    ReviewRecord record = load(m_decidedId, m_decidedVersion);
    QJsonObject rules = report::rulesJson(record);
    QCOMPARE(rules.value(QStringLiteral("checklist")).toString(), record.checklistVersion);
    QCOMPARE(rules.value(QStringLiteral("modeTable")).toString(), record.modeTableVersion);
    QCOMPARE(rules.value(QStringLiteral("feeRules")).toString(), record.feeRulesVersion);
    record.feeRulesVersion.clear();
    rules = report::rulesJson(record);
    QVERIFY(!rules.contains(QStringLiteral("feeRules")));
    QCOMPARE(rules.size(), 2);
}

void TestReport::firstNonIntegerFindsFractions()
{
    QCOMPARE(report::firstNonInteger(QJsonObject{{QStringLiteral("a"), 3}}), QString());
    QCOMPARE(report::firstNonInteger(QJsonObject{
                 {QStringLiteral("a"), QJsonArray{1, QJsonObject{{QStringLiteral("b"), 0.5}}}}}),
             QStringLiteral("a[1].b"));
    QCOMPARE(report::firstNonInteger(QJsonObject{{QStringLiteral("big"), 1e300}}),
             QStringLiteral("big"));
}

void TestReport::niceTicksCoverTheRange()
{
    const QList<double> ticks = report::charts::niceTicks(0, 313600, 5);
    QVERIFY(ticks.size() >= 3 && ticks.size() <= 8);
    QCOMPARE(ticks.constFirst(), 0.0);
    QVERIFY(ticks.constLast() >= 313600);
    const double step = ticks.at(1) - ticks.at(0);
    QCOMPARE(step, 100000.0);
    const QList<double> negative = report::charts::niceTicks(-3, 12, 5);
    QVERIFY(negative.constFirst() <= -3);
    QVERIFY(negative.contains(0.0));
}

void TestReport::chartsDrawSomething_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("bar") << int(report::charts::ChartData::Kind::Bar);
    QTest::newRow("line") << int(report::charts::ChartData::Kind::Line);
    QTest::newRow("pie") << int(report::charts::ChartData::Kind::Pie);
}

void TestReport::chartsDrawSomething()
{
    QFETCH(int, kind);
    report::charts::ChartData data;
    data.kind = report::charts::ChartData::Kind(kind);
    data.title = QStringLiteral("授权模式比较");
    data.categories = {QStringLiteral("整体授权"), QStringLiteral("分领域授权"),
                       QStringLiteral("依场景授权")};
    data.series = {{QStringLiteral("总分"), {12, 13, 11}, {}},
                   {QStringLiteral("成本"), {2, 4, 5}, {}}};
    data.xLabel = QStringLiteral("模式");
    data.yLabel = QStringLiteral("分");
    const QImage small = report::charts::toImage(data, QSizeF(80, 50), 96);
    const QImage large = report::charts::toImage(data, QSizeF(80, 50), 300);
    QCOMPARE(large.width(), 945); // 80 mm at 300 dpi
    QCOMPARE(large.dotsPerMeterX(), 11811);
    // Something is drawn, and about the same share of the area at both resolutions
    // (sizes follow the device, not pixels).
    const double smallShare = nonWhitePixels(small) / double(small.width() * small.height());
    const double largeShare = nonWhitePixels(large) / double(large.width() * large.height());
    QVERIFY2(smallShare > 0.01, qPrintable(QString::number(smallShare)));
    QVERIFY2(largeShare > 0.01, qPrintable(QString::number(largeShare)));
    QVERIFY2(largeShare / smallShare > 0.5 && largeShare / smallShare < 2.0,
             qPrintable(QStringLiteral("%1 vs %2").arg(smallShare).arg(largeShare)));
    // The first series' colour is on the image.
    const QRgb first = report::charts::paletteColor(0).rgb();
    bool seen = false;
    for (int y = 0; y < large.height() && !seen; y += 3) {
        for (int x = 0; x < large.width() && !seen; x += 3)
            seen = large.pixel(x, y) == first;
    }
    QVERIFY(seen);
}

void TestReport::documentMatchesForPrinting()
{
    const ReviewRecord record = load(m_decidedId, m_decidedVersion);
    const std::unique_ptr<QTextDocument> document = report::reviewDocument(record, 96);
    const QString text = document->toPlainText();
    QVERIFY(text.contains(record.application.id));
    QVERIFY(text.contains(record.application.applicant.name));
    QVERIFY(text.contains(decisionLabel(record.decision)));
    QVERIFY(text.contains(record.review.proposal.opinion));
    QVERIFY(text.contains(record.auditHeadHash));
    for (const report::FiledAttachment &filed : record.attachments)
        QVERIFY(text.contains(filed.sha256));
    // The charts are resources of the document.
    QVERIFY(!document->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart:modes")))
                 .isNull());
    QVERIFY(!document->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart:fee")))
                 .isNull());
}

/**
 * Every checklist item of the review PDF shows where it comes from — the briefing's line, a
 * document and its section, or local practice — and review.json records the same citation.
 */
void TestReport::checklistCitesItsSources()
{
    const ReviewRecord record = load(m_decidedId, m_decidedVersion);
    const ChecklistTemplate &checklist = ChecklistTemplate::builtin();
    QCOMPARE(record.checklistVersion, checklist.version);
    const std::unique_ptr<QTextDocument> document = report::reviewDocument(record, 96);
    const QString text = document->toPlainText();
    for (const ChecklistItem &item : checklist.items) {
        QVERIFY2(!item.sourceLine().isEmpty(), qPrintable(item.id));
        QVERIFY2(text.contains(item.sourceLine()), qPrintable(item.sourceLine()));
    }
    QVERIFY(text.contains(QStringLiteral("简报第151行")));
    QVERIFY(text.contains(checklist.item(QStringLiteral("recusal"))->sourceLine()));
    // The resources' catalogue operation type and review method, where the register has them.
    int catalogued = 0;
    for (const ResourceStatus &r : record.resources) {
        if (r.operationType.isEmpty())
            continue;
        ++catalogued;
        QVERIFY2(text.contains(r.operationType) && text.contains(r.operationReview),
                 qPrintable(r.resource.name));
    }
    QVERIFY(catalogued > 0);

    const QJsonObject root = QJsonDocument::fromJson(report::reviewJson(record)).object();
    const QJsonArray items =
        root.value(QStringLiteral("checklist")).toObject().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), checklist.items.size());
    for (const QJsonValue &value : items) {
        const QJsonObject o = value.toObject();
        const ChecklistItem *item = checklist.item(o.value(QStringLiteral("id")).toString());
        QVERIFY(item);
        const QJsonObject source = o.value(QStringLiteral("source")).toObject();
        QCOMPARE(source.value(QStringLiteral("kind")).toString(), item->sourceKind);
        QCOMPARE(source.value(QStringLiteral("zh_CN")).toString(), item->sourceZh);
        QCOMPARE(source.value(QStringLiteral("en")).toString(), item->sourceEn);
    }
}

/**
 * A review started under checklist 2026.1 (fifteen items, no sources) keeps its own items in the
 * PDF and review.json after 2026.2 ships, instead of losing their titles, and is complete against
 * its own template (export asks nothing of the items added since).
 */
void TestReport::earlierTemplateKeepsItsItems()
{
    ReviewRecord record = load(m_decidedId, m_decidedVersion);
    const ChecklistTemplate *earlier = ChecklistTemplate::shipped(QStringLiteral("2026.1"));
    QVERIFY(earlier);
    QHash<QString, ChecklistAnswer> answers;
    for (const ChecklistItem &item : earlier->items)
        answers.insert(item.id, record.review.answers.value(item.id));
    record.review.answers = answers;
    record.review.templateVersion = earlier->version;
    record.checklistVersion = earlier->version;
    QVERIFY(reviewrules::missingItems(record.review, ChecklistTemplate::forReview(earlier->version),
                                      record.application)
                .isEmpty());

    const QString text = report::reviewDocument(record, 96)->toPlainText();
    const ChecklistItem *decision = earlier->item(QStringLiteral("collective-decision"));
    QVERIFY2(text.contains(decision->text()), qPrintable(decision->text()));
    QVERIFY(!text.contains(
        ChecklistTemplate::builtin().item(QStringLiteral("collective-decision"))->text()));
    QVERIFY(!text.contains(QStringLiteral("简报第151行")));

    const QJsonObject root = QJsonDocument::fromJson(report::reviewJson(record)).object();
    const QJsonObject checklist = root.value(QStringLiteral("checklist")).toObject();
    QCOMPARE(checklist.value(QStringLiteral("templateVersion")).toString(),
             QStringLiteral("2026.1"));
    const QJsonArray items = checklist.value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 15);
    for (const QJsonValue &value : items) {
        const QJsonObject o = value.toObject();
        QVERIFY(!o.value(QStringLiteral("title")).toString().isEmpty());
        QVERIFY(!o.contains(QStringLiteral("source")));
    }
    QCOMPARE(items.at(10).toObject().value(QStringLiteral("title")).toString(), decision->textZh);
}

void TestReport::hostileTextIsShownEscaped()
{
    // Issue 12 "Hostile text": a name stored before import refused it, and free text, show
    // their hidden characters as escapes instead of reordering or hiding the text.
    ReviewRecord record = load(m_decidedId, m_decidedVersion);
    record.application.applicant.name = QStringLiteral("广州\u202E司公限有技科\u202C穗数");
    record.review.proposal.opinion = QStringLiteral("同意\x1b[31m授权\u200B。");
    const std::unique_ptr<QTextDocument> document = report::reviewDocument(record, 96);
    const QString text = document->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("广州\\u202E司公限有技科\\u202C穗数")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("同意\\u001B[31m授权\\u200B。")));
    for (const QChar hidden : {QChar(0x202E), QChar(0x202C), QChar(0x1B), QChar(0x200B)})
        QVERIFY(!text.contains(hidden));
}

void TestReport::pdfReadsAsRecord()
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    GD_REQUIRE_TOOL("pdftotext");
    const ReviewRecord record = load(m_decidedId, m_decidedVersion);
    const auto pdf = report::reviewPdf(record);
    QVERIFY2(pdf, pdf ? "" : qPrintable(pdf.error().toString()));
    QVERIFY(pdf->startsWith("%PDF-"));
    const QString path = m_dir.filePath(QStringLiteral("review.pdf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(*pdf), pdf->size());
    file.close();
    // To look at it: GRANTDESK_SCREENSHOTS=DIR keeps a copy (as the GUI tests' screenshots).
    if (const QString keep = qEnvironmentVariable("GRANTDESK_SCREENSHOTS"); !keep.isEmpty()) {
        QDir().mkpath(keep);
        QFile::remove(keep + QStringLiteral("/review.pdf"));
        QVERIFY(QFile::copy(path, keep + QStringLiteral("/review.pdf")));
    }

    const QString text =
        QString::fromUtf8(run(pdftotext, {QStringLiteral("-layout"), path, QStringLiteral("-")}));
    QVERIFY2(!text.isEmpty(), "pdftotext gave nothing");
    QVERIFY(text.contains(record.application.id));
    QVERIFY(text.contains(record.application.applicant.name));
    QVERIFY(text.contains(record.application.applicant.creditCode));
    const QString label = decisionLabel(record.decision);
    QVERIFY2(label.contains(QRegularExpression(QStringLiteral("\\p{Han}"))),
             qPrintable(label)); // the Chinese translation is in use
    QVERIFY2(text.contains(label), qPrintable(label));
    QVERIFY2(text.contains(record.reviewer) && text.contains(record.approver), "officers");
    // pdftotext drops the narrow spaces between Chinese and digits: "第1页/共5页".
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("第\\s*1\\s*页"))),
             "no page footer \"第 1 页\" (is \"Page %1 of %2\" translated?)");
    const int pages = int(text.count(QLatin1Char('\f')));
    QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("共\\s*%1\\s*页").arg(pages))));

    const QString pdffonts = QStandardPaths::findExecutable(QStringLiteral("pdffonts"));
    GD_REQUIRE_TOOL("pdffonts");
    const QString fonts = QString::fromUtf8(run(pdffonts, {path}));
    // name type encoding emb sub uni: every font embedded, WenQuanYi among them.
    QVERIFY2(fonts.contains(QStringLiteral("WenQuanYi")), qPrintable(fonts));
    const QStringList lines = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    QVERIFY(!lines.isEmpty());
    for (const QString &line : lines) {
        const QStringList columns = line.simplified().split(QLatin1Char(' '));
        QVERIFY2(columns.size() >= 7 && columns.at(columns.size() - 5) == QLatin1String("yes"),
                 qPrintable(line));
    }
}

/**
 * The archival XMP repeats the /CreationDate Qt stamps when painting starts, so the XMP is
 * made in paintDocument's hook, after the layout: made before it, a layout of over a second
 * (a loaded machine, the sanitizer build) gave a different date on all three attempts and
 * no PDF. Here the hook itself takes over a second: Qt's date must still follow it.
 */
void TestReport::creationDateIsStampedAfterTheLayout()
{
    QTextDocument document;
    document.setHtml(QStringLiteral("<h1>标题</h1><p>正文</p>"));
    const ReviewRecord record = load(m_decidedId, m_decidedVersion);
    const report::PageStyle style = report::reviewPageStyle(record);
    QByteArray bytes;
    QDateTime hookRan;
    {
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QPdfWriter writer(&buffer);
        report::applyPageStyle(writer, style);
        const int pages = report::paintDocument(document, writer, style, [&hookRan, &document] {
            QVERIFY(document.pageSize().height() > 0); // laid out on its page already
            hookRan = QDateTime::currentDateTime();
            QTest::qSleep(1200);
        });
        QCOMPARE(pages, 1);
    }
    const QDateTime stamped = creationDateIn(bytes);
    QVERIFY(stamped.isValid());
    // Stamped to the second: at least one second after the hook started.
    QVERIFY2(stamped.toSecsSinceEpoch() >= hookRan.toSecsSinceEpoch() + 1,
             qPrintable(stamped.toString(Qt::ISODate) + QStringLiteral(" / ") +
                        hookRan.toString(Qt::ISODate)));
}

/**
 * paintDocument() moves headings that would end a page to the next one (45 mm below an h2,
 * 25 mm below an h3). The layout it paints must be the document's own, every block where a
 * layout from scratch puts it (a relayout after a move that left later blocks in place drew
 * pages with blocks missing), and no heading may end a page.
 */
void TestReport::headingsKeepWithWhatFollows()
{
    QTextDocument document;
    document.setDefaultFont(report::bodyFont(10.5));
    document.setDocumentMargin(0);
    document.setHtml(headingsAndSections());
    const report::PageStyle style;
    QBuffer output;
    QVERIFY(output.open(QIODevice::WriteOnly));
    QPdfWriter writer(&output);
    writer.setResolution(style.resolution);
    report::applyPageStyle(writer, style);
    const int pages = report::paintDocument(document, writer, style);
    QVERIFY(pages > 10);
    const QList<QRectF> painted = blockRects(document);

    // The same document, its moved headings kept, laid out again from the start.
    QBuffer sink;
    QVERIFY(sink.open(QIODevice::WriteOnly));
    QPdfWriter reference(&sink);
    reference.setResolution(style.resolution);
    report::applyPageStyle(reference, style);
    document.documentLayout()->setPaintDevice(&reference);
    document.setPageSize(document.pageSize());
    QCOMPARE(document.pageCount(), pages);
    QCOMPARE(blockRects(document), painted);

    const qreal pageHeight = document.pageSize().height();
    const qreal mm = style.resolution / 25.4;
    int moved = 0;
    qreal above = 0; // the bottom of the block before
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QRectF rect = document.documentLayout()->blockBoundingRect(block);
        const QTextBlockFormat format = block.blockFormat();
        const qreal pageTop = std::floor(rect.top() / pageHeight) * pageHeight;
        const bool first = above <= pageTop; // nothing above it on its page
        above = rect.bottom();
        if (format.headingLevel() == 0)
            continue;
        if (format.pageBreakPolicy() == QTextFormat::PageBreak_AlwaysBefore) {
            ++moved;
            QVERIFY2(first, qPrintable(block.text()));
            continue;
        }
        const qreal below = pageTop + pageHeight - rect.bottom();
        QVERIFY2(first || below >= (format.headingLevel() <= 2 ? 45 : 25) * mm,
                 qPrintable(block.text()));
    }
    document.documentLayout()->setPaintDevice(nullptr);
    QVERIFY2(moved >= 3, qPrintable(QString::number(moved))); // the case this is about
}

void TestReport::pdfIsArchivalWithItsMetadata()
{
    const ReviewRecord record = load(m_decidedId, m_decidedVersion);
    QVERIFY(!record.attachments.isEmpty());
    const auto pdf = report::reviewPdf(record);
    QVERIFY2(pdf, pdf ? "" : qPrintable(pdf.error().toString()));
    // PDF/A-1b: the identification and the sRGB output intent Qt writes in that mode.
    QVERIFY(pdf->startsWith("%PDF-1.4"));
    QVERIFY(pdf->contains("<pdfaid:part>1</pdfaid:part>"));
    QVERIFY(pdf->contains("<pdfaid:conformance>B</pdfaid:conformance>"));
    QVERIFY(pdf->contains("/OutputIntents"));
    // The XMP repeats the document information: title, creator tool, producer, and the
    // creation date as the same instant.
    const QString text = QString::fromUtf8(*pdf);
    const auto between = [&text](const QString &open, const QString &close) {
        const qsizetype start = text.indexOf(open);
        if (start < 0)
            return QString();
        const qsizetype end = text.indexOf(close, start + open.size());
        return end < 0 ? QString() : text.mid(start + open.size(), end - start - open.size());
    };
    const QString created = between(QStringLiteral("/CreationDate (D:"), QStringLiteral(")"));
    const QDateTime info = creationDateIn(*pdf);
    const QDateTime xmp = QDateTime::fromString(
        between(QStringLiteral("<xmp:CreateDate>"), QStringLiteral("</xmp:CreateDate>")),
        Qt::ISODate);
    QVERIFY2(xmp.isValid() && info.isValid() && xmp == info,
             qPrintable(created + QStringLiteral(" / ") + xmp.toString(Qt::ISODate)));
    QVERIFY(text.contains(QStringLiteral("<xmp:CreatorTool>GrantDesk</xmp:CreatorTool>")));
    QVERIFY(text.contains(
        QStringLiteral("<pdf:Producer>%1</pdf:Producer>").arg(report::pdfProducer())));
    // Qt writes the information strings in UTF-16BE with a byte-order mark.
    QByteArray producer("\xFE\xFF");
    for (const QChar c : report::pdfProducer())
        producer.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
    QVERIFY(pdf->contains("/Producer (" + producer + ")"));
    QVERIFY(text.contains(QStringLiteral("<rdf:li>%1</rdf:li><rdf:li>%2</rdf:li>")
                              .arg(record.reviewer, record.approver)));
    QVERIFY(text.contains(record.application.id));
    // The GrantDesk properties are declared for PDF/A, and verify still reads them.
    QVERIFY(text.contains(QStringLiteral("<pdfaSchema:prefix>gd</pdfaSchema:prefix>")));
    const auto source = report::readPdfSource(*pdf);
    QVERIFY2(source, source ? "" : qPrintable(source.error().toString()));
    QVERIFY(source->has_value());
    QCOMPARE((*source)->applicationId, record.application.id);
    QCOMPARE((*source)->approver, record.approver);

    // Each attachment's digest stands whole on one line of the page text.
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    GD_REQUIRE_TOOL("pdftotext");
    const QString path = m_dir.filePath(QStringLiteral("archival.pdf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(*pdf), pdf->size());
    file.close();
    const QStringList lines =
        QString::fromUtf8(run(pdftotext, {path, QStringLiteral("-")})).split(QLatin1Char('\n'));
    for (const report::FiledAttachment &attachment : record.attachments)
        QVERIFY2(lines.contains(attachment.sha256), qPrintable(attachment.sha256));
}

void TestReport::fileSizesHaveOneStyle()
{
    const QLocale c(QLocale::C);
    QCOMPARE(i18n::fileSize(0, c), QStringLiteral("0 B"));
    QCOMPARE(i18n::fileSize(681, c), QStringLiteral("681 B"));
    QCOMPARE(i18n::fileSize(1023, c), QStringLiteral("1023 B"));
    QCOMPARE(i18n::fileSize(1024, c), QStringLiteral("1.0 KB"));
    QCOMPARE(i18n::fileSize(2355, c), QStringLiteral("2.3 KB"));
    QCOMPARE(i18n::fileSize(5 * 1024 * 1024, c), QStringLiteral("5.0 MB"));
    QCOMPARE(i18n::fileSize(qint64(3) * 1024 * 1024 * 1024 / 2, c), QStringLiteral("1.5 GB"));
    // The same units in Chinese: no "字节" beside "kB".
    const QLocale zh(QLocale::Chinese, QLocale::China);
    QCOMPARE(i18n::fileSize(681, zh), QStringLiteral("681 B"));
    QCOMPARE(i18n::fileSize(12 * 1024 * 1024 + 300 * 1024, zh), QStringLiteral("12.3 MB"));
}

QTEST_MAIN(TestReport)
#include "tst_report.moc"
