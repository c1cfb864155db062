// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertpanel.h"

#include <algorithm>

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "core/identitytext.h"
#include "common/statusdot.h"
#include "monitoring/acknowledgedialog.h"
#include "services/desk.h"
#include "common/palette.h"
#include "common/statuscolours.h"

namespace gd {
namespace {

enum Column
{
    SeverityColumn,
    AlertColumn,
    SubjectColumn,
    ColumnCount
};

QString subjectText(const monitoring::Alert &alert)
{
    return alert.subject.label.isEmpty() ? alert.subject.id : alert.subject.label;
}

/** The subject as the list shows it: a code ("GD-440100-2026-000777") may break after a hyphen
 * (a zero-width space there) when the column is narrower than it. */
QString listedSubject(const monitoring::Alert &alert)
{
    QString text = subjectText(alert);
    text.replace(QLatin1Char('-'), QStringLiteral("-\u200B"));
    return text;
}

} // namespace

AlertPanel::AlertPanel(std::shared_ptr<Desk> desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(std::move(desk))
    , m_title(new QLabel(this))
    , m_code(new QComboBox(this))
    , m_severity(new QComboBox(this))
    , m_list(new QTreeWidget(this))
    , m_notListed(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_ack(new QPushButton(tr("&Acknowledge…"), this))
    , m_open(new QPushButton(tr("&Open Subject"), this))
{
    setObjectName(QStringLiteral("alertPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_title->setObjectName(QStringLiteral("alertTitle"));
    m_title->setStyleSheet(QStringLiteral("font-weight: bold; font-size: 11pt"));
    layout->addWidget(m_title);

    auto *filters = new QHBoxLayout;
    m_code->setObjectName(QStringLiteral("alertCodeFilter"));
    m_code->addItem(tr("All alerts"), QString());
    for (const QString &code : monitoring::alertcode::all())
        m_code->addItem(monitoring::alertcode::label(code), code);
    m_code->setToolTip(tr("Show only alerts of this kind"));
    m_severity->setObjectName(QStringLiteral("alertSeverityFilter"));
    m_severity->addItem(tr("All severities"), QString());
    for (auto severity : {monitoring::AlertSeverity::Critical, monitoring::AlertSeverity::Warning,
                          monitoring::AlertSeverity::Info}) {
        m_severity->addItem(statusDot(statuscolours::severity(severity)),
                            monitoring::severityLabel(severity),
                            monitoring::severityCode(severity));
    }
    m_severity->setToolTip(tr("Show only alerts of this severity"));
    filters->addWidget(m_code, 3);
    filters->addWidget(m_severity, 2);
    layout->addLayout(filters);
    connect(m_code, &QComboBox::currentIndexChanged, this, &AlertPanel::rebuild);
    connect(m_severity, &QComboBox::currentIndexChanged, this, &AlertPanel::rebuild);

    m_list->setObjectName(QStringLiteral("alertList"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Severity"), tr("Alert"), tr("Subject")});
    m_list->setRootIsDecorated(false);
    // The subject (a scenario's name, a resource code) is what the officer looks for: it wraps
    // onto a second line rather than ending in "…" in a narrow panel.
    m_list->setUniformRowHeights(false);
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(SeverityColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(AlertColumn, QHeaderView::Interactive);
    m_list->setColumnWidth(AlertColumn, fontMetrics().horizontalAdvance(QString(8, QChar(0x4e00))));
    layout->addWidget(m_list, 1);
    m_notListed->setObjectName(QStringLiteral("alertsNotListed"));
    m_notListed->setWordWrap(true);
    m_notListed->setStyleSheet(palette::textStyle(palette::kCaption));
    m_notListed->hide();
    layout->addWidget(m_notListed);
    // Measured again when a column or the list changes width (a scroll bar coming or going
    // narrows the stretched subject column without a sectionResized()).
    connect(m_list->header(), &QHeaderView::sectionResized, this, &AlertPanel::fitRows,
            Qt::QueuedConnection);
    m_list->viewport()->installEventFilter(this);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &AlertPanel::updateDetail);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { openCurrent(); });

    m_detail->setObjectName(QStringLiteral("alertDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detail->setMinimumHeight(fontMetrics().height() * 5);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_detail);

    auto *buttons = new QHBoxLayout;
    m_ack->setObjectName(QStringLiteral("acknowledgeButton"));
    m_ack->setToolTip(tr("Record a note that this alert was seen and dealt with"));
    m_open->setObjectName(QStringLiteral("openSubjectButton"));
    m_open->setToolTip(tr("Show the cases this alert is about in the inbox (Enter)"));
    buttons->addWidget(m_ack);
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    layout->addLayout(buttons);
    connect(m_ack, &QPushButton::clicked, this, &AlertPanel::acknowledgeCurrent);
    connect(m_open, &QPushButton::clicked, this, &AlertPanel::openCurrent);
    rebuild();
}

void AlertPanel::setComputing(bool computing)
{
    if (computing == m_computing)
        return;
    m_computing = computing;
    updateTitle(); // the list and its selection stay
    updateDetail();
}

void AlertPanel::updateTitle()
{
    const QString all = QLocale().toString(m_alerts.size());
    const QString notAcknowledged = QLocale().toString(monitoring::notAcknowledged(m_alerts));
    if (!m_computed)
        m_title->setText(tr("Alerts: being computed…"));
    else if (m_computing)
        m_title->setText(
            tr("Alerts: %1, %2 not acknowledged · updating…").arg(all, notAcknowledged));
    else
        m_title->setText(tr("Alerts: %1, %2 not acknowledged").arg(all, notAcknowledged));
}

void AlertPanel::setAlerts(const QList<monitoring::Alert> &alerts)
{
    const monitoring::Alert *current = currentAlert();
    const QString key = current ? current->key : QString();
    m_alerts = alerts;
    m_computed = true;
    rebuild();
    if (!key.isEmpty())
        selectAlert(key);
}

QList<monitoring::Alert> AlertPanel::shownAlerts() const
{
    const QString code = m_code->currentData().toString();
    const QString severity = m_severity->currentData().toString();
    QList<monitoring::Alert> shown;
    for (const monitoring::Alert &alert : m_alerts) {
        if ((code.isEmpty() || alert.code == code) &&
            (severity.isEmpty() || monitoring::severityCode(alert.severity) == severity))
            shown.append(alert);
    }
    return shown;
}

void AlertPanel::rebuild()
{
    m_list->clear();
    const QList<monitoring::Alert> shown = shownAlerts();
    updateTitle();
    const qsizetype listed = std::min<qsizetype>(shown.size(), kListed);
    m_notListed->setVisible(listed < shown.size());
    if (listed < shown.size())
        m_notListed->setText(
            tr("The %1 most severe of %2 are listed: choose a kind or a severity to list others.")
                .arg(QLocale().toString(listed), QLocale().toString(shown.size())));
    QList<QTreeWidgetItem *> items;
    items.reserve(listed);
    for (const monitoring::Alert &alert : shown.first(listed)) {
        auto *item = new QTreeWidgetItem;
        items << item;
        item->setData(0, Qt::UserRole, alert.key);
        item->setIcon(SeverityColumn, statusDot(statuscolours::severity(alert.severity)));
        item->setText(SeverityColumn, monitoring::severityLabel(alert.severity));
        item->setText(AlertColumn, monitoring::alertcode::label(alert.code) +
                                       (alert.acknowledged() ? QStringLiteral(" ✓") : QString()));
        item->setText(SubjectColumn, listedSubject(alert));
        item->setToolTip(AlertColumn, alert.reason);
        item->setToolTip(SubjectColumn, alert.reason);
        if (alert.acknowledged()) {
            // Shown, never hidden: acknowledged alerts are greyed, with the note in the detail.
            for (int c = 0; c < ColumnCount; ++c)
                item->setForeground(c, palette().color(QPalette::Disabled, QPalette::Text));
        }
    }
    m_list->addTopLevelItems(items); // one insertion, one layout
    fitRows();
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateDetail();
}

/**
 * Row heights for the texts wrapped in their columns' widths: a tree view measures its rows on
 * one line, and would show only the first line of a wrapped subject.
 */
void AlertPanel::fitRows()
{
    const QFontMetrics metrics(m_list->font());
    const int margin =
        m_list->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_list) + 1;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        int height = metrics.height();
        int width = 1;
        for (int column : {AlertColumn, SubjectColumn}) {
            // The subject column stretches to the viewport's edge, whatever the header says yet.
            const int shown = column == SubjectColumn
                                  ? m_list->viewport()->width() -
                                        m_list->header()->sectionViewportPosition(column)
                                  : m_list->columnWidth(column);
            const int room =
                std::max(1, std::min(shown, m_list->columnWidth(column)) - 2 * margin - 4);
            const QRect needed = metrics.boundingRect(QRect(0, 0, room, 100000), Qt::TextWordWrap,
                                                      item->text(column));
            height = std::max(height, needed.height());
            width = std::max(1, needed.width()); // a size hint needs both: the subject's
        }
        const QSize hint(width, height + 4);
        if (item->sizeHint(SubjectColumn) != hint)
            item->setSizeHint(SubjectColumn, hint);
    }
}

bool AlertPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list->viewport() && event->type() == QEvent::Resize)
        QMetaObject::invokeMethod(this, &AlertPanel::fitRows, Qt::QueuedConnection);
    return QWidget::eventFilter(watched, event);
}

bool AlertPanel::selectAlert(const QString &key)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(0, Qt::UserRole).toString() == key) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            return true;
        }
    }
    return false;
}

