// SPDX-License-Identifier: GPL-3.0-or-later
#include "rulefilesdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "common/filedialogs.h"
#include "common/palette.h"

namespace gd {

RuleFilesDialog::RuleFilesDialog(QWidget *parent)
    : QDialog(parent)
    , m_files(new QTableWidget(0, 6, this))
    , m_errors(new QListWidget(this))
{
    setObjectName(QStringLiteral("ruleFilesDialog"));
    setWindowTitle(tr("Fee Rule Files"));
    m_files->setObjectName(QStringLiteral("ruleFilesTable"));
    m_files->setHorizontalHeaderLabels(
        {tr("Version"), tr("Region"), tr("Effective"), tr("Products"), tr("Source"), tr("File")});
    m_files->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_files->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_files->verticalHeader()->hide();
    m_files->horizontalHeader()->setStretchLastSection(true);
    m_errors->setObjectName(QStringLiteral("ruleFileErrors"));
    m_errors->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *import = buttons->addButton(tr("&Import…"), QDialogButtonBox::ActionRole);
    import->setObjectName(QStringLiteral("importRuleFile"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(import, &QPushButton::clicked, this, [this] {
        const QString path = FileDialogs::openFileName(
            this, tr("Import Fee Rule File"), tr("Fee rule files (*.json);;All files (*)"));
        if (!path.isEmpty())
            importFile(path);
    });

    auto *hint = new QLabel(tr("Rule files in the format grantdesk.fee-rules/1. A file is "
                               "checked before it is imported; a file with any error is "
                               "refused."),
                            this);
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_files, 2);
    layout->addWidget(new QLabel(tr("Problems"), this));
    layout->addWidget(m_errors, 1);
    layout->addWidget(buttons);
    resize(880, 480);
    refresh();
}

RuleFilesDialog::~RuleFilesDialog() = default;

void RuleFilesDialog::refresh()
{
    const QList<RuleFileEntry> entries = m_library.entries();
    m_files->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const RuleFileEntry &e = entries.at(row);
        const QStringList texts{
            e.rules.version,
            e.rules.region,
            QStringLiteral("%1 – %2").arg(e.rules.effectiveFrom.toString(Qt::ISODate),
                                          e.rules.effectiveTo.toString(Qt::ISODate)),
            e.rules.productIds().join(QStringLiteral(", ")),
            e.builtIn ? tr("built in") : tr("imported"),
            e.fileName};
        for (int c = 0; c < texts.size(); ++c)
            m_files->setItem(row, c, new QTableWidgetItem(texts.at(c)));
    }
    m_files->resizeColumnsToContents();
    for (const Error &error : m_library.loadErrors()) {
        auto *item = new QListWidgetItem(error.toString());
        item->setForeground(palette::kBad);
        m_errors->addItem(item);
    }
}

bool RuleFilesDialog::importFile(const QString &path)
{
    m_errors->clear();
    const RuleImportOutcome outcome = m_library.importFile(path);
    if (!outcome.entry) {
        auto *head = new QListWidgetItem(tr("Not imported: %1").arg(path));
        head->setForeground(palette::kBad);
        m_errors->addItem(head);
        for (const Error &error : outcome.errors) {
            auto *item = new QListWidgetItem(QStringLiteral("  ") + error.toString());
            item->setForeground(palette::kBad);
            m_errors->addItem(item);
        }
        return false;
    }
    auto *done = new QListWidgetItem(
        QStringLiteral("✓ ") +
        tr("Imported %1 (%2).").arg(outcome.entry->fileName, outcome.entry->rules.displayName()));
    done->setForeground(palette::kOk);
    m_errors->addItem(done);
    refresh();
    return true;
}

} // namespace gd
