// SPDX-License-Identifier: GPL-3.0-or-later
// Compiled only by the ctest layers_build_refuses, which passes when this does NOT compile:
// a widget file linking grantdesk_ui cannot even find a store header (docs/architecture.md §2).
#include "store/database.h"

int uiReachesStore();
