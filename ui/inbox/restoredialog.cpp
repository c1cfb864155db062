// SPDX-License-Identifier: GPL-3.0-or-later
#include "restoredialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "common/filedialogs.h"
#include "core/identitytext.h"
#include "services/deskmaintenance.h"
#include "common/palette.h"
#include "core/i18n.h"

namespace gd {
namespace {

enum Column
{
    FileColumn,
    MadeColumn,
    SizeColumn,
    KindColumn,
    CheckColumn,
    ColumnCount
};

} // namespace

// Over 80 lines on purpose: the static layout of the dialog in reading order (intro, table,
// detail, buttons), with nothing to share between its parts.
RestoreDialog::RestoreDialog(const QString &database, QWidget *parent)
    : QDialog(parent)
    , m_database(QFileInfo(database).absoluteFilePath())
    , m_intro(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_detail(new QLabel(this))
    , m_restore(new QPushButton(tr("&Restore"), this))
    , m_other(new QPushButton(tr("&Other File…"), this))
{
    setObjectName(QStringLiteral("restoreDialog"));
    setWindowTitle(tr("Restore from Backup"));
    const QString name = QFileInfo(m_database).fileName();
    m_intro->setObjectName(QStringLiteral("restoreIntro"));
    m_intro->setWordWrap(true);
    m_intro->setText(
        tr("Backups of %1 in %2. Restoring moves the database file aside as "
           "%1.damaged-DATE (it is kept, never deleted), puts a copy of the chosen backup in "
           "its place, readable by you only, and opens it again. What was recorded after the "
           "backup was made is not in it.")
            .arg(name, QDir::toNativeSeparators(QFileInfo(m_database).absolutePath())));

    m_table->setObjectName(QStringLiteral("backupTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("File"), tr("Made"), tr("Size"), tr("Kind"), tr("Check")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RestoreDialog::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] {
        if (m_restore->isEnabled())
            confirm();
    });

    m_detail->setObjectName(QStringLiteral("backupDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_other->setObjectName(QStringLiteral("otherBackupButton"));
    m_other->setToolTip(tr("Add a backup kept elsewhere (a copy on another disk, say)"));
    buttons->addButton(m_restore, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_other, QDialogButtonBox::ActionRole);
    m_restore->setDefault(true);
    connect(m_restore, &QPushButton::clicked, this, &RestoreDialog::confirm);
    connect(m_other, &QPushButton::clicked, this, [this] {
        const QString file = FileDialogs::openFileName(
            this, tr("Choose a backup"), tr("Backups (*.bak *.sqlite);;All files (*)"));
        if (!file.isEmpty())
            addBackup(file);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_detail);
    layout->addWidget(buttons);

    m_backups = DeskMaintenance::backups(m_database);
    fill();
    const QFontMetrics fm = fontMetrics();
    m_table->setColumnWidth(FileColumn,
                            fm.horizontalAdvance(name + QStringLiteral(".v6.bak")) + 40);
    m_table->setColumnWidth(MadeColumn,
                            fm.horizontalAdvance(QStringLiteral("2026-12-04 07:30")) + 24);
    m_table->setColumnWidth(SizeColumn, fm.horizontalAdvance(QStringLiteral("999.9 MiB")) + 24);
    m_table->setColumnWidth(
        KindColumn, fm.horizontalAdvance(tr("Before the upgrade from schema %1").arg(6)) + 24);
    resize(std::max(760, fm.horizontalAdvance(QLatin1Char('M')) * 80), 420);
    for (int row = 0; row < m_backups.size(); ++row) {
        if (m_backups.at(row).sound()) {
            m_table->selectRow(row);
            break;
        }
    }
    updateButtons();
}

void RestoreDialog::fill()
{
    m_table->setRowCount(int(m_backups.size()));
    const QLocale locale;
    for (int row = 0; row < m_backups.size(); ++row) {
        const backups::Backup &backup = m_backups.at(row);
        auto set = [&](int column, const QString &text, const QString &tip = {}) {
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(tip.isEmpty() ? text : tip);
            if (!backup.sound())
                item->setForeground(palette::kBad);
            m_table->setItem(row, column, item);
        };
        set(FileColumn, identitytext::displaySafe(QFileInfo(backup.path).fileName()),
            QDir::toNativeSeparators(backup.path));
        set(MadeColumn, backup.modified.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        set(SizeColumn, i18n::fileSize(backup.size, locale));
        set(KindColumn,
            backup.madeBeforeUpgradeFrom > 0
                ? tr("Before the upgrade from schema %1").arg(backup.madeBeforeUpgradeFrom)
                : tr("Other backup"));
        set(CheckColumn,
            backup.sound()
                ? tr("✓ passes the check (schema %1)").arg(backup.schemaVersion)
                : tr("✗ fails the check: %n problem(s)", nullptr, int(backup.problems.size())),
            backup.problems.join(QLatin1Char('\n')));
    }
    if (m_backups.isEmpty())
        m_detail->setText(tr("There is no backup beside %1. A backup is made before each "
                             "upgrade of the database; one kept elsewhere can be added with "
                             "Other File…")
                              .arg(QFileInfo(m_database).fileName()));
}

void RestoreDialog::updateButtons()
{
    const int row = m_table->currentRow();
    const bool selected = !m_table->selectedItems().isEmpty() && row >= 0 && row < m_backups.size();
    const backups::Backup *backup = selected ? &m_backups.at(row) : nullptr;
    m_restore->setEnabled(backup && backup->sound());
    if (!backup) {
        if (!m_backups.isEmpty())
            m_detail->setText(tr("Choose the backup to restore."));
        return;
    }
    if (backup->sound())
        m_detail->setText(tr("%1 passes the check: SQLite's quick check and the schema of a "
                             "GrantDesk database at schema %2.")
                              .arg(QFileInfo(backup->path).fileName())
                              .arg(backup->schemaVersion));
    else
        m_detail->setText(tr("%1 fails the check and cannot be restored: %2")
                              .arg(QFileInfo(backup->path).fileName(),
                                   backup->problems.mid(0, 3).join(QStringLiteral("; "))));
    m_restore->setToolTip(backup->sound() ? QString() : m_detail->text());
}

bool RestoreDialog::select(const QString &file)
{
    const QString wanted = QFileInfo(file).absoluteFilePath();
    for (int row = 0; row < m_backups.size(); ++row) {
        if (m_backups.at(row).path == wanted) {
            m_table->selectRow(row);
            updateButtons();
            return true;
        }
    }
    return false;
}

void RestoreDialog::addBackup(const QString &file)
{
    if (!select(file)) {
        m_backups.prepend(DeskMaintenance::inspectBackup(file));
        fill();
        select(file);
    }
}

QString RestoreDialog::chosenBackup() const
{
    const int row = m_table->currentRow();
    if (result() != QDialog::Accepted || row < 0 || row >= m_backups.size())
        return {};
    return m_backups.at(row).path;
}

void RestoreDialog::confirm()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_backups.size() || !m_backups.at(row).sound())
        return;
    accept();
}

} // namespace gd
