// SPDX-License-Identifier: GPL-3.0-or-later
#include "packagecontroller.h"

#include <QCoreApplication>
#include <QApplication>
#include <QDir>
#include <QMimeData>
#include <QUrl>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>

#include "common/confirmation.h"
#include "common/filedialogs.h"
#include "core/identitytext.h"
#include "core/log.h"
#include "core/officer.h"
#include "package/keystore.h"
#include "package/ownkey.h"
#include "package/reviewexport.h"
#include "package/signerrole.h"
#include "package/signingpaths.h"
#include "package/verifydialog.h"
#include "services/desk.h"
#include "services/exportservice.h"

namespace gd {
namespace {

QString packageFilter()
{
    return QCoreApplication::translate("PackageController", "Review packages (*.gdpkg)");
}

/** A modal progress dialog fed by a package::Progress callback; Cancel stops the work. */
class ProgressFeeder
{
public:
    ProgressFeeder(QWidget *parent, const QString &label, const QString &name)
        : m_dialog(label, QCoreApplication::translate("PackageController", "Cancel"), 0, 100,
                   parent)
    {
        m_dialog.setObjectName(name);
        m_dialog.setWindowTitle(QCoreApplication::translate("PackageController", "GrantDesk"));
        m_dialog.setWindowModality(Qt::WindowModal);
        m_dialog.setMinimumDuration(0);
        m_dialog.setAutoClose(false);
        m_dialog.setAutoReset(false);
        m_dialog.setMinimumWidth(m_dialog.fontMetrics().averageCharWidth() * 60);
        m_dialog.setValue(0);
        QApplication::processEvents();
    }
    package::Progress callback()
    {
        return [this](int done, int total) {
            m_dialog.setMaximum(std::max(total, 1));
            m_dialog.setValue(std::min(done, std::max(total, 1)));
            QApplication::processEvents();
            return !m_dialog.wasCanceled();
        };
    }
    bool cancelled() const { return m_dialog.wasCanceled(); }

private:
    QProgressDialog m_dialog;
};

} // namespace

PackageController::PackageController(std::shared_ptr<Desk> desk, QWidget *window)
    : QObject(window)
    , m_desk(std::move(desk))
    , m_window(window)
{}

QStringList PackageController::droppedPackages(const QMimeData *data)
{
    QStringList files;
    if (!data || !data->hasUrls())
        return files;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile() &&
            url.toLocalFile().endsWith(QLatin1String(".gdpkg"), Qt::CaseInsensitive))
            files << url.toLocalFile();
    }
    return files;
}

namespace {

/** Why the workstation's key may not sign for @p officer: it is another officer's. Empty when
 *  it is theirs, or when there is no key yet (that is said when the key is needed). */
QString keyHolderRefusal(const QString &officer)
{
    const auto certificate = signing::ownCertificate();
    if (!certificate)
        return {};
    const QString holder = certificate->commonName();
    if (identitytext::normalizedName(holder) == identitytext::normalizedName(officer))
        return {};
    return QCoreApplication::translate(
               "gd::PackageController",
               "The signing key of this workstation is %1's, not %2's: an officer signs only "
               "with their own key (Tools → Settings… → Signing).")
        .arg(identitytext::displaySafe(holder), identitytext::displaySafe(officer));
}

} // namespace

QString PackageController::exportRefusal(const QString &id, int version) const
{
    if (m_desk->isReadOnly())
        return Desk::readOnlyRefusal();
    if (id.isEmpty())
        return tr("Select a decided case first.");
    const officer::Profile profile = officer::currentProfile();
    const auto state = ExportService(m_desk).caseState(id, version);
    if (!state)
        return state.error().toString();
    if (const QString refusal =
            package::exportRefusal(state->status, state->decision, state->reviewer, profile.name);
        !refusal.isEmpty())
        return refusal;
    if (!profile.reviewer)
        return tr("%1 does not hold the reviewer role; the reviewer signs the package.")
            .arg(profile.name);
    return keyHolderRefusal(profile.name);
}

