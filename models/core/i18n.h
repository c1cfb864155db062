// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

namespace gd::i18n {

/**
 * Chooses the UI language: @p requested ("zh_CN", "en") when given, else the setting
 * General/Language, else Chinese unless the system locale is explicitly non-Chinese
 * and GRANTDESK_LANG says so. Chinese is the default.
 */
QString chooseLanguage(const QString &requested);

/** True when the UI is in English (shipped data files then show their "en" texts). */
bool englishInUse();

/** Loads the embedded GrantDesk and Qt translations for @p language into the application. */
bool install(const QString &language);

/**
 * A file size in the one style GrantDesk shows everywhere, in both languages: "681 B",
 * "2.3 KB", "4.0 MB", "1.2 GB" (1 KB = 1,024 bytes, one decimal above bytes, the number
 * in @p locale's digits and separators).
 */
QString fileSize(qint64 bytes, const QLocale &locale = QLocale());

} // namespace gd::i18n
