// SPDX-License-Identifier: GPL-3.0-or-later
#include "verifydialog.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QVBoxLayout>

#include "core/identitytext.h"
#include "core/log.h"
#include "domain/workflow.h"
#include "package/keystore.h"
#include "package/signingpaths.h"
#include "package/ziparchive.h"
#include "common/palette.h"

namespace gd {
namespace {

std::function<bool(const QUrl &)> &urlOpener()
{
    static std::function<bool(const QUrl &)> opener = [](const QUrl &url) {
        return QDesktopServices::openUrl(url);
    };
    return opener;
}

QString roleLabel(package::Role role)
{
    return role == package::Role::Reviewer
               ? QCoreApplication::translate("VerifyDialog", "Reviewer")
               : QCoreApplication::translate("VerifyDialog", "Approver");
}

QString memberStatusLabel(package::MemberCheck::Status status)
{
    switch (status) {
    case package::MemberCheck::Status::Ok:
        return QCoreApplication::translate("VerifyDialog", "intact");
    case package::MemberCheck::Status::Modified:
        return QCoreApplication::translate("VerifyDialog", "modified");
    case package::MemberCheck::Status::Missing:
        return QCoreApplication::translate("VerifyDialog", "missing");
    case package::MemberCheck::Status::Unexpected:
        return QCoreApplication::translate("VerifyDialog", "unexpected");
    }
    return {};
}

const QColor kBad = palette::kBad;
const QColor kGood = palette::kGood;
const QColor kCaution = palette::kCaution;

QTableWidgetItem *item(const QString &text, const QColor &color = {})
{
    auto *cell = new QTableWidgetItem(identitytext::displaySafe(text));
    cell->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (color.isValid())
        cell->setForeground(color);
    return cell;
}

QTableWidget *makeTable(const QStringList &headers, const QString &name, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setShowGrid(false);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    return table;
}

QString localTime(const QString &isoUtc)
{
    const QDateTime when = QDateTime::fromString(isoUtc, Qt::ISODate);
    if (!when.isValid())
        return isoUtc;
    return when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

VerifyDialog::VerifyDialog(const QString &file, QWidget *parent)
    : QDialog(parent)
    , m_file(file)
    , m_verdict(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_members(makeTable({tr("Member"), tr("Status"), tr("Detail")},
                          QStringLiteral("membersTable"), this))
    , m_signatures(makeTable({tr("Role"), tr("Signer"), tr("Certificate SHA-256"), tr("Signed at"),
                              tr("Signature"), tr("Trust"), tr("Reason")},
                             QStringLiteral("signaturesTable"), this))
    , m_trust(new QPushButton(tr("&Trust Signer's Certificate…"), this))
    , m_openReport(new QPushButton(tr("&Open Report"), this))
{
    setObjectName(QStringLiteral("verifyDialog"));
    setWindowTitle(tr("Verify Package — %1").arg(QFileInfo(file).fileName()));

    m_verdict->setObjectName(QStringLiteral("verdictLabel"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verdict->setContentsMargins(12, 8, 12, 8);
    QFont big = m_verdict->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_verdict->setFont(big);
    m_summary->setObjectName(QStringLiteral("packageSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_trust->setObjectName(QStringLiteral("trustSignerButton"));
    m_trust->setToolTip(tr("Add the selected signer's certificate to this workstation's trust "
                           "store"));
    m_trust->setAutoDefault(false);
    m_openReport->setObjectName(QStringLiteral("openReportButton"));
    m_openReport->setAutoDefault(false);
    connect(m_signatures, &QTableWidget::itemSelectionChanged, this, &VerifyDialog::updateButtons);
    connect(m_trust, &QPushButton::clicked, this, [this] {
        const int row = m_signatures->currentRow();
        if (row < 0 || row >= m_report.signatures.size())
            return;
        const package::SignatureCheck &check = m_report.signatures.at(row);
        const auto answer = QMessageBox::question(
            this, tr("Trust Signer"),
            tr("Trust the certificate of %1 for verifying packages on this workstation?\n\n"
               "Compare its fingerprint with the one the signer gave you:\n%2")
                .arg(check.signer, signing::groupedFingerprint(check.certificate.sha256())));
        if (answer != QMessageBox::Yes)
            return;
        if (auto added = trustSigner(row); !added)
            QMessageBox::warning(this, tr("Trust Signer"), added.error().toString());
    });
    connect(m_openReport, &QPushButton::clicked, this, [this] {
        if (auto opened = openReport(); !opened)
            QMessageBox::warning(this, tr("Open Report"), opened.error().toString());
    });

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_buttons->addButton(m_trust, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_openReport, QDialogButtonBox::ActionRole);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_verdict);
    layout->addWidget(m_summary);
    auto *membersLabel = new QLabel(tr("Members"), this);
    membersLabel->setBuddy(m_members);
    layout->addWidget(membersLabel);
    layout->addWidget(m_members, 3);
    auto *signaturesLabel = new QLabel(tr("Signatures"), this);
    signaturesLabel->setBuddy(m_signatures);
    layout->addWidget(signaturesLabel);
    layout->addWidget(m_signatures, 1);
    layout->addWidget(m_buttons);

    verify();
    const QFontMetrics fm = fontMetrics();
    resize(std::max(fm.horizontalAdvance(QLatin1Char('M')) * 80, 900), fm.height() * 34);
}

VerifyDialog::~VerifyDialog() = default;

void VerifyDialog::verify()
{
    QFile in(m_file);
    const QString label = QFileInfo(m_file).fileName();
    const package::TrustStore trust(signing::trustStorePath());
    if (!in.open(QIODevice::ReadOnly)) {
        m_data.clear();
        m_report = package::VerifyReport{};
        m_report.label = label;
        m_report.problems << QStringLiteral("%1: %2").arg(m_file, in.errorString());
    } else {
        m_data = in.readAll();
        m_report = package::verifyPackageData(m_data, label, trust);
    }
    m_tone = toneOf(m_report);
    log::info(QStringLiteral("verify %1: %2").arg(label, m_report.verdict()));
    fill();
}

VerifyDialog::Tone VerifyDialog::toneOf(const package::VerifyReport &report)
{
    if (!report.readable || !report.valid())
        return Tone::Bad;
    return report.approved() && report.trusted() ? Tone::Good : Tone::Caution;
}

QString VerifyDialog::verdictText() const
{
    return m_report.verdict();
}

void VerifyDialog::fill()
{
    const QColor color = m_tone == Tone::Good ? kGood : m_tone == Tone::Caution ? kCaution : kBad;
    const QColor background = m_tone == Tone::Good      ? palette::kGoodBackground
                              : m_tone == Tone::Caution ? palette::kCautionBackground
                                                        : palette::kErrorBackground;
    const QString mark = m_tone == Tone::Good      ? QStringLiteral("✓ ")
                         : m_tone == Tone::Caution ? QStringLiteral("⚠ ")
                                                   : QStringLiteral("✗ ");
    m_verdict->setText(mark + verdictText());
    m_verdict->setStyleSheet(QStringLiteral("QLabel { color: %1; background: %2; border: 1px solid "
                                            "%1; border-radius: 4px; }")
                                 .arg(color.name(), background.name()));

    QStringList summary;
    if (m_report.readable && !m_report.applicationId.isEmpty()) {
        summary << tr("%1 version %2").arg(m_report.applicationId).arg(m_report.applicationVersion);
        if (const auto decision = decisionFromCode(m_report.decision))
            summary << tr("decision: %1").arg(decisionLabel(*decision));
        if (!m_report.created.isEmpty())
            summary << tr("created %1").arg(localTime(m_report.created));
    }
    summary << QDir::toNativeSeparators(m_file);
    QString text = summary.join(QStringLiteral(" · "));
    // An unreadable package's one problem is in the verdict already.
    if (!m_report.problems.isEmpty() && (m_report.readable || m_report.problems.size() > 1))
        text += QLatin1Char('\n') + m_report.problems.join(QLatin1Char('\n'));
    m_summary->setText(text);

    m_members->setRowCount(0);
    for (const package::MemberCheck &member : std::as_const(m_report.members)) {
        const int row = m_members->rowCount();
        m_members->insertRow(row);
        const bool ok = member.status == package::MemberCheck::Status::Ok;
        m_members->setItem(row, 0, item(member.path));
        m_members->setItem(row, 1,
                           item((ok ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) +
                                    memberStatusLabel(member.status),
                                ok ? kGood : kBad));
        m_members->setItem(row, 2, item(member.detail));
    }

    fillSignatures();
    for (QTableWidget *table : {m_members, m_signatures}) {
        table->resizeColumnsToContents();
        const int last = table->columnCount() - 1;
        for (int column = 0; column < last; ++column)
            table->setColumnWidth(column, table->columnWidth(column) + 16);
    }
    // The signatures table needs no more height than its rows.
    m_signatures->setMaximumHeight(m_signatures->horizontalHeader()->height() +
                                   m_signatures->verticalHeader()->defaultSectionSize() * 3 + 4);
    if (m_signatures->rowCount() > 0)
        m_signatures->selectRow(0);
    updateButtons();
}

/** One row per signature: role, signer, certificate, time, validity, trust, reasons. */
void VerifyDialog::fillSignatures()
{
    m_signatures->setRowCount(0);
    for (const package::SignatureCheck &signature : std::as_const(m_report.signatures)) {
        const int row = m_signatures->rowCount();
        m_signatures->insertRow(row);
        m_signatures->setItem(row, 0, item(roleLabel(signature.role)));
        const QString name =
            signature.certificate.isNull() ? signature.signer : signature.certificate.commonName();
        QTableWidgetItem *signer = item(name.isEmpty() ? signature.signer : name);
        signer->setToolTip(signature.signer);
        m_signatures->setItem(row, 1, signer);
        const QString fingerprint = signing::groupedFingerprint(signature.certSha256);
        QTableWidgetItem *print = item(fingerprint.left(19) + QStringLiteral(" …"));
        print->setToolTip(fingerprint);
        print->setData(Qt::UserRole, signature.certSha256);
        m_signatures->setItem(row, 2, print);
        QTableWidgetItem *at = item(localTime(signature.signedAt));
        at->setToolTip(signature.signedAt);
        m_signatures->setItem(row, 3, at);
        m_signatures->setItem(row, 4,
                              signature.valid ? item(QStringLiteral("✓ ") + tr("valid"), kGood)
                                              : item(QStringLiteral("✗ ") + tr("invalid"), kBad));
        m_signatures->setItem(row, 5,
                              signature.trusted
                                  ? item(QStringLiteral("✓ ") + tr("trusted"), kGood)
                                  : item(QStringLiteral("⚠ ") + tr("not trusted"), kCaution));
        QStringList reasons;
        if (!signature.reason.isEmpty())
            reasons << signature.reason;
        if (!signature.trustReason.isEmpty())
            reasons << signature.trustReason;
        QTableWidgetItem *reason = item(reasons.join(QStringLiteral("; ")));
        reason->setToolTip(reasons.join(QLatin1Char('\n')));
        m_signatures->setItem(row, 6, reason);
    }
}

void VerifyDialog::updateButtons()
{
    const int row = m_signatures->currentRow();
    const bool canTrust = row >= 0 && row < m_report.signatures.size() &&
                          !m_report.signatures.at(row).certificate.isNull() &&
                          !m_report.signatures.at(row).trusted;
    m_trust->setEnabled(canTrust);
    bool reportIntact = false;
    for (const package::MemberCheck &member : std::as_const(m_report.members)) {
        if (member.path == QLatin1String("review.pdf"))
            reportIntact = member.status == package::MemberCheck::Status::Ok;
    }
    m_openReport->setEnabled(m_report.readable && reportIntact);
    m_openReport->setToolTip(reportIntact ? tr("Open review.pdf from this package")
                                          : tr("review.pdf is not intact; it is not opened"));
}

Status VerifyDialog::trustSigner(int row)
{
    if (row < 0 || row >= m_report.signatures.size() ||
        m_report.signatures.at(row).certificate.isNull())
        return Error{m_report.label, tr("no signer's certificate in that row")};
    const package::Certificate certificate = m_report.signatures.at(row).certificate;
    if (auto added = package::TrustStore(signing::trustStorePath()).add(certificate); !added)
        return added;
    log::info(QStringLiteral("trust store: added %1 (%2)")
                  .arg(certificate.subject(), certificate.sha256()));
    emit trustChanged();
    verify();
    return success();
}

Result<QString> VerifyDialog::openReport()
{
    const QString where = m_report.label + QStringLiteral(": review.pdf");
    auto reader = package::ZipReader::openData(m_data, m_report.label, m_report.options.limits);
    if (!reader)
        return reader.error();
    auto pdf = reader.value()->read(QStringLiteral("review.pdf"));
    if (!pdf)
        return pdf.error();
    if (!m_temporary) {
        m_temporary = std::make_unique<QTemporaryDir>();
        if (!m_temporary->isValid()) {
            const QString error = m_temporary->errorString();
            m_temporary.reset();
            return Error{where, error};
        }
        QFile::setPermissions(m_temporary->path(), QFileDevice::ReadOwner |
                                                       QFileDevice::WriteOwner |
                                                       QFileDevice::ExeOwner);
    }
    const QString base = QFileInfo(m_report.label).completeBaseName();
    const QString path = m_temporary->filePath((base.isEmpty() ? QStringLiteral("review") : base) +
                                               QStringLiteral("-review.pdf"));
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(pdf.value()) != pdf->size() || !out.commit())
        return Error{path, out.errorString()};
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!urlOpener()(QUrl::fromLocalFile(path)))
        return Error{path, tr("no application opens PDF files")};
    return path;
}

QPushButton *VerifyDialog::addActionButton(const QString &text)
{
    QPushButton *button = m_buttons->addButton(text, QDialogButtonBox::AcceptRole);
    button->setAutoDefault(false);
    return button;
}

void VerifyDialog::setUrlOpener(std::function<bool(const QUrl &)> opener)
{
    urlOpener() =
        opener ? std::move(opener) : [](const QUrl &url) { return QDesktopServices::openUrl(url); };
}

} // namespace gd
