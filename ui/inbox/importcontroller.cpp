// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcontroller.h"

#include <atomic>

#include <QCoreApplication>
#include <QFileInfo>
#include <QProgressDialog>
#include <QWidget>

#include "common/filedialogs.h"
#include "core/log.h"
#include "importer/registerparser.h"
#include "inbox/importresultdialog.h"
#include "services/desk.h"
#include "services/importservice.h"

namespace gd {

ImportController::ImportController(std::shared_ptr<Desk> desk, QWidget *window)
    : QObject(window)
    , m_desk(std::move(desk))
    , m_window(window)
{}

ImportController::~ImportController() = default;

bool ImportController::refusedReadOnly()
{
    if (!m_desk->isReadOnly())
        return false;
    showResult(tr("Import refused"), Desk::readOnlyRefusal(),
               tr("Open the database without --read-only, from a file and folder you may write, "
                  "to import."));
    return true;
}

void ImportController::importApplicationFiles()
{
    if (refusedReadOnly())
        return;
    const QStringList files = FileDialogs::openFileNames(
        m_window, tr("Import applications"), tr("Application files (*.json);;All files (*)"));
    if (!files.isEmpty())
        importPaths(files);
}

void ImportController::importApplicationFolder()
{
    if (refusedReadOnly())
        return;
    const QString dir =
        FileDialogs::existingDirectory(m_window, tr("Import all applications in a folder"));
    if (!dir.isEmpty())
        importPaths({dir});
}

void ImportController::importRegister()
{
    if (refusedReadOnly())
        return;
    const QString file = FileDialogs::openFileName(m_window, tr("Import resource register"),
                                                   tr("Register files (*.json);;All files (*)"));
    if (!file.isEmpty())
        importRegisterFile(file);
}

ImportReport ImportController::importPaths(const QStringList &paths)
{
    if (refusedReadOnly())
        return {};
    std::atomic_bool cancel = false;
    QProgressDialog progress(tr("Looking for application files…"), tr("Cancel"), 0, 0, m_window);
    progress.setObjectName(QStringLiteral("importProgress"));
    progress.setWindowTitle(tr("Importing applications"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    connect(&progress, &QProgressDialog::canceled, this, [&cancel] { cancel = true; });

    const ImportReport report = ImportService(m_desk).importPaths(
        paths,
        [&](int done, int total, const QString &path) {
            progress.setMaximum(total);
            progress.setValue(done);
            progress.setLabelText(
                tr("Imported %1 of %2: %3").arg(done).arg(total).arg(QFileInfo(path).fileName()));
            QCoreApplication::processEvents();
            if (progress.wasCanceled())
                cancel = true;
        },
        &cancel);
    progress.close();

    const int added = report.count(FileOutcome::Kind::Added);
    const int unchanged = report.count(FileOutcome::Kind::Unchanged);
    const int refused = report.count(FileOutcome::Kind::Refused);
    const int skipped = report.count(FileOutcome::Kind::Skipped);
    log::info(QStringLiteral("import: %1 added, %2 unchanged, %3 refused, %4 skipped%5")
                  .arg(added)
                  .arg(unchanged)
                  .arg(refused)
                  .arg(skipped)
                  .arg(report.cancelled ? QStringLiteral(" (cancelled)") : QString()));

    QString summary = tr("%Ln application file(s) added", nullptr, added) + QStringLiteral(" · ") +
                      tr("%Ln unchanged", nullptr, unchanged) + QStringLiteral(" · ") +
                      tr("%Ln refused", nullptr, refused) + QStringLiteral(" · ") +
                      tr("%Ln skipped", nullptr, skipped);
    if (report.cancelled)
        summary += QLatin1Char('\n') +
                   tr("The import was cancelled; the files already imported are kept.");
    if (refused > 0)
        summary += QLatin1Char('\n') +
                   tr("A refused file changed nothing in the database. Correct it and import it "
                      "again.");

    QStringList lines;
    for (const FileOutcome &file : report.files) {
        if (file.kind != FileOutcome::Kind::Refused && file.kind != FileOutcome::Kind::Skipped)
            continue;
        for (const Error &error : file.errors) {
            lines << (file.kind == FileOutcome::Kind::Skipped
                          ? tr("%1 (skipped)").arg(error.toString())
                          : error.toString());
        }
        if (file.errors.isEmpty())
            lines << file.path;
    }
    lines << report.warnings;

    if (report.files.isEmpty())
        summary = tr("No application files were found in the selection.");
    showResult(refused > 0 ? tr("Import finished with refusals") : tr("Import finished"), summary,
               lines.join(QLatin1Char('\n')));
    if (added > 0)
        emit imported();
    return report;
}

bool ImportController::importRegisterFile(const QString &path)
{
    if (refusedReadOnly())
        return false;
    const QString label = QFileInfo(path).fileName();
    const RegisterParser::Outcome outcome = RegisterParser::parseFile(path, label);
    if (!outcome.file) {
        QStringList lines;
        for (const Error &error : outcome.errors)
            lines << error.toString();
        log::warning(QStringLiteral("register import refused: %1").arg(label));
        showResult(tr("Register file refused"),
                   tr("The register file %1 was refused; nothing was changed.").arg(label),
                   lines.join(QLatin1Char('\n')));
        return false;
    }
    const auto summary = ImportService(m_desk).importRegister(*outcome.file);
    if (!summary) {
        showResult(tr("Register import failed"),
                   tr("The register could not be stored; nothing was changed."),
                   summary.error().toString());
        return false;
    }
    showResult(tr("Register imported"),
               tr("%1 from “%2”: %3 entries added, %4 updated, %5 unchanged.")
                   .arg(label, outcome.file->source)
                   .arg(summary->added)
                   .arg(summary->updated)
                   .arg(summary->unchanged),
               {});
    emit imported();
    return true;
}

ImportResultDialog *ImportController::resultDialog() const
{
    return m_resultDialog;
}

void ImportController::showResult(const QString &title, const QString &summary,
                                  const QString &details)
{
    if (m_resultDialog)
        m_resultDialog->close();
    auto *dialog = new ImportResultDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setResult(title, summary, details);
    m_resultDialog = dialog;
    dialog->open(); // window-modal but not blocking: tests read it and close it
}

} // namespace gd
