// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/result.h"

namespace gd {

/** One item of the "三重一大" review checklist (docs/domain.md §4). */
struct ChecklistItem
{
    QString id;     // stable, e.g. "plan-and-mode"
    int number = 0; // 1-based position shown to officers
    QString textZh;
    QString textEn;
    QString guidanceZh;
    QString guidanceEn;
    bool mandatory = true;
    QStringList evidenceKinds; // attachment kinds that count as evidence

    // Where the item comes from (format 2): "briefing" (a line of the briefing), "rule" (a
    // document and its article or section) or "local" (local practice), with the citation.
    // Empty for a format-1 template, which cites nothing.
    QString sourceKind;
    QString sourceZh;
    QString sourceEn;

    // The modes the item applies to (format 2, "modes.applies"); empty: every mode. Under any
    // other mode it is not applicable, for the reason "modes.otherwise".
    QStringList modes;
    QString otherwiseZh;
    QString otherwiseEn;

    /** Text and guidance in the UI language (zh_CN unless English is in use). */
    QString text() const;
    QString guidance() const;
    /** The citation in the UI language, empty when the template cites none. */
    QString source() const;
    bool isLocalPractice() const { return sourceKind == QLatin1String("local"); }
    /**
     * The citation as shown next to the item, translated: "Source: 简报第151行" or, for local
     * practice, "Local practice: …"; empty when the template cites none.
     */
    QString sourceLine() const;
    /** True when the item applies to an application of authorization @p mode. */
    bool appliesTo(const QString &mode) const;
    /** Why the item does not apply outside its modes, in the UI language. */
    QString notApplicableReason() const;
};

/**
 * A versioned checklist template file (format "grantdesk.checklist/1") from
 * resources/checklists/ (docs/formats/checklist.md). Errors are FILE: JSON.PATH: what.
 */
struct ChecklistTemplate
{
    QString version; // e.g. "2026.1"
    QString title;
    QList<ChecklistItem> items;

    int maxTermMonths = 60; // [param] the longest authorization term (one province: 5 years)

    const ChecklistItem *item(const QString &id) const;

    /** The template shipped with GrantDesk (":/checklists/sanzhongyida.json"). */
    static const ChecklistTemplate &builtin();
    /**
     * The shipped template of @p version: the current one or an earlier one kept so that a
     * review started under it is shown, completed and exported against its own items
     * (":/checklists/sanzhongyida-2026.1.json"); nullptr when GrantDesk ships none.
     */
    static const ChecklistTemplate *shipped(const QString &version);
    /** The template a review started under @p version uses: shipped(version), or builtin(). */
    static const ChecklistTemplate &forReview(const QString &version);
};

/** A parsed template, or every problem found as FILE: JSON.PATH: what. */
struct ChecklistParseOutcome
{
    std::optional<ChecklistTemplate> checklist;
    QList<Error> errors;
};
ChecklistParseOutcome parseChecklistTemplate(const QByteArray &json, const QString &label);

} // namespace gd
