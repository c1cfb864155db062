// SPDX-License-Identifier: GPL-3.0-or-later
#include "fitcheck.h"

#include <algorithm>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QChartView>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QStyleOption>
#include <QTabBar>
#include <QTableView>
#include <QTextDocument>
#include <QTextOption>
#include <QToolButton>
#include <QTreeView>

namespace gd::fitcheck {

namespace {

// Views' option initialisation is protected; a member pointer taken through a subclass reads it.
class ViewPeek : public QAbstractItemView
{
public:
    using QAbstractItemView::initViewItemOption;
};

/**
 * Item-view columns whose cells are cut to "…" on purpose. Each is allowed only where the cell's
 * tooltip holds the whole text (checked below), and says why.
 */
struct AllowedElision
{
    const char *view; // objectName of the view
    int column;
    const char *reason; // why eliding is right there
};
const AllowedElision kAllowedElisions[] = {
    {"inboxView", 3,
     "applicants' names are long; the inbox keeps one line per case so that the columns after "
     "it fit, and the tooltip and the detail pane beside show the whole name"},
    {"inboxView", 4, "scenario names likewise: whole in the tooltip and in the detail pane"},
    {"completenessTree", 2,
     "the formal check shows one line per check; the scenario description as submitted is "
     "whole in the tooltip and in the inbox's detail pane"},
    {"checklistView", 1,
     "the 18 items stay one line each so that the whole checklist is seen at once; the "
     "selected item's text is whole in the pane below, and in the tooltip"},
    {"checklistView", 3,
     "the rationale column likewise: whole in the editor below and in the tooltip"},
};

QString allowedReason(const QAbstractItemView *view, int column)
{
    for (const AllowedElision &allowed : kAllowedElisions)
        if (view->objectName() == QLatin1String(allowed.view) && column == allowed.column)
            return QString::fromUtf8(allowed.reason);
    return {};
}

QString shown(const QString &text)
{
    QString one = text.simplified();
    if (one.size() > 60)
        one = one.left(59) + QChar(0x2026);
    return QStringLiteral("“") + one + QStringLiteral("”");
}

QString name(const QWidget *widget)
{
    QString result = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        result += u' ' + widget->objectName();
    return result;
}

// The text as drawn: a single & marks a mnemonic, && is one ampersand.
QString withoutMnemonic(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text;
}

int widestLine(const QFontMetrics &metrics, const QString &text)
{
    int widest = 0;
    for (const QString &line : text.split(u'\n'))
        widest = qMax(widest, metrics.horizontalAdvance(line));
    return widest;
}

QString checkLabel(const QLabel *label)
{
    const QString text = label->text();
    if (text.isEmpty())
        return {};
    const QRect contents = label->contentsRect().adjusted(label->margin(), label->margin(),
                                                          -label->margin(), -label->margin());
    const int indent = qMax(0, label->indent());
    const int width = contents.width() - indent;
    const bool rich = label->textFormat() == Qt::RichText ||
                      (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
    if (!rich && !label->wordWrap()) {
        const QString drawn = label->buddy() ? withoutMnemonic(text) : text;
        const int needed = widestLine(label->fontMetrics(), drawn);
        if (needed > width + 1)
            return QStringLiteral("needs %1 px, has %2").arg(needed).arg(width);
        return {};
    }
    QTextDocument doc;
    doc.setDefaultFont(label->font());
    doc.setDocumentMargin(0);
    QTextOption option = doc.defaultTextOption();
    option.setWrapMode(label->wordWrap() ? QTextOption::WordWrap : QTextOption::ManualWrap);
    doc.setDefaultTextOption(option);
    if (rich)
        doc.setHtml(text);
    else
        doc.setPlainText(text);
    if (label->wordWrap())
        doc.setTextWidth(width);
    const int needed = qCeil(doc.idealWidth());
    if (needed > width + 1)
        return QStringLiteral("needs %1 px, has %2").arg(needed).arg(width);
    const int tall = qCeil(doc.size().height());
    if (label->wordWrap() && tall > contents.height() + 2)
        return QStringLiteral("needs %1 px high, has %2").arg(tall).arg(contents.height());
    return {};
}

// A tool button shows its text unless it is icon only and has an icon.
bool showsText(const QToolButton *button)
{
    return !button->text().isEmpty() &&
           (button->toolButtonStyle() != Qt::ToolButtonIconOnly || button->icon().isNull());
}

// Fusion draws an instant popup's arrow in the bottom right corner, over whatever is there.
QString checkMenuArrow(const QToolButton *button)
{
    if (button->popupMode() != QToolButton::InstantPopup || !button->menu() || !showsText(button))
        return {};
    // A style sheet that hides the indicator ("::menu-indicator { image: none; }") draws none.
    if (button->styleSheet().contains(QLatin1String("menu-indicator")))
        return {};
    QStyleOptionToolButton option;
    option.initFrom(button);
    const int arrow = button->style()->pixelMetric(QStyle::PM_MenuButtonIndicator, &option, button);
    const QFontMetrics metrics = button->fontMetrics();
    const int textRight = (button->width() + metrics.horizontalAdvance(button->text())) / 2;
    const int textBottom = (button->height() + metrics.height()) / 2;
    const int arrowLeft = button->width() - 1 + 4 - arrow;
    const int arrowTop = button->height() - arrow + 4;
    if (textRight > arrowLeft && textBottom > arrowTop)
        return QStringLiteral("the menu arrow is drawn over the text");
    return {};
}

QString checkButton(const QAbstractButton *button)
{
    if (button->text().isEmpty())
        return {};
    if (auto *tool = qobject_cast<const QToolButton *>(button)) {
        if (!showsText(tool))
            return {};
        if (QString arrow = checkMenuArrow(tool); !arrow.isEmpty())
            return arrow;
    }
    const QSize hint = button->sizeHint();
    if (hint.width() > button->width() + 1)
        return QStringLiteral("needs %1 px, has %2").arg(hint.width()).arg(button->width());
    return {};
}

QString checkCombo(const QComboBox *combo)
{
    if (combo->isEditable() || combo->currentText().isEmpty())
        return {};
    QStyleOptionComboBox option;
    option.initFrom(combo);
    option.editable = false;
    option.frame = combo->hasFrame();
    option.currentText = combo->currentText();
    option.currentIcon = combo->itemIcon(combo->currentIndex());
    option.iconSize = combo->iconSize();
    const QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                       QStyle::SC_ComboBoxEditField, combo);
    int room = field.width() - 2;
    if (!option.currentIcon.isNull())
        room -= option.iconSize.width() + 4;
    const int needed = combo->fontMetrics().horizontalAdvance(option.currentText);
    if (needed > room + 1)
        return QStringLiteral("needs %1 px, has %2").arg(needed).arg(room);
    return {};
}

QStringList checkHeader(const QHeaderView *header)
{
    QStringList cut;
    const QAbstractItemModel *model = header->model();
    if (!model || header->orientation() != Qt::Horizontal)
        return cut;
    for (int logical = 0; logical < header->count(); ++logical) {
        const int size = header->sectionSize(logical);
        if (header->isSectionHidden(logical) || size <= 0)
            continue;
        const QString text = model->headerData(logical, Qt::Horizontal).toString();
        if (text.isEmpty())
            continue;
        QStyleOptionHeader option;
        option.initFrom(header);
        option.rect = QRect(0, 0, size, header->height());
        option.text = text;
        option.section = logical;
        option.orientation = Qt::Horizontal;
        if (header->isSortIndicatorShown() && header->sortIndicatorSection() == logical)
            option.sortIndicator = header->sortIndicatorOrder() == Qt::AscendingOrder
                                       ? QStyleOptionHeader::SortDown
                                       : QStyleOptionHeader::SortUp;
        QFont font = header->font();
        if (const QVariant role = model->headerData(logical, Qt::Horizontal, Qt::FontRole);
            role.canConvert<QFont>())
            font = qvariant_cast<QFont>(role);
        const QRect label =
            header->style()->subElementRect(QStyle::SE_HeaderLabel, &option, header);
        const int needed = widestLine(QFontMetrics(font), text);
        if (needed > label.width() + 1)
            cut << QStringLiteral("column %1 %2: needs %3 px, has %4")
                       .arg(logical)
                       .arg(shown(text))
                       .arg(needed)
                       .arg(label.width());
    }
    return cut;
}

bool columnHidden(const QAbstractItemView *view, int column)
{
    if (auto *tree = qobject_cast<const QTreeView *>(view))
        return tree->isColumnHidden(column);
    if (auto *table = qobject_cast<const QTableView *>(view))
        return table->isColumnHidden(column);
    return column > 0;
}

// The rows the viewport shows, as indexes of column 0 (trees walk their expanded rows).
QList<QModelIndex> shownRows(const QAbstractItemView *view)
{
    QList<QModelIndex> rows;
    const QAbstractItemModel *model = view->model();
    const QRect viewport = view->viewport()->rect();
    auto *tree = qobject_cast<const QTreeView *>(view);
    QModelIndex index = model->index(0, 0, view->rootIndex());
    for (int n = 0; index.isValid() && n < 400; ++n) {
        const QRect rect = view->visualRect(index);
        if (rect.top() > viewport.bottom())
            break;
        if (rect.bottom() >= 0)
            rows << index;
        index = tree ? tree->indexBelow(index) : index.siblingAtRow(index.row() + 1);
    }
    return rows;
}

QString checkCell(const QAbstractItemView *view, const QModelIndex &index)
{
    const QString text = index.data(Qt::DisplayRole).toString();
    const QRect rect = view->visualRect(index);
    if (text.isEmpty() || rect.width() <= 0)
        return {};
    QStyleOptionViewItem option;
    (view->*(&ViewPeek::initViewItemOption))(&option);
    option.rect = rect;
    // A table paints its cells a pixel lower than their rows: the grid line below.
    if (auto *table = qobject_cast<const QTableView *>(view); table && table->showGrid())
        option.rect.adjust(0, 0, 0, -1);
    const QSize hint = view->itemDelegateForIndex(index)->sizeHint(option, index);
    const bool wrapped = option.features & QStyleOptionViewItem::WrapText;
    const QRect cell = option.rect;
    if (hint.width() <= cell.width() + 1 && (!wrapped || hint.height() <= cell.height() + 1))
        return {};
    const QString why =
        hint.width() > cell.width() + 1
            ? QStringLiteral("needs %1 px, has %2").arg(hint.width()).arg(cell.width())
            : QStringLiteral("needs %1 px high, has %2").arg(hint.height()).arg(cell.height());
    const QString reason = allowedReason(view, index.column());
    // The tooltip must hold the whole text: each part the cell joins with " · " (the tooltip
    // sets them on lines, perhaps with more between), a first line of several ending in "…".
    const auto plain = [](QString s) {
        return s.remove(QChar(0x2026)).remove(QRegularExpression(QStringLiteral("\\s")));
    };
    const QString tip = plain(index.data(Qt::ToolTipRole).toString());
    const QStringList parts = text.split(QStringLiteral(" · "));
    if (!reason.isEmpty() && std::all_of(parts.cbegin(), parts.cend(), [&](const QString &part) {
            return tip.contains(plain(part));
        }))
        return {};
    const QString header =
        view->model()->headerData(index.column(), Qt::Horizontal).toString().simplified();
    return QStringLiteral("column %1 (%2) cell %3: %4%5")
        .arg(index.column())
        .arg(header, shown(text), why,
             reason.isEmpty() ? QString()
                              : QStringLiteral(" (allowed only with the whole text as tooltip)"));
}

QStringList checkView(const QAbstractItemView *view)
{
    QStringList cut;
    if (!view->model())
        return cut;
    if (view->horizontalScrollBar()->isVisible())
        cut << QStringLiteral("scrolls sideways: its columns need %1 px more")
                   .arg(view->horizontalScrollBar()->maximum());
    for (const QModelIndex &row : shownRows(view)) {
        for (int column = 0; column < view->model()->columnCount(row.parent()); ++column) {
            if (columnHidden(view, column))
                continue;
            if (QString why = checkCell(view, row.siblingAtColumn(column)); !why.isEmpty())
                cut << why;
        }
    }
    cut.removeDuplicates();
    return cut;
}

QString checkTabBar(const QTabBar *bar)
{
    if (bar->shape() != QTabBar::RoundedNorth && bar->shape() != QTabBar::TriangularNorth)
        return {};
    const int needed = bar->sizeHint().width();
    if (bar->count() > 0 && needed > bar->width() + 1 && bar->elideMode() == Qt::ElideNone)
        return QStringLiteral("tabs need %1 px, have %2").arg(needed).arg(bar->width());
    return {};
}

// The texts a chart draws that Qt Charts cut short ("..." or "…").
QStringList checkChart(const QChartView *view)
{
    QStringList cut;
    const auto items = view->scene()->items();
    for (const QGraphicsItem *item : items) {
        const auto *text = dynamic_cast<const QGraphicsTextItem *>(item);
        if (!text || !text->isVisible())
            continue;
        const QString plain = text->toPlainText();
        if (plain.contains(QStringLiteral("...")) || plain.contains(QChar(0x2026)))
            cut << QStringLiteral("chart text %1 is cut short").arg(shown(plain));
    }
    cut.removeDuplicates();
    return cut;
}

QStringList checkWidget(QWidget *widget)
{
    QStringList cut;
    if (auto *chart = qobject_cast<QChartView *>(widget)) {
        for (const QString &text : checkChart(chart))
            cut << name(widget) + QStringLiteral(": ") + text;
        return cut;
    }
    QString why;
    QString text;
    if (auto *label = qobject_cast<QLabel *>(widget)) {
        why = checkLabel(label);
        text = label->text();
    } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
        why = checkButton(button);
        text = button->text();
    } else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
        why = checkCombo(combo);
        text = combo->currentText();
    } else if (auto *bar = qobject_cast<QTabBar *>(widget)) {
        why = checkTabBar(bar);
    } else if (auto *header = qobject_cast<QHeaderView *>(widget)) {
        for (const QString &section : checkHeader(header))
            cut << name(widget) + QStringLiteral(": ") + section;
    } else if (auto *view = qobject_cast<QAbstractItemView *>(widget)) {
        for (const QString &cell : checkView(view))
            cut << name(widget) + QStringLiteral(": ") + cell;
    } else if (auto *area = qobject_cast<QScrollArea *>(widget)) {
        if (area->horizontalScrollBar()->isVisible())
            why = QStringLiteral("scrolls sideways: its page needs %1 px, has %2")
                      .arg(area->widget() ? area->widget()->minimumSizeHint().width() : 0)
                      .arg(area->viewport()->width());
    }
    if (!why.isEmpty())
        cut << name(widget) + (text.isEmpty() ? QString() : u' ' + shown(text)) +
                   QStringLiteral(": ") + why;
    return cut;
}

} // namespace

QStringList clippings(QWidget *window, const QString &windowName, QSize screen)
{
    QStringList found;
    const QSize frame = window->frameGeometry().size();
    if (frame.width() > screen.width() || frame.height() > screen.height())
        found << QStringLiteral("the window is %1×%2 on a %3×%4 screen")
                     .arg(frame.width())
                     .arg(frame.height())
                     .arg(screen.width())
                     .arg(screen.height());
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisible() || widget->window() != window || widget->width() <= 0 ||
            widget->height() <= 0)
            continue;
        found << checkWidget(widget);
    }
    for (QString &line : found)
        line.prepend(windowName + QStringLiteral(": "));
    found.removeDuplicates();
    return found;
}

} // namespace gd::fitcheck
