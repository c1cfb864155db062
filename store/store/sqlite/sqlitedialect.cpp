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

QString trigramText(const QString &body, const QString &appId)
{
    if (body == appId)
        return {};
    const QString head = appId + QLatin1Char('\n');
    return body.startsWith(head) ? body.mid(head.size()) : body;
}

QStringList idSuffixes(const QString &appId)
{
    const QString folded = asciiFolded(appId);
    QStringList suffixes;
    for (qsizetype i = 0; i + 3 <= folded.size(); ++i)
        suffixes << folded.mid(i);
    return suffixes;
}

QString idTerm(const QString &term)
{
    QString folded;
    folded.reserve(term.size());
    for (const QChar c : term) {
        char16_t u = c.unicode();
        if (u == 0x212A) // the Kelvin sign, which the trigram index folds to "k"
            u = u'k';
        else if (u == 0x17F) // the long s
            u = u's';
        else if (u >= u'A' && u <= u'Z')
            u = char16_t(u + (u'a' - u'A'));
        if (!((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'_' || u == u'-'))
            return {};
        folded += QChar(u);
    }
    return folded.size() >= 3 ? folded : QString();
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

constexpr int kNarrowCap = 3000; // rows whose text is read for one term, at most
// Applications whose ids hold a term, beyond which their versions are not gathered but each
// version's id is checked (termCondition).
constexpr int kManyIds = 20000;

// The rows of a narrowed term, a long term's own text checked on the rows of its rarest four
// characters (rarestSubstring): the trigram index is read for those few characters only, and
// the rows' text (lower() after the Kelvin sign and the long s, which the index folds to
// ASCII) is read for the rows they find, not for every row. A term without ASCII letters is
// found where its folded text is, unchanged, so its rows' text is not folded ("科技有限公司123":
// 2,281 rows at 1,000,000, 9 → 6 ms). "FROM … WHERE …" (search_content holds the full-text
// table's columns, body as c0 and latest as c1, by rowid).
QString narrowedRows(bool latestOnly, const QString &term)
{
    const bool letters = std::any_of(term.cbegin(), term.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
    });
    return QStringLiteral("FROM search_content WHERE id IN (SELECT rowid FROM search WHERE search "
                          "MATCH ?)%1 AND instr(%2, ?) > 0")
        .arg(latestOnly ? QStringLiteral(" AND c1 = 'yes'") : QString(),
             letters
                 ? QStringLiteral("lower(replace(replace(c0, char(8490), 'k'), char(383), 's'))")
                 : QStringLiteral("c0"));
}

// The end of the range of search_ids whose suffixes begin with @p id: every character an id
// holds sorts before DEL.
QString idRangeEnd(const QString &id)
{
    return id + QChar(0x7F);
}

} // namespace

SqliteDialect::Remembered SqliteDialect::remembered(QHash<QString, Remembered> &cache,
                                                    const QString &key,
                                                    const std::function<Remembered()> &find) const
{
    constexpr int kRememberMs = 30000;
    constexpr qsizetype kRemembered = 64;
    {
        const QMutexLocker lock(&m_rarestLock);
        const auto it = cache.constFind(key);
        if (it != cache.cend() && !it->until.hasExpired())
            return *it;
    }
    Remembered found = find();
    // No id holding a term drops the ids from its search (SqliteDialect::search): an id stored
    // since must be found, so that answer is asked again each time (one index seek).
    if (found.idMatches == 0)
        return found;
    found.until = QDeadlineTimer(kRememberMs);
    const QMutexLocker lock(&m_rarestLock);
    if (cache.size() >= kRemembered)
        cache.clear();
    cache.insert(key, found);
    return found;
}

QString SqliteDialect::rarestOf(const QSqlDatabase &db, const QString &term) const
{
    return remembered(m_rarest, term,
                      [&] {
                          return Remembered{rarestSubstring(db, term, kNarrowCap), -1, {}};
                      })
        .part;
}

