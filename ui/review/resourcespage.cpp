// SPDX-License-Identifier: GPL-3.0-or-later
#include "resourcespage.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include "domain/register.h"
#include "domain/vocabulary.h"
#include "common/notebinding.h"
#include "review/reviewdocument.h"
#include "common/palette.h"
#include "common/statuscolours.h"

namespace gd {
namespace {

QColor statusColour(RegistrationStatus status)
{
    switch (status) {
    case RegistrationStatus::Active:
        return palette::kOk;
    case RegistrationStatus::Changed:
    case RegistrationStatus::Corrected:
        return palette::kWarn;
    case RegistrationStatus::Cancelled:
    case RegistrationStatus::Unregistered:
        return palette::kBad;
    }
    return palette::kMuted;
}

QLabel *valueLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text.isEmpty() ? QStringLiteral("—") : text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ResourcesPage::ResourcesPage(ReviewDocument *doc, QWidget *parent)
    : ReviewPage(doc, ReviewStep::Resources, parent)
    , m_scroll(new QScrollArea(this))
{
    setObjectName(QStringLiteral("resourcesPage"));
    const QList<ResourceStatus> &resources = doc->resources();

    int problems = 0;
    for (const ResourceStatus &rs : resources)
        problems += registrationStatusIsProblem(rs.status) ? 1 : 0;
    QString detail = tr("%n resource(s) requested", nullptr, int(resources.size()));
    if (problems > 0)
        detail += QStringLiteral(" · ") + tr("%n not usable", nullptr, problems);

    auto *content = new QWidget(m_scroll);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 8, 0);
    for (int i = 0; i < resources.size(); ++i) {
        QWidget *box = makeResourceBox(i, content);
        m_boxes << box;
        contentLayout->addWidget(box);
    }
    if (resources.isEmpty())
        contentLayout->addWidget(makeHint(tr("The application requests no resources."), content));
    contentLayout->addStretch(1);
    m_scroll->setObjectName(QStringLiteral("resourcesScroll"));
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeTitle(detail));
    layout->addWidget(makeHint(tr("Each resource must be registered and active, and each field "
                                  "must be necessary for the scenario (minimum necessary; raw "
                                  "data stays in the domain). Data shared from another agency "
                                  "needs the providing unit's consent."),
                               this));
    layout->addWidget(m_scroll, 1);
}

ResourcesPage::~ResourcesPage() = default;

QWidget *ResourcesPage::makeResourceBox(int index, QWidget *parent)
{
    const ResourceStatus &rs = document()->resources().at(index);
    const RequestedResource &r = rs.resource;

    auto *box = new QGroupBox(QStringLiteral("%1. %2").arg(index + 1).arg(r.name), parent);
    box->setObjectName(QStringLiteral("resourceBox%1").arg(index));
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setVerticalSpacing(3);

    addRequestRows(form, index, box);
    addOfficerRows(form, index, box);

    if (registrationStatusIsProblem(rs.status)) {
        box->setStyleSheet(QStringLiteral("QGroupBox#%1 { background: %2; }")
                               .arg(box->objectName(), palette::kExcessiveBackground.name()));
    }
    return box;
}

