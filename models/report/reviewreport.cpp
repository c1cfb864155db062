// SPDX-License-Identifier: GPL-3.0-or-later
// review.pdf: the review record as an official document (审核记录), built as one
// QTextDocument that the PDF writer and the GUI's print preview both paint.
#include <cmath>

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QImage>
#include <QLocale>
#include <QTextDocument>
#include <QUrl>

#include "core/i18n.h"
#include "core/identitytext.h"
#include "domain/register.h"
#include "domain/vocabulary.h"
#include "pricing/pricinginputs.h"
#include "report/charts.h"
#include "report/pdfdocument.h"
#include "report/pdfsource.h"
#include "report/reviewrecord.h"
#include "report/reviewreporttext.h"
#include "review/checklisttemplate.h"
#include "review/reviewrules.h"

namespace gd::report {
namespace {

using namespace reporttext;

constexpr int kChartWidthPx = 600; // CSS pixels (1/96 in): about 159 mm
constexpr double kPxToMm = 25.4 / 96.0;

/** Builds the report; its tr() context is "ReviewReport". */
class ReviewReport final
{
    Q_DECLARE_TR_FUNCTIONS(ReviewReport)

public:
    ReviewReport(const ReviewRecord &record, int dpi)
        : m_record(record)
        , m_dpi(dpi)
    {}

    std::unique_ptr<QTextDocument> build()
    {
        m_document = std::make_unique<QTextDocument>();
        m_document->setDefaultFont(bodyFont(10.5));
        m_document->setDocumentMargin(0);
        m_document->setDefaultStyleSheet(styleSheet());
        m_document->setMetaInformation(QTextDocument::DocumentTitle, title());

        cover();
        formalCheck();
        resources();
        checklist();
        security();
        modes();
        pricing();
        decision();
        signatures();
        m_document->setHtml(QStringLiteral("<html><body>") + m_html +
                            QStringLiteral("</body></html>"));
        for (const auto &[url, image] : std::as_const(m_images))
            m_document->addResource(QTextDocument::ImageResource, url, image);
        return std::move(m_document);
    }

    static QString title()
    {
        return tr("Review Record of a Scenario Application for Authorized Operation of Public "
                  "Data Resources");
    }

private:
    static QString styleSheet()
    {
        return QStringLiteral(
            "h1 { font-size: 17pt; font-weight: bold; text-align: center; margin-top: 0px; "
            "margin-bottom: 4px; }"
            "h2 { font-size: 12.5pt; font-weight: bold; margin-top: 16px; margin-bottom: 6px; }"
            "h3 { font-size: 11pt; font-weight: bold; margin-top: 10px; margin-bottom: 4px; }"
            "p { margin-top: 3px; margin-bottom: 3px; }"
            "p.subtitle { text-align: center; font-size: 10.5pt; color: #333333; "
            "margin-bottom: 12px; }"
            "p.small { font-size: 8.5pt; color: #444444; }"
            "p.finding { color: #8a2a2a; }"
            "table.grid { border-collapse: collapse; border-color: #777777; border-style: solid; }"
            "table.grid td, table.grid th { padding: 3px; border-color: #777777; "
            "border-style: solid; vertical-align: top; }"
            "th { background-color: #e8ecf2; font-weight: bold; text-align: left; "
            "font-size: 9.5pt; }"
            "td { font-size: 9.5pt; }"
            "td.label { background-color: #f3f5f8; font-weight: bold; }"
            "td.num { text-align: right; }"
            "span.fail { color: #a02020; font-weight: bold; }"
            "span.ok { color: #1f6b3a; }"
            "span.mono { font-size: 8.5pt; }"
            "span.source { font-size: 8.5pt; color: #444444; }"
            "p.digest { font-size: 8.5pt; margin-top: 0px; margin-bottom: 4px; }"
            "span.hash { font-family: 'DejaVu Sans Mono'; font-size: 8pt; }");
    }

    void add(const QString &html) { m_html += html; }

    void heading(const QString &text)
    {
        ++m_section;
        add(QStringLiteral("<h2>%1</h2>")
                .arg(esc(tr("%1. %2").arg(sectionNumber(m_section), text))));
    }

    /** 1, 2, … in English; 一, 二, … as Chinese official documents number their parts. */
    static QString sectionNumber(int n)
    {
        static const char16_t *numerals[] = {u"一", u"二", u"三", u"四", u"五",
                                             u"六", u"七", u"八", u"九", u"十"};
        if (i18n::englishInUse() || n < 1 || n > int(std::size(numerals)))
            return QString::number(n);
        return QString::fromUtf16(numerals[n - 1]);
    }

