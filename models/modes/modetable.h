// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include "core/result.h"

namespace gd {

/** One cell of the mode table: the seed's text and the default score (1–5). */
struct ModeCell
{
    int score = 0;
    QString levelZh;
    QString levelEn;
    QString textZh;
    QString textEn;

    QString level() const;
    QString text() const;
};

/** A mode or a dimension: a stable id and its name in both languages. */
struct ModeTableEntry
{
    QString id;
    QString nameZh;
    QString nameEn;

    QString name() const;
};

/**
 * The three authorization modes × four dimensions of docs/domain.md §2, as shipped in
 * resources/modes/ (docs/formats/modes.md). Parsing reports every problem as
 * FILE: JSON.PATH: what.
 *
 * Totals are kept on the seed's scale whatever the weights: Σ w·s × dimensions / Σ w, so
 * equal weights give the seed's 12 / 13 / 11 (range 4–20). findingMargin is in points of
 * that scale, in hundredths so that comparisons stay exact.
 */
struct ModeTable
{
    QString version;
    QList<ModeTableEntry> modes;      // whole, domain, scenario
    QList<ModeTableEntry> dimensions; // efficiency, cost, expertise, marketization
    QHash<QString, ModeCell> cells;   // "mode.dimension"
    qint64 findingMarginHundredths = 200;
    QString findingMarginNoteZh;
    QString findingMarginNoteEn;

    const ModeCell *cell(const QString &mode, const QString &dimension) const;
    int modeIndex(const QString &mode) const;
    const ModeTableEntry *mode(const QString &id) const;
    const ModeTableEntry *dimension(const QString &id) const;
    /** The margin as people read it, e.g. "2" or "1.5". */
    QString findingMargin() const;
    QString findingMarginNote() const;

    /** The table shipped with GrantDesk (":/modes/modes-2026.2.json"). */
    static const ModeTable &builtin();
};

struct ModeTableParseOutcome
{
    std::optional<ModeTable> table;
    QList<Error> errors;
};
ModeTableParseOutcome parseModeTable(const QByteArray &json, const QString &label);

/** An officer's adjusted score for one cell, with the reason that makes it reviewable. */
struct ModeAdjustment
{
    int score = 0;
    QString reason;
};

/** What the officer set: a weight per dimension (0–10) and adjusted scores. */
struct ModeScoring
{
    static constexpr int kMaxWeight = 10;
    static constexpr int kDefaultWeight = 5;

    QMap<QString, int> weights;                // dimension id -> weight; missing = default
    QMap<QString, ModeAdjustment> adjustments; // "mode.dimension"

    int weight(const QString &dimension) const;

    // Stored in a review's notes (strings): weights as a JSON object, one note per
    // adjustment as {"score":n,"reason":"…"}, an empty note for none.
    static QString weightsNoteKey() { return QStringLiteral("modes.weights"); }
    static QString adjustmentNoteKey(const QString &mode, const QString &dimension);
    static QString chosenNoteKey() { return QStringLiteral("modes.chosen"); }
    static QString rationaleNoteKey() { return QStringLiteral("modes.rationale"); }
    static ModeScoring fromNotes(const ModeTable &table, const QHash<QString, QString> &notes);
    static QString weightsToNote(const QMap<QString, int> &weights);
    static QString adjustmentToNote(const ModeAdjustment &adjustment);
    static std::optional<ModeAdjustment> adjustmentFromNote(const QString &note);
};

/** A weighted total as an exact fraction on the seed's scale (4–20 with 4 dimensions). */
struct ModeTotal
{
    QString mode;
    qint64 numerator = 0;   // Σ w·s × dimension count
    qint64 denominator = 1; // Σ w

    /** Rounded half up to @p decimals for display, e.g. "12.00" or "12.5" (decimals 1). */
    QString toString(int decimals = 2) const;
    /** The total in hundredths, rounded half up (for charts and comparisons in tests). */
    qint64 hundredths() const;
    bool operator==(const ModeTotal &other) const = default;
};

/** The declared mode scores more than the margin below another. */
struct ModeFinding
{
    QString declaredMode;
    QString betterMode;
    qint64 gapHundredths = 0; // rounded half up, for display only
    QString message() const;
};

struct ModeComparison
{
    QList<ModeTotal> totals; // in table order
    QStringList ranking;     // best first; ties keep table order
    QList<int> scores;       // effective score per "mode × dimension", row-major by mode
    std::optional<ModeFinding> finding;

    const ModeTotal *total(const QString &mode) const;
    int score(int modeIndex, int dimensionIndex, int dimensionCount) const
    {
        return scores.value(modeIndex * dimensionCount + dimensionIndex);
    }
};

namespace modes {

/**
 * The weighted totals, ranking and finding. Refused with an Error (where: the note or
 * field, what: why) when all weights are zero, a weight or score is out of range, an
 * adjustment has no written reason, or an id is unknown.
 */
Result<ModeComparison> compare(const ModeTable &table, const ModeScoring &scoring,
                               const QString &declaredMode);

} // namespace modes
} // namespace gd
