// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordactdialog.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

#include "common/filedialogs.h"
#include "common/palette.h"
#include "core/i18n.h"
#include "core/identitytext.h"
#include "domain/subject.h"
#include "package/ownkey.h"

namespace gd {
namespace {

using Kind = RecordActDialog::Kind;

QString kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::CollectiveDecision:
        return RecordActDialog::tr("Collective decision of the implementing body");
    case Kind::Approval:
        return RecordActDialog::tr("Approval (written decision)");
    case Kind::Agreement:
        return RecordActDialog::tr("Operation agreement");
    case Kind::Filing:
        return RecordActDialog::tr("Filing");
    case Kind::Disclosure:
        return RecordActDialog::tr("Disclosure");
    case Kind::Suspension:
        return RecordActDialog::tr("Suspension");
    case Kind::Resumption:
        return RecordActDialog::tr("Resumption");
    case Kind::Revocation:
        return RecordActDialog::tr("Revocation");
    case Kind::Termination:
        return RecordActDialog::tr("Termination");
    }
    return {};
}

// The act a case in @p stage waits for; for a running term, a suspension.
Kind kindAwaited(lifecycle::Stage stage)
{
    using lifecycle::Stage;
    switch (stage) {
    case Stage::CollectiveDecision:
        return Kind::CollectiveDecision;
    case Stage::Approval:
        return Kind::Approval;
    case Stage::Agreement:
        return Kind::Agreement;
    case Stage::Filing:
        return Kind::Filing;
    case Stage::Disclosure:
        return Kind::Disclosure;
    case Stage::Suspended:
        return Kind::Resumption;
    default:
        return Kind::Suspension;
    }
}

// Which page of the stack shows @p kind's fields (the four interruptions share one).
int pageOf(Kind kind)
{
    return std::min(int(kind), int(Kind::Suspension));
}

QSpinBox *countBox()
{
    auto *box = new QSpinBox;
    box->setRange(0, 999);
    return box;
}

QDateEdit *dateBox(const QDate &date)
{
    auto *box = new QDateEdit(date);
    box->setCalendarPopup(true);
    box->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return box;
}

// "张三、李四, 王五" → three names: the office writes them with either separator.
QStringList names(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QRegularExpression(QStringLiteral("[、,，;；]"))))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    return out;
}

} // namespace

