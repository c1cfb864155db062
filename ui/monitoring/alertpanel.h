// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QList>
#include <QWidget>

#include "monitoring/alerts.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace gd {

class Desk;

/**
 * The alert list beside the dashboard: filter by code and severity, acknowledge the selected
 * alert with a note, open its subject. Acknowledged alerts stay listed, marked.
 */
class AlertPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertPanel)

public:
    explicit AlertPanel(std::shared_ptr<Desk> desk, QWidget *parent = nullptr);

    void setAlerts(const QList<monitoring::Alert> &alerts);
    /** The alerts the filters let through, in list order. */
    QList<monitoring::Alert> shownAlerts() const;
    /** Selects the listed alert with @p key; false when it is not listed. */
    bool selectAlert(const QString &key);
    /** The selected alert, or nullptr. */
    const monitoring::Alert *currentAlert() const;

    /** Opens the acknowledge dialog for the selected alert (non-blocking). */
    void acknowledgeCurrent();
    /** Opens the subject of the selected alert. */
    void openCurrent();

signals:
    /** An alert was acknowledged: the list must be evaluated again. */
    void acknowledged(const QString &key);
    /** Show these cases in the inbox; @p label says what they are. */
    void applicationsRequested(const QStringList &ids, const QString &label);
    /** Something to tell in the status bar. */
    void notify(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void fitRows();
    void updateDetail();

    std::shared_ptr<Desk> m_desk;
    QList<monitoring::Alert> m_alerts;
    QLabel *m_title;
    QComboBox *m_code;
    QComboBox *m_severity;
    QTreeWidget *m_list;
    QLabel *m_detail;
    QPushButton *m_ack;
    QPushButton *m_open;
};

} // namespace gd
