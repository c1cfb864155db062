// SPDX-License-Identifier: GPL-3.0-or-later
#include "passphrasedialog.h"

#include <cmath>

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "package/keyprotection.h"

namespace gd {
namespace {

/** A queued test answer: whether there is one, and the passphrase (null: cancelled). */
struct NextAnswer
{
    bool queued = false;
    bool cancelled = false;
    QByteArray passphrase;
};

NextAnswer &nextAnswer()
{
    static NextAnswer answer;
    return answer;
}

constexpr int kMinimumLength = 8; // KeyFolder refuses shorter passphrases

} // namespace

PassphraseDialog::PassphraseDialog(const QString &prompt, QWidget *parent)
    : QDialog(parent)
    , m_edit(new QLineEdit(this))
{
    setObjectName(QStringLiteral("passphraseDialog"));
    setWindowTitle(tr("Passphrase"));
    auto *label = new QLabel(prompt, this);
    label->setWordWrap(true);
    label->setBuddy(m_edit);
    m_edit->setObjectName(QStringLiteral("passphraseEdit"));
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setMinimumWidth(fontMetrics().averageCharWidth() * 36);
    auto *note =
        new QLabel(tr("The passphrase is used for this signature only and is not kept."), this);
    note->setWordWrap(true);
    note->setEnabled(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_edit, &QLineEdit::textChanged, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_edit->text().isEmpty());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_edit);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

PassphraseDialog::~PassphraseDialog()
{
    m_edit->clear();
}

QByteArray PassphraseDialog::takePassphrase()
{
    return takeText(m_edit);
}

QByteArray PassphraseDialog::takeText(QLineEdit *edit)
{
    QString text = edit->text();
    edit->clear(); // the edit lets go of its copy, so the wipe below reaches the last one
    QByteArray bytes = text.toUtf8();
    package::wipeSecret(text);
    return bytes;
}

std::optional<QByteArray> PassphraseDialog::ask(QWidget *parent, const QString &prompt)
{
    if (NextAnswer &next = nextAnswer(); next.queued) {
        next.queued = false;
        if (next.cancelled)
            return std::nullopt;
        QByteArray answer = next.passphrase;
        PassphraseDialog::wipe(next.passphrase);
        return answer;
    }
    PassphraseDialog dialog(prompt, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.takePassphrase();
}

void PassphraseDialog::setNextAnswer(std::optional<QByteArray> passphrase)
{
    NextAnswer &next = nextAnswer();
    next.queued = true;
    next.cancelled = !passphrase;
    next.passphrase = passphrase ? *passphrase : QByteArray();
}

void PassphraseDialog::wipe(QByteArray &secret)
{
    package::wipeSecret(secret);
}

QString PassphraseDialog::strengthHint(const QString &passphrase, bool *ok)
{
    if (ok)
        *ok = passphrase.size() >= kMinimumLength;
    if (passphrase.isEmpty())
        return tr("At least %n characters.", nullptr, kMinimumLength);
    if (passphrase.size() < kMinimumLength)
        return tr("Too short: at least %n characters.", nullptr, kMinimumLength);
    bool lower = false, upper = false, digit = false, other = false, wide = false;
    for (const QChar c : passphrase) {
        if (c.unicode() > 0x7f)
            wide = true;
        else if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else
            other = true;
    }
    // A rough estimate of guessing work: length × log2(size of the alphabets used).
    const int pool = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (other ? 33 : 0) +
                     (wide ? 3000 : 0);
    const double bits = passphrase.size() * std::log2(std::max(pool, 2));
    if (bits < 45)
        return tr("Weak: use a longer passphrase or mix letters, digits and signs.");
    if (bits < 70)
        return tr("Fair.");
    return tr("Strong.");
}

} // namespace gd
