// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <utility>

#include <QList>
#include <QString>

class QAbstractButton;
class QLineEdit;
class QPlainTextEdit;
class QWidget;

namespace gd {

class ReviewDocument;

/**
 * Connects an editor widget to one free note of a review ("formal.note",
 * "resource.0.necessity", …): edits go through ReviewDocument::setNote (an undo command)
 * and the widget follows noteChanged(), so undo and redo show up in it.
 */
namespace notebinding {

void bindText(ReviewDocument *doc, QPlainTextEdit *edit, const QString &key);
void bindLine(ReviewDocument *doc, QLineEdit *edit, const QString &key);
/** A check box stored as "1" / "0". */
void bindFlag(ReviewDocument *doc, QAbstractButton *check, const QString &key);
/** Exclusive buttons, each standing for one stored value; none checked for "". */
void bindChoice(ReviewDocument *doc, const QList<std::pair<QAbstractButton *, QString>> &buttons,
                const QString &key);

/**
 * Text widgets keep Ctrl+Z / Ctrl+Shift+Z for their own undo; this lets those keys reach
 * the review's undo stack instead (Edit → Undo), and turns the widget's own undo off.
 */
void routeUndoToReview(QWidget *textWidget);

} // namespace notebinding
} // namespace gd
