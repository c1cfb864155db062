// SPDX-License-Identifier: GPL-3.0-or-later
// The detail pane's text: each section of an application as the officer reads it (HTML for
// its QTextBrowser). The widget, its loading and its links are in detailpane.cpp.
#include "detailpane.h"

#include <algorithm>

#include <QLocale>

#include "common/palette.h"
#include "common/statuscolours.h"
#include "core/i18n.h"
#include "core/identitytext.h"
#include "domain/creditcode.h"
#include "domain/register.h"
#include "domain/vocabulary.h"
#include "domain/workflow.h"
#include "lifecycle/recordactdialog.h"

namespace gd {
namespace {

// The palette's colours as the "#rrggbb" this HTML writes.
const QString kOk = palette::kOk.name();
const QString kWarn = palette::kWarn.name();
const QString kBad = palette::kBad.name();
const QString kMuted = palette::kMuted.name();
const QString kWarnBackground = palette::kWarnBackground.name();
const QString kBadBackground = palette::kBadBackground.name();

QString esc(const QString &text)
{
    return identitytext::displaySafe(text, identitytext::Lines::Keep).toHtmlEscaped();
}

QString coloured(const QString &colour, const QString &html, bool bold = false)
{
    return QStringLiteral("<span style=\"color:%1;%2\">%3</span>")
        .arg(colour, bold ? QStringLiteral("font-weight:bold;") : QString(), html);
}

QString muted(const QString &html)
{
    return coloured(kMuted, html);
}

QString row(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><td width=\"118\" style=\"color:%1\">%2</td><td>%3</td></tr>")
        .arg(kMuted, esc(label), valueHtml);
}

QString orDash(const QString &text)
{
    return text.trimmed().isEmpty() ? muted(QStringLiteral("—")) : esc(text);
}

QString section(const QString &title, const QString &body)
{
    return QStringLiteral("<h3 style=\"margin-top:14px; margin-bottom:4px; color:%1\">%2</h3>"
                          "%3")
        .arg(palette::kHeading.name(), esc(title), body);
}

QString table(const QStringList &rows)
{
    return QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">%1</table>")
        .arg(rows.join(QString()));
}

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString dateTime(const QDateTime &at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

// Whole months from start to the day after end, and the days left over.
std::pair<int, int> monthsAndDays(const QDate &start, const QDate &end)
{
    const QDate after = end.addDays(1);
    int months = (after.year() - start.year()) * 12 + after.month() - start.month();
    if (start.addMonths(months) > after)
        --months;
    return {months, int(start.addMonths(months).daysTo(after))};
}

} // namespace

QString DetailPane::html() const
{
    if (m_id.isEmpty()) {
        return QStringLiteral("<p align=\"center\" style=\"color:%1; margin-top:48px\">%2</p>")
            .arg(kMuted, esc(tr("Select an application in the list to see it here.")));
    }
    if (!m_application) {
        return QStringLiteral("<p style=\"color:%1\">%2</p><p>%3</p>")
            .arg(kBad,
                 esc(tr("Application %1 version %2 could not be read.").arg(m_id).arg(m_version)),
                 esc(m_loadError));
    }
    const Application &app = *m_application;
    // Each section is a function of its own, in the order the officer reads them.
    return headerHtml(app) + searchHtml(app) + lifecycleHtml() + applicantHtml(app) +
           scenarioHtml(app) + authorizationHtml(app) + resourcesHtml() + securityHtml(app) +
           periodHtml(app) + pricingHtml(app) + attachmentsHtml(app) + versionsHtml(app);
}

/**
 * Where the inbox's search found each term in @p app: the fields the search looks in
 * (sql::searchBody), by the names the officer reads in this pane.
 */