    void sub(const QString &text) { add(QStringLiteral("<h3>%1</h3>").arg(esc(text))); }

    void p(const QString &text, const QString &cls = {})
    {
        add(cls.isEmpty() ? QStringLiteral("<p>%1</p>").arg(para(text))
                          : QStringLiteral("<p class=\"%1\">%2</p>").arg(cls, para(text)));
    }

    /** "Label: text" in one paragraph. */
    void field(const QString &label, const QString &text)
    {
        add(QStringLiteral("<p><b>%1</b>%2</p>")
                .arg(esc(tr("%1: ").arg(label)), para(orDash(text))));
    }

    /**
     * A table with a header row. @p widths are percentages, one per column.
     */
    void table(const QStringList &headers, const QList<Row> &rows, const QList<int> &widths,
               const QList<int> &numericColumns = {})
    {
        QString html = QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" "
                                      "cellpadding=\"3\" border=\"1\"><thead><tr>");
        // <thead>: the header row is repeated on every page the table runs onto.
        for (int i = 0; i < headers.size(); ++i)
            html += QStringLiteral("<th width=\"%1%\">%2</th>")
                        .arg(widths.value(i))
                        .arg(para(headers.at(i)));
        html += QStringLiteral("</tr></thead>");
        for (const Row &row : rows) {
            html += QStringLiteral("<tr>");
            for (int i = 0; i < row.size(); ++i) {
                const QString &body = row.at(i).html;
                html += numericColumns.contains(i)
                            ? QStringLiteral("<td class=\"num\">%1</td>").arg(body)
                            : QStringLiteral("<td>%1</td>").arg(body);
            }
            html += QStringLiteral("</tr>");
        }
        add(html + QStringLiteral("</table>"));
    }

    /** Label/value pairs, two pairs a row. */
    void facts(const QList<std::pair<QString, QString>> &pairs, bool twoPerRow = true)
    {
        QString html = QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" "
                                      "cellpadding=\"4\" border=\"1\">");
        const int step = twoPerRow ? 2 : 1;
        for (int i = 0; i < pairs.size(); i += step) {
            html += QStringLiteral("<tr>");
            for (int j = i; j < i + step; ++j) {
                if (j < pairs.size())
                    html += QStringLiteral("<td class=\"label\" width=\"%1%\">%2</td>"
                                           "<td width=\"%3%\">%4</td>")
                                .arg(twoPerRow ? 18 : 22)
                                .arg(esc(pairs.at(j).first))
                                .arg(twoPerRow ? 32 : 78)
                                .arg(para(orDash(pairs.at(j).second)));
                else
                    html += QStringLiteral("<td class=\"label\"></td><td></td>");
            }
            html += QStringLiteral("</tr>");
        }
        add(html + QStringLiteral("</table>"));
    }

    void chart(const QString &name, const charts::ChartData &data, int heightPx)
    {
        const QSizeF sizeMm(kChartWidthPx * kPxToMm, heightPx * kPxToMm);
        const QUrl url(QStringLiteral("chart:%1").arg(name));
        // Added after setHtml(), which drops the resources added before it.
        m_images.append({url, charts::toImage(data, sizeMm, m_dpi)});
        add(QStringLiteral("<p align=\"center\"><img src=\"%1\" width=\"%2\" height=\"%3\"/></p>")
                .arg(url.toString())
                .arg(kChartWidthPx)
                .arg(heightPx));
    }

    void cover()
    {
        const Application &a = m_record.application;
        add(QStringLiteral("<h1>%1</h1>").arg(esc(title())));
        add(QStringLiteral("<p class=\"subtitle\">%1</p>")
                .arg(esc(tr("Application %1 · version %2").arg(a.id).arg(a.version))));
        const QString period = tr("%1 to %2").arg(dateText(a.periodStart), dateText(a.periodEnd));
        facts({{tr("Application number"), a.id},
               {tr("Version"), QString::number(a.version)},
               {tr("Applicant"), a.applicant.name},
               {tr("Unified social credit code"), a.applicant.creditCode},
               {tr("Scenario"), a.scenario.name},
               {tr("Domain"), a.scenario.domain},
               {tr("Authorization mode"), vocabulary::label("mode", a.authorization.mode)},
               {tr("Use class"), vocabulary::label("useClass", a.useClass)},
               {tr("Authorization period"), period},
               {tr("Submitted"), localDate(a.submittedAt)},
               {tr("Decision"), decisionLabel(m_record.decision)},
               {tr("Decision date"), localDate(m_record.decidedAt)},
               {tr("Reviewer"), m_record.reviewer},
               {tr("Approver"), m_record.approver},
               {tr("Checklist version"), m_record.checklistVersion},
               {tr("Fee rules version"), m_record.feeRulesVersion}});
        p(tr("This record was produced by GrantDesk from the review as decided. The "
             "machine-readable review.json and the application's attachments are filed with it "
             "in the same signed package."),
          QStringLiteral("small"));
    }