qint64 SqliteDialect::idMatchesOf(const QSqlDatabase &db, const QString &id) const
{
    return remembered(
               m_idMatches, id,
               [&] {
                   QSqlQuery q(db);
                   const bool counted =
                       run(q,
                           QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM search_ids WHERE "
                                          "suffix >= ? AND suffix < ? LIMIT ?)"),
                           {id, idRangeEnd(id), kManyIds + 1}) &&
                       q.next();
                   // Unknown: as many as could be, which only costs the plan a count.
                   return Remembered{
                       {}, counted ? q.value(0).toLongLong() : qint64(kManyIds) + 1, {}};
               })
        .idMatches;
}

namespace {

// One term of a search, as the tables answer it.
struct SearchTerm
{
    QString text;
    qsizetype length = 0;
    QString id;     // idTerm(): the term may occur in an id, searched in search_ids
    QString rarest; // a long term's rarest four characters (narrowedRows)
    qint64 ids = 0; // the applications whose id holds it, counted up to kManyIds + 1
};

// The versions of the applications whose id holds a term: a range of search_ids, then each
// id's versions (CROSS JOIN keeps that order: with a condition on the versions SQLite would
// walk every latest version and read the range for each).
const QLatin1String kIdVersions("SELECT w.pk FROM search_ids i CROSS JOIN application_versions w "
                                "ON w.app_id = i.app_id WHERE i.suffix >= ? AND i.suffix < ?");

// The condition of a term whose rows are not one full-text table's matches: a long term
// narrowed to its rarest part, or a term that may occur in an application's id.
struct TermCondition
{
    QString condition; // on the version row "v"
    QVariantList values;
    sql::SearchCondition::Count text; // the text's matches alone
    sql::SearchCondition::Count id;   // the ids' (known: counted in search_ids)
    // The term's matches alone ("FROM …", SearchCondition::countOnly): the text's, or their
    // union with the ids' versions; empty when each version's id is checked instead.
    sql::SearchCondition::Count alone;
};

TermCondition termCondition(const SearchTerm &term, bool latestOnly)
{
    TermCondition made;
    const FtsTerms phrase{QStringLiteral("search"), {quoted(term.text)}};
    QString textVersions = QStringLiteral("SELECT rowid FROM search WHERE search MATCH ?");
    made.values = {phrase.match(false)};
    made.text = {QStringLiteral("FROM search WHERE search MATCH ?"), {phrase.match(latestOnly)}};
    if (!term.rarest.isEmpty()) {
        made.text = {narrowedRows(latestOnly, term.text),
                     {QStringLiteral("body : ") + quoted(term.rarest), asciiFolded(term.text)}};
        textVersions = QStringLiteral("SELECT id ") + narrowedRows(false, term.text);
        made.values = made.text.values;
    }
    made.condition = QStringLiteral("v.pk IN (%1)").arg(textVersions);
    made.alone = made.text;
    if (!term.id.isEmpty() && term.ids > kManyIds) {
        made.alone = {};
        // Gathering the versions of tens of thousands of ids and their union with the text's
        // rows costs more than checking each version's id: "BENCH", in every id of 1,000,000,
        // counted in 2.6 s so and in 0.34 s checked.
        made.condition =
            QStringLiteral("(instr(lower(v.app_id), ?) > 0 OR %1)").arg(made.condition);
        made.values.prepend(term.id);
    } else if (!term.id.isEmpty()) {
        made.condition = QStringLiteral("v.pk IN (%1 UNION %2)").arg(textVersions, kIdVersions);
        made.values << term.id << idRangeEnd(term.id);
        // Counted as the union of the two, each read from its index: as the versions, a capped
        // count walked an index of every latest version until it had met 1,001 ("2026" at
        // 1,000,000, 2,774 matches: 98 ms).
        const QString textRows =
            term.rarest.isEmpty()
                ? QStringLiteral("SELECT rowid FROM search WHERE search MATCH ?")
                : QStringLiteral("SELECT id ") + narrowedRows(latestOnly, term.text);
        made.alone = {QStringLiteral("FROM (%1 UNION %2%3)")
                          .arg(textRows, kIdVersions,
                               latestOnly ? QStringLiteral(" AND +w.is_latest = 1") : QString()),
                      made.text.values + QVariantList{term.id, idRangeEnd(term.id)}};
    }
    if (!term.id.isEmpty())
        made.id.known = term.ids; // an application's latest version, or a few versions
    return made;
}

// The condition, checked row by row, and its values: a trigram phrase is one full-text lookup
// per row (about 500 times the cost of gathering a match), asked after the row's id; a short
// term is looked for in the row's id and text (lower() folds ASCII letters only, as the grams
// were folded), about ten times.
void addRowByRow(sql::SearchCondition &result, const QList<SearchTerm> &terms)
{
    FtsTerms trigram{QStringLiteral("search"), {}};
    QStringList rowByRow;
    QVariantList values;
    bool lookups = false;
    for (const SearchTerm &term : terms) {
        if (!term.id.isEmpty()) {
            rowByRow << QStringLiteral("(instr(lower(v.app_id), ?) > 0 OR EXISTS (SELECT 1 FROM "
                                       "search WHERE search MATCH ? AND search.rowid = v.pk))");
            values << term.id << QStringLiteral("body : ") + quoted(term.text);
            lookups = true;
        } else if (term.length >= 3) {
            trigram.phrases << quoted(term.text);
        } else {
            rowByRow << QStringLiteral("instr(lower(v.app_id || char(10) || (SELECT body FROM "
                                       "search WHERE rowid = v.pk)), ?) > 0");
            values << asciiFolded(term.text);
        }
    }
    if (!trigram.phrases.isEmpty()) {
        rowByRow.prepend(QStringLiteral("EXISTS (SELECT 1 FROM search WHERE search MATCH ? AND "
                                        "search.rowid = v.pk)"));
        values.prepend(trigram.match(false));
        lookups = true;
    }
    result.rowByRow = rowByRow.join(QStringLiteral(" AND "));
    result.rowByRowValues = values;
    result.walkCost = lookups ? 500 : 10;
}

} // namespace