RecordActDialog::RecordActDialog(LifecycleService &service, const QString &id, int version,
                                 LifecycleService::CaseLife life, const QDate &today,
                                 QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_id(id)
    , m_version(version)
    , m_subject(subjectOf(id, version))
    , m_life(std::move(life))
    , m_today(today)
    , m_kind(new QComboBox(this))
    , m_date(dateBox(today))
    , m_pages(new QStackedWidget(this))
    , m_problems(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Record an act of %1").arg(m_subject));
    setObjectName(QStringLiteral("recordActDialog"));

    auto *now = new QLabel(
        tr("Stage now: %1").arg(lifecycle::stageLabel(m_life.state.stage)).toHtmlEscaped(), this);
    now->setObjectName(QStringLiteral("stageNow"));

    for (int k = 0; k <= int(Kind::Termination); ++k)
        m_kind->addItem(kindLabel(Kind(k)), k);
    m_kind->setObjectName(QStringLiteral("actKind"));
    m_date->setObjectName(QStringLiteral("actDate"));

    m_pages->addWidget(collectiveDecisionPage());
    m_pages->addWidget(approvalPage());
    m_pages->addWidget(agreementPage());
    m_pages->addWidget(filingPage());
    m_pages->addWidget(disclosurePage());
    m_pages->addWidget(interruptionPage());

    m_problems->setObjectName(QStringLiteral("actProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setStyleSheet(QStringLiteral("color:%1;").arg(palette::kBad.name()));

    m_record = m_buttons->addButton(tr("Sign and &record…"), QDialogButtonBox::AcceptRole);
    m_record->setObjectName(QStringLiteral("recordAct"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecordActDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *head = new QFormLayout;
    head->addRow(tr("&Act"), m_kind);
    head->addRow(tr("&Date"), m_date);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(now);
    layout->addLayout(head);
    layout->addWidget(m_pages);
    layout->addWidget(m_problems);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        showPage();
        check();
    });
    connect(m_date, &QDateEdit::dateChanged, this, &RecordActDialog::check);
    alignLabels();
    setKind(kindAwaited(m_life.state.stage));
    showPage();
    check();
}

QWidget *RecordActDialog::collectiveDecisionPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    m_meetingKind = new QComboBox(page);
    for (const lifecycle::MeetingKind &k : m_service.rules().meetingKinds)
        m_meetingKind->addItem(i18n::englishInUse() ? k.name.en : k.name.zh, k.id);
    m_members = countBox();
    m_present = countBox();
    m_recused = new QLineEdit(page);
    m_recused->setPlaceholderText(tr("Names, separated by 、 or commas; empty when nobody"));
    m_inFavour = countBox();
    m_against = countBox();
    m_abstaining = countBox();
    m_resolution = new QComboBox(page);
    m_resolution->addItem(tr("Adopted"), QStringLiteral("adopted"));
    m_resolution->addItem(tr("Not adopted"), QStringLiteral("not_adopted"));
    m_resolution->addItem(tr("Deferred"), QStringLiteral("deferred"));
    m_members->setObjectName(QStringLiteral("members"));
    m_present->setObjectName(QStringLiteral("present"));
    m_inFavour->setObjectName(QStringLiteral("inFavour"));

    auto *votes = new QHBoxLayout;
    votes->addWidget(new QLabel(tr("in favour"), page));
    votes->addWidget(m_inFavour);
    votes->addWidget(new QLabel(tr("against"), page));
    votes->addWidget(m_against);
    votes->addWidget(new QLabel(tr("abstaining"), page));
    votes->addWidget(m_abstaining);
    votes->addStretch(1);

    form->addRow(tr("Meeting"), m_meetingKind);
    form->addRow(tr("Members of the body"), m_members);
    form->addRow(tr("Present (recused included)"), m_present);
    form->addRow(tr("Recused"), m_recused);
    form->addRow(tr("Votes"), votes);
    form->addRow(tr("Resolution"), m_resolution);
    form->addRow(tr("Minutes"), evidenceRow(&m_minutesName, &m_minutesDigest));

    for (QSpinBox *box : {m_members, m_present, m_inFavour, m_against, m_abstaining})
        connect(box, &QSpinBox::valueChanged, this, &RecordActDialog::check);
    for (QComboBox *box : {m_meetingKind, m_resolution})
        connect(box, &QComboBox::currentIndexChanged, this, &RecordActDialog::check);
    connect(m_recused, &QLineEdit::textChanged, this, &RecordActDialog::check);
    return page;
}

QWidget *RecordActDialog::approvalPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    m_approvalNumber = new QLineEdit(page);
    m_approvalNumber->setObjectName(QStringLiteral("approvalNumber"));
    m_approvalNumber->setPlaceholderText(tr("e.g. 穗数政批〔2026〕12号"));
    form->addRow(tr("Document number"), m_approvalNumber);
    connect(m_approvalNumber, &QLineEdit::textChanged, this, &RecordActDialog::check);
    return page;
}

QWidget *RecordActDialog::agreementPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    m_implementingBody = new QLineEdit(page);
    m_operatorName = new QLineEdit(page);
    m_operatorCode = new QLineEdit(page);
    m_operatorCode->setMaxLength(18);
    m_termStart = dateBox(m_today);
    m_termEnd = dateBox(m_today.addYears(3).addDays(-1));
    m_operatorName->setObjectName(QStringLiteral("operatorName"));
    form->addRow(tr("Implementing body"), m_implementingBody);
    form->addRow(tr("Operator"), m_operatorName);
    form->addRow(tr("Operator's credit code"), m_operatorCode);
    form->addRow(tr("Term from"), m_termStart);
    form->addRow(tr("Term until (last day)"), m_termEnd);
    form->addRow(tr("Agreement document"), evidenceRow(&m_agreementName, &m_agreementDigest));
    for (QLineEdit *edit : {m_implementingBody, m_operatorName, m_operatorCode})
        connect(edit, &QLineEdit::textChanged, this, &RecordActDialog::check);
    for (QDateEdit *edit : {m_termStart, m_termEnd})
        connect(edit, &QDateEdit::dateChanged, this, &RecordActDialog::check);
    return page;
}

QWidget *RecordActDialog::filingPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    m_authority = new QLineEdit(page);
    m_reference = new QLineEdit(page);
    form->addRow(tr("Filed with"), m_authority);
    form->addRow(tr("Filing reference"), m_reference);
    for (QLineEdit *edit : {m_authority, m_reference})
        connect(edit, &QLineEdit::textChanged, this, &RecordActDialog::check);
    return page;
}

QWidget *RecordActDialog::disclosurePage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    m_where = new QLineEdit(page);
    m_where->setPlaceholderText(tr("A web address or the publication's name"));
    form->addRow(tr("Published at"), m_where);
    connect(m_where, &QLineEdit::textChanged, this, &RecordActDialog::check);
    return page;
}

QWidget *RecordActDialog::interruptionPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    m_reason = new QLineEdit(page);
    m_interruptionNumber = new QLineEdit(page);
    m_interruptionNumber->setPlaceholderText(tr("Optional"));
    form->addRow(tr("Reason"), m_reason);
    form->addRow(tr("Document number"), m_interruptionNumber);
    for (QLineEdit *edit : {m_reason, m_interruptionNumber})
        connect(edit, &QLineEdit::textChanged, this, &RecordActDialog::check);
    return page;
}