    void formalCheck()
    {
        heading(reviewStepLabel(ReviewStep::FormalCheck));
        const QHash<QString, QString> &notes = m_record.review.notes;
        const QStringList findings =
            reviewrules::formalFindings(m_record.application, ChecklistTemplate::builtin());
        if (findings.isEmpty())
            p(tr("GrantDesk found the application formally complete."));
        for (const QString &finding : findings)
            p(QStringLiteral("• ") + finding, QStringLiteral("finding"));
        field(tr("Confirmed by the reviewer"),
              notes.value(QStringLiteral("formal.confirmed")) == QLatin1String("1") ? tr("Yes")
                                                                                    : tr("No"));
        field(tr("Reviewer's note"), notes.value(QStringLiteral("formal.note")));
        approverComment(ReviewStep::FormalCheck);

        sub(tr("Attachments"));
        if (m_record.attachments.isEmpty()) {
            p(tr("The application has no attachments."));
            return;
        }
        QList<Row> rows;
        for (const FiledAttachment &f : m_record.attachments)
            rows << Row{f.name, vocabulary::label("attachmentKind", f.kind),
                        i18n::fileSize(f.data.size()),
                        raw(QStringLiteral("<span class=\"mono\">%1</span>").arg(esc(f.path)))};
        table({tr("Attachment"), tr("Kind"), tr("Size"), tr("File in the package")}, rows,
              {30, 16, 12, 42}, {2});
        // Each digest whole on one line in a fixed-width face, so that it can be read aloud
        // or copied from the paper and compared with `sha256sum` of the file.
        p(tr("SHA-256 of each attachment:"), QStringLiteral("small"));
        for (const FiledAttachment &f : m_record.attachments)
            add(QStringLiteral("<p class=\"digest\">%1<br/><span class=\"hash\">%2</span></p>")
                    .arg(esc(f.path), esc(f.sha256)));
    }

    void resources()
    {
        heading(reviewStepLabel(ReviewStep::Resources));
        const QHash<QString, QString> &notes = m_record.review.notes;
        QList<Row> rows;
        for (int i = 0; i < m_record.resources.size(); ++i) {
            const ResourceStatus &r = m_record.resources.at(i);
            QString status = esc(registrationStatusLabel(r.status));
            if (registrationStatusIsProblem(r.status))
                status = QStringLiteral("<span class=\"fail\">%1</span>").arg(status);
            // The catalogue's 授权运营类型 and 运营审核方式 where the register records them (L201).
            if (!r.operationType.isEmpty())
                status += QStringLiteral("<br/><span class=\"source\">%1<br/>%2</span>")
                              .arg(esc(r.operationType), esc(r.operationReview));
            const QString necessity = notes.value(QStringLiteral("resource.%1.necessity").arg(i));
            QString necessityText = necessity == QLatin1String("justified")   ? tr("Justified")
                                    : necessity == QLatin1String("excessive") ? tr("Excessive")
                                                                              : necessity;
            const QString note = notes.value(QStringLiteral("resource.%1.note").arg(i));
            rows << Row{
                QString::number(i + 1),
                raw(QStringLiteral("%1<br/><span class=\"mono\">%2</span>")
                        .arg(esc(r.resource.name), esc(orDash(r.resource.registrationCode)))),
                r.resource.provider,
                vocabulary::label("grade", r.resource.grade),
                vocabulary::label("delivery", r.resource.delivery),
                raw(status),
                orDash(necessityText) + (note.isEmpty() ? QString() : QStringLiteral("\n") + note)};
        }
        if (rows.isEmpty())
            p(tr("The application requests no data resources."));
        else
            table({tr("No."), tr("Resource / registration code"), tr("Provider"), tr("Grade"),
                   tr("Delivery"), tr("Registration"), tr("Minimum necessity")},
                  rows, {7, 23, 15, 9, 9, 10, 27});
        approverComment(ReviewStep::Resources);
    }

