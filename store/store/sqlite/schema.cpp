// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sqlite/schema.h"

#include "store/sql/monitoringfacts.h"

namespace gd::schema {
namespace {

// v0 → v1: applications, the register, attachments and full-text search.
// Long on purpose: one statement per table, in the order a migration runs them, reads as the
// schema itself; splitting it would scatter one migration step over several functions.
QStringList toVersion1()
{
    return {
        QStringLiteral(R"(CREATE TABLE applicants (
            credit_code TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            updated_at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE application_versions (
            pk INTEGER PRIMARY KEY,
            app_id TEXT NOT NULL,
            version INTEGER NOT NULL CHECK (version >= 1),
            content_sha256 TEXT NOT NULL,
            submitted_at TEXT NOT NULL,
            deadline TEXT,
            applicant_code TEXT NOT NULL REFERENCES applicants(credit_code),
            applicant_name TEXT NOT NULL,
            scenario_name TEXT NOT NULL,
            domain TEXT NOT NULL,
            mode TEXT NOT NULL CHECK (mode IN ('whole', 'domain', 'scenario')),
            use_class TEXT NOT NULL CHECK (use_class IN
                ('public_governance', 'public_welfare', 'industry', 'sector')),
            period_start TEXT NOT NULL,
            period_end TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'in_review',
                'awaiting_approval', 'decided', 'returned', 'signed', 'countersigned', 'filed')),
            decision TEXT NOT NULL DEFAULT '' CHECK (decision IN ('', 'approved',
                'conditionally_approved', 'rejected', 'returned')),
            resource_count INTEGER NOT NULL,
            imported_at TEXT NOT NULL,
            is_latest INTEGER NOT NULL DEFAULT 0,
            UNIQUE (app_id, version)))"),
        // One index per sortable inbox column, led by is_latest (the inbox's usual filter)
        // and ending in the tie-breakers, so that ORDER BY ... LIMIT walks an index.
        QStringLiteral("CREATE INDEX av_latest_submitted ON application_versions "
                       "(is_latest, submitted_at, app_id, version)"),
        QStringLiteral("CREATE INDEX av_latest_status ON application_versions "
                       "(is_latest, status, app_id, version)"),
        QStringLiteral("CREATE INDEX av_latest_applicant ON application_versions "
                       "(is_latest, applicant_name, app_id, version)"),
        QStringLiteral("CREATE INDEX av_latest_scenario ON application_versions "
                       "(is_latest, scenario_name, app_id, version)"),
        QStringLiteral("CREATE INDEX av_latest_domain ON application_versions "
                       "(is_latest, domain, app_id, version)"),
        QStringLiteral("CREATE INDEX av_latest_mode ON application_versions "
                       "(is_latest, mode, app_id, version)"),
        QStringLiteral("CREATE INDEX av_latest_use ON application_versions "
                       "(is_latest, use_class, app_id, version)"),
        QStringLiteral("CREATE INDEX av_latest_deadline ON application_versions "
                       "(is_latest, deadline, app_id, version)"),
        QStringLiteral("CREATE INDEX av_latest_version ON application_versions "
                       "(is_latest, version, app_id)"),
        QStringLiteral("CREATE INDEX av_latest_resources ON application_versions "
                       "(is_latest, resource_count, app_id, version)"),
        QStringLiteral("CREATE INDEX av_latest_id ON application_versions "
                       "(is_latest, app_id, version)"),
        // The file as received, kept apart so that inbox rows stay small.
        QStringLiteral(R"(CREATE TABLE application_files (
            version_pk INTEGER PRIMARY KEY REFERENCES application_versions(pk) ON DELETE CASCADE,
            source_json BLOB NOT NULL))"),
        QStringLiteral("CREATE INDEX av_applicant ON application_versions (applicant_code)"),
        QStringLiteral(R"(CREATE TABLE requested_resources (
            pk INTEGER PRIMARY KEY,
            version_pk INTEGER NOT NULL REFERENCES application_versions(pk) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            registration_code TEXT,
            provider TEXT NOT NULL,
            fields TEXT NOT NULL,
            grade TEXT,
            volume INTEGER,
            update_frequency TEXT,
            delivery TEXT NOT NULL,
            shared_from TEXT,
            justification TEXT NOT NULL,
            UNIQUE (version_pk, position)))"),
        QStringLiteral("CREATE INDEX rr_code ON requested_resources (registration_code)"),
        QStringLiteral(R"(CREATE TABLE blobs (
            sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
            size INTEGER NOT NULL,
            content BLOB NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE attachments (
            pk INTEGER PRIMARY KEY,
            version_pk INTEGER NOT NULL REFERENCES application_versions(pk) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            path TEXT NOT NULL,
            sha256 TEXT NOT NULL REFERENCES blobs(sha256),
            UNIQUE (version_pk, position)))"),
        QStringLiteral("CREATE INDEX attachments_sha ON attachments (sha256)"),
        QStringLiteral(R"(CREATE TABLE register_resources (
            code TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            provider TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('active', 'changed', 'corrected', 'cancelled')),
            registered_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            source TEXT NOT NULL,
            imported_at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE register_history (
            pk INTEGER PRIMARY KEY,
            code TEXT NOT NULL REFERENCES register_resources(code) ON DELETE CASCADE,
            status TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            source TEXT NOT NULL,
            imported_at TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX register_history_code ON register_history (code, pk)"),
        // Full-text search, rowid = application_versions.pk. Trigram answers terms of three
        // or more characters; it cannot split shorter ones, so search_short holds the same
        // text with every CJK character as a token of its own, which answers one- and
        // two-character terms (医疗 as the phrase "医 疗") from an index too.
        QStringLiteral("CREATE VIRTUAL TABLE search USING fts5(body, tokenize='trigram')"),
        QStringLiteral("CREATE VIRTUAL TABLE search_short USING fts5(body, "
                       "tokenize='unicode61')"),
    };
}

