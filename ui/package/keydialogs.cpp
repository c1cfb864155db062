// SPDX-License-Identifier: GPL-3.0-or-later
#include "keydialogs.h"

#include <QCoreApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "common/filedialogs.h"
#include "core/identitytext.h"
#include "core/officer.h"
#include "package/passphrasedialog.h"

namespace gd {
namespace {

QLineEdit *passwordEdit(const char *name, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}

QCheckBox *replaceCheck(bool keyExists, const QString &backupName, QWidget *parent)
{
    auto *check = new QCheckBox(
        QCoreApplication::translate("KeyDialogs", "Replace my current key; its folder is kept "
                                                  "as %1")
            .arg(backupName),
        parent);
    check->setObjectName(QStringLiteral("replaceCheck"));
    check->setVisible(keyExists);
    check->setToolTip(QCoreApplication::translate(
        "KeyDialogs", "Packages signed with the old key stay valid; keep its certificate in the "
                      "trust store of whoever checks them."));
    return check;
}

/**
 * Lays out a key dialog: @p intro, @p form ending with the new passphrase twice and its
 * hint, the replace box and OK / Cancel. Returns OK, labelled @p okText.
 */
QPushButton *layOutKeyDialog(QDialog *dialog, QLabel *intro, QFormLayout *form,
                             const QString &passphraseLabel, NewPassphraseFields *passphrase,
                             QCheckBox *replace, const QString &okText)
{
    form->addRow(passphraseLabel, passphrase->first());
    form->addRow(QCoreApplication::translate("KeyDialogs", "&Repeat:"), passphrase->second());
    form->addRow(QString(), passphrase->hint());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(okText);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(replace);
    layout->addWidget(buttons);
    return ok;
}

} // namespace

NewPassphraseFields::NewPassphraseFields(QWidget *parent)
    : QObject(parent)
    , m_first(passwordEdit("passphraseEdit", parent))
    , m_second(passwordEdit("repeatEdit", parent))
    , m_hint(new QLabel(parent))
{
    m_hint->setObjectName(QStringLiteral("strengthLabel"));
    m_hint->setWordWrap(true);
    connect(m_first, &QLineEdit::textChanged, this, &NewPassphraseFields::update);
    connect(m_second, &QLineEdit::textChanged, this, &NewPassphraseFields::update);
    update();
}

bool NewPassphraseFields::acceptable() const
{
    bool ok = false;
    PassphraseDialog::strengthHint(m_first->text(), &ok);
    return ok && m_first->text() == m_second->text();
}

QByteArray NewPassphraseFields::take()
{
    QByteArray repeated = PassphraseDialog::takeText(m_second);
    PassphraseDialog::wipe(repeated);
    return PassphraseDialog::takeText(m_first);
}

void NewPassphraseFields::update()
{
    QString text = PassphraseDialog::strengthHint(m_first->text());
    if (!m_second->text().isEmpty() && m_first->text() != m_second->text())
        text += QLatin1Char(' ') + tr("The two passphrases differ.");
    m_hint->setText(text);
    emit changed();
}

GenerateKeyDialog::GenerateKeyDialog(bool keyExists, const QString &backupName, QWidget *parent)
    : QDialog(parent)
    , m_algorithm(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_unit(new QLineEdit(this))
    , m_position(new QLineEdit(this))
    , m_years(new QSpinBox(this))
    , m_identityProblem(new QLabel(this))
    , m_passphrase(new NewPassphraseFields(this))
    , m_replace(replaceCheck(keyExists, backupName, this))
{
    setObjectName(QStringLiteral("generateKeyDialog"));
    m_identityProblem->setObjectName(QStringLiteral("identityProblemLabel"));
    m_identityProblem->setWordWrap(true);
    setWindowTitle(tr("Generate Signing Key"));
    m_algorithm->setObjectName(QStringLiteral("algorithmCombo"));
    m_algorithm->addItem(tr("SM2 with SM3 (GM/T, recommended)"), int(package::Algorithm::Sm2Sm3));
    m_algorithm->addItem(tr("Ed25519"), int(package::Algorithm::Ed25519));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_unit->setObjectName(QStringLiteral("unitEdit"));
    m_position->setObjectName(QStringLiteral("positionEdit"));
    const officer::Profile profile = officer::currentProfile();
    m_name->setText(profile.name);
    m_unit->setText(profile.unit);
    m_position->setText(profile.position);
    m_years->setObjectName(QStringLiteral("yearsSpin"));
    m_years->setRange(1, 10);
    m_years->setValue(3);
    m_years->setSuffix(tr(" year(s)"));

    auto *intro = new QLabel(tr("A key pair and a self-issued certificate naming you. The private "
                                "key is stored encrypted with the passphrase, which GrantDesk "
                                "asks for each time you sign and never keeps."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Algorithm:"), m_algorithm);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Unit:"), m_unit);
    form->addRow(tr("Pos&ition:"), m_position);
    form->addRow(QString(), m_identityProblem);
    form->addRow(tr("&Valid for:"), m_years);
    m_ok = layOutKeyDialog(this, intro, form, tr("Pass&phrase:"), m_passphrase, m_replace,
                           tr("&Generate"));

    for (QLineEdit *edit : {m_name, m_unit, m_position})
        connect(edit, &QLineEdit::textChanged, this, &GenerateKeyDialog::updateState);
    connect(m_passphrase, &NewPassphraseFields::changed, this, &GenerateKeyDialog::updateState);
    connect(m_replace, &QCheckBox::toggled, this, &GenerateKeyDialog::updateState);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    updateState();
}

void GenerateKeyDialog::updateState()
{
    const QString problem =
        officer::identityProblem(m_name->text(), m_unit->text(), m_position->text());
    m_identityProblem->setText(problem);
    m_identityProblem->setVisible(!problem.isEmpty());
    m_ok->setEnabled(!m_name->text().trimmed().isEmpty() && problem.isEmpty() &&
                     m_passphrase->acceptable() &&
                     (m_replace->isHidden() || m_replace->isChecked()));
}

KeyRequest GenerateKeyDialog::takeRequest()
{
    KeyRequest request;
    request.algorithm = package::Algorithm(m_algorithm->currentData().toInt());
    request.who.name = identitytext::normalizedName(m_name->text());
    request.who.unit = identitytext::normalizedName(m_unit->text());
    request.who.position = m_position->text().trimmed();
    request.years = m_years->value();
    request.passphrase = m_passphrase->take();
    request.replace = !m_replace->isHidden() && m_replace->isChecked();
    return request;
}

ImportKeyDialog::ImportKeyDialog(bool keyExists, const QString &backupName, QWidget *parent)
    : QDialog(parent)
    , m_keyFile(new QLineEdit(this))
    , m_certFile(new QLineEdit(this))
    , m_source(passwordEdit("sourcePassphraseEdit", this))
    , m_passphrase(new NewPassphraseFields(this))
    , m_replace(replaceCheck(keyExists, backupName, this))
{
    setObjectName(QStringLiteral("importKeyDialog"));
    setWindowTitle(tr("Import Key and Certificate"));
    m_keyFile->setObjectName(QStringLiteral("keyFileEdit"));
    m_certFile->setObjectName(QStringLiteral("certFileEdit"));
    m_certFile->setPlaceholderText(tr("not needed for a PKCS#12 file that holds it"));

    auto browse = [this](QLineEdit *edit, const QString &caption, const QString &filter) {
        auto *row = new QHBoxLayout;
        row->addWidget(edit, 1);
        auto *button = new QPushButton(tr("Browse…"), this);
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, [this, edit, caption, filter] {
            const QString file = FileDialogs::openFileName(this, caption, filter);
            if (!file.isEmpty())
                edit->setText(file);
        });
        row->addWidget(button);
        return row;
    };
    auto *intro =
        new QLabel(tr("A key and certificate issued by your organization's CA, in any form "
                      "OpenSSL reads: PEM, DER, PKCS#8 (encrypted or not) or PKCS#12 (.p12, "
                      ".pfx). The key is stored encrypted with the new passphrase."),
                   this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Key file:"),
                 browse(m_keyFile, tr("Key File"),
                        tr("Keys (*.pem *.key *.der *.p8 *.p12 *.pfx);;All files (*)")));
    form->addRow(tr("&Certificate:"),
                 browse(m_certFile, tr("Certificate File"),
                        tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)")));
    form->addRow(tr("&Source passphrase:"), m_source);
    m_ok = layOutKeyDialog(this, intro, form, tr("New pass&phrase:"), m_passphrase, m_replace,
                           tr("&Import"));

    connect(m_keyFile, &QLineEdit::textChanged, this, &ImportKeyDialog::updateState);
    connect(m_passphrase, &NewPassphraseFields::changed, this, &ImportKeyDialog::updateState);
    connect(m_replace, &QCheckBox::toggled, this, &ImportKeyDialog::updateState);
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
    updateState();
}

void ImportKeyDialog::updateState()
{
    m_ok->setEnabled(!m_keyFile->text().trimmed().isEmpty() && m_passphrase->acceptable() &&
                     (m_replace->isHidden() || m_replace->isChecked()));
}

ImportRequest ImportKeyDialog::takeRequest()
{
    ImportRequest request;
    request.keyFile = m_keyFile->text().trimmed();
    request.certFile = m_certFile->text().trimmed();
    request.sourcePassphrase = PassphraseDialog::takeText(m_source);
    request.newPassphrase = m_passphrase->take();
    request.replace = !m_replace->isHidden() && m_replace->isChecked();
    return request;
}

} // namespace gd
