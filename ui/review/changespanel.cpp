// SPDX-License-Identifier: GPL-3.0-or-later
#include "changespanel.h"

#include <algorithm>

#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/identitytext.h"
#include "domain/vocabulary.h"
#include "review/versiondifftext.h"
#include "common/palette.h"

namespace gd {
namespace {

QString shortHash(const QString &sha256)
{
    return sha256.isEmpty() ? QStringLiteral("—") : sha256.left(12) + QStringLiteral("…");
}

QLabel *sectionHeading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

void fitHeight(QListWidget *list)
{
    // Items may hold several lines (a changed resource lists its changes below it).
    int lines = 0;
    for (int i = 0; i < list->count(); ++i)
        lines += int(list->item(i)->text().count(QLatin1Char('\n'))) + 1;
    lines = std::clamp(lines, 1, 8);
    list->setFixedHeight(lines * (list->fontMetrics().lineSpacing() + 2) + 12);
}

/** As tall as its rows (at most six), whose heights follow the wrapped text. */
void fitHeight(QTableWidget *table)
{
    table->resizeRowsToContents();
    int height = table->horizontalHeader()->height() + 2 * table->frameWidth() + 2;
    for (int row = 0; row < std::min(int(table->rowCount()), 6); ++row)
        height += table->rowHeight(row);
    table->setFixedHeight(height);
}

} // namespace

ChangesPanel::ChangesPanel(const VersionDiff &diff, QWidget *parent)
    : QFrame(parent)
    , m_diff(diff)
    , m_fields(new QTableWidget(this))
    , m_resources(new QListWidget(this))
    , m_attachments(new QListWidget(this))
{
    setObjectName(QStringLiteral("changesPanel"));
    setStyleSheet(QStringLiteral("QFrame#changesPanel { background: %1; border: 1px solid "
                                 "%2; border-radius: 3px; }")
                      .arg(palette::kChangesBackground.name(), palette::kChangesBorder.name()));

    auto *title = new QLabel(tr("Changes since version %1 (returned), in version %2")
                                 .arg(diff.fromVersion)
                                 .arg(diff.toVersion),
                             this);
    title->setObjectName(QStringLiteral("changesTitle"));
    QFont font = title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    title->setFont(font);
    QPalette palette = title->palette();
    palette.setColor(QPalette::WindowText, palette::kHeading);
    title->setPalette(palette);

    fillFields();
    fillResources();
    fillAttachments();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(4);
    layout->addWidget(title);
    if (diff.isEmpty()) {
        auto *same = new QLabel(tr("No changes: the new version has the same content."), this);
        same->setObjectName(QStringLiteral("noChangesLabel"));
        layout->addWidget(same);
    }
    layout->addWidget(sectionHeading(tr("Fields (%1)").arg(diff.fields.size()), this));
    layout->addWidget(m_fields);
    layout->addWidget(sectionHeading(tr("Resources (%1)").arg(diff.resources.size()), this));
    layout->addWidget(m_resources);
    layout->addWidget(sectionHeading(tr("Attachments (%1)").arg(diff.attachments.size()), this));
    layout->addWidget(m_attachments);
    m_fields->setVisible(!diff.fields.isEmpty());
    m_resources->setVisible(!diff.resources.isEmpty());
    m_attachments->setVisible(!diff.attachments.isEmpty());
}

/** The attachments added, removed or replaced, with their hashes. */
void ChangesPanel::fillAttachments()
{
    m_attachments->setObjectName(QStringLiteral("changedAttachmentsList"));
    m_attachments->setSelectionMode(QAbstractItemView::NoSelection);
    m_attachments->setWordWrap(true);
    for (const VersionDiff::AttachmentChange &a : m_diff.attachments) {
        const QString kind = vocabulary::label("attachmentKind", a.attachmentKind);
        QString text;
        QColor colour = palette::kWarn;
        switch (a.kind) {
        case VersionDiff::AttachmentChange::Kind::Added:
            text = tr("+ added: %1 · %2 · SHA-256 %3").arg(a.name, kind, shortHash(a.newSha256));
            colour = palette::kOk;
            break;
        case VersionDiff::AttachmentChange::Kind::Removed:
            text = tr("− removed: %1 · %2 · SHA-256 %3").arg(a.name, kind, shortHash(a.oldSha256));
            colour = palette::kBad;
            break;
        case VersionDiff::AttachmentChange::Kind::Replaced:
            text = tr("~ replaced: %1 · %2 · SHA-256 %3 → %4")
                       .arg(a.name, kind, shortHash(a.oldSha256), shortHash(a.newSha256));
            break;
        }
        auto *item = new QListWidgetItem(text, m_attachments);
        item->setForeground(colour);
        item->setToolTip(QStringLiteral("%1\n%2").arg(a.oldSha256, a.newSha256).trimmed());
    }
    fitHeight(m_attachments);
}

/** The data resources added, removed or changed. */
void ChangesPanel::fillResources()
{
    m_resources->setObjectName(QStringLiteral("changedResourcesList"));
    m_resources->setSelectionMode(QAbstractItemView::NoSelection);
    m_resources->setWordWrap(true);
    for (const VersionDiff::Resource &r : m_diff.resources) {
        QString text;
        QColor colour = palette::kWarn;
        const QString name = r.registrationCode.isEmpty()
                                 ? r.name
                                 : QStringLiteral("%1 (%2)").arg(r.name, r.registrationCode);
        switch (r.kind) {
        case VersionDiff::Resource::Kind::Added:
            text = tr("+ added: %1").arg(name);
            colour = palette::kOk;
            break;
        case VersionDiff::Resource::Kind::Removed:
            text = tr("− removed: %1").arg(name);
            colour = palette::kBad;
            break;
        case VersionDiff::Resource::Kind::Changed:
            text = tr("~ changed: %1").arg(name);
            for (const VersionDiff::Field &change : r.changes) {
                text += QStringLiteral("\n    ") +
                        tr("%1: %2 → %3", "field: before → after")
                            .arg(versiondiff::fieldLabel(change.path),
                                 versiondiff::fieldValue(change.path, change.before),
                                 versiondiff::fieldValue(change.path, change.after));
            }
            break;
        }
        auto *item = new QListWidgetItem(text, m_resources);
        item->setForeground(colour);
    }
    fitHeight(m_resources);
}

/** The changed fields, before and after side by side. */
void ChangesPanel::fillFields()
{
    // Fields: before and after side by side.
    m_fields->setObjectName(QStringLiteral("changedFieldsTable"));
    m_fields->setColumnCount(3);
    m_fields->setHorizontalHeaderLabels({tr("Field"), tr("Version %1").arg(m_diff.fromVersion),
                                         tr("Version %1").arg(m_diff.toVersion)});
    m_fields->setRowCount(int(m_diff.fields.size()));
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fields->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_fields->setWordWrap(true);
    m_fields->verticalHeader()->hide();
    m_fields->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_fields->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_fields->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    for (int row = 0; row < m_diff.fields.size(); ++row) {
        const VersionDiff::Field &field = m_diff.fields.at(row);
        // The detail pane's label and formatting, never the JSON path or raw value.
        auto *path = new QTableWidgetItem(versiondiff::fieldLabel(field.path));
        auto *before = new QTableWidgetItem(
            identitytext::displaySafe(versiondiff::fieldValue(field.path, field.before)));
        auto *after = new QTableWidgetItem(
            identitytext::displaySafe(versiondiff::fieldValue(field.path, field.after)));
        before->setForeground(palette::kBad);
        after->setForeground(palette::kOk);
        before->setToolTip(field.before);
        after->setToolTip(field.after);
        m_fields->setItem(row, 0, path);
        m_fields->setItem(row, 1, before);
        m_fields->setItem(row, 2, after);
    }
    fitHeight(m_fields);
    // The stretched columns get their width only when shown: wrap again then.
    connect(
        m_fields->horizontalHeader(), &QHeaderView::sectionResized, this,
        [this] { fitHeight(m_fields); }, Qt::QueuedConnection);
}

ChangesPanel::~ChangesPanel() = default;

} // namespace gd