/** What the application asks for: registration, provider, consent, fields, data, delivery. */
void ResourcesPage::addRequestRows(QFormLayout *form, int index, QGroupBox *box)
{
    const ReviewDocument *doc = document();
    const ResourceStatus &rs = doc->resources().at(index);
    const RequestedResource &r = rs.resource;
    const QLocale locale;

    QString registration = coloured(statusColour(rs.status),
                                    statuscolours::registrationMark(rs.status) + QLatin1Char(' ') +
                                        registrationStatusLabel(rs.status),
                                    registrationStatusIsProblem(rs.status));
    if (!r.registrationCode.isEmpty())
        registration += QStringLiteral(" &nbsp;") + r.registrationCode.toHtmlEscaped();
    else
        registration +=
            QStringLiteral(" &nbsp;") + coloured(palette::kBad, tr("no registration code given"));
    if (!rs.registerName.isEmpty() && rs.registerName != r.name)
        registration += QStringLiteral(" &nbsp;") +
                        coloured(palette::kMuted, tr("registered as “%1”").arg(rs.registerName));
    auto *status = new QLabel(registration, box);
    status->setObjectName(QStringLiteral("registrationStatus%1").arg(index));
    status->setTextFormat(Qt::RichText);
    status->setWordWrap(true);
    form->addRow(tr("Registration"), status);
    form->addRow(tr("Provider"), valueLabel(r.provider, box));
    // The catalogue's 授权运营类型 and 运营审核方式 (briefing L201), checked on checklist item 18.
    auto *operation = new QLabel(
        rs.operationType.isEmpty()
            ? coloured(palette::kMuted, tr("not recorded in the register: ask the data "
                                           "administration"))
            : tr("operation type: %1 · review method: %2")
                  .arg(rs.operationType.toHtmlEscaped(), rs.operationReview.toHtmlEscaped()),
        box);
    operation->setObjectName(QStringLiteral("catalogueOperation%1").arg(index));
    operation->setTextFormat(Qt::RichText);
    operation->setWordWrap(true);
    form->addRow(tr("Catalogue"), operation);

    if (!r.sharedFrom.isEmpty()) {
        const Attachment *consent = nullptr;
        for (const Attachment &a : doc->application().attachments) {
            if (a.kind == QLatin1String("provider_consent")) {
                consent = &a;
                break;
            }
        }
        const QString text =
            r.sharedFrom.toHtmlEscaped() + QStringLiteral(" &nbsp;") +
            (consent ? coloured(palette::kOk, tr("✓ consent on file: %1").arg(consent->name))
                     : coloured(palette::kBad, tr("✗ no provider consent among the attachments"),
                                true));
        auto *shared = new QLabel(text, box);
        shared->setObjectName(QStringLiteral("sharedFrom%1").arg(index));
        shared->setTextFormat(Qt::RichText);
        shared->setWordWrap(true);
        form->addRow(tr("Shared from"), shared);
    }
    form->addRow(tr("Fields"), valueLabel(r.fields.join(tr(", ", "between list items")), box));
    QStringList facts;
    if (!r.grade.isEmpty())
        facts << tr("grade: %1").arg(vocabulary::label("grade", r.grade));
    if (r.volume)
        facts << tr("%1 records").arg(locale.toString(*r.volume));
    if (!r.updateFrequency.isEmpty())
        facts << vocabulary::label("updateFrequency", r.updateFrequency);
    form->addRow(tr("Data"), valueLabel(facts.join(QStringLiteral(" · ")), box));
    form->addRow(tr("Delivery"), valueLabel(vocabulary::label("delivery", r.delivery), box));
    auto *justification = valueLabel(r.justification, box);
    justification->setObjectName(QStringLiteral("justification%1").arg(index));
    form->addRow(tr("Justification"), justification);
}

/** The officer's view: is this request the minimum necessary? And a comment. */
void ResourcesPage::addOfficerRows(QFormLayout *form, int index, QGroupBox *box)
{
    ReviewDocument *doc = document();
    auto *choiceRow = new QWidget(box);
    auto *choiceLayout = new QHBoxLayout(choiceRow);
    choiceLayout->setContentsMargins(0, 0, 0, 0);
    auto *justified = new QRadioButton(tr("Justified"), choiceRow);
    justified->setObjectName(QStringLiteral("necessityJustified%1").arg(index));
    auto *excessive = new QRadioButton(tr("Excessive (not the minimum necessary)"), choiceRow);
    excessive->setObjectName(QStringLiteral("necessityExcessive%1").arg(index));
    auto *group = new QButtonGroup(choiceRow);
    group->addButton(justified);
    group->addButton(excessive);
    choiceLayout->addWidget(justified);
    choiceLayout->addWidget(excessive);
    choiceLayout->addStretch(1);
    const QString prefix = QStringLiteral("resource.%1.").arg(index);
    notebinding::bindChoice(
        doc, {{justified, QStringLiteral("justified")}, {excessive, QStringLiteral("excessive")}},
        prefix + QStringLiteral("necessity"));
    m_choices << justified << excessive;
    auto *necessity = new QLabel(tr("Necessity"), box);
    QFont bold = necessity->font();
    bold.setBold(true);
    necessity->setFont(bold);
    form->addRow(necessity, choiceRow);

    auto *note = new QLineEdit(box);
    note->setObjectName(QStringLiteral("resourceNote%1").arg(index));
    note->setPlaceholderText(tr("Comment on this resource (optional)"));
    notebinding::bindLine(doc, note, prefix + QStringLiteral("note"));
    m_notes << note;
    form->addRow(tr("Comment"), note);
}

void ResourcesPage::showKey(const QString &key)
{
    const QStringList parts = key.split(QLatin1Char('.'));
    bool ok = false;
    const int index = parts.size() >= 2 ? parts.at(1).toInt(&ok) : -1;
    if (!ok || index < 0 || index >= m_boxes.size())
        return;
    m_scroll->ensureWidgetVisible(m_boxes.at(index));
    if (key.endsWith(QLatin1String(".note")))
        m_notes.at(index)->setFocus(Qt::OtherFocusReason);
    else
        m_choices.at(index * 2)->setFocus(Qt::OtherFocusReason);
}

void ResourcesPage::setReadOnly(bool readOnly)
{
    for (QAbstractButton *button : std::as_const(m_choices))
        button->setEnabled(!readOnly);
    for (QLineEdit *edit : std::as_const(m_notes))
        edit->setReadOnly(readOnly);
}

} // namespace gd
