<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AddCommand</name>
    <message>
        <source>Save web pages into a folder of articles, from their addresses or from feeds.</source>
        <translation>Webseiten in einen Ordner mit Artikeln speichern, über ihre Adressen oder aus Feeds.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <source>Folder of articles.</source>
        <translation>Ordner mit Artikeln.</translation>
    </message>
    <message>
        <source>Addresses of pages to save.</source>
        <translation>Adressen der zu speichernden Seiten.</translation>
    </message>
    <message>
        <source>Subscribe the folder to the RSS or Atom feed URL and save its new items (repeatable).</source>
        <translation>Den Ordner den RSS- oder Atom-Feed URL abonnieren lassen und seine neuen Einträge speichern (wiederholbar).</translation>
    </message>
    <message>
        <source>Give up on a page after SECONDS (default 30).</source>
        <translation>Eine Seite nach SECONDS Sekunden aufgeben (Standard 30).</translation>
    </message>
    <message>
        <source>Refuse pages larger than MB megabytes (default 20).</source>
        <translation>Seiten über MB Megabyte ablehnen (Standard 20).</translation>
    </message>
    <message>
        <source>Usage: crosscheck add FOLDER [URL…] [--feed URL]…</source>
        <translation>Aufruf: crosscheck add ORDNER [URL…] [--feed URL]…</translation>
    </message>
    <message>
        <source>--timeout and --max-size take positive numbers</source>
        <translation>--timeout und --max-size verlangen positive Zahlen</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <source>Nothing to add: give page addresses, or --feed URL</source>
        <translation>Nichts hinzuzufügen: Seitenadressen oder --feed URL angeben</translation>
    </message>
    <message>
        <source>saved %1 from %2</source>
        <translation>%1 von %2 gespeichert</translation>
    </message>
    <message>
        <source>cannot add %1: %2</source>
        <translation>%1 kann nicht hinzugefügt werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) saved, %1 there already, %2 failed</source>
        <translation>
            <numerusform>%n Seite gespeichert, %1 schon vorhanden, %2 gescheitert</numerusform>
            <numerusform>%n Seiten gespeichert, %1 schon vorhanden, %2 gescheitert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnnotationStore</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot create the annotation store</source>
        <translation>Der Anmerkungsspeicher kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot open the annotation store %1</source>
        <translation>Der Anmerkungsspeicher %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The annotation store %1 is damaged</source>
        <translation>Der Anmerkungsspeicher %1 ist beschädigt</translation>
    </message>
    <message>
        <source>Cannot move the damaged store aside</source>
        <translation>Der beschädigte Speicher kann nicht beiseitegelegt werden</translation>
    </message>
    <message>
        <source>The annotation store failed</source>
        <translation>Der Anmerkungsspeicher hat einen Fehler gemeldet</translation>
    </message>
    <message>
        <source>The annotation store was written by a newer Crosscheck (schema %1)</source>
        <translation>Der Anmerkungsspeicher stammt von einem neueren Crosscheck (Schema %1)</translation>
    </message>
    <message>
        <source>Cannot upgrade the annotation store</source>
        <translation>Der Anmerkungsspeicher kann nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>Cannot save the tag %1</source>
        <translation>Das Schlagwort %1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot save the annotation</source>
        <translation>Die Anmerkung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>no such annotation</source>
        <translation>diese Anmerkung gibt es nicht</translation>
    </message>
    <message>
        <source>Cannot delete the annotation</source>
        <translation>Die Anmerkung kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Cannot read the annotations</source>
        <translation>Die Anmerkungen können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the tags</source>
        <translation>Die Schlagwörter können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot rename the tag</source>
        <translation>Das Schlagwort kann nicht umbenannt werden</translation>
    </message>
    <message>
        <source>give two different tag names</source>
        <translation>geben Sie zwei verschiedene Schlagwörter an</translation>
    </message>
    <message>
        <source>a tag cannot move inside itself</source>
        <translation>ein Schlagwort kann nicht in sich selbst verschoben werden</translation>
    </message>
    <message>
        <source>%1 exists already: merge the tags instead</source>
        <translation>%1 gibt es schon: führen Sie die Schlagwörter stattdessen zusammen</translation>
    </message>
    <message>
        <source>there is no tag %1</source>
        <translation>es gibt kein Schlagwort %1</translation>
    </message>
    <message>
        <source>Cannot merge the tags</source>
        <translation>Die Schlagwörter können nicht zusammengeführt werden</translation>
    </message>
    <message>
        <source>Cannot remove the tag</source>
        <translation>Das Schlagwort kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>Cannot remove the tag %1</source>
        <translation>Das Schlagwort %1 kann nicht entfernt werden</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) carry it</source>
        <translation>
            <numerusform>%n Anmerkung trägt es</numerusform>
            <numerusform>%n Anmerkungen tragen es</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the name corrections</source>
        <translation>Die Namenskorrekturen können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot save the name correction</source>
        <translation>Die Namenskorrektur kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Could not search the folder</source>
        <translation>Der Ordner konnte nicht durchsucht werden</translation>
    </message>
    <message>
        <source>Could not read the search index</source>
        <translation>Der Suchindex konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not update the search index</source>
        <translation>Der Suchindex konnte nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>Cannot read the dismissed disagreements</source>
        <translation>Die verworfenen Abweichungen können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot save the dismissed disagreement</source>
        <translation>Die verworfene Abweichung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot read the story moves</source>
        <translation>Die Verschiebungen zwischen Geschichten können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot save the story move</source>
        <translation>Die Verschiebung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot read the article details</source>
        <translation>Die Artikelangaben können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot save the article details</source>
        <translation>Die Artikelangaben können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>A tag needs a name</source>
        <translation>Ein Schlagwort braucht einen Namen</translation>
    </message>
    <message>
        <source>The tag %1 exists already</source>
        <translation>Das Schlagwort %1 gibt es schon</translation>
    </message>
</context>
<context>
    <name>AnnotationWriter</name>
    <message>
        <source>Cannot save the annotation</source>
        <translation>Die Anmerkung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot save the tag %1</source>
        <translation>Das Schlagwort %1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot save the tags</source>
        <translation>Die Schlagwörter können nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>ArticleReader</name>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>it is not a text file (it contains binary data)</source>
        <translation>es ist keine Textdatei (sie enthält Binärdaten)</translation>
    </message>
    <message>
        <source>it contains no text</source>
        <translation>sie enthält keinen Text</translation>
    </message>
    <message>
        <source>the file no longer exists</source>
        <translation>die Datei existiert nicht mehr</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>es ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>it is %1, larger than the limit of %2</source>
        <translation>sie ist %1 groß, mehr als die Grenze von %2</translation>
    </message>
    <message>
        <source>it cannot be opened: %1</source>
        <translation>sie kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>reading failed: %1</source>
        <translation>Lesen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>it is larger than the limit of %1</source>
        <translation>sie ist größer als die Grenze von %1</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::AnnotationListModel</name>
    <message>
        <source>%1 (not found in the current text)</source>
        <translation>%1 (im aktuellen Text nicht gefunden)</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Private (only its author sees it)</source>
        <translation>Privat (nur für die Person sichtbar, die sie angelegt hat)</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Von %1</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::ArticleListModel</name>
    <message>
        <source>1 outlet: %1</source>
        <translation>1 Quelle: %1</translation>
    </message>
    <message>
        <source>%1 outlets: %2</source>
        <translation>%1 Quellen: %2</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::ClaimModel</name>
    <message>
        <source>%1

Carried by %2 of %3 articles</source>
        <translation>%1

