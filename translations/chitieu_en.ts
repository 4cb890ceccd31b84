<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Stored &quot;%1&quot; of %2 for %3: %n paragraph(s).</source>
        <translation>
            <numerusform>Stored &quot;%1&quot; of %2 for %3: %n paragraph.</numerusform>
            <numerusform>Stored &quot;%1&quot; of %2 for %3: %n paragraphs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n section(s)</source>
        <translation>
            <numerusform>%n section</numerusform>
            <numerusform>%n sections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message numerus="yes">
        <source>%n form(s) received or entered but not complete are not counted.</source>
        <translation>
            <numerusform>%n form received or entered but not complete is not counted.</numerusform>
            <numerusform>%n forms received or entered but not complete are not counted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) not yet complete are counted, as asked.</source>
        <translation>
            <numerusform>%n form not yet complete is counted, as asked.</numerusform>
            <numerusform>%n forms not yet complete are counted, as asked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not applicable</source>
        <translation>
            <numerusform>, %n not applicable</numerusform>
            <numerusform>, %n not applicable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %1, %n commune(s) in both years</source>
        <translation>
            <numerusform>from %1, %n commune in both years</numerusform>
            <numerusform>from %1, %n communes in both years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chitieu::EntryFormModel</name>
    <message numerus="yes">
        <source>The form cannot be marked complete while %n check(s) fail:</source>
        <translation>
            <numerusform>The form cannot be marked complete while %n check fails:</numerusform>
            <numerusform>The form cannot be marked complete while %n checks fail:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chitieu::ui::DiffReviewDialog</name>
    <message numerus="yes">
        <source>The file %1 from %2 for %3 would overwrite %n value(s) that were entered on this computer. Overwrite them with the file&apos;s values, or keep them and import nothing from this file?</source>
        <translation>
            <numerusform>The file %1 from %2 for %3 would overwrite %n value that was entered on this computer. Overwrite it with the file&apos;s value, or keep it and import nothing from this file?</numerusform>
            <numerusform>The file %1 from %2 for %3 would overwrite %n values that were entered on this computer. Overwrite them with the file&apos;s values, or keep them and import nothing from this file?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file %1 from %2 for %3, made on %4, replaces the one made on %5. %n value(s) change. Accept the changes, or reject the file and keep the values as they are?</source>
        <translation>
            <numerusform>The file %1 from %2 for %3, made on %4, replaces the one made on %5. %n value changes. Accept the change, or reject the file and keep the values as they are?</numerusform>
            <numerusform>The file %1 from %2 for %3, made on %4, replaces the one made on %5. %n values change. Accept the changes, or reject the file and keep the values as they are?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file %1 from %2 for %3 changes %n value(s) already stored here. Accept the changes, or reject the file and keep the values as they are?</source>
        <translation>
            <numerusform>The file %1 from %2 for %3 changes %n value already stored here. Accept the change, or reject the file and keep the value as it is?</numerusform>
            <numerusform>The file %1 from %2 for %3 changes %n values already stored here. Accept the changes, or reject the file and keep the values as they are?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chitieu::ui::ImportPanel</name>
    <message numerus="yes">
        <source>%n file(s): %1 applied, %2 not applied (see the reasons below).</source>
        <translation>
            <numerusform>%n file: %1 applied, %2 not applied (see the reason below).</numerusform>
            <numerusform>%n files: %1 applied, %2 not applied (see the reasons below).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s): %1 applied, none refused.</source>
        <translation>
            <numerusform>%n file: %1 applied, none refused.</numerusform>
            <numerusform>%n files: %1 applied, none refused.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n file(s) were not read; import them again when you want.</source>
        <translation>
            <numerusform>Cancelled: %n file was not read; import it again when you want.</numerusform>
            <numerusform>Cancelled: %n files were not read; import them again when you want.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other file(s) in the folder are not exchange files (.chitieu) and were left aside.</source>
        <translation>
            <numerusform>%n other file in the folder is not an exchange file (.chitieu) and was left aside.</numerusform>
            <numerusform>%n other files in the folder are not exchange files (.chitieu) and were left aside.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chitieu::ui::InstallationFields</name>
    <message numerus="yes">
        <source>%n unit(s) match “%1”: pick one from the list under the Unit field.</source>
        <translation>
            <numerusform>%n unit matches “%1”: pick it from the list under the Unit field.</numerusform>
            <numerusform>%n units match “%1”: pick one from the list under the Unit field.</numerusform>
        </translation>
    </message>
</context>
</TS>
