// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QByteArray>
#include <QDateTime>
#include <QFont>
#include <QMarginsF>
#include <QString>

#include "core/result.h"

class QPagedPaintDevice;
class QTextDocument;

namespace gd::report {

/**
 * How a report's pages look: A4 portrait, margins, a running header from page 2 on and
 * the footer "第 X 页 / 共 Y 页" (tr "Page %1 of %2") on every page. Shared by the review
 * report and the monitoring dashboard, on PDF (QPdfWriter) and on printers (QPrinter).
 */
struct PageStyle
{
    QString title;  // PDF metadata title
    QString header; // small text at the top of pages 2…; empty for none
    QMarginsF marginsMm{20.0, 18.0, 20.0, 14.0}; // left, top, right, bottom
    qreal headerHeightMm = 8.0;                  // reserved above the body on every page
    qreal footerHeightMm = 10.0;                 // reserved below the body on every page
    int resolution = 300;                        // dpi of the PDF
    QByteArray xmpMetadata; // XMP packet embedded in the PDF; empty for Qt's default
    /**
     * When set, the PDF is written as PDF/A-1b (fonts embedded, sRGB output intent, no
     * transparency) with the XMP packet this returns for the document's creation time, which
     * must carry the PDF/A identification and repeat the title, creator tool, producer and
     * dates of the document information (pdfArchiveXmp in report/pdfsource.h writes one).
     * Replaces xmpMetadata.
     */
    std::function<QByteArray(const QDateTime &created)> archivalXmp;
};

/** The producer Qt writes into every PDF ("Qt 6.4.2"): the XMP must repeat it. */
QString pdfProducer();

/** The family reports are set in: WenQuanYi Micro Hei (text extracts correctly). */
QString bodyFontFamily();
/** The body font at @p pointSize, with CJK fallbacks after WenQuanYi Micro Hei. */
QFont bodyFont(qreal pointSize = 10.5);

/**
 * Lays @p document out for an A4 page of @p style (minus header and footer) at
 * style.resolution and paints every page with its header and footer on @p device,
 * scaled to the device's resolution — so a printer gets the same lines and pages as the
 * PDF. Works for QPdfWriter and QPrinter alike; the device's page size and margins should
 * be set with applyPageStyle(). A heading that would end a page (less than 45 mm below
 * an h1/h2, 25 mm below an h3–h6) starts the next one instead. Fonts in the document are given in
 * points. The document is left without a paint device. Returns the page count (0: nothing painted).
 * @p beforePainting, when set, runs after the layout and just before painting starts (when a
 * QPdfWriter stamps its /CreationDate): the archival metadata is made there.
 */
int paintDocument(QTextDocument &document, QPagedPaintDevice &device, const PageStyle &style,
                  const std::function<void()> &beforePainting = {});

/** Sets A4 portrait and @p style's margins on @p device. */
void applyPageStyle(QPagedPaintDevice &device, const PageStyle &style);

/**
 * The PDF of @p document: A4, @p style's margins, header and footer, fonts embedded
 * (QPdfWriter embeds subsets). Needs a QGuiApplication. Refused when nothing was painted.
 */
Result<QByteArray> renderPdf(QTextDocument &document, const PageStyle &style);

} // namespace gd::report