In %2 von %3 Artikeln berichtet</translation>
    </message>
    <message>
        <source>Not reported here</source>
        <translation>Hier nicht berichtet</translation>
    </message>
    <message>
        <source>Its figures disagree with another source.</source>
        <translation>Seine Zahlen widersprechen einer anderen Quelle.</translation>
    </message>
    <message>
        <source>reported, figures disagree</source>
        <translation>berichtet, Zahlen widersprechen sich</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>berichtet</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>nicht berichtet</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <source>Its figure is a range or an approximation of another source&apos;s.</source>
        <translation>Seine Zahl ist eine Spanne oder ein Näherungswert der Zahl einer anderen Quelle.</translation>
    </message>
    <message>
        <source>reported, figures roughly agree</source>
        <translation>berichtet, Zahlen stimmen ungefähr überein</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::FeedParser</name>
    <message>
        <source>it is not an RSS or Atom feed</source>
        <translation>es ist kein RSS- oder Atom-Feed</translation>
    </message>
    <message>
        <source>the feed cannot be read: %1</source>
        <translation>der Feed lässt sich nicht lesen: %1</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::TeamSync</name>
    <message>
        <source>Cannot open the folder&apos;s annotations: %1</source>
        <translation>Die Anmerkungen des Ordners lassen sich nicht öffnen: %1</translation>
    </message>
    <message>
        <source>Not connected to a team server.</source>
        <translation>Nicht mit einem Teamserver verbunden.</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::WebFetcher</name>
    <message>
        <source>it is not a web address</source>
        <translation>es ist keine Webadresse</translation>
    </message>
    <message>
        <source>only http and https addresses can be fetched</source>
        <translation>nur http- und https-Adressen können abgerufen werden</translation>
    </message>
    <message>
        <source>the address names no host</source>
        <translation>die Adresse nennt keinen Server</translation>
    </message>
    <message>
        <source>it is %1 MB, more than the limit of %2 MB</source>
        <translation>sie ist %1 MB groß, mehr als die Grenze von %2 MB</translation>
    </message>
    <message>
        <source>it is %1, not an RSS or Atom feed</source>
        <translation>es ist %1, kein RSS- oder Atom-Feed</translation>
    </message>
    <message>
        <source>it is %1, not an HTML page or a PDF</source>
        <translation>es ist %1, keine HTML-Seite und kein PDF</translation>
    </message>
    <message>
        <source>it is larger than the limit of %1 MB</source>
        <translation>sie ist größer als die Grenze von %1 MB</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>the server did not send the page within %n second(s)</source>
        <translation>
            <numerusform>der Server hat die Seite nicht innerhalb von %n Sekunde gesendet</numerusform>
            <numerusform>der Server hat die Seite nicht innerhalb von %n Sekunden gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>the page is not there (HTTP 404)</source>
        <translation>die Seite gibt es nicht (HTTP 404)</translation>
    </message>
    <message>
        <source>the page has been removed (HTTP 410)</source>
        <translation>die Seite wurde entfernt (HTTP 410)</translation>
    </message>
    <message>
        <source>the server answered HTTP %1 %2</source>
        <translation>der Server antwortete HTTP %1 %2</translation>
    </message>
    <message>
        <source>the host %1 was not found</source>
        <translation>der Server %1 wurde nicht gefunden</translation>
    </message>
    <message>
        <source>%1 refused the connection</source>
        <translation>%1 hat die Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>%1 closed the connection before sending the page</source>
        <translation>%1 hat die Verbindung geschlossen, bevor die Seite kam</translation>
    </message>
    <message>
        <source>no secure connection could be made (TLS: %1)</source>
        <translation>es kam keine sichere Verbindung zustande (TLS: %1)</translation>
    </message>
    <message numerus="yes">
        <source>it redirects more than %n time(s): a redirect loop?</source>
        <translation>
            <numerusform>sie leitet mehr als %n-mal weiter: eine Weiterleitungsschleife?</numerusform>
            <numerusform>sie leitet mehr als %n-mal weiter: eine Weiterleitungsschleife?</numerusform>
        </translation>
    </message>
    <message>
        <source>it redirects from a secure (https) address to an insecure one</source>
        <translation>sie leitet von einer sicheren (https) Adresse auf eine unsichere weiter</translation>
    </message>
    <message>
        <source>it redirects to an address that is not http or https</source>
        <translation>sie leitet auf eine Adresse weiter, die nicht http oder https ist</translation>
    </message>
    <message>
        <source>it is neither an HTML page nor a PDF</source>
        <translation>es ist weder eine HTML-Seite noch ein PDF</translation>
    </message>
    <message>
        <source>%1 closed the connection during the handshake</source>
        <translation>%1 hat die Verbindung während des Aushandelns geschlossen</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::WebImport</name>
    <message>
        <source>it could not be saved in the folder: %1</source>
        <translation>sie ließ sich nicht im Ordner speichern: %1</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::WebSources</name>
    <message>
        <source>Cannot record the saved page</source>
        <translation>Die gespeicherte Seite kann nicht vermerkt werden</translation>
    </message>
    <message>
        <source>Cannot read the feeds</source>
        <translation>Die Feeds können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot subscribe to the feed</source>
        <translation>Der Feed kann nicht abonniert werden</translation>
    </message>
    <message>
        <source>Cannot remove the feed</source>
        <translation>Der Feed kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>Cannot record the feed&apos;s check</source>
        <translation>Die Prüfung des Feeds kann nicht vermerkt werden</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::AnnotationController</name>
    <message>
        <source>Note of the annotation</source>
        <translation>Notiz der Anmerkung</translation>
    </message>
    <message>
        <source>Select a highlight to write its note (Markdown).</source>
        <translation>Wählen Sie eine Markierung aus, um ihre Notiz zu schreiben (Markdown).</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Highlight &amp;%1 (%2)</source>
        <translation>Markieren &amp;%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Tag…</source>
        <translation>&amp;Schlagwort …</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>&amp;Delete Highlight</source>
        <translation>Markierung &amp;löschen</translation>
    </message>
    <message>
        <source>Change Highlight Colour</source>
        <translation>Markierungsfarbe ändern</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Markieren</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Delete Highlight</source>
        <translation>Markierung löschen</translation>
    </message>
    <message>
        <source>Re-attach Highlight</source>
        <translation>Markierung neu zuordnen</translation>
    </message>
    <message>
        <source>Mark as &amp;Person</source>
        <translation>Als &amp;Person markieren</translation>
    </message>
    <message>
        <source>Mark as &amp;Organisation</source>
        <translation>Als &amp;Organisation markieren</translation>
    </message>
    <message>
        <source>Mark as P&amp;lace</source>
        <translation>Als &amp;Ort markieren</translation>
    </message>
    <message>
        <source>Mark as P&amp;roduct</source>
        <translation>Als P&amp;rodukt markieren</translation>
    </message>
    <message>
        <source>&amp;Not a Name</source>
        <translation>&amp;Kein Name</translation>
    </message>
    <message>
        <source>Tag Claim</source>
        <translation>Aussage verschlagworten</translation>
    </message>
    <message>
        <source>Forget Correction of “%1”</source>
        <translation>Korrektur von „%1“ vergessen</translation>
    </message>
    <message>
        <source>Not a Name: “%1”</source>
        <translation>Kein Name: „%1“</translation>
    </message>
    <message>
        <source>Name “%1”</source>
        <translation>Name „%1“</translation>
    </message>
    <message>
        <source>Highlight colour changed.</source>
        <translation>Farbe der Markierung geändert.</translation>
    </message>
    <message>
        <source>Select words in the article first, then press 1 to 5 to highlight them.</source>
        <translation>Erst Wörter im Artikel auswählen, dann mit 1 bis 5 markieren.</translation>
    </message>
    <message>
        <source>Highlighted. T adds a tag, N a note; Ctrl+Z undoes.</source>
        <translation>Markiert. T fügt ein Schlagwort hinzu, N eine Notiz; Strg+Z macht es rückgängig.</translation>
    </message>
    <message>
        <source>Tagged “%1”.</source>
        <translation>Mit „%1“ verschlagwortet.</translation>
    </message>
    <message>
        <source>Select words or put the cursor in a highlight to tag it.</source>
        <translation>Zum Verschlagworten Wörter auswählen oder den Cursor in eine Markierung setzen.</translation>
    </message>
    <message>
        <source>Highlighted and tagged “%1”.</source>
        <translation>Markiert und mit „%1“ verschlagwortet.</translation>
    </message>
    <message>
        <source>Write the note of this highlight (Markdown); Tab returns.</source>
        <translation>Notiz zu dieser Markierung schreiben (Markdown); Tab kehrt zurück.</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::AnnotationTransfer</name>
    <message>
        <source>%1 documents exported to %2</source>
        <translation>%1 Dokumente nach %2 exportiert</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no annotations to import: %2</source>
        <translation>%1 enthält keine importierbaren Anmerkungen: %2</translation>
    </message>
    <message>
        <source>Folder for the Exported Documents</source>
        <translation>Ordner für die exportierten Dokumente</translation>
    </message>
    <message>
        <source>Export Annotations</source>
        <translation>Anmerkungen exportieren</translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation>Anmerkungen importieren</translation>
    </message>
    <message>
        <source>W3C Web Annotations (*.jsonld *.json)</source>
        <translation>W3C-Web-Annotationen (*.jsonld *.json)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s) exported to %1</source>
        <translation>
            <numerusform>%Ln Anmerkung nach %1 exportiert</numerusform>
            <numerusform>%Ln Anmerkungen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s) imported, %1 already present</source>
        <translation>
            <numerusform>%Ln Anmerkung importiert, %1 bereits vorhanden</numerusform>
            <numerusform>%Ln Anmerkungen importiert, %1 bereits vorhanden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::AnnotationsPanel</name>
    <message>
        <source>Re-attach to Selection</source>
        <translation>Der Auswahl zuordnen</translation>
    </message>
    <message>
        <source>Filter by text, tag or article</source>
        <translation>Nach Text, Schlagwort oder Artikel filtern</translation>
    </message>
    <message>
        <source>Filter annotations</source>
        <translation>Anmerkungen filtern</translation>
    </message>
    <message>
        <source>Annotations of the folder</source>
        <translation>Anmerkungen des Ordners</translation>
    </message>
    <message>
        <source>Attach the selected orphan to the text selected in the reading view</source>
        <translation>Die gewählte verwaiste Anmerkung dem in der Leseansicht ausgewählten Text zuordnen</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::ArticleDetailsDialog</name>
    <message>
        <source>Known</source>
        <translation>Bekannt</translation>
    </message>
    <message>
        <source>Article Details</source>
        <translation>Artikelangaben</translation>
    </message>
    <message>
        <source>The publication, as readers know it</source>
        <translation>Das Medium, wie Leser es kennen</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Date of publication</source>
        <translation>Erscheinungsdatum</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>&amp;Medium:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>&amp;Erschienen:</translation>
    </message>
    <message>
        <source>Kept with the folder&apos;s annotations; an empty field shows what the page says.</source>
        <translation>Wird mit den Anmerkungen des Ordners gespeichert; ein leeres Feld zeigt, was die Seite angibt.</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::ClaimsView</name>
    <message>
        <source>Claims and the articles that carry them</source>
        <translation>Aussagen und die Artikel, die sie bringen</translation>
    </message>
    <message>
        <source>&amp;Tag Claim…</source>
        <translation>Aussage &amp;verschlagworten …</translation>
    </message>
    <message>
        <source>What the dots mean</source>
        <translation>Was die Punkte bedeuten</translation>
    </message>
    <message>
        <source>carries the claim</source>
        <translation>bringt die Aussage</translation>
    </message>
    <message>
        <source>figures disagree</source>
        <translation>Zahlen widersprechen sich</translation>
    </message>
    <message>
        <source>empty: not reported</source>
        <translation>leer: nicht berichtet</translation>
    </message>
    <message>
        <source>figures differ as a range, rounding or a later count allows</source>
        <translation>Zahlen weichen im Rahmen einer Spanne, einer Rundung oder eines späteren Stands ab</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::ComparisonPanel</name>
    <message>
        <source>What the other articles say</source>
        <translation>Was die anderen Artikel sagen</translation>
    </message>
    <message>
        <source>Put the cursor in a sentence to see what the other articles say.</source>
        <translation>Setzen Sie den Cursor in einen Satz, um zu sehen, was die anderen Artikel sagen.</translation>
    </message>
    <message>
        <source>Boilerplate is not compared.</source>
        <translation>Seitenbeiwerk wird nicht verglichen.</translation>
    </message>
    <message>
        <source>Figures disagree</source>
        <translation>Zahlen widersprechen sich</translation>
    </message>
    <message>
        <source>A range against a figure</source>
        <translation>Eine Spanne gegen eine Zahl</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>nicht berichtet</translation>
    </message>
    <message>
        <source>similarity %1%</source>
        <translation>Ähnlichkeit %1 %</translation>
    </message>
    <message>
        <source>Other articles reporting this: %1 of %2</source>
        <translation>Andere Artikel, die dies berichten: %1 von %2</translation>
    </message>
    <message>
        <source>Other articles of this story reporting this: %1 of %2</source>
        <translation>Andere Artikel dieser Geschichte, die dies berichten: %1 von %2</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>Figures at different moments</source>
        <translation>Zahlen zu verschiedenen Zeitpunkten</translation>
    </message>
    <message>
        <source>Figures that can both be true</source>
        <translation>Zahlen, die beide stimmen können</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::DeskController</name>
    <message>
        <source>&amp;Add Pane</source>
        <translation>Bereich &amp;hinzufügen</translation>
    </message>
    <message>
        <source>At most %1 panes fit side by side.</source>
        <translation>Höchstens %1 Bereiche passen nebeneinander.</translation>
    </message>
    <message>
        <source>&amp;Close Pane</source>
        <translation>Bereich &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Next Pane</source>
        <translation>&amp;Nächster Bereich</translation>
    </message>
    <message>
        <source>&amp;Link Panes</source>
        <translation>Bereiche &amp;verknüpfen</translation>
    </message>
    <message>
        <source>Moving in one pane scrolls the others to their matching sentences</source>
        <translation>Bewegen in einem Bereich rollt die anderen zu ihren passenden Sätzen</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>&amp;Größerer Text</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>&amp;Kleinerer Text</translation>
    </message>
    <message>
        <source>&amp;Default Text Size</source>
        <translation>Standard-&amp;Textgröße</translation>
    </message>
    <message>
        <source>Nothing further in this direction.</source>
        <translation>In dieser Richtung kommt nichts mehr.</translation>
    </message>
    <message>
        <source>Next &amp;Sentence</source>
        <translation>Nächster &amp;Satz</translation>
    </message>
    <message>
        <source>&amp;Previous Sentence</source>
        <translation>&amp;Vorheriger Satz</translation>
    </message>
    <message>
        <source>Next &amp;Figure</source>
        <translation>Nächste &amp;Zahl</translation>
    </message>
    <message>
        <source>Previous F&amp;igure</source>
        <translation>Vorherige Za&amp;hl</translation>
    </message>
    <message>
        <source>Next &amp;Annotation</source>
        <translation>Nächste &amp;Anmerkung</translation>
    </message>
    <message>
        <source>Previous A&amp;nnotation</source>
        <translation>Vorherige A&amp;nmerkung</translation>
    </message>
    <message>
        <source>&amp;Matching Sentence in Next Pane</source>
        <translation>&amp;Passender Satz im nächsten Bereich</translation>
    </message>
    <message>
        <source>The next pane reports nothing matching this sentence.</source>
        <translation>Der nächste Bereich berichtet nichts, was zu diesem Satz passt.</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>N&amp;ame</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::DeskToolBar</name>
    <message>
        <source>Desk</source>
        <translation>Schreibtisch</translation>
    </message>
    <message>
        <source>Desk tools</source>
        <translation>Werkzeuge des Schreibtischs</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::EditMenu</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>N&amp;ame</translation>
    </message>
    <message>
        <source>&amp;Corrections…</source>
        <translation>&amp;Korrekturen …</translation>
    </message>
    <message>
        <source>&amp;Manage Tags…</source>
        <translation>Schlagwörter &amp;verwalten …</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::ExportDialog</name>
    <message>
        <source>Start with a byte order mark (for spreadsheets)</source>
        <translation>Mit Byte-Order-Mark beginnen (für Tabellenkalkulationen)</translation>
    </message>
    <message>
        <source>Export Annotations</source>
        <translation>Anmerkungen exportieren</translation>
    </message>
    <message>
        <source>By article</source>
        <translation>Nach Artikel</translation>
    </message>
    <message>
        <source>By claim, with what each source says</source>
        <translation>Nach Aussage, mit dem, was jede Quelle sagt</translation>
    </message>
    <message>
        <source>All annotations</source>
        <translation>Alle Anmerkungen</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>Gruppierung</translation>
    </message>
    <message>
        <source>Only this tag</source>
        <translation>Nur dieses Schlagwort</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppieren:</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Schlagwort:</translation>
    </message>
    <message>
        <source>One document for the folder</source>
        <translation>Ein Dokument für den Ordner</translation>
    </message>
    <message>
        <source>One document per article</source>
        <translation>Ein Dokument je Artikel</translation>
    </message>
    <message>
        <source>One document per tag</source>
        <translation>Ein Dokument je Schlagwort</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>In the last 7 days</source>
        <translation>In den letzten 7 Tagen</translation>
    </message>
    <message>
        <source>In the last 30 days</source>
        <translation>In den letzten 30 Tagen</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Made when</source>
        <translation>Wann angelegt</translation>
    </message>
    <message>
        <source>&amp;Documents:</source>
        <translation>&amp;Dokumente:</translation>
    </message>
    <message>
        <source>&amp;Made:</source>
        <translation>&amp;Angelegt:</translation>
    </message>
    <message>
        <source>Only the article %1</source>
        <translation>Nur der Artikel %1</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::FeedsDialog</name>
    <message>
        <source>Feeds</source>
        <translation>Feeds</translation>
    </message>
    <message>
        <source>Feeds the folder follows</source>
        <translation>Feeds, denen der Ordner folgt</translation>
    </message>
    <message>
        <source>Address of an RSS or Atom feed</source>
        <translation>Adresse eines RSS- oder Atom-Feeds</translation>
    </message>
    <message>
        <source>Feed address</source>
        <translation>Feed-Adresse</translation>
    </message>
    <message>
        <source>&amp;Subscribe</source>
        <translation>&amp;Abonnieren</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Check Now</source>
        <translation>Jetzt &amp;prüfen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>only when asked</source>
        <translation>nur auf Anfrage</translation>
    </message>
    <message>
        <source>Check every:</source>
        <translation>Prüfen alle:</translation>
    </message>
    <message>
        <source>checked %1</source>
        <translation>geprüft %1</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <source>Give the address of a feed, starting with http:// or https://.</source>
        <translation>Geben Sie die Adresse eines Feeds an, beginnend mit http:// oder https://.</translation>
    </message>
    <message>
        <source>Subscribed. Check Now fetches the feed&apos;s items into the folder.</source>
        <translation>Abonniert. „Jetzt prüfen“ holt die Einträge des Feeds in den Ordner.</translation>
    </message>
    <message>
        <source>The feed was removed; the pages it brought stay in the folder.</source>
        <translation>Der Feed wurde entfernt; die Seiten, die er brachte, bleiben im Ordner.</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::FileMenu</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Folder…</source>
        <translation>Ordner ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>&amp;Reload Folder</source>
        <translation>Ordner neu &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Export Annotations…</source>
        <translation>Anmerkungen &amp;exportieren …</translation>
    </message>
    <message>
        <source>&amp;Import Annotations…</source>
        <translation>Anmerkungen &amp;importieren …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::FolderController</name>
    <message>
        <source>Finding names…</source>
        <translation>Namen werden gesucht …</translation>
    </message>
    <message>
        <source>Lining up sentences…</source>
        <translation>Sätze werden zugeordnet …</translation>
    </message>
    <message>
        <source>Comparing figures…</source>
        <translation>Zahlen werden verglichen …</translation>
    </message>
    <message>
        <source>Stop comparing the articles</source>
        <translation>Vergleich der Artikel abbrechen</translation>
    </message>
    <message>
        <source>Comparison stopped: names, matches and claims are not shown.</source>
        <translation>Vergleich abgebrochen: Namen, Entsprechungen und Aussagen werden nicht angezeigt.</translation>
    </message>
    <message>
        <source>Reading the folder…</source>
        <translation>Ordner wird gelesen …</translation>
    </message>
    <message>
        <source>Stop opening the folder</source>
        <translation>Öffnen des Ordners abbrechen</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet …</translation>
    </message>
    <message>
        <source>Comparing the articles…</source>
        <translation>Artikel werden verglichen …</translation>
    </message>
    <message>
        <source>Keep It Aside and Start a Fresh Store</source>
        <translation>Beiseitelegen und neuen Speicher beginnen</translation>
    </message>
    <message>
        <source>The damaged store was kept as %1</source>
        <translation>Der beschädigte Speicher wurde als %1 aufbewahrt</translation>
    </message>
    <message>
        <source>Nothing was changed in it; your annotations cannot be shown until it is repaired or kept aside.</source>
        <translation>Darin wurde nichts verändert; Ihre Anmerkungen können erst angezeigt werden, wenn er repariert oder beiseitegelegt ist.</translation>
    </message>
    <message>
        <source>The folder is read-only: annotations are stored in %1</source>
        <translation>Der Ordner ist schreibgeschützt: Anmerkungen werden in %1 gespeichert</translation>
    </message>
    <message>
        <source>Disagreement dismissed: %1</source>
        <translation>Abweichung verworfen: %1</translation>
    </message>
    <message>
        <source>Details of %1 saved.</source>
        <translation>Angaben zu %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::FolderStatus</name>
    <message>
        <source>Loading progress</source>
        <translation>Ladefortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop opening the folder</source>
        <translation>Öffnen des Ordners abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln Artikel</numerusform>
            <numerusform>%Ln Artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sentence(s)</source>
        <translation>
            <numerusform>%Ln Satz</numerusform>
            <numerusform>%Ln Sätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln figure(s)</source>
        <translation>
            <numerusform>%Ln Zahl</numerusform>
            <numerusform>%Ln Zahlen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln name(s)</source>
        <translation>
            <numerusform>%Ln Name</numerusform>
            <numerusform>%Ln Namen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln Anmerkung</numerusform>
            <numerusform>%Ln Anmerkungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln Aussage</numerusform>
            <numerusform>%Ln Aussagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not readable</source>
        <translation>
            <numerusform>%Ln nicht lesbar</numerusform>
            <numerusform>%Ln nicht lesbar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::GettingStarted</name>
    <message>
        <source>Getting Started with Crosscheck</source>
        <translation>Erste Schritte mit Crosscheck</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>Crosscheck reads several outlets&apos; articles about the same story side by side. It marks figures and names, lines up sentences that report the same thing, and points out figures that disagree. Your highlights, tags and notes stay with the folder.</source>
        <translation>Crosscheck liest die Artikel mehrerer Medien über dieselbe Geschichte nebeneinander. Es markiert Zahlen und Namen, stellt Sätze gegenüber, die dasselbe berichten, und zeigt Zahlen, die sich widersprechen. Ihre Markierungen, Schlagwörter und Notizen bleiben beim Ordner.</translation>
    </message>
    <message>
        <source>1. Open a folder</source>
        <translation>1. Einen Ordner öffnen</translation>
    </message>
    <message>
        <source>&lt;b&gt;File › Open Folder&lt;/b&gt; (Ctrl+O) opens a folder of saved pages: HTML, text, Markdown or PDF. Articles about different stories are grouped by story in the list; files that cannot be read are named in the bar above the text, with the reason.</source>
        <translation>&lt;b&gt;Datei › Ordner öffnen&lt;/b&gt; (Strg+O) öffnet einen Ordner gespeicherter Seiten: HTML, Text, Markdown oder PDF. Artikel zu verschiedenen Geschichten stehen in der Liste nach Geschichte gruppiert; Dateien, die sich nicht lesen lassen, werden in der Leiste über dem Text mit dem Grund genannt.</translation>
    </message>
    <message>
        <source>2. Read side by side</source>
        <translation>2. Nebeneinander lesen</translation>
    </message>
    <message>
        <source>Click an article (or press Enter on it) to read it. &lt;b&gt;Add Pane&lt;/b&gt; (Ctrl+Shift+N) opens a second one; with &lt;b&gt;Link Panes&lt;/b&gt; (Ctrl+L) the other pane follows the sentence you read. J and K go to the next and previous sentence, F to the next figure, M to the matching sentence in the next pane.</source>
        <translation>Klicken Sie einen Artikel an (oder drücken Sie darauf die Eingabetaste), um ihn zu lesen. &lt;b&gt;Bereich hinzufügen&lt;/b&gt; (Strg+Umschalt+N) öffnet einen zweiten; mit &lt;b&gt;Bereiche verknüpfen&lt;/b&gt; (Strg+L) folgt der andere Bereich dem Satz, den Sie lesen. J und K gehen zum nächsten und vorigen Satz, F zur nächsten Zahl, M zum passenden Satz im nächsten Bereich.</translation>
    </message>
    <message>
        <source>3. Compare</source>
        <translation>3. Vergleichen</translation>
    </message>
    <message>
        <source>The &lt;b&gt;Comparison&lt;/b&gt; panel lists, for the sentence under the cursor, what the other outlets of the story say, and shows figures that disagree in red, with a link to see both sentences side by side. The &lt;b&gt;Claims&lt;/b&gt; table shows which outlet carries each claim; the line under it says what each colour means.</source>
        <translation>Die Leiste &lt;b&gt;Vergleich&lt;/b&gt; zeigt zum Satz unter dem Cursor, was die anderen Medien der Geschichte sagen, und Zahlen, die sich widersprechen, in Rot, mit einem Verweis, der beide Sätze nebeneinander zeigt. Die Tabelle &lt;b&gt;Aussagen&lt;/b&gt; zeigt, welches Medium welche Aussage bringt; die Zeile darunter erklärt die Farben.</translation>
    </message>
    <message>
        <source>4. Highlight, tag and note</source>
        <translation>4. Markieren, verschlagworten, notieren</translation>
    </message>
    <message>
        <source>Select text and press a number key, 1 to 5, for a colour. T tags the highlight (Edit › Manage Tags can prepare tags in advance), N writes a note in the &lt;b&gt;Note&lt;/b&gt; panel, and Tab leaves it. Ctrl+Z and Ctrl+Shift+Z undo and redo.</source>
        <translation>Wählen Sie Text aus und drücken Sie eine Zifferntaste von 1 bis 5 für eine Farbe. T verschlagwortet die Markierung (unter Bearbeiten › Schlagwörter verwalten lassen sich Schlagwörter vorab anlegen), N schreibt eine Notiz in der Leiste &lt;b&gt;Notiz&lt;/b&gt;, und Tab verlässt sie. Strg+Z und Strg+Umschalt+Z machen rückgängig und wiederholen.</translation>
    </message>
    <message>
        <source>5. Find and export</source>
        <translation>5. Finden und exportieren</translation>
    </message>
    <message>
        <source>Alt+0 goes to the article list and Alt+1, Alt+2 … to each panel; &lt;b&gt;Help › Keyboard Shortcuts&lt;/b&gt; (Ctrl+?) lists every key.</source>
        <translation>Alt+0 geht zur Artikelliste und Alt+1, Alt+2 … zu jeder Leiste; &lt;b&gt;Hilfe › Tastenkürzel&lt;/b&gt; (Strg+?) nennt alle Tasten.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Search the Folder&lt;/b&gt; (Ctrl+F) finds sentences in every article, by outlet, tag or figure. &lt;b&gt;File › Export Annotations&lt;/b&gt; (Ctrl+E) writes your notes as Markdown, HTML, CSV, JSON-LD or REFI-QDA, outside the folder by default.</source>
        <translation>&lt;b&gt;Ordner durchsuchen&lt;/b&gt; (Strg+F) findet Sätze in allen Artikeln, nach Medium, Schlagwort oder Zahl. &lt;b&gt;Datei › Anmerkungen exportieren&lt;/b&gt; (Strg+E) schreibt Ihre Notizen als Markdown, HTML, CSV, JSON-LD oder REFI-QDA, standardmäßig außerhalb des Ordners.</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Crosscheck</source>
        <translation>&amp;Über Crosscheck</translation>
    </message>
    <message>
        <source>About Crosscheck</source>
        <translation>Über Crosscheck</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Read how several outlets covered the same story, side by side: figures and names highlighted, matching sentences lined up, disagreements pointed out, notes exported.</source>
        <translation>Lesen, wie mehrere Medien über dieselbe Geschichte berichten, nebeneinander: Zahlen und Namen hervorgehoben, passende Sätze nebeneinandergestellt, Widersprüche aufgezeigt, Notizen exportiert.</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later.</source>
        <translation>Lizenz: GNU General Public License, Version 3 oder später.</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Erstellt mit:</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Sprache des Systems</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::MainWindow</name>
    <message>
        <source>Crosscheck</source>
        <translation>Crosscheck</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Names and Figures</source>
        <translation>Namen und Zahlen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>%1 — Crosscheck</source>
        <translation>%1 — Crosscheck</translation>
    </message>
    <message>
        <source>Open Folder of Articles</source>
        <translation>Ordner mit Artikeln öffnen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Aussagen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Search the Folder…</source>
        <translation>Ordner &amp;durchsuchen …</translation>
    </message>
    <message>
        <source>Panel tabs</source>
        <translation>Reiter der Leisten</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Crosscheck will speak %1 when it starts next.</source>
        <translation>Crosscheck spricht beim nächsten Start %1.</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::MentionsPanel</name>
    <message>
        <source>Money</source>
        <translation>Geldbeträge</translation>
    </message>
    <message>
        <source>Percentages</source>
        <translation>Prozentangaben</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Durations</source>
        <translation>Zeiträume</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Orte</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Name or figure</source>
        <translation>Name oder Zahl</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Also in</source>
        <translation>Auch in</translation>
    </message>
    <message>
        <source>Names and figures of the article</source>
        <translation>Namen und Zahlen des Artikels</translation>
    </message>
    <message>
        <source>only here</source>
        <translation>nur hier</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Uhrzeiten</translation>
    </message>
    <message>
        <source>Quantities</source>
        <translation>Mengen und Maße</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::MessageBar</name>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Files that could not be opened</source>
        <translation>Dateien, die nicht geöffnet werden konnten</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss these messages</source>
        <translation>Diese Meldungen schließen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a file name, %2 the reason it could not be read</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Files that could not be opened: %1. The rest of the folder is open.</source>
        <translation>Nicht geöffnete Dateien: %1. Der Rest des Ordners ist geöffnet.</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::NameCorrectionsDialog</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Name Corrections</source>
        <translation>Namenskorrekturen</translation>
    </message>
    <message>
        <source>What you said about names in this folder. Removing a correction lets Crosscheck decide again; Edit › Undo brings it back.</source>
        <translation>Was Sie in diesem Ordner über Namen festgelegt haben. Wird eine Korrektur entfernt, entscheidet Crosscheck wieder selbst; Bearbeiten › Rückgängig holt sie zurück.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Name corrections</source>
        <translation>Namenskorrekturen</translation>
    </message>
    <message>
        <source>Remove the selected corrections</source>
        <translation>Die ausgewählten Korrekturen entfernen</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Not a name</source>
        <translation>Kein Name</translation>
    </message>
    <message numerus="yes">
        <source>Forget %n Name Correction(s)</source>
        <translation>
            <numerusform>%n Namenskorrektur vergessen</numerusform>
            <numerusform>%n Namenskorrekturen vergessen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::PanelsMenu</name>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Leisten</translation>
    </message>
    <message>
        <source>Go to the Article List</source>
        <translation>Zur Artikelliste</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Zu %1</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::ReadingDesk</name>
    <message>
        <source>Reading panes</source>
        <translation>Lesebereiche</translation>
    </message>
    <message>
        <source>Reading pane %1</source>
        <translation>Lesebereich %1</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::ReadingView</name>
    <message>
        <source>Article headline</source>
        <translation>Überschrift des Artikels</translation>
    </message>
    <message>
        <source>Article file</source>
        <translation>Datei des Artikels</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Text des Artikels</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>Boilerplate: not part of the story, left out of comparisons</source>
        <translation>Seitenbeiwerk: nicht Teil des Artikels, wird beim Vergleich ausgelassen</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Close this pane</source>
        <translation>Diesen Bereich schließen</translation>
    </message>
    <message>
        <source>Close pane</source>
        <translation>Bereich schließen</translation>
    </message>
    <message>
        <source>Highlight, no tags</source>
        <translation>Markierung, ohne Schlagwörter</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <source>Choose an article in the list to read it, or open a folder of articles (Ctrl+O). Help › Getting Started (F1) shows how the desk works.</source>
        <translation>Wählen Sie einen Artikel in der Liste, um ihn zu lesen, oder öffnen Sie einen Ordner mit Artikeln (Strg+O). Hilfe › Erste Schritte (F1) zeigt, wie der Schreibtisch funktioniert.</translation>
    </message>
    <message>
        <source>Private: not shared with the team</source>
        <translation>Privat: nicht mit dem Team geteilt</translation>
    </message>
    <message>
        <source>Private to %1</source>
        <translation>Privat für %1</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Von %1</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::RecentFoldersMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::SearchPanel</name>
    <message>
        <source>&amp;Annotated</source>
        <translation>&amp;Angemerkt</translation>
    </message>
    <message>
        <source>With &amp;figures</source>
        <translation>Mit &amp;Zahlen</translation>
    </message>
    <message>
        <source>Search all articles…</source>
        <translation>Alle Artikel durchsuchen …</translation>
    </message>
    <message>
        <source>Search the folder</source>
        <translation>Den Ordner durchsuchen</translation>
    </message>
    <message>
        <source>Only this outlet</source>
        <translation>Nur dieses Medium</translation>
    </message>
    <message>
        <source>Only sentences with this tag</source>
        <translation>Nur Sätze mit diesem Schlagwort</translation>
    </message>
    <message>
        <source>Only sentences you highlighted</source>
        <translation>Nur Sätze, die Sie markiert haben</translation>
    </message>
    <message>
        <source>Only sentences that state a figure</source>
        <translation>Nur Sätze, die eine Zahl nennen</translation>
    </message>
    <message>
        <source>Search summary</source>
        <translation>Zusammenfassung der Suche</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>All outlets</source>
        <translation>Alle Medien</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Beliebiges Schlagwort</translation>
    </message>
    <message>
        <source>No sentence matches.</source>
        <translation>Kein Satz passt.</translation>
    </message>
    <message numerus="yes">
        <source>%n matching sentence(s)</source>
        <translation>
            <numerusform>%n passender Satz</numerusform>
            <numerusform>%n passende Sätze</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::StatisticsChart</name>
    <message>
        <source>Claims and tags per source</source>
        <translation>Aussagen und Schlagwörter je Quelle</translation>
    </message>
    <message>
        <source>%1: %2 of %3 claims, %4 tagged passages</source>
        <translation>%1: %2 von %3 Aussagen, %4 verschlagwortete Stellen</translation>
    </message>
    <message>
        <source>claims carried</source>
        <translation>berichtete Aussagen</translation>
    </message>
    <message>
        <source>tagged passages</source>
        <translation>verschlagwortete Stellen</translation>
    </message>
    <message>
        <source>Open a folder to see its sources.</source>
        <translation>Öffnen Sie einen Ordner, um seine Quellen zu sehen.</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::StoryMenu</name>
    <message>
        <source>Move to Story</source>
        <translation>In Geschichte verschieben</translation>
    </message>
    <message>
        <source>A Story of Its Own</source>
        <translation>Eine eigene Geschichte</translation>
    </message>
    <message>
        <source>Edit &amp;Details…</source>
        <translation>&amp;Angaben bearbeiten …</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::TagDialog</name>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>claim/disputed</source>
        <translation>behauptung/umstritten</translation>
    </message>
    <message>
        <source>Tag path</source>
        <translation>Schlagwort-Pfad</translation>
    </message>
    <message>
        <source>Tag (a path such as claim/disputed; a new one is created):</source>
        <translation>Schlagwort (ein Pfad wie behauptung/umstritten; ein neues wird angelegt):</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::TagManager</name>
    <message>
        <source>Manage Tags</source>
        <translation>Schlagwörter verwalten</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Tags of the folder</source>
        <translation>Schlagwörter des Ordners</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen …</translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation>Schlagwort umbenennen</translation>
    </message>
    <message>
        <source>New path:</source>
        <translation>Neuer Pfad:</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Zusammenführen mit …</translation>
    </message>
    <message>
        <source>Merge Tag</source>
        <translation>Schlagwort zusammenführen</translation>
    </message>
    <message>
        <source>Merge into the tag:</source>
        <translation>Zusammenführen mit dem Schlagwort:</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Farbe …</translation>
    </message>
    <message>
        <source>Tag Colour</source>
        <translation>Farbe des Schlagworts</translation>
    </message>
    <message>
        <source>&amp;Description…</source>
        <translation>&amp;Beschreibung …</translation>
    </message>
    <message>
        <source>Tag Description</source>
        <translation>Beschreibung des Schlagworts</translation>
    </message>
    <message>
        <source>What the tag means:</source>
        <translation>Was das Schlagwort bedeutet:</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;New Tag…</source>
        <translation>&amp;Neues Schlagwort …</translation>
    </message>
    <message>
        <source>New Tag</source>
        <translation>Neues Schlagwort</translation>
    </message>
    <message>
        <source>Tag (a slash makes a child tag, as in claim/disputed):</source>
        <translation>Schlagwort (ein Schrägstrich macht ein Unterschlagwort, wie in Aussage/bestritten):</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::TeamConnectDialog</name>
    <message>
        <source>&amp;Remember the password in the desktop keyring</source>
        <translation>Passwort im Schlüsselbund des Desktops &amp;merken</translation>
    </message>
    <message>
        <source>Connect to a Team Server</source>
        <translation>Mit einem Teamserver verbinden</translation>
    </message>
    <message>
        <source>Work on this folder with your team: annotations are shared through the team&apos;s PostgreSQL server and kept here too, so you can go on working offline.</source>
        <translation>Arbeiten Sie mit Ihrem Team an diesem Ordner: Anmerkungen werden über den PostgreSQL-Server des Teams geteilt und auch hier aufbewahrt, sodass Sie offline weiterarbeiten können.</translation>
    </message>
    <message>
        <source>db.example.org, or a socket folder such as /run/postgresql</source>
        <translation>db.example.org oder ein Socket-Ordner wie /run/postgresql</translation>
    </message>
    <message>
        <source>TLS required (encrypted)</source>
        <translation>TLS erforderlich (verschlüsselt)</translation>
    </message>
    <message>
        <source>TLS, certificate and host name verified</source>
        <translation>TLS, Zertifikat und Hostname geprüft</translation>
    </message>
    <message>
        <source>No TLS (a local socket or a trusted network only)</source>
        <translation>Kein TLS (nur lokaler Socket oder vertrauenswürdiges Netz)</translation>
    </message>
    <message>
        <source>The CA certificate that signed the server&apos;s (PEM)</source>
        <translation>Das CA-Zertifikat, das das des Servers signiert hat (PEM)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>S&amp;icherheit:</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>&amp;CA-Zertifikat:</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::TeamController</name>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>Jetzt &amp;abgleichen</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>&amp;Private (Only Me)</source>
        <translation>&amp;Privat (nur ich)</translation>
    </message>
    <message>
        <source>Keep the highlight at the cursor to yourself: the team server never shows it to anyone else</source>
        <translation>Die Markierung am Cursor für sich behalten: Der Teamserver zeigt sie niemand anderem</translation>
    </message>
    <message numerus="yes">
        <source>Team: sending %n change(s)…</source>
        <translation>
            <numerusform>Team: %n Änderung wird gesendet…</numerusform>
            <numerusform>Team: %n Änderungen werden gesendet…</numerusform>
        </translation>
    </message>
    <message>
        <source>Team: connected</source>
        <translation>Team: verbunden</translation>
    </message>
    <message numerus="yes">
        <source>Team: offline, %n change(s) waiting</source>
        <translation>
            <numerusform>Team: offline, %n Änderung wartet</numerusform>
            <numerusform>Team: offline, %n Änderungen warten</numerusform>
        </translation>
    </message>
    <message>
        <source>In step</source>
        <translation>Abgeglichen</translation>
    </message>
    <message>
        <source>Make Private</source>
        <translation>Privat machen</translation>
    </message>
    <message>
        <source>Share with the Team</source>
        <translation>Mit dem Team teilen</translation>
    </message>
    <message>
        <source>The password could not be kept in the desktop keyring (%1); Crosscheck will ask for it next time.</source>
        <translation>Das Passwort konnte nicht im Schlüsselbund des Desktops abgelegt werden (%1); Crosscheck fragt beim nächsten Mal danach.</translation>
    </message>
    <message>
        <source>Team: offline, trying again</source>
        <translation>Team: offline, neuer Versuch läuft</translation>
    </message>
    <message>
        <source>Team: not connected</source>
        <translation>Team: nicht verbunden</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::ThemeMenu</name>
    <message>
        <source>Highlighting &amp;Theme</source>
        <translation>&amp;Farbschema der Hervorhebung</translation>
    </message>
    <message>
        <source>&amp;Follow System Palette</source>
        <translation>&amp;Systemfarben folgen</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::WebImportController</name>
    <message>
        <source>Add from &amp;Web…</source>
        <translation>Aus dem &amp;Web hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Feeds…</source>
        <translation>&amp;Feeds …</translation>
    </message>
    <message>
        <source>Save web pages into the folder from their addresses</source>
        <translation>Webseiten über ihre Adressen in den Ordner speichern</translation>
    </message>
    <message>
        <source>Pages being added from the web</source>
        <translation>Seiten, die aus dem Web hinzukommen</translation>
    </message>
    <message>
        <source>Web: %v of %m</source>
        <translation>Web: %v von %m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop adding pages from the web</source>
        <translation>Das Hinzufügen aus dem Web abbrechen</translation>
    </message>
    <message>
        <source>Paste Web Addresses</source>
        <translation>Webadressen einfügen</translation>
    </message>
    <message>
        <source>The clipboard holds no web address to add.</source>
        <translation>Die Zwischenablage enthält keine Webadresse.</translation>
    </message>
    <message>
        <source>Open a folder first: pages from the web are saved into it.</source>
        <translation>Öffnen Sie zuerst einen Ordner: Seiten aus dem Web werden darin gespeichert.</translation>
    </message>
    <message>
        <source>Saved %1 from %2</source>
        <translation>%1 von %2 gespeichert</translation>
    </message>
    <message>
        <source>Could not add %1: %2</source>
        <translation>%1 konnte nicht hinzugefügt werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) added from the web</source>
        <translation>
            <numerusform>%n Seite aus dem Web hinzugefügt</numerusform>
            <numerusform>%n Seiten aus dem Web hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n saved before</source>
        <translation>
            <numerusform>; %n schon früher gespeichert</numerusform>
            <numerusform>; %n schon früher gespeichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n could not be added (see above)</source>
        <translation>
            <numerusform>; %n konnte nicht hinzugefügt werden (siehe oben)</numerusform>
            <numerusform>; %n konnten nicht hinzugefügt werden (siehe oben)</numerusform>
        </translation>
    </message>
    <message>
        <source>; cancelled</source>
        <translation>; abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>Fetching %n page(s)…</source>
        <translation>
            <numerusform>%n Seite wird abgerufen …</numerusform>
            <numerusform>%n Seiten werden abgerufen …</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder follows no feeds: File › Feeds… subscribes to one.</source>
        <translation>Der Ordner folgt keinen Feeds: Datei › Feeds … abonniert einen.</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n feed(s)…</source>
        <translation>
            <numerusform>%n Feed wird geprüft …</numerusform>
            <numerusform>%n Feeds werden geprüft …</numerusform>
        </translation>
    </message>
    <message>
        <source>Add from Web</source>
        <translation>Aus dem Web hinzufügen</translation>
    </message>
    <message>
        <source>Addresses of the pages to save into %1, one per line. Only the pages themselves are fetched, never their scripts or images.</source>
        <translation>Adressen der Seiten, die in %1 gespeichert werden sollen, eine pro Zeile. Nur die Seiten selbst werden abgerufen, nie ihre Skripte oder Bilder.</translation>
    </message>
    <message>
        <source>No web address found in what you gave: addresses start with http:// or https://.</source>
        <translation>In Ihrer Eingabe ist keine Webadresse: Adressen beginnen mit http:// oder https://.</translation>
    </message>
    <message>
        <source>Open a folder first: feeds bring their pages into it.</source>
        <translation>Öffnen Sie zuerst einen Ordner: Feeds bringen ihre Seiten dorthin.</translation>
    </message>
