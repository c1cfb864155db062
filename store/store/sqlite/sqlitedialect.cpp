// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sqlite/sqlitedialect.h"

#include <algorithm>
#include <memory>
#include <vector>

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include "store/sql/queryerror.h"
#include "store/sql/statements.h"

namespace gd::sqlite {
namespace {

using sql::asciiFolded;

// One index token for a one- or two-character substring: the hex of its UTF-8 bytes, which
// every tokenizer keeps whole, whatever punctuation the substring holds. Schema v5 computes
// the same token in SQL as hex(substr(lower(body), i, n)).
QString gramToken(const QString &gram)
{
    return QString::fromLatin1(gram.toUtf8().toHex().toUpper());
}

bool isBodySpace(uint c)
{
    return c == U' ' || c == U'\n' || c == U'\t' || c == U'\r';
}

// Appends the upper-case hex of the UTF-8 bytes of code point @p c (as gramToken spells it).
void appendUtf8Hex(QByteArray &out, uint c)
{
    static constexpr char kHex[] = "0123456789ABCDEF";
    auto byte = [&out](uint b) {
        out += kHex[(b >> 4) & 0xF];
        out += kHex[b & 0xF];
    };
    if (c < 0x80) {
        byte(c);
    } else if (c < 0x800) {
        byte(0xC0 | (c >> 6));
        byte(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        byte(0xE0 | (c >> 12));
        byte(0x80 | ((c >> 6) & 0x3F));
        byte(0x80 | (c & 0x3F));
    } else {
        byte(0xF0 | (c >> 18));
        byte(0x80 | ((c >> 12) & 0x3F));
        byte(0x80 | ((c >> 6) & 0x3F));
        byte(0x80 | (c & 0x3F));
    }
}

QString quoted(const QString &text)
{
    QString q = text;
    return QLatin1Char('"') + q.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

// A full-text table and the terms it answers, ANDed into one MATCH expression. The latest
// mark is asked only where the matches are counted alone (countOnly): with the version row
// the caller asks v.is_latest = 1 itself, and the mark's list (every latest version, a
// million at 1,000,000) made gathering "客流预测" seven times slower (15 ms against 2).
struct FtsTerms
{
    QString table;
    QStringList phrases;

    QString match(bool latestOnly) const
    {
        QStringList parts;
        for (const QString &phrase : phrases)
            parts << QStringLiteral("body : ") + phrase;
        if (latestOnly)
            parts << QStringLiteral("latest : \"yes\"");
        return parts.join(QStringLiteral(" AND "));
    }
};

// Row by row, a trigram phrase is one full-text lookup per row (about 500 times the cost of
// gathering a match); a short term is looked for in the row's text itself (lower() folds
// ASCII letters only, as the grams were folded), about ten times.
void addRowByRow(sql::SearchCondition &result, const QStringList &terms)
{
    FtsTerms trigram{QStringLiteral("search"), {}};
    QStringList rowByRow;
    QVariantList values;
    for (const QString &term : terms) {
        if (term.toUcs4().size() >= 3) {
            trigram.phrases << quoted(term);
            continue;
        }
        rowByRow << QStringLiteral(
            "instr(lower((SELECT body FROM search WHERE rowid = v.pk)), ?) > 0");
        values << asciiFolded(term);
    }
    if (!trigram.phrases.isEmpty()) {
        rowByRow.prepend(QStringLiteral("EXISTS (SELECT 1 FROM search WHERE search MATCH ? AND "
                                        "search.rowid = v.pk)"));
        values.prepend(trigram.match(false));
    }
    result.rowByRow = rowByRow.join(QStringLiteral(" AND "));
    result.rowByRowValues = values;
    result.walkCost = trigram.phrases.isEmpty() ? 10 : 500;
}

} // namespace

// The search_grams document of a search body: every distinct substring of one or two
// characters (code points, as SQLite counts them) without whitespace, ASCII folded, as
// tokens. A term of one or two characters then finds exactly what LIKE '%term%' finds.
// Grams are collected as code-point pairs (kNone marks a single character), sorted and
// deduplicated, then spelled: this runs for every imported version.
QString gramDocument(const QString &body)
{
    constexpr quint64 kNone = 0xFFFFFFFFu;
    const auto points = asciiFolded(body).toUcs4();
    std::vector<quint64> grams;
    grams.reserve(static_cast<size_t>(points.size()) * 2);
    for (qsizetype i = 0; i < points.size(); ++i) {
        if (isBodySpace(points.at(i)))
            continue;
        grams.push_back(quint64(points.at(i)) << 32 | kNone);
        if (i + 1 < points.size() && !isBodySpace(points.at(i + 1)))
            grams.push_back(quint64(points.at(i)) << 32 | points.at(i + 1));
    }
    std::sort(grams.begin(), grams.end());
    grams.erase(std::unique(grams.begin(), grams.end()), grams.end());
    QByteArray document;
    document.reserve(static_cast<qsizetype>(grams.size()) * 9);
    for (const quint64 gram : grams) {
        if (!document.isEmpty())
            document += ' ';
        appendUtf8Hex(document, uint(gram >> 32));
        if ((gram & kNone) != kNone)
            appendUtf8Hex(document, uint(gram & kNone));
    }
    return QString::fromLatin1(document);
}

bool foldsAsLower(const QString &term)
{
    for (const char32_t c : term.toUcs4()) {
        // ß: "ẞ" folds to it; U+FFFE and U+FFFF are read as U+FFFD.
        if (c < 0x20 || c == 0xDF || c >= 0xFFFD)
            return false;
        if (c >= 0x80 && (QChar::toLower(c) != c || QChar::toUpper(c) != c ||
                          QChar::toTitleCase(c) != c || QChar::toCaseFolded(c) != c))
            return false;
    }
    return true;
}

QString rarestSubstring(const QSqlDatabase &db, const QString &term, int cap)
{
    const QList<uint> points = term.toUcs4();
    QString rarest;
    qint64 fewest = qint64(cap) + 1;
    QSqlQuery q(db);
    for (qsizetype i = 0; i + 4 <= points.size() && fewest > 0; ++i) {
        const QString part =
            QString::fromUcs4(reinterpret_cast<const char32_t *>(points.constData()) + i, 4);
        if (!run(q,
                 QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM search WHERE search "
                                "MATCH ? LIMIT ?)"),
                 {QStringLiteral("body : ") + quoted(part), cap + 1}) ||
            !q.next())
            return {};
        if (q.value(0).toLongLong() < fewest) {
            fewest = q.value(0).toLongLong();
            rarest = part;
        }
    }
    return rarest;
}

QString SqliteDialect::inJsonArray(const QString &column) const
{
    return QStringLiteral("%1 IN (SELECT value FROM json_each(?))").arg(column);
}

QString SqliteDialect::jsonKeyIsTrue(const QString &column, const QString &key) const
{
    return QStringLiteral("CASE WHEN json_valid(%1) THEN json_extract(%1, '$.%2') END IS 1")
        .arg(column, key);
}

Status SqliteDialect::lockAuditChain(const QSqlDatabase &) const
{
    return success(); // one writer at a time: the append's read and write are one transaction
}

Status SqliteDialect::continueKeys(const QSqlDatabase &, const QString &, const QString &) const
{
    return success(); // INTEGER PRIMARY KEY: the next rowid is one past the largest
}

bool SqliteDialect::hasTable(const QSqlDatabase &db, const QString &name) const
{
    QSqlQuery query(db);
    return run(query,
               QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"),
               {name}) &&
           query.next();
}

namespace {

// A long term's own text, checked on the rows of its rarest four characters
// (rarestSubstring): the trigram index is read for those few characters only, and the rows'
// text (lower() after the Kelvin sign and the long s, which the index folds to ASCII) is
// read for the rows they find, not for every row.
struct NarrowedTerm
{
    QString rarest;
    QString folded;
};

constexpr int kNarrowCap = 3000; // rows whose text is read for one term, at most

// The rows of a narrowed term, "FROM … WHERE …" (search_content holds the full-text table's
// columns, body as c0 and latest as c1, by rowid).
QString narrowedRows(bool latestOnly)
{
    return QStringLiteral("FROM search_content WHERE id IN (SELECT rowid FROM search WHERE search "
                          "MATCH ?)%1 AND instr(lower(replace(replace(c0, char(8490), 'k'), "
                          "char(383), 's')), ?) > 0")
        .arg(latestOnly ? QStringLiteral(" AND c1 = 'yes'") : QString());
}

} // namespace

QString SqliteDialect::rarestOf(const QSqlDatabase &db, const QString &term) const
{
    constexpr int kRememberMs = 30000;
    constexpr qsizetype kRemembered = 64;
    {
        const QMutexLocker lock(&m_rarestLock);
        const auto it = m_rarest.constFind(term);
        if (it != m_rarest.cend() && !it->until.hasExpired())
            return it->part;
    }
    const QString part = rarestSubstring(db, term, kNarrowCap);
    const QMutexLocker lock(&m_rarestLock);
    if (m_rarest.size() >= kRemembered)
        m_rarest.clear();
    m_rarest.insert(term, Rarest{part, QDeadlineTimer(kRememberMs)});
    return part;
}

sql::SearchCondition SqliteDialect::search(const QSqlDatabase &db, const QStringList &terms,
                                           bool latestOnly) const
{
    // Three or more characters: a trigram phrase, or for five or more that fold as lower()
    // folds, its rarest four characters and the text. One or two, which trigram cannot
    // answer: the term's one token in search_grams, which holds every short substring.
    FtsTerms trigram{QStringLiteral("search"), {}};
    FtsTerms shortTerms{QStringLiteral("search_grams"), {}};
    QList<NarrowedTerm> narrowed;
    for (const QString &term : terms) {
        const qsizetype length = term.toUcs4().size();
        const QString rarest = length >= 5 && foldsAsLower(term) ? rarestOf(db, term) : QString();
        if (!rarest.isEmpty()) {
            narrowed << NarrowedTerm{rarest, asciiFolded(term)};
        } else if (length >= 3) {
            trigram.phrases << quoted(term);
        } else {
            shortTerms.phrases << quoted(gramToken(asciiFolded(term)));
        }
    }
    sql::SearchCondition result;
    QStringList conditions;
    int tables = 0;
    for (const FtsTerms *fts : {&trigram, &shortTerms}) {
        if (fts->phrases.isEmpty())
            continue;
        ++tables;
        conditions
            << QStringLiteral("v.pk IN (SELECT rowid FROM %1 WHERE %1 MATCH ?)").arg(fts->table);
        result.values << fts->match(false);
        result.countOnly = QStringLiteral("FROM %1 WHERE %1 MATCH ?").arg(fts->table);
        result.countOnlyValues = {fts->match(latestOnly)};
    }
    for (const NarrowedTerm &term : std::as_const(narrowed)) {
        conditions << QStringLiteral("v.pk IN (SELECT id %1)").arg(narrowedRows(latestOnly));
        const QVariantList values{QStringLiteral("body : ") + quoted(term.rarest), term.folded};
        result.values << values;
        result.countOnly = narrowedRows(latestOnly);
        result.countOnlyValues = values;
    }
    result.fewMatches = !narrowed.isEmpty();
    if (tables + narrowed.size() != 1)
        result.countOnly.clear(); // the versions are counted
    result.condition = conditions.join(QStringLiteral(" AND "));
    addRowByRow(result, terms);
    return result;
}

Status SqliteDialect::indexForSearch(sql::Statements &st, qint64 versionPk, const QString &body,
                                     bool latest) const
{
    const QString mark = latest ? QStringLiteral("yes") : QString(QLatin1String(""));
    if (!st.run(QStringLiteral("INSERT INTO search (rowid, body, latest) VALUES (?, ?, ?)"),
                {versionPk, body, mark}) ||
        !st.run(QStringLiteral("INSERT INTO search_grams (rowid, body, latest) VALUES (?, ?, ?)"),
                {versionPk, gramDocument(body), mark}))
        return queryError(st.query());
    return success();
}

Status SqliteDialect::markLatestForSearch(sql::Statements &st, const QString &appId) const
{
    for (const char *table : {"search", "search_grams"}) {
        if (!st.run(QStringLiteral("UPDATE %1 SET latest = CASE WHEN latest = 'yes' THEN '' ELSE "
                                   "'yes' END WHERE rowid IN (SELECT pk FROM application_versions "
                                   "WHERE app_id = ?) AND latest <> CASE WHEN rowid = (SELECT pk "
                                   "FROM application_versions WHERE app_id = ? AND is_latest = 1) "
                                   "THEN 'yes' ELSE '' END")
                        .arg(QLatin1String(table)),
                    {appId, appId}))
            return queryError(st.query());
    }
    return success();
}

namespace {

/** The text of column @p column of @p statement's row, as SQLite holds it (UTF-8). */
QByteArrayView columnText(sqlite3_stmt *statement, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    return QByteArrayView(text, text ? sqlite3_column_bytes(statement, column) : 0);
}

/** The error SQLite reports on @p handle, as queryError() words Qt's: a problem of the file
 *  (damaged, unreadable, locked) names the file and its cause. */
Error sqliteError(sqlite3 *handle)
{
    return errorOf(QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(handle)),
                             QSqlError::StatementError,
                             QString::number(sqlite3_extended_errcode(handle))));
}

/** forEachCallRow() with SQLite's own interface on the connection's handle. */
Status visitCallRows(sqlite3 *handle, const QByteArray &sql,
                     const std::function<void(const monitoring::CallRow &)> &visit)
{
    sqlite3_stmt *prepared = nullptr;
    if (sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &prepared, nullptr) !=
        SQLITE_OK)
        return sqliteError(handle);
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> statement(prepared,
                                                                           sqlite3_finalize);
    using Row = monitoring::CallRow;
    static constexpr QByteArrayView Row::*kTexts[] = {
        &Row::id,          &Row::operatorCode,  &Row::operatorName,
        &Row::product,     &Row::applicationId, &Row::resourceCode,
        &Row::periodStart, &Row::periodEnd};
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(prepared)) == SQLITE_ROW) {
        Row row;
        for (int column = 0; column < 8; ++column)
            row.*kTexts[column] = columnText(prepared, column);
        row.calls = sqlite3_column_int64(prepared, 8);
        row.freeCalls = sqlite3_column_int64(prepared, 9);
        row.activeUsers = sqlite3_column_int64(prepared, 10);
        row.revenue = columnText(prepared, 11);
        visit(row);
    }
    if (step != SQLITE_DONE)
        return sqliteError(handle);
    return success();
}

} // namespace

std::optional<Status>
SqliteDialect::forEachCallRow(const QSqlDatabase &db, const QByteArray &select,
                              const std::function<void(const monitoring::CallRow &)> &visit) const
{
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return std::nullopt;
    return visitCallRows(*static_cast<sqlite3 *const *>(handle.constData()), select, visit);
}

} // namespace gd::sqlite
