// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace gd::postgres {

/** The statements that create the office server's schema at version 9 in an empty database,
 *  in order, in one transaction (store/postgres/pgdatabase.cpp). */
QStringList schemaVersion9();
/** The statements of the step from version 9 to 10 (then sql::fillMonitoringFacts). */
QStringList schemaVersion10Step();
/** The statements of the step from version 10 to 11. */
QStringList schemaVersion11Step();
/** The statements of the step from version 11 to 12. */
QStringList schemaVersion12Step();
/** The officers' group roles, the officers table, the columns and triggers that record and
 *  check the connection's role, and the grants; run right after schemaVersion9(). */
QStringList officerRoles();

} // namespace gd::postgres
