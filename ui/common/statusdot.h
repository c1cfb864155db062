// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QIcon>
#include <QStyledItemDelegate>

namespace gd {

/** A small filled circle in @p colour, for status labels (colour always beside text). */
QIcon statusDot(const QColor &colour);

/**
 * Draws a colour the model gives as Qt::DecorationRole as a small dot instead of the
 * full-size swatch QStyledItemDelegate paints.
 */
class StatusDotDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusDotDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace gd
