// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace gd::i18n {

/**
 * Chooses the UI language: @p requested ("zh_CN", "en") when given, else the setting
 * General/Language, else Chinese unless the system locale is explicitly non-Chinese
 * and GRANTDESK_LANG says so. Chinese is the default (DESIGN: Chinese first).
 */
QString chooseLanguage(const QString &requested);

/** True when the UI is in English (shipped data files then show their "en" texts). */
bool englishInUse();

/** Loads the embedded GrantDesk and Qt translations for @p language into the application. */
bool install(const QString &language);

} // namespace gd::i18n
