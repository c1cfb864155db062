// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfdocument.h"

#include <cmath>

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDateTime>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace gd::report {
namespace {

qreal mmToPixels(qreal mm, int dpi)
{
    return mm / 25.4 * dpi;
}

/**
 * Moves headings (h1–h6) that would end a page, or nearly, to the next page, so that a
 * heading is never separated from what it introduces. QTextDocument has no "keep with
 * next": the layout is checked block by block and a page break set before such headings.
 */
void keepHeadingsWithNext(QTextDocument &document, qreal pageHeight, qreal sectionBelow,
                          qreal subsectionBelow)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextBlockFormat format = block.blockFormat();
        if (format.headingLevel() == 0 || format.pageBreakPolicy() != QTextFormat::PageBreak_Auto)
            continue;
        const QRectF rect = layout->blockBoundingRect(block);
        const qreal pageTop = std::floor(rect.top() / pageHeight) * pageHeight;
        if (rect.top() - pageTop < 1.0)
            continue; // already first on its page
        const qreal minimumBelow = format.headingLevel() <= 2 ? sectionBelow : subsectionBelow;
        if (pageTop + pageHeight - rect.bottom() >= minimumBelow)
            continue;
        QTextBlockFormat moved = format;
        moved.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        // The incremental relayout after a format change leaves later blocks where they
        // were (and drawContents() then skips them): lay the document out again from this
        // heading on, in the same edit as the change (one relayout, not two). What is above
        // it stays as it was, a page break moving only what follows: laying out the whole
        // document again for each heading moved took a third of a review PDF's time.
        QTextCursor cursor(block);
        cursor.beginEditBlock();
        cursor.setBlockFormat(moved);
        document.markContentsDirty(block.position(), document.characterCount() - block.position());
        cursor.endEditBlock();
    }
}

} // namespace

QString bodyFontFamily()
{
    return QStringLiteral("WenQuanYi Micro Hei");
}

QFont bodyFont(qreal pointSize)
{
    QFont font;
    // Noto Sans CJK only as a fallback: its glyphs extract as the wrong characters.
    font.setFamilies({bodyFontFamily(), QStringLiteral("WenQuanYi Zen Hei"),
                      QStringLiteral("Noto Sans CJK SC")});
    font.setPointSizeF(pointSize);
    font.setStyleHint(QFont::SansSerif);
    return font;
}

void applyPageStyle(QPagedPaintDevice &device, const PageStyle &style)
{
    device.setPageSize(QPageSize(QPageSize::A4));
    device.setPageOrientation(QPageLayout::Portrait);
    device.setPageMargins(style.marginsMm, QPageLayout::Millimeter);
}

int paintDocument(QTextDocument &document, QPagedPaintDevice &device, const PageStyle &style,
                  const std::function<void()> &beforePainting)
{
    // Laid out once at style.resolution on a PDF writer that never writes, whatever the
    // device: a 1200 dpi printer then gets the very lines and pages of the 300 dpi PDF,
    // scaled (as QTextDocument::print() does for a document laid out elsewhere).
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    QPdfWriter reference(&sink);
    reference.setResolution(style.resolution);
    applyPageStyle(reference, style);
    const int dpi = style.resolution;
    const QRect paintRect = reference.pageLayout().paintRectPixels(dpi);
    const qreal headerHeight = mmToPixels(style.headerHeightMm, dpi);
    const qreal footerHeight = mmToPixels(style.footerHeightMm, dpi);
    const QSizeF body(paintRect.width(), paintRect.height() - headerHeight - footerHeight);

    document.documentLayout()->setPaintDevice(&reference);
    document.setPageSize(body);
    keepHeadingsWithNext(document, body.height(), mmToPixels(45.0, dpi), mmToPixels(25.0, dpi));
    const int pages = document.pageCount();

    if (pages > 0 && beforePainting)
        beforePainting();
    QPainter painter;
    if (pages == 0 || !painter.begin(&device)) {
        document.documentLayout()->setPaintDevice(nullptr);
        return 0;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(device.logicalDpiX() / qreal(dpi), device.logicalDpiY() / qreal(dpi));
    // Pixel sizes at the layout resolution: the painter's scale does the rest.
    QFont small = bodyFont(8.5);
    small.setPixelSize(int(std::lround(8.5 * dpi / 72.0)));
    const QColor grey(0x55, 0x55, 0x55);
    const qreal hairline = qMax<qreal>(1.0, dpi / 200.0);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device.newPage();
        painter.save();
        painter.translate(0, headerHeight - page * body.height());
        document.drawContents(&painter, QRectF(QPointF(0, page * body.height()), body));
        painter.restore();

        painter.save();
        painter.setFont(small);
        painter.setPen(QPen(grey, hairline));
        if (page > 0 && !style.header.isEmpty()) {
            const QRectF top(0, 0, body.width(), headerHeight * 0.7);
            painter.drawText(top, Qt::AlignLeft | Qt::AlignBottom, style.header);
            painter.drawLine(QPointF(0, top.bottom() + hairline * 2),
                             QPointF(body.width(), top.bottom() + hairline * 2));
        }
        const qreal footerTop = headerHeight + body.height();
        painter.drawLine(QPointF(0, footerTop + footerHeight * 0.25),
                         QPointF(body.width(), footerTop + footerHeight * 0.25));
        const QString number =
            QCoreApplication::translate("PdfDocument", "Page %1 of %2").arg(page + 1).arg(pages);
        painter.drawText(
            QRectF(0, footerTop + footerHeight * 0.3, body.width(), footerHeight * 0.7),
            Qt::AlignHCenter | Qt::AlignVCenter, number);
        painter.restore();
    }
    painter.end();
    // The reference device goes now; the document must not keep pointing at it.
    document.documentLayout()->setPaintDevice(nullptr);
    return pages;
}