    void checklist()
    {
        heading(reviewStepLabel(ReviewStep::Checklist));
        // The items of the template the review was started with, earlier versions included.
        const ChecklistTemplate &checklist =
            ChecklistTemplate::forReview(m_record.checklistVersion);
        p(tr("Collective-decision checklist (三重一大), template version %1.")
              .arg(m_record.checklistVersion));
        QList<Row> rows;
        int passed = 0;
        int failed = 0;
        int notApplicable = 0;
        const bool sameTemplate = checklist.version == m_record.checklistVersion;
        QStringList ids;
        if (sameTemplate) {
            for (const ChecklistItem &item : checklist.items)
                ids << item.id;
        }
        QStringList rest = m_record.review.answers.keys();
        rest.sort();
        for (const QString &id : std::as_const(rest)) {
            if (!ids.contains(id))
                ids << id;
        }
        // A confirmed suggestion's reason, worded in this report's language.
        ReviewState worded = m_record.review;
        reviewrules::rewordSuggestions(worded, m_record.application, m_record.resources, checklist);
        for (const QString &id : std::as_const(ids)) {
            const ChecklistItem *item = sameTemplate ? checklist.item(id) : nullptr;
            const ChecklistAnswer answer = worded.answers.value(id);
            QString verdict = esc(answer.verdict == Verdict::None ? tr("Not answered")
                                                                  : verdictLabel(answer.verdict));
            switch (answer.verdict) {
            case Verdict::Pass:
                ++passed;
                verdict = QStringLiteral("<span class=\"ok\">%1</span>").arg(verdict);
                break;
            case Verdict::Fail:
                ++failed;
                verdict = QStringLiteral("<span class=\"fail\">%1</span>").arg(verdict);
                break;
            case Verdict::NotApplicable:
                ++notApplicable;
                break;
            case Verdict::None:
                break;
            }
            QString rationale = reviewrules::reasonText(answer);
            if (!answer.evidence.isEmpty())
                rationale +=
                    QStringLiteral("\n") + tr("Evidence: %1").arg(evidenceNames(answer.evidence));
            // Each item with its source (document and article, briefing line, or local practice).
            QString itemCell = esc(item ? item->text() : id);
            if (item && !item->sourceLine().isEmpty())
                itemCell += QStringLiteral("<br/><span class=\"source\">%1</span>")
                                .arg(esc(item->sourceLine()));
            rows << Row{item ? QString::number(item->number) : QStringLiteral("—"), raw(itemCell),
                        raw(verdict), orDash(rationale)};
        }
        table({tr("No."), tr("Item"), tr("Verdict"), tr("Rationale")}, rows, {7, 39, 9, 45});
        p(tr("%1 met, %2 not met, %3 not applicable.").arg(passed).arg(failed).arg(notApplicable));
        approverComment(ReviewStep::Checklist);
    }

    QString evidenceNames(const QStringList &hashes) const
    {
        QStringList names;
        for (const QString &hash : hashes) {
            QString name = hash.left(12);
            for (const FiledAttachment &f : m_record.attachments) {
                if (f.sha256 == hash) {
                    name = f.name;
                    break;
                }
            }
            names << name;
        }
        return names.join(tr(", "));
    }

    void security()
    {
        heading(reviewStepLabel(ReviewStep::Security));
        const Security &s = m_record.application.security;
        auto yesNo = [](const std::optional<bool> &v) {
            return v ? (*v ? tr("Yes") : tr("No")) : tr("Not stated");
        };
        facts({{tr("MLPS level"), s.mlpsLevel > 0 ? tr("Level %1").arg(s.mlpsLevel) : tr("None")},
               {tr("Cryptography assessment"), yesNo(s.cryptoAssessment)},
               {tr("Security officer"), s.officer},
               {tr("Incidents in the last 3 years"),
                s.incidentsLast3Years ? QString::number(*s.incidentsLast3Years) : tr("Not stated")},
               {tr("Emergency plan"), s.emergencyPlan ? tr("Yes") : tr("No")},
               {tr("Confirmed by the reviewer"), m_record.review.notes.value(QStringLiteral(
                                                     "security.confirmed")) == QLatin1String("1")
                                                     ? tr("Yes")
                                                     : tr("No")}});
        const QStringList findings = reviewrules::securityFindings(m_record.application);
        sub(tr("Findings"));
        if (findings.isEmpty())
            p(tr("GrantDesk's security rules found nothing to report."));
        for (const QString &finding : findings)
            p(QStringLiteral("• ") + finding, QStringLiteral("finding"));
        field(tr("Reviewer's findings"),
              m_record.review.notes.value(QStringLiteral("security.findings")));
        approverComment(ReviewStep::Security);
    }

