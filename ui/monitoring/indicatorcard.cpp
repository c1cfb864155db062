// SPDX-License-Identifier: GPL-3.0-or-later
#include "indicatorcard.h"
#include "common/palette.h"
#include "domain/monitoringrecords.h"

#include <algorithm>

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QVBoxLayout>

namespace gd {

namespace {

/**
 * The figures a card lists under an indicator: every level of a breakdown by incident
 * severity (the chart beside it shows each, 特别重大 included), then the other figures up to
 * three in all.
 */
QList<monitoring::IndicatorFigure> cardFigures(const monitoring::Indicator &indicator)
{
    qsizetype levels = 0;
    for (const monitoring::IndicatorFigure &f : indicator.figures) {
        if (monitoring::kIncidentSeverities.contains(f.key))
            ++levels;
    }
    QList<monitoring::IndicatorFigure> shown;
    for (const monitoring::IndicatorFigure &f : indicator.figures) {
        if (monitoring::kIncidentSeverities.contains(f.key) || shown.size() < 3 - levels)
            shown << f;
    }
    return shown;
}

} // namespace

Sparkline::Sparkline(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void Sparkline::setValues(const QList<double> &values, const QString &caption)
{
    m_values = values;
    m_caption = caption;
    setToolTip(caption);
    update();
}

QSize Sparkline::sizeHint() const
{
    return {120, fontMetrics().height() * 2};
}

void Sparkline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(3, 3, -3, -3);
    const QColor line = palette::kSeries[0];
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.drawLine(area.bottomLeft(), area.bottomRight());
    if (m_values.size() < 2)
        return;
    const auto [lo, hi] = std::minmax_element(m_values.cbegin(), m_values.cend());
    const double minimum = std::min(0.0, *lo);
    const double span = std::max(*hi - minimum, 1e-9);
    QPainterPath path;
    QPointF last;
    for (int i = 0; i < m_values.size(); ++i) {
        const double x = area.left() + area.width() * i / (m_values.size() - 1);
        const double y = area.bottom() - area.height() * (m_values.at(i) - minimum) / span;
        last = QPointF(x, y);
        if (i == 0)
            path.moveTo(last);
        else
            path.lineTo(last);
    }
    QPainterPath fill = path;
    fill.lineTo(area.right(), area.bottom());
    fill.lineTo(area.left(), area.bottom());
    fill.closeSubpath();
    QColor shade = line;
    shade.setAlpha(40);
    painter.fillPath(fill, shade);
    painter.setPen(QPen(line, 1.6));
    painter.drawPath(path);
    painter.setBrush(line);
    painter.drawEllipse(last, 2.5, 2.5);
}

namespace {

/**
 * The narrowest a wrapped label of @p text may be: its widest word whole, where a Chinese run
 * (which may break between any two characters) counts up to four characters.
 */
int unbrokenWidth(const QFontMetrics &metrics, const QString &text)
{
    const int chineseWord = metrics.horizontalAdvance(QStringLiteral("产品服务"));
    int widest = 0;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        const bool chinese = std::any_of(word.cbegin(), word.cend(),
                                         [](QChar c) { return c.script() == QChar::Script_Han; });
        const int width = metrics.horizontalAdvance(word);
        widest = std::max(widest, chinese ? std::min(width, chineseWord) : width);
    }
    return widest + 2;
}

} // namespace