const monitoring::Alert *AlertPanel::currentAlert() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return nullptr;
    const QString key = item->data(0, Qt::UserRole).toString();
    for (const monitoring::Alert &alert : m_alerts)
        if (alert.key == key)
            return &alert;
    return nullptr;
}

void AlertPanel::updateDetail()
{
    const monitoring::Alert *alert = currentAlert();
    // On a database open read-only the alert is shown but cannot be acknowledged.
    m_ack->setEnabled(alert != nullptr && !m_desk->isReadOnly());
    if (m_desk->isReadOnly())
        m_ack->setToolTip(Desk::readOnlyRefusal());
    m_open->setEnabled(alert != nullptr);
    if (!alert) {
        if (!m_computed)
            m_detail->setText(m_computing ? tr("The alerts are being computed.") : QString());
        else
            m_detail->setText(m_alerts.isEmpty() ? tr("No alerts for these cases.")
                                                 : tr("No alert of this kind."));
        return;
    }
    QString html = QStringLiteral("<b>%1</b> · %2<br/>%3")
                       .arg(monitoring::alertcode::label(alert->code).toHtmlEscaped(),
                            identitytext::displaySafe(subjectText(*alert)).toHtmlEscaped(),
                            identitytext::displaySafe(alert->reason).toHtmlEscaped());
    if (alert->acknowledgement)
        html += QStringLiteral("<br/><span style=\"color:%1\">%2</span>")
                    .arg(palette::kSettled.name(),
                         tr("Acknowledged by %1 on %2: %3")
                             .arg(identitytext::displaySafe(alert->acknowledgement->actor),
                                  alert->acknowledgement->at.toLocalTime().toString(
                                      QStringLiteral("yyyy-MM-dd HH:mm")),
                                  identitytext::displaySafe(alert->acknowledgement->note))
                             .toHtmlEscaped());
    m_detail->setText(html);
    m_ack->setText(alert->acknowledged() ? tr("Edit &Acknowledgement…") : tr("&Acknowledge…"));
}

void AlertPanel::acknowledgeCurrent()
{
    const monitoring::Alert *alert = currentAlert();
    if (!alert)
        return;
    if (m_desk->isReadOnly()) {
        emit notify(Desk::readOnlyRefusal());
        return;
    }
    auto *dialog = new AcknowledgeDialog(m_desk, *alert, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString key = alert->key;
    connect(dialog, &QDialog::accepted, this, [this, key] {
        emit notify(tr("Alert acknowledged."));
        emit acknowledged(key);
    });
    dialog->open();
}

void AlertPanel::openCurrent()
{
    const monitoring::Alert *alert = currentAlert();
    if (!alert)
        return;
    QStringList ids = alert->applicationIds;
    if (alert->subject.kind == QLatin1String("application") && !alert->subject.id.isEmpty())
        ids = QStringList{alert->subject.id};
    ids.removeAll(QString());
    if (ids.isEmpty()) {
        emit notify(tr("No application is linked to this alert (%1).").arg(subjectText(*alert)));
        return;
    }
    emit applicationsRequested(
        ids, tr("%1: %2").arg(monitoring::alertcode::label(alert->code), subjectText(*alert)));
}

} // namespace gd
