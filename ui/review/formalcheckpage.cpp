// SPDX-License-Identifier: GPL-3.0-or-later
#include "formalcheckpage.h"

#include <algorithm>

#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "core/identitytext.h"
#include "domain/creditcode.h"
#include "domain/vocabulary.h"
#include "review/changespanel.h"
#include "common/notebinding.h"
#include "review/reviewdocument.h"
#include "review/reviewrules.h"

namespace gd {
namespace {

enum Column
{
    CheckColumn,
    ResultColumn,
    ValueColumn
};

} // namespace

FormalCheckPage::FormalCheckPage(ReviewDocument *doc, QWidget *parent)
    : ReviewPage(doc, ReviewStep::FormalCheck, parent)
    , m_completeness(new QTreeWidget(this))
    , m_findings(new QListWidget(this))
    , m_note(new QPlainTextEdit(this))
    , m_confirmed(new QCheckBox(tr("Formal check complete"), this))
{
    setObjectName(QStringLiteral("formalCheckPage"));

    m_completeness->setObjectName(QStringLiteral("completenessTree"));
    m_completeness->setColumnCount(3);
    m_completeness->setHeaderLabels({tr("Check"), tr("Result"), tr("As submitted")});
    m_completeness->setRootIsDecorated(false);
    m_completeness->setItemsExpandable(false);
    m_completeness->setSelectionMode(QAbstractItemView::NoSelection);
    m_completeness->setFocusPolicy(Qt::NoFocus);
    m_completeness->setUniformRowHeights(true);
    m_completeness->header()->setStretchLastSection(true);
    m_completeness->header()->setSectionResizeMode(CheckColumn, QHeaderView::ResizeToContents);
    m_completeness->header()->setSectionResizeMode(ResultColumn, QHeaderView::ResizeToContents);
    fillCompleteness();

    m_findings->setObjectName(QStringLiteral("formalFindings"));
    m_findings->setSelectionMode(QAbstractItemView::NoSelection);
    m_findings->setFocusPolicy(Qt::NoFocus);
    const QStringList findings = reviewrules::formalFindings(doc->application(), doc->checklist());
    for (const QString &finding : findings) {
        auto *item = new QListWidgetItem(QStringLiteral("⚠ ") + finding, m_findings);
        item->setForeground(palette::kWarn);
    }
    if (findings.isEmpty()) {
        auto *item = new QListWidgetItem(tr("✓ No findings: the application is formally complete."),
                                         m_findings);
        item->setForeground(palette::kOk);
    }
    const int rows = std::max(1, int(m_findings->count()));
    m_findings->setFixedHeight(std::min(rows, 5) * (fontMetrics().height() + 6) + 8);

    m_note->setObjectName(QStringLiteral("formalNote"));
    m_note->setPlaceholderText(tr("Notes on the formal check (optional)"));
    m_note->setMaximumHeight(fontMetrics().height() * 5 + 12);
    notebinding::bindText(doc, m_note, QStringLiteral("formal.note"));

    m_confirmed->setObjectName(QStringLiteral("formalConfirmed"));
    m_confirmed->setToolTip(tr("Confirm that you have checked the application for completeness"));
    notebinding::bindFlag(doc, m_confirmed, QStringLiteral("formal.confirmed"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeTitle());
    layout->addWidget(makeHint(tr("Is the application complete and consistent? Required "
                                  "information, the applicant's credit code, the period and "
                                  "term, and the attachments with their digests."),
                               this));
    layout->addWidget(m_completeness, 1);
    layout->addWidget(makeHeading(tr("Findings"), this));
    layout->addWidget(m_findings);
    layout->addWidget(makeHeading(tr("Notes"), this));
    layout->addWidget(m_note);
    layout->addWidget(m_confirmed);
}

FormalCheckPage::~FormalCheckPage() = default;

// Stays long on purpose: one line per check, read top to bottom like the paper checklist.
void FormalCheckPage::fillCompleteness()
{
    const Application &app = document()->application();
    const auto ok = [](const QString &text) { return std::pair{QStringLiteral("✓ ") + text, 0}; };
    const auto warn = [](const QString &text) { return std::pair{QStringLiteral("⚠ ") + text, 1}; };
    const auto bad = [](const QString &text) { return std::pair{QStringLiteral("✗ ") + text, 2}; };

    auto group = [this](const QString &title) {
        auto *item = new QTreeWidgetItem(m_completeness, {title});
        QFont font = item->font(CheckColumn);
        font.setBold(true);
        item->setFont(CheckColumn, font);
        item->setForeground(CheckColumn, palette::kHeading);
        item->setFirstColumnSpanned(true);
        return item;
    };
    auto add = [this](const QString &check, const QString &stored,
                      const std::pair<QString, int> &result) {
        const QString value = identitytext::displaySafe(stored);
        auto *item = new QTreeWidgetItem(m_completeness);
        item->setText(CheckColumn, QStringLiteral("   ") + check);
        item->setText(ResultColumn, result.first + QStringLiteral("    "));
        item->setText(ValueColumn, value.isEmpty() ? QStringLiteral("—") : value);
        const QColor colours[] = {palette::kOk, palette::kWarn, palette::kBad};
        item->setForeground(ResultColumn, colours[result.second]);
        item->setToolTip(ValueColumn, value);
        return item;
    };
    auto present = [&](const QString &check, const QString &value) {
        add(check, value, value.trimmed().isEmpty() ? bad(tr("missing")) : ok(tr("present")));
    };

    group(tr("Applicant"));
    present(tr("Name"), app.applicant.name);
    if (app.applicant.creditCode.isEmpty())
        add(tr("Unified social credit code"), {}, bad(tr("missing")));
    else if (creditcode::isValid(app.applicant.creditCode))
        add(tr("Unified social credit code"), app.applicant.creditCode,
            ok(tr("check character valid (GB 32100)")));
    else
        add(tr("Unified social credit code"), app.applicant.creditCode,
            bad(creditcode::problem(app.applicant.creditCode)));
    present(tr("Legal representative"), app.applicant.legalRepresentative);
    QStringList contact;
    for (const QString &part :
         {app.applicant.contact.name, app.applicant.contact.phone, app.applicant.contact.email}) {
        if (!part.isEmpty())
            contact << part;
    }
    present(tr("Contact"), contact.join(QStringLiteral(" · ")));
    if (!app.applicant.creditDeclaration.has_value())
        add(tr("Credit declaration"), {}, warn(tr("not stated")));
    else if (*app.applicant.creditDeclaration)
        add(tr("Credit declaration"), tr("no serious violations, not on a bad-credit list"),
            ok(tr("declared")));
    else
        add(tr("Credit declaration"), {}, bad(tr("not declared")));

    group(tr("Scenario and authorization"));
    present(tr("Scenario"), app.scenario.name);
    present(tr("Domain"), app.scenario.domain);
    present(tr("Description"), app.scenario.description);
    present(tr("Authorization mode"), vocabulary::label("mode", app.authorization.mode));
    present(tr("Implementation plan"), app.authorization.planRef);
    present(tr("Implementing body"), app.authorization.implementingBody);
    present(tr("Use classification"), vocabulary::label("useClass", app.useClass));
    add(tr("Requested resources"), tr("%n resource(s)", nullptr, int(app.resources.size())),
        app.resources.isEmpty() ? bad(tr("none requested")) : ok(tr("present")));

    group(tr("Period and term"));
    const int maxMonths = document()->checklist().maxTermMonths;
    if (!app.periodStart.isValid() || !app.periodEnd.isValid()) {
        add(tr("Authorization period"), {}, bad(tr("missing")));
    } else {
        add(tr("Authorization period"),
            QStringLiteral("%1 — %2").arg(app.periodStart.toString(Qt::ISODate),
                                          app.periodEnd.toString(Qt::ISODate)),
            app.periodEnd >= app.periodStart ? ok(tr("dates in order"))
                                             : bad(tr("ends before it starts")));
        const int months = reviewrules::termMonths(app.periodStart, app.periodEnd);
        add(tr("Term"), tr("%n month(s)", nullptr, months),
            months <= maxMonths
                ? ok(tr("within the maximum of %n month(s)", nullptr, maxMonths))
                : bad(tr("exceeds the maximum of %n month(s)", nullptr, maxMonths)));
    }

    group(tr("Attachments (%1)").arg(app.attachments.size()));
    if (app.attachments.isEmpty())
        add(tr("Attachments"), {}, bad(tr("none handed in")));
    for (const Attachment &a : app.attachments) {
        add(a.name,
            QStringLiteral("%1 · SHA-256 %2…")
                .arg(vocabulary::label("attachmentKind", a.kind), a.sha256.left(16)),
            ok(tr("digest verified on import")));
    }
}

void FormalCheckPage::setChanges(const VersionDiff &diff)
{
    delete m_changes;
    m_changes = new ChangesPanel(diff, this);
    // Below the title and the hint: the first thing an officer reads on a resubmission.
    if (auto *box = qobject_cast<QVBoxLayout *>(layout()))
        box->insertWidget(2, m_changes);
}

void FormalCheckPage::showKey(const QString &key)
{
    if (key.contains(QLatin1String("confirmed")))
        m_confirmed->setFocus(Qt::OtherFocusReason);
    else
        m_note->setFocus(Qt::OtherFocusReason);
}

void FormalCheckPage::setReadOnly(bool readOnly)
{
    m_note->setReadOnly(readOnly);
    m_confirmed->setEnabled(!readOnly);
}

} // namespace gd
