// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDialog>
#include <QString>

#include "package/crypto.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace gd {

/** A new passphrase typed twice, with a strength hint under it. */
class NewPassphraseFields final : public QObject
{
    Q_OBJECT

public:
    NewPassphraseFields(QWidget *parent);
    QLineEdit *first() const { return m_first; }
    QLineEdit *second() const { return m_second; }
    QLabel *hint() const { return m_hint; }
    bool acceptable() const; // long enough and typed the same twice
    /** The passphrase as UTF-8; both fields are cleared. */
    QByteArray take();

signals:
    void changed();

private:
    void update();
    QLineEdit *m_first;
    QLineEdit *m_second;
    QLabel *m_hint;
};

/** What "Generate key…" asks for. */
struct KeyRequest
{
    package::Algorithm algorithm = package::Algorithm::Sm2Sm3;
    package::SignerIdentity who;
    int years = 3;
    QByteArray passphrase;
    bool replace = false; // move an existing key folder aside first
};

/**
 * Settings → Signing → Generate Key…: algorithm (SM2 by default, or Ed25519), the
 * certificate's name, unit and position (from the officer profile), validity in years and
 * the passphrase twice. When a key exists already, OK stays disabled until the officer
 * confirms that the old key folder is moved aside to a dated backup, and while name, unit or
 * position holds a character officer::identityProblem() refuses (shown in the dialog).
 */
class GenerateKeyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GenerateKeyDialog)

public:
    GenerateKeyDialog(bool keyExists, const QString &backupName, QWidget *parent = nullptr);
    /** The request; the passphrase fields are cleared. */
    KeyRequest takeRequest();

private:
    void updateState();

    QComboBox *m_algorithm;
    QLineEdit *m_name;
    QLineEdit *m_unit;
    QLineEdit *m_position;
    QSpinBox *m_years;
    QLabel *m_identityProblem; // a hidden character in name, unit or position
    NewPassphraseFields *m_passphrase;
    QCheckBox *m_replace;
    QPushButton *m_ok;
};

/** What "Import key and certificate…" asks for. */
struct ImportRequest
{
    QString keyFile;
    QString certFile; // may be empty for PKCS#12
    QByteArray sourcePassphrase;
    QByteArray newPassphrase;
    bool replace = false;
};

/**
 * Settings → Signing → Import Key and Certificate…: a key in any form OpenSSL 3 reads or a
 * PKCS#12 file, the certificate (not needed with PKCS#12), the source passphrase and the
 * new passphrase it is stored under.
 */
class ImportKeyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportKeyDialog)

public:
    ImportKeyDialog(bool keyExists, const QString &backupName, QWidget *parent = nullptr);
    ImportRequest takeRequest();

private:
    void updateState();

    QLineEdit *m_keyFile;
    QLineEdit *m_certFile;
    QLineEdit *m_source;
    NewPassphraseFields *m_passphrase;
    QCheckBox *m_replace;
    QPushButton *m_ok;
};

} // namespace gd