</context>
<context>
    <name>Discrepancy</name>
    <message>
        <source>%1&apos; %2</source>
        <translation>%2 von %1</translation>
    </message>
    <message>
        <source>%1&apos;s %2</source>
        <translation>%2 von %1</translation>
    </message>
    <message>
        <source>age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>time %1</source>
        <translation>Zeitpunkt, %1</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>percentage</source>
        <translation>Prozentsatz</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>distance</source>
        <translation>Entfernung</translation>
    </message>
    <message>
        <source>speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>frequency</source>
        <translation>Frequenz</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>%1 gives %2, within the range %3 in %4</source>
        <translation>%1 nennt %2, innerhalb der Spanne %3 in %4</translation>
    </message>
    <message>
        <source>%1 says %2, %3 says %4: close, one is approximate</source>
        <translation>%1 sagt %2, %3 sagt %4: nah beieinander, eine Angabe ist ungefähr</translation>
    </message>
    <message>
        <source>%1 says %2, %3 says %4</source>
        <translation>%1 sagt %2, %3 sagt %4</translation>
    </message>
    <message>
        <source>up %1</source>
        <translation>plus %1</translation>
    </message>
    <message>
        <source>down %1</source>
        <translation>minus %1</translation>
    </message>
    <message>
        <source>%1 shares, gain since an earlier date</source>
        <translation>%1-Aktie, Gewinn seit einem früheren Datum</translation>
    </message>
    <message>
        <source>%1 shares, the day&apos;s move</source>
        <translation>%1-Aktie, Bewegung des Tages</translation>
    </message>
    <message>
        <source>%1 says %2, %3 says %4: both can be true</source>
        <translation>%1 sagt %2, %3 sagt %4: beides kann stimmen</translation>
    </message>
    <message>
        <source>%1 says %2 (%3), %4 says %5 (%6): at different moments</source>
        <translation>%1 sagt %2 (%3), %4 sagt %5 (%6): zu verschiedenen Zeitpunkten</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Export the annotations of a folder: md, html, csv, jsonld (W3C Web Annotation), qdpx or qdc (REFI-QDA). See docs/export.md.</source>
        <translation>Die Anmerkungen eines Ordners exportieren: md, html, csv, jsonld (W3C Web Annotation), qdpx oder qdc (REFI-QDA). Siehe docs/export.md.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <source>Folder whose annotations to export.</source>
        <translation>Ordner, dessen Anmerkungen exportiert werden.</translation>
    </message>
    <message>
        <source>md, html, csv, jsonld, qdpx or qdc.</source>
        <translation>md, html, csv, jsonld, qdpx oder qdc.</translation>
    </message>
    <message>
        <source>Write to PATH (default: standard output; qdpx needs a path).</source>
        <translation>Nach PFAD schreiben (Vorgabe: Standardausgabe; qdpx braucht einen Pfad).</translation>
    </message>
    <message>
        <source>Only annotations with TAG or a tag under it (repeatable).</source>
        <translation>Nur Anmerkungen mit SCHLAGWORT oder einem darunter (wiederholbar).</translation>
    </message>
    <message>
        <source>Only annotations of the article FILE (repeatable).</source>
        <translation>Nur Anmerkungen des Artikels DATEI (wiederholbar).</translation>
    </message>
    <message>
        <source>Markdown: group by article (default) or claim.</source>
        <translation>Markdown: nach Artikel (Vorgabe) oder Aussage gruppieren.</translation>
    </message>
    <message>
        <source>CSV: start with a byte order mark, for spreadsheets.</source>
        <translation>CSV: mit Byte-Order-Mark beginnen, für Tabellenkalkulationen.</translation>
    </message>
    <message>
        <source>usage: crosscheck export FOLDER --format md|html|csv|jsonld|qdpx|qdc [--output PATH]</source>
        <translation>Aufruf: crosscheck export ORDNER --format md|html|csv|jsonld|qdpx|qdc [--output PFAD]</translation>
    </message>
    <message>
        <source>--group takes article or claim</source>
        <translation>--group erwartet article oder claim</translation>
    </message>
    <message>
        <source>a .qdpx project is a zip archive: give --output PATH</source>
        <translation>ein .qdpx-Projekt ist ein Zip-Archiv: geben Sie --output PFAD an</translation>
    </message>
    <message>
        <source>Add the annotations of a W3C Web Annotation JSON-LD file to a folder.</source>
        <translation>Die Anmerkungen einer W3C-Web-Annotation-JSON-LD-Datei einem Ordner hinzufügen.</translation>
    </message>
    <message>
        <source>Folder the annotations belong to.</source>
        <translation>Ordner, zu dem die Anmerkungen gehören.</translation>
    </message>
    <message>
        <source>The JSON-LD file.</source>
        <translation>Die JSON-LD-Datei.</translation>
    </message>
    <message>
        <source>usage: crosscheck import FOLDER FILE.jsonld</source>
        <translation>Aufruf: crosscheck import ORDNER DATEI.jsonld</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Markdown: one document per article or per tag, written into the folder --output.</source>
        <translation>Markdown: ein Dokument je Artikel oder je Schlagwort, geschrieben in den Ordner --output.</translation>
    </message>
    <message>
        <source>Only annotations made on or after DATE (YYYY-MM-DD).</source>
        <translation>Nur Anmerkungen, die am oder nach DATUM angelegt wurden (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>Only annotations made on or before DATE (YYYY-MM-DD).</source>
        <translation>Nur Anmerkungen, die am oder vor DATUM angelegt wurden (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>--split takes article or tag</source>
        <translation>--split erwartet article oder tag</translation>
    </message>
    <message>
        <source>--split goes with --format md and an --output folder</source>
        <translation>--split gehört zu --format md und einem Ordner als --output</translation>
    </message>
    <message>
        <source>--from and --to take a date such as 2026-11-23</source>
        <translation>--from und --to erwarten ein Datum wie 2026-11-23</translation>
    </message>
    <message>
        <source>%1 documents written to %2</source>
        <translation>%1 Dokumente nach %2 geschrieben</translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s) written to %1</source>
        <translation>
            <numerusform>%Ln Anmerkung nach %1 geschrieben</numerusform>
            <numerusform>%Ln Anmerkungen nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s) imported, %1 already present</source>
        <translation>
            <numerusform>%Ln Anmerkung importiert, %1 bereits vorhanden</numerusform>
            <numerusform>%Ln Anmerkungen importiert, %1 bereits vorhanden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>HTML (one self-contained file)</source>
        <translation>HTML (eine in sich geschlossene Datei)</translation>
    </message>
    <message>
        <source>CSV (one row per annotation)</source>
        <translation>CSV (eine Zeile je Anmerkung)</translation>
    </message>
    <message>
        <source>W3C Web Annotation (JSON-LD)</source>
        <translation>W3C Web Annotation (JSON-LD)</translation>
    </message>
    <message>
        <source>REFI-QDA project (.qdpx)</source>
        <translation>REFI-QDA-Projekt (.qdpx)</translation>
    </message>
    <message>
        <source>REFI-QDA codebook (.qdc)</source>
        <translation>REFI-QDA-Codebuch (.qdc)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported from `%1` on %2 · annotations: %3 · articles: %4.</source>
        <translation>Exportiert aus `%1` am %2 · Anmerkungen: %3 · Artikel: %4.</translation>
    </message>
    <message>
        <source>Tags: %1.</source>
        <translation>Schlagwörter: %1.</translation>
    </message>
    <message>
        <source>characters %1–%2</source>
        <translation>Zeichen %1–%2</translation>
    </message>
    <message>
        <source>Not found in the current text of the article.</source>
        <translation>Im aktuellen Text des Artikels nicht gefunden.</translation>
    </message>
    <message>
        <source>Other sources</source>
        <translation>Andere Quellen</translation>
    </message>
    <message>
        <source>Claim %1</source>
        <translation>Aussage %1</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>What it says</source>
        <translation>Was sie sagt</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>nicht berichtet</translation>
    </message>
    <message>
        <source>%1 other sources</source>
        <translation>%1 weitere Quellen</translation>
    </message>
    <message>
        <source>Figures that disagree</source>
        <translation>Zahlen, die sich widersprechen</translation>
    </message>
    <message>
        <source>Outside the claims</source>
        <translation>Außerhalb der Aussagen</translation>
    </message>
    <message>
        <source>Exported from %1 on %2 · annotations: %3.</source>
        <translation>Exportiert aus %1 am %2 · Anmerkungen: %3.</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>it is not JSON: %1 at byte %2</source>
        <translation>es ist kein JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>it holds no W3C annotations (no AnnotationCollection, AnnotationPage or Annotation)</source>
        <translation>es enthält keine W3C-Annotationen (keine AnnotationCollection, AnnotationPage oder Annotation)</translation>
    </message>
    <message>
        <source>annotation %1 has no source or no TextQuoteSelector</source>
        <translation>Anmerkung %1 hat keine Quelle oder keinen TextQuoteSelector</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>FolderScanner</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be read: permission denied.</source>
        <translation>Der Ordner %1 kann nicht gelesen werden: Zugriff verweigert.</translation>
    </message>
    <message>
        <source>it is a link to a file that does not exist</source>
        <translation>es ist eine Verknüpfung auf eine Datei, die nicht existiert</translation>
    </message>
    <message>
        <source>it links back to a folder already being read (a link loop)</source>
        <translation>sie verweist zurück auf einen Ordner, der bereits gelesen wird (eine Verknüpfungsschleife)</translation>
    </message>
    <message>
        <source>the folder cannot be read: permission denied</source>
        <translation>der Ordner kann nicht gelesen werden: Zugriff verweigert</translation>
    </message>
