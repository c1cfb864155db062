// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QList>
#include <QStringList>

#include "audit/trailanchor.h"
#include "core/result.h"
#include "domain/auditrecords.h"

namespace gd {

class CheckInterrupt;
class Desk;

/**
 * The desk's audit trail as the ui and the programs see it (issue 13 item 1): its status on
 * opening, the full verification with its signed checkpoints, and the packages' audit heads.
 * The checks themselves are audit/trailanchor.h; this is where the desk reaches them.
 */
class AuditService final
{
public:
    explicit AuditService(std::shared_ptr<Desk> desk);

    /** Every check from seq 1 (`audit verify`, Tools → Verify Audit Trail). Never writes. */
    Result<audit::TrailReport> verify() const;

    /**
     * verify() as a run another thread can stop: Tools → Verify Audit Trail runs it off the UI
     * thread, since the whole trail of a large archive takes minutes (about 45 s at 100,000
     * applications and their 1.7 million events), and the officer may cancel it or close the
     * window meanwhile. The check on opening runs so too: at 1,000,000 applications it held
     * the window still for seconds after its first paint.
     */
    class Verification final
    {
    public:
        Verification();
        ~Verification();
        Verification(const Verification &) = delete;
        Verification &operator=(const Verification &) = delete;

        /** What run() checks: the whole trail (verify()), or the check on opening
         *  (checkSinceCheckpoint()). */
        enum class Scope
        {
            WholeTrail,
            SinceCheckpoint
        };
        /** verify() on a read-only connection of its own to @p desk's database, in the thread
         *  that calls it (or the check on opening, @p scope); an error once interrupted. */
        Result<audit::TrailReport> run(const Desk &desk, Scope scope = Scope::WholeTrail);
        /** Any thread: run() returns at once, now or when it starts. */
        void interrupt();
        bool isInterrupted() const;

    private:
        std::unique_ptr<CheckInterrupt> m_interrupt;
    };
    /** The check on opening: the chain since the verified checkpoint and the newest one. */
    Result<audit::TrailReport> checkSinceCheckpoint() const;
    /**
     * After a check since the checkpoint that ran on a read-only connection of its own
     * (Verification): moves this desk's checkpoint on to the head it found intact, so that
     * the next check starts there; nothing when the trail was broken or this desk is
     * read-only.
     */
    Status keepCheckedHead(const audit::TrailReport &report) const;
    /** For each package file: whether its audit head is in this desk's chain. */
    Result<QList<audit::PackageHead>> checkPackageHeads(const QStringList &files) const;
    /** The events about one subject ("GZ-2026-0001 v2"), oldest first: a case's history. */
    Result<QList<AuditEvent>> events(const QString &subject) const;

private:
    std::shared_ptr<Desk> m_desk;
};

} // namespace gd
