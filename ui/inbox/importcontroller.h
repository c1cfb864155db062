// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QObject>
#include <QPointer>
#include <QStringList>

#include "importer/importer.h"

class QWidget;

namespace gd {

class Desk;
class ImportResultDialog;

/**
 * Runs the File → Import commands: asks for files (through FileDialogs), imports them
 * with a cancellable progress dialog and shows what happened without blocking.
 */
class ImportController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportController)

public:
    ImportController(std::shared_ptr<Desk> desk, QWidget *window);
    ~ImportController() override;

    void importApplicationFiles();
    void importApplicationFolder();
    void importRegister();

    /** Imports @p paths (files and folders) with progress, then shows the report. */
    ImportReport importPaths(const QStringList &paths);
    /** Imports one resource register file and shows the summary or its errors. */
    bool importRegisterFile(const QString &path);

    /** The dialog showing the last result, while it is open (for tests). */
    ImportResultDialog *resultDialog() const;

signals:
    /** Something was written: the inbox and the detail pane should reload. */
    void imported();

private:
    /** On a database open read-only: says so and returns true (nothing is imported). */
    bool refusedReadOnly();
    void showResult(const QString &title, const QString &summary, const QString &details);

    std::shared_ptr<Desk> m_desk;
    QWidget *m_window;
    QPointer<ImportResultDialog> m_resultDialog;
};

} // namespace gd
