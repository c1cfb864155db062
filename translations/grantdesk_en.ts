<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ImportResultDialog</name>
    <message>
        <source>Import result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details (one line per problem, ready to copy):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <source>Registered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Registered (changed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Registered (corrected)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unregistered</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Whole authorization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Authorization by domain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Authorization by scenario</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Public governance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Public interest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Industry development</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sector development</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data merchant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>General data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Important data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Core data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Real time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yearly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Once</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sandbox / privacy computing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verification only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Development plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Security pledge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Authenticity statement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data provider consent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Legality review opinion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risk assessment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expert review record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meeting minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>per call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>per item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>per hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>per record</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>Received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Countersigned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not decided</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approved with conditions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Returned for revision</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>gd::DetailPane</name>
    <message>
        <source>Select an application in the list to see it here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Application %1 version %2 could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decision: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Submitted %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadline %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✓ check character valid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✗ check character invalid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⚠ not stated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✓ declared: no serious violations, not on a bad-credit list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✗ not declared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Credit code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Legal representative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Credit declaration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Social benefit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Economic benefit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Authorization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Implementation plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Implementing body</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no registration code given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (registered as “%1”)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Registration code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shared from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⚠ shared data: the provider's consent is needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Update frequency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Justification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No resources requested.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data resources (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MLPS level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Level %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⚠ none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Crypto assessment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✓ passed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✗ not passed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Security officer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incidents (3 years)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Emergency plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✓ in place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✗ none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✗ the end is not after the start</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>small or micro business</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>priority scenario</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pricing request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expected quantity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, billed %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discounts claimed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No pricing request.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No attachments.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✓ verified on import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save a copy…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>submitted %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The attachment “%1” could not be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The stored copy of “%1” does not match its SHA-256; it was not opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The attachment “%1” could not be written to %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No application is set up to open %1. Use “Save a copy…” instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save a copy of “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The copy could not be saved to %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved a copy of “%1” to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, </source>
        <comment>between list items</comment>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Data resources (%1) — %n need(s) attention</source>
        <translation><numerusform>Data resources (%1) — %n needs attention</numerusform><numerusform>Data resources (%1) — %n need attention</numerusform></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>months, then days</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(%1)</source>
        <comment>length of the period</comment>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>⚠ %n version(s) never received: %1</source>
        <translation><numerusform>⚠ %n version never received: %1</numerusform><numerusform>⚠ %n versions never received: %1</numerusform></translation>
    </message>
</context>
<context>
    <name>gd::ImportController</name>
    <message>
        <source>Import applications</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Application files (*.json);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import all applications in a folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import resource register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Register files (*.json);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Looking for application files…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing applications</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported %1 of %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n application file(s) added</source>
        <translation>
            <numerusform>%n application file added</numerusform>
            <numerusform>%n application files added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; the files already imported are kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A refused file changed nothing in the database. Correct it and import it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (skipped)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No application files were found in the selection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import finished with refusals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Register file refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The register file %1 was refused; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Register import failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The register could not be stored; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Register imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 from “%2”: %3 entries added, %4 updated, %5 unchanged.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>An earlier version number of this application was never received.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1
Unified social credit code: %2</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled in the register: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Application number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Authorization mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review deadline; overdue open cases are shown in red</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requested data resources and those not (or no longer) in the register</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>gd::MainWindow</name>
    <message>
        <source>GrantDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The inbox could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search and filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search applicant, scenario, domain, resources…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show all versions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List every stored version instead of only the highest one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import Applications…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import application files (grantdesk.application/1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import a &amp;Folder of Applications…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import every application file found in a folder and its subfolders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import Resource &amp;Register…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Update the local copy of the public data resource register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show &amp;All Versions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About GrantDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue unknown (%1)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n application</numerusform>
            <numerusform>%n applications</numerusform>
        </translation>
    </message>
    <message>
        <source>database %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About GrantDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h3&gt;GrantDesk %1&lt;/h3&gt;&lt;p&gt;A review desk for applications to use public data under authorized operation: inbox, review, pricing, signed review packages.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>GrantDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo data set could not be loaded:
%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review desk for applications to use public data under authorized operation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use the database file PATH.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use the language LANG (zh_CN or en).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Load the demo data set (dated from today).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Do not load the demo data set into an empty database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write debug messages to the log.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database could not be opened.

%1</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>