// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QList>
#include <QString>
#include <QWidget>

#include "monitoring/indicators.h"

class QGridLayout;
class QLabel;
class QPushButton;

namespace gd {

/** A small trend line without axes (the last value marked). */
class Sparkline final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Sparkline)

public:
    explicit Sparkline(QWidget *parent = nullptr);
    void setValues(const QList<double> &values, const QString &caption);
    QList<double> values() const { return m_values; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<double> m_values;
    QString m_caption;
};

/**
 * One dimension of docs/domain.md §7 on the dashboard: its indicators' headline figures (each a
 * button that drills down to the cases behind it), their secondary figures, and a trend.
 */
class IndicatorCard final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IndicatorCard)

public:
    IndicatorCard(monitoring::Dimension dimension, QWidget *parent = nullptr);

    monitoring::Dimension dimension() const { return m_dimension; }
    void setIndicators(const QList<monitoring::Indicator> &indicators);
    void setTrend(const QList<double> &values, const QString &caption);
    /** The button showing @p indicatorId's main value, or nullptr. */
    QPushButton *figureButton(const QString &indicatorId) const;

signals:
    /** The officer clicked the figure of @p indicatorId. */
    void drillDown(const QString &indicatorId);

private:
    monitoring::Dimension m_dimension;
    QLabel *m_title;
    Sparkline *m_trend;
    QLabel *m_trendCaption;
    QWidget *m_body;
    QGridLayout *m_grid;
    QList<QPushButton *> m_buttons;
};

} // namespace gd
