// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include "domain/application.h"
#include "domain/review.h"

namespace gd {

struct ChecklistTemplate;

/**
 * The notice to the applicant when their application is returned for revision (退回补正):
 * application number and version, scenario, the reasons, the checklist items that failed
 * with their rationales, what to resubmit (version N+1) and the date. Plain text an
 * officer can copy; translated (English source).
 */
QString returnNoticeText(const Application &application, const ReviewState &review,
                         const QDate &date);
/** The same notice as HTML for printing, every value escaped. */
QString returnNoticeHtml(const Application &application, const ReviewState &review,
                         const QDate &date);

} // namespace gd
