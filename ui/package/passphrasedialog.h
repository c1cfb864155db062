// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QDialog>

class QLabel;
class QLineEdit;

namespace gd {

/**
 * Asks for the passphrase of the signing key, only when signing. The passphrase is never
 * stored: the field is cleared as soon as it is read, and callers wipe the bytes after use
 * (wipe()).
 */
class PassphraseDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PassphraseDialog)

public:
    PassphraseDialog(const QString &prompt, QWidget *parent = nullptr);
    ~PassphraseDialog() override;

    /** The passphrase as UTF-8; the field is cleared. */
    QByteArray takePassphrase();

    /**
     * Shows the dialog modally; nullopt when cancelled. A test answer queued with
     * setNextAnswer() is taken instead of showing anything.
     */
    static std::optional<QByteArray> ask(QWidget *parent, const QString &prompt);
    /** Tests: the next ask() answers @p passphrase (nullopt: cancelled) without a dialog. */
    static void setNextAnswer(std::optional<QByteArray> passphrase);

    /** Overwrites the bytes of @p secret and empties it. */
    static void wipe(QByteArray &secret);
    /** @p edit's text as UTF-8; the edit is cleared and the text's own copy wiped. */
    static QByteArray takeText(QLineEdit *edit);

    /** How strong a new passphrase looks: a short translated hint; @p ok false when refused. */
    static QString strengthHint(const QString &passphrase, bool *ok = nullptr);

private:
    QLineEdit *m_edit;
};

} // namespace gd