// v1 → v2: reviews (answers, notes, proposed decision, where the officer was) and the
// audit trail. Only tables are added, so a v1 database keeps everything it holds.
QStringList toVersion2()
{
    return {
        QStringLiteral(R"(CREATE TABLE reviews (
            pk INTEGER PRIMARY KEY,
            version_pk INTEGER NOT NULL UNIQUE
                REFERENCES application_versions(pk) ON DELETE CASCADE,
            template_version TEXT NOT NULL,
            reviewer TEXT NOT NULL,
            current_step TEXT NOT NULL DEFAULT 'formal' CHECK (current_step IN ('formal',
                'resources', 'checklist', 'security', 'modes', 'pricing', 'decision')),
            proposal_decision TEXT NOT NULL DEFAULT '' CHECK (proposal_decision IN ('',
                'approved', 'conditionally_approved', 'rejected', 'returned')),
            proposal_conditions TEXT NOT NULL DEFAULT '[]',
            proposal_reasons TEXT NOT NULL DEFAULT '[]',
            opinion TEXT NOT NULL DEFAULT '',
            started_at TEXT NOT NULL,
            updated_at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE review_answers (
            review_pk INTEGER NOT NULL REFERENCES reviews(pk) ON DELETE CASCADE,
            item_id TEXT NOT NULL,
            verdict TEXT NOT NULL DEFAULT '' CHECK (verdict IN ('', 'pass', 'fail',
                'not_applicable')),
            rationale TEXT NOT NULL DEFAULT '',
            evidence TEXT NOT NULL DEFAULT '[]',
            suggested INTEGER NOT NULL DEFAULT 0 CHECK (suggested IN (0, 1)),
            suggestion_reason TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL,
            PRIMARY KEY (review_pk, item_id)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE review_notes (
            review_pk INTEGER NOT NULL REFERENCES reviews(pk) ON DELETE CASCADE,
            key TEXT NOT NULL,
            value TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (review_pk, key)) WITHOUT ROWID)"),
        // hash = SM3(prev_hash || canonical event); see AuditTrail.
        QStringLiteral(R"(CREATE TABLE audit_events (
            seq INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            subject TEXT NOT NULL,
            detail TEXT NOT NULL,
            prev_hash TEXT NOT NULL CHECK (length(prev_hash) = 64),
            hash TEXT NOT NULL CHECK (length(hash) = 64)))"),
        QStringLiteral("CREATE INDEX audit_events_subject ON audit_events (subject, seq)"),
        // Append-only for the application; an attacker with the sqlite3 tool can drop these,
        // which is what the hash chain is for.
        QStringLiteral(R"(CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
            BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END)"),
        QStringLiteral(R"(CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
            BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END)"),
        // The head verified last, so that opening checks only what was added since.
        QStringLiteral(R"(CREATE TABLE audit_checkpoint (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            seq INTEGER NOT NULL,
            hash TEXT NOT NULL,
            verified_at TEXT NOT NULL))"),
        // The full-text tables gain column latest ("yes" on the highest version of each
        // application), so that the inbox's usual search, latest versions only, is answered
        // and counted by the index alone. FTS5 cannot add a column: rebuild and copy.
        QStringLiteral("CREATE VIRTUAL TABLE search_v2 USING fts5(body, latest, "
                       "tokenize='trigram')"),
        QStringLiteral("CREATE VIRTUAL TABLE search_short_v2 USING fts5(body, latest, "
                       "tokenize='unicode61')"),
        QStringLiteral("INSERT INTO search_v2 (rowid, body, latest) SELECT s.rowid, s.body, "
                       "CASE WHEN v.is_latest = 1 THEN 'yes' ELSE '' END FROM search s "
                       "JOIN application_versions v ON v.pk = s.rowid"),
        QStringLiteral("INSERT INTO search_short_v2 (rowid, body, latest) SELECT s.rowid, "
                       "s.body, CASE WHEN v.is_latest = 1 THEN 'yes' ELSE '' END FROM "
                       "search_short s JOIN application_versions v ON v.pk = s.rowid"),
        QStringLiteral("DROP TABLE search"),
        QStringLiteral("DROP TABLE search_short"),
        QStringLiteral("ALTER TABLE search_v2 RENAME TO search"),
        QStringLiteral("ALTER TABLE search_short_v2 RENAME TO search_short"),
    };
}

