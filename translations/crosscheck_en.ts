<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AddCommand</name>
    <message numerus="yes">
        <source>%n page(s) saved, %1 there already, %2 failed</source>
        <translation>
            <numerusform>%n page saved, %1 there already, %2 failed</numerusform>
            <numerusform>%n pages saved, %1 there already, %2 failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnnotationStore</name>
    <message numerus="yes">
        <source>%n annotation(s) carry it</source>
        <translation>
            <numerusform>%n annotation carries it</numerusform>
            <numerusform>%n annotations carry it</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::WebFetcher</name>
    <message numerus="yes">
        <source>the server did not send the page within %n second(s)</source>
        <translation>
            <numerusform>the server did not send the page within %n second</numerusform>
            <numerusform>the server did not send the page within %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it redirects more than %n time(s): a redirect loop?</source>
        <translation>
            <numerusform>it redirects more than %n time: a redirect loop?</numerusform>
            <numerusform>it redirects more than %n times: a redirect loop?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::AnnotationTransfer</name>
    <message numerus="yes">
        <source>%Ln annotation(s) exported to %1</source>
        <translation>
            <numerusform>%Ln annotation exported to %1</numerusform>
            <numerusform>%Ln annotations exported to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s) imported, %1 already present</source>
        <translation>
            <numerusform>%Ln annotation imported, %1 already present</numerusform>
            <numerusform>%Ln annotations imported, %1 already present</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::FolderStatus</name>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sentence(s)</source>
        <translation>
            <numerusform>%Ln sentence</numerusform>
            <numerusform>%Ln sentences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln figure(s)</source>
        <translation>
            <numerusform>%Ln figure</numerusform>
            <numerusform>%Ln figures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln name(s)</source>
        <translation>
            <numerusform>%Ln name</numerusform>
            <numerusform>%Ln names</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln annotation</numerusform>
            <numerusform>%Ln annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln claim</numerusform>
            <numerusform>%Ln claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not readable</source>
        <translation>
            <numerusform>%Ln not readable</numerusform>
            <numerusform>%Ln not readable</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::NameCorrectionsDialog</name>
    <message numerus="yes">
        <source>Forget %n Name Correction(s)</source>
        <translation>
            <numerusform>Forget %n Name Correction</numerusform>
            <numerusform>Forget %n Name Corrections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::SearchPanel</name>
    <message numerus="yes">
        <source>%n matching sentence(s)</source>
        <translation>
            <numerusform>%n matching sentence</numerusform>
            <numerusform>%n matching sentences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::TeamController</name>
    <message numerus="yes">
        <source>Team: sending %n change(s)…</source>
        <translation>
            <numerusform>Team: sending %n change…</numerusform>
            <numerusform>Team: sending %n changes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Team: offline, %n change(s) waiting</source>
        <translation>
            <numerusform>Team: offline, %n change waiting</numerusform>
            <numerusform>Team: offline, %n changes waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::WebImportController</name>
    <message numerus="yes">
        <source>%n page(s) added from the web</source>
        <translation>
            <numerusform>%n page added from the web</numerusform>
            <numerusform>%n pages added from the web</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n saved before</source>
        <translation>
            <numerusform>; %n saved before</numerusform>
            <numerusform>; %n saved before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n could not be added (see above)</source>
        <translation>
            <numerusform>; %n could not be added (see above)</numerusform>
            <numerusform>; %n could not be added (see above)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fetching %n page(s)…</source>
        <translation>
            <numerusform>Fetching %n page…</numerusform>
            <numerusform>Fetching %n pages…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n feed(s)…</source>
        <translation>
            <numerusform>Checking %n feed…</numerusform>
            <numerusform>Checking %n feeds…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message numerus="yes">
        <source>%Ln annotation(s) written to %1</source>
        <translation>
            <numerusform>%Ln annotation written to %1</numerusform>
            <numerusform>%Ln annotations written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s) imported, %1 already present</source>
        <translation>
            <numerusform>%Ln annotation imported, %1 already present</numerusform>
            <numerusform>%Ln annotations imported, %1 already present</numerusform>
        </translation>
    </message>
</context>
</TS>
