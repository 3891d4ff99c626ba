<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CampaignPage</name>
    <message numerus="yes">
        <source>%n deals paid in another currency than {0} are left out of the results</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignsArea</name>
    <message numerus="yes">
        <source>%n campaigns</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CollaborationsArea</name>
    <message numerus="yes">
        <source>%n collaborations</source>
        <translation type="unfinished">
            <numerusform>%n collaboration</numerusform>
            <numerusform>%n collaborations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No deals are selected in the table. Export the contracts of all %n contracted deals?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportContractsDialog</name>
    <message numerus="yes">
        <source>%n deals to export.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contracts written to</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deals failed:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
    <name>KolsArea</name>
    <message numerus="yes">
        <source>%n KOLs</source>
        <translation>
            <numerusform>%n KOL</numerusform>
            <numerusform>%n KOLs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetricsImportDialog</name>
    <message numerus="yes">
        <source>%n rows OK</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows with errors</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleView</name>
    <message numerus="yes">
        <source>%n due</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deliverables</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due in %n days, but {0} usually needs {1}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days&apos; notice</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message numerus="yes">
        <source>%n days overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <source>%n collaborations in the trash</source>
        <translation>
            <numerusform>%n collaboration in the trash</numerusform>
            <numerusform>%n collaborations in the trash</numerusform>
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
        <source>%n collaborations</source>
        <translation>
            <numerusform>%n collaboration</numerusform>
            <numerusform>%n collaborations</numerusform>
        </translation>
    </message>
</context>
</TS>
