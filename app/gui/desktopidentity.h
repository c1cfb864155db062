// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace gd::desktop {

/** The one id of GrantDesk on the desktop: the desktop entry (org.grantdesk.GrantDesk.desktop),
 * the AppStream component and the icon all carry it (packaging/, checked by tests/packaging). */
inline constexpr char kApplicationId[] = "org.grantdesk.GrantDesk";

/** Tells the window system which desktop entry the windows belong to (the Wayland app id) and
 * gives every window GrantDesk's icon, from the PNGs embedded in the program, so that the icon
 * shows in the task bar whether or not the package's hicolor icons are installed. */
void installIdentity();

} // namespace gd::desktop
