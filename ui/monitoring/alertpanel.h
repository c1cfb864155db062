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
    /**
     * The most alerts the list shows at once, the most severe first: each row is measured
     * for its wrapped subject, and 439,243 rows (1,000,000 applications) held the UI thread
     * for minutes. A line under the list says how many others the filters would show.
     */
    static constexpr int kListed = 1000;

    explicit AlertPanel(std::shared_ptr<Desk> desk, QWidget *parent = nullptr);

    void setAlerts(const QList<monitoring::Alert> &alerts);
    /**
     * Whether the alerts are being computed. Before the first ones arrive the panel says so,
     * not "0 alerts" (at a million applications the first take a minute or more); later ones
     * are marked as being updated while the list keeps the last.
     */
    void setComputing(bool computing);
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
    void updateTitle();
    void fitRows();
    void updateDetail();

    std::shared_ptr<Desk> m_desk;
    QList<monitoring::Alert> m_alerts;
    bool m_computed = false;  // setAlerts() was called once
    bool m_computing = false; // setComputing()
    QLabel *m_title;
    QComboBox *m_code;
    QComboBox *m_severity;
    QTreeWidget *m_list;
    QLabel *m_notListed; // how many alerts the filters let through beyond kListed
    QLabel *m_detail;
    QPushButton *m_ack;
    QPushButton *m_open;
};

} // namespace gd
