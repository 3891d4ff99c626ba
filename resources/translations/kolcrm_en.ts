<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Agencies</name>
        <message numerus="yes">
            <source>%n KOLs name {name} as their agency: give them another agency first</source>
            <translation>
                <numerusform>%n KOL names {name} as their agency: give them another agency first</numerusform>
                <numerusform>%n KOLs name {name} as their agency: give them another agency first</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Backup</name>
        <message numerus="yes">
            <source>and %n more search documents like these</source>
            <translation>
                <numerusform>and %n more search document like these</numerusform>
                <numerusform>and %n more search documents like these</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{path}: %n problems found:</source>
            <translation>
                <numerusform>{path}: %n problem found:</numerusform>
                <numerusform>{path}: %n problems found:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{problems}; and %n more</source>
            <translation>
                <numerusform>{problems}; and %n more</numerusform>
                <numerusform>{problems}; and %n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Brands</name>
        <message numerus="yes">
            <source>This brand has %n collaborations; delete or move them before deleting the brand</source>
            <translation>
                <numerusform>This brand has %n collaboration; delete or move it before deleting the brand</numerusform>
                <numerusform>This brand has %n collaborations; delete or move them before deleting the brand</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BulkEditDialog</name>
        <message numerus="yes">
            <source>Edit %n selected KOLs</source>
            <translation>
                <numerusform>Edit %n selected KOL</numerusform>
                <numerusform>Edit %n selected KOLs</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CLI</name>
        <message numerus="yes">
            <source>%n earlier copies of this database are not encrypted (backups, and copies kept by a restore or an upgrade); delete them or keep them somewhere safe:</source>
            <translation>
                <numerusform>%n earlier copy of this database is not encrypted (a backup, or a copy kept by a restore or an upgrade); delete it or keep it somewhere safe:</numerusform>
                <numerusform>%n earlier copies of this database are not encrypted (backups, and copies kept by a restore or an upgrade); delete them or keep them somewhere safe:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added %n demo KOLs and {deals} collaborations to {path}</source>
            <translation>
                <numerusform>Added %n demo KOL and {deals} collaborations to {path}</numerusform>
                <numerusform>Added %n demo KOLs and {deals} collaborations to {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added %n demo KOLs to {path}</source>
            <translation>
                <numerusform>Added %n demo KOL to {path}</numerusform>
                <numerusform>Added %n demo KOLs to {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n KOLs as JSON to {path}</source>
            <translation>
                <numerusform>Wrote %n KOL as JSON to {path}</numerusform>
                <numerusform>Wrote %n KOLs as JSON to {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n KOLs to {path}</source>
            <translation>
                <numerusform>Wrote %n KOL to {path}</numerusform>
                <numerusform>Wrote %n KOLs to {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n calendar entries to {path}</source>
            <translation>
                <numerusform>Wrote %n calendar entry to {path}</numerusform>
                <numerusform>Wrote %n calendar entries to {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n contact cards to {path}</source>
            <translation>
                <numerusform>Wrote %n contact card to {path}</numerusform>
                <numerusform>Wrote %n contact cards to {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n contracts to {path}</source>
            <translation>
                <numerusform>Wrote %n contract to {path}</numerusform>
                <numerusform>Wrote %n contracts to {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote a handover package of %n KOLs to {path}</source>
            <translation>
                <numerusform>Wrote a handover package of %n KOL to {path}</numerusform>
                <numerusform>Wrote a handover package of %n KOLs to {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote an encrypted handover package of %n KOLs to {path}; importing it needs its passphrase</source>
            <translation>
                <numerusform>Wrote an encrypted handover package of %n KOL to {path}; importing it needs its passphrase</numerusform>
                <numerusform>Wrote an encrypted handover package of %n KOLs to {path}; importing it needs its passphrase</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CampaignPage</name>
        <message numerus="yes">
            <source>%n deals paid in another currency than {0} are left out of the results</source>
            <translation>
                <numerusform>%n deal paid in another currency than {0} is left out of the results</numerusform>
                <numerusform>%n deals paid in another currency than {0} are left out of the results</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Campaigns</name>
        <message numerus="yes">
            <source>%n deals in this campaign are for its current brand: remove them before changing it</source>
            <translation>
                <numerusform>%n deal in this campaign is for its current brand: remove it before changing it</numerusform>
                <numerusform>%n deals in this campaign are for its current brand: remove them before changing it</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CampaignsArea</name>
        <message numerus="yes">
            <source>%n campaigns</source>
            <translation>
                <numerusform>%n campaign</numerusform>
                <numerusform>%n campaigns</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Care</name>
        <message numerus="yes">
            <source>%n open; worst {category} {likelihood}×{impact}</source>
            <translation>
                <numerusform>%n open; worst {category} {likelihood}×{impact}</numerusform>
                <numerusform>%n open; worst {category} {likelihood}×{impact}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n perks received</source>
            <translation>
                <numerusform>%n perk received</numerusform>
                <numerusform>%n perks received</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n perks received, latest {kind}</source>
            <translation>
                <numerusform>%n perk received, latest {kind}</numerusform>
                <numerusform>%n perks received, latest {kind}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Last contact %n days ago ({date})</source>
            <translation>
                <numerusform>Last contact %n day ago ({date})</numerusform>
                <numerusform>Last contact %n days ago ({date})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{delivered} of %n items sent were posted about</source>
            <translation>
                <numerusform>{delivered} of %n item sent was posted about</numerusform>
                <numerusform>{delivered} of %n items sent were posted about</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{paid} of %n first deals paid as asked</source>
            <translation>
                <numerusform>{paid} of %n first deal paid as asked</numerusform>
                <numerusform>{paid} of %n first deals paid as asked</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{thanked} of %n completed deals followed by a thank-you or gift</source>
            <translation>
                <numerusform>{thanked} of %n completed deal followed by a thank-you or gift</numerusform>
                <numerusform>{thanked} of %n completed deals followed by a thank-you or gift</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Collaborations</name>
        <message numerus="yes">
            <source>%n deliverables not published yet</source>
            <translation>
                <numerusform>%n deliverable not published yet</numerusform>
                <numerusform>%n deliverables not published yet</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CollaborationsArea</name>
        <message numerus="yes">
            <source>%n collaborations</source>
            <translation>
                <numerusform>%n collaboration</numerusform>
                <numerusform>%n collaborations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No deals are selected in the table. Export the contracts of all %n contracted deals?</source>
            <translation>
                <numerusform>No deals are selected in the table. Export the contract of the %n contracted deal?</numerusform>
                <numerusform>No deals are selected in the table. Export the contracts of all %n contracted deals?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ContractsTab</name>
        <message numerus="yes">
            <source>%n file(s)</source>
            <translation>
                <numerusform>%n file</numerusform>
                <numerusform>%n files</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CustomFields</name>
        <message numerus="yes">
            <source>“{name}” cannot become a field with these choices: %n KOLs have values it cannot hold ({examples}). Change or clear them first.</source>
            <translation>
                <numerusform>“{name}” cannot become a field with these choices: %n KOL has a value it cannot hold ({examples}). Change or clear it first.</numerusform>
                <numerusform>“{name}” cannot become a field with these choices: %n KOLs have values it cannot hold ({examples}). Change or clear them first.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>“{name}” cannot become a {kind} field: %n KOLs have values it cannot hold ({examples}). Change or clear them first.</source>
            <translation>
                <numerusform>“{name}” cannot become a {kind} field: %n KOL has a value it cannot hold ({examples}). Change or clear it first.</numerusform>
                <numerusform>“{name}” cannot become a {kind} field: %n KOLs have values it cannot hold ({examples}). Change or clear them first.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CustomFieldsDialog</name>
        <message numerus="yes">
            <source>%n KOLs have a value in it; those values are deleted with it.</source>
            <translation>
                <numerusform>%n KOL has a value in it; those values are deleted with it.</numerusform>
                <numerusform>%n KOLs have a value in it; those values are deleted with it.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DealFlags</name>
        <message numerus="yes">
            <source>⚠ %n posts without ad label</source>
            <translation>
                <numerusform>⚠ %n post without ad label</numerusform>
                <numerusform>⚠ %n posts without ad label</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Erase</name>
        <message numerus="yes">
            <source>%n attached files</source>
            <translation>
                <numerusform>%n attached file</numerusform>
                <numerusform>%n attached files</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contract records</source>
            <translation>
                <numerusform>%n contract record</numerusform>
                <numerusform>%n contract records</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n custom field values</source>
            <translation>
                <numerusform>%n custom field value</numerusform>
                <numerusform>%n custom field values</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n deals</source>
            <translation>
                <numerusform>%n deal</numerusform>
                <numerusform>%n deals</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n generated contract PDFs stay on disk; delete them yourself if needed:</source>
            <translation>
                <numerusform>%n generated contract PDF stays on disk; delete it yourself if needed:</numerusform>
                <numerusform>%n generated contract PDFs stay on disk; delete them yourself if needed:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n gifts</source>
            <translation>
                <numerusform>%n gift</numerusform>
                <numerusform>%n gifts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n history entries</source>
            <translation>
                <numerusform>%n history entry</numerusform>
                <numerusform>%n history entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n payments</source>
            <translation>
                <numerusform>%n payment</numerusform>
                <numerusform>%n payments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n perks</source>
            <translation>
                <numerusform>%n perk</numerusform>
                <numerusform>%n perks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n platform accounts</source>
            <translation>
                <numerusform>%n platform account</numerusform>
                <numerusform>%n platform accounts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n reminders</source>
            <translation>
                <numerusform>%n reminder</numerusform>
                <numerusform>%n reminders</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n risks</source>
            <translation>
                <numerusform>%n risk</numerusform>
                <numerusform>%n risks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Backups made before the erase may still hold them: %n in {folder}.</source>
            <translation>
                <numerusform>Backups made before the erase may still hold them: %n in {folder}.</numerusform>
                <numerusform>Backups made before the erase may still hold them: %n in {folder}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportContractsDialog</name>
        <message numerus="yes">
            <source>%n contracts written to</source>
            <translation>
                <numerusform>%n contract written to</numerusform>
                <numerusform>%n contracts written to</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n deals failed:</source>
            <translation>
                <numerusform>%n deal failed:</numerusform>
                <numerusform>%n deals failed:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n deals to export.</source>
            <translation>
                <numerusform>%n deal to export.</numerusform>
                <numerusform>%n deals to export.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message numerus="yes">
            <source>%n generated contract PDFs stay on disk; delete those files yourself if needed.</source>
            <translation>
                <numerusform>%n generated contract PDF stays on disk; delete that file yourself if needed.</numerusform>
                <numerusform>%n generated contract PDFs stay on disk; delete those files yourself if needed.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message numerus="yes">
            <source>No reply for %n+ days</source>
            <translation>
                <numerusform>No reply for %n+ day</numerusform>
                <numerusform>No reply for %n+ days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GiftDialog</name>
        <message numerus="yes">
            <source>Pick an idea… (%n left)</source>
            <translation>
                <numerusform>Pick an idea… (%n left)</numerusform>
                <numerusform>Pick an idea… (%n left)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Handover</name>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… and %n more</numerusform>
                <numerusform>… and %n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message numerus="yes">
            <source>{file}, line {opened}: a quote opened on this line is never closed (the cell runs on to line {end} and takes %n lines that look like rows of their own): close it, or remove it, and import again</source>
            <translation>
                <numerusform>{file}, line {opened}: a quote opened on this line is never closed (the cell runs on to line {end} and takes %n line that looks like a row of its own): close it, or remove it, and import again</numerusform>
                <numerusform>{file}, line {opened}: a quote opened on this line is never closed (the cell runs on to line {end} and takes %n lines that look like rows of their own): close it, or remove it, and import again</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>KolBulkEdit</name>
        <message numerus="yes">
            <source>%n KOLs changed (Ctrl+Z undoes it)</source>
            <translation>
                <numerusform>%n KOL changed (Ctrl+Z undoes it)</numerusform>
                <numerusform>%n KOLs changed (Ctrl+Z undoes it)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Edit %n KOLs</source>
            <translation>
                <numerusform>Edit %n KOL</numerusform>
                <numerusform>Edit %n KOLs</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>KolDetail</name>
        <message numerus="yes">
            <source>%n collaborations</source>
            <translation>
                <numerusform>%n collaboration</numerusform>
                <numerusform>%n collaborations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n overdue payments</source>
            <translation>
                <numerusform>%n overdue payment</numerusform>
                <numerusform>%n overdue payments</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>KolOutreach</name>
        <message numerus="yes">
            <source>Message marked as sent to %n KOLs</source>
            <translation>
                <numerusform>Message marked as sent to %n KOL</numerusform>
                <numerusform>Message marked as sent to %n KOLs</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>KolOwners</name>
        <message numerus="yes">
            <source>%n KOLs given to {0}</source>
            <translation>
                <numerusform>%n KOL given to {0}</numerusform>
                <numerusform>%n KOLs given to {0}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>New owner of %n selected KOLs:</source>
            <translation>
                <numerusform>New owner of %n selected KOL:</numerusform>
                <numerusform>New owner of %n selected KOLs:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>KolsArea</name>
        <message numerus="yes">
            <source>%n KOLs</source>
            <translation>
                <numerusform>%n KOL</numerusform>
                <numerusform>%n KOLs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n signed deals are not finished yet and go to the trash with their KOL:</source>
            <translation>
                <numerusform>%n signed deal is not finished yet and goes to the trash with its KOL:</numerusform>
                <numerusform>%n signed deals are not finished yet and go to the trash with their KOL:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Move %n KOLs to the trash</source>
            <translation>
                <numerusform>Move %n KOL to the trash</numerusform>
                <numerusform>Move %n KOLs to the trash</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Moved %n KOLs to the trash. {0} brings them back; so does the Trash.</source>
            <translation>
                <numerusform>Moved %n KOL to the trash. {0} brings it back; so does the Trash.</numerusform>
                <numerusform>Moved %n KOLs to the trash. {0} brings them back; so does the Trash.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… and %n more</numerusform>
                <numerusform>… and %n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MessageDialog</name>
        <message numerus="yes">
            <source>Send a message to %n KOLs</source>
            <translation>
                <numerusform>Send a message to %n KOL</numerusform>
                <numerusform>Send a message to %n KOLs</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MetricsImportDialog</name>
        <message numerus="yes">
            <source>%n rows OK</source>
            <translation>
                <numerusform>%n row OK</numerusform>
                <numerusform>%n rows OK</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rows with errors</source>
            <translation>
                <numerusform>%n row with errors</numerusform>
                <numerusform>%n rows with errors</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MonthCalendar</name>
        <message numerus="yes">
            <source>%n windows</source>
            <translation>
                <numerusform>%n window</numerusform>
                <numerusform>%n windows</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OutreachBox</name>
        <message numerus="yes">
            <source>%n messages, the last on {0}</source>
            <translation>
                <numerusform>%n message, the last on {0}</numerusform>
                <numerusform>%n messages, the last on {0}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message numerus="yes">
            <source>Follow up with {name}: no reply since {date} (%n messages sent)</source>
            <translation>
                <numerusform>Follow up with {name}: no reply since {date} (%n message sent)</numerusform>
                <numerusform>Follow up with {name}: no reply since {date} (%n messages sent)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ScheduleView</name>
        <message numerus="yes">
            <source>%n conflicts</source>
            <translation>
                <numerusform>%n conflict</numerusform>
                <numerusform>%n conflicts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n days</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n days' notice</source>
            <translation>
                <numerusform>%n day's notice</numerusform>
                <numerusform>%n days' notice</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n deliverables</source>
            <translation>
                <numerusform>%n deliverable</numerusform>
                <numerusform>%n deliverables</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n due</source>
            <translation>
                <numerusform>%n due</numerusform>
                <numerusform>%n due</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n exclusivity windows</source>
            <translation>
                <numerusform>%n exclusivity window</numerusform>
                <numerusform>%n exclusivity windows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Due in %n days, but {0} usually needs {1}</source>
            <translation>
                <numerusform>Due in %n day, but {0} usually needs {1}</numerusform>
                <numerusform>Due in %n days, but {0} usually needs {1}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SecuritySection</name>
        <message numerus="yes">
            <source>%n earlier copies of this database are not encrypted (backups, and copies kept by a restore or an upgrade). Delete them, or keep them somewhere safe:</source>
            <translation>
                <numerusform>%n earlier copy of this database is not encrypted (a backup, or a copy kept by a restore or an upgrade). Delete it, or keep it somewhere safe:</numerusform>
                <numerusform>%n earlier copies of this database are not encrypted (backups, and copies kept by a restore or an upgrade). Delete them, or keep them somewhere safe:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SentItemsBox</name>
        <message numerus="yes">
            <source>{delivered} of %n items sent were posted about</source>
            <translation>
                <numerusform>{delivered} of %n item sent was posted about</numerusform>
                <numerusform>{delivered} of %n items sent were posted about</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TodayView</name>
        <message numerus="yes">
            <source>%n days overdue</source>
            <translation>
                <numerusform>%n day overdue</numerusform>
                <numerusform>%n days overdue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Coming up this week (%n)</source>
            <translation>
                <numerusform>Coming up this week (%n)</numerusform>
                <numerusform>Coming up this week (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Later (%n)</source>
            <translation>
                <numerusform>Later (%n)</numerusform>
                <numerusform>Later (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n days</source>
            <translation>
                <numerusform>in %n day</numerusform>
                <numerusform>in %n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TrashArea</name>
        <message numerus="yes">
            <source>%n KOLs</source>
            <translation>
                <numerusform>%n KOL</numerusform>
                <numerusform>%n KOLs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n KOLs with their accounts, history and deals</source>
            <translation>
                <numerusform>%n KOL with their accounts, history and deals</numerusform>
                <numerusform>%n KOLs with their accounts, history and deals</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n attached files</source>
            <translation>
                <numerusform>%n attached file</numerusform>
                <numerusform>%n attached files</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n collaborations</source>
            <translation>
                <numerusform>%n collaboration</numerusform>
                <numerusform>%n collaborations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n collaborations in the trash</source>
            <translation>
                <numerusform>%n collaboration in the trash</numerusform>
                <numerusform>%n collaborations in the trash</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n files</source>
            <translation>
                <numerusform>%n file</numerusform>
                <numerusform>%n files</numerusform>
            </translation>
        </message>
    </context>
</TS>