QWidget *RecordActDialog::evidenceRow(QLineEdit **name, QLabel **digest)
{
    auto *row = new QWidget(this);
    auto *layout = new QVBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *line = new QHBoxLayout;
    *name = new QLineEdit(row);
    (*name)->setReadOnly(true);
    (*name)->setPlaceholderText(tr("No file chosen"));
    auto *choose = new QPushButton(tr("Choose file…"), row);
    connect(choose, &QPushButton::clicked, this, &RecordActDialog::chooseEvidence);
    line->addWidget(*name, 1);
    line->addWidget(choose);
    *digest = new QLabel(row);
    (*digest)->setTextInteractionFlags(Qt::TextSelectableByMouse);
    (*digest)->setStyleSheet(QStringLiteral("color:%1;").arg(palette::kMuted.name()));
    layout->addLayout(line);
    layout->addWidget(*digest);
    return row;
}

QString RecordActDialog::label(const lifecycle::Act &act)
{
    if (const auto *i = std::get_if<lifecycle::Interruption>(&act)) {
        using K = lifecycle::Interruption::Kind;
        switch (i->kind) {
        case K::Suspension:
            return kindLabel(Kind::Suspension);
        case K::Resumption:
            return kindLabel(Kind::Resumption);
        case K::Revocation:
            return kindLabel(Kind::Revocation);
        case K::Termination:
            return kindLabel(Kind::Termination);
        }
    }
    return kindLabel(Kind(act.index()));
}

QString RecordActDialog::summary(const lifecycle::Act &act, const lifecycle::LifecycleRules &rules)
{
    const QString dash = QStringLiteral("—");
    const auto orDash = [&dash](const QString &text) { return text.isEmpty() ? dash : text; };
    if (const auto *m = std::get_if<lifecycle::CollectiveDecision>(&act)) {
        const lifecycle::MeetingKind *kind = rules.meetingKind(m->meetingKind);
        const QString meeting =
            kind ? (i18n::englishInUse() ? kind->name.en : kind->name.zh) : m->meetingKind;
        const QString resolution = m->resolution == QLatin1String("adopted") ? tr("adopted")
                                   : m->resolution == QLatin1String("not_adopted")
                                       ? tr("not adopted")
                                       : tr("deferred");
        return tr("%1: %2 members, %3 present, %4 recused; %5 in favour, %6 against, "
                  "%7 abstaining; %8; minutes %9")
            .arg(meeting)
            .arg(m->members)
            .arg(m->present)
            .arg(m->recused.size())
            .arg(m->inFavour)
            .arg(m->against)
            .arg(m->abstaining)
            .arg(resolution, orDash(m->minutes.name));
    }
    if (const auto *a = std::get_if<lifecycle::Approval>(&act))
        return orDash(a->documentNumber);
    if (const auto *g = std::get_if<lifecycle::Agreement>(&act))
        return tr("%1 with %2 (%3), in force %4 to %5")
            .arg(orDash(g->implementingBody), orDash(g->operatorName),
                 orDash(g->operatorCreditCode), g->termStart.toString(Qt::ISODate),
                 g->termEnd.toString(Qt::ISODate));
    if (const auto *f = std::get_if<lifecycle::Filing>(&act))
        return tr("with %1, reference %2").arg(orDash(f->authority), orDash(f->reference));
    if (const auto *d = std::get_if<lifecycle::Disclosure>(&act))
        return orDash(d->where);
    const auto &i = std::get<lifecycle::Interruption>(act);
    return i.documentNumber.isEmpty() ? i.reason : tr("%1 (%2)").arg(i.reason, i.documentNumber);
}

void RecordActDialog::showPage()
{
    // Only the shown page counts for the dialog's height: a filing does not need the
    // meeting's nine rows of room.
    const int shown = pageOf(kind());
    for (int i = 0; i < m_pages->count(); ++i)
        m_pages->widget(i)->setSizePolicy(
            i == shown ? QSizePolicy::Preferred : QSizePolicy::Ignored,
            i == shown ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    m_pages->setCurrentIndex(shown);
    m_pages->adjustSize();
    if (layout())
        layout()->activate();
    resize(std::max(width(), 640), sizeHint().height());
}

void RecordActDialog::alignLabels()
{
    // The head and every page share one label column, so the fields line up.
    QList<QWidget *> labels;
    int width = 0;
    for (const QFormLayout *form : findChildren<QFormLayout *>()) {
        for (int row = 0; row < form->rowCount(); ++row) {
            if (QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole);
                item && item->widget()) {
                labels << item->widget();
                width = std::max(width, item->widget()->sizeHint().width());
            }
        }
    }
    for (QWidget *label : labels)
        label->setMinimumWidth(width);
}

