// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include "core/result.h"
#include "store/database.h"

namespace gd::postgres {

/** Where an office server is: what a locator postgresql://USER@HOST[:PORT]/DB names. */
struct Locator
{
    QString user;
    QString host; // a name, an address, or a folder holding the server's Unix socket
    int port = 5432;
    QString database;
    /** libpq's TLS settings the locator names, in its order: sslmode, and the files of a
     *  client certificate (sslcert, sslkey) and of the authority to trust (sslrootcert). */
    QList<QPair<QString, QString>> tls;

    /** The locator as shown and stored: no password, ever. */
    QString toString() const;
};

/**
 * Reads @p text: postgresql://USER@HOST[:PORT]/DB, or with an empty HOST and "?host=/folder"
 * for a Unix socket (libpq's spelling), and optionally "sslmode=…&sslcert=FILE&sslkey=FILE&
 * sslrootcert=FILE" for a client certificate. A password in the locator is refused: it would
 * end up in shell histories and logs; the server's password comes from PGPASSWORD or
 * ~/.pgpass, or the officer types it. Any other option is refused, naming it.
 */
Result<Locator> parseLocator(const QString &text);

/**
 * @p text as errors may name it: "scheme://user:anything@" loses everything between the
 * colon and the @, so that a password given by mistake is not printed and logged with the
 * refusal of it.
 */
QString withoutPassword(const QString &text);

/** Opens the office server's database for a Database (store/database.h). */
struct Opener
{
    /**
     * Connects to the server @p locator names and makes sure its schema is this version's:
     * an empty database gets the schema (when the role may create it), an older one is
     * migrated, a newer one refused.
     */
    static Result<std::shared_ptr<Database>> open(const QString &locator, bool readOnly,
                                                  const QString &password = {});
    /** Creates the database @p locator names on its server unless it exists. */
    static Status createDatabase(const QString &locator);
    /** grantdesk_schema's version; -1 when it cannot be read. */
    static int schemaVersion(const Database &db);
};

} // namespace gd::postgres