    void modes()
    {
        heading(reviewStepLabel(ReviewStep::ModeFit));
        const ModeTable &modeTable = ModeTable::builtin();
        const ModeRecord &m = m_record.modes;
        p(tr("Weighted comparison of the three authorization modes (mode table %1). Totals are "
             "on the 4–20 scale of the table whatever the weights.")
              .arg(m_record.modeTableVersion));
        modeScoreTable(modeTable, m);
        modeAdjustments(modeTable, m);
        modeChart(modeTable, m);

        if (m.comparison.finding)
            p(m.comparison.finding->message(), QStringLiteral("finding"));
        const ModeTableEntry *declared = modeTable.mode(m.declared);
        const ModeTableEntry *chosen = modeTable.mode(m.chosen);
        field(tr("Declared mode"), declared ? declared->name() : m.declared);
        field(tr("Main mode chosen by the reviewer"),
              chosen ? chosen->name() : (m.chosen.isEmpty() ? tr("Not recorded") : m.chosen));
        field(tr("Rationale"), m.rationale);
        if (const QString note = m_record.review.notes.value(QStringLiteral("modes.note"));
            !note.trimmed().isEmpty())
            field(tr("Reviewer's note"), note);
        approverComment(ReviewStep::ModeFit);
    }

    /** The table of each mode's score per dimension (adjusted ones starred) and its total. */
    void modeScoreTable(const ModeTable &modeTable, const ModeRecord &m)
    {
        const auto dimensionCount = int(modeTable.dimensions.size());
        QStringList headers{tr("Mode")};
        QList<int> widths{22};
        const int dimWidth = 60 / std::max(1, dimensionCount);
        for (const ModeTableEntry &dimension : modeTable.dimensions) {
            headers
                << tr("%1\n(weight %2)").arg(dimension.name()).arg(m.scoring.weight(dimension.id));
            widths << dimWidth;
        }
        headers << tr("Total");
        widths << 18;
        QList<Row> rows;
        QList<int> numeric;
        for (int d = 1; d <= dimensionCount + 1; ++d)
            numeric << d;
        for (int i = 0; i < modeTable.modes.size(); ++i) {
            const ModeTableEntry &mode = modeTable.modes.at(i);
            QString name = esc(mode.name());
            if (mode.id == m.declared)
                name += QStringLiteral("<br/>") + esc(tr("(declared)"));
            if (mode.id == m.chosen)
                name += QStringLiteral("<br/><b>%1</b>").arg(esc(tr("(chosen)")));
            Row row{raw(name)};
            for (int d = 0; d < dimensionCount; ++d) {
                const int score = m.comparison.score(i, d, dimensionCount);
                QString cell = QString::number(score);
                const QString key = mode.id + QLatin1Char('.') + modeTable.dimensions.at(d).id;
                if (m.scoring.adjustments.contains(key))
                    cell += QStringLiteral(" *");
                row << cell;
            }
            const ModeTotal *total = m.comparison.total(mode.id);
            row << raw(QStringLiteral("<b>%1</b>").arg(total ? total->toString(2) : QString()));
            rows << row;
        }
        table(headers, rows, widths, numeric);
    }

    /** The reviewer's adjusted scores, each with its reason. */
    void modeAdjustments(const ModeTable &modeTable, const ModeRecord &m)
    {
        if (m.scoring.adjustments.isEmpty())
            return;
        sub(tr("Adjusted scores"));
        for (auto it = m.scoring.adjustments.cbegin(); it != m.scoring.adjustments.cend(); ++it) {
            const ModeTableEntry *mode = modeTable.mode(it.key().section(QLatin1Char('.'), 0, 0));
            const ModeTableEntry *dim = modeTable.dimension(it.key().section(QLatin1Char('.'), 1));
            p(tr("* %1 / %2: %3 — %4")
                  .arg(mode ? mode->name() : it.key(), dim ? dim->name() : QString())
                  .arg(it->score)
                  .arg(it->reason));
        }
    }

    /** The bar chart of each mode's weighted total and score per dimension. */
    void modeChart(const ModeTable &modeTable, const ModeRecord &m)
    {
        const auto dimensionCount = int(modeTable.dimensions.size());
        charts::ChartData bars;
        bars.kind = charts::ChartData::Kind::Bar;
        bars.title = tr("Weighted totals and scores per dimension");
        bars.yLabel = tr("Score");
        for (int i = 0; i < modeTable.modes.size(); ++i) {
            const ModeTableEntry &mode = modeTable.modes.at(i);
            bars.categories << mode.name() +
                                   (mode.id == m.declared ? tr(" (declared)") : QString());
            if (mode.id == m.declared)
                bars.highlight = i;
        }
        // Series: the total, then each dimension's score, per mode.
        charts::Series totals{tr("Weighted total"), {}, {}};
        for (const ModeTableEntry &mode : modeTable.modes) {
            const ModeTotal *total = m.comparison.total(mode.id);
            totals.values << (total ? double(total->hundredths()) / 100.0 : 0.0);
        }
        bars.series << totals;
        for (int d = 0; d < dimensionCount; ++d) {
            charts::Series s{modeTable.dimensions.at(d).name(), {}, {}};
            for (int i = 0; i < modeTable.modes.size(); ++i)
                s.values << m.comparison.score(i, d, dimensionCount);
            bars.series << s;
        }
        bars.format = [](double v) {
            return QLocale().toString(v, 'f', std::trunc(v) == v ? 0 : 2);
        };
        chart(QStringLiteral("modes"), bars, 250);
    }

    void pricing()
    {
        heading(reviewStepLabel(ReviewStep::Pricing));
        if (!m_record.pricing) {
            const QString basis = m_record.review.notes.value(reviewrules::notChargedNoteKey());
            if (basis == QLatin1String("free_use"))
                p(tr("Recorded as not charged: the use class is free of charge."));
            else
                p(tr("The application asks for no priced product; no operation service fee "
                     "applies."));
            approverComment(ReviewStep::Pricing);
            return;
        }
        const PricingRecord &pr = *m_record.pricing;
        const FeeRequest &r = pr.request;
        const FeeResult &f = pr.result;
        const QLocale locale;
        if (pr.recomputed)
            p(tr("The review stored no fee; it was computed for this record under the fee rules "
                 "effective on the decision date."),
              QStringLiteral("small"));
        QStringList flags;
        if (r.smallBusiness)
            flags << tr("small or micro business");
        if (r.priorityScenario)
            flags << tr("priority scenario");
        facts({{tr("Fee rules"), tr("%1 (%2)").arg(f.rulesVersion, f.rulesRegion)},
               {tr("Product"),
                f.productName.isEmpty() ? r.product : tr("%1 (%2)").arg(f.productName, r.product)},
               {tr("Use class"), vocabulary::label("useClass", r.useClass)},
               {tr("Quantity"),
                tr("%1 %2").arg(locale.toString(qulonglong(r.quantity)),
                                vocabulary::label("billingUnit", f.billingUnit.isEmpty()
                                                                     ? r.unit.value_or(QString())
                                                                     : f.billingUnit))},
               {tr("Discount conditions"), flags.isEmpty() ? tr("None") : flags.join(tr(", "))},
               {tr("Review date"), dateText(r.reviewDate)}});

        if (!f.bands.isEmpty()) {
            sub(tr("Progressive bands"));
            QList<Row> rows;
            for (const FeeBandRow &b : f.bands)
                rows << Row{b.label, locale.toString(qulonglong(b.units)), b.price.toString(),
                            b.amount.toDisplay(locale)};
            if (!f.fixedFee.isZero())
                rows << Row{tr("Fixed fee"), QString(), QString(), f.fixedFee.toDisplay(locale)};
            rows << Row{raw(QStringLiteral("<b>%1</b>").arg(esc(tr("Gross")))), QString(),
                        QString(),
                        raw(QStringLiteral("<b>%1</b>").arg(esc(f.gross.toDisplay(locale))))};
            for (const FeeDiscountStep &d : f.discounts)
                rows << Row{tr("Discount %1% (%2)").arg(d.percent.toString(), discountName(d.when)),
                            QString(), QString(), d.after.toDisplay(locale)};
            rows << Row{raw(QStringLiteral("<b>%1</b>").arg(esc(tr("Fee (rounded to the fen)")))),
                        QString(), QString(),
                        raw(QStringLiteral("<b>%1</b>").arg(esc(f.fee.toDisplay(locale))))};
            table({tr("Band"), tr("Units"), tr("Unit price (yuan)"), tr("Amount")}, rows,
                  {40, 20, 18, 22}, {1, 2, 3});
        }
        add(QStringLiteral("<p><b>%1</b></p>")
                .arg(esc(tr("Operation service fee: %1 (gross %2)")
                             .arg(f.fee.toDisplay(locale), f.gross.toDisplay(locale)))));
        if (!f.trace.isEmpty()) {
            sub(tr("How the fee was computed"));
            QString html = QStringLiteral("<ol>");
            for (const QString &line : feeTraceLines(f))
                html += QStringLiteral("<li>%1</li>").arg(esc(line));
            add(html + QStringLiteral("</ol>"));
        }
        if (!f.findings.isEmpty()) {
            sub(tr("Findings"));
            for (const FeeFinding &finding : f.findings)
                p(QStringLiteral("• ") + feeFindingText(finding), QStringLiteral("finding"));
        }
        feeChart(pr);
        field(tr("Reviewer's note"), m_record.review.notes.value(pricingnotes::note()));
        approverComment(ReviewStep::Pricing);
    }

