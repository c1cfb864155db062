// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include "pricing/rulelibrary.h"

class QListWidget;
class QTableWidget;

namespace gd {

/**
 * Settings → fee rule files: the built-in and imported rule files GrantDesk prices with,
 * and Import…, which validates a file first and shows each error with its JSON path.
 */
class RuleFilesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleFilesDialog)

public:
    explicit RuleFilesDialog(QWidget *parent = nullptr);
    ~RuleFilesDialog() override;

    /** Imports @p path (the Import… button asks for it); false when refused. */
    bool importFile(const QString &path);

private:
    void refresh();

    RuleLibrary m_library;
    QTableWidget *m_files;
    QListWidget *m_errors;
};

} // namespace gd