sql::SearchCondition SqliteDialect::search(const QSqlDatabase &db, const QStringList &terms,
                                           bool latestOnly) const
{
    // Three or more characters: a trigram phrase, or for five or more that fold as lower()
    // folds, its rarest four characters and the text; and, when the term could be part of an
    // application's id, a range of search_ids. One or two, which trigram cannot answer: the
    // term's one token in search_grams, which holds every short substring of the id and text.
    QList<SearchTerm> classified;
    FtsTerms trigram{QStringLiteral("search"), {}};
    FtsTerms shortTerms{QStringLiteral("search_grams"), {}};
    for (const QString &text : terms) {
        SearchTerm term{text, text.toUcs4().size(), idTerm(text), {}};
        if (!term.id.isEmpty()) {
            term.ids = idMatchesOf(db, term.id);
            if (term.ids == 0)
                term.id.clear(); // in no id: the text alone, counted alone
        }
        if (term.length >= 5 && foldsAsLower(text))
            term.rarest = rarestOf(db, text);
        if (term.rarest.isEmpty() && term.id.isEmpty() && term.length >= 3)
            trigram.phrases << quoted(text);
        else if (term.length < 3)
            shortTerms.phrases << quoted(gramToken(asciiFolded(text)));
        classified << term;
    }
    sql::SearchCondition result;
    QStringList conditions;
    for (const FtsTerms *fts : {&trigram, &shortTerms}) {
        if (fts->phrases.isEmpty())
            continue;
        conditions
            << QStringLiteral("v.pk IN (SELECT rowid FROM %1 WHERE %1 MATCH ?)").arg(fts->table);
        result.values << fts->match(false);
        result.countOnly = QStringLiteral("FROM %1 WHERE %1 MATCH ?").arg(fts->table);
        result.countOnlyValues = {fts->match(latestOnly)};
        result.bounds << QList<sql::SearchCondition::Count>{
            {result.countOnly, result.countOnlyValues}};
    }
    for (const SearchTerm &term : std::as_const(classified)) {
        if (term.rarest.isEmpty() && term.id.isEmpty())
            continue;
        const TermCondition made = termCondition(term, latestOnly);
        conditions << made.condition;
        result.values << made.values;
        result.countOnly = made.alone.rows;
        result.countOnlyValues = made.alone.values;
        result.bounds << QList<sql::SearchCondition::Count>{made.text};
        if (!term.id.isEmpty())
            result.bounds.last() << made.id;
        // At most kNarrowCap rows of text, and as many applications of ids at most.
        if (!term.rarest.isEmpty() && (term.id.isEmpty() || term.ids <= kNarrowCap))
            result.fewMatches = true;
    }
    if (conditions.size() != 1) {
        result.countOnly.clear(); // the versions are counted
        result.countOnlyValues.clear();
    }
    result.condition = conditions.join(QStringLiteral(" AND "));
    addRowByRow(result, classified);
    // A term in more than kManyIds ids checks each version's id in its condition already: read
    // in the inbox's order, that stops at the page. The row-by-row form would look up every
    // version whose id lacks the term in the full-text table, and the plan's sample of the
    // newest versions says nothing of ids given in order ("H-00" is in every tenth id of
    // 1,000,000, none of the newest): no plan is chosen for such a search.
    if (std::any_of(classified.cbegin(), classified.cend(),
                    [](const SearchTerm &term) { return term.ids > kManyIds; })) {
        result.rowByRow.clear();
        result.rowByRowValues.clear();
        result.bounds.clear();
    }
    return result;
}

