// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema.h"

namespace gd::schema {
namespace {

// v0 → v1: applications, the register, attachments and full-text search.
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

} // namespace

QStringList migrationStep(int from)
{
    switch (from) {
    case 0:
        return toVersion1();
    default:
        return {};
    }
}

} // namespace gd::schema
