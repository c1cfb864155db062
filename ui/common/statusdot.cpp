// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusdot.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace gd {

QIcon statusDot(const QColor &colour)
{
    static QHash<QRgb, QIcon> cache;
    if (const auto it = cache.constFind(colour.rgba()); it != cache.cend())
        return *it;
    QIcon icon;
    for (const int size : {10, 12, 16, 20, 24, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        const qreal margin = size * 0.2;
        painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
        painter.end();
        icon.addPixmap(pixmap);
    }
    cache.insert(colour.rgba(), icon);
    return icon;
}

void StatusDotDelegate::initStyleOption(QStyleOptionViewItem *option,
                                        const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant decoration = index.data(Qt::DecorationRole);
    if (decoration.userType() == QMetaType::QColor) {
        option->icon = statusDot(decoration.value<QColor>());
        const int side = option->fontMetrics.height() * 2 / 3;
        option->decorationSize = QSize(side, side);
    }
}

} // namespace gd
