// SPDX-License-Identifier: GPL-3.0-or-later
#include "signingsettingspage.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/identitytext.h"
#include "common/filedialogs.h"
#include "core/log.h"
#include "core/officer.h"
#include "package/keydialogs.h"
#include "package/keystore.h"
#include "package/passphrasedialog.h"
#include "package/signingpaths.h"
#include "common/palette.h"

namespace gd {
namespace {

QString algorithmLabel(const std::optional<package::Algorithm> &algorithm)
{
    if (!algorithm)
        return QCoreApplication::translate("SigningSettingsPage", "unsupported key type");
    return *algorithm == package::Algorithm::Sm2Sm3
               ? QCoreApplication::translate("SigningSettingsPage", "SM2 with SM3")
               : QStringLiteral("Ed25519");
}

QString date(const QDateTime &when)
{
    return when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd"));
}

/** The fingerprint on two lines of eight groups, in a fixed-width font. */
QString fingerprintHtml(const QString &sha256)
{
    return QStringLiteral("<span style=\"font-family: monospace\">%1</span>")
        .arg(signing::groupedFingerprint(sha256, 8).toHtmlEscaped().replace(
            QLatin1Char('\n'), QStringLiteral("<br>")));
}

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(identitytext::displaySafe(text));
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

/** "王立 (科长, 广州市政务服务和数据管理局)": the holder as an officer names them; the
 *  certificate's one-line subject ("CN=…,title=…,O=…") only when it has no common name. */
QString holderText(const package::Certificate &c)
{
    if (c.commonName().isEmpty())
        return c.subject();
    QStringList details;
    for (const QString &part : {c.title(), c.organization()}) {
        if (!part.isEmpty())
            details << part;
    }
    return details.isEmpty()
               ? c.commonName()
               : QCoreApplication::translate("gd::SigningSettingsPage", "%1 (%2)",
                                             "name (position, unit)")
                     .arg(c.commonName(),
                          details.join(QCoreApplication::translate("gd::SigningSettingsPage", ", ",
                                                                   "between position and unit")));
}

} // namespace

SigningSettingsPage::SigningSettingsPage(QWidget *parent)
    : SettingsPage(parent)
    , m_identity(new QLabel(this))
    , m_message(new QLabel(this))
    , m_export(new QPushButton(tr("&Export Certificate…"), this))
    , m_trustOwn(new QPushButton(tr("&Trust My Own Certificate"), this))
    , m_trust(new QTableWidget(0, 4, this))
    , m_remove(new QPushButton(tr("&Remove"), this))
{
    setObjectName(QStringLiteral("signingPage"));

    QGroupBox *identityBox = makeIdentityBox();
    QGroupBox *trustBox = makeTrustBox();

    m_message->setObjectName(QStringLiteral("signingMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(identityBox);
    layout->addWidget(trustBox, 1);
    layout->addWidget(m_message);

    connect(m_export, &QPushButton::clicked, this, [this] {
        const auto certificate = package::KeyFolder(signing::keyFolderPath()).certificate();
        const QString name = certificate ? certificate->commonName() : QString();
        const QString file = FileDialogs::saveFileName(
            this, tr("Export Certificate"),
            (name.isEmpty() ? QStringLiteral("certificate") : name) + QStringLiteral(".pem"),
            tr("Certificates (*.pem *.crt)"));
        if (!file.isEmpty())
            report(exportCertificate(file),
                   tr("Certificate saved to %1.").arg(QDir::toNativeSeparators(file)));
    });
    connect(m_trustOwn, &QPushButton::clicked, this, [this] {
        report(trustOwnCertificate(), tr("Your certificate is now in the trust store."));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_trust->currentRow();
        if (row < 0)
            return;
        const QString sha256 = m_trust->item(row, 1)->data(Qt::UserRole).toString();
        const QString subject = m_trust->item(row, 0)->text();
        if (QMessageBox::question(this, tr("Remove Trusted Certificate"),
                                  tr("Stop trusting %1? Packages it signed will verify as not "
                                     "trusted.")
                                      .arg(subject)) != QMessageBox::Yes)
            return;
        report(removeTrusted(sha256), tr("Certificate removed from the trust store."));
    });
    connect(m_trust, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(m_trust->currentRow() >= 0); });
    reload();
}

/** The officer's own key and certificate: generate, import, export, trust. */
QGroupBox *SigningSettingsPage::makeIdentityBox()
{
    auto *identityBox = new QGroupBox(tr("My signing identity"), this);
    m_identity->setObjectName(QStringLiteral("identityLabel"));
    m_identity->setTextFormat(Qt::RichText);
    m_identity->setWordWrap(true);
    m_identity->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *generate = new QPushButton(tr("&Generate Key…"), identityBox);
    generate->setObjectName(QStringLiteral("generateKeyButton"));
    auto *import = new QPushButton(tr("&Import Key and Certificate…"), identityBox);
    import->setObjectName(QStringLiteral("importKeyButton"));
    m_export->setObjectName(QStringLiteral("exportCertificateButton"));
    m_export->setToolTip(tr("Save your certificate (PEM) to hand to colleagues who verify your "
                            "packages"));
    m_trustOwn->setObjectName(QStringLiteral("trustOwnButton"));
    m_trustOwn->setToolTip(tr("Add your own certificate to this workstation's trust store"));
    for (QPushButton *button : {generate, import, m_export, m_trustOwn})
        button->setAutoDefault(false);
    auto *identityButtons = new QHBoxLayout;
    identityButtons->addWidget(generate);
    identityButtons->addWidget(import);
    identityButtons->addWidget(m_export);
    identityButtons->addWidget(m_trustOwn);
    identityButtons->addStretch(1);
    auto *identityLayout = new QVBoxLayout(identityBox);
    identityLayout->addWidget(m_identity);
    identityLayout->addLayout(identityButtons);
    connect(generate, &QPushButton::clicked, this, &SigningSettingsPage::openGenerateDialog);
    connect(import, &QPushButton::clicked, this, &SigningSettingsPage::openImportDialog);
    return identityBox;
}

/** The trust store: the certificates packages are verified against. */
QGroupBox *SigningSettingsPage::makeTrustBox()
{
    auto *trustBox = new QGroupBox(tr("Trusted certificates"), this);
    auto *trustIntro = new QLabel(tr("Packages whose signers are listed here, or whose "
                                     "certificates a CA listed here issued, verify as trusted."),
                                  trustBox);
    trustIntro->setWordWrap(true);
    m_trust->setObjectName(QStringLiteral("trustTable"));
    m_trust->setHorizontalHeaderLabels(
        {tr("Holder"), tr("SHA-256 fingerprint"), tr("Valid until"), tr("Kind")});
    m_trust->verticalHeader()->hide();
    m_trust->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_trust->setSelectionMode(QAbstractItemView::SingleSelection);
    m_trust->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_trust->setShowGrid(false);
    m_trust->setAlternatingRowColors(true);
    m_trust->setWordWrap(false);
    m_trust->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_trust->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_trust->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    auto *add = new QPushButton(tr("&Add from File…"), trustBox);
    add->setObjectName(QStringLiteral("addTrustedButton"));
    m_remove->setObjectName(QStringLiteral("removeTrustedButton"));
    for (QPushButton *button : {add, m_remove})
        button->setAutoDefault(false);
    auto *trustButtons = new QHBoxLayout;
    trustButtons->addWidget(add);
    trustButtons->addWidget(m_remove);
    trustButtons->addStretch(1);
    auto *trustLayout = new QVBoxLayout(trustBox);
    trustLayout->addWidget(trustIntro);
    trustLayout->addWidget(m_trust, 1);
    trustLayout->addLayout(trustButtons);
    connect(add, &QPushButton::clicked, this, [this] {
        const QString file =
            FileDialogs::openFileName(this, tr("Add Trusted Certificate"),
                                      tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
        if (!file.isEmpty())
            report(addTrustedFile(file), tr("Certificate added to the trust store."));
    });
    return trustBox;
}

QString SigningSettingsPage::title() const
{
    return tr("Signing");
}

void SigningSettingsPage::reload()
{
    const package::KeyFolder folder(signing::keyFolderPath());
    const package::TrustStore trust(signing::trustStorePath());
    const QString where =
        tr("Key folder: %1").arg(QDir::toNativeSeparators(folder.path()).toHtmlEscaped());
    QString html;
    bool haveCertificate = false;
    if (!folder.exists()) {
        html = tr("No signing key yet. Generate one, or import the key and certificate your "
                  "organization issued you, before signing review packages.")
                   .toHtmlEscaped();
    } else if (auto certificate = folder.certificate(); !certificate) {
        html = tr("The certificate cannot be read: %1")
                   .arg(certificate.error().toString())
                   .toHtmlEscaped();
    } else {
        haveCertificate = true;
        const package::Certificate &c = certificate.value();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QString validity = tr("%1 to %2").arg(date(c.notBefore()), date(c.notAfter()));
        if (!c.isValidAt(now))
            validity += QStringLiteral(" <b style=\"color:%1\">%2</b>")
                            .arg(palette::kBad.name())
                            .arg(c.notAfter() < now ? tr("expired").toHtmlEscaped()
                                                    : tr("not yet valid").toHtmlEscaped());
        QString reason;
        const bool trusted = trust.isTrusted(c, now, &reason);
        const QString trustText = trusted
                                      ? QStringLiteral("<span style=\"color:%1\">✓ %2</span>")
                                            .arg(palette::kOk.name())
                                            .arg(tr("trusted on this workstation").toHtmlEscaped())
                                      : QStringLiteral("<span style=\"color:%1\">⚠ %2</span>")
                                            .arg(palette::kWarn.name())
                                            .arg(tr("not trusted: %1").arg(reason).toHtmlEscaped());
        const QString issued =
            c.isSelfIssued() ? tr("self-issued") : tr("issued by %1").arg(c.issuer());
        auto row = [](const QString &label, const QString &value) {
            return QStringLiteral("<tr><td style=\"padding-right:12px\"><b>%1</b></td><td>%2</td>"
                                  "</tr>")
                .arg(label.toHtmlEscaped(), value);
        };
        html = QStringLiteral("<table>") + row(tr("Holder"), holderText(c).toHtmlEscaped()) +
               row(tr("Algorithm"), algorithmLabel(c.algorithm()).toHtmlEscaped()) +
               row(tr("SHA-256 fingerprint"), fingerprintHtml(c.sha256())) +
               row(tr("Valid"), validity) + row(tr("Certificate"), issued.toHtmlEscaped()) +
               row(tr("Trust"), trustText) + QStringLiteral("</table>");
    }
    m_identity->setText(html + QStringLiteral("<p style=\"color:gray\">%1</p>").arg(where));
    m_export->setEnabled(haveCertificate);
    m_trustOwn->setEnabled(haveCertificate);

    m_trust->setRowCount(0);
    auto certificates = trust.certificates();
    if (!certificates) {
        m_message->setText(certificates.error().toString());
    } else {
        for (const package::Certificate &c : std::as_const(certificates.value())) {
            const int row = m_trust->rowCount();
            m_trust->insertRow(row);
            QTableWidgetItem *subject = cell(holderText(c));
            subject->setToolTip(c.subject());
            m_trust->setItem(row, 0, subject);
            const QString grouped = signing::groupedFingerprint(c.sha256());
            QTableWidgetItem *print = cell(grouped.left(19) + QStringLiteral(" …"));
            print->setToolTip(grouped);
            print->setData(Qt::UserRole, c.sha256());
            m_trust->setItem(row, 1, print);
            m_trust->setItem(row, 2, cell(date(c.notAfter())));
            m_trust->setItem(row, 3, cell(c.isCa() ? tr("CA") : tr("Signer")));
        }
    }
    m_trust->resizeColumnToContents(1);
    m_trust->resizeColumnToContents(2);
    m_trust->resizeColumnToContents(3);
    m_remove->setEnabled(m_trust->currentRow() >= 0);
}

QString SigningSettingsPage::backupPathFor(const QString &keyFolder)
{
    const QFileInfo info(keyFolder);
    return info.absolutePath() + QLatin1Char('/') + info.fileName() + QStringLiteral("-backup-") +
           QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

Status SigningSettingsPage::moveAside(bool replace)
{
    const QString path = signing::keyFolderPath();
    const package::KeyFolder folder(path);
    if (!folder.exists() && !QFileInfo::exists(path + QStringLiteral("/key.pem")))
        return success();
    if (!replace)
        return Error{QDir::toNativeSeparators(path),
                     tr("a signing key is there already; confirm that it is replaced")};
    QString backup = backupPathFor(path);
    for (int n = 2; QFileInfo::exists(backup); ++n)
        backup = backupPathFor(path) + QStringLiteral("-%1").arg(n);
    if (!QDir().rename(path, backup))
        return Error{QDir::toNativeSeparators(path),
                     tr("cannot move the old key folder to %1").arg(backup)};
    log::info(QStringLiteral("signing: old key folder moved to %1").arg(backup));
    return success();
}

Status SigningSettingsPage::generateKey(KeyRequest request)
{
    struct Wipe
    {
        QByteArray &secret;
        ~Wipe() { PassphraseDialog::wipe(secret); }
    } wipe{request.passphrase};
    bool ok = false;
    PassphraseDialog::strengthHint(QString::fromUtf8(request.passphrase), &ok);
    if (!ok)
        return Error{tr("Passphrase"),
                     PassphraseDialog::strengthHint(QString::fromUtf8(request.passphrase))};
    if (request.who.name.trimmed().isEmpty())
        return Error{tr("Name"), tr("the certificate must name you")};
    auto key = package::generateKey(request.algorithm);
    if (!key)
        return key.error();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // A minute back, so that a package signed at once is inside the validity on any clock.
    auto certificate = package::issueSelfCertificate(key.value(), request.who, now.addSecs(-60),
                                                     now.addYears(request.years));
    if (!certificate)
        return certificate.error();
    if (auto moved = moveAside(request.replace); !moved)
        return moved;
    if (auto created = package::KeyFolder(signing::keyFolderPath())
                           .create(key.value(), certificate.value(), request.passphrase);
        !created)
        return created;
    log::info(QStringLiteral("signing: generated %1 key, certificate %2")
                  .arg(package::algorithmCode(request.algorithm), certificate->sha256()));
    officer::rememberCertificate(certificate->sha256());
    reload();
    return success();
}

Status SigningSettingsPage::importKey(ImportRequest request)
{
    struct Wipe
    {
        QByteArray &a;
        QByteArray &b;
        ~Wipe()
        {
            PassphraseDialog::wipe(a);
            PassphraseDialog::wipe(b);
        }
    } wipe{request.sourcePassphrase, request.newPassphrase};
    // Into a fresh folder beside the key folder first, so that a refused import leaves the
    // current key as it was.
    const QString path = signing::keyFolderPath();
    const QString staging = path + QStringLiteral("-import");
    QDir(staging).removeRecursively();
    if (auto imported = package::KeyFolder(staging).importFrom(
            request.keyFile, request.certFile, request.sourcePassphrase, request.newPassphrase);
        !imported) {
        QDir(staging).removeRecursively();
        return imported;
    }
    if (auto moved = moveAside(request.replace); !moved) {
        QDir(staging).removeRecursively();
        return moved;
    }
    if (!QDir().rename(staging, path)) {
        QDir(staging).removeRecursively();
        return Error{QDir::toNativeSeparators(path), tr("cannot move the imported key into place")};
    }
    log::info(QStringLiteral("signing: key and certificate imported from %1").arg(request.keyFile));
    if (auto certificate = package::KeyFolder(path).certificate())
        officer::rememberCertificate(certificate->sha256());
    reload();
    return success();
}

Status SigningSettingsPage::exportCertificate(const QString &file) const
{
    auto certificate = package::KeyFolder(signing::keyFolderPath()).certificate();
    if (!certificate)
        return certificate.error();
    QSaveFile out(file);
    const QByteArray pem = certificate->pem();
    if (!out.open(QIODevice::WriteOnly) || out.write(pem) != pem.size() || !out.commit())
        return Error{file, out.errorString()};
    return success();
}

Status SigningSettingsPage::trustOwnCertificate()
{
    auto certificate = package::KeyFolder(signing::keyFolderPath()).certificate();
    if (!certificate)
        return certificate.error();
    if (auto added = package::TrustStore(signing::trustStorePath()).add(certificate.value());
        !added)
        return added;
    reload();
    return success();
}

Status SigningSettingsPage::addTrustedFile(const QString &file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return Error{file, in.errorString()};
    auto certificate = package::Certificate::fromData(in.readAll());
    if (!certificate)
        return Error{QFileInfo(file).fileName(), certificate.error().toString()};
    if (auto added = package::TrustStore(signing::trustStorePath()).add(certificate.value());
        !added)
        return added;
    log::info(QStringLiteral("trust store: added %1").arg(certificate->sha256()));
    reload();
    return success();
}

Status SigningSettingsPage::removeTrusted(const QString &sha256)
{
    if (auto removed = package::TrustStore(signing::trustStorePath()).remove(sha256); !removed)
        return removed;
    log::info(QStringLiteral("trust store: removed %1").arg(sha256));
    reload();
    return success();
}

void SigningSettingsPage::openGenerateDialog()
{
    const QString path = signing::keyFolderPath();
    auto *dialog = new GenerateKeyDialog(package::KeyFolder(path).exists(),
                                         QFileInfo(backupPathFor(path)).fileName(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        report(generateKey(dialog->takeRequest()), tr("A new signing key and certificate were "
                                                      "made."));
    });
    dialog->open();
}

void SigningSettingsPage::openImportDialog()
{
    const QString path = signing::keyFolderPath();
    auto *dialog = new ImportKeyDialog(package::KeyFolder(path).exists(),
                                       QFileInfo(backupPathFor(path)).fileName(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        report(importKey(dialog->takeRequest()), tr("The key and certificate were imported."));
    });
    dialog->open();
}

void SigningSettingsPage::report(const Status &status, const QString &done)
{
    if (status) {
        m_message->setStyleSheet(palette::textStyle(palette::kOk));
        m_message->setText(done);
    } else {
        m_message->setStyleSheet(palette::textStyle(palette::kBad));
        m_message->setText(status.error().toString());
        log::warning(QStringLiteral("signing: %1").arg(status.error().toString()));
    }
}

} // namespace gd