Result<package::SignedPackage> PackageController::exportSignedPackage(const QString &id,
                                                                      int version)
{
    const QString title = tr("Export Signed Package");
    if (const QString refusal = exportRefusal(id, version); !refusal.isEmpty()) {
        showError(title, refusal);
        return Error{id, refusal};
    }
    QString file = FileDialogs::saveFileName(
        m_window, title, QStringLiteral("%1-v%2.gdpkg").arg(id).arg(version), packageFilter());
    if (file.isEmpty())
        return Error{{}, {}};
    if (!file.endsWith(QLatin1String(".gdpkg"), Qt::CaseInsensitive))
        file += QStringLiteral(".gdpkg");

    auto certificate = signing::ownCertificate();
    if (!certificate) {
        showError(title, certificate.error().toString());
        return certificate.error();
    }
    const auto state = ExportService(m_desk).caseState(id, version);
    const QString signerName = identitytext::displaySafe(certificate->commonName());
    if (!Confirmation::ask(
            m_window,
            {title,
             tr("Sign the review of %1 v%2 (decision: %3) as reviewer %4 and write the signed "
                "package to %5?\n\nThe case becomes signed; the approver countersigns it next.")
                 .arg(id)
                 .arg(version)
                 .arg(state ? decisionLabel(state->decision) : QString(), signerName,
                      QDir::toNativeSeparators(file)),
             tr("Sign")}))
        return Error{{}, {}};
    auto signer = signing::unlockOwnKey(
        m_window, certificate.value(),
        tr("The review of %1 v%2 is signed with the key of %3. Its passphrase:")
            .arg(id)
            .arg(version)
            .arg(signerName));
    if (!signer) {
        if (!signer.error().what.isEmpty())
            showError(title, signer.error().toString());
        return signer.error();
    }

    Result<package::SignedPackage> exported = Error{{}, {}};
    bool cancelled = false;
    {
        ProgressFeeder progress(
            m_window, tr("Writing the report, signing and packing %1 v%2…").arg(id).arg(version),
            QStringLiteral("exportProgress"));
        exported = ExportService(m_desk).exportReview(id, version, signer.value(), file,
                                                      progress.callback());
        cancelled = progress.cancelled();
    }
    signer.value().key = package::PrivateKey(); // the key leaves memory with the last copy
    if (!exported) {
        if (cancelled) {
            log::info(QStringLiteral("export %1 v%2 cancelled").arg(id).arg(version));
            return exported;
        }
        log::warning(QStringLiteral("export: %1").arg(exported.error().toString()));
        showError(title, exported.error().toString());
        return exported;
    }
    log::info(QStringLiteral("exported %1 v%2 to %3, manifest %4")
                  .arg(id)
                  .arg(version)
                  .arg(file, exported->manifestSha256));
    showResult(title, tr("The signed package of %1 v%2 was written to\n%3\n\nManifest SHA-256 "
                         "(for whoever checks the package):\n%4")
                          .arg(id)
                          .arg(version)
                          .arg(QDir::toNativeSeparators(file),
                               signing::groupedFingerprint(exported->manifestSha256, 8)));
    emit caseChanged(id, version);
    return exported;
}

Result<package::SignedPackage> PackageController::countersignPackage()
{
    if (m_desk->isReadOnly()) { // the package and the case would both change
        showError(tr("Countersign Package"), Desk::readOnlyRefusal());
        return Error{{}, Desk::readOnlyRefusal()};
    }
    const QString file =
        FileDialogs::openFileName(m_window, tr("Countersign Package"), packageFilter());
    if (file.isEmpty())
        return Error{{}, {}};
    return countersignFile(file);
}

QString PackageController::countersignRefusal() const
{
    if (m_desk->isReadOnly())
        return Desk::readOnlyRefusal();
    const officer::Profile profile = officer::currentProfile();
    if (!profile.approver)
        return tr("%1 does not hold the approver role; only an approver countersigns a package.")
            .arg(profile.name);
    return keyHolderRefusal(profile.name);
}

