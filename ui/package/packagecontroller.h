// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>

#include <QObject>
#include <QPointer>
#include <QString>

#include "core/result.h"
#include "package/package.h"

class QMimeData;
class QWidget;

namespace gd {

class Desk;
class VerifyDialog;

/**
 * The File menu's package actions for the main window: Export Signed Package… (the
 * reviewer signs a decided case), Countersign Package… (the approver), Verify Package…
 * and opening a .gdpkg. The passphrase is asked only to sign and wiped after use; the
 * signing goes through package::exportReview() / countersignReviewFile(), exactly as the
 * command line does. Results and errors are shown in non-modal message boxes
 * ("packageResult", "packageError") so that the window is never blocked by them.
 */
class PackageController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PackageController)

public:
    PackageController(std::shared_ptr<Desk> desk, QWidget *window);

    /**
     * Why the officer at this workstation may not export the package of @p id /
     * @p version (not decided, returned, not their review, no reviewer role), or empty.
     */
    QString exportRefusal(const QString &id, int version) const;
    /** Why this officer may not countersign now (read-only, no approver role, another
     *  officer's key); empty when they may. */
    QString countersignRefusal() const;

    /** Export Signed Package…: save dialog, passphrase, progress, then the result box. */
    Result<package::SignedPackage> exportSignedPackage(const QString &id, int version);
    /** Countersign Package…: asks for the file, then countersignFile(). */
    Result<package::SignedPackage> countersignPackage();
    /** Shows the package's verification, then asks for the passphrase and countersigns. */
    Result<package::SignedPackage> countersignFile(const QString &file);
    /** Verify Package…: asks for the file, then openPackage(). */
    VerifyDialog *verifyPackage();
    /** Shows the verification of @p file in a non-modal VerifyDialog. */
    VerifyDialog *openPackage(const QString &file);
    /** The review packages (.gdpkg, local files) among what is dragged onto a window. */
    static QStringList droppedPackages(const QMimeData *data);

    /** The last result or error box shown (tests read it). */
    QString lastMessage() const { return m_lastMessage; }

signals:
    /** A case's status moved (signed, countersigned): the inbox should refresh. */
    void caseChanged(const QString &id, int version);

private:
    bool offerCountersigning(VerifyDialog &check);
    void reportCountersigned(const QString &file, const QString &id, int version,
                             const QString &manifestSha256, bool inDatabase);
    void showResult(const QString &title, const QString &text);
    void showError(const QString &title, const QString &text);

    std::shared_ptr<Desk> m_desk;
    QWidget *m_window;
    QString m_lastMessage;
};

} // namespace gd