QString DetailPane::searchHtml(const Application &app) const
{
    if (m_searchTerms.isEmpty())
        return {};
    const QList<std::pair<QString, QString>> fields{
        {tr("application number"), app.id},
        {tr("applicant"), app.applicant.name},
        {tr("unified social credit code"), app.applicant.creditCode},
        {tr("scenario"), app.scenario.name},
        {tr("domain"), app.scenario.domain},
        {tr("scenario description"), app.scenario.description},
        {tr("beneficiaries"), app.scenario.beneficiaries},
        {tr("implementation plan"), app.authorization.planRef},
        {tr("implementing body"), app.authorization.implementingBody}};
    QStringList lines;
    for (const QString &term : m_searchTerms) {
        QStringList places;
        for (const auto &[label, value] : fields) {
            if (value.contains(term, Qt::CaseInsensitive))
                places << label;
        }
        for (const RequestedResource &r : app.resources) {
            const QStringList values{r.name, r.registrationCode, r.provider, r.sharedFrom,
                                     r.fields.join(QLatin1Char(' '))};
            if (std::any_of(values.cbegin(), values.cend(), [&term](const QString &v) {
                    return v.contains(term, Qt::CaseInsensitive);
                }))
                places << tr("requested data resource “%1”").arg(r.name);
        }
        if (!places.isEmpty())
            lines << tr("“%1” is found in: %2")
                         .arg(term, places.join(tr(", ", "between list items")));
    }
    if (lines.isEmpty())
        return {};
    return QStringLiteral("<p style=\"color:%1\">%2</p>")
        .arg(kMuted, esc(tr("Search: %1.").arg(lines.join(tr("; ")))));
}

QString DetailPane::headerHtml(const Application &app) const
{
    // Header: number, version, scenario; then where the case stands.
    QString out;
    out += QStringLiteral("<h2 style=\"margin-bottom:2px\">%1 v%2 · %3</h2>")
               .arg(esc(app.id))
               .arg(app.version)
               .arg(esc(app.scenario.name));
    const auto current =
        std::find_if(m_versions.cbegin(), m_versions.cend(),
                     [&](const VersionInfo &v) { return v.version == app.version; });
    QStringList headline;
    if (current != m_versions.cend()) {
        headline << coloured(statuscolours::caseStatus(current->status).name(),
                             QStringLiteral("●")) +
                        QLatin1Char(' ') + esc(caseStatusLabel(current->status));
        headline << esc(tr("Decision: %1").arg(decisionLabel(current->decision)));
    }
    headline << esc(tr("Submitted %1").arg(dateTime(app.submittedAt)));
    if (app.deadline.isValid())
        headline << esc(tr("Deadline %1").arg(isoDate(app.deadline)));
    out += QStringLiteral("<p>%1</p>").arg(headline.join(QStringLiteral(" &nbsp;·&nbsp; ")));
    return out;
}

QString DetailPane::applicantHtml(const Application &app) const
{
    // 申请单位
    QString out;
    const Applicant &a = app.applicant;
    QString code = esc(a.creditCode);
    if (!a.creditCode.isEmpty()) {
        code += QStringLiteral(" &nbsp;") +
                (creditcode::isValid(a.creditCode)
                     ? coloured(kOk, esc(tr("✓ check character valid")))
                     : coloured(kBad, esc(tr("✗ check character invalid")), true));
    }
    QStringList contact;
    for (const QString &part : {a.contact.name, a.contact.phone, a.contact.email}) {
        if (!part.isEmpty())
            contact << esc(part);
    }
    QString declaration;
    if (!a.creditDeclaration.has_value())
        declaration = coloured(kWarn, esc(tr("⚠ not stated")), true);
    else if (*a.creditDeclaration)
        declaration = coloured(kOk, esc(tr("✓ declared: no serious violations, not on a "
                                           "bad-credit list")));
    else
        declaration = coloured(kBad, esc(tr("✗ not declared")), true);
    out += section(tr("Applicant"),
                   table({row(tr("Name"), QStringLiteral("<b>%1</b>").arg(esc(a.name))),
                          row(tr("Credit code"), code.isEmpty() ? orDash({}) : code),
                          row(tr("Legal representative"), orDash(a.legalRepresentative)),
                          row(tr("Role"), orDash(vocabulary::label("role", a.role))),
                          row(tr("Contact"),
                              contact.isEmpty() ? orDash({}) : contact.join(QStringLiteral(" · "))),
                          row(tr("Credit declaration"), declaration),
                          row(tr("Operator"), operatorText(app))}));
    return out;
}

QString DetailPane::operatorText(const Application &app) const
{
    // 运营机构: whose maximum allowed revenue the fee is held against.
    if (app.operatorParty)
        return QStringLiteral("<b>%1</b> %2")
            .arg(esc(app.operatorParty->name), esc(app.operatorParty->creditCode));
    if (app.format < 2)
        return muted(esc(tr("the applicant (a format 1 application names no operator)")));
    return esc(tr("the applicant"));
}