Result<package::SignedPackage> PackageController::countersignFile(const QString &file)
{
    const QString title = tr("Countersign Package");
    if (const QString refusal = countersignRefusal(); !refusal.isEmpty()) {
        showError(title, refusal);
        return Error{file, refusal};
    }

    // The approver sees what they countersign first: the package's verification.
    VerifyDialog check(file, m_window);
    check.setWindowModality(Qt::WindowModal);
    if (!offerCountersigning(check))
        return Error{{}, {}};
    const QString id = check.report().applicationId;
    const int version = check.report().applicationVersion;

    // The case moves to countersigned when this database holds it; otherwise the file alone.
    std::shared_ptr<Desk> db;
    if (ExportService(m_desk).caseState(id, version))
        db = m_desk;

    auto certificate = signing::ownCertificate();
    if (!certificate) {
        showError(title, certificate.error().toString());
        return certificate.error();
    }
    const QString signerName = identitytext::displaySafe(certificate->commonName());
    const package::SignatureCheck *reviewer = check.report().signature(package::Role::Reviewer);
    // The reviewer's own key cannot countersign: said now, before the passphrase is asked.
    if (reviewer) {
        if (const QString problem =
                package::countersignerProblem(certificate.value(), reviewer->certificate, {});
            !problem.isEmpty()) {
            showError(title, problem);
            return Error{file, problem};
        }
    }
    QString question =
        tr("Countersign %1 v%2, signed by the reviewer %3, as approver %4?\n\nYour signature is "
           "added to %5.")
            .arg(id)
            .arg(version)
            .arg(reviewer ? identitytext::displaySafe(reviewer->certificate.commonName())
                          : QString(),
                 signerName, QDir::toNativeSeparators(file));
    if (db)
        question += QLatin1Char(' ') + tr("The case becomes countersigned.");
    if (!Confirmation::ask(m_window, {title, question, tr("Countersign")}))
        return Error{{}, {}};
    auto signer =
        signing::unlockOwnKey(m_window, certificate.value(),
                              tr("%1 v%2 is countersigned with the key of %3. Its passphrase:")
                                  .arg(id)
                                  .arg(version)
                                  .arg(signerName));
    if (!signer) {
        if (!signer.error().what.isEmpty())
            showError(title, signer.error().toString());
        return signer.error();
    }
    Result<package::SignedPackage> countersigned = Error{{}, {}};
    bool cancelled = false;
    {
        ProgressFeeder progress(m_window, tr("Countersigning %1…").arg(QFileInfo(file).fileName()),
                                QStringLiteral("countersignProgress"));
        countersigned = ExportService(db).countersignFile(
            file, signer.value(), package::TrustStore(signing::trustStorePath()),
            progress.callback());
        cancelled = progress.cancelled();
    }
    signer.value().key = package::PrivateKey();
    if (!countersigned) {
        if (!cancelled) {
            log::warning(QStringLiteral("countersign: %1").arg(countersigned.error().toString()));
            showError(title, countersigned.error().toString());
        }
        return countersigned;
    }
    reportCountersigned(file, id, version, countersigned->manifestSha256, db != nullptr);
    return countersigned;
}

/**
 * Adds "Countersign…" to the verification the approver reads first; enabled for a valid
 * package that is not countersigned yet. True when the approver chose it.
 */
bool PackageController::offerCountersigning(VerifyDialog &check)
{
    QPushButton *go = check.addActionButton(tr("&Countersign…"));
    go->setObjectName(QStringLiteral("countersignButton"));
    go->setEnabled(check.report().readable && check.report().exitCode() == 0 &&
                   !check.report().signature(package::Role::Approver));
    if (!go->isEnabled())
        go->setToolTip(tr("Only a valid package that is not countersigned yet can be "
                          "countersigned."));
    connect(go, &QPushButton::clicked, &check, &QDialog::accept);
    return check.exec() == QDialog::Accepted;
}

/** Tells the approver the package is countersigned, and the inbox that its case moved. */
void PackageController::reportCountersigned(const QString &file, const QString &id, int version,
                                            const QString &manifestSha256, bool inDatabase)
{
    const QString title = tr("Countersign Package");
    log::info(QStringLiteral("countersigned %1 (%2 v%3)").arg(file, id).arg(version));
    QString text =
        tr("%1 is countersigned.\n\nManifest SHA-256:\n%2")
            .arg(QDir::toNativeSeparators(file), signing::groupedFingerprint(manifestSha256, 8));
    if (!inDatabase)
        text += QStringLiteral("\n\n") + tr("%1 v%2 is not in this database; only the file was "
                                            "countersigned.")
                                             .arg(id)
                                             .arg(version);
    showResult(title, text);
    if (inDatabase)
        emit caseChanged(id, version);
}

VerifyDialog *PackageController::verifyPackage()
{
    const QString file = FileDialogs::openFileName(m_window, tr("Verify Package"), packageFilter());
    return file.isEmpty() ? nullptr : openPackage(file);
}

VerifyDialog *PackageController::openPackage(const QString &file)
{
    auto *dialog = new VerifyDialog(file, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setModal(false);
    dialog->show();
    m_lastMessage = dialog->verdictText();
    return dialog;
}

void PackageController::showResult(const QString &title, const QString &text)
{
    m_lastMessage = text;
    auto *box =
        new QMessageBox(QMessageBox::Information, title, text, QMessageBox::Close, m_window);
    box->setObjectName(QStringLiteral("packageResult"));
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    box->show();
}

void PackageController::showError(const QString &title, const QString &text)
{
    m_lastMessage = text;
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Close, m_window);
    box->setObjectName(QStringLiteral("packageError"));
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    box->show();
}

} // namespace gd
