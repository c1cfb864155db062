// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QDateTime>
#include <QStringList>
#include <QString>

#include "core/result.h"

namespace gd::report {

/**
 * What a review PDF was made from, carried in the PDF itself as XMP metadata (namespace
 * kPdfSourceNamespace, uncompressed, shown by `pdfinfo -meta`), so that `verify` can hold
 * the PDF to the same application, version, decision and officers as review.json and the
 * manifest. The text of the pages is drawn from the same review record.
 */
struct PdfSource
{
    QString applicationId;
    int version = 0;
    QString decision; // decision code, as in review.json decision.code
    QString reviewer;
    QString approver;
};

inline constexpr char kPdfSourceNamespace[] = "urn:grantdesk:review-pdf:1";

/** The XMP packet that carries @p source (UTF-8, XML-escaped). */
QByteArray pdfSourceXmp(const PdfSource &source);

/** What an archival (PDF/A) review PDF says about itself besides its source. */
struct PdfArchiveInfo
{
    QString title;       // dc:title, the same as the document information's /Title
    QStringList authors; // dc:creator, in order (the reviewer, then the approver)
    QString subject;     // dc:description
    QDateTime created;   // xmp:CreateDate, the instant of the document's /CreationDate
};

/**
 * The XMP packet of an archival review PDF: the PDF/A-1b identification, Dublin Core title,
 * authors and subject, the creator tool and producer the document information names, the
 * creation date, the PDF/A extension schema that declares the GrantDesk source properties,
 * and @p source itself (read back by readPdfSource).
 */
QByteArray pdfArchiveXmp(const PdfSource &source, const PdfArchiveInfo &info);

/**
 * The source record @p pdf carries: none for a PDF made before GrantDesk wrote one; an
 * error when the namespace stands outside the XMP packet that holds the record (a second
 * packet, one of them hiding the other), when that packet holds two records, or when the
 * record cannot be read.
 */
Result<std::optional<PdfSource>> readPdfSource(const QByteArray &pdf);

} // namespace gd::report
