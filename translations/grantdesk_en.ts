<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <source>Acknowledge Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note (what was done, who was informed):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdjustScoreDialog</name>
    <message>
        <source>Adjust score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score (1–5):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this case differs from the default score (required)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Approval</name>
    <message>
        <source>Only a case awaiting approval can be approved; this case is &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not hold the approver role; only an approver can approve a case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set your name in the officer profile before approving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reviewed this case; another officer must approve it (four eyes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a case in review can be edited; this case is &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not hold the reviewer role; only a reviewer can answer the checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This review belongs to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalAct</name>
    <message>
        <source>there is no signing certificate: the approver agrees or sends back with their own key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate of %1 is not valid now (valid %2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate of %1 is not trusted (%2); an administrator adds the office&apos;s CA or this certificate to the trust store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate names %1, who reviewed this case; another officer must approve it (four eyes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key is not the certificate&apos;s: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the act is not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not the SHA-256 of the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a base64 signature</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>The audit trail could not be checked, so nothing is added to it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail of this database is broken (%1). Nothing is signed or acknowledged on a broken trail; run &quot;grantdesk-cli audit verify&quot; and restore the database from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTrailStatus</name>
    <message>
        <source>⚠ Audit trail broken: signing and acknowledging are refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Tools → Verify Audit Trail checks the whole trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is broken:
%1

GrantDesk does not repair it. Keep the database file as it is and report the break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %Ln event(s) checked.</source>
        <translation type="unfinished">
            <numerusform>The audit trail is intact: %Ln event checked.</numerusform>
            <numerusform>The audit trail is intact: %Ln events checked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed checkpoints: %1, the newest at event %2 (signed by %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signed checkpoint yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Unanchored: %Ln event(s) after the newest signed checkpoint; these could be removed by whoever holds the file without it showing.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Verify audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the whole audit trail, from its first event. On a large archive this takes minutes; you can go on working meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>holds no GrantDesk database (no schema)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup is the database itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy of the backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be moved aside to %1; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup could not be put in place; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistItem</name>
    <message>
        <source>Local practice: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Confirmation</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <source>wrong passphrase (the key is encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardReport</name>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month (%1 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls (10,000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue (10,000 yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1 to %2 · evaluated on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 alerts, %2 not acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications by authorization mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications by scenario domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration coverage of requested resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security incidents by severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring Report on the Authorized Operation of Public Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month (%1 to %2; reported up to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month (%1 to %2; nothing reported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 most severe of %2 alerts are listed below; the dashboard lists the others by kind or severity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every alert, the most severe first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month (%1 to %2; %3 not a whole month, not drawn)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder, not a database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already open in another GrantDesk (process %1 on %2); close it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the lock file %1: no permission to write in its folder (read-only folder?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the lock file %1: the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the lock file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs an upgrade but was opened read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs an upgrade to schema %1, but the file or its folder is read-only; it was left unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Qt SQLite driver is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a GrantDesk database: not an SQLite file, or its header is damaged; it was left unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is damaged or not a GrantDesk database (%1); it was left unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is damaged or not a GrantDesk database: its schema version %1 is not one GrantDesk writes; it was left unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made by a newer GrantDesk (schema %1, this one knows %2); not opened so that nothing is lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a GrantDesk database (another program&apos;s SQLite file); it was not opened and was left unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full: %1 cannot grow; free some space and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: the file or its folder is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: no permission, or its folder is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is busy: another program kept it locked for more than 5 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read or written: input/output error (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is open read-only: nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the office server is backed up with pg_dump by its administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names a server GrantDesk cannot use; give a database file or postgresql://USER@HOST[:PORT]/DATABASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server asks for this login&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server did not accept the password of this login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s database has schema %1, newer than this GrantDesk (%2): update GrantDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s database has schema %1, which this GrantDesk cannot migrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s database holds no GrantDesk schema yet, and it was opened read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a server locator; expected postgresql://USER@HOST[:PORT]/DATABASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a password does not belong in the locator (it would be kept in histories and logs); give it in PGPASSWORD or ~/.pgpass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the locator names no user (postgresql://USER@HOST/DATABASE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the locator names no database (postgresql://USER@HOST/DATABASE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the locator names no host (postgresql://USER@HOST/DATABASE, or ?host=/folder for a Unix socket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the locator&apos;s port is not a port number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Qt PostgreSQL driver is not installed (apt install libqt6sql6-psql)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the locator&apos;s option %1 is not one GrantDesk passes on (host, port, sslmode, sslcert, sslkey, sslrootcert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sslmode %1 is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the locator&apos;s %1 must be a file path without spaces, quotes or semicolons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>the audit trail of %1 is not intact (%2); nothing was copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy in %1 does not hold what was read from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists; a copy is written to a new file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeeEngine</name>
    <message>
        <source>priority scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>small business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule file %1 (%2), effective %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule file %1 is a trial schedule; the fee may change when it is finalized.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review date %1 is outside the rule file&apos;s effective period %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1 to %2: %3 months (a started month counts in full); the maximum is %4 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period of %1 months is longer than the maximum of %2 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product %1 is not in rule file %2; no fee is computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The billing unit %1 differs from the product&apos;s %2; the quantity is priced in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use class %1 is free of charge under rule file %2: the fee is 0.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band %1 (%2): %3 × %4 = %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed fee: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross fee (exact): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount for %1 (%2) does not apply: the flag is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stacking &quot;best&quot;: only the largest matching discount applies (%1, %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stacking &quot;multiply&quot;: every matching discount applies, in the listed order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount for %1, %2: %3 × %4 = %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounded once to the fen, half up: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No operator given: no check against a maximum allowed revenue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator %1: revenue to date %2 + this fee %3 = %4; maximum allowed revenue %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator&apos;s maximum allowed revenue %1 is exceeded by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No operator entry for %1 in rule file %2: no check against a maximum allowed revenue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product %1 %2, billed %3, cap price %4; requested quantity %5 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A finding this version of GrantDesk does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step this version of GrantDesk does not know.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityText</name>
    <message>
        <source>a lone surrogate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an invisible or bidi formatting character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a private-use character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unassigned code point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line or paragraph separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains %1 (%2) at character %3; names and identifiers may not hold control, format, bidi or private-use characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportResultDialog</name>
    <message>
        <source>Import result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details (one line per problem, ready to copy):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>%1: version %2 is missing (stored: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: versions %2 are missing (stored: %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed JSON at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyDialogs</name>
    <message>
        <source>Replace my current key; its folder is kept as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages signed with the old key stay valid; keep its certificate in the trust store of whoever checks them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LifecycleService</name>
    <message>
        <source>the audit trail has no countersignature for this review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this database has no such application version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the authorization&apos;s life starts once the review is countersigned; this case is &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the review did not approve this case (%1): nothing is authorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signing certificate names no officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot begin a transaction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModeComparison</name>
    <message>
        <source>The declared mode (%1) scores %2 points below %3, more than the margin of %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Monitoring</name>
    <message>
        <source>Resource &quot;%1&quot; is used under an authorization in force but has no registration code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource %1 is in use (%2 calls reported) but is not in the resource register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource %1 (%2) was cancelled in the register on %3 but is still used: %4 authorization(s) in force, %5 call record(s) since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 charged %2 for %3 in %4 record(s), above the cap of %5 per unit (%6 allowed under %7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization of %1 ends on %2, in %3 day(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization of %1 ended on %2, but %3 calls were recorded after it in %4 record(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision on %1 (%2) lacks: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 %2 of %3 decided on %4 is not filed after %5 working days (due by %6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No operation agreement of %1, approved on %2, is filed after %3 working days (due by %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator %1 was active in %2 but has not disclosed it; the disclosure is due by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementing body %1 was active in %2 but has not disclosed it; the disclosure is due by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price over the cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum allowed revenue exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used after expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident open too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision records incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filing overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual disclosure due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filings and disclosures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of decisions (approved, conditionally approved or rejected, decided in the period) whose review has passed answers on the minutes of the collective decision, the legality review, the risk assessment and recusal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with all four records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plans and agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average days to filing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public data resources under authorizations in force during the period (approved or conditionally approved), with their records and fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authorized resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of resources requested by applications submitted in the period whose registration code is active in the register (active, changed or corrected); average days from the first request to registration for resources registered after they were first requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requested resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with an active code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average days to register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products and services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data products and services with calls in the period (calls feed, by the month a record starts), the units called, and active users (per product its highest monthly figure, summed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>products and services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of calls in the period provided free for public-interest use (calls feed); public-interest scenarios (use classes free of charge under the fee rules) authorized during the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free public-interest calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public-interest scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economic benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue in the period (calls feed); for each operator with a maximum allowed revenue (MAR) in the fee rules in force at the end of the period, its revenue under those rules against the MAR; call records priced over the cap (revenue above cap price × charged units).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maximum allowed revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revenue counted against the MAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revenue vs MAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operators over their MAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price-over-cap violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authorized scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with platform call logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents opened in the period by severity (incidents feed); average hours from opening to the first response and days to closure; incidents open on the evaluation day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average hours to response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average days to closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open on the evaluation day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes of the collective decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legality review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>general (Level IV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relatively major (Level III)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>major (Level II)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>especially major (Level I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted Monday to Friday only: the holiday calendar does not cover %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used after revocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No operation agreement of %1 is recorded; it was due by %2, %3 day(s) ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization of %1 is not filed; the filing was due by %2, %3 day(s) ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization of %1 is not made public; the disclosure was due by %2, %3 day(s) ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline is a GrantDesk default, not a rule of the briefing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beyond the holiday calendar&apos;s years, working days were counted Monday to Friday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization of %1 was %2 on %3, but %4 calls were recorded after it in %5 record(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has earned %2 under %3 in the pricing period from %4, more than its maximum allowed revenue of %5 (by %6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security incident %1 (%2) has been open for %3 days since %4, more than the %5 days allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collective decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of implementation plans and operation agreements decided in the period that are filed by the evaluation day; average days from the decision to the filing (the filings feed, and the agreements and filings the office recorded in an authorization&apos;s life).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of authorized scenarios in force during the period with the MLPS level their data requires (2 for general, 3 for important, 4 for core data), a passed commercial cryptography assessment where level 3 or above is required, and an emergency plan; how many of them have their calls logged by the platform (calls feed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with valid MLPS level and cryptography assessment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitoringDashboard</name>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitoringSettingsPage</name>
    <message>
        <source>Risk alert thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization &amp;expiring within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An authorization or agreement that ends within this many days raises &quot;expiring&quot; (critical within 7 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incident open longer than:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A security incident still open after this many days raises an alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filing due within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan or agreement not filed this many working days after its decision is overdue (statutory holidays and make-up working days counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual &amp;disclosure due by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementing bodies and operators publish the prior year&apos;s information by this day (31 March)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watched feed folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed files (calls, incidents, filings; JSON or CSV) that an operation platform drops into this folder are imported while GrantDesk runs, each file once, with the same checks as File → Import. Leave empty to watch no folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No folder watched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Officer</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficerDialog</name>
    <message>
        <source>Officer profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every event in the audit trail names the officer who did it. Reviews and approvals are done by different officers (four eyes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roles choose what GrantDesk offers you. Agreeing or sending back is signed with your key, whose certificate the trust store must trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprints of your own certificates, recorded when a key is made or imported in Tools → Settings… → Signing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficerGroups</name>
    <message>
        <source>reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Officers</name>
    <message>
        <source>a login name is 1 to 63 lower-case letters, digits and _, starting with a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names starting with grantdesk_ or pg_ are the server&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a GrantDesk role; one of reviewer, approver, administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the officer needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password must have at least 12 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is an officer here already; grant or revoke roles instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a superuser of the server, whom its checks do not bind (four eyes among them); give the officer a login of their own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exists on the server but may not log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the login exists on this server already (from another database, or made by its administrator) and keeps its own password: add it without one (--no-password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the embedded database has no officers: whoever holds its file holds every role. Officers belong to an office server (postgresql://…)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageController</name>
    <message>
        <source>Review packages (*.gdpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GrantDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageVerify</name>
    <message>
        <source>reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signer not in the trust store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON object (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: certificate unreadable (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not the certificate as it was written (edited or re-encoded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate is not the one signed for (its SHA-256 %1 is not certSha256 %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature over %1 does not verify (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: format is not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: signed for role &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: algorithm &quot;%2&quot; is not the certificate&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json is not the manifest that was signed (modified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: signedAt &quot;%2&quot; is not a UTC time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate&apos;s own signature does not verify (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate was issued by %1, which is not in the trust store: its signature cannot be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed at %1, before the certificate was valid (from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed at %1, after the certificate expired (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json is not a JSON object (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json: format is not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a member entry (path, size, sha256, sm3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: lists %2, which a manifest cannot cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SM3 differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reviewer&apos;s signature is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INVALID: not a readable package: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unexpected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signature invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>INVALID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid and approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid and approved, signer not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid, not countersigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid, signer not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged: its compressed data cannot be read back intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid, but not approved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the approver&apos;s certificate is the reviewer&apos;s: a countersignature needs a second officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the approver&apos;s key is the reviewer&apos;s: a countersignature needs a second officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the countersigning certificate&apos;s name &quot;%1&quot; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review.json records no approver, so no one can countersign as the approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review.json: approver: &quot;%1&quot; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the countersigning certificate names %1, but review.json records %2 as the approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not written as GrantDesk writes it (canonical JSON): it was edited or re-encoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review.json and manifest.json disagree on the %1: &quot;%2&quot; and &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1&apos;s signature is made by %2, but review.json records %3 as the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review.pdf and review.json disagree on the %1: &quot;%2&quot; and &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the approver&apos;s certificate&apos;s name &quot;%1&quot; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no approver is named: set your name in the officer profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the approver&apos;s name &quot;%1&quot; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key&apos;s certificate names %1, not the approver %2: an officer signs only with their own key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 B instead of %2 B</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfDocument</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadOnlyMode</name>
    <message>
        <source>(read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is open read-only: %1. Nothing is written to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is open read-only (%1). You can search, open and check cases, verify packages and the audit trail; importing, editing reviews, submitting, agreeing, signing, countersigning and acknowledging alerts are off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered (changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered (corrected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unregistered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPrinting</name>
    <message>
        <source>Review Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review record cannot be printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the printer could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Preview: Review Record %1 v%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Review Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review record can be printed once the approver has agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview or print the review record as it is filed in the signed package</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnNotice</name>
    <message>
        <source>Notice of return for revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your application %1, version %2, for the scenario &quot;%3&quot; has been reviewed and is returned for revision for the reasons below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist items not met:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please correct the application and resubmit it as a new version of the same application number %1, with version number %2. The parts not affected by the changes need not be prepared again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Formal check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee calculation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collective-decision checklist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewCommands</name>
    <message>
        <source>Change verdict of item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit rationale of item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change evidence of item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm suggestion for item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change answer to item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change proposed decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit review opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDocument</name>
    <message>
        <source>the review is not open for editing (status: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>cannot be submitted for approval, %n item(s) missing: %1</source>
        <translation>
            <numerusform>cannot be submitted for approval, %n item missing: %1</numerusform>
            <numerusform>cannot be submitted for approval, %n items missing: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not hold the reviewer role and cannot start a review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the case goes back to the reviewer: one reason at least.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>cannot be agreed, the review is incomplete, %n item(s) missing: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Its review has not been started, and the database is open read-only: nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewExport</name>
    <message>
        <source>this database has no such application version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a decided case can be signed and exported; this case is &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing certificate names no one (it has no common name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reviewed this case and only the reviewer signs its package; the signing certificate names %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signed this package as the reviewer; another officer must countersign it (four eyes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reviewed this case; another officer must countersign it (four eyes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this package is not one exported for %1 from this database (its manifest is not in the audit trail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the change is recorded and the file will be written when the database is next opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the review is incomplete, %n item(s) missing: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the audit trail moved on while the package was made; export it again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewReport</name>
    <message>
        <source>Review Record of a Scenario Application for Authorized Operation of Public Data Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application %1 · version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee rules version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was produced by GrantDesk from the review as decided. The machine-readable review.json and the application&apos;s attachments are filed with it in the same signed package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GrantDesk found the application formally complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by the reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application has no attachments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excessive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application requests no data resources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource / registration code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum necessity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 met, %2 not met, %3 not applicable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MLPS level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cryptography assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents in the last 3 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GrantDesk&apos;s security rules found nothing to report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer&apos;s findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted comparison of the three authorization modes (mode table %1). Totals are on the 4–20 scale of the table whatever the weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
(weight %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted totals and scores per dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(declared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (declared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjusted scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* %1 / %2: %3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main mode chosen by the reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application asks for no priced product; no operation service fee applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review stored no fee; it was computed for this record under the fee rules effective on the decision date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>small or micro business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progressive bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount %1% (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee (rounded to the fen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation service fee: %1 (gross %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the fee was computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee against quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee after discounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer&apos;s proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approver&apos;s opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approver&apos;s comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures and audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature: see the package&apos;s signatures/ folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer (first review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approver (second review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail and rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklist %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mode table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fee rules %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1, SM3 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is a hash chain (SM3): each event&apos;s hash covers the previous one, so the head above pins every recorded edit of this review up to its decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 version %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as not charged: the use class is free of charge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File in the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of each attachment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review of the authorized-operation application %1, version %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collective-decision checklist (三重一大), template version %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewRules</name>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1: no verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1: the suggestion is not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1: a rationale is required for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proposed decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions are required for a conditional approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons are required to return or reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review opinion is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No implementation plan reference is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not registered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled in the register: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 requested resources are registered and in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested resources %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 use: free of charge (public interest first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free use, no fee is charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core data delivered by API leaves the domain: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (shared from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requested resource is shared from another agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 attachment for shared data: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 attached for shared data: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period of %1 months is longer than the maximum of %2 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unified social credit code %1 is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends on %1, not after its start on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 is attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline %1 has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant has not made the credit declaration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant does not declare a clean credit record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MLPS level %1 is below the level %2 required for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passed commercial cryptography assessment, although %1 is requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security incidents in the last three years: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No emergency plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No security officer is named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 attachment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan %1 fixes %2, the application declares %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan&apos;s implementing body is %1, the application names %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approved plan %1 fixes %2 under %3, as the application declares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator %1 is one the plan %2 designates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator %1 is not one the plan %2 designates (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>a sentence&apos;s full stop</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewSave</name>
    <message>
        <source>the proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by %2 (%3) since you opened the review. Theirs: “%4”. Yours: “%5”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved; edit the value to merge both, and it is saved over theirs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewStore</name>
    <message>
        <source>Carried over from version %1: confirm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SigningSettingsPage</name>
    <message>
        <source>unsupported key type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SM2 with SM3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrictJson</name>
    <message>
        <source>a byte order mark is not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice in this object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a NUL character (\u0000) is not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lone surrogate (\u%1) is not a character</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustStore</name>
    <message>
        <source>no certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trust store is unreadable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issuer %1 is trusted but not a CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issuer %1 was not valid at %2 (valid %3 to %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signer not in the trust store, nor issued by a CA in it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Whole authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization by domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization by scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public governance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Important data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox / privacy computing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security pledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenticity statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data provider consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legality review opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert review record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developer and user of data (data merchant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developer and user of data (own use)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countersigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved with conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned for revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a received case can be taken into review; this case is &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a case in review can be submitted for approval; this case is &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a case awaiting approval can be sent back to the reviewer; this case is &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a case awaiting approval can be agreed to; this case is &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a decided case can be returned to the applicant; this case is &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a decided case can be signed; this case is &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a signed case can be countersigned; this case is &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a countersigned case can be filed; this case is &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send back for rework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countersign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreeing needs a decision: approve, approve with conditions, return for revision or reject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a case decided as &quot;%1&quot; goes back to the applicant; this case is decided as &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case decided as &quot;%1&quot; is not signed; return it to the applicant instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case without a decision cannot be signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet made</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZipLayout</name>
    <message>
        <source>truncated ZIP archive (too short)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an archive comment is not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>data after the end of the archive (%Ln byte(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>truncated ZIP archive (no end of central directory record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multi-disk archives are not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end record counts the entries two ways (%1 and %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP64 archives are not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data between the central directory and the end record, or a central directory that is not where the end record says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>central directory entry %1 is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>central directory entry %1 starts on another disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>central directory entry %1 reaches past the central directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the central directory holds more than the %Ln entry(ies) the end record declares</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>data before the first member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its data overlaps another member</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>data before the first member (%Ln byte(s)): another tool would read a different archive</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: hidden data before this member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no local header where the central directory says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the local header names another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the local header&apos;s flags differ from the central directory&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the local header&apos;s compression method differs from the central directory&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the local header&apos;s CRC or sizes differ from the central directory&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its data reaches into the central directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its data descriptor differs from the central directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden data between the last member and the central directory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::AcknowledgeDialog</name>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The acknowledgement was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The acknowledgement of this alert is signed into the audit trail with the key of %1. Its passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::AdjustScoreDialog</name>
    <message>
        <source>Default score: %1. Choose it again to take the adjustment back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::AlertPanel</name>
    <message>
        <source>&amp;Acknowledge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only alerts of this kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All severities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only alerts of this severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a note that this alert was seen and dealt with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the cases this alert is about in the inbox (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts: %1, %2 not acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alerts for these cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alert of this kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged by %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Acknowledgement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application is linked to this alert (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts: being computed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts: %1, %2 not acknowledged · updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alerts are being computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 most severe of %2 are listed: choose a kind or a severity to list others.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ApprovalPanel</name>
    <message>
        <source>Agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent back by the approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To send the case back: the reasons, one a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree with the proposed decision: the case is decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the case back to the reviewer with the reasons above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text to send back to the applicant, to copy or print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reviewer %1 proposes: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not agreed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Agreed at %1: the application is returned to the applicant. Send them the return notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Agreed at %1: the case is decided (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✓ Sent back to the reviewer at %1 with %n reason(s).</source>
        <translation>
            <numerusform>✓ Sent back to the reviewer at %1 with %n reason.</numerusform>
            <numerusform>✓ Sent back to the reviewer at %1 with %n reasons.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your decision on %1 v%2 is signed with the key of %3. Its passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree to the review of %1 v%2 by %3 and record your decision as approver %4?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application is returned to the applicant; your agreement is signed with your key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is decided as &quot;%1&quot;; your agreement is signed with your key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Send the review of %1 v%2 back to the reviewer %3 with %n reason(s), as approver %4?</source>
        <translation>
            <numerusform>Send the review of %1 v%2 back to the reviewer %3 with %n reason, as approver %4?</numerusform>
            <numerusform>Send the review of %1 v%2 back to the reviewer %3 with %n reasons, as approver %4?</numerusform>
        </translation>
    </message>
    <message>
        <source>The case goes back into review; your decision is signed with your key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write at least one reason above first: the reviewer reads why the case comes back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ApproverCommentBox</name>
    <message>
        <source>Approver&apos;s comment on “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your comment on this step for the reviewer and the file (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approver&apos;s comment on this step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ChangesPanel</name>
    <message>
        <source>Changes since version %1 (returned), in version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>− removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~ changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ added: %1 · %2 · SHA-256 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>− removed: %1 · %2 · SHA-256 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~ replaced: %1 · %2 · SHA-256 %3 → %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes: the new version has the same content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <comment>field: before → after</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ChecklistModel</name>
    <message>
        <source>— required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— where required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rationale missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between list items</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested by GrantDesk, not yet confirmed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale / evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (carried over, confirm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried over, not yet confirmed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ChecklistPage</name>
    <message>
        <source>Confirm suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make GrantDesk&apos;s suggestion your verdict (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence (attachments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template v%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(where required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Suggested: %1&lt;/b&gt; — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* required for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this item %1? Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts as evidence for this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another attachment of the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application has no attachments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Carried over, confirm: %1&lt;/b&gt; — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a verdict, then say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each item needs a verdict and a written rationale, a compliant one too: the signed record says why each item was judged as it was. Verdicts marked “suggested” follow from the application&apos;s data; confirm them or decide otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Suggestion confirmed: %1&lt;/b&gt; — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item has no suggestion waiting to be confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take GrantDesk&apos;s verdict and its reason as yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GrantDesk&apos;s reason above stands as the rationale; add your own words if needed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::DashboardPage</name>
    <message>
        <source>All implementing bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All modes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Feed %1 from the watched folder was refused (%n error(s)); nothing was imported.</source>
        <translation>
            <numerusform>Feed %1 from the watched folder was refused (%n error); nothing was imported.</numerusform>
            <numerusform>Feed %1 from the watched folder was refused (%n errors); nothing was imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator (credit code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table &quot;%1&quot; as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementing body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monitoring figures could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decisions per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applications per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calls per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incidents per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1 to %2 · evaluated on %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no watched feed folder (Tools → Settings…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>watching %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing in this period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>No cases are behind &quot;%1&quot; for this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases are behind &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Dashboard as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Indicator Table as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to date (partial)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 up to %2 (partial)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the monitoring figures and alerts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the monitoring figures have not been computed yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::DatabaseHealth</name>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a backup of the database in place of the file; the file is kept beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as asked with --read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The database file %1 is damaged: SQLite&apos;s check found %n problem(s). Work recorded now may be lost; restore the file from a backup.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The database file %1 is not as this GrantDesk makes it: its schema has %n problem(s) (a table, index or trigger missing or changed). Restore the file from a backup.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Damaged database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office server&apos;s backups are restored by its administrator (pg_restore)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::DatabaseSettingsPage</name>
    <message>
        <source>This &amp;workstation&apos;s database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;office server (PostgreSQL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file on this computer: only this workstation sees its cases, and whoever holds the file holds every role.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host name, or the folder of its socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your login on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only to test; never kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officers sign in as their own login, and the server decides what each may do. At the start GrantDesk asks for the password unless the server takes this workstation&apos;s client certificate or ~/.pgpass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open now: %1. A change takes effect when GrantDesk starts next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the server: its host name, or the folder of its socket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the database on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give your login on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected as %1 (%2): %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no GrantDesk role yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GrantDesk opens the chosen database when it starts next. Restart now? Open reviews are saved first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::DecisionPage</name>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve with conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return for revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a standard text into the line above, to edit and add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft an opinion from the checklist answers and the proposed decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click an entry to go there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before submitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose the decision to the approver. A conditional approval lists its conditions; a return or rejection lists its reasons. The opinion is the text that goes on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver the data only in the sandbox or by privacy computing; raw data must not leave the domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the data provider&apos;s written consent before the authorization agreement is signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the commercial cryptography assessment before the service goes live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit the fields to those justified in the application; further fields need a new application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report security incidents to the implementing body at once and follow the emergency plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File the authorization agreement and disclose the operation information by 31 March each year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge no more than the cap price; report revenue each year against the maximum allowed revenue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return or destroy the data at the end of the term and confirm it in writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A requested resource is not registered in the public data resource register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A requested resource has been cancelled in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s consent for data shared from another agency is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The term exceeds the maximum authorization term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The legality review opinion is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes of the collective decision are missing or incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested fields go beyond what the scenario needs (minimum necessary).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protection level (MLPS) does not match the grade of the requested data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk assessment is missing or incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario is not covered by an approved implementation plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions or reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a condition and press Enter, or pick a standard text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a reason and press Enter, or pick a standard text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An approval needs neither conditions nor reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-compliant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed decision: approve the authorization as applied for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed decision: approve on the following conditions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed decision: return the application for revision, for these reasons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed decision: reject the application, for these reasons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed decision: (choose one above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This review has been submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Nothing is missing: the review can be submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) still missing. Click one to go there.</source>
        <translation>
            <numerusform>%n item still missing. Click it to go there.</numerusform>
            <numerusform>%n items still missing. Click one to go there.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not submitted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Submitted for approval at %1. The case now waits for the approver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the review of %1 v%2 to the approver, proposing &quot;%3&quot;, as reviewer %4?

The approver then agrees or sends it back; until they send it back, the review can no longer be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review opinion for the approver and the file. “Insert template” drafts one from your answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 applied for the scenario “%2” (%3, version %4). The application was reviewed against the %5 items of the collective-decision checklist (template v%6): %7 compliant, %8 non-compliant, %9 not applicable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review is read-only here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) still missing: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Submit the review to the approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::DeskSession</name>
    <message>
        <source>GrantDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be opened.

%1

If the file is damaged, a backup can be put in its place; the file itself is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is still in use; nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was restored from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was restored from %2. The file that was in its place is kept as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office server could not be opened.

%1

Sign in with your password, or work on this workstation&apos;s database for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use This Workstation&apos;s Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1 on the office server (database %2):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::DetailPane</name>
    <message>
        <source>Select an application in the list to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application %1 version %2 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ check character valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ check character invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ declared: no serious violations, not on a bad-credit list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ not declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economic benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementing body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no registration code given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (registered as “%1”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ shared data: the provider&apos;s consent is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No resources requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data resources (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MLPS level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crypto assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ not passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents (3 years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ the end is not after the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>small or micro business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pricing request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, billed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discounts claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pricing request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attachments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ verified on import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment “%1” could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored copy of “%1” does not match its SHA-256; it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment “%1” could not be written to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application is set up to open %1. Use “Save a copy…” instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy of “%1” to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between list items</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Data resources (%1) — %n need(s) attention</source>
        <translation>
            <numerusform>Data resources (%1) — %n needs attention</numerusform>
            <numerusform>Data resources (%1) — %n need attention</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>months, then days</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1)</source>
        <comment>length of the period</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n version(s) never received: %1</source>
        <translation>
            <numerusform>⚠ %n version never received: %1</numerusform>
            <numerusform>⚠ %n versions never received: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>decision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the review: collective decision to term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review countersigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · a GrantDesk default, not a rule of the briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an act…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded for %2 v%3; the stage is now “%4”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the applicant (a format 1 application names no operator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>section · field</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beneficiaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>implementation plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>implementing body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requested data resource “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is found in: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::FeeCalculatorDialog</name>
    <message>
        <source>Fee Calculator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule Files…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::FileDialogs</name>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::FormalCheckPage</name>
    <message>
        <source>Formal check complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ No findings: the application is formally complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on the formal check (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm that you have checked the application for completeness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the application complete and consistent? Required information, the applicant&apos;s credit code, the period and term, and the attachments with their digests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check character valid (GB 32100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no serious violations, not on a bad-credit list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario and authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementing body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n resource</numerusform>
            <numerusform>%n resources</numerusform>
        </translation>
    </message>
    <message>
        <source>none requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period and term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dates in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>within the maximum of %n month(s)</source>
        <translation>
            <numerusform>within the maximum of %n month</numerusform>
            <numerusform>within the maximum of %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>exceeds the maximum of %n month(s)</source>
        <translation>
            <numerusform>exceeds the maximum of %n month</numerusform>
            <numerusform>exceeds the maximum of %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none handed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digest verified on import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::GenerateKeyDialog</name>
    <message>
        <source>Generate Signing Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SM2 with SM3 (GM/T, recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed25519</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> year(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key pair and a self-issued certificate naming you. The private key is stored encrypted with the passphrase, which GrantDesk asks for each time you sign and never keeps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Algorithm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pos&amp;ition:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::GuideDialog</name>
    <message>
        <source>Officer&apos;s Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build of GrantDesk does not include the officer&apos;s guide. It is in the folder docs/guide of the source.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ImportController</name>
    <message>
        <source>Import applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import all applications in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import resource register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for application files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln application file(s) added</source>
        <translation>
            <numerusform>%Ln application file added</numerusform>
            <numerusform>%Ln application files added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln unchanged</numerusform>
            <numerusform>%Ln unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused</source>
        <translation>
            <numerusform>%Ln refused</numerusform>
            <numerusform>%Ln refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln skipped</numerusform>
            <numerusform>%Ln skipped</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; the files already imported are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refused file changed nothing in the database. Correct it and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application files were found in the selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished with refusals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register file refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register file %1 was refused; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register could not be stored; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from “%2”: %3 entries added, %4 updated, %5 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the database without --read-only, from a file and folder you may write, to import.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ImportKeyDialog</name>
    <message>
        <source>Import Key and Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not needed for a PKCS#12 file that holds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key and certificate issued by your organization&apos;s CA, in any form OpenSSL reads: PEM, DER, PKCS#8 (encrypted or not) or PKCS#12 (.p12, .pfx). The key is stored encrypted with the new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys (*.pem *.key *.der *.p8 *.p12 *.pfx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New pass&amp;phrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::InboxModel</name>
    <message numerus="yes">
        <source>%n unregistered</source>
        <translation>
            <numerusform>%n unregistered</numerusform>
            <numerusform>%n unregistered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — decision: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier version number of this application was never received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Unified social credit code: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Due in %n day</numerusform>
            <numerusform>Due in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requested resource(s), all in the register</source>
        <translation>
            <numerusform>%n requested resource, in the register</numerusform>
            <numerusform>%n requested resources, all in the register</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requested resource(s)</source>
        <translation>
            <numerusform>%n requested resource</numerusform>
            <numerusform>%n requested resources</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in the register: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled in the register: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review deadline; overdue open cases are shown in red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested data resources and those not (or no longer) in the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n register problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gd::IndicatorCard</name>
    <message numerus="yes">
        <source>Click to list the %Ln case(s) behind this figure.</source>
        <translation>
            <numerusform>Click to list the %Ln case behind this figure.</numerusform>
            <numerusform>Click to list the %Ln cases behind this figure.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::MainWindow</name>
    <message>
        <source>GrantDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inbox could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search and filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search applicant, scenario, domain, resources…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every stored version instead of only the highest one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Applications…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import application files (grantdesk.application/1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a &amp;Folder of Applications…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import every application file found in a folder and its subfolders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Resource &amp;Register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the local copy of the public data resource register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;All Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About GrantDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue unknown (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About GrantDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;GrantDesk %1&lt;/h3&gt;&lt;p&gt;A review desk for applications to use public data under authorized operation: inbox, review, pricing, signed review packages.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or continue the review of the selected application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify Audit Trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the hash chain of every recorded event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the review of the selected application (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review of %1 v%2 could not be opened.

%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No edits yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last edit saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The officer at this workstation (Tools → Officer Profile…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the cases that wait for you in one of your roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return &amp;Notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice for the applicant of a returned application, to copy or print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer &amp;Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, position, unit and roles (reviewer, approver)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before opening a review, enter your officer profile: name, unit and role. Every event in the audit trail names the officer who did it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between list items</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No officer profile (Tools → Officer Profile…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for me as reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for me as approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fee Calculator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute a public data operation service fee under a fee rule file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode Comparison…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the three authorization modes with your weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee &amp;Rule Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List and import the fee rule files GrantDesk prices with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln case(s)  ✕</source>
        <translation>
            <numerusform>%1 · %Ln case  ✕</numerusform>
            <numerusform>%1 · %Ln cases  ✕</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the cases behind this figure of the dashboard; click to show all cases again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Signed Package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the decided review as its reviewer and write the review package (.gdpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Countersign Package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countersign a review package as the approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify Package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a review package&apos;s members and signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators of the four monitoring dimensions, charts and risk alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer&apos;s &amp;Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln case(s) behind this figure is in this database (a monitoring feed may name cases that were never imported here). Click the chip above to show all cases again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No application matches “%1”. The search looks in the number, the applicant, the scenario, the domain and the requested data resources. Press Esc to clear it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application with these filters. Choose “All statuses” and “Everyone” to see every case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No applications yet. File → Import Applications… adds them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing keys, trusted certificates, monitoring thresholds and the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;fficers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may sign in to the office server, and in which roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only on the office server: on this workstation&apos;s database whoever holds the file holds every role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another officer saved values you also edited in %1 v%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your last edits in %1 v%2 could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close and &amp;Lose Them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to the Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1+ applications (counting…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting overdue cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln application(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not available: select an application in the list first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available: complete your officer profile first (Tools → Officer Profile…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available: open the review of a returned application first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available: only a returned application has a return notice; this case is “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ModeComparisonDialog</name>
    <message>
        <source>Mode Comparison</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ModeComparisonPage</name>
    <message>
        <source>— not chosen yet —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (declared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this main mode suits the case, and where the others are used (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application declares: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main mode for this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application names no implementation plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application names the implementation plan %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approved plan fixes the mode: whether the declared mode is the plan&apos;s is checked on the checklist (item 1). The comparison below is advisory context only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>three modes, four dimensions (advisory)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ModeComparisonView</name>
    <message>
        <source>Scores from 1 to 5, higher is better for the government (for cost: a lower cost). Double-click a cell to adjust its score with a written reason. Table version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted totals (scale 4–20)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight per dimension (0–%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores per dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
★ declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ✎ adjusted (default %2 · %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjusted from %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default score %1. Double-click to adjust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All weights are zero: give at least one dimension a weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Σ weight × score × %1 / Σ weight = %2 / %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The declared mode is within %1 points of the best.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::MonitoringSettingsPage</name>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watched Feed Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The watched folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-%2 is not a day of the year.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::NewPassphraseFields</name>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::OfficerDialog</name>
    <message>
        <source>e.g. Zhang Min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. principal staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. review section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the first review, tell GrantDesk who you are. Every event in the audit trail names the officer who did it, and a case you reviewed must be approved by another officer (four eyes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(this workstation&apos;s signing key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet: generate or import your key in Tools → Settings… → Signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews applications and proposes the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approves or sends back what another officer reviewed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::OfficersDialog</name>
    <message>
        <source>Add Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower-case letters, digits and _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 12 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The officer needs a login and a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the officer a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Officer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who this connection is could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1, an administrator: tick or clear a role to grant or revoke it; the server applies it at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1. Only an administrator of the office server changes officers and their roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The officers could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now also %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The officer was not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) was added as %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::PackageController</name>
    <message>
        <source>Select a decided case first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not hold the reviewer role; the reviewer signs the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Signed Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review of %1 v%2 is signed with the key of %3. Its passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report, signing and packing %1 v%2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed package of %1 v%2 was written to
%3

Manifest SHA-256 (for whoever checks the package):
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countersign Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not hold the approver role; only an approver countersigns a package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Countersign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a valid package that is not countersigned yet can be countersigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 v%2 is countersigned with the key of %3. Its passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countersigning %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is countersigned.

Manifest SHA-256:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 v%2 is not in this database; only the file was countersigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no signing key yet. Generate or import one in Tools → Settings… → Signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the review of %1 v%2 (decision: %3) as reviewer %4 and write the signed package to %5?

The case becomes signed; the approver countersigns it next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countersign %1 v%2, signed by the reviewer %3, as approver %4?

Your signature is added to %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case becomes countersigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countersign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key of this workstation is %1&apos;s, not %2&apos;s: an officer signs only with their own key (Tools → Settings… → Signing).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is used for this signature only and is not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>At least %n character.</numerusform>
            <numerusform>At least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too short: at least %n characters.</source>
        <translation>
            <numerusform>Too short: at least %n character.</numerusform>
            <numerusform>Too short: at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Weak: use a longer passphrase or mix letters, digits and signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::PricingPage</name>
    <message>
        <source>Record this calculation in the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The use class is %1: the use is free of charge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application contains no pricing request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public interest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee calculation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded yet: change an input or record the calculation shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Recorded: fee %1 under %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record as not charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application is free of charge: record that no operation service fee is charged, on the basis shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Recorded: not charged, the use is free of charge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Recorded: not charged, the application asks for no priced product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application asks to price %1, billed %2, about %3 units; operator %4 (%5), whose maximum allowed revenue applies; discounts go to the paying applicant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Recorded: fee %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::PricingView</name>
    <message>
        <source>Small business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discounts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band / step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace, step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — built in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, issued by %2; effective %3 to %4%5. File: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (trial)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fee rule file: import one under Tools → Fee Rule Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross %1, after discounts %2, rounded half up to the fen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free use class: no fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown product: no fee computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>small business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount %1 %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounded half up to the fen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee against quantity: free use, no fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee against quantity: no product priced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At cap price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity (×10,000 units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity (units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee (×10,000 yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee against quantity, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue against the maximum allowed revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No MAR entry for operator %1: no MAR check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum allowed revenue (MAR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date + this fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue (×10,000 yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue against the MAR: exceeded by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue against the MAR: %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free of charge: the use class “%1” is free under %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::RecordActDialog</name>
    <message>
        <source>Collective decision of the implementing body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval (written decision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an act of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names, separated by 、 or commas; empty when nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in favour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abstaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present (recused included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 穗数政批〔2026〕12号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementing body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator&apos;s credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term until (last day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filing reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A web address or the publication&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 members, %3 present, %4 recused; %5 in favour, %6 against, %7 abstaining; %8; minutes %9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with %2 (%3), in force %4 to %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with %1, reference %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The act is recorded for %1 and signed with the key of %2. Its passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign and &amp;record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ResourcesPage</name>
    <message numerus="yes">
        <source>%n resource(s) requested</source>
        <translation>
            <numerusform>%n resource requested</numerusform>
            <numerusform>%n resources requested</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not usable</source>
        <translation>
            <numerusform>%n not usable</numerusform>
            <numerusform>%n not usable</numerusform>
        </translation>
    </message>
    <message>
        <source>The application requests no resources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each resource must be registered and active, and each field must be necessary for the scenario (minimum necessary; raw data stays in the domain). Data shared from another agency needs the providing unit&apos;s consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no registration code given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registered as “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ consent on file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ no provider consent among the attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between list items</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grade: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excessive (not the minimum necessary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Necessity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on this resource (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded in the register: ask the data administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operation type: %1 · review method: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::RestoreDialog</name>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of %1 in %2. Restoring moves the database file aside as %1.damaged-DATE (it is kept, never deleted), puts a copy of the chosen backup in its place, readable by you only, and opens it again. What was recorded after the backup was made is not in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a backup kept elsewhere (a copy on another disk, say)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups (*.bak *.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the upgrade from schema %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ passes the check (schema %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✗ fails the check: %n problem(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>There is no backup beside %1. A backup is made before each upgrade of the database; one kept elsewhere can be added with Other File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 passes the check: SQLite&apos;s quick check and the schema of a GrantDesk database at schema %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fails the check and cannot be restored: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ReturnNoticeDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the notice to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview and print the formatted notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print return notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ReviewDocument</name>
    <message>
        <source>The answer to checklist item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A checklist answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposed decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note in the step “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ReviewHistory</name>
    <message>
        <source>The recorded events of this review, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>checklist item: verdict</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposal edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>formal check confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>formal check unconfirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security review confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security review unconfirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reasons for sending back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approver&apos;s comment on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>formal check notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mode fit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fee notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mode comparison weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>main mode: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mode rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default score restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score adjusted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fee rule version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fee rule file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fee inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fee computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>justified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excessive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resource %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resource %1: comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>conditions edited (%n now)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>reasons edited (%n now)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>review opinion edited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ReviewWorkspace</name>
    <message>
        <source>Review: %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‹ Previous step  (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step ›  (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the first item that is still missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every edit is saved as a draft within a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Ready to submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n required item(s) missing</source>
        <translation>
            <numerusform>%n required item missing</numerusform>
            <numerusform>%n required items missing</numerusform>
        </translation>
    </message>
    <message>
        <source>→ go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This review is read-only: the case is “%1”. Its answers are shown as they were submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return notice: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review is shown as it is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You approve this case: the reviewer&apos;s answers are shown read-only. Comment on any step below its page, then agree or send the case back on the decision step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You submitted this review for approval: another officer with the approver role agrees or sends it back. Until then its answers are shown as they were submitted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::RuleFilesDialog</name>
    <message>
        <source>Fee Rule Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Fee Rule File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee rule files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule files in the format grantdesk.fee-rules/1. A file is checked before it is imported; a file with any error is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::SecurityPage</name>
    <message>
        <source>Security review complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between list items</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MLPS level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data grades requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commercial cryptography assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents in the last 3 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ No findings: the protection level fits the data requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your findings on security: risks, conditions to impose, evidence checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <comment>data grade: resources of that grade</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does the applicant&apos;s protection fit the data it asks for? General data needs MLPS level 2, important data level 3, core data level 4, and level 3 or above a passed cryptography assessment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::SigningSettingsPage</name>
    <message>
        <source>&amp;Export Certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust My Own Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My signing identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate Key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Key and Certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your certificate (PEM) to hand to colleagues who verify your packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your own certificate to this workstation&apos;s trust store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages whose signers are listed here, or whose certificates a CA listed here issued, verify as trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add from File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your certificate is now in the trust store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Trusted Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate added to the trust store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Trusted Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop trusting %1? Packages it signed will verify as not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate removed from the trust store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signing key yet. Generate one, or import the key and certificate your organization issued you, before signing review packages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted on this workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not trusted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a signing key is there already; confirm that it is replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move the old key folder to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate must name you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move the imported key into place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new signing key and certificate were made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key and certificate were imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>name (position, unit)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between position and unit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::StepNavigator</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current step (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::VerifyDialog</name>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust Signer&apos;s Certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify Package — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the selected signer&apos;s certificate to this workstation&apos;s trust store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust the certificate of %1 for verifying packages on this workstation?

Compare its fingerprint with the one the signer gave you:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open review.pdf from this package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review.pdf is not intact; it is not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no signer&apos;s certificate in that row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no application opens PDF files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::WatchedFolder</name>
    <message>
        <source>The watched feed folder %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed imports could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Feed %1 (%2) imported from the watched folder: %Ln record(s), %3 new, %4 replaced.</source>
        <translation>
            <numerusform>Feed %1 (%2) imported from the watched folder: %Ln record, %3 new, %4 replaced.</numerusform>
            <numerusform>Feed %1 (%2) imported from the watched folder: %Ln records, %3 new, %4 replaced.</numerusform>
        </translation>
    </message>
    <message>
        <source>The watched feed folder %1 is not read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::cli::CommandLine</name>
    <message>
        <source>(see grantdesk-cli %1 --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fee rule file (grantdesk.fee-rules/1). Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product code in the rule file. Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The use class, as the rule file names it. Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLASS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity in the product&apos;s billing unit, a non-negative integer. Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit the quantity is given in, when not the billing unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant is a small or micro business.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The use is a priority scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator&apos;s unified social credit code: checks its revenue cap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREDITCODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day of the use period (with --end).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day of the use period (with --start).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review date the rules apply on (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result, trace and findings as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation service fee under a fee rule file, with its trace and findings.
Dates are YYYY-MM-DD. Exit 0 priced, 2 the rule file is invalid, 64 wrong usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--quantity: expected a non-negative integer, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: not a date (YYYY-MM-DD): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rules, --product, --use and --quantity are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--start and --end go together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--end is before --start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A review package whose audit head must be an event of this trail; more packages may follow it, or the option be repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE.gdpkg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More packages, after --package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifies the whole audit trail: the hash chain, the signed checkpoints, and that signed cases keep their events. The events after the newest signed checkpoint are reported as unanchored.
Exit 0 intact, 1 broken (what broke is named), 2 the database is unreadable, 64 wrong usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the whole audit trail and its signed checkpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail: every change to a case, hash-chained and anchored by signed checkpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each command describes its options and arguments: grantdesk-cli COMMAND --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 a failure, 2 refused input, 3 a storage problem (the database is locked, read-only, full, damaged or not a GrantDesk database), 64 wrong usage. A command waits up to 5 s for another one using the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrases come from the terminal, or from GRANTDESK_PASSPHRASE for scripts. Errors go to stderr as &quot;where: what&quot;, one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GrantDesk reviews applications to use public data under authorized operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the database read-only (automatic when the file or its folder cannot be written): list, audit verify, db check, indicators and alerts work, commands that write are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write debug messages to the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to run (listed below), followed by its own options and arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(see grantdesk-cli --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do (listed below), followed by its own options; grantdesk-cli %1 SUBCOMMAND --help describes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown subcommand, expected &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application files, or folders walked for them; other JSON files are named as skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports application files (grantdesk.application/1), each in one transaction or not at all.
Exit 0 all imported (or already stored), 2 any file refused, 64 wrong usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least one FILE or DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource register file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports a resource register file (grantdesk.register/1): an upsert by code that keeps the history of status changes.
Exit 0 imported, 2 the file is refused, 64 wrong usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs exactly one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only applications with this status (%1); may be repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-text search (any length, Chinese included).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every version, not only the highest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the applications as a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists applications, the highest version of each, by id.
A deadline ending in ! is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status: unknown status &apos;%1&apos; (one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loads the demo data set, dated relative to today: applications, the register, reviews at every stage with their audit events. Adds nothing when it is already there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the database file&apos;s integrity, its schema against the one this version creates, and the audit trail. Read-only and without the lock: it never changes the file.
Exit 0 sound, 1 a problem found, 3 the database cannot be opened, 64 wrong usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file&apos;s integrity, schema and audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file itself (--db, or the default location).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The algorithm: sm2 (SM2 with SM3) or ed25519. Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The officer&apos;s name, as the certificate states it. Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The officer&apos;s unit (organization).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The officer&apos;s position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many days the certificate is valid, 1 to %1 (default: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder that receives key.pem and cert.pem; an existing key is never overwritten. Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes a signing key, stored as encrypted PKCS#8 (DIR/key.pem, the owner&apos;s only), and a self-issued certificate naming the officer (DIR/cert.pem). The passphrase (at least 8 characters) is asked twice, or read from GRANTDESK_PASSPHRASE.
Exit 0 made, 1 a failure, 64 wrong usage or a name with hidden characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--alg, --name and --out are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--alg: %1: expected sm2 or ed25519</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days: %1: expected a whole number from 1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import application files (grantdesk.application/1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a resource register file (grantdesk.register/1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List applications (the highest version of each).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the demo data set (dated relative to today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the audit trail: its hash chain and signed checkpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the database file: integrity, schema, audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute the operation service fee under a fee rule file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a signing key (SM2 or Ed25519) and its certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign a decided review and write its review package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the approver&apos;s signature to a package file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify a package: its members, its signatures and their trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import monitoring feed files (idempotent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the monitoring indicators of the four dimensions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the risk alerts as of a day, or acknowledge one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this implementing body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this data domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this authorization mode: whole, domain or scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the operator with this unified social credit code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring feed files (JSON or CSV, docs/feeds.md), or folders walked for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports monitoring feeds. Idempotent: the same file twice changes nothing, a record with a known id replaces the earlier one.
Exit 0 all imported, 2 any file refused, 64 wrong usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day of the period (default: a year before its last day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day of the period (default: the --on day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day validity and open incidents are judged on (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the indicators and their figures as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monitoring indicators of docs/domain.md §7, by dimension, each with its figures and the ids behind its exceptions.
Dates are YYYY-MM-DD. Exit 0 shown, 1 a failure, 64 wrong usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from is after --to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the alerts are as of (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the alerts as JSON, each with the key --ack takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge the alert with this key (needs --note and --key); recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the alert is acknowledged (with --ack).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The acting officer&apos;s key folder that signs the acknowledgement (with --ack).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk alerts as of a day, or, with --ack, the acknowledgement of one, signed with the officer&apos;s key (its passphrase is asked, or read from GRANTDESK_PASSPHRASE).
Exit 0 shown or acknowledged, 1 a failure or no such alert, 64 wrong usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ack needs --note TEXT (why the alert is acknowledged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ack needs --key DIR (the acting officer&apos;s signing key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 goes with --ack KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version of the application (default: the highest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reviewer&apos;s key folder (key.pem and cert.pem, see keygen). Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package file to write. Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application id. Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reviewer signs a decided review: writes the review package and moves the case to signed. Refused when the key&apos;s certificate does not name the case&apos;s reviewer.
Exit 0 signed, 1 refused or a failure, 64 wrong usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID, --key and --out are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--version: %1: expected a version number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approver&apos;s key folder (key.pem and cert.pem). Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package the reviewer signed. Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approver countersigns a package file; refused for the reviewer&apos;s own certificate or key, and unless the certificate names the approver the review records. With --db, the case becomes countersigned too.
Exit 0 countersigned, 1 refused or a failure, 64 wrong usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE and --key are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trust this certificate (PEM or DER), beside the trust store; may be repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CERT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every signer must be trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package must be countersigned by the approver the review records, with another certificate and key than the reviewer&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package to verify. Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks every member of a review package, every signature and the signers&apos; trust (the trust store the GUI keeps).
Exit 0 valid, 1 modified or invalid (or a required condition unmet), 2 not a readable package, 64 wrong usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day to evaluate on (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The acts recorded after the countersigned review of a case and where its authorization stands: the stage, what is due next and by when, the term.
Exit 0 shown, 1 no authorization (not countersigned or not approved) or a failure, 64 wrong usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The act as a JSON file (docs/formats/lifecycle.md, &quot;Acts as stored&quot;). Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording officer&apos;s key folder (key.pem and cert.pem). Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records the next act of a countersigned, approved case (collective decision, approval, agreement, filing, disclosure, suspension, resumption, revocation, termination) with its audit event and a checkpoint signed with the officer&apos;s key. Refused when the act may not follow, with every reason.
Exit 0 recorded, 1 refused or a failure, 2 the act file is unreadable, 64 wrong usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID, --act and --key are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where a case&apos;s authorization stands and what is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the next act of a case&apos;s authorization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization&apos;s life after the countersigned review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every authorization (a countersigned review that approved its case) with its stage, term, operator and what is due.
Exit 0 listed, 1 a failure, 64 wrong usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the authorizations with their stage, term, operator and what is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or record the acts of an authorization after its review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit a complete review for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree with a review or send it back, signed with the approver&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare an office server (PostgreSQL) and its first administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office server&apos;s officers and their roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for the officer %1 on the server: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator&apos;s name, as records show it. Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first administrator&apos;s login. Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepares an office server: its database (--db postgresql://…, created when missing), the schema, the group roles reviewer, approver and administrator, and the first administrator, who may then add officers. Run as a server role that may create databases and roles. The password comes from GRANTDESK_OFFICER_PASSWORD or the terminal.
Exit 0 ready, 1 refused, 64 wrong usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOGIN and --name are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db postgresql://… is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare an office server and its first administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The officer&apos;s name, as records show it and certificates name it. Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewer, approver or administrator. Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login. Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds an officer: a login on the server in one group role. The password comes from GRANTDESK_OFFICER_PASSWORD or the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOGIN, --name and --role are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants an officer one more group role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes a group role from an officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOGIN and ROLE are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the officers and their roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an officer in one group role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant an officer a group role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a group role from an officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the officers and their roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as NAME is required on the embedded database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The officer acting (the embedded database only; on an office server the connection&apos;s officer acts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office server (PostgreSQL) several officers share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office server&apos;s officers and their roles (an administrator&apos;s task).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case. Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reviewer submits a complete review for approval.
Exit 0 submitted, 1 refused (role, completeness, status), 64 wrong usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree with the proposed decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the case back to the reviewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is sent back; may be repeated. Required with --send-back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approver&apos;s key folder (keygen). Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approver agrees or sends the case back, signing the act with their key; refused for the case&apos;s reviewer, for a certificate that does not name the approver or is not trusted, and on an office server for a connection that is not an approver.
Exit 0 done, 1 refused, 64 wrong usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID, --key and one of --agree or --send-back are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--send-back needs --reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database to copy: a file or postgresql://…. Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the copy goes: a new file, or an empty office server database. Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies a whole database, between a workstation&apos;s file and an office server either way: applications, versions, reviews, the register, feeds, the audit trail and its checkpoints, the recorded acts. The source&apos;s audit trail is verified before, the copy&apos;s after, and every table&apos;s count is compared.
Exit 0 copied, 1 refused or a check failed (nothing kept), 3 a database cannot be opened, 64 wrong usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a whole database between a file and an office server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the login no password: it exists on the server already (and keeps its own), or signs in with a client certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password is empty; give one, or --no-password for a login that has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the file&apos;s pages and indexes, then its schema…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the audit trail (after %1 s)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::creditcode</name>
    <message>
        <source>credit code must have 18 characters, has %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit code has an invalid character &apos;%1&apos; at position %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit code check character is &apos;%1&apos;, expected &apos;%2&apos; (GB 32100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit code&apos;s organization code check character (position 17) is &apos;%1&apos;, expected &apos;%2&apos; (GB 11714)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit code characters 3 to 8 must be digits (administrative division)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::lifecycle</name>
    <message>
        <source>Awaiting the collective decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting the approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting the operation agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting filing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not adopted by the collective decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be attached (a file with its SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kind of meeting &apos;%1&apos; is not one of the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deciding body must have at least one member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 present out of %2 members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no quorum: %1 of %2 members present, at least %3 needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recused, but only %2 present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a vote count is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the votes do not add up: %1 in favour + %2 against + %3 abstaining = %4, but %5 present less %6 recused = %7 voted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded as adopted, but %1 in favour is not a majority of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded as not adopted, but %1 in favour is a majority of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the resolution &apos;%1&apos; is not adopted, not_adopted or deferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The implementing body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the operator&apos;s credit code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the term ends (%1) before it starts (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a term from %1 to %2 is longer than %3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the term starts (%1) before the agreement was signed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authority filed with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filing reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it was made public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reason of at least four characters is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dated %1, before the step before it (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dated %1, in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the term ended on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing can follow: the authorization is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this mode of authorization has no such step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of order: the next step is &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only an authorization in its term can be suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a suspended authorization can resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing has been approved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>act %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::reviewrules</name>
    <message>
        <source>The formal check is not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource %1 (%2): necessity not judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The security review is not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No main mode is chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reason is given for the main mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fee is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fee is recorded, nor that the case is not charged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>GrantDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data set could not be loaded:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review desk for applications to use public data under authorized operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the language LANG (zh_CN or en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the demo data set (dated from today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not load the demo data set into an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write debug messages to the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not ask for the officer profile when it is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review packages (.gdpkg) to verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data set was not loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the database read-only: nothing is written to it (automatic when the file or its folder is read-only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the database file PATH, or the office server postgresql://USER@HOST[:PORT]/DATABASE.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
