// SPDX-License-Identifier: GPL-3.0-or-later
#include "stepnavigator.h"

#include <QPainter>
#include <QSignalBlocker>
#include <QStyledItemDelegate>

#include "common/palette.h"
#include "review/reviewdocument.h"
#include "review/reviewrules.h"

namespace gd {
namespace {

constexpr int kMarkColourRole = Qt::UserRole + 1;

/** Paints a step with its state mark (✓ ⚠ ○ ●) at the right edge of the row. */
class StepDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        const QString mark = index.data(StepNavigator::kMarkRole).toString();
        if (mark.isEmpty())
            return;
        painter->save();
        const bool selected = option.state & QStyle::State_Selected;
        painter->setPen(selected ? option.palette.color(QPalette::HighlightedText)
                                 : index.data(kMarkColourRole).value<QColor>());
        QFont font = option.font;
        font.setBold(true);
        painter->setFont(font);
        painter->drawText(option.rect.adjusted(0, 0, -10, 0), Qt::AlignRight | Qt::AlignVCenter,
                          mark);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(size.height() + 10);
        size.setWidth(size.width() + option.fontMetrics.horizontalAdvance(QStringLiteral("MM")));
        return size;
    }
};

} // namespace

StepNavigator::StepNavigator(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("stepNavigator"));
    setItemDelegate(new StepDelegate(this));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (int i = 0; i < kReviewStepCount; ++i) {
        new QListWidgetItem(QStringLiteral("%1  %2").arg(i + 1).arg(reviewStepLabel(ReviewStep(i))),
                            this);
    }
    // Exactly as tall as its seven rows: the history below takes the rest.
    const int rowHeight = sizeHintForRow(0);
    setFixedHeight(rowHeight * kReviewStepCount + 2 * frameWidth() + 2);
    setMinimumWidth(sizeHintForColumn(0) + 12);
    connect(this, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            emit stepChosen(ReviewStep(row));
    });
}

StepNavigator::~StepNavigator() = default;

void StepNavigator::setCurrentStep(ReviewStep step)
{
    const QSignalBlocker blocker(this);
    setCurrentRow(int(step));
}

void StepNavigator::showStates(const ReviewDocument &doc)
{
    for (int i = 0; i < kReviewStepCount; ++i) {
        const auto step = ReviewStep(i);
        const auto state = reviewrules::stepState(step, doc.state(), doc.checklist(),
                                                  doc.application(), doc.resources());
        QString mark;
        QColor colour;
        QString meaning;
        switch (state) {
        case reviewrules::StepState::Done:
            mark = QStringLiteral("✓");
            colour = palette::kOk;
            meaning = tr("Done");
            break;
        case reviewrules::StepState::Attention:
            mark = QStringLiteral("⚠");
            colour = palette::kWarn;
            meaning = tr("Needs attention");
            break;
        case reviewrules::StepState::Open:
            mark = QStringLiteral("○");
            colour = palette::kMuted;
            meaning = tr("Open");
            break;
        }
        if (step == doc.state().currentStep) {
            mark = QStringLiteral("●");
            meaning = tr("Current step (%1)").arg(meaning);
        }
        QListWidgetItem *row = item(i);
        row->setData(kMarkRole, mark);
        row->setData(kMarkColourRole, colour);
        row->setToolTip(meaning);
    }
}

} // namespace gd