IndicatorCard::IndicatorCard(monitoring::Dimension dimension, QWidget *parent)
    : QFrame(parent)
    , m_dimension(dimension)
    , m_title(new QLabel(monitoring::dimensionLabel(dimension), this))
    , m_trend(new Sparkline(this))
    , m_trendCaption(new QLabel(this))
    , m_body(new QWidget(this))
    , m_grid(new QGridLayout(m_body))
{
    setObjectName(QStringLiteral("card_") + monitoring::dimensionCode(dimension));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, pal.color(QPalette::Base));
    setPalette(pal);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(4);
    auto *header = new QHBoxLayout;
    m_title->setObjectName(QStringLiteral("cardTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    // Titles and names wrap rather than widen the four cards past a 1280 px screen (English),
    // between words only: a Chinese title is one ("授权程序", not "授权程" over "序").
    m_title->setWordWrap(true);
    m_title->setMinimumWidth(unbrokenWidth(QFontMetrics(titleFont), m_title->text()));
    header->addWidget(m_title);
    header->addStretch(1);
    auto *trendBox = new QVBoxLayout;
    trendBox->setSpacing(0);
    m_trend->setObjectName(QStringLiteral("sparkline_") + monitoring::dimensionCode(dimension));
    m_trend->setMinimumWidth(90);
    m_trend->setMaximumWidth(160);
    trendBox->addWidget(m_trend);
    m_trendCaption->setObjectName(QStringLiteral("trendCaption"));
    QFont small = m_trendCaption->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_trendCaption->setFont(small);
    m_trendCaption->setAlignment(Qt::AlignRight);
    m_trendCaption->setStyleSheet(palette::textStyle(palette::kCaption));
    trendBox->addWidget(m_trendCaption);
    header->addLayout(trendBox);
    layout->addLayout(header);

    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(8);
    m_grid->setVerticalSpacing(0);
    layout->addWidget(m_body);
    layout->addStretch(1);
}

void IndicatorCard::setTrend(const QList<double> &values, const QString &caption)
{
    m_trend->setValues(values, caption);
    m_trendCaption->setText(caption);
}

void IndicatorCard::setIndicators(const QList<monitoring::Indicator> &indicators)
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_buttons.clear();
    QFont valueFont = font();
    valueFont.setBold(true);
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.5);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    int row = 0;
    for (const monitoring::Indicator &indicator : indicators) {
        auto *name = new QLabel(indicator.label, m_body);
        name->setToolTip(indicator.definition);
        name->setWordWrap(true);
        // Wrap long English names at their words ("Economic" was cut beside a wide figure),
        // but never break a four-character Chinese name such as 产品服务 into 产品服 / 务.
        name->setMinimumWidth(unbrokenWidth(QFontMetrics(name->font()), indicator.label));
        // Only aligned vertically: the name takes the column's width and wraps only where it
        // must (a horizontally aligned label kept its narrow hint and cut "Data scale", #18).
        m_grid->addWidget(name, row, 0, Qt::AlignVCenter);

        auto *value = new QPushButton(indicator.text, m_body);
        value->setObjectName(QStringLiteral("figure_") + indicator.id);
        value->setFlat(true);
        value->setFont(valueFont);
        value->setCursor(Qt::PointingHandCursor);
        value->setStyleSheet(QStringLiteral("QPushButton { color: %1; border: none; "
                                            "padding: 0px 2px; text-align: right; }"
                                            "QPushButton:hover { text-decoration: underline; }")
                                 .arg(palette::kLink.name()));
        QStringList ids = indicator.applicationIds;
        ids.removeAll(QString());
        value->setToolTip(
            indicator.definition + QStringLiteral("\n\n") +
            tr("Click to list the %Ln case(s) behind this figure.", nullptr, int(ids.size())));
        value->setEnabled(!ids.isEmpty());
        const QString id = indicator.id;
        connect(value, &QPushButton::clicked, this, [this, id] { emit drillDown(id); });
        m_grid->addWidget(value, row, 1, Qt::AlignRight | Qt::AlignVCenter);
        m_buttons << value;
        ++row;

        QStringList figures;
        for (const monitoring::IndicatorFigure &f : cardFigures(indicator))
            figures << tr("%1 %2").arg(f.label, f.text);
        auto *details = new QLabel(figures.join(QStringLiteral(" · ")), m_body);
        details->setObjectName(QStringLiteral("figures_") + indicator.id);
        details->setFont(small);
        details->setStyleSheet(palette::textStyle(palette::kQuiet));
        details->setWordWrap(true);
        m_grid->addWidget(details, row, 0, 1, 2);
        ++row;
        m_grid->setRowMinimumHeight(row, 4);
        ++row;
    }
    m_grid->setColumnStretch(0, 1);
}

QPushButton *IndicatorCard::figureButton(const QString &indicatorId) const
{
    for (QPushButton *button : m_buttons)
        if (button->objectName() == QStringLiteral("figure_") + indicatorId)
            return button;
    return nullptr;
}

} // namespace gd
