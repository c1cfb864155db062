// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace gd::vocabulary {

/**
 * The closed code lists of the application schema, with translated labels.
 * Each kind is one of: "mode", "useClass", "role", "grade", "updateFrequency",
 * "delivery", "attachmentKind", "billingUnit".
 */
QStringList codes(const char *kind);
bool isValid(const char *kind, const QString &code);
/** Translated label of @p code (docs/domain.md terms); the code itself when unknown. */
QString label(const char *kind, const QString &code);

/** True for use classes that are free of charge (公共治理, 公益事业). */
bool isFreeUseClass(const QString &useClass);

} // namespace gd::vocabulary