QString pdfProducer()
{
    return QStringLiteral("Qt ") + QString::fromLatin1(qVersion());
}

namespace {

/** The /CreationDate Qt wrote into @p pdf, as an instant; invalid when there is none. */
QDateTime writtenCreationDate(const QByteArray &pdf)
{
    const QByteArray key("/CreationDate (D:");
    const qsizetype at = pdf.indexOf(key);
    if (at < 0)
        return {};
    const QByteArray value = pdf.mid(at + key.size(), 23);
    QDateTime local = QDateTime::fromString(QString::fromLatin1(value.left(14)),
                                            QStringLiteral("yyyyMMddHHmmss"));
    if (!local.isValid())
        return {};
    const char zone = value.size() > 14 ? value.at(14) : 'Z';
    if (zone == 'Z')
        return QDateTime(local.date(), local.time(), Qt::UTC);
    // "+08'00'": the offset of the local time from UTC.
    const int hours = value.mid(15, 2).toInt();
    const int minutes = value.mid(18, 2).toInt();
    const int sign = zone == '-' ? -1 : 1;
    return QDateTime(local.date(), local.time(), Qt::OffsetFromUTC,
                     sign * (hours * 3600 + minutes * 60));
}

/**
 * The PDF of @p document; with archival metadata, @p created is set to the instant (to the
 * second) the XMP was made, taken after the layout, just before Qt stamps /CreationDate.
 */
Result<QByteArray> renderOnce(QTextDocument &document, const PageStyle &style, QDateTime *created)
{
    const QString where = QStringLiteral("PDF");
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        if (!buffer.open(QIODevice::WriteOnly))
            return Error{where, QStringLiteral("cannot open the output buffer")};
        QPdfWriter writer(&buffer);
        writer.setResolution(style.resolution);
        writer.setTitle(style.title);
        writer.setCreator(QStringLiteral("GrantDesk"));
        std::function<void()> stampMetadata;
        if (style.archivalXmp) {
            writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
            // Made after the layout, which can take seconds on a loaded machine: taken
            // before it, the two dates differed on every attempt.
            stampMetadata = [&writer, &style, created] {
                QDateTime now = QDateTime::currentDateTime();
                now.setTime(QTime(now.time().hour(), now.time().minute(), now.time().second()));
                *created = now;
                writer.setDocumentXmpMetadata(style.archivalXmp(now));
            };
        } else if (!style.xmpMetadata.isEmpty()) {
            writer.setDocumentXmpMetadata(style.xmpMetadata);
        }
        applyPageStyle(writer, style);
        if (paintDocument(document, writer, style, stampMetadata) == 0)
            return Error{where, QStringLiteral("nothing could be painted (no pages)")};
    } // the writer finishes the file when it is destroyed
    if (!bytes.startsWith("%PDF-"))
        return Error{where, QStringLiteral("the PDF writer produced no PDF")};
    return bytes;
}

} // namespace

Result<QByteArray> renderPdf(QTextDocument &document, const PageStyle &style)
{
    const QString where = QStringLiteral("PDF");
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error{where, QStringLiteral("drawing a PDF needs a QGuiApplication")};
    if (!style.archivalXmp)
        return renderOnce(document, style, nullptr);
    // PDF/A wants the XMP dates to be the document information's. Qt stamps /CreationDate
    // itself when painting starts, to the second; the XMP is made just before, after the
    // layout. When the clock passed a second in between, the PDF is drawn again.
    for (int attempt = 0; attempt < 3; ++attempt) {
        QDateTime created;
        auto pdf = renderOnce(document, style, &created);
        if (!pdf || writtenCreationDate(*pdf) == created)
            return pdf;
    }
    return Error{where, QStringLiteral("the creation date in the PDF's metadata kept differing "
                                       "from its document information")};
}

} // namespace gd::report
