<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>igw::Shell</name>
    <message>
        <source>Information governance workbench for UK public bodies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace (.igw) to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An overview of your registers: reviews that are due, DPIAs waiting for sign-off, agreements to renew and gaps in the record of processing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The information asset register: each system or collection of records, its Information Asset Owner, where it is held, its security classification and the data flows in and out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing (ROPA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Article 30 record of processing activities: purposes, lawful bases, categories of data and people, recipients, transfers and retention, ready to publish or send to the ICO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPIAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening questions that tell you when a data protection impact assessment is needed, then the assessment itself: risks, measures, DPO advice and sign-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data sharing agreements with partner organisations and the log of what was shared, following the ICO Data Sharing Code of Practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your retention schedule: classes of records, how long each is kept and why, and what is due for review or disposal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending and receiving signed packages with partners: shared DPIAs, agreements and extracts of your registers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation &amp; People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IG Workbench workspaces (*.igw)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a workspace file for your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an existing workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a copy of the workspace to another file; you keep working on this one. Changes are saved as you make them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About IG Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation&apos;s name, as it should appear in registers and agreements:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Not Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backup failed: %1. Your work is saved in the workspace itself; check there is space on the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copy.igw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy as %1. You are still working on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About IG Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;IG Workbench %1&lt;/h3&gt;&lt;p&gt;Information governance for UK public bodies: information asset registers, records of processing, DPIAs, sharing agreements, retention schedules and exchange with partner organisations, kept in one local workspace file.&lt;/p&gt;&lt;p&gt;Workspace file format %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups are kept in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This part of IG Workbench is coming in a later version. Start with Organisation &amp; People.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen the last workspace at start-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded against every change in the audit trail. Leave empty to use your computer account name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often to back up while you are making changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older automatic backups are deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep backups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up every (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name applies to workspaces you open from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a workspace file for your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an existing .igw workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IG Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your information asset register, record of processing, DPIAs, sharing agreements and retention schedule together in one workspace file, and exchange them with partner organisations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent workspaces:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not found)
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspaces opened yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, saved %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace In Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already open by %2.

You can open it read-only to look at it, or ask them to close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

The newest automatic backup is %2. Restoring it replaces the damaged file, which is kept beside it so nothing is thrown away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Newest Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from the backup %1. Changes made after it was taken are not in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Create Workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>igw::Widgets</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>igw::WorkspaceUi</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (our organisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation and people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation &amp; People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who you are, who works on information governance, and who you share with. Other registers choose owners, contacts and partners from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w Contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sear&amp;ch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICO registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Z1234567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the ICO&apos;s register of fee payers: Z followed by seven letters or digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.gov.uk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person who works at this organisation to the People list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ICO registration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addre&amp;ss:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;lephone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New partner organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Data Protection Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Information Governance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or&amp;ganisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note&amp;s:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. dataprotection@example.gov.uk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statutory roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose from the People list; add someone there first if they are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data Protection Officer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senior Information Risk &amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Caldicott Guardian:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Last changed %2 by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit organisation profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unapplied Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation profile has changes that are not applied yet. Apply them now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected entry (Delete key in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes in the form (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes in the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to filter the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 by %2. Last changed %3 by %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an entry in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an entry in the list, or Add a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: fill in the form and choose Apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1?

You can bring it back with Edit &gt; Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has changes that are not applied yet. Apply them now?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>igw::workspace</name>
    <message>
        <source>The audit trail cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 is missing (the next entry is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 does not link to the entry before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 (%2) was altered after it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit trail should hold %1 entries but holds %2; entries were removed from its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of %1 failed its integrity check (%2); nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot flush %1 to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the copy into place at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a usable workspace backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open in another window or program (%2). Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the damaged file %1 aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo entry %1 is invalid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address. Use the form name@example.gov.uk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not look like a telephone number. Use digits, spaces and + ( ) - only, for example 01632 960000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else in the directory already has the address %1. Check this is not the same person entered twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ICO registration number. These are Z followed by seven letters or digits, for example Z1234567; copy it from the ICO&apos;s register of fee payers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown organisation type &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NHS trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrated care board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GP practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fire and rescue service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School or academy trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voluntary or community organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier or processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central government body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not an SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database was not written by IG Workbench (application id %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header&apos;s page size (%1) is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is %1 bytes long but its header describes %2 pages of %3 bytes; it has been cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the newest automatic backup, %1, in IG Workbench, or copy it over this file while nobody has the workspace open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a copy made with `igw backup` or by IG Workbench, or ask your IT team for a copy from the file server&apos;s backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has an unfinished change (%2) left by a program that stopped while writing, so it cannot be read yet (%3). Open the workspace once in IG Workbench to roll the change back, then check it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite cannot read %1: %2. The file is damaged. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no schema: it was never finished being created. Create the workspace again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format version %1, newer than this program understands (%2); checks of parts added since may be missing. Install the newer version to check it fully.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format version %1; IG Workbench upgrades it to %2 when it next opens it for editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format version %1, the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite&apos;s %1 could not run on %2: %3. The file is damaged. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite&apos;s %1 found damage in %2: %3. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite&apos;s %1 found no damage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lacks the table(s) %2: it was damaged or edited outside IG Workbench. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All expected tables are present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is protected against changes (its triggers are in place).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trigger(s) %1 that keep the audit trail append-only are missing from %2: someone edited the file outside IG Workbench. Keep this file as evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trigger(s) %1 that keep the audit trail append-only are missing from %2: someone edited the file outside IG Workbench. Run `igw check --full` to see whether entries were changed, and keep this file as evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation profile in %1 cannot be read: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 own-organisation profiles instead of one: it was edited outside IG Workbench. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation profile is present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The links between records in %1 could not be checked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every link between records points to an existing record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row %2%3: %4 names a record in %5 that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n broken link(s) between records: %2. Open these records in IG Workbench and choose valid values, or %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit trail&apos;s %n entries form an unbroken hash chain.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail in %1 is broken at entry %2: %3. Someone changed the file outside IG Workbench, so entries from %2 onwards cannot be trusted. Keep this file as evidence and compare it with a backup taken before the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail in %1 could not be verified: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at %1. Check the name and folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check that you have permission to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an IG Workbench workspace: %2. Check that you chose the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is an IG Workbench workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite cannot open %1: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot migrate from version %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading to version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade left a broken link in table %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still referred to by other records (for example as an owner, a contact or a profile role). Change those records first, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 record %2 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace is open read-only: you can look but not change anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace was saved by a newer version of IG Workbench (file format %1; this version understands up to %2). It is open read-only; install the newer version to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else is using this workspace (%1). It is open read-only; you can edit once they have closed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have permission to change this file, so it is open read-only. Use Save a Copy As to work on your own copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s name for the new workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an IG Workbench workspace: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2. Restore the newest automatic backup, or ask your IT team for a copy from the file server&apos;s backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on a network drive (%2). Several people opening it at once can damage it; keep workspaces on a local disk and exchange packages with partners instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already open: %2. You can open it read-only, or ask them to close it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last session with this workspace (%1) ended without closing it, for example after a crash. Its lock was cleared; no committed change is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Restore the newest automatic backup, or ask your IT team for a copy from the file server&apos;s backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was never finished being created (it has no schema). Create the workspace again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not take a backup before upgrading %1, so it was left unchanged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading %1 failed and was rolled back; the file is unchanged. Details: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace was upgraded from format %1 to %2. A copy of the old file is in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a different file from the open workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 (process %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the lock file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot lock %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the lock file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock file %1 keeps changing; another program is opening this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