    static QString discountName(const QString &when)
    {
        if (when == QLatin1String("smallBusiness"))
            return tr("small or micro business");
        if (when == QLatin1String("priorityScenario"))
            return tr("priority scenario");
        return when;
    }

    void feeChart(const PricingRecord &pr)
    {
        if (pr.curve.size() < 2)
            return;
        charts::ChartData line;
        line.kind = charts::ChartData::Kind::Line;
        line.title = tr("Fee against quantity");
        line.xLabel =
            tr("Quantity (%1)").arg(vocabulary::label("billingUnit", pr.result.billingUnit));
        line.yLabel = tr("Yuan");
        charts::Series gross{tr("Gross"), {}, QColor(0x9a, 0x9a, 0x9a)};
        charts::Series fee{tr("Fee after discounts"), {}, {}};
        for (const FeeCurvePoint &point : pr.curve) {
            line.categories << QString::number(point.quantity);
            line.xValues << double(point.quantity);
            gross.values << drawValue(point.gross.toString());
            fee.values << drawValue(point.fee.toString());
            if (point.isBandEdge && point.quantity > 0)
                line.markers << charts::Marker{double(point.quantity), QString(), {}, true};
            if (point.isRequest)
                line.markers << charts::Marker{double(point.quantity), tr("Requested"),
                                               QColor(0xa8, 0x4b, 0x4b), false};
        }
        line.series << gross << fee;
        line.format = [](double v) { return compactNumber(v); };
        line.formatX = [](double v) { return compactNumber(v); };
        chart(QStringLiteral("fee"), line, 240);
    }

    /** 1,200,000 → "120万" in Chinese, "1.2M" in English: axis labels stay short. */
    static QString compactNumber(double v)
    {
        const QLocale locale;
        const double a = std::fabs(v);
        auto trim = [&](double x) { return locale.toString(x, 'f', std::trunc(x) == x ? 0 : 1); };
        if (i18n::englishInUse()) {
            if (a >= 1e9)
                return trim(v / 1e9) + QLatin1Char('B');
            if (a >= 1e6)
                return trim(v / 1e6) + QLatin1Char('M');
            if (a >= 1e4)
                return trim(v / 1e3) + QLatin1Char('k');
            return trim(v);
        }
        if (a >= 1e8)
            return trim(v / 1e8) + QStringLiteral("亿");
        if (a >= 1e4)
            return trim(v / 1e4) + QStringLiteral("万");
        return trim(v);
    }

