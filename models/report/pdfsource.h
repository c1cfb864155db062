// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
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

/**
 * The source record @p pdf carries: none for a PDF made before GrantDesk wrote one; an
 * error when the PDF holds the namespace more than once (two records, one of them hiding
 * the other) or a record that cannot be read.
 */
Result<std::optional<PdfSource>> readPdfSource(const QByteArray &pdf);

} // namespace gd::report