RecordActDialog::Kind RecordActDialog::kind() const
{
    return Kind(m_kind->currentData().toInt());
}

void RecordActDialog::setKind(Kind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

lifecycle::CollectiveDecision RecordActDialog::collectiveDecision() const
{
    lifecycle::CollectiveDecision m;
    m.date = m_date->date();
    m.meetingKind = m_meetingKind->currentData().toString();
    m.members = m_members->value();
    m.present = m_present->value();
    m.recused = names(m_recused->text());
    m.inFavour = m_inFavour->value();
    m.against = m_against->value();
    m.abstaining = m_abstaining->value();
    m.resolution = m_resolution->currentData().toString();
    m.minutes = lifecycle::Evidence{m_minutesName->text(), m_minutesSha256};
    return m;
}

lifecycle::Interruption RecordActDialog::interruption() const
{
    using K = lifecycle::Interruption::Kind;
    lifecycle::Interruption i;
    switch (kind()) {
    case Kind::Resumption:
        i.kind = K::Resumption;
        break;
    case Kind::Revocation:
        i.kind = K::Revocation;
        break;
    case Kind::Termination:
        i.kind = K::Termination;
        break;
    default:
        i.kind = K::Suspension;
    }
    i.date = m_date->date();
    i.reason = m_reason->text().trimmed();
    i.documentNumber = m_interruptionNumber->text().trimmed();
    return i;
}

lifecycle::Act RecordActDialog::act() const
{
    const QDate date = m_date->date();
    switch (kind()) {
    case Kind::CollectiveDecision:
        return collectiveDecision();
    case Kind::Approval:
        return lifecycle::Approval{date, m_approvalNumber->text().trimmed()};
    case Kind::Agreement:
        return lifecycle::Agreement{date,
                                    m_implementingBody->text().trimmed(),
                                    m_operatorName->text().trimmed(),
                                    m_operatorCode->text().trimmed().toUpper(),
                                    m_termStart->date(),
                                    m_termEnd->date(),
                                    {m_agreementName->text(), m_agreementSha256}};
    case Kind::Filing:
        return lifecycle::Filing{date, m_authority->text().trimmed(),
                                 m_reference->text().trimmed()};
    case Kind::Disclosure:
        return lifecycle::Disclosure{date, m_where->text().trimmed()};
    default:
        return interruption();
    }
}

QStringList RecordActDialog::problems() const
{
    return m_service.problemsWith(m_life, act(), m_today);
}

void RecordActDialog::check()
{
    const QStringList found = problems();
    QStringList lines;
    for (const QString &p : found)
        lines << QStringLiteral("• ") + p.toHtmlEscaped();
    m_problems->setText(lines.join(QStringLiteral("<br>")));
    m_problems->setVisible(!found.isEmpty());
    m_record->setEnabled(found.isEmpty());
}

bool RecordActDialog::setEvidenceFile(const QString &path)
{
    // QCryptographicHash reads the device in pieces itself: a file of any size may be picked.
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file) ||
        file.error() != QFileDevice::NoError) {
        m_problems->setText(
            tr("%1 could not be read: %2").arg(path, file.errorString()).toHtmlEscaped());
        m_problems->show();
        return false;
    }
    const QString digest = QString::fromLatin1(hash.result().toHex());
    const QString name = QFileInfo(path).fileName();
    const bool minutes = kind() == Kind::CollectiveDecision;
    (minutes ? m_minutesSha256 : m_agreementSha256) = digest;
    (minutes ? m_minutesName : m_agreementName)->setText(name);
    (minutes ? m_minutesDigest : m_agreementDigest)->setText(tr("SHA-256 %1").arg(digest));
    check();
    return true;
}

void RecordActDialog::chooseEvidence()
{
    const QString path = FileDialogs::openFileName(this, tr("Choose the file"), QString());
    if (!path.isEmpty())
        setEvidenceFile(path);
}

void RecordActDialog::accept()
{
    if (!problems().isEmpty())
        return;
    auto signer = unlockOfficerKey(this, [this](const QString &name) {
        return tr("The act is recorded for %1 and signed with the key of %2. Its passphrase:")
            .arg(m_subject, identitytext::displaySafe(name));
    });
    if (!signer) {
        if (!signer.error().what.isEmpty()) {
            m_problems->setText(signer.error().toString().toHtmlEscaped());
            m_problems->show();
        }
        return;
    }
    const lifecycle::Act recorded = act();
    auto life = m_service.record(m_id, m_version, recorded, *signer, m_today);
    if (!life) {
        m_problems->setText(life.error().toString().toHtmlEscaped());
        m_problems->show();
        return;
    }
    m_life = std::move(life).value();
    QDialog::accept();
}

} // namespace gd