</context>
<context>
    <name>Mention</name>
    <message>
        <source>%1 (name)</source>
        <translation>%1 (Name)</translation>
    </message>
    <message>
        <source>range %1</source>
        <translation>Spanne %1</translation>
    </message>
    <message>
        <source>%1:%2 left on the game clock</source>
        <translation>noch %1:%2 auf der Spieluhr</translation>
    </message>
    <message>
        <source>%1 from publication</source>
        <translation>%1 ab Veröffentlichung</translation>
    </message>
</context>
<context>
    <name>PageConverter</name>
    <message>
        <source>it is not a readable PDF</source>
        <translation>es ist kein lesbares PDF</translation>
    </message>
    <message>
        <source>the PDF is password-protected</source>
        <translation>das PDF ist passwortgeschützt</translation>
    </message>
    <message>
        <source>the PDF has no text layer (scanned pages?)</source>
        <translation>das PDF hat keine Textebene (gescannte Seiten?)</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>in step with %1</source>
        <translation>abgeglichen mit %1</translation>
    </message>
    <message>
        <source>Keep a folder&apos;s annotations in step with a team&apos;s PostgreSQL server (docs/team.md). The password comes from PGPASSWORD or ~/.pgpass.</source>
        <translation>Die Anmerkungen eines Ordners mit dem PostgreSQL-Server eines Teams abgleichen (docs/team.md). Das Passwort kommt aus PGPASSWORD oder ~/.pgpass.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <source>Folder of articles.</source>
        <translation>Ordner mit Artikeln.</translation>
    </message>
    <message>
        <source>The team server: postgresql://USER@HOST:PORT/DATABASE[?sslmode=verify-full&amp;sslrootcert=FILE].</source>
        <translation>Der Teamserver: postgresql://BENUTZER@HOST:PORT/DATENBANK[?sslmode=verify-full&amp;sslrootcert=DATEI].</translation>
    </message>
    <message>
        <source>Stay connected and keep the folder in step until stopped.</source>
        <translation>Verbunden bleiben und den Ordner abgleichen, bis abgebrochen wird.</translation>
    </message>
    <message>
        <source>Usage: crosscheck sync FOLDER --server postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>Aufruf: crosscheck sync ORDNER --server postgresql://BENUTZER@HOST:PORT/DATENBANK</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <source>%1 (%2 changes wait in the folder)</source>
        <translation>%1 (%2 Änderungen warten im Ordner)</translation>
    </message>
    <message>
        <source>sent %1 changes, received %2, %3 annotations in the folder</source>
        <translation>%1 Änderungen gesendet, %2 empfangen, %3 Anmerkungen im Ordner</translation>
    </message>
    <message>
        <source>received %1 changes, %2 annotations in the folder</source>
        <translation>%1 Änderungen empfangen, %2 Anmerkungen im Ordner</translation>
    </message>
    <message>
        <source>cannot watch: %1</source>
        <translation>Beobachten nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>SyncJournal</name>
    <message>
        <source>Cannot read the changes waiting for the team server</source>
        <translation>Die Änderungen, die auf den Teamserver warten, können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot update the changes waiting for the team server</source>
        <translation>Die Änderungen, die auf den Teamserver warten, können nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>Cannot store the team&apos;s changes</source>
        <translation>Die Änderungen des Teams können nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>TeamSchema</name>
    <message>
        <source>Cannot read the team server&apos;s schema: %1</source>
        <translation>Das Schema des Teamservers kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The team server&apos;s tables were made by a newer Crosscheck (schema %1; this one knows up to %2). Update Crosscheck to work with this server; nothing was changed.</source>
        <translation>Die Tabellen des Teamservers stammen von einem neueren Crosscheck (Schema %1; dieses kennt bis %2). Aktualisieren Sie Crosscheck, um mit diesem Server zu arbeiten; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Cannot upgrade the team server&apos;s tables: %1</source>
        <translation>Die Tabellen des Teamservers können nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>The team server has no Crosscheck tables at version %1 yet, and %2 may not create them: ask the administrator to connect once as the owner role (docs/team.md). The server said: %3</source>
        <translation>Der Teamserver hat noch keine Crosscheck-Tabellen in Version %1, und %2 darf sie nicht anlegen: Bitten Sie die Administration, sich einmal mit der Eigentümerrolle zu verbinden (docs/team.md). Der Server meldete: %3</translation>
    </message>
