// SPDX-License-Identifier: GPL-3.0-or-later
#include "securitypage.h"

#include <algorithm>
#include <optional>

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include "domain/vocabulary.h"
#include "common/notebinding.h"
#include "review/reviewdocument.h"
#include "review/reviewrules.h"

namespace gd {

SecurityPage::SecurityPage(ReviewDocument *doc, QWidget *parent)
    : ReviewPage(doc, ReviewStep::Security, parent)
    , m_findings(new QPlainTextEdit(this))
    , m_confirmed(new QCheckBox(tr("Security review complete"), this))
{
    setObjectName(QStringLiteral("securityPage"));
    const Application &app = doc->application();

    QFormLayout *form = makeFacts(app);
    QListWidget *findings = makeFindingsList(app);

    m_findings->setObjectName(QStringLiteral("securityFindingsEdit"));
    m_findings->setFixedHeight(fontMetrics().lineSpacing() * 8 + 12);
    m_findings->setPlaceholderText(
        tr("Your findings on security: risks, conditions to impose, evidence checked"));
    notebinding::bindText(doc, m_findings, QStringLiteral("security.findings"));
    m_confirmed->setObjectName(QStringLiteral("securityConfirmed"));
    notebinding::bindFlag(doc, m_confirmed, QStringLiteral("security.confirmed"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeTitle());
    layout->addWidget(makeHint(tr("Does the applicant's protection fit the data it asks for? "
                                  "General data needs MLPS level 2, important data level 3, "
                                  "core data level 4, and level 3 or above a passed "
                                  "cryptography assessment."),
                               this));
    layout->addLayout(form);
    layout->addWidget(makeHeading(tr("Findings"), this));
    layout->addWidget(findings);
    layout->addWidget(makeHeading(tr("Your findings"), this));
    layout->addWidget(m_findings);
    layout->addWidget(m_confirmed);
    layout->addStretch(1);
}

/** What the applicant states about its protection, each fact marked ✓, ⚠ or ✗. */
QFormLayout *SecurityPage::makeFacts(const Application &app)
{
    const Security &s = app.security;
    const auto value = [this](const QString &html, const QColor &colour = QColor()) {
        auto *label = new QLabel(
            colour.isValid()
                ? QStringLiteral("<span style=\"color:%1\">%2</span>").arg(colour.name(), html)
                : html,
            this);
        label->setTextFormat(Qt::RichText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return label;
    };
    const auto yesNo = [&](std::optional<bool> flag, const QString &yes, const QString &no) {
        if (!flag.has_value())
            return value(QStringLiteral("⚠ ") + tr("not stated").toHtmlEscaped(), palette::kWarn);
        return *flag ? value(QStringLiteral("✓ ") + yes.toHtmlEscaped(), palette::kOk)
                     : value(QStringLiteral("✗ ") + no.toHtmlEscaped(), palette::kBad);
    };

    // The grades of the requested data, highest first, with the resources carrying them.
    QStringList grades;
    for (const char *grade : {"core", "important", "general"}) {
        QStringList names;
        for (const RequestedResource &r : app.resources) {
            if (r.grade == QLatin1String(grade))
                names << r.name;
        }
        if (!names.isEmpty())
            grades << tr("<b>%1</b>: %2", "data grade: resources of that grade")
                          .arg(vocabulary::label("grade", QLatin1String(grade)).toHtmlEscaped(),
                               names.join(tr(", ", "between list items")).toHtmlEscaped());
    }

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("MLPS level"),
                 value(s.mlpsLevel > 0 ? tr("Level %1").arg(s.mlpsLevel).toHtmlEscaped()
                                       : QStringLiteral("⚠ ") + tr("not stated").toHtmlEscaped(),
                       s.mlpsLevel > 0 ? QColor() : palette::kWarn));
    form->addRow(tr("Data grades requested"),
                 value(grades.isEmpty() ? tr("not stated").toHtmlEscaped()
                                        : grades.join(QStringLiteral("<br/>"))));
    form->addRow(tr("Commercial cryptography assessment"),
                 yesNo(s.cryptoAssessment, tr("passed"), tr("not passed")));
    form->addRow(
        tr("Security officer"),
        s.officer.isEmpty()
            ? value(QStringLiteral("⚠ ") + tr("none named").toHtmlEscaped(), palette::kWarn)
            : value(s.officer.toHtmlEscaped()));
    if (s.incidentsLast3Years.has_value()) {
        const qint64 n = *s.incidentsLast3Years;
        form->addRow(tr("Incidents in the last 3 years"),
                     value(n == 0 ? QStringLiteral("✓ ") + tr("none").toHtmlEscaped()
                                  : QStringLiteral("⚠ %1").arg(n),
                           n == 0 ? palette::kOk : palette::kWarn));
    } else {
        form->addRow(
            tr("Incidents in the last 3 years"),
            value(QStringLiteral("⚠ ") + tr("not stated").toHtmlEscaped(), palette::kWarn));
    }
    form->addRow(tr("Emergency plan"),
                 yesNo(std::optional<bool>(s.emergencyPlan), tr("in place"), tr("none")));
    return form;
}

/** The findings GrantDesk derives from the application (reviewrules::securityFindings). */
QListWidget *SecurityPage::makeFindingsList(const Application &app)
{
    auto *findings = new QListWidget(this);
    findings->setObjectName(QStringLiteral("securityFindingsList"));
    findings->setSelectionMode(QAbstractItemView::NoSelection);
    findings->setFocusPolicy(Qt::NoFocus);
    const QStringList found = reviewrules::securityFindings(app);
    for (const QString &finding : found) {
        auto *item = new QListWidgetItem(QStringLiteral("⚠ ") + finding, findings);
        item->setForeground(palette::kWarn);
    }
    if (found.isEmpty()) {
        auto *item = new QListWidgetItem(
            tr("✓ No findings: the protection level fits the data requested."), findings);
        item->setForeground(palette::kOk);
    }
    findings->setFixedHeight(
        std::min(std::max(1, int(findings->count())), 5) * (fontMetrics().height() + 6) + 8);
    return findings;
}

SecurityPage::~SecurityPage() = default;

void SecurityPage::showKey(const QString &key)
{
    if (key.contains(QLatin1String("confirmed")))
        m_confirmed->setFocus(Qt::OtherFocusReason);
    else
        m_findings->setFocus(Qt::OtherFocusReason);
}

void SecurityPage::setReadOnly(bool readOnly)
{
    m_findings->setReadOnly(readOnly);
    m_confirmed->setEnabled(!readOnly);
}

} // namespace gd
