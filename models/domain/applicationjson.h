// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

#include "domain/application.h"

namespace gd {

/**
 * Maps an application file's JSON object (already validated by ApplicationParser, or
 * read back from the database) onto the domain type. It does not validate: absent
 * members stay empty.
 */
Application applicationFromJson(const QJsonObject &root);

/** The schema-shaped JSON of @p application (attachment sizes are not part of it). */
QJsonObject applicationToJson(const Application &application);

} // namespace gd
