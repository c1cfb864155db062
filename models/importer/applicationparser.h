// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include "core/result.h"
#include "domain/application.h"

namespace gd {

/** Size limits of docs/formats/application.md "Reading rules". */
struct ImportLimits
{
    qint64 maxFileBytes = 10LL * 1024 * 1024;
    qint64 maxAttachmentBytes = 200LL * 1024 * 1024;
    qint64 maxAttachmentsTotalBytes = 1024LL * 1024 * 1024;
};

/** Every problem found in one file; empty when it is valid. */
struct ParseOutcome
{
    std::optional<ParsedApplication> parsed;
    QList<Error> errors; // where = "FILE: JSON.PATH"
};

/**
 * Validates a grantdesk.application/1 file as docs/formats/application.md states it, with
 * the rules the schema cannot state (credit code check character, period order,
 * attachment paths inside the application's folder, attachment hashes), then reads
 * the attachments. It reports every error it finds, each as "FILE: JSON.PATH: what".
 */
class ApplicationParser final
{
public:
    explicit ApplicationParser(ImportLimits limits = {}) : m_limits(limits) {}

    /** Parses the file at @p filePath; @p label is how errors name the file. */
    ParseOutcome parseFile(const QString &filePath, const QString &label) const;
    /** Parses @p json; attachments are resolved against @p baseDir. */
    ParseOutcome parse(const QByteArray &json, const QString &label, const QString &baseDir) const;

private:
    ImportLimits m_limits;
};

} // namespace gd