QString DetailPane::scenarioHtml(const Application &app) const
{
    // 场景
    QString out;
    const Scenario &s = app.scenario;
    const QString classification =
        QStringList{esc(s.domain), esc(vocabulary::label("mode", app.authorization.mode)),
                    esc(vocabulary::label("useClass", app.useClass))}
            .join(QStringLiteral(" · "));
    out += section(tr("Scenario"),
                   table({row(tr("Name"), esc(s.name)), row(tr("Classification"), classification),
                          row(tr("Description"), orDash(s.description)),
                          row(tr("Beneficiaries"), orDash(s.beneficiaries)),
                          row(tr("Social benefit"), orDash(s.socialBenefit)),
                          row(tr("Economic benefit"), orDash(s.economicBenefit))}));
    return out;
}

QString DetailPane::authorizationHtml(const Application &app) const
{
    // 授权
    QString out;
    out +=
        section(tr("Authorization"),
                table({row(tr("Mode"), orDash(vocabulary::label("mode", app.authorization.mode))),
                       row(tr("Implementation plan"), orDash(app.authorization.planRef)),
                       row(tr("Implementing body"), orDash(app.authorization.implementingBody))}));
    return out;
}

QString DetailPane::resourcesHtml() const
{
    // 数据资源: the register status comes from resourceStatuses(), one per requested resource.
    QString out;
    const QLocale locale;
    QString body;
    int problems = 0;
    for (const ResourceStatus &rs : m_resources) {
        const RequestedResource &r = rs.resource;
        const bool problem = registrationStatusIsProblem(rs.status);
        problems += problem ? 1 : 0;
        const bool bad = rs.status == RegistrationStatus::Cancelled;
        const QString colour = problem ? (bad ? QString(kBad) : QString(kWarn)) : QString(kOk);
        const QString title =
            QStringLiteral("<b>%1 %2</b> &nbsp;%3")
                .arg(coloured(colour, statuscolours::registrationMark(rs.status), problem),
                     esc(r.name),
                     coloured(colour, esc(registrationStatusLabel(rs.status)), problem));
        QStringList rows;
        QString code = r.registrationCode.isEmpty()
                           ? coloured(kWarn, esc(tr("no registration code given")), true)
                           : esc(r.registrationCode);
        if (!rs.registerName.isEmpty() && rs.registerName != r.name)
            code += muted(esc(tr(" (registered as “%1”)").arg(rs.registerName)));
        rows << row(tr("Registration code"), code);
        rows << row(tr("Provider"), orDash(r.provider));
        if (!r.sharedFrom.isEmpty()) {
            rows << row(tr("Shared from"),
                        esc(r.sharedFrom) + QStringLiteral(" &nbsp;") +
                            coloured(kWarn,
                                     esc(tr("⚠ shared data: the provider's consent is "
                                            "needed")),
                                     true));
        }
        rows << row(tr("Fields"), r.fields.isEmpty()
                                      ? orDash({})
                                      : esc(r.fields.join(tr(", ", "between list items"))));
        rows << row(tr("Grade"), orDash(vocabulary::label("grade", r.grade)));
        rows << row(tr("Volume"),
                    r.volume ? esc(tr("%1 records").arg(locale.toString(*r.volume))) : orDash({}));
        rows << row(tr("Update frequency"),
                    orDash(vocabulary::label("updateFrequency", r.updateFrequency)));
        rows << row(tr("Delivery"), orDash(vocabulary::label("delivery", r.delivery)));
        rows << row(tr("Justification"), orDash(r.justification));
        const QString background =
            problem ? QStringLiteral(" bgcolor=\"%1\"").arg(bad ? kBadBackground : kWarnBackground)
                    : QString();
        body += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\"%1>"
                               "<tr><td>%2%3</td></tr></table>")
                    .arg(background, title, table(rows));
    }
    if (m_resources.isEmpty())
        body = QStringLiteral("<p>%1</p>").arg(muted(esc(tr("No resources requested."))));
    const QString title = problems > 0
                              ? tr("Data resources (%1) — %n need(s) attention", nullptr, problems)
                                    .arg(m_resources.size())
                              : tr("Data resources (%1)").arg(m_resources.size());
    out += section(title, body);
    return out;
}

