// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QString>
#include <QToolButton> // complete: the workspace adds it to a layout

class QPrinter;
class QWidget;

namespace gd {

class Desk;
class ReviewDocument;
namespace report {
struct ReviewRecord;
}

/**
 * Printing the review record (审核记录) of a decided case: the same document as the
 * package's review.pdf (report::reviewDocument), A4 with the same footer, shown in
 * QPrintPreviewDialog or sent to a printer with QPrintDialog.
 */
namespace reportprinting {

/**
 * The "Review Record" button of the review workspace's header, with "Print Preview…"
 * and "Print…"; enabled while @p doc's case is decided (or later), else it says why.
 */
QToolButton *makeButton(QWidget *parent, std::shared_ptr<Desk> desk, ReviewDocument *doc);

/** Opens the print preview of @p id / @p version's record; a refusal is shown to the user. */
void preview(QWidget *parent, const std::shared_ptr<Desk> &desk, const QString &id, int version);
/** Asks for a printer and prints the record. */
void print(QWidget *parent, const std::shared_ptr<Desk> &desk, const QString &id, int version);

/**
 * Paints the record of @p id / @p version on @p printer (page size and margins are set
 * here); an empty string when done, else why not (the record was refused).
 */
QString paint(QPrinter &printer, const std::shared_ptr<Desk> &desk, const QString &id, int version);
/** Paints @p record on @p printer; an empty string when done, else why not. */
QString paint(QPrinter &printer, const report::ReviewRecord &record);

} // namespace reportprinting
} // namespace gd
