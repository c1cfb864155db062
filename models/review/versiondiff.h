// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "domain/application.h"

namespace gd {

struct ChecklistTemplate;

/** What changed between two versions of an application (issue "3 · Four eyes"). */
struct VersionDiff
{
    struct Field
    {
        QString path; // JSON path as in error messages: "scenario.description", "period.end"
        QString before;
        QString after;
    };
    struct Resource
    {
        enum class Kind { Added, Removed, Changed };
        Kind kind = Kind::Changed;
        QString name;
        QString registrationCode;
        /** For Changed: the resource's fields that differ, by path "resources.<key>"
         *  ("resources.fields"); versiondifftext.h names and formats them. */
        QList<Field> changes;
    };
    struct AttachmentChange
    {
        enum class Kind { Added, Removed, Replaced };
        Kind kind = Kind::Added;
        QString name;
        QString attachmentKind; // schema code, e.g. "legality_review"
        QString oldSha256;
        QString newSha256;
    };

    int fromVersion = 0;
    int toVersion = 0;
    QList<Field> fields;
    QList<Resource> resources;     // matched by registration code, else by name
    QList<AttachmentChange> attachments; // matched by kind and name; Replaced when the hash differs

    bool isEmpty() const { return fields.isEmpty() && resources.isEmpty() && attachments.isEmpty(); }
    /** Every changed path, resource and attachment kind, as checklist dependencies name them. */
    QStringList touchedPaths() const;
};

namespace versiondiff {

VersionDiff compare(const Application &older, const Application &newer);

/**
 * Which checklist items an answer from the returned version can be carried over for: those
 * whose inputs the change does not touch (e.g. item resources-registered depends on
 * "resources"; legality-review on attachments of kind legality_review; term-and-exit on
 * "period"). Items the change touches must be answered afresh.
 */
QStringList carriedOverItems(const VersionDiff &diff, const ChecklistTemplate &checklist);

} // namespace versiondiff
} // namespace gd