</context>
<context>
    <name>TeamServer</name>
    <message>
        <source>Not a server address: %1 (expected postgresql://USER@HOST:PORT/DATABASE)</source>
        <translation>Keine Serveradresse: %1 (erwartet: postgresql://BENUTZER@HOST:PORT/DATENBANK)</translation>
    </message>
    <message>
        <source>Leave the password out of the address; Crosscheck asks for it (or reads PGPASSWORD).</source>
        <translation>Lassen Sie das Passwort aus der Adresse weg; Crosscheck fragt danach (oder liest PGPASSWORD).</translation>
    </message>
    <message>
        <source>Unknown sslmode &quot;%1&quot; (use %2)</source>
        <translation>Unbekannter sslmode „%1“ (möglich: %2)</translation>
    </message>
    <message>
        <source>The address needs a user, a host and a database: postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>Die Adresse braucht einen Benutzer, einen Host und eine Datenbank: postgresql://BENUTZER@HOST:PORT/DATENBANK</translation>
    </message>
    <message>
        <source>This Crosscheck cannot talk to PostgreSQL: Qt&apos;s QPSQL driver is missing (install libqt6sql6-psql).</source>
        <translation>Dieses Crosscheck kann nicht mit PostgreSQL sprechen: Qts QPSQL-Treiber fehlt (installieren Sie libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The server at %1 refused the password of %2.</source>
        <translation>Der Server unter %1 hat das Passwort von %2 abgelehnt.</translation>
    </message>
    <message>
        <source>The server at %1 does not offer TLS, and this connection requires it (sslmode=%2); ask its administrator to turn TLS on.</source>
        <translation>Der Server unter %1 bietet kein TLS an, diese Verbindung verlangt es aber (sslmode=%2); bitten Sie die Administration, TLS einzuschalten.</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed: %2</source>
        <translation>Die TLS-Verbindung zu %1 ist gescheitert: %2</translation>
    </message>
    <message>
        <source>The server at %1 does not know this database or user: %2</source>
        <translation>Der Server unter %1 kennt diese Datenbank oder diesen Benutzer nicht: %2</translation>
    </message>
    <message>
        <source>Cannot reach the team server at %1: %2</source>
        <translation>Der Teamserver unter %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The team server at %1 refused the connection: %2</source>
        <translation>Der Teamserver unter %1 hat die Verbindung abgelehnt: %2</translation>
    </message>
</context>
<context>
    <name>analyze</name>
    <message>
        <source>Analyse a folder of articles and write the result as JSON (see docs/analyze.md).</source>
        <translation>Einen Ordner mit Artikeln analysieren und das Ergebnis als JSON ausgeben (siehe docs/analyze.md).</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <source>Folder to analyse.</source>
        <translation>Zu analysierender Ordner.</translation>
    </message>
    <message>
        <source>Write the JSON to FILE instead of standard output.</source>
        <translation>Das JSON in DATEI statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Write JSON without indentation.</source>
        <translation>JSON ohne Einrückung schreiben.</translation>
    </message>
    <message>
        <source>Report files larger than MB megabytes instead of reading them (default 20).</source>
        <translation>Dateien größer als MB Megabyte melden statt lesen (Vorgabe 20).</translation>
    </message>
    <message>
        <source>usage: crosscheck analyze FOLDER [--output FILE]</source>
        <translation>Aufruf: crosscheck analyze ORDNER [--output DATEI]</translation>
    </message>
    <message>
        <source>--max-file-size takes a positive number of megabytes</source>
        <translation>--max-file-size erwartet eine positive Zahl von Megabyte</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Read how several outlets covered the same story, side by side.</source>
        <translation>Lesen, wie mehrere Medien über dieselbe Geschichte berichten, nebeneinander.</translation>
    </message>
    <message>
        <source>Folder of articles to open.</source>
        <translation>Zu öffnender Ordner mit Artikeln.</translation>
    </message>
    <message>
        <source>Do not reopen the last folder.</source>
        <translation>Den zuletzt geöffneten Ordner nicht wieder öffnen.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE once the folder is open, then quit.</source>
        <translation>Ein Bild des Fensters in DATEI speichern, sobald der Ordner geöffnet ist, dann beenden.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Give at most one folder.</source>
        <translation>Geben Sie höchstens einen Ordner an.</translation>
    </message>
    <message>
        <source>Open FILE (relative to the folder) at sentence N once the folder is read.</source>
        <translation>DATEI (relativ zum Ordner) bei Satz N öffnen, sobald der Ordner gelesen ist.</translation>
    </message>
    <message>
        <source>FILE:N</source>
        <translation>DATEI:N</translation>
    </message>
    <message>
        <source>Show N reading panes (1 to 4) side by side, each with the next article.</source>
        <translation>N Lesebereiche (1 bis 4) nebeneinander zeigen, jeden mit dem nächsten Artikel.</translation>
    </message>
    <message>
        <source>Use a dark palette whatever the desktop&apos;s.</source>
        <translation>Eine dunkle Farbpalette verwenden, unabhängig von der Arbeitsumgebung.</translation>
    </message>
    <message>
        <source>Search the folder for WORDS once it is read.</source>
        <translation>Den Ordner nach WÖRTERN durchsuchen, sobald er gelesen ist.</translation>
    </message>
    <message>
        <source>Window size, as WIDTHxHEIGHT.</source>
        <translation>Fenstergröße als BREITExHÖHE.</translation>
    </message>
    <message>
        <source>Work without a window: analyze FOLDER prints the analysis as JSON, export FOLDER writes its annotations (Markdown, HTML, CSV, JSON-LD, REFI-QDA), import FOLDER FILE reads W3C annotations into it, add FOLDER URL… saves web pages (or a feed&apos;s items) into it, sync FOLDER --server URI keeps its annotations in step with a team&apos;s server. Each has --help.</source>
        <translation>Ohne Fenster arbeiten: analyze ORDNER gibt die Analyse als JSON aus, export ORDNER schreibt seine Anmerkungen (Markdown, HTML, CSV, JSON-LD, REFI-QDA), import ORDNER DATEI liest W3C-Anmerkungen ein, add ORDNER URL… speichert Webseiten (oder die Einträge eines Feeds) darin, sync ORDNER --server URI gleicht seine Anmerkungen mit dem Server eines Teams ab. Jeder Befehl hat --help.</translation>
    </message>
</context>
</TS>