QString DetailPane::securityHtml(const Application &app) const
{
    // 安全
    QString out;
    const Security &s = app.security;
    auto yesNo = [](std::optional<bool> value, const QString &yes, const QString &no) {
        if (!value.has_value())
            return coloured(kWarn, esc(tr("⚠ not stated")), true);
        return *value ? coloured(kOk, esc(yes)) : coloured(kBad, esc(no), true);
    };
    QString incidents = orDash({});
    if (s.incidentsLast3Years) {
        incidents = *s.incidentsLast3Years == 0
                        ? coloured(kOk, esc(tr("none")))
                        : coloured(kBad, esc(QString::number(*s.incidentsLast3Years)), true);
    }
    out += section(
        tr("Security"),
        table({row(tr("MLPS level"), s.mlpsLevel > 0 ? esc(tr("Level %1").arg(s.mlpsLevel))
                                                     : coloured(kWarn, esc(tr("⚠ none")), true)),
               row(tr("Crypto assessment"),
                   yesNo(s.cryptoAssessment, tr("✓ passed"), tr("✗ not passed"))),
               row(tr("Security officer"), orDash(s.officer)),
               row(tr("Incidents (3 years)"), incidents),
               row(tr("Emergency plan"), yesNo(s.emergencyPlan, tr("✓ in place"), tr("✗ none")))}));
    return out;
}

QString DetailPane::periodHtml(const Application &app) const
{
    // 期限
    QString out;
    QString period;
    if (app.periodStart.isValid() && app.periodEnd.isValid()) {
        period =
            esc(QStringLiteral("%1 — %2").arg(isoDate(app.periodStart), isoDate(app.periodEnd)));
        if (app.periodEnd <= app.periodStart) {
            period += QStringLiteral(" &nbsp;") +
                      coloured(kBad, esc(tr("✗ the end is not after the start")), true);
        } else {
            const auto [months, days] = monthsAndDays(app.periodStart, app.periodEnd);
            const QString monthText = tr("%n month(s)", nullptr, months);
            const QString length = days == 0 ? monthText
                                             : tr("%1 %2", "months, then days")
                                                   .arg(monthText, tr("%n day(s)", nullptr, days));
            period += QStringLiteral(" &nbsp;") +
                      muted(esc(tr("(%1)", "length of the period").arg(length)));
        }
    } else {
        period = orDash({});
    }
    out += section(tr("Period"), table({row(tr("Term"), period)}));
    return out;
}

QString DetailPane::pricingHtml(const Application &app) const
{
    // 定价申请
    QString out;
    const QLocale locale;
    if (app.pricing) {
        const PricingRequest &p = *app.pricing;
        QStringList flags;
        if (p.smallBusiness)
            flags << esc(tr("small or micro business"));
        if (p.priorityScenario)
            flags << esc(tr("priority scenario"));
        out += section(tr("Pricing request"),
                       table({row(tr("Product"), orDash(p.product)),
                              row(tr("Expected quantity"),
                                  esc(tr("%1, billed %2")
                                          .arg(locale.toString(p.expectedQuantity),
                                               vocabulary::label("billingUnit", p.billingUnit)))),
                              row(tr("Discounts claimed"),
                                  flags.isEmpty() ? muted(esc(tr("none")))
                                                  : flags.join(QStringLiteral(" · ")))}));
    } else {
        out += section(tr("Pricing request"),
                       QStringLiteral("<p>%1</p>").arg(muted(esc(tr("No pricing request.")))));
    }
    return out;
}

QString DetailPane::attachmentsHtml(const Application &app) const
{
    // 附件
    QString out;
    const QLocale locale;
    QString body;
    if (app.attachments.isEmpty()) {
        body = QStringLiteral("<p>%1</p>").arg(muted(esc(tr("No attachments."))));
    } else {
        body = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
        for (int i = 0; i < app.attachments.size(); ++i) {
            const Attachment &a = app.attachments.at(i);
            body +=
                QStringLiteral("<tr><td><b>%1</b><br/>%2</td>"
                               "<td style=\"padding-left:10px\">%3<br/>%4</td>"
                               "<td style=\"padding-left:10px\"><a href=\"gd:open/%5\">%6</a>"
                               " · <a href=\"gd:save/%5\">%7</a></td></tr>")
                    .arg(esc(a.name),
                         muted(esc(QStringLiteral("%1 · %2").arg(
                             vocabulary::label("attachmentKind", a.kind),
                             a.size > 0 ? i18n::fileSize(a.size, locale) : QStringLiteral("—")))),
                         esc(QStringLiteral("SHA-256 %1…").arg(a.sha256.left(12))),
                         coloured(kOk, esc(tr("✓ verified on import"))))
                    .arg(i)
                    .arg(esc(tr("Open")), esc(tr("Save a copy…")));
        }
        body += QStringLiteral("</table>");
    }
    out += section(tr("Attachments (%1)").arg(app.attachments.size()), body);
    return out;
}

