// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "settings/settingspage.h"

class QGroupBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace gd {

struct ImportRequest;
struct KeyRequest;

/**
 * Settings → Signing: the officer's signing identity (subject, algorithm, SHA-256
 * fingerprint grouped for reading, validity, trusted or not) with Generate Key…, Import
 * Key and Certificate…, Export Certificate… and Trust My Own Certificate; below it the
 * trust store (subject, fingerprint, valid until, CA or signer) with Add from File… and
 * Remove. Everything takes effect at once; the key folder is signing::keyFolderPath().
 */
class SigningSettingsPage final : public SettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SigningSettingsPage)

public:
    explicit SigningSettingsPage(QWidget *parent = nullptr);

    QString title() const override;

    /** Re-reads the key folder and the trust store. */
    void reload();

    /** Generates a key and self-issued certificate into the key folder (what the dialog does). */
    Status generateKey(KeyRequest request);
    Status importKey(ImportRequest request);
    Status exportCertificate(const QString &file) const;
    Status trustOwnCertificate();
    Status addTrustedFile(const QString &file);
    Status removeTrusted(const QString &sha256);

    /** "signing-backup-20261126-193000": where an existing key folder is moved when replaced. */
    static QString backupPathFor(const QString &keyFolder);

private:
    QGroupBox *makeIdentityBox();
    QGroupBox *makeTrustBox();
    void openGenerateDialog();
    void openImportDialog();
    Status moveAside(bool replace);
    void report(const Status &status, const QString &done);

    QLabel *m_identity;
    QLabel *m_message;
    QPushButton *m_export;
    QPushButton *m_trustOwn;
    QTableWidget *m_trust;
    QPushButton *m_remove;
};

} // namespace gd