// v2 → v3: monitoring feeds (product calls, security incidents, filings and disclosures),
// the record of what feed file was imported when, and alert acknowledgements. Only tables
// are added; the full-text tables are not touched. Long on purpose, like toVersion1: one
// statement per table of one migration step.
QStringList toVersion3()
{
    return {
        // One row per feed file imported; a file whose SHA-256 is here was seen before.
        QStringLiteral(R"(CREATE TABLE feed_imports (
            pk INTEGER PRIMARY KEY,
            sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
            path TEXT NOT NULL,
            format TEXT NOT NULL,
            source TEXT NOT NULL,
            exported_at TEXT NOT NULL DEFAULT '',
            records INTEGER NOT NULL,
            added INTEGER NOT NULL,
            replaced INTEGER NOT NULL,
            imported_at TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX feed_imports_sha ON feed_imports (sha256)"),
        // grantdesk.feed.calls/1: units delivered and revenue per product and period.
        // A record with a known id replaces the earlier one. Money as exact decimal text.
        QStringLiteral(R"(CREATE TABLE feed_calls (
            id TEXT PRIMARY KEY,
            operator_code TEXT NOT NULL,
            operator_name TEXT NOT NULL,
            product TEXT NOT NULL,
            app_id TEXT NOT NULL DEFAULT '',
            resource_code TEXT NOT NULL DEFAULT '',
            period_start TEXT NOT NULL,
            period_end TEXT NOT NULL,
            calls INTEGER NOT NULL CHECK (calls >= 0),
            free_calls INTEGER NOT NULL CHECK (free_calls >= 0),
            active_users INTEGER NOT NULL CHECK (active_users >= 0),
            revenue TEXT NOT NULL,
            source TEXT NOT NULL,
            import_pk INTEGER NOT NULL REFERENCES feed_imports(pk),
            updated_at TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX feed_calls_period ON feed_calls (period_start, period_end)"),
        QStringLiteral("CREATE INDEX feed_calls_app ON feed_calls (app_id)"),
        QStringLiteral("CREATE INDEX feed_calls_operator ON feed_calls (operator_code)"),
        // grantdesk.feed.incidents/1: security incidents, open until closed_at is set.
        QStringLiteral(R"(CREATE TABLE feed_incidents (
            id TEXT PRIMARY KEY,
            opened_at TEXT NOT NULL,
            severity TEXT NOT NULL CHECK (severity IN ('low', 'medium', 'high', 'critical')),
            operator_code TEXT NOT NULL DEFAULT '',
            app_id TEXT NOT NULL DEFAULT '',
            resource_code TEXT NOT NULL DEFAULT '',
            summary TEXT NOT NULL,
            responded_at TEXT NOT NULL DEFAULT '',
            closed_at TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL,
            import_pk INTEGER NOT NULL REFERENCES feed_imports(pk),
            updated_at TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX feed_incidents_opened ON feed_incidents (opened_at)"),
        // grantdesk.feed.filings/1: 备案 of plans and agreements, and annual disclosures.
        QStringLiteral(R"(CREATE TABLE feed_filings (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('plan', 'agreement', 'disclosure')),
            party_kind TEXT NOT NULL CHECK (party_kind IN ('implementing_body', 'operator')),
            party_id TEXT NOT NULL,
            party_name TEXT NOT NULL,
            app_id TEXT NOT NULL DEFAULT '',
            reference TEXT NOT NULL DEFAULT '',
            decided_at TEXT NOT NULL DEFAULT '',
            filed_at TEXT NOT NULL DEFAULT '',
            valid_from TEXT NOT NULL DEFAULT '',
            valid_to TEXT NOT NULL DEFAULT '',
            year INTEGER NOT NULL DEFAULT 0,
            published_at TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL,
            import_pk INTEGER NOT NULL REFERENCES feed_imports(pk),
            updated_at TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX feed_filings_party ON feed_filings (party_kind, party_id)"),
        QStringLiteral("CREATE INDEX feed_filings_app ON feed_filings (app_id)"),
        // An acknowledged alert, by its stable key (code and subject); acknowledging again
        // replaces the note. Every acknowledgement is also an audit event.
        QStringLiteral(R"(CREATE TABLE alert_acks (
            key TEXT PRIMARY KEY,
            code TEXT NOT NULL,
            note TEXT NOT NULL,
            actor TEXT NOT NULL,
            at TEXT NOT NULL) WITHOUT ROWID)"),
    };
}

// v3 → v4: the inbox's overdue count reads open cases by deadline from one covering index
// (83 ms → 2 ms on 100,000 applications; it ran on every start, before the first paint).
QStringList toVersion4()
{
    return {QStringLiteral("CREATE INDEX av_latest_status_deadline ON application_versions "
                           "(is_latest, status, deadline)")};
}

// v4 → v5: one- and two-character terms found only token prefixes in search_short ("26"
// missed GZ-2026-0001). search_grams holds every distinct substring of one or two characters
// of the body (ASCII folded, without whitespace), each as the hex of its UTF-8 bytes, so that
// such a term finds exactly what LIKE '%term%' finds. ApplicationStore computes the same
// document (gramDocument) for new versions.
QStringList toVersion5()
{
    return {
        QStringLiteral("CREATE VIRTUAL TABLE search_grams USING fts5(body, latest, "
                       "tokenize='ascii')"),
        QStringLiteral(R"(INSERT INTO search_grams (rowid, body, latest)
            WITH RECURSIVE pos(pk, t, i) AS (
                SELECT rowid, lower(body), 1 FROM search WHERE length(body) > 0
                UNION ALL SELECT pk, t, i + 1 FROM pos WHERE i < length(t)),
            grams(pk, g) AS (
                SELECT pk, substr(t, i, 1) FROM pos
                UNION ALL SELECT pk, substr(t, i, 2) FROM pos WHERE i < length(t)),
            distinct_grams(pk, g) AS (
                SELECT DISTINCT pk, g FROM grams WHERE g NOT GLOB '*[ '
                || char(9) || char(10) || char(13) || ']*' ORDER BY pk, g)
            SELECT d.pk, group_concat(hex(d.g), ' '), s.latest
            FROM distinct_grams d JOIN search s ON s.rowid = d.pk GROUP BY d.pk)"),
        QStringLiteral("DROP TABLE search_short"),
    };
}

// v5 → v6: the redo log of files whose writing belongs to a committed change (a signed
// package and its case's move with the audit event); see PendingFiles.
QStringList toVersion6()
{
    return {QStringLiteral(R"(CREATE TABLE pending_files (
            path TEXT PRIMARY KEY,
            sha256 TEXT NOT NULL,
            data BLOB NOT NULL,
            recorded_at TEXT NOT NULL))")};
}

// v6 → v7: signed checkpoints of the audit trail (see audit::anchorHead). Signing,
// countersigning and acknowledging an alert record one row, in the same transaction as their
// event: the event's seq and hash signed with the acting officer's key, so that the events
// up to it cannot be rewritten without that key. The index finds those events (and the
// newest of them) without reading the whole trail. A database migrated with events and no
// anchors yet is reported as unanchored, not broken.
QStringList toVersion7()
{
    return {
        QStringLiteral(R"(CREATE TABLE audit_anchors (
            seq INTEGER PRIMARY KEY,
            hash TEXT NOT NULL CHECK (length(hash) = 64),
            at TEXT NOT NULL,
            signer TEXT NOT NULL,
            algorithm TEXT NOT NULL,
            certificate TEXT NOT NULL,
            signature TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TRIGGER audit_anchors_no_update BEFORE UPDATE ON audit_anchors
            BEGIN SELECT RAISE(ABORT, 'audit_anchors is append-only'); END)"),
        QStringLiteral(R"(CREATE TRIGGER audit_anchors_no_delete BEFORE DELETE ON audit_anchors
            BEGIN SELECT RAISE(ABORT, 'audit_anchors is append-only'); END)"),
        QStringLiteral("CREATE INDEX audit_events_action ON audit_events (action, seq)"),
    };
}

// v7 → v8: the authorization's acts after the review (docs/formats/lifecycle.md): one row per
// act, in the order recorded, append-only like the audit trail; each is recorded together with
// its audit event "lifecycle.<act>" in one transaction.
QStringList toVersion8()
{
    return {
        QStringLiteral(R"(CREATE TABLE lifecycle_acts (
            id INTEGER PRIMARY KEY,
            app_id TEXT NOT NULL,
            version INTEGER NOT NULL,
            code TEXT NOT NULL,
            act_date TEXT NOT NULL,
            body TEXT NOT NULL,
            recorded_by TEXT NOT NULL,
            recorded_at TEXT NOT NULL,
            FOREIGN KEY (app_id, version) REFERENCES application_versions (app_id, version)))"),
        QStringLiteral("CREATE INDEX lifecycle_acts_case ON lifecycle_acts (app_id, version, id)"),
        QStringLiteral(R"(CREATE TRIGGER lifecycle_acts_no_update BEFORE UPDATE ON lifecycle_acts
            BEGIN SELECT RAISE(ABORT, 'lifecycle_acts is append-only'); END)"),
        QStringLiteral(R"(CREATE TRIGGER lifecycle_acts_no_delete BEFORE DELETE ON lifecycle_acts
            BEGIN SELECT RAISE(ABORT, 'lifecycle_acts is append-only'); END)"),
    };
}

// v8 → v9: the catalogue's 授权运营类型 and 运营审核方式 per register entry (briefing L201,
// docs/formats/register.md). Nullable: entries imported before, and exports without the
// fields, have none.
QStringList toVersion9()
{
    return {
        QStringLiteral("ALTER TABLE register_resources ADD COLUMN operation_type TEXT"),
        QStringLiteral("ALTER TABLE register_resources ADD COLUMN operation_review TEXT"),
    };
}

// v9 → v10: what monitoring needs of each version beside the inbox's columns
// (store/sql/monitoringfacts.h), so that the indicators and alerts read columns instead of
// decoding every stored file. Nullable: the migration fills them from the stored files after
// these statements (fillMonitoringFacts), and a file that cannot be read leaves them NULL.
QStringList toVersion10()
{
    return {
        QStringLiteral("ALTER TABLE application_versions ADD COLUMN implementing_body TEXT"),
        QStringLiteral("ALTER TABLE application_versions ADD COLUMN operator_code TEXT"),
        QStringLiteral("ALTER TABLE application_versions ADD COLUMN operator_name TEXT"),
        QStringLiteral("ALTER TABLE application_versions ADD COLUMN mlps_level INTEGER"),
        QStringLiteral("ALTER TABLE application_versions ADD COLUMN crypto_assessment INTEGER"),
        QStringLiteral("ALTER TABLE application_versions ADD COLUMN emergency_plan INTEGER"),
        QStringLiteral("ALTER TABLE requested_resources ADD COLUMN field_count INTEGER"),
        QStringLiteral("UPDATE requested_resources SET field_count = json_array_length(fields)"),
    };
}

// v10 → v11: what monitoring counts comes from indexes (issue 13). Each requested resource
// keeps its version's submission time, so that a resource's first request is one seek in
// (registration_code, submitted_at) instead of a walk over every request and its version; the
// versions that carry a decision (and the few whose facts are unknown) have indexes of their
// own, so that monitoring reads the cases it judges without walking every application; the
// dashboard's filter choices (implementing bodies, operators) are read from indexes too.
QStringList toVersion11()
{
    QStringList steps{
        QStringLiteral("ALTER TABLE requested_resources ADD COLUMN submitted_at TEXT"),
        QStringLiteral("UPDATE requested_resources SET submitted_at = (SELECT v.submitted_at "
                       "FROM application_versions v WHERE v.pk = requested_resources.version_pk)"),
        QStringLiteral("DROP INDEX rr_code"),
        // The period's submissions and the codes they request (registration_codes, written with
        // the version: store/sql/monitoringfacts.h), from one index alone.
        QStringLiteral("ALTER TABLE application_versions ADD COLUMN registration_codes TEXT"),
        QStringLiteral("UPDATE application_versions SET registration_codes = COALESCE((SELECT "
                       "group_concat(c, '') FROM (SELECT COALESCE(r.registration_code, '') || "
                       "char(31) AS c FROM requested_resources r WHERE r.version_pk = "
                       "application_versions.pk ORDER BY r.position)), '')"),
    };
    return steps << sql::version11Indexes();
}

// v11 → v12: the application ids leave the trigram table for search_ids (issue 13). Every id of
// a set begins alike ("GZ-2026-", "BENCH-00"), so that each of those trigrams matched every row
// and a term like "BENCH-00099" read them all (78 ms at 1,000,000). search_ids holds each suffix
// of an id three or more characters long, ASCII folded (SqliteDialect's idSuffixes), and a
// term occurs in an id exactly when it begins one of them: an index range. The trigram table is
// rebuilt with each body's first line, its id, left out (trigramText); search_grams keeps the
// ids for terms of one or two characters.
QStringList toVersion12()
{
    return {
        QStringLiteral(R"(CREATE TABLE search_ids (
            suffix TEXT NOT NULL,
            app_id TEXT NOT NULL,
            PRIMARY KEY (suffix, app_id)) WITHOUT ROWID)"),
        QStringLiteral(R"(INSERT OR IGNORE INTO search_ids (suffix, app_id)
            WITH RECURSIVE ids(app_id) AS (SELECT DISTINCT app_id FROM application_versions),
            pos(app_id, i) AS (
                SELECT app_id, 1 FROM ids WHERE length(app_id) >= 3
                UNION ALL SELECT app_id, i + 1 FROM pos WHERE length(app_id) - i >= 3)
            SELECT lower(substr(app_id, i)), app_id FROM pos)"),
        QStringLiteral("CREATE VIRTUAL TABLE search_v12 USING fts5(body, latest, "
                       "tokenize='trigram')"),
        QStringLiteral(R"(INSERT INTO search_v12 (rowid, body, latest)
            SELECT s.rowid, CASE WHEN s.body = v.app_id THEN ''
                WHEN substr(s.body, 1, length(v.app_id) + 1) = v.app_id || char(10)
                THEN substr(s.body, length(v.app_id) + 2) ELSE s.body END, s.latest
            FROM search s JOIN application_versions v ON v.pk = s.rowid)"),
        QStringLiteral("DROP TABLE search"),
        QStringLiteral("ALTER TABLE search_v12 RENAME TO search"),
    };
}

} // namespace

QStringList migrationStep(int from)
{
    switch (from) {
    case 0:
        return toVersion1();
    case 1:
        return toVersion2();
    case 2:
        return toVersion3();
    case 3:
        return toVersion4();
    case 4:
        return toVersion5();
    case 5:
        return toVersion6();
    case 6:
        return toVersion7();
    case 7:
        return toVersion8();
    case 8:
        return toVersion9();
    case 9:
        return toVersion10();
    case 10:
        return toVersion11();
    case 11:
        return toVersion12();
    default:
        return {};
    }
}

} // namespace gd::schema