Status SqliteDialect::indexForSearch(sql::Statements &st, qint64 versionPk, const QString &appId,
                                     const QString &body, bool latest) const
{
    const QString mark = latest ? QStringLiteral("yes") : QString(QLatin1String(""));
    if (!st.run(QStringLiteral("INSERT INTO search (rowid, body, latest) VALUES (?, ?, ?)"),
                {versionPk, trigramText(body, appId), mark}) ||
        !st.run(QStringLiteral("INSERT INTO search_grams (rowid, body, latest) VALUES (?, ?, ?)"),
                {versionPk, gramDocument(body), mark}))
        return queryError(st.query());
    // An earlier version put the id's suffixes there already.
    for (const QString &suffix : idSuffixes(appId)) {
        if (!st.run(
                QStringLiteral("INSERT OR IGNORE INTO search_ids (suffix, app_id) VALUES (?, ?)"),
                {suffix, appId}))
            return queryError(st.query());
    }
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

/** Prepares @p sql on @p handle, binds @p values to its placeholders as texts and gives
 *  @p visit the statement at each of its rows. */
Status stepRows(sqlite3 *handle, const QByteArray &sql, const QStringList &values,
                const std::function<void(sqlite3_stmt *)> &visit)
{
    sqlite3_stmt *prepared = nullptr;
    if (sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &prepared, nullptr) !=
        SQLITE_OK)
        return sqliteError(handle);
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> statement(prepared,
                                                                           sqlite3_finalize);
    for (int i = 0; i < int(values.size()); ++i) {
        const QByteArray value = values.at(i).toUtf8();
        if (sqlite3_bind_text(prepared, i + 1, value.constData(), int(value.size()),
                              SQLITE_TRANSIENT) != SQLITE_OK)
            return sqliteError(handle);
    }
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(prepared)) == SQLITE_ROW)
        visit(prepared);
    if (step != SQLITE_DONE)
        return sqliteError(handle);
    return success();
}

/** A row of a prepared statement, read in place. */
class StatementRow final : public sql::RowView
{
public:
    explicit StatementRow(sqlite3_stmt *statement)
        : m_statement(statement)
    {}
    QByteArrayView utf8(int column) const override { return columnText(m_statement, column); }
    qint64 integer(int column) const override { return sqlite3_column_int64(m_statement, column); }
    bool isNull(int column) const override
    {
        return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
    }

private:
    sqlite3_stmt *m_statement;
};

/** The SQLite connection behind @p db; null when Qt's driver is not SQLite's. */
sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace

Status SqliteDialect::forEachRow(const QSqlDatabase &db, const QString &select,
                                 const QStringList &values,
                                 const std::function<void(const sql::RowView &)> &visit) const
{
    sqlite3 *handle = handleOf(db);
    if (!handle)
        return Dialect::forEachRow(db, select, values, visit);
    return stepRows(handle, select.toUtf8(), values,
                    [&visit](sqlite3_stmt *prepared) { visit(StatementRow(prepared)); });
}

} // namespace gd::sqlite
