<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>igw::DpiaUi</name>
    <message>
        <source>Only &amp;mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;verdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the measures owned by the person chosen in &quot;I am&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the measures that are done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only measures past their due date and not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rows shown, in this order, as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan: measures of every DPIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I &amp;am:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every measure of every DPIA. Press Enter or double-click a row to open it in its DPIA&apos;s risk register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose a person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; none overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2 overdue in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dpia-action-plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Action Plan as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files, comma-separated (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No due date</source>
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
        <source>DPIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New DPIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a data protection impact assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the current DPIA with its risks and measures (Delete key in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data protection impact assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New DPIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add DPIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete DPIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be deleted. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its risk and the risk&apos;s measures are deleted with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its %1 risks and their measures are deleted with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1? %2

You can bring it all back with Edit &gt; Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 DPIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 DPIAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 1 DPIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 DPIAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has frozen versions, which are kept as the record of what was reviewed and approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has attached documents. Remove them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has review comments, which are kept with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole DPIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the changes to the details and links (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes to the details and links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, version %2. Last changed %3 by %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DPIA selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a DPIA in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a DPIA in the list, or start a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the DPIA a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the risk matrix from %1 to %2?

%3 The levels are moved onto the new scale keeping the ends (the lowest stays lowest, the highest stays highest); check them afterwards. You can undo this with Edit &gt; Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 risk is already assessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 risks are already assessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Risk Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unapplied Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has changes that are not applied yet. Apply them now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;High residual risk only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference, title, owner or activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find DPIAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only DPIAs where a high risk remains after the measures: these may need prior consultation with the ICO (UK GDPR Art. 36)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Library self-service kiosks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the project does with personal data and why an assessment is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scale risks are assessed on: the ICO&apos;s 3 x 3 template or the CNIL&apos;s 4 x 4 method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk &amp;matrix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activity %1 (not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asset %1 (not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processing activities and information assets this assessment covers. The record of processing shows the link from the other side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing &amp;activities covered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information a&amp;ssets covered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not assessed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of the DPIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored (undo of a delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No risks yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 not assessed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No risks are recorded in this DPIA&apos;s register yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The highest risk left after the measures, on the %1 matrix. %2 of %3 risks have both levels after measures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest residual risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action &amp;plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each DPIA: its details, links, risks and history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every measure of every DPIA, with owners and due dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: likelihood %2; severity %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue by 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue by %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due in %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (overdue by 1 day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (overdue by %2 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 likelihood, %2 severity: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPO advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source of risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nature of impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likelihood before measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity before measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likelihood after measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity after measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect on the risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk heat map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point at a cell, or use the arrow keys, to list its risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No risks here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before measures: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After measures: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat map on the %1 matrix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No risks recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: before measures %2; after measures %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply to Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Role-based access to case notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If not in the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure is approved by whoever signs the DPIA off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the changes to this measure (Enter in the title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes to this measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meas&amp;ure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detai&amp;ls:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;ffect on the risk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ow&amp;ner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in the directory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measure selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the measure is, e.g. &quot;role-based access&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the due date has passed and the measure is not done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit measure %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure %1 has changes that are not applied yet. Apply them now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Meas&amp;ure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a measure that eliminates, reduces or accepts this risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected measure (Delete key in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures for the whole DPIA (not tied to one risk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the measure &quot;%1&quot;?

You can bring it back with Edit &gt; Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete measure %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply to Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Case notes seen by staff who do not need them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What could happen to the people affected, e.g. distress, discrimination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the changes to this risk (Enter in the source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes to this risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk before measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk after measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So&amp;urce of risk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nature of im&amp;pact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likelihood %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before measures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Likelihood:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After measures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Li&amp;kelihood:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seve&amp;rity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No risk selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the risk is: its source, e.g. &quot;case notes sent to the wrong address&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose both the likelihood and the severity before measures to place the risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose both the likelihood and the severity after measures to place the risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The likelihood after measures is higher than before them: measures should not make harm more likely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The severity after measures is higher than before them: measures should not make harm more severe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit risk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk %1 has changes that are not applied yet. Apply them now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the measures (inherent risk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the measures (residual risk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inherent
risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual
likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual
severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual
risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures for the &amp;Whole DPIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a risk to individuals to this DPIA&apos;s register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected risk and its measures (Delete key in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the measures that are not tied to one risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks to individuals, assessed on the %1 matrix (Details tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add risk to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its measure is deleted with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its %1 measures are deleted with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete risk %1? %2

You can bring it back with Edit &gt; Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete risk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changed answers and sign-off as one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes and show what is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the ICO template&apos;s steps (question bank %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments on the whole DPIA:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attachments and comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is approved: applying changes starts a new version as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DPIA no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This DPIA was written with question bank %1, which this workspace no longer has; the current bank&apos;s questions are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPIA Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a New Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is approved as version %2. Saving these changes starts version %3 as a draft; version %2 stays exactly as it was approved, with its sign-offs. Start version %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the answers of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Screen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guided…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the screening questions: does a processing activity need a DPIA? A DPIA can be started from the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work through the current DPIA step by step, as the ICO template&apos;s steps 1 to 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approved versions of the current DPIA and what changed between two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the current DPIA&apos;s report as PDF, then save it as PDF or ODT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store a copy of a file in the workspace as evidence (up to %1 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the chosen attachment to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen attachment from the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ttachments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File Not Attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be attached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Copy of the Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the DPIA? The file is deleted from the workspace; the DPIA&apos;s history keeps a note that it was removed. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment Not Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add comment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a comment on the DPIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a comment on question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments are saved at once and kept in the DPIA&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on the DPIA:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on question %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;nswers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revie&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DPIA report for %1 as it will be saved. Save PDF keeps exactly this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the DPIA report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance for question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the guidance for this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert the proposal into question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the proposed text into the empty answer to edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed from the linked activities: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risks are recorded and scored in the risk register on the DPIA&apos;s Risks tab; this is a read-only summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measures are recorded in the risk register on the DPIA&apos;s Risks tab; this is a read-only summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact on individuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk and its measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No risks are recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measures are recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measure yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the whole DPIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DPO&apos;s advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary of the DPO&apos;s advice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DPO&apos;s advice &amp;was:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reasons for overruling (required when overruled):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of the DPO&apos;s advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DPO&apos;s advice was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons for overruling the DPO&apos;s advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Individuals&apos; views:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons for &amp;departing from individuals&apos; views:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individuals&apos; views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons for departing from individuals&apos; views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prior consultation with the ICO (UK GDPR Art. 36)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ecision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 36 decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the Art. 36 decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 was approved with its own sign-offs, which stay with it. Saving starts version %2, which needs signing off again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A residual risk is still high. The ICO must be consulted before the processing starts (UK GDPR Art. 36(1)): the decision and its reason are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No residual risk is high, so prior consultation is not required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: a residual risk is high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DPO&apos;s advice is recorded as overruled: give the reasons for overruling it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A residual risk is high: record the Art. 36 prior-consultation decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A residual risk is high: give the reason for the Art. 36 decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a high residual risk the DPIA can be approved only once the decision is to consult the ICO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs a name, a position and a date to count as signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frozen by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Versions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the older version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with the newer version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the current version %1 (status: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current: version %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 (frozen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No version is frozen yet. A version is frozen when the DPIA is approved; then what changes afterwards can be compared with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two different versions to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The versions could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 difference %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 differences %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPIA: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save and Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every change as one step you can undo, and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is open read-only: the DPIA can be read here but not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is approved. Saving changes starts a new version as a draft; the approved version stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes to %1 are not saved. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What stops approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send for &amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to &amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to the &amp;DPO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Review &amp;Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a &amp;New Version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen as &amp;Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to &amp;Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval is blocked: see the list below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked: 1 reason is listed below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked: %1 reasons are listed below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, version %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected because: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version is approved and frozen; any change starts version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prior consultation (UK GDPR Art. 36): a residual risk is still high. The decision to consult the ICO is recorded; the processing must wait for the ICO&apos;s advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prior consultation required (UK GDPR Art. 36): a residual risk is still high. Consult the ICO before the processing starts, and record the decision in step 7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing stops approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before it can be &amp;approved (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject DPIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is %1 rejected?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DPIA is rejected only with the reason, so its authors know what to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve DPIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve %1? Version %2 is frozen as approved and kept as it is; later changes start a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start version %1 of %2 as a draft? Version %3 stays as it was approved; the new version needs signing off again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status Not Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and Start &amp;DPIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPIA Screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the screening with its outcome and reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the screening and start a draft DPIA pre-filled from the ROPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing &amp;activity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a processing activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed from the ROPA (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DPIA is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DPIA is recommended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DPIA is not required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No screening criterion is met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every question is answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 question is not answered yet; it counts as “no”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 questions are not answered yet; they count as “no”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DPIA can be started from here when the screening finds one required or recommended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is open read-only: the screening can be worked through but not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the processing activity this screening is about to save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screening could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen %1 and start a DPIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPIA Not Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screening %1 is saved, but the DPIA could not be started: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>igw::PdfText</name>
    <message>
        <source>The PDF is larger than %1 MB, too large to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a PDF (it has no PDF header).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF is damaged and cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF is protected by a password. Attach a copy without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF has no pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF has %1 pages; at most %2 can be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>igw::PdfView</name>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+Minus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+Plus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the page width to the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Down and Page Up go to the next and previous page; Ctrl+Plus and Ctrl+Minus zoom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page thumbnails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a page to show it; the arrow keys move between pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF is too large to preview (%1 MB; at most %2 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF is protected by a password and cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF has no pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF has %1 pages; the preview shows at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;ODT…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the document shown here as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the document as an OpenDocument text file to edit in a word processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No temporary folder could be made for the preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document was written but cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save %1 as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the PDF to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save %1 as OpenDocument Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the OpenDocument text to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>igw::RegisterUi</name>
    <message>
        <source>A&amp;pply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
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
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Linked records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, about living people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes (UK GDPR Art. 9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes (UK GDPR Art. 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Council tax accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Revenues &amp; Benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application, shared drive, paper store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. United Kingdom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Racial or ethnic origin, political opinions, religious or philosophical beliefs, trade union membership, genetic or biometric data, health, sex life or sexual orientation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criminal convictions and offences or related security measures (DPA 2018 Schedule 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approximate number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business &amp;function:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner (IAO):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad&amp;ministrator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it is held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ystem or location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosting country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data s&amp;ubjects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data categories:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 9 condition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criminal offence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawful &amp;basis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records held:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individuals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Classification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cri&amp;ticality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access controls:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 by %2. Last changed %3 by %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No asset selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an asset in the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an asset in the table, or add a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in what you know and press Apply; you can add the rest later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add asset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unapplied Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has changes that are not applied yet. Apply them now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &quot;%1&quot; to your organisation&apos;s list? Everyone using this workspace will be offered it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term Not Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Review due in %n days</source>
        <translation>
            <numerusform>Review due in %n day</numerusform>
            <numerusform>Review due in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Special category data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criminal offence data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived or disposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person %1</source>
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
        <source>History of the asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored (undo of a delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review of this asset is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The review of this asset is due within %n days.</source>
        <translation>
            <numerusform>The review of this asset is due within %n day.</numerusform>
            <numerusform>The review of this asset is due within %n days.</numerusform>
        </translation>
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
        <source>Business function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner (IAO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System or location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criminal offence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosting country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contains personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 9 condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of individuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Edit %n Assets</source>
        <translation>
            <numerusform>Edit %n Asset</numerusform>
            <numerusform>Edit %n Assets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tick what to change for the %n selected assets. Fields you leave unticked keep their own values. You can undo this in one step.</source>
        <translation>
            <numerusform>Tick what to change for the %n selected asset. Fields you leave unticked keep their own values. You can undo this in one step.</numerusform>
            <numerusform>Tick what to change for the %n selected assets. Fields you leave unticked keep their own values. You can undo this in one step.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Owner (IAO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;riticality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business &amp;function</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Apply to %n Assets</source>
        <translation>
            <numerusform>Apply to %n Asset</numerusform>
            <numerusform>Apply to %n Assets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edit %n assets</source>
        <translation>
            <numerusform>Edit %n asset</numerusform>
            <numerusform>Edit %n assets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change owner of %n assets</source>
        <translation>
            <numerusform>Change owner of %n asset</numerusform>
            <numerusform>Change owner of %n assets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change administrator of %n assets</source>
        <translation>
            <numerusform>Change administrator of %n asset</numerusform>
            <numerusform>Change administrator of %n assets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change classification of %n assets</source>
        <translation>
            <numerusform>Change classification of %n asset</numerusform>
            <numerusform>Change classification of %n assets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change status of %n assets</source>
        <translation>
            <numerusform>Change status of %n asset</numerusform>
            <numerusform>Change status of %n assets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change criticality of %n assets</source>
        <translation>
            <numerusform>Change criticality of %n asset</numerusform>
            <numerusform>Change criticality of %n assets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change next review date of %n assets</source>
        <translation>
            <numerusform>Change next review date of %n asset</numerusform>
            <numerusform>Change next review date of %n assets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change business function of %n assets</source>
        <translation>
            <numerusform>Change business function of %n asset</numerusform>
            <numerusform>Change business function of %n assets</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the usual columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>information-asset-register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files, comma-separated (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not end in .xlsx or .csv. Choose a name ending in .xlsx for Excel or .csv for a comma-separated file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (asset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (our organisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (partner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encr&amp;ypted in transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Safeguarding referrals to the police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is shared, e.g. names, dates of birth, case notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. about 40 records a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the data sharing agreement&apos;s reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick when the data is encrypted while it travels (e.g. SFTP, TLS-enforced email)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data items:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer &amp;method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fre&amp;quency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lawful basis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;greement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ris&amp;k rating:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New information flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: fill in the form and choose Apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flow selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a flow in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a flow in the list, or Add a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add flow %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of our assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A partner organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: one of our assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a partner organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the first letters of a name to jump to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose an asset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose an organisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted record %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent electronically with no encryption in transit recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounded box: one of our information assets, grouped by business function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Square double-lined box: a partner organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrows point from sender to recipient; each label gives the flow reference and its risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unencrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (+, or Ctrl and the mouse wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (-, or Ctrl and the mouse wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole map (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;arrange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put boxes you moved back in their places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the whole map as a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export S&amp;VG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the whole map as an SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show flows of business function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show flows with partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The List tab shows the same flows as a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>information-flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Flow Map as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Flow Map as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information flow map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory for an image of %1 × %2 pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information flow map exported from IG Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the SVG drawing for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer method: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted in transit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unencrypted electronic transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · our organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · partner organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(record %1 not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)
Business function: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No information flows yet. Add them in the List tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flows match the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation as a whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No business function recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: our information assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flows shown: %1. Our assets: %2. Organisations: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;All Flows</source>
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
        <source>Type to filter the flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a new information flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected flow (Delete key in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop showing only one asset&apos;s flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sear&amp;ch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Flow</source>
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
        <source>Only the flows of %1 are listed (%2 shown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blue, thin solid line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orange, dashed line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>red, thick dash-dot line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grey, dotted line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problems found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add these people to the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check A&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings do not stop the import. Hide them to see the errors alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import adds them to the people directory, so the assets can name them as owners and administrators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the file again, for instance after correcting it in your spreadsheet program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read: %L1    Errors: %L2    Warnings: %L3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %L1 of the %L2 errors are listed. Correct these and press Check Again to see the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed: the first %L1 of %L2 problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %L1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the people directory: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was cancelled. Press Check Again to check the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be imported while there are errors. Correct them in the file and press Check Again, or go back and change the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No errors: press Import to add the %Ln assets.</source>
        <translation>
            <numerusform>No errors: press Import to add the %Ln asset.</numerusform>
            <numerusform>No errors: press Import to add the %Ln assets.</numerusform>
        </translation>
    </message>
    <message>
        <source>The people not in the directory will be added to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written to the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed, so nothing was written to the register: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file changed after it was checked and now has errors, so nothing was written to the register. Correct them and press Check Again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Assets from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without importing anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.tsv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 1 of 3: The file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 2 of 3: Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 3 of 3: Check and import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every row; nothing is written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing; nothing is kept unless every row is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln assets.</source>
        <translation>
            <numerusform>Imported %Ln asset.</numerusform>
            <numerusform>Imported %Ln assets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln people to the directory: %1.</source>
        <translation>
            <numerusform>Added %Ln person to the directory: %1.</numerusform>
            <numerusform>Added %Ln people to the directory: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %Ln Assets</source>
        <translation>
            <numerusform>&amp;Import %Ln Asset</numerusform>
            <numerusform>&amp;Import %Ln Assets</numerusform>
        </translation>
    </message>
    <message>
        <source>Column mappings (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Match Automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load Mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column of your spreadsheet that holds each field. Fields left as &quot;(not imported)&quot; stay empty; the Name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview of the first rows, as they would be imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ame (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (column %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (&quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column that holds the assets&apos; names: Name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is read for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Column Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping %1 reads columns this file does not have, so these fields are not imported: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Column Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, read from the column &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops at once; nothing is written to the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing row %L1 of %L2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking: %L1 rows read…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assets in the file are added to the register. Nothing is written until every row has been checked, and then all rows are written or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another sheet, or correct the file and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text file with separated values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2 columns with headings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are headings but no rows to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick when there is no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information Asset Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show All Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import assets from an Excel or CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the assets shown (with the current filter) to Excel or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, reference, function, system…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters the register as you type (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the search, filter and sort under a name in this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen saved filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colu&amp;mns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the columns to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an asset to the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the owner, classification, status or review date of all selected assets in one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected assets (Delete key in the table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit in the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only rows where %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name for this filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the saved filter “%1”? The assets are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter Not Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only Rows Without %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only Rows Where %1 Is “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2 assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n assets?

You can bring them back with Edit &gt; Undo.</source>
        <translation>
            <numerusform>Delete %n asset?

You can bring them back with Edit &gt; Undo.</numerusform>
            <numerusform>Delete %n assets?

You can bring them back with Edit &gt; Undo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n assets</source>
        <translation>
            <numerusform>Delete %n asset</numerusform>
            <numerusform>Delete %n assets</numerusform>
        </translation>
    </message>
    <message>
        <source>Assets Not Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the assets was deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(and %1 more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets Not Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed, because:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the assets whose review is overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 asset is past its review date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 assets are past their review date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms separated by &quot;;&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick terms from your organisation&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the typed terms that are not in your organisation&apos;s list yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no terms yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add new %1 to the vocabulary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information flows and processing activities of the asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other end or role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing as processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing as controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No information flows or processing activities recorded for this asset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As written in an older register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class of the retention schedule (Retention page) that says how long the records are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the retention period starts from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day the asset was recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its last review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day its records were closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a trigger date, the period starts from this date of the asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sche&amp;dule class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records closed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention (text):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On legal hold: %1. Disposal is suspended until the hold is released on the Retention page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 / %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement not yet in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared under</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>igw::RetentionUi</name>
    <message>
        <source>&amp;Give Selected Assets This Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why and what to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class to give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lass:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live assets without a retention class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data kept permanently without an authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes nothing uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checks could not be run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to look at: every live asset has a class, and every class is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 thing(s) to look at. Select assets and give them a class below; press Enter on a class to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1 asset(s) a retention class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm Disposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and role, e.g. Sam Patel, Records Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 under %3. %4. The disposal log keeps this for good, and a certificate is made for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The asset no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required when the records go before their due date: say why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the certificate of the selected disposal as PDF (Enter in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposal log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disposal log could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No disposals recorded yet. Confirm one from the planner when records are destroyed or transferred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 disposal(s) recorded. The log cannot be changed: each entry stands as it was confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Certificate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show assets on &amp;legal hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm Disposal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal &amp;Hold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Release Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due this quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show disposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposals due, by owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner / asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposals due per month, next twelve months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the selected asset&apos;s records were destroyed or transferred, with a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend disposal of the selected asset, e.g. for litigation or an inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is the asset held for? (the litigation, inquiry or request; required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposals due per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposals due per month (and %1 overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planner could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing falls due in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asset(s) %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>are overdue for disposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fall due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposal Not Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposal Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disposal is in the log as certificate %1. Save the certificate of destruction as PDF now? It can be saved later from the Disposal log tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold Not Placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold Not Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a retention schedule from an Excel or CSV file: every row is checked first, then all are written or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the schedule as Excel, CSV or a PDF to publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file (.csv)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF to publish (.pdf)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposal &amp;log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;ks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Retention Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retention-schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Retention Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Not Possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 problem(s); nothing was imported. Correct them in the file and import it again.

%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 checked: %2 new class(es), %3 to update, %4 unchanged. Import now? All are written or none; the import is recorded in the history, not as an undo step.%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install &amp;Starter Schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words in the reference, records, trigger or authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention schedule by function and activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function / activity / class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a retention class to the schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the common local-authority classes shipped with the workbench that the schedule does not have yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the changes to the class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes to the class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. closure of the case, end of the financial year, date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Limitation Act 1980 s.5; IRMS Retention Guidelines 2.1.3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;unction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acti&amp;vity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trigger:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep for: months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep for: days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep for: years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;hen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorit&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Citation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 class(es)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No asset or processing activity uses this class yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by %1 asset(s) and %2 processing activity(ies).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No class selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add retention class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unapplied Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has changes that are not applied yet. Apply them now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Retention Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is used by %2 asset(s) or processing activities. Give them another class first; the Checks tab lists what uses which class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1? You can bring it back with Edit &gt; Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete retention class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install Starter Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the classes of “%1” (version %2, %3 classes) that the schedule does not have yet? Classes you already have are left as they are; the new ones are yours to edit.

%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starter Schedule Not Installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starter Schedule Installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 class(es) added; %2 were already in the schedule.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>igw::RopaUi</name>
    <message>
        <source>Special category data comes from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criminal offence data comes from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 9 condition taken from %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing for Article 30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate an item to go to its field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete: nothing missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing for Article 30: 1 item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing for Article 30: %1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This activity records everything Art. 30 asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
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
        <source>Added %1 by %2. Last changed %3 by %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No processing activity selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an activity in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an activity in the list, or add a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No asset used holds special category or criminal offence data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient organisations: none chosen (Links tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient organisations (Links tab): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the processing activity a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a processor records (UK GDPR Art. 30(2))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For processor records only: set Role to Processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unapplied Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has changes that are not applied yet. Apply them now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article &amp;30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Council tax billing and collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Revenues &amp; Benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and contact details, if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other recipients, e.g. auditors; the public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document reference or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. United States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention schedule class or period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing activit&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business function:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose of processing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint controller:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed by the assets used (Links tab): untick what does not apply to this activity, and add your own below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories of individuals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories of personal data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other recipients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to contract with processor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers outside the UK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International transfers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third countries or international organisations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguards:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention and security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention schedule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical and organisational security measures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reviewed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy no&amp;tice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the individual; the DWP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. access, rectification, erasure, restriction, objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 6 lawful basis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 9 condition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legitimate interests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to legitimate interests assessment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights available to individuals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automated decision-making, including profiling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source of the personal data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent, access, DPIA, &amp;breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System, shared drive or paper store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent and access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to record of consent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location of personal data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data protection impact assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPIA required:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPIA progress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to the DPIA:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach occurred:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to record of breach:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schedule 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, for this activity (UK GDPR Art. 9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, for this activity (UK GDPR Art. 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appropriate policy document reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Racial or ethnic origin, political opinions, religious or philosophical beliefs, trade union membership, genetic or biometric data, health, sex life or sexual orientation. Linked assets holding such data count as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPA 2018 Schedule 1 para 41: the record kept when special category or criminal offence data relies on a Schedule 1 condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special category data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criminal offence data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule 1 condition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to retention and erasure policy document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retained and erased in line with the policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons for not following the policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rocessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UK GDPR Art. 30(2): what a processor records for each controller it acts for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation %1 (not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controllers we act for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controllers&apos; representatives and DPOs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories of processing for each controller:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lin&amp;ks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asset %1 (not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assets used propose the categories of individuals and personal data and whether special category data is involved; recipient organisations are listed as recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient organisations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of the processing activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored (undo of a delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, and criminal offence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criminal offence only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lawful basis recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the assets used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPIA required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No terms from the assets used (link assets on the Links tab), so only your own are recorded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own additions, separated by &quot;;&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from the assets used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Struck out; proposed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 (not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to find by reference or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to choose from yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more not listed: type to narrow the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Board Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record-of-processing-board-report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Record of Processing as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record-of-processing-activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files, comma-separated (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Record of Processing (ICO Layout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Only activities with gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference, name, purpose or function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search processing activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters the list as you type (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special category data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the activities missing something Art. 30 asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special category or criminal offence data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sear&amp;ch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;unction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lawful basis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special cate&amp;gory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DP&amp;IA:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing items (activate one to fill it in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 item missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill this in on the Organisation &amp; People page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing missing: every activity records what Art. 30 asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Record of Processing from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which column of the file feeds each ROPA column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found by the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROPA column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched from the headings. Choose a sheet to change which column feeds which; the import reads only the columns matched here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Record of Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.tsv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every sheet with ROPA headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headings on line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet &quot;%1&quot;: headings on row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2 of its %3 columns match ROPA columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet: press Check. Nothing is written until every row passes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns changed: check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every row; nothing is written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup of the workspace could be taken before importing (%1), so nothing was imported. Check the disk has space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing; nothing is kept unless every row is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows read: %2 new, %3 changed, %4 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 errors and %2 warnings: correct the file, then check again. Nothing has been written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No errors; %1 warnings to read before importing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in the file is already in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the record of processing: %1 activities added, %2 changed, %3 unchanged. The workspace as it was before is kept as the backup %4; open that copy to go back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import %1 Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a processing activity to the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the current activity (Delete key in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import activities from a spreadsheet in the ICO&apos;s layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the record of processing activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel Workbook (ICO Layout)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board Report (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record of Processing Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New processing activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add processing activity</source>
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
        <source>1 activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 1 activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completeness of the record of processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%p% complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no processing activities recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the one activity has everything Art. 30 asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the one activity is missing something Art. 30 asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 of %1 activities has everything Art. 30 asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 activities have everything Art. 30 asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% complete — %2; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asset %1 (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation %1 (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sharing agreement covers this activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing agreements covering this activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing agreements:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in force, review due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out for signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>igw::SharingUi</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the changes to the agreement&apos;s fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes and show what is stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Par&amp;ties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;klist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gnatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doc&amp;uments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, version %2. Last changed %3 by %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agreement selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an agreement in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an agreement in the list, or start a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the agreement a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying starts version %1: the lawful basis or the data shared changes, so every party signs again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This agreement has ended and is kept as a record: only its notes can change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has gone out for signature. Changing its lawful basis or the data shared starts version %2, and every party must sign again. This is recorded in the history and cannot be undone. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unapplied Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has changes that are not applied yet. Apply them now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Hospital discharge and adult social care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the data is shared: the specific purpose the parties agree on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the sharing achieves for people and services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Benefits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no special category data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no criminal offence data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The law that allows or requires the sharing, e.g. Children Act 2004 s.10, Care Act 2014 s.6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose data, e.g. patients ready for discharge; carers (separate with ;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left empty, the data subjects are taken from the linked assets&apos; categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. &amp;6 lawful basis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. &amp;9 condition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPA 2018 Sc&amp;hedule 1 condition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 1&amp;0 (criminal offence data):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statutory &amp;gateway:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data s&amp;ubjects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once the agreement has gone out for signature, a change on this tab or to the data shared starts a new version that every party signs again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;asis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the parties handle the data. The clause library supplies the standard wording of each section; what you write here is the agreement&apos;s own commitment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asset %1 (not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flow %1 (not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activity %1 (not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is shared, picked from the register so the agreement and the register stay linked: the flows carry the data items, the assets say whose data and which categories. The schedule of data items in the document is drawn from them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In&amp;formation flows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information a&amp;ssets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing a&amp;ctivities:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data sha&amp;red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ICO Data Sharing Code checklist lists %1 missing item(s): see the Checklist tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties that have signed version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing before signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter on an item to go to the field that fixes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agreement selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete: the agreement holds everything the ICO Data Sharing Code expects, so it can go out for signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 item(s) missing before the agreement can go out for signature. Press Enter on one to go to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach Signed PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a PDF with the agreement, e.g. the copy the parties signed; its text becomes searchable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the document in the preview (Enter in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents kept with the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No documents yet. Attach the signed copy once the parties have signed it; the Sharing page&apos;s Find then searches its text too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 document(s). Their text is searched by Find on the Sharing page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach Signed PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document Not Attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file that can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, the most a document may be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read as a PDF: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Text Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is kept, but it holds no text (a scan without recognised text), so search cannot find words inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, kept with the agreement (version %2). Save PDF writes an exact copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the agreement? The history keeps a note of it, but the file itself cannot be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document Not Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flows without an agreement in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements not in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flows could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every flow to or from another organisation is covered by an agreement in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 flow(s) to or from other organisations have no agreement in force. Draw one up, or link the flow to an agreement on its Data shared tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review found the agreement still fit for purpose. Review it again by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send for Signature…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;Signature…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete Re&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Terminate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions sent for signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze this version and send it to the parties to sign; possible when the checklist is complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that a party signed this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement was reviewed and stays in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the agreement before its end date, with the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gnatures given:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions sent for signat&amp;ure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the agreement ending? (required; the parties and the history will show it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, version %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot go out for signature yet: the checklist lists %1 missing item(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: an earlier version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send for Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send version %1 of %2 for signature? The version is frozen as it is now; a later change to the lawful basis, the data shared or the parties starts a new version to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature Not Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement in Force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every party has signed: the agreement is now active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review Not Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason the agreement ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Party…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Party…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties to the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICO registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (us)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 parties; %2 signed version %3. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes the parties of an agreement that has gone out for signature. A new version starts and every party must sign it again; this is recorded in the history and cannot be undone. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding a party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party Not Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing a party&apos;s organisation or role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party Not Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this party from the agreement? You can bring it back with Edit &gt; Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing a party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party Not Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From Organisation &amp; People; change it there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Dr Helen Okafor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Caldicott Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single point of contact: name, role, email or telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICO registration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signatory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatory&apos;s &amp;position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw up an information sharing agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the current agreement (only one never sent for signature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the agreement as the PDF the parties sign, then save it as PDF or ODT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Flows without an agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference, title, partner, or words in a signed copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information sharing agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Flows without an agreement (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement Not Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 %2 with its parties? An agreement that never went out for signature leaves nothing behind; this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, version %2, as the parties will sign it. Save PDF keeps exactly this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 v%2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 agreement(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 agreement(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no role)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent for signature: the data may be shared once every party has signed this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force: every party has signed this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force, but its review date has passed: review it and set the next review date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired: its end date has passed. The sharing it covered needs a new agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminated: the sharing it covered has stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft: complete the checklist, then send it for signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Party:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date signed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections of the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section&apos;s clauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clauses come from the clause library with this agreement&apos;s stored details filled in; apply changes to see them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your addition to the section:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;addition to section %1 (printed after its clauses):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addition to section %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause &amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the standard wording to edit it, or install your organisation&apos;s edited clause library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Library in Use to Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Clause Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause libraries (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install an Edited Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install Clause Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clause library could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than a clause library may be (%2 KB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause Library Installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of the clause library is now used for new agreements. Agreements already drawn up keep the wording they were drawn up with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause Library Not Installed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and end dates could not be applied: %1</source>
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
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulleted list (Ctrl+Shift+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rich text: Ctrl+B bold, Ctrl+I italic, Ctrl+Shift+L bulleted list.</source>
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
    <message>
        <source>e.g. Not applicable (established in the UK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and contact details of the representative a controller outside the UK must appoint (UK GDPR Art. 27); shown in the record of processing activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;UK representative (Art. 27):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>igw::dpia</name>
    <message>
        <source>%1 (%2, SHA-256 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, for question %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DPIA no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no question “%2” to attach a file to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist. Check the name and folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file, so it cannot be attached. Choose a document or image file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2, the most a DPIA attachment may be. Attach a smaller copy, or link to where the file is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no question “%2” to comment on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment is longer than %1 characters; shorten it or attach a document instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impacts: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threats: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk sources: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controls that address it (measures): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likelihood: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluator&apos;s comment: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation date as written: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNIL evaluation: acceptable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNIL evaluation: improvable; in the action plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNIL evaluation: to correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not evaluated in the CNIL tool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inherent score is the CNIL&apos;s estimate with the planned controls; the residual score is the evaluator&apos;s, after the action plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DPO&apos;s opinion: the processing can be implemented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DPO&apos;s opinion: the processing should not be implemented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their opinion: the processing can be implemented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their opinion: the processing should not be implemented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views sought from: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individuals&apos; views were not sought; the file gives no reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individuals&apos; views were not sought: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a DPIA imported from the CNIL tool with this title; this import adds another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (IG Workbench question %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likelihood %1, severity %2; residual likelihood %3, severity %4 (of %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the DPO&apos;s advice was overruled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the decision departs from individuals&apos; views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prior consultation (UK GDPR Art. 36)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no DPIA %1 in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected text, found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is %1 characters long; at most %2 are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a whole number, found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected true or false, found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: every entry must say what it refers to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a number or text, found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no %1; none are imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a list, found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has %1 %2; at most %3 are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected an object, found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIA has no status; it is imported as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: an answer must name its question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a question number of the CNIL tool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected an object with the answer, found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list has %1 entries; at most %2 are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry is %1 characters long; at most %2 are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected an object with x and y, found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a PIA exported by the CNIL&apos;s PIA tool: such a file is one JSON object with &quot;pia&quot;, &quot;answers&quot;, &quot;measures&quot;, &quot;evaluations&quot; and &quot;comments&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is %1 MiB; a PIA of more than %2 MiB is not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2), so it is not a PIA exported by the CNIL&apos;s PIA tool, or it was cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a structure exported by the CNIL&apos;s PIA tool (a template of questions%1), not a PIA: it holds no assessment to import. Export the PIA itself from the tool and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s &quot;pia&quot; is %1, not the PIA&apos;s details; it is not a PIA exported by the CNIL&apos;s PIA tool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 MiB; a PIA of more than %3 MiB is not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>impacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gauge must be 0 (not assessed) to 4; this one is left unassessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measure %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNIL reference %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evaluation is of measure %1, which the file does not have; it is kept in the imported notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk %1: residual score; comments to the imported notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluator&apos;s comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to be done by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person in charge: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation of %1 (CNIL %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual risk after the action plan: severity %1, likelihood %2 (of 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: nothing to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 is answered twice; the second answer is kept in the imported notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (CNIL question %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gauge: %1 of 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — sources: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk %1 has no severity or likelihood in the file; assess it after the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled measure %1 from the CNIL tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure has no title; it is imported as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another measure has the same id %1; its evaluation applies to the first one only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evaluator asked for the measure %1 to be corrected; it is imported as planned, not approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an evaluation status of the CNIL tool (0-3); the measure is imported as not evaluated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date; it is kept in the measure&apos;s notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measure %1: status, approval, due date, owner, notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on %1 (CNIL %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIA %1 from the CNIL tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIA has no name; the DPIA is called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from the CNIL PIA tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIA %1 (number %2 in the tool), created %3, last changed %4; status in the tool: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation and people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers with no place in this DPIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIA is written in French; its text is imported as it is, not translated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIA was refused but the file gives no reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused in the CNIL PIA tool; the file gives no reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validated and then archived in the CNIL tool; imported as approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validated in the CNIL tool (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason given when it was refused earlier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PIA status of the CNIL tool (0-4); the DPIA is imported as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustments made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a DPO opinion of the CNIL tool (0 or 1); only the DPO&apos;s text is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIA was validated although the DPO advised against the processing, and the file gives no reason: record why the advice was overruled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluator: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validator: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category in the CNIL tool: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is the processing under consideration?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What are the responsibilities linked to the processing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are there standards applicable to the processing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What are the data processed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How does the life cycle of data and processes work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What are the data supporting assets?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are the processing purposes specified, explicit and legitimate?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What are the legal basis making the processing lawful?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are the data collected adequate, relevant and limited to what is necessary in relation to the purposes for which they are processed (&apos;data minimisation&apos;)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are the data accurate and kept up to date?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What are the storage duration of the data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How are the data subjects informed on the processing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If applicable, how is the consent of data subjects obtained?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How can data subjects exercise their rights of access and to data portability?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How can data subjects exercise their rights to rectification and erasure?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How can data subjects exercise their rights to restriction and to object?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are the obligations of the processors clearly identified and governed by a contract?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the case of data transfer outside the European Union, are the data adequately protected?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What could be the main impacts on the data subjects if the risk were to occur?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What are the main threats that could lead to the risk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What are the risk sources?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which of the identified planned controls contribute to addressing the risk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do you estimate the risk severity, especially according to potential impacts and planned controls?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do you estimate the likelihood of the risk, especially in respect of threats, sources of risk and planned controls?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which of the identified controls contribute to addressing the risk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNIL question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data, processes and supporting assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proportionality and necessity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controls to protect the personal rights of data subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned or existing measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illegitimate access to data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unwanted modification of data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data disappearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPO and data subjects&apos; opinions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate the PIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected PIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNIL item %1.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fundamental principles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNIL section %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simple validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>improvable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acceptable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the DPO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPIA required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPIA recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPIA not required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eliminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consult the ICO before processing — UK GDPR Art. 36(1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No prior consultation: no high residual risk remains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overruled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disappearance of data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual risks approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPO advice provided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation responses reviewed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This DPIA will be kept under review by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question bank version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for rejection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of DPO advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPO advice accepted or overruled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons for overruling the DPO&apos;s advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individuals&apos; views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons for departing from individuals&apos; views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prior consultation with the ICO (Art. 36)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the Art. 36 decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source of risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nature of the impact on individuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feared event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect on risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner (not in the directory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
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
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special category data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special category data: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 9 condition: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criminal offence data (UK GDPR Art. 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPA 2018 Schedule 1 condition: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No special category or criminal offence data is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transfers outside the UK are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers to: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguard: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawful basis: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legitimate interests: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (hosted in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: about %L2 individuals, %L3 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: about %L2 individuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: about %L2 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In all about %L1 individuals across %2 assets (some people are in more than one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systems hosted in: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is longer than %3 characters; shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an &quot;id&quot; of letters, digits, dots, hyphens or underscores (at most %2 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (&quot;%2&quot;) has no question text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (&quot;%2&quot;) names an unknown prefill &quot;%3&quot;; use one of: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (&quot;%2&quot;): &quot;required&quot; must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a DPIA question bank: &quot;format&quot; must be &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question bank needs a &quot;version&quot; of letters, digits, dots, hyphens or underscores (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question bank has no &quot;steps&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question bank has %1 steps; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an &quot;id&quot; such as &quot;2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the step id &quot;%2&quot; is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (&quot;%2&quot;) has no title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;questions&quot; must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 questions; at most %3 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1, question %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the question id &quot;%2&quot; is used twice; every question needs its own id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question bank is %1 bytes; at most %2 are allowed. Remove unneeded guidance or split the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question bank is not valid JSON at byte %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question bank must be a JSON object with &quot;format&quot;, &quot;version&quot; and &quot;steps&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version &quot;%1&quot; of the question bank is already installed with different content. Give the new bank a new &quot;version&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version &quot;%1&quot; is the built-in question bank&apos;s. Give your bank its own &quot;version&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICO 3 x 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Significant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNIL 4 x 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The band mapping for %1 needs %2 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The band mapping for %1 needs %2 cells in every row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): answered “unsure”; find out, or treat it as “yes”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): a DPIA is always required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): likely to result in high risk, so a DPIA is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), combined with a WP248 criterion: a DPIA is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): high risk only when combined with a WP248 criterion, and none is met, so a DPIA is recommended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): one of %3 WP248 criteria met; two or more mean a DPIA is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): one WP248 criterion met, so a DPIA is recommended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No screening criterion applies (UK GDPR Art. 35(3), the ICO&apos;s list under Art. 35(4), WP248): a DPIA is not required. Keep this screening as the record of why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ROPA records special category data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ROPA records criminal offence data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The individuals include “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The individuals include “%1”; WP248 counts employees as vulnerable because of the imbalance of power.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data include “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CCTV images of “%1”: say whether the monitoring covers a publicly accessible place on a large scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The linked assets hold about %L1 individuals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special category or criminal offence data about %L1 individuals: say whether that is large scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ROPA records automated decision-making: “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screening has an answer for an unknown question “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to “%1” must be yes, no or unsure, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processing activity to screen no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screening no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICO list under UK GDPR Art. 35(4), item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WP248 rev.01, criterion %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extensive profiling with significant effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will you systematically and extensively evaluate people&apos;s personal aspects by automated processing, including profiling, and base decisions on it that have legal or similarly significant effects on them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example automated eligibility decisions or risk scores that decide who gets a service or an intervention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UK GDPR Art. 35(3)(a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large-scale special category or criminal offence data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will you process special category data or criminal offence data on a large scale?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special category data: health, racial or ethnic origin, religion, sexual life or orientation, trade union membership, political opinions, genetic and biometric data. Consider the number of people, the amount of data, how long and how widely it is processed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UK GDPR Art. 35(3)(b)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large-scale monitoring of a public place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will you systematically monitor a publicly accessible place on a large scale?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example CCTV or sensors covering streets, car parks, parks or public buildings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UK GDPR Art. 35(3)(c)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Innovative technology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will you use new technologies, or existing technologies in a novel way (including artificial intelligence)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High risk when combined with any other criterion from WP248.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denial of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will you make decisions about people&apos;s access to a product, service, opportunity or benefit based to any extent on automated decision-making (including profiling), or on special category data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example deciding eligibility for a grant, a service or housing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large-scale profiling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will you profile individuals on a large scale?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiling means evaluating personal aspects, such as behaviour, needs or risk, by automated means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biometric data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will you process biometric data to identify people uniquely?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example facial recognition or fingerprint entry. High risk when combined with any other criterion from WP248.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genetic data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will you process genetic data (other than by a GP or health professional to provide health care directly to the person)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will you combine, compare or match personal data obtained from several sources?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example matching records for fraud prevention or to find families who may need help. High risk when combined with any other criterion from WP248.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invisible processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will you process personal data not obtained from the people themselves, where telling them (Art. 14) would be impossible or take disproportionate effort?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will you track people&apos;s location or behaviour, online or offline?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example vehicle tracking, location data from apps, or monitoring how people use a website. High risk when combined with any other criterion from WP248.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targeting children or other vulnerable individuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will you use the personal data of children or other vulnerable people for marketing, profiling or other automated decision-making, or offer online services directly to children?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vulnerable people include those who may find it hard to understand or object to the processing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk of physical harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could a personal data breach put someone&apos;s physical health or safety at risk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example the address of someone fleeing domestic abuse, or details of a child in care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation or scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will you evaluate or score people, including profiling and predicting?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example assessing risk, needs, performance, reliability or behaviour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automated decisions with legal or similar effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will decisions with legal or similarly significant effects on people be made automatically?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions that could exclude or discriminate against people, made without meaningful human involvement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systematic monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will you observe, monitor or control people systematically?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Including CCTV, monitoring staff use of systems, or data collected through networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive or highly personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will you process special category data, criminal offence data, or other highly personal data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highly personal data includes financial details, social care records, and private communications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will the processing be on a large scale?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consider the number of people, the volume and range of data, how long it goes on and the geographical area it covers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching or combining datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will you match or combine datasets from different processing operations or controllers in ways people would not expect?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vulnerable data subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are the people concerned vulnerable?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children, employees (because of the imbalance of power), people with mental health needs, older people, asylum seekers, patients and others who cannot easily consent or object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Innovative use or new technology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will you use new technology, or apply technology or organisational solutions in a new way?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example fingerprint and face recognition, the Internet of Things, or artificial intelligence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prevents exercising a right or using a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could the processing prevent people from exercising a right or using a service or contract?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example screening people to decide whether they may have a service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always required (UK GDPR Art. 35(3))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ICO&apos;s list of processing likely to result in high risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WP248 criteria (two or more usually mean a DPIA is needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed (was “%2”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” → “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of %2 is already frozen; edit the DPIA to start a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 frozen (SHA-256 %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of this DPIA was never frozen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of this DPIA is damaged: its snapshot cannot be read. Run “igw check” on the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1: the question %2 “%3” is required and has no answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 5: no risks are recorded. Record the risks to individuals, even if they are low.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 5: risk %1 needs an inherent likelihood and severity on the %2 matrix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 6: risk %1 needs a residual likelihood and severity on the %2 matrix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 7: “%1” needs a name, position and date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 7: the summary of the DPO&apos;s advice is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 7: record whether the DPO&apos;s advice was accepted or overruled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 7: the DPO&apos;s advice was overruled; give the reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prior consultation (UK GDPR Art. 36(1)): the residual risk of %1 is still high, so approval is blocked until the Art. 36 decision is recorded as ǌonsult the ICO” with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is “%2” and cannot move to “%3”; it can move to: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for rejecting %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be approved yet:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status and version of a DPIA change only through the review workflow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only risks and measures belong to a DPIA.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>igw::register</name>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information Asset Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information Asset Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System or location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosting country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contains personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data subject categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special category data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 9 condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criminal offence data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of individuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown export format &quot;%1&quot;: use csv or xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an asset reference such as IA-0042. Correct it, or leave the Reference column unmapped to number the assets afresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists in this workspace. Importing adds new assets; leave the Reference column unmapped to number them afresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Use 31/03/2026 or 2026-03-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be Yes or No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known %2. Use one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping reads &quot;%1&quot; for %2, but %3 has no such column. Choose the columns again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column gives the assets&apos; names. Map a column to &quot;Name&quot; (its heading could be &quot;Asset&quot; or &quot;Asset name&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the people directory. Add them under Organisation &amp; People, correct the name, or let the import create them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appears more than once in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has headings but no rows to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by the import of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the mapping to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the mapping %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an IG Workbench asset mapping (version 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping %1 names an unknown field &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OFFICIAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OFFICIAL-SENSITIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOP SECRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronic and paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent — UK GDPR Art. 6(1)(a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract — UK GDPR Art. 6(1)(b)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal obligation — UK GDPR Art. 6(1)(c)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vital interests — UK GDPR Art. 6(1)(d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public task — UK GDPR Art. 6(1)(e)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legitimate interests — UK GDPR Art. 6(1)(f)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explicit consent — Art. 9(2)(a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment, social security and social protection — Art. 9(2)(b)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vital interests — Art. 9(2)(c)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not-for-profit bodies — Art. 9(2)(d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made public by the data subject — Art. 9(2)(e)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal claims and judicial acts — Art. 9(2)(f)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substantial public interest — Art. 9(2)(g)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health or social care — Art. 9(2)(h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public health — Art. 9(2)(i)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archiving, research and statistics — Art. 9(2)(j)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SFTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API / system interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared system access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordinary email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper / post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removable media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbal / telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuous</source>
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
        <source>Quarterly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annually</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 locality team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team shared drive (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (legacy system, read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legacy archive server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — paper files before 2015</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records centre, bay %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community grants applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo flow &quot;%1&quot; names an unknown end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a %2. Choose one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not a date. Use a date such as 2026-03-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not in your organisation&apos;s list of %2: %3. Add them to the list, or pick an existing term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This term is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These terms are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; must be a whole number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the asset&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criticality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lawful basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number of records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number of individuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next review (%1) is before the last review (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data subject categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal data categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Information Asset Owner is named. Every live asset needs an accountable owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The asset holds personal data but no Art. 6 lawful basis is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special category data needs an Art. 9 condition (and often a DPA 2018 Schedule 1 condition). Record which applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special category or criminal offence data is personal data: tick &quot;Contains personal data&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criminal offence data (Art. 10) needs a lawful basis and a Schedule 1 condition or official authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosted in %1: check that a UK adequacy regulation or another transfer safeguard covers it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a short title for the flow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the data comes from: one of your assets or one partner organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the data goes: one of your assets or one partner organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A flow cannot go from a place to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfer method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data sent electronically without encryption in transit: record why, or change the method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lawful basis is recorded for sharing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A term must not be empty or contain &quot;;&quot; (it separates terms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention class reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention trigger date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention trigger rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records closed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal hold reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a class of this workspace&apos;s retention schedule. Add the class (or import the schedule) first, or correct the reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the asset was created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the asset&apos;s last review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the records were closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retention trigger date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date the records were closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a trigger rule. Choose the date the asset was created, its last review or the date its records were closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the asset is on legal hold (the claim, inquiry, request or investigation), so the hold can be released when it ends.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>igw::reports</name>
    <message>
        <source>Cancelled: %1 was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file name was given for the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF was not opened for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the PDF %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record of processing activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report to the board and the Senior Information Risk Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICO registration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senior Information Risk Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with no progress recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no processing activities in the record yet. UK GDPR Art. 30 asks for one entry for each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is %1% complete: %2 of %3 required items are recorded, and %4 of %5 processing activities have every required item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As controller (Art. 30(1))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As processor (Art. 30(2))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required items recorded (Art. 30, DPA 2018 Sch. 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities with every required item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record header (our details and the DPO&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities with special category or criminal offence data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPIAs required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities where the need for a DPIA is not yet decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities with transfers outside the UK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities with a personal data breach recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. What is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is missing: every required item is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 required items are missing across %2 processing activities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 required items are missing: %2 in the record&apos;s header and the rest across %3 processing activities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row names the item and the provision that asks for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record header: our organisation and its DPO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed as processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special category and criminal offence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criminal offence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required; progress not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Processing activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no processing activities yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 processing activities in name order. “Complete” means every required item is recorded; otherwise the number of missing items is given and section 2 lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special or criminal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Notes on method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required items are those UK GDPR Art. 30 and DPA 2018 Sch. 1 para 41 ask for. For an activity as controller: purpose, categories of individuals and of personal data, recipients, transfers outside the UK, retention and security measures (Art. 30(1)(b)–(g)), and the lawful basis (Art. 6(1)). For an activity as processor: the controllers, the categories of processing, transfers and security measures (Art. 30(2)(a)–(d)). The record&apos;s header counts too: our name and contact details and the DPO&apos;s (Art. 30(1)(a)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some items count only where they apply: safeguards and destinations when data goes outside the UK; the legitimate interests pursued when that is the lawful basis; the Art. 9 condition for special category data; and the Schedule 1 record (condition, retention and erasure policy, whether it was followed) when special category or criminal offence data relies on a Schedule 1 condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The percentage is the recorded required items over all required items, rounded down, so 100% means nothing is missing. Optional columns of the ICO template, such as links to DPIAs, consent and breach records, are not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories of individuals and personal data, and whether special category or criminal offence data is involved, come from the information assets each activity uses, less terms struck out and plus terms added for the activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures describe what is recorded in the workspace %1; they do not show that the record is accurate. Made with IG Workbench %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the record of processing activities: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPIA %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file name was given for the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the document %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DPIA report can be written as pdf or odt, not as &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identify the need for a DPIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assess necessity and proportionality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identify and assess risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identify measures to reduce risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign off and record outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nature of the processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope of the processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context of the processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purposes of the processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix A. Other answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix A. Notes kept from the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix B. Notes kept from the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data protection impact assessment (UK GDPR Art. 35)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved version %1 — review due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected — not approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft — not approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for rejection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, which this workspace does not hold; the questions shown are those of version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question bank has no questions for this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rest of this answer is too long for the report; it is in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored answers could not be read, so none are shown. The workspace keeps them as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers to questions that question bank %1 does not have, for example from an earlier bank or an import, under the question&apos;s identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import could not place in the DPIA&apos;s fields, kept as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import (%1) could not place in the DPIA&apos;s fields, kept as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No risks have been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each risk to individuals is scored on the %1 matrix for likelihood (%2) and severity (%3), before measures (inherent) and after them (residual).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source of risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact on individuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inherent risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feared event: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each cell is named by its band. A hollow marker shows a risk before measures, a filled marker after them; an arrow shows the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on the map because not yet scored: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measures have been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measures to reduce or eliminate each risk, who owns them, by when, and whether they were approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect on risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 — residual risk: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measures recorded for this risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures for the whole DPIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice of the data protection officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No advice recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPO advice accepted or overruled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons for overruling the advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views of individuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No views recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons for departing from individuals&apos; views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prior consultation with the ICO (UK GDPR Art. 36)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No high risk remains after the measures, so the ICO need not be consulted before the processing starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A high risk remains after the measures (%1). Where it cannot be reduced, the ICO must be consulted before the processing starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no DPIA with id %1 in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the risks of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the measures of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity of impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likelihood of harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before measures (inherent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After measures (residual)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect of the measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Image not included]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 version %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information sharing agreement, version %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information sharing agreement between %1, version %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An information sharing agreement can be written as pdf or odt, not as &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule: data items shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information sharing agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active — version %1 signed by every party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active — version %1 signed by every party; review overdue since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 out for signature — signed by %2 of %3 parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired on %1 — no longer in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminated on %1 — no longer in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft version %1 — not yet sent for signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When every party has signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for termination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, which this workspace does not hold; the wording shown is that of version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of this copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No parties have been added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICO registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Further provisions agreed by the parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rest of this text is too long for the document; it is in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No parties have been added, so there is no one to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on behalf of each party to version %1 of this agreement. A signature given to an earlier version does not count for this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For and on behalf of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature recorded in IG Workbench by %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be signed by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be signed by %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No information flows or assets are linked to this agreement, so the data items shared are not yet specified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal data shared under this agreement, flow by flow as recorded in the information asset register, and the assets it comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow or asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data subjects named in the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no disposal with certificate %1 in the disposal log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate of transfer to archives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate of destruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2 %3, disposed of on %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of disposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority for disposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class has since been removed from the schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 / %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records of the class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposal action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class as the retention schedule reads on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I certify that the records described above were transferred to the archives on %1 by the method stated, in accordance with the retention schedule of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I certify that the records described above were destroyed securely on %1 by the method stated, in accordance with the retention schedule of %2, and that no copies were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded in the disposal log of IG Workbench by %1 on %2. The log is append-only: this entry cannot be changed or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF&apos;s document information could not be completed: its trailer was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention schedule of %1: %2 classes in %3 functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of this edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Based on the starter schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule says how long the organisation keeps each kind of record and what happens to it then. Each class runs from its trigger event (for example the end of a contract or the closure of a case) for the period shown, after which the records are destroyed securely, reviewed, or transferred to the archives. Records kept permanently are never destroyed. The authority is the law, guideline or business need the period rests on. Records needed for litigation, an inquiry or an information request are held beyond their period until the matter ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule has no classes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>igw::retention</name>
    <message>
        <source>The demo schedule has no class %1 / %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure deletion from the system and its backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destruction of the media with a certificate from the contractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-cut shredding on site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential waste contractor (shredding to BS EN 15713)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer to the record office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no information asset with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 cannot be disposed of: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is on legal hold (%1). Release the hold when the matter is closed, then confirm the disposal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is already marked disposed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was already disposed of on %1 (certificate %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no retention class. Give it the class of the schedule it is disposed of under first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its class %1 keeps the records permanently. Change the asset&apos;s class if these records are not what the class describes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its class %1 keeps the records until they are superseded. Say in the notes what superseded them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a disposal. Choose destroy or transfer to archives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its class %1 says &quot;%2&quot;, not &quot;%3&quot;. Follow the schedule, or change the class first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say how the records were disposed of (the method).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say who confirmed the disposal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the date of the disposal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date %1 is in the future. Confirm a disposal once it has happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date %1 is before the trigger date %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not due until %1. Say in the notes why it was disposed of early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no trigger date, so it has no due date. Give the trigger date, or say in the notes why it was disposed of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 on %3 under %4 by %5, confirmed by %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why %1 is held (the claim, inquiry, request or investigation), so the hold can be released when it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has already been disposed of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on legal hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No retention class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retained permanently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept until superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trigger date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On legal hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On legal hold: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No information asset or processing activity uses this class. Link the records it describes, or remove it if the organisation no longer holds them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No retention class: nobody can say when these records should be destroyed. Choose the class of the schedule that describes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data kept permanently under %1, which names no authority. Cite the statute or guideline that requires it, or give the class a fixed period (UK GDPR Art. 5(1)(e)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data kept permanently under %1 on business need alone. Permanent retention of personal data needs a statute, a guideline or archiving in the public interest (UK GDPR Art. 5(1)(e) and Art. 89).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed period after the trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroy securely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer to archives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retain permanently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the asset was created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the asset&apos;s last review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the records were closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred to archives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 / %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposal action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty. Every class needs a function, an activity and a description of its records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number from 0 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fixed period needs years, months or days after the trigger. Give the period, or make the class permanent or until superseded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 class has no period in years, months or days. Clear them, or make the period fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A permanent class cannot be destroyed. Choose &quot;Retain permanently&quot; or &quot;Transfer to archives&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A class kept for a fixed period is not retained permanently. Make the period permanent, or choose another disposal action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the %1 the period comes from, e.g. &quot;Limitation Act 1980 s.5&quot;, or choose &quot;Business need&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown export format &quot;%1&quot;: use csv or xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cell holds %1 characters; at most %2 are accepted. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a retention class reference such as RC-0042. Correct it, or leave the cell empty to add the class with a new reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of %2. Write the number alone, e.g. 6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known %2. Use one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the people directory. Add them under Organisation &amp; People, or correct the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a period IG Workbench can read. Write it as &quot;6 years&quot;, &quot;1 year 6 months&quot;, &quot;31 days&quot;, &quot;Permanent&quot; or &quot;Until superseded&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1, column &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping reads &quot;%1&quot; for %2, but %3 has no such column. Choose the columns again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column gives the classes&apos; %1. Map a column to &quot;%2&quot;; a schedule needs function, activity and records columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appears more than once in the file. Each class is one row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has headings but no classes to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed while it was imported; nothing was written. Import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention schedule is larger than 8 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an IG Workbench starter retention schedule (format &quot;%1&quot;, version 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The starter retention schedule has no &quot;version&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A starter retention schedule holds from 1 to %1 classes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class %1 of the starter schedule has an unknown field &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class %1 of the starter schedule (%2 / %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class %1 of the starter schedule (%2 / %3) appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The starter retention schedule has no classes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>igw::ropa</name>
    <message>
        <source>Controller — UK GDPR Art. 30(1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor — UK GDPR Art. 30(2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment, social security and social protection — DPA 2018 Sch. 1 para 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health or social care purposes — Sch. 1 para 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public health — Sch. 1 para 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research, statistics and archiving — Sch. 1 para 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statutory and government purposes — Sch. 1 para 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration of justice and parliamentary purposes — Sch. 1 para 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equality of opportunity or treatment — Sch. 1 para 8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Racial and ethnic diversity at senior levels — Sch. 1 para 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preventing or detecting unlawful acts — Sch. 1 para 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protecting the public — Sch. 1 para 11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulatory requirements relating to unlawful acts and dishonesty — Sch. 1 para 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journalism in connection with unlawful acts and dishonesty — Sch. 1 para 13</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preventing fraud — Sch. 1 para 14</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspicion of terrorist financing or money laundering — Sch. 1 para 15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support for individuals with a particular disability or medical condition — Sch. 1 para 16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counselling — Sch. 1 para 17</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguarding of children and of individuals at risk — Sch. 1 para 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguarding of economic well-being of certain individuals — Sch. 1 para 19</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance — Sch. 1 para 20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupational pensions — Sch. 1 para 21</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Political parties — Sch. 1 para 22</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elected representatives responding to requests — Sch. 1 para 23</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure to elected representatives — Sch. 1 para 24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informing elected representatives about prisoners — Sch. 1 para 25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication of legal judgments — Sch. 1 para 26</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anti-doping in sport — Sch. 1 para 27</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standards of behaviour in sport — Sch. 1 para 28</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent (criminal offence data) — Sch. 1 para 29</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protecting an individual&apos;s vital interests — Sch. 1 para 30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing by not-for-profit bodies — Sch. 1 para 31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data in the public domain — Sch. 1 para 32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal claims — Sch. 1 para 33</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judicial acts — Sch. 1 para 34</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration of accounts used in commission of indecency offences involving children — Sch. 1 para 35</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension of Part 2 conditions (substantial public interest) — Sch. 1 para 36</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension of insurance conditions — Sch. 1 para 37</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UK adequacy regulations — UK GDPR Art. 45, DPA 2018 s.17A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legally binding instrument between public authorities — Art. 46(2)(a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binding corporate rules — Art. 46(2)(b), Art. 47</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International data transfer agreement (IDTA) — Art. 46(2)(d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UK Addendum to the EU standard contractual clauses — Art. 46(2)(d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved code of conduct — Art. 46(2)(e)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved certification — Art. 46(2)(f)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception: explicit consent — Art. 49(1)(a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception: contract with the individual — Art. 49(1)(b)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception: important reasons of public interest — Art. 49(1)(d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception: legal claims — Art. 49(1)(e)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception: vital interests — Art. 49(1)(f)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception: public register — Art. 49(1)(g)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception: compelling legitimate interests, one-off — Art. 49(1), second subparagraph</source>
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
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UK GDPR Art. 30(2)(a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UK GDPR Art. 30(2)(b)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UK GDPR Art. 30(2)(c)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UK GDPR Art. 30(2)(d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UK GDPR Art. 30(1)(b)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UK GDPR Art. 30(1)(c)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UK GDPR Art. 30(1)(d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UK GDPR Art. 30(1)(e)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UK GDPR Art. 30(1)(e), Art. 46, Art. 49</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UK GDPR Art. 30(1)(f)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UK GDPR Art. 30(1)(g)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UK GDPR Art. 6(1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UK GDPR Art. 6(1)(f), Art. 13(1)(d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UK GDPR Art. 9(2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPA 2018 Sch. 1 para 41(a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPA 2018 Sch. 1 paras 39 and 41(c)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPA 2018 Sch. 1 para 41(c)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UK GDPR Art. 30(1)(a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller&apos;s contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data protection officer (public authorities must designate one, Art. 37)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data protection officer&apos;s contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing activity %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose of processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories of individuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories of individuals struck out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories of personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories of personal data struck out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories of recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to contract with processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers outside the UK (yes or no)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third countries or international organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer safeguards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical and organisational security measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 6 lawful basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 9 condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legitimate interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to legitimate interests assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights available to individuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automated decision-making, including profiling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source of the personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to record of consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location of personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPIA required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPIA progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to the DPIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data breach occurred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to record of breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special category data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criminal offence data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule 1 condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to retention and erasure policy document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retained and erased in line with the policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons for not following the policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories of processing for each controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controllers&apos; representatives and DPOs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controllers we act for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 30 Record of Processing Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Protection Impact Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Protection Act 2018 — special category or criminal conviction and offence data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 30(2) Record of Processing Activities (processor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IG Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and contact details of joint controller (if applicable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names of third countries or international organisations that personal data are transferred to (if applicable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguards for exceptional transfers of personal data to third countries or international organisations (if applicable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention schedule (if possible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General description of technical and organisational security measures (if possible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 6 lawful basis for processing personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 9 basis for processing special category data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legitimate Interests for the processing (if applicable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to record of legitimate interests assessment (if applicable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existence of automated decision-making, including profiling (if applicable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source of the personal data (if applicable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Protection Impact Assessment required?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Protection Impact Assessment progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to the Data Protection Impact Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a personal data breach occurred?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to record of personal data breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Protection Act 2018 Schedule Condition for processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is personal data retained and erased in accordance with the policy document?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons for not adhering to policy document (if applicable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and contact details of each controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and contact details of each controller&apos;s representative and data protection officer (if applicable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories of processing carried out on behalf of each controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to contract with controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record of processing activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown export format &quot;%1&quot;: use csv or xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Purpose of processing&quot;, &quot;Categories of individuals&quot;, &quot;Categories of personal data&quot; and &quot;Categories of recipients&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no ROPA headings in its first %2 rows, so it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not look like a record of processing activities: none of its first %2 rows has the ICO template&apos;s headings, such as %3. Check you chose the right file and sheet, or give the columns those headings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping names an unknown column &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping reads &quot;%1&quot; for &quot;%2&quot;, but %3 has no such column. Choose the columns again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no column that says what each processing activity is. Add a &quot;Processing activity&quot; or &quot;Purpose of processing&quot; column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not look like a record of processing activities: no sheet has the ICO template&apos;s headings, such as %2, in its first %3 rows. Its sheets are: %4. Check you chose the right file, or give the columns those headings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed while it was being imported. Import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appears more than once in the file (first at %2). Each processing activity must have one row: remove the copy or clear its reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has ROPA headings but no rows to import under them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The links of a new activity could not be written: %1. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot;, row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, column &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column and &quot;%1&quot; (column %2) give different values for the same item: &quot;%3&quot; and &quot;%4&quot;. Make them the same, or clear one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be Yes or No (or N/A when it does not apply).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Use 31/03/2026 or 2026-03-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IG Workbench reference such as PA-0042, so the activity gets a new reference and &quot;%1&quot; is kept in its notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assets in this workspace, so the activity is not linked to them: %1. Add them to the register, or correct the references, and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one asset has each of these names, so the activity is not linked to them: %1. Give the assets&apos; references (IA-0042) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not organisations in this workspace, so they are kept as text with the controllers&apos; representatives and DPOs: %1. Add them under Organisation &amp; People and import again to link them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The linked assets %1 hold such data, so the activity does too whatever this cell says. If an asset is wrong, correct it in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row does not say what the processing activity is. Fill in its &quot;Processing activity&quot; or &quot;Purpose of processing&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference in the imported file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has nothing in the columns read, so it was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Article 6 lawful basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Article 9 condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a DPA 2018 Schedule 1 condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a transfer safeguard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an answer to whether a DPIA is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a DPIA progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a paragraph of DPA 2018 Schedule 1 Part 1 or 2, such as &quot;Sch. 1 para 6&quot;, &quot;para 18&quot; or &quot;Statutory and government purposes&quot;, or N/A.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one of: %1; or the article alone, such as 6(1)(e).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one of: %1; or the article alone, such as 9(2)(h).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a field with a list of values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names a paragraph that is not a condition in DPA 2018 Schedule 1 Parts 1 and 2. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cites %2 but names %3. Correct one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names more than one (%2), but the record holds one. Keep the main one and note the others in Notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not %2 that this import recognises. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be created (%1). Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook could not be started (out of memory?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported from IG Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As controller — UK GDPR Article 30(1) and DPA 2018 Schedule 1 para 41</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As processor — UK GDPR Article 30(2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and contact details of the controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and contact details of the processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and contact details of the data protection officer (if applicable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and contact details of the representative (if applicable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICO registration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required by Article 30 / Schedule 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IG Workbench&apos;s own, used to import this record back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, column &quot;%2&quot; holds %L3 characters, more than the %L4 an Excel cell can hold. Shorten it, or export as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot; could not be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The print titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook could not be written (%1). Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be saved (%1). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>igw::sharing</name>
    <message>
        <source>%1 (%2, %3 pages, SHA-256 %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; an agreement&apos;s document may be at most %3. Save a smaller copy (for example without scanned images at full resolution) and attach that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PDF file. Attach the signed agreement as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text of %1 is longer than a document the workbench can index (%2 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out for signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller — UK GDPR Art. 4(7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint controller — UK GDPR Art. 26</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor — UK GDPR Art. 28</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under the control of official authority — UK GDPR Art. 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorised by law: a condition in DPA 2018 Sch. 1 Parts 1-3 — s.10(5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose of the sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefits expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawful basis (UK GDPR Art. 6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special category condition (UK GDPR Art. 9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPA 2018 Schedule 1 condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criminal offence data (UK GDPR Art. 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statutory gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informing individuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individuals&apos; rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freedom of information requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention and deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onward sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review arrangements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for termination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additions to the sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clauses reworded for this agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause library version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information assets shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information flows covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing activities covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (ICO registration %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>joint controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date of the last signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of the sharing it governs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the role of each party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a contact for each party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the purpose of the sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the benefits expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data items shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whose data is shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lawful basis under UK GDPR Art. 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the condition under UK GDPR Art. 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the condition in DPA 2018 Schedule 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the basis under UK GDPR Art. 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the statutory gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how individuals are told about the sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how rights requests are handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how FOI requests are handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how complaints are handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data quality arrangements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the security measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the retention periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the breach arrangements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the onward sharing arrangements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the review arrangements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how the agreement is varied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notice period for withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[to be agreed: %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[not applicable]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of %2 is already frozen; change the agreement to start a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 frozen for signature (SHA-256 %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of the agreement was never sent for signature, so there is no frozen copy of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frozen copy of version %1 cannot be read; run igw check on the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (from %3 to %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no information sharing agreement with id %1; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purpose of the sharing is not stated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, ᳚ta sharing agreements”: the purpose; UK GDPR Art. 5(1)(b)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say specifically why the data is shared and what it will be used for, in words the individuals concerned would understand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The benefits the sharing is expected to bring are not stated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, ᳚ta sharing agreements”: the potential benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the benefits to individuals or society, so the sharing can be judged necessary and proportionate at review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How individuals are told about the sharing is not stated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, “Transparency”; UK GDPR Arts. 13 and 14</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which privacy notices cover the sharing, or which exemption applies and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How requests from individuals to exercise their rights are handled is not stated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, “Individuals&apos; rights”; UK GDPR Arts. 15-22</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who answers subject access and other rights requests about the shared data, and how the parties help each other meet the time limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How complaints about the sharing are handled is not stated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, ᳚ta sharing agreements”: complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the party that takes complaints and how the others contribute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the accuracy of the shared data is kept is not stated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, 쫌uracy”; UK GDPR Art. 5(1)(d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how the parties check the data before sharing it and tell each other of corrections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The security measures are not stated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, “Security”; UK GDPR Arts. 5(1)(f) and 32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the agreed technical and organisational measures: transfer methods, encryption, access control and training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the shared data is kept, and how it is deleted, is not stated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, “Retention”; UK GDPR Art. 5(1)(e)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each party&apos;s retention period for the shared data and how it is destroyed at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How a personal data breach is reported between the parties is not stated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, ᳚ta sharing agreements”: breaches; UK GDPR Arts. 33 and 34</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who is told, how quickly, and who reports to the ICO and to individuals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, ᳚ta sharing agreements”: the parties and their roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agreement needs at least two parties; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add every organisation that gives or receives the data, with its role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a party to the agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your own organisation as a party: this workspace records the sharing it takes part in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no ICO registration number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, ᳚ta sharing agreements”: the parties; the Data Protection (Charges and Information) Regulations 2018</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your organisation&apos;s ICO registration number in Organisation &amp; People.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter %1&apos;s ICO registration number in Organisation &amp; People (the ICO&apos;s public register lists it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no signatory named with their role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, ᳚ta sharing agreements”: sign-off by each party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the person who will sign for %1 and their role, usually the SIRO or the Caldicott Guardian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no single point of contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, ᳚ta sharing agreements”: who is responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the name, role and email of the person who runs the sharing day to day for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lawful basis for the sharing is not chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, “Lawfulness”; UK GDPR Art. 6(1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Art. 6 basis each party relies on; for a council this is usually public task, with the statutory power behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special category data is shared, but no Art. 9 condition is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, “Lawfulness”; UK GDPR Art. 9(2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Art. 9(2) condition for the special category data (for social care usually (h), or (g) with a Schedule 1 condition).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Art. 9 condition “%1” needs a DPA 2018 Schedule 1 condition, and none is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPA 2018 s.10(1)-(3) and Schedule 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Schedule 1 paragraph the parties rely on, and check an appropriate policy document is in place where Part 4 requires one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criminal offence data is shared, but no Art. 10 basis is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, “Lawfulness”; UK GDPR Art. 10; DPA 2018 s.10(5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whether the data is processed under official authority or under a Schedule 1 condition, and which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No information assets or flows are linked, so the data items shared are not specified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, ᳚ta sharing agreements”: the data items; UK GDPR Art. 5(1)(c)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the flows that carry the data (or the assets it comes from); their data items make the schedule of the agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The linked flows and assets do not say which data items are shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the data items of the linked flows in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose data is shared (the data subjects) is not stated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, ᳚ta sharing agreements”: the data subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the categories of individuals, or record them on the linked assets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, ᳚ta sharing agreements”: review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No review date is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the date by which the parties will review the agreement, usually within a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review date is before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a review date after the agreement starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review date is after the end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a review date before the agreement ends, or a later end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the start or the end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow %1 “%2” involves %3, which is not a party.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, ᳚ta sharing agreements”: the parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 as a party, or unlink the flow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is longer than %3 characters; shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a clause library: &quot;format&quot; must be &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clause library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clause library needs a &quot;version&quot; of letters, digits, dots, hyphens or underscores (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clause library has no &quot;sections&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clause library has %1 sections; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses the unknown placeholder {%2}; use one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refers to {%2}, but the library has no %3 with the id &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an &quot;id&quot; of its own, of letters, digits, dots, hyphens or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no &quot;title&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a &quot;clauses&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 clauses; at most %3 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, clause %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no &quot;text&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;when&quot; names the unknown condition &quot;%2&quot;; use one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sub-clauses cannot have sub-clauses of their own (numbering goes to three levels, e.g. 3.2.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clause library is %1 bytes; at most %2 are allowed. Remove clauses you do not use or shorten them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clause library is not valid JSON at byte %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clause library must be a JSON object with &quot;format&quot;, &quot;version&quot; and &quot;sections&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version &quot;%1&quot; of the clause library is already installed with different wording. Give the edited library a new &quot;version&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version &quot;%1&quot; is the built-in clause library&apos;s. Give your edited library its own &quot;version&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No information sharing agreement covers this flow with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement covering it is not in force: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a party to %2, which covers this flow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 and can no longer be changed; only its notes can. Draw up a new agreement for further sharing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The information sharing agreement no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the agreement a title, e.g. the service the sharing supports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status and version of an agreement change only through its lifecycle: send for signature, record signatures, review or terminate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agreement needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has been sent for signature, so it is kept as a record. Terminate it instead, giving the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a party role; use controller, joint_controller or processor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already a party to this agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The party no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A party cannot move to another agreement; add the organisation there instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is “%2”; only a draft can be sent for signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be sent for signature until the ICO Data Sharing Code checklist is complete:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is “%2”; signatures are recorded only while it is out for signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That party is not a party to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the name and the role of the person who signed for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date %1 signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of signature (%1) is in the future; record a signature once it has been given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has already signed version %2 of %3 (%4, %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: signed by %2 (%3) on %4, version %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for terminating %1; it is kept with the agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is “%2”; only an active agreement or one due for review can be reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the next review date after today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next review date is after the agreement ends on %1; choose an earlier date, or vary the end date first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>igw::tabular</name>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this looks like a binary file, not CSV (line %1 holds a NUL byte). Check you chose the right file. If it is text saved as UTF-16 without a byte-order mark, save it again as &quot;CSV UTF-8&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is %L1 MB, larger than the %L2 MB accepted. Split it into smaller files and import each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this looks like a binary file, not CSV. Check you chose the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this looks like a binary file, not CSV: it is full of control characters. Check you chose the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds no data, only empty lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file grew past the %L1 MB accepted while it was being read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading stopped at line %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8, so it was read as Windows-1252 (Western European). Check that characters such as £ and é look right; if not, save the file as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quoted field that starts on line %1 is longer than the %L2 characters accepted. Its closing quote mark (&quot;) is probably missing; check that line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: the cell is longer than the %L3 characters accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row that ends on line %1 is longer than the %L2 characters accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 has more than %L2 columns, the most accepted. Check the file is a table with one heading per column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quoted field that starts on line %1 is never closed: a closing quote mark (&quot;) is missing. Correct that line, or open the file in Excel and save it again as &quot;CSV UTF-8&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be created (%1). Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not open for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing failed (%1). Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be saved (%1). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty rows skipped: %L1 (the first at %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows with fewer cells than the header row, padded with empty cells: %L1 (the first at %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows with more cells than the header row, extra cells kept: %L1 (the first at %2). Check that the data lines up with the headings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells holding an Excel error such as #N/A or #REF!, read as empty: %L1 (the first at %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes that are not valid UTF-8, read as �: in %L1 rows (the first at %2). Save the file as &quot;CSV UTF-8&quot; and import it again to keep those characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields with a quote mark in an unexpected place, read as written: %L1 (the first at %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file has more than %L2 data rows, the most accepted in one import. Split it into smaller files and import each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it in Excel and save it as &quot;Excel Workbook (.xlsx)&quot; or &quot;CSV UTF-8 (.csv)&quot;, then import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a regular file (it may be a device or pipe).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>old Excel 97-2003 workbooks (.xls) cannot be imported. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel binary workbooks (.xlsb) cannot be imported. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument spreadsheets (.ods) cannot be imported. Open it in LibreOffice Calc or Excel and save it as .xlsx or .csv, then import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook is password-protected (encrypted). Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook) and save it again as .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is an old-format Office file. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is named .xlsx but is not an Excel workbook (it is not a zip archive). It may be a CSV or web page that was renamed. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no extension, so its type is unknown. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.%1 files cannot be imported. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are no columns to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 has %2 values but there are only %3 columns.</source>
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
        <source>part %1 holds more than %L2 entries, far more than Excel writes. Open the file in Excel and save it again as .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook&apos;s shared string table holds more than %L1 entries, the most accepted. Export the sheet as CSV and import that instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook&apos;s shared string table holds more than %L1 characters of text, the most accepted. Export the sheet as CSV and import that instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot;, cell %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot;, row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is %L1 MB, larger than the %L2 MB accepted. Export the sheet as CSV and import that instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part %1, which holds sheet &quot;%2&quot;, is missing. Open the file in Excel and save it again as .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot; is empty. Choose the sheet that holds the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not an Excel workbook: it has no xl/workbook.xml part. It may be another kind of zip file, such as a Word document or an OpenDocument spreadsheet. Open it in Excel and save it as .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook has no sheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook has no sheet called &quot;%1&quot;. Its sheets are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot; is a chart, not a table. Choose the sheet that holds the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook does not say where sheet &quot;%1&quot; is stored (xl/_rels/workbook.xml.rels has no usable entry %2). Open the file in Excel and save it again as .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot;, row %2 has a cell with an invalid reference &quot;%3&quot;. Open the file in Excel and save it again as .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refers to shared string %2, but the workbook has only %L3. The file is damaged; open it in Excel and save it again as .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a value beyond column %2, the last accepted. Delete stray cells to the right of the register, or export the sheet as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot;, row %2 holds more than the %L3 characters accepted in one row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel sheets hold at most 16,384 columns; there are %L1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook could not be started (out of memory?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a sheet name: Excel allows at most 31 characters, none of : \ / ? * [ ], and no apostrophe at the start or end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel sheets hold at most %L1 rows. Export as CSV instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1, column &quot;%2&quot; could not be written (%3). Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1, column &quot;%2&quot; holds %L3 characters, more than the %L4 an Excel cell can hold. Shorten it or export as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook could not be written (%1). Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part %1 contains a document type declaration (DTD). Excel never writes one; they are used in attacks such as &quot;billion laughs&quot;, so the file was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part %1 is damaged: the XML is not well formed (line %2: %3). Open the file in Excel and save it again as .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part %1 holds a text longer than the %L2 characters accepted for one cell (XML line %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown zip error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a valid Excel workbook: it is not a zip archive, or it is damaged (%1). Open it in Excel and save it again as .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook is damaged or incomplete (%1). If it was downloaded or copied, fetch it again; otherwise open it in Excel and save it again as .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook holds more than %L1 parts, far more than a genuine workbook. Open it in Excel and save it again as .xlsx, or export the sheet as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook contains a part with an unsafe name (&quot;%1&quot;). Genuine Excel files never do; do not open this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook is encrypted (part %1). Open it in Excel, remove the password and save it again as .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part %1 of the workbook is damaged (%2). Open the file in Excel and save it again as .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part %1 of the workbook inflates to more than %L2 MB, the most accepted for one part. The file may be a &quot;zip bomb&quot; made to exhaust memory. If it is a genuine register, export the sheet as CSV and import that instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part %1 of the workbook holds more than %L2 MB without any XML markup, far more than any cell. The file is damaged or was made to exhaust memory; open it in Excel and save it again as .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part %1 of the workbook inflates more than %L2 times, which real spreadsheets never do. The file may be a &quot;zip bomb&quot; made to exhaust memory; it was not read further.</source>
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
        <translation>
            <numerusform>(and %n more)</numerusform>
            <numerusform>(and %n more)</numerusform>
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
        <translation>
            <numerusform>%1 has %n broken link between records: %2. Open these records in IG Workbench and choose valid values, or %3</numerusform>
            <numerusform>%1 has %n broken links between records: %2. Open these records in IG Workbench and choose valid values, or %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit trail&apos;s %n entries form an unbroken hash chain.</source>
        <translation>
            <numerusform>The audit trail&apos;s %n entry forms an unbroken hash chain.</numerusform>
            <numerusform>The audit trail&apos;s %n entries form an unbroken hash chain.</numerusform>
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
    <message>
        <source>%1 is still referred to by other records (for example as an owner, a contact, a profile role, the end of a flow or an asset or recipient of a processing activity). Change those records first, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frozen versions, signatures and the disposal log are protected against changes (their triggers are in place).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trigger(s) %1 that keep signed, frozen and disposal records append-only are missing from %2: someone edited the file outside IG Workbench. Keep this file as evidence. %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
