// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>

#include <QByteArray>
#include <QDialog>
#include <QUrl>

#include "core/result.h"
#include "package/package.h"

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTemporaryDir;

namespace gd {

/**
 * File → Verify Package… and opening a .gdpkg (docs/formats/package.md): one verdict line
 * at the top — green "valid and approved", amber "valid, signer not trusted", red
 * "INVALID: review.pdf modified" — the package's case, the members with their status
 * and the signatures with signer, fingerprint, signing time (local), validity and trust.
 * A signer's certificate can be added to the trust store, and the report opened from a
 * private temporary folder. The file is read once; what is shown and opened is what was
 * verified.
 */
class VerifyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerifyDialog)

public:
    enum class Tone
    {
        Good,    // valid, approved (or awaiting countersignature) and trusted
        Caution, // valid, but a signer is not trusted or the approver has not signed
        Bad      // invalid or unreadable
    };

    explicit VerifyDialog(const QString &file, QWidget *parent = nullptr);
    ~VerifyDialog() override;

    /** Reads and verifies the file again (after the trust store changed). */
    void verify();
    const package::VerifyReport &report() const { return m_report; }
    QString verdictText() const;
    Tone tone() const { return m_tone; }
    static Tone toneOf(const package::VerifyReport &report);

    /** Adds the certificate of signature row @p row to the trust store and verifies again. */
    Status trustSigner(int row);
    /** Extracts review.pdf into a private temporary folder and opens it; the file's path. */
    Result<QString> openReport();

    /** Adds a button beside Close (Countersign…); its clicks are the caller's. */
    QPushButton *addActionButton(const QString &text);

    /** Tests: how URLs are opened (QDesktopServices::openUrl by default). */
    static void setUrlOpener(std::function<bool(const QUrl &)> opener);

signals:
    /** The trust store was changed from this dialog. */
    void trustChanged();

private:
    void fillSignatures();
    void fill();
    void updateButtons();

    QString m_file;
    QByteArray m_data;
    package::VerifyReport m_report;
    Tone m_tone = Tone::Bad;
    QLabel *m_verdict;
    QLabel *m_summary;
    QTableWidget *m_members;
    QTableWidget *m_signatures;
    QPushButton *m_trust;
    QPushButton *m_openReport;
    QDialogButtonBox *m_buttons;
    std::unique_ptr<QTemporaryDir> m_temporary;
};

} // namespace gd