QString DetailPane::versionsHtml(const Application &app) const
{
    // Versions of this application, with gaps in the numbering flagged.
    QString out;
    QList<VersionInfo> versions = m_versions;
    std::sort(versions.begin(), versions.end(),
              [](const VersionInfo &a, const VersionInfo &b) { return a.version < b.version; });
    QStringList items;
    for (const VersionInfo &v : versions) {
        const QString text = QStringLiteral("v%1").arg(v.version);
        const QString link =
            v.version == app.version
                ? QStringLiteral("<b>%1</b>").arg(text)
                : QStringLiteral("<a href=\"gd:version/%1\">%2</a>").arg(v.version).arg(text);
        // An earlier version's decision says why a new version came in (returned …).
        const QString decision = v.decision == Decision::None
                                     ? QString()
                                     : esc(tr("decision: %1").arg(decisionLabel(v.decision)));
        items << QStringLiteral("<tr><td>%1</td><td style=\"padding-left:8px\">%2 %3</td>"
                                "<td style=\"padding-left:8px\">%4</td>"
                                "<td style=\"padding-left:8px\">%5</td></tr>")
                     .arg(link,
                          coloured(statuscolours::caseStatus(v.status).name(), QStringLiteral("●")),
                          esc(caseStatusLabel(v.status)), decision,
                          muted(esc(tr("submitted %1").arg(dateTime(v.submittedAt)))));
    }
    // Versions count from 1: a lone version 2 means version 1 never arrived.
    QStringList missing;
    int expected = 1;
    for (const VersionInfo &v : versions) {
        for (; expected < v.version; ++expected)
            missing << QString::number(expected);
        expected = v.version + 1;
    }
    QString body = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">%1</table>")
                       .arg(items.join(QString()));
    if (!missing.isEmpty()) {
        body += QStringLiteral("<p>%1</p>")
                    .arg(coloured(
                        kWarn,
                        esc(tr("⚠ %n version(s) never received: %1", nullptr, int(missing.size()))
                                .arg(missing.join(tr(", ", "between list items")))),
                        true));
    }
    out += section(tr("Versions"), body);
    return out;
}

QString DetailPane::lifecycleHtml() const
{
    const QString title = tr("After the review: collective decision to term");
    if (!m_lifeError.isEmpty())
        return section(title, coloured(kBad, esc(m_lifeError)));
    if (!m_life)
        return {};
    const lifecycle::LifecycleState &state = m_life->state;
    QStringList rows;
    const bool ended = lifecycle::isFinal(state.stage);
    rows << row(tr("Stage"), coloured(ended ? kBad : palette::kHeading.name(),
                                      esc(lifecycle::stageLabel(state.stage)), true));
    rows << row(tr("Review countersigned"), esc(isoDate(m_life->reviewed)));
    // The end of a term in force is not an act that falls due: the term row says when.
    if (state.due && state.due->date.isValid() && state.due->stage != lifecycle::Stage::Expired) {
        QString due = esc(isoDate(state.due->date)) +
                      muted(esc(tr(" (%1)").arg(lifecycle::stageLabel(state.due->stage))));
        if (state.due->overdue)
            due = coloured(kBad, due + esc(tr(" — overdue")), true);
        if (state.due->ours)
            due += muted(esc(tr(" · a GrantDesk default, not a rule of the briefing")));
        rows << row(tr("Due by"), due);
    }
    if (state.termStart.isValid())
        rows << row(tr("Term"),
                    esc(tr("%1 to %2").arg(isoDate(state.termStart), isoDate(state.termEnd))));
    const lifecycle::LifecycleRules &rules = m_lifecycle.rules();
    for (int i = 0; i < m_life->acts.size(); ++i) {
        const lifecycle::Act &act = m_life->acts.at(i);
        const lifecycle::StoredAct &stored = m_life->stored.at(i);
        rows << row(isoDate(lifecycle::actDate(act)),
                    QStringLiteral("<b>%1</b> %2<br>%3")
                        .arg(esc(RecordActDialog::label(act)),
                             esc(RecordActDialog::summary(act, rules)),
                             muted(esc(tr("recorded by %1, %2")
                                           .arg(stored.recordedBy, dateTime(stored.recordedAt))))));
    }
    QString body = table(rows);
    for (const QString &problem : state.problems)
        body += QStringLiteral("<p>%1</p>").arg(coloured(kBad, esc(problem)));
    if (!ended)
        body += QStringLiteral("<p><a href=\"gd:act/1\">%1</a></p>").arg(esc(tr("Record an act…")));
    return section(title, body);
}

} // namespace gd