    void decision()
    {
        heading(reviewStepLabel(ReviewStep::Decision));
        const ProposedDecision &proposal = m_record.review.proposal;
        // The outcome stands out: a framed line with the decision in larger type.
        add(QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" "
                           "cellpadding=\"6\" border=\"1\"><tr><td class=\"label\" width=\"18%\">"
                           "%1</td><td width=\"42%\"><span style=\"font-size: 13pt; "
                           "font-weight: bold;\">%2</span></td><td class=\"label\" width=\"16%\">"
                           "%3</td><td width=\"24%\">%4</td></tr></table>")
                .arg(esc(tr("Decision")), esc(decisionLabel(m_record.decision)),
                     esc(tr("Decision date")), esc(localDate(m_record.decidedAt))));
        if (proposal.decision != m_record.decision && proposal.decision != Decision::None)
            field(tr("Reviewer's proposal"), decisionLabel(proposal.decision));
        if (!proposal.conditions.isEmpty()) {
            sub(tr("Conditions"));
            numbered(proposal.conditions);
        }
        if (!proposal.reasons.isEmpty()) {
            sub(tr("Reasons"));
            numbered(proposal.reasons);
        }
        sub(tr("Review opinion"));
        p(orDash(proposal.opinion));
        approverComment(ReviewStep::Decision);
        const QString agree = m_record.approverComments.value(QStringLiteral("agree"));
        if (!agree.isEmpty())
            field(tr("Approver's opinion"), agree);
    }

    void numbered(const QStringList &lines)
    {
        QString html = QStringLiteral("<ol>");
        for (const QString &line : lines)
            html += QStringLiteral("<li>%1</li>").arg(para(line));
        add(html + QStringLiteral("</ol>"));
    }

    void approverComment(ReviewStep step)
    {
        const QString comment = m_record.approverComments.value(reviewStepCode(step));
        if (!comment.trimmed().isEmpty())
            field(tr("Approver's comment"), comment);
    }

    void signatures()
    {
        heading(tr("Signatures and audit"));
        QString html = QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" "
                                      "cellpadding=\"8\" border=\"1\"><tr>");
        auto block = [&](const QString &role, const QString &name, const QString &what,
                         const QDateTime &at) {
            html += QStringLiteral("<td width=\"50%\"><p><b>%1</b></p><p>%2</p><p>%3</p>"
                                   "<p>&nbsp;</p><p>%4</p></td>")
                        .arg(esc(role), esc(tr("Name: %1").arg(orDash(name))),
                             esc(tr("%1: %2").arg(what, localTime(at))),
                             esc(tr("Signature: see the package's signatures/ folder")));
        };
        block(tr("Reviewer (first review)"), m_record.reviewer, tr("Submitted for approval"),
              m_record.submittedAt);
        block(tr("Approver (second review)"), m_record.approver, tr("Agreed"), m_record.decidedAt);
        add(html + QStringLiteral("</tr></table>"));

        sub(tr("Audit trail and rules"));
        QStringList rules{tr("checklist %1").arg(orDash(m_record.checklistVersion)),
                          tr("mode table %1").arg(orDash(m_record.modeTableVersion))};
        if (!m_record.feeRulesVersion.isEmpty())
            rules << tr("fee rules %1").arg(m_record.feeRulesVersion);
        facts({{tr("Audit trail head"),
                tr("event %1, SM3 %2").arg(m_record.auditHeadSeq).arg(m_record.auditHeadHash)},
               {tr("Rule versions"), rules.join(tr(", "))},
               {tr("Decided"), localTime(m_record.decidedAt)}},
              false);
        p(tr("The audit trail is a hash chain (SM3): each event's hash covers the previous one, "
             "so the head above pins every recorded edit of this review up to its decision."),
          QStringLiteral("small"));
    }

    const ReviewRecord &m_record;
    int m_dpi;
    int m_section = 0;
    QString m_html;
    std::unique_ptr<QTextDocument> m_document;
    QList<std::pair<QUrl, QImage>> m_images;
};

} // namespace

std::unique_ptr<QTextDocument> reviewDocument(const ReviewRecord &record, int dpi)
{
    return ReviewReport(record, dpi).build();
}

PageStyle reviewPageStyle(const ReviewRecord &record)
{
    PageStyle style;
    style.title = ReviewReport::title();
    style.header = QCoreApplication::translate("ReviewReport", "%1 · %2 version %3")
                       .arg(ReviewReport::title(), record.application.id)
                       .arg(record.application.version);
    // An archival PDF (PDF/A-1b) that names what it was made from, for verify to compare
    // (report/pdfsource.h), and who made it.
    const PdfSource source{record.application.id, record.application.version,
                           decisionCode(record.decision), record.reviewer, record.approver};
    const QString subject =
        QCoreApplication::translate("ReviewReport",
                                    "Review of the authorized-operation application %1, version "
                                    "%2: %3")
            .arg(record.application.id)
            .arg(record.application.version)
            .arg(record.application.scenario.name);
    const QStringList authors{record.reviewer, record.approver};
    const QString title = style.title;
    style.archivalXmp = [source, subject, authors, title](const QDateTime &created) {
        return pdfArchiveXmp(source, PdfArchiveInfo{title, authors, subject, created});
    };
    return style;
}

Result<QByteArray> reviewPdf(const ReviewRecord &record)
{
    const PageStyle style = reviewPageStyle(record);
    std::unique_ptr<QTextDocument> document = reviewDocument(record, style.resolution);
    auto pdf = renderPdf(*document, style);
    if (!pdf)
        return Error{QStringLiteral("review.pdf"), pdf.error().what};
    return pdf;
}

} // namespace gd::report
