// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>

#include "core/result.h"
#include "domain/review.h"

namespace gd {
class Database;
}

namespace gd::review {

/**
 * Writes @p changes to the review of @p state (taking the values from @p state) with one
 * audit event per answer, note or proposal change, in one transaction: the edit and its
 * record are committed together or not at all. Where the officer was (a step change) is
 * stored but not audited. The rule: a signed, countersigned or filed version is read-only,
 * because its package records the review; changing it needs a new version of the
 * application. A step change alone is still stored there.
 */
/**
 * A value another officer (or another window) changed since the review was read: @p key's
 * stored value is no longer the change's "before". Both texts are kept: theirs in the
 * database, this document's in its pending change, for the officer to merge.
 */
struct SaveConflict
{
    ReviewChange::Kind kind = ReviewChange::Kind::Note;
    QString key;
    QJsonValue theirs; // as stored now
    QString by;        // who stored it (the audit event's actor), when known
    QDateTime at;
};

/** One conflict in words: "@p what was changed by … Theirs: … Yours: …", the texts as an
 *  officer reads them (a rationale, a note, an opinion), yours taken from @p changes. */
QString conflictText(const SaveConflict &conflict, const QString &what,
                     const QList<ReviewChange> &changes);
/** What the officer does about conflicts: the sentence ending the message. */
QString conflictAdvice();

/**
 * Saves as above; given @p conflicts (an editor's save, whose changes carry what it read as
 * "before"), it refuses the whole save (nothing written) when an answer, note or the
 * proposal was changed in the database since @p state read it, that is when its stored value
 * is not the change's "before". *@p conflicts then names each such value; the error names
 * who changed what, with both texts.
 */
Status saveChanges(const std::shared_ptr<Database> &db, const ReviewState &state,
                   const QList<ReviewChange> &changes, const QString &actor,
                   QList<SaveConflict> *conflicts = nullptr);

} // namespace gd::review
