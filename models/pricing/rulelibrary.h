// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QList>
#include <QString>

#include "core/result.h"
#include "pricing/feerules.h"

namespace gd {

/** A rule file known to GrantDesk: built in (":/rules/…") or imported. */
struct RuleFileEntry
{
    QString path;     // ":/rules/fee-rules-gz.json" or the copy in AppDataLocation/rules/
    QString fileName; // "fee-rules-gz.json"
    bool builtIn = false;
    FeeRules rules;
};

/** The outcome of importing a rule file: the entry stored or every error found. */
struct RuleImportOutcome
{
    std::optional<RuleFileEntry> entry;
    QList<Error> errors;
};

/**
 * The fee rule files GrantDesk can price with: the ones built into the core under
 * ":/rules/" and the ones the officer imported, which are validated and then copied into
 * AppDataLocation/rules/ (or the directory given). Invalid files are never listed.
 */
class RuleLibrary final
{
public:
    /** @p importDir empty: QStandardPaths::AppDataLocation + "/rules". */
    explicit RuleLibrary(QString importDir = {});

    /** Built-in and imported files, valid ones only, built-in first, by file name. */
    QList<RuleFileEntry> entries() const;
    /** The rules of every entry, in entries() order. */
    QList<FeeRules> rules() const;
    /** Errors of imported files that no longer parse (listed in Settings). */
    QList<Error> loadErrors() const;
    const QString &importDir() const { return m_importDir; }

    /**
     * Validates @p filePath and copies it into importDir(); an imported file with the
     * same version replaces the previous copy. Errors name the file as given.
     */
    RuleImportOutcome importFile(const QString &filePath);

    /**
     * The rule file to price @p productId with: among files holding that product, the
     * one effective on @p on (latest `effective.from` first, imported before built-in
     * on a tie); else the newest holding it; else a file whose version has the same
     * region prefix as the product id ("GZ-" for "GZ-LOWALT-RISK-API"). Empty when none.
     */
    std::optional<RuleFileEntry> pickFor(const QString &productId, const QDate &on = {}) const;
    /**
     * The rule file of the region @p implementingBody belongs to, for a case that names no
     * product a file holds: among files whose `region` begins the body's name (广州市 for
     * 广州市政务服务和数据管理局), the one effective on @p on, else the newest. Empty when
     * none, or when @p implementingBody is empty.
     */
    std::optional<RuleFileEntry> pickForRegionOf(const QString &implementingBody,
                                                 const QDate &on = {}) const;
    /** The entry whose rules version is @p version, if any. */
    std::optional<RuleFileEntry> byVersion(const QString &version) const;

private:
    QString m_importDir;
};

} // namespace gd
