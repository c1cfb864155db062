// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>

#include "domain/backup.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace gd {

/**
 * File → Restore from Backup…: the backups beside the database file (those made before each
 * upgrade, NAME.vN.bak, and any other NAME…bak), with their dates, sizes, schema versions and
 * whether each passes a check; another backup file can be added to the list. Accepting names
 * the chosen backup; the caller closes the database and restores it (DeskMaintenance::restore),
 * since an open database cannot be replaced.
 */
class RestoreDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreDialog)

public:
    explicit RestoreDialog(const QString &database, QWidget *parent = nullptr);

    /** The backup chosen when the dialog was accepted; empty otherwise. */
    QString chosenBackup() const;
    /** The backups listed, in their rows' order. */
    const QList<backups::Backup> &listed() const { return m_backups; }
    /** Selects the row of @p file (for tests and the keyboard); false when not listed. */
    bool select(const QString &file);
    /** Adds @p file to the list, checked like the others (the "Other File…" button). */
    void addBackup(const QString &file);

private:
    void fill();
    void updateButtons();
    void confirm();

    QString m_database;
    QList<backups::Backup> m_backups;
    QLabel *m_intro;
    QTableWidget *m_table;
    QLabel *m_detail;
    QPushButton *m_restore;
    QPushButton *m_other;
};

} // namespace gd
