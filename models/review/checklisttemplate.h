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
    QString id;          // stable, e.g. "plan-and-mode"
    int number = 0;      // 1-based position shown to officers
    QString textZh;
    QString textEn;
    QString guidanceZh;
    QString guidanceEn;
    bool mandatory = true;
    QStringList evidenceKinds; // attachment kinds that count as evidence

    /** Text and guidance in the UI language (zh_CN unless English is in use). */
    QString text() const;
    QString guidance() const;
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
};

/** A parsed template, or every problem found as FILE: JSON.PATH: what. */
struct ChecklistParseOutcome
{
    std::optional<ChecklistTemplate> checklist;
    QList<Error> errors;
};
ChecklistParseOutcome parseChecklistTemplate(const QByteArray &json, const QString &label);

} // namespace gd
