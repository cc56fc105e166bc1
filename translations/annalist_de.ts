<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>Annalist::AnnotatedDocument</name>
        <message>
            <source>tagged by you</source>
            <translation>von Ihnen markiert</translation>
        </message>
        <message>
            <source>from your lexicon</source>
            <translation>aus Ihrem Lexikon</translation>
        </message>
        <message>
            <source>Its position lies outside the text.</source>
            <translation>Ihre Position liegt außerhalb des Textes.</translation>
        </message>
        <message>
            <source>It overlaps another of your annotations.</source>
            <translation>Sie überschneidet sich mit einer anderen Ihrer Annotationen.</translation>
        </message>
        <message>
            <source>The automatic event it changed is no longer found.</source>
            <translation>Das automatisch erkannte Ereignis, das sie geändert hat, wird nicht mehr gefunden.</translation>
        </message>
        <message>
            <source>Tag “%1” as %2</source>
            <translation>„%1“ als %2 markieren</translation>
        </message>
        <message>
            <source>Retype “%1” as %2</source>
            <translation>Typ von „%1“ in %2 ändern</translation>
        </message>
        <message>
            <source>Reject “%1”</source>
            <translation>„%1“ ablehnen</translation>
        </message>
        <message>
            <source>Restore “%1”</source>
            <translation>„%1“ wiederherstellen</translation>
        </message>
        <message>
            <source>Remove the note on “%1”</source>
            <translation>Notiz zu „%1“ entfernen</translation>
        </message>
        <message>
            <source>Remove the tag on “%1”</source>
            <translation>Markierung von „%1“ entfernen</translation>
        </message>
        <message>
            <source>Widen “%1”</source>
            <translation>„%1“ erweitern</translation>
        </message>
        <message>
            <source>Narrow “%1”</source>
            <translation>„%1“ verkleinern</translation>
        </message>
        <message>
            <source>Clear the note on “%1”</source>
            <translation>Notiz zu „%1“ leeren</translation>
        </message>
        <message>
            <source>Note on “%1”</source>
            <translation>Notiz zu „%1“</translation>
        </message>
        <message numerus="yes">
            <source>Tag %n occurrence(s) of “%1” as %2</source>
            <translation>
                <numerusform>%n Vorkommen von „%1“ als %2 markieren</numerusform>
                <numerusform>%n Vorkommen von „%1“ als %2 markieren</numerusform>
            </translation>
        </message>
        <message>
            <source>Add the event “%1”</source>
            <translation>Ereignis „%1“ hinzufügen</translation>
        </message>
        <message>
            <source>Edit the event “%1”</source>
            <translation>Ereignis „%1“ bearbeiten</translation>
        </message>
        <message>
            <source>Clear the note on an event</source>
            <translation>Notiz zu einem Ereignis leeren</translation>
        </message>
        <message>
            <source>Note on an event</source>
            <translation>Notiz zu einem Ereignis</translation>
        </message>
        <message>
            <source>Confirm an event</source>
            <translation>Ereignis bestätigen</translation>
        </message>
        <message>
            <source>Unconfirm an event</source>
            <translation>Bestätigung eines Ereignisses aufheben</translation>
        </message>
        <message>
            <source>Hide an event</source>
            <translation>Ereignis ausblenden</translation>
        </message>
        <message>
            <source>Show an event</source>
            <translation>Ereignis einblenden</translation>
        </message>
        <message>
            <source>Remove the event “%1”</source>
            <translation>Ereignis „%1“ entfernen</translation>
        </message>
        <message>
            <source>Place “%1”</source>
            <translation>„%1“ platzieren</translation>
        </message>
        <message>
            <source>Discard “%1”</source>
            <translation>„%1“ verwerfen</translation>
        </message>
    </context>
    <context>
        <name>Annalist::AnnotationActions</name>
        <message>
            <source>&amp;Annotate</source>
            <translation>A&amp;nnotieren</translation>
        </message>
        <message>
            <source>&amp;Tag As</source>
            <extracomment>Submenu listing the entity types to tag the selection with</extracomment>
            <translation>&amp;Markieren als</translation>
        </message>
        <message>
            <source>&amp;Reject Entity</source>
            <translation>Entität &amp;ablehnen</translation>
        </message>
        <message>
            <source>Say that the highlighted words under the cursor are not an entity</source>
            <translation>Angeben, dass die hervorgehobenen Wörter unter dem Cursor keine Entität sind</translation>
        </message>
        <message>
            <source>Remove &amp;My Edit</source>
            <translation>&amp;Eigene Änderung entfernen</translation>
        </message>
        <message>
            <source>Forget your tag, retype, rejection or note here; the automatic result shows again</source>
            <translation>Ihre Markierung, Typänderung, Ablehnung oder Notiz hier verwerfen; das automatische Ergebnis erscheint wieder</translation>
        </message>
        <message>
            <source>&amp;Note…</source>
            <translation>&amp;Notiz …</translation>
        </message>
        <message>
            <source>&amp;Span</source>
            <extracomment>Submenu: change which words an entity covers</extracomment>
            <translation>&amp;Umfang</translation>
        </message>
        <message>
            <source>Widen at the Start</source>
            <translation>Am Anfang erweitern</translation>
        </message>
        <message>
            <source>Narrow at the Start</source>
            <translation>Am Anfang verkleinern</translation>
        </message>
        <message>
            <source>Widen at the End</source>
            <translation>Am Ende erweitern</translation>
        </message>
        <message>
            <source>Narrow at the End</source>
            <translation>Am Ende verkleinern</translation>
        </message>
        <message>
            <source>Tag &amp;All Occurrences</source>
            <translation>Alle &amp;Vorkommen markieren</translation>
        </message>
        <message>
            <source>Add to My &amp;Lexicon</source>
            <translation>Zum eigenen &amp;Lexikon hinzufügen</translation>
        </message>
        <message>
            <source>Tag these words with this type in every article you open</source>
            <translation>Diese Wörter in jedem geöffneten Artikel mit diesem Typ markieren</translation>
        </message>
        <message>
            <source>Add Timeline &amp;Event…</source>
            <translation>Ereignis in Zeitleiste &amp;hinzufügen …</translation>
        </message>
        <message>
            <source>&amp;Unplaced Annotations…</source>
            <translation>Nicht &amp;platzierte Annotationen …</translation>
        </message>
        <message>
            <source>&amp;Edit Date and Label…</source>
            <translation>Datum und Bezeichnung &amp;bearbeiten …</translation>
        </message>
        <message>
            <source>Note on “%1”:</source>
            <translation>Notiz zu „%1“:</translation>
        </message>
        <message>
            <source>&amp;Confirmed</source>
            <extracomment>Checkable: the person confirmed that the event is right</extracomment>
            <translation>Be&amp;stätigt</translation>
        </message>
        <message>
            <source>&amp;Hide</source>
            <extracomment>Hide an automatically found timeline event</extracomment>
            <translation>&amp;Ausblenden</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Entfernen</translation>
        </message>
        <message>
            <source>&amp;Show Hidden Event</source>
            <translation>A&amp;usgeblendetes Ereignis anzeigen</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <extracomment>A hidden timeline event: %1 its date value, %2 its label</extracomment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>The title and the line of date and place are not part of the article's text and cannot be tagged: select words of the text below them.</source>
            <translation>Der Titel und die Zeile mit Datum und Ort gehören nicht zum Text des Artikels und können nicht markiert werden: Wählen Sie Wörter im Text darunter aus.</translation>
        </message>
        <message>
            <source>Tagging “%1” replaced “%2” (%3) around it.</source>
            <extracomment>%1 the words just tagged, %2 the longer entity's words, %3 its type's name</extracomment>
            <translation>Das Markieren von „%1“ hat „%2“ (%3), worin es steht, ersetzt.</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message numerus="yes">
            <source>“%1” occurs %n more time(s) (with its aliases). Tag them all as %2?</source>
            <extracomment>%1 the tagged words, %2 the entity type's name</extracomment>
            <translation>
                <numerusform>„%1“ kommt noch %n weiteres Mal vor (mit seinen Aliasnamen). Alle als %2 markieren?</numerusform>
                <numerusform>„%1“ kommt noch %n weitere Male vor (mit seinen Aliasnamen). Alle als %2 markieren?</numerusform>
            </translation>
        </message>
        <message>
            <source>Tag All</source>
            <translation>Alle markieren</translation>
        </message>
        <message numerus="yes">
            <source>%n occurrence(s) inside longer names will be left as they are.</source>
            <translation>
                <numerusform>%n Vorkommen innerhalb eines längeren Namens bleibt, wie es ist.</numerusform>
                <numerusform>%n Vorkommen innerhalb längerer Namen bleiben, wie sie sind.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Tagged %n more occurrence(s)</source>
            <translation>
                <numerusform>%n weiteres Vorkommen markiert</numerusform>
                <numerusform>%n weitere Vorkommen markiert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n inside longer names left as they are</source>
            <extracomment>After Tag All: occurrences that lie inside a longer entity were not tagged, so as not to split it</extracomment>
            <translation>
                <numerusform>%n innerhalb eines längeren Namens unverändert gelassen</numerusform>
                <numerusform>%n innerhalb längerer Namen unverändert gelassen</numerusform>
            </translation>
        </message>
        <message>
            <source>Lexicon not saved</source>
            <translation>Lexikon nicht gespeichert</translation>
        </message>
        <message>
            <source>Added to your lexicon</source>
            <translation>Zu Ihrem Lexikon hinzugefügt</translation>
        </message>
        <message>
            <source>Edit Timeline Event</source>
            <translation>Ereignis der Zeitleiste bearbeiten</translation>
        </message>
        <message>
            <source>Select the words that date the event first</source>
            <translation>Wählen Sie zuerst die Wörter aus, die das Ereignis datieren</translation>
        </message>
        <message>
            <source>Add Timeline Event</source>
            <translation>Ereignis zur Zeitleiste hinzufügen</translation>
        </message>
    </context>
    <context>
        <name>Annalist::AnnotationSession</name>
        <message>
            <source>This article is not a file; annotations are not saved.</source>
            <translation>Dieser Artikel ist keine Datei; Annotationen werden nicht gespeichert.</translation>
        </message>
        <message numerus="yes">
            <source>%n annotation(s) could not be placed in the article's current text; they are listed as orphans for you to place or discard.</source>
            <translation>
                <numerusform>%n Annotation konnte im aktuellen Text des Artikels nicht platziert werden; sie ist als verwaist aufgeführt, damit Sie sie platzieren oder verwerfen können.</numerusform>
                <numerusform>%n Annotationen konnten im aktuellen Text des Artikels nicht platziert werden; sie sind als verwaist aufgeführt, damit Sie sie platzieren oder verwerfen können.</numerusform>
            </translation>
        </message>
        <message>
            <source>Unsaved changes.</source>
            <translation>Ungespeicherte Änderungen.</translation>
        </message>
        <message>
            <source>Saved to %1.</source>
            <translation>Gespeichert in %1.</translation>
        </message>
        <message>
            <source>The old annotation file %1 could not be copied aside, so it is kept as it is.</source>
            <translation>Die alte Annotationsdatei %1 konnte nicht beiseitekopiert werden und bleibt daher unverändert.</translation>
        </message>
    </context>
    <context>
        <name>Annalist::ArticleView</name>
        <message>
            <source>Article</source>
            <translation>Artikel</translation>
        </message>
        <message>
            <source>Stands for %1</source>
            <translation>Steht für %1</translation>
        </message>
        <message>
            <source>Found automatically: %1</source>
            <translation>Automatisch gefunden: %1</translation>
        </message>
        <message>
            <source>Tagged by you</source>
            <translation>Von Ihnen markiert</translation>
        </message>
        <message>
            <source>From your lexicon</source>
            <translation>Aus Ihrem Lexikon</translation>
        </message>
        <message>
            <source>Named so in the article&apos;s text</source>
            <translation>So im Text des Artikels genannt</translation>
        </message>
    </context>
    <context>
        <name>Annalist::DocumentTab</name>
        <message>
            <source>Opening %1…</source>
            <translation>%1 wird geöffnet …</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Dismiss this message</source>
            <translation>Diese Meldung schließen</translation>
        </message>
        <message>
            <source>%1 was changed on disk. Reload it to see the new text; your annotations move with it, and any that no longer fit are listed as orphans.</source>
            <translation>%1 wurde auf der Festplatte geändert. Laden Sie den Artikel neu, um den neuen Text zu sehen; Ihre Annotationen wandern mit, und was nicht mehr passt, wird als verwaist aufgeführt.</translation>
        </message>
        <message>
            <source>Keep the text on screen, or try to reload it.</source>
            <translation>Behalten Sie den angezeigten Text, oder versuchen Sie, ihn neu zu laden.</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation>&amp;Neu laden</translation>
        </message>
        <message>
            <source>&amp;Keep This Text</source>
            <translation>Diesen Text &amp;behalten</translation>
        </message>
        <message>
            <source>%1 was deleted or moved. The text stays open here and your annotations are kept in %2.</source>
            <translation>%1 wurde gelöscht oder verschoben. Der Text bleibt hier geöffnet, und Ihre Annotationen bleiben in %2 erhalten.</translation>
        </message>
        <message>
            <source>the annotations file</source>
            <translation>der Annotationsdatei</translation>
        </message>
        <message>
            <source>&amp;Close Article</source>
            <translation>Artikel &amp;schließen</translation>
        </message>
        <message>
            <source>Keep &amp;Open</source>
            <translation>&amp;Geöffnet lassen</translation>
        </message>
        <message>
            <source>Show &amp;Unplaced Annotations</source>
            <translation>&amp;Nicht platzierte Annotationen zeigen</translation>
        </message>
    </context>
    <context>
        <name>Annalist::EntityModel</name>
        <message>
            <source>%1 (%2)</source>
            <extracomment>An entity row: the name and how often the article mentions it</extracomment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Also written: %1</source>
            <translation>Auch geschrieben: %1</translation>
        </message>
        <message>
            <source>%1: %2, %3</source>
            <extracomment>Read out for a type row: %1 the type's name, %2 "5 distinct names", %3 "12 mentions"</extracomment>
            <translation>%1: %2, %3</translation>
        </message>
        <message numerus="yes">
            <source>%n distinct name(s)</source>
            <translation>
                <numerusform>%n eigener Name</numerusform>
                <numerusform>%n verschiedene Namen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n mention(s)</source>
            <translation>
                <numerusform>%n Erwähnung</numerusform>
                <numerusform>%n Erwähnungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1, %2, %n mention(s)</source>
            <extracomment>Read out for an entity row: %1 its name, %2 its type; mentions in the article</extracomment>
            <translation>
                <numerusform>%1, %2, %n Erwähnung</numerusform>
                <numerusform>%1, %2, %n Erwähnungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n name(s))</source>
            <extracomment>A type row of the entity list: the type's name and how many distinct names it has</extracomment>
            <translation>
                <numerusform>%1 (%n Name)</numerusform>
                <numerusform>%1 (%n Namen)</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, %2</source>
            <extracomment>Tooltip of a type row: %1 "5 distinct names", %2 "12 mentions"</extracomment>
            <translation>%1, %2</translation>
        </message>
    </context>
    <context>
        <name>Annalist::EntityPanel</name>
        <message>
            <source>Entities</source>
            <translation>Entitäten</translation>
        </message>
        <message>
            <source>People, organisations, places, documents, events and dates by type; Enter shows the next mention</source>
            <translation>Personen, Organisationen, Orte, Dokumente, Ereignisse und Daten nach Typ; die Eingabetaste zeigt die nächste Erwähnung</translation>
        </message>
    </context>
    <context>
        <name>Annalist::EventDialog</name>
        <message>
            <source>1999, 1999-09 or 1999-09-14</source>
            <translation>1999, 1999-09 oder 1999-09-14</translation>
        </message>
        <message>
            <source>optional, for a period</source>
            <translation>optional, für einen Zeitraum</translation>
        </message>
        <message>
            <source>what happened, in a few words</source>
            <translation>was geschah, in wenigen Worten</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Datum:</translation>
        </message>
        <message>
            <source>&amp;Until:</source>
            <translation>&amp;Bis:</translation>
        </message>
        <message>
            <source>&amp;Label:</source>
            <translation>Be&amp;zeichnung:</translation>
        </message>
    </context>
    <context>
        <name>Annalist::ExportDialog</name>
        <message>
            <source>Export</source>
            <translation>Exportieren</translation>
        </message>
        <message>
            <source>This article</source>
            <translation>Dieser Artikel</translation>
        </message>
        <message numerus="yes">
            <source>All open articles (%n)</source>
            <translation>
                <numerusform>Alle geöffneten Artikel (%n)</numerusform>
                <numerusform>Alle geöffneten Artikel (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Durchsuchen …</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>&amp;Format:</translation>
        </message>
        <message>
            <source>&amp;Scope:</source>
            <translation>&amp;Umfang:</translation>
        </message>
        <message>
            <source>&amp;Destination:</source>
            <translation>&amp;Ziel:</translation>
        </message>
        <message>
            <source>Preview:</source>
            <translation>Vorschau:</translation>
        </message>
        <message>
            <source>… (preview cut; the file holds everything)</source>
            <translation>… (Vorschau gekürzt; die Datei enthält alles)</translation>
        </message>
        <message>
            <source>Export into folder</source>
            <translation>In Ordner exportieren</translation>
        </message>
        <message>
            <source>Export to</source>
            <translation>Exportieren nach</translation>
        </message>
        <message>
            <source>There is nothing to export.</source>
            <translation>Es gibt nichts zu exportieren.</translation>
        </message>
        <message>
            <source>Choose where to write the export.</source>
            <translation>Wählen Sie, wohin exportiert werden soll.</translation>
        </message>
        <message>
            <source>Written: %1</source>
            <translation>Geschrieben: %1</translation>
        </message>
        <message>
            <source>Open Folder</source>
            <translation>Ordner öffnen</translation>
        </message>
        <message>
            <source>Show %1 in the file manager</source>
            <translation>%1 im Dateimanager zeigen</translation>
        </message>
        <message>
            <source>Exported to %1</source>
            <translation>Exportiert nach %1</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n files to %1</source>
            <translation>
                <numerusform>%n Datei nach %1 exportiert</numerusform>
                <numerusform>%n Dateien nach %1 exportiert</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Annalist::FindBar</name>
        <message>
            <source>Find in article</source>
            <translation>Im Artikel suchen</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;Suchen:</translation>
        </message>
        <message>
            <source>Search the article</source>
            <translation>Artikel durchsuchen</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <source>Previous match (Shift+F3)</source>
            <translation>Vorheriger Treffer (Umschalt+F3)</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Weiter</translation>
        </message>
        <message>
            <source>Next match (F3)</source>
            <translation>Nächster Treffer (F3)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Close the find bar (Esc)</source>
            <translation>Suchleiste schließen (Esc)</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>Nicht gefunden</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <extracomment>Find bar: the current match and the number of matches</extracomment>
            <translation>%1 von %2</translation>
        </message>
        <message>
            <source>Text to find</source>
            <translation>Zu suchender Text</translation>
        </message>
        <message>
            <source>Matches</source>
            <translation>Treffer</translation>
        </message>
    </context>
    <context>
        <name>Annalist::HelpBrowser</name>
        <message>
            <source>Annalist Handbook</source>
            <translation>Annalist-Handbuch</translation>
        </message>
        <message>
            <source>Handbook</source>
            <translation>Handbuch</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Zurück</translation>
        </message>
    </context>
    <context>
        <name>Annalist::LegendBar</name>
        <message>
            <source>%1 %2</source>
            <extracomment>A legend entry: the entity type's name and how often the article mentions it</extracomment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>shown</source>
            <extracomment>State of a type's highlighting in the article</extracomment>
            <translation>eingeblendet</translation>
        </message>
        <message>
            <source>hidden</source>
            <translation>ausgeblendet</translation>
        </message>
        <message>
            <source>%1: %2. Click to show or hide; select text and press %3 to tag it as %1.</source>
            <extracomment>%1 the type's name, %2 "shown" or "hidden", %3 its tagging key (1–9)</extracomment>
            <translation>%1: %2. Klicken zum Ein- oder Ausblenden; Text auswählen und %3 drücken, um ihn als %1 zu markieren.</translation>
        </message>
        <message>
            <source>%1: %2. Click to show or hide.</source>
            <translation>%1: %2. Klicken zum Ein- oder Ausblenden.</translation>
        </message>
        <message>
            <source>%1 highlighting</source>
            <translation>Hervorhebung: %1</translation>
        </message>
        <message numerus="yes">
            <source>%1 highlighting, %n mention(s)</source>
            <translation>
                <numerusform>Hervorhebung: %1, %n Erwähnung</numerusform>
                <numerusform>Hervorhebung: %1, %n Erwähnungen</numerusform>
            </translation>
        </message>
        <message>
            <source>%1; key %2 tags the selection as %3</source>
            <translation>%1; Taste %2 markiert die Auswahl als %3</translation>
        </message>
        <message>
            <source>Legend of entity types</source>
            <translation>Legende der Entitätstypen</translation>
        </message>
        <message numerus="yes">
            <source>%n mention(s) in this article</source>
            <translation>
                <numerusform>%n Erwähnung in diesem Artikel</numerusform>
                <numerusform>%n Erwähnungen in diesem Artikel</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Annalist::LexiconDialog</name>
        <message>
            <source>Lexicon</source>
            <translation>Lexikon</translation>
        </message>
        <message>
            <source>Names in your lexicon are tagged with their type in every article (exact case, whole words).</source>
            <translation>Namen in Ihrem Lexikon werden in jedem Artikel mit ihrem Typ markiert (genaue Groß-/Kleinschreibung, ganze Wörter).</translation>
        </message>
        <message>
            <source>Filter the lexicon</source>
            <translation>Lexikon filtern</translation>
        </message>
        <message>
            <source>Text or type</source>
            <translation>Text oder Typ</translation>
        </message>
        <message>
            <source>F&amp;ilter:</source>
            <translation>&amp;Filter:</translation>
        </message>
        <message>
            <source>Lexicon entries</source>
            <translation>Lexikoneinträge</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Text of the entry</source>
            <translation>Text des Eintrags</translation>
        </message>
        <message>
            <source>&amp;Text:</source>
            <translation>&amp;Text:</translation>
        </message>
        <message>
            <source>Type of the entry</source>
            <translation>Typ des Eintrags</translation>
        </message>
        <message>
            <source>T&amp;ype:</source>
            <translation>T&amp;yp:</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Hinzufügen</translation>
        </message>
        <message>
            <source>Add the entry</source>
            <translation>Eintrag hinzufügen</translation>
        </message>
        <message>
            <source>C&amp;hange</source>
            <translation>&amp;Ändern</translation>
        </message>
        <message>
            <source>Change the selected entry</source>
            <translation>Ausgewählten Eintrag ändern</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Entfernen</translation>
        </message>
        <message>
            <source>Remove the selected entry</source>
            <translation>Ausgewählten Eintrag entfernen</translation>
        </message>
        <message>
            <source>Nothing can be changed here until the file is repaired or removed.</source>
            <translation>Hier kann nichts geändert werden, bis die Datei repariert oder entfernt ist.</translation>
        </message>
        <message>
            <source>An entry needs a text and a type.</source>
            <translation>Ein Eintrag braucht einen Text und einen Typ.</translation>
        </message>
        <message>
            <source>“%1” is already in the lexicon as %2.</source>
            <translation>„%1“ steht bereits als %2 im Lexikon.</translation>
        </message>
        <message>
            <source>“%1” was already in the lexicon; it is now %2.</source>
            <translation>„%1“ stand bereits im Lexikon; es ist jetzt %2.</translation>
        </message>
        <message>
            <source>“%1” is already in the lexicon; remove one of the two first.</source>
            <translation>„%1“ steht bereits im Lexikon; entfernen Sie zuerst einen der beiden Einträge.</translation>
        </message>
    </context>
    <context>
        <name>Annalist::MainWindow</name>
        <message>
            <source>Annalist</source>
            <translation>Annalist</translation>
        </message>
        <message>
            <source>Open articles</source>
            <translation>Geöffnete Artikel</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Zeitleiste</translation>
        </message>
        <message>
            <source>Entities</source>
            <translation>Entitäten</translation>
        </message>
        <message>
            <source>Occurrence %1 of %2</source>
            <translation>Vorkommen %1 von %2</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Öffnen …</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Zuletzt &amp;geöffnet</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Schließen</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopieren</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Suchen …</translation>
        </message>
        <message>
            <source>Find &amp;Next</source>
            <translation>&amp;Nächstes suchen</translation>
        </message>
        <message>
            <source>Find Pre&amp;vious</source>
            <translation>&amp;Vorheriges suchen</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>Ver&amp;größern</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>Ver&amp;kleinern</translation>
        </message>
        <message>
            <source>&amp;Actual Size</source>
            <translation>&amp;Originalgröße</translation>
        </message>
        <message>
            <source>&amp;Automatic (follow the system)</source>
            <translation>&amp;Automatisch (wie das System)</translation>
        </message>
        <message>
            <source>Show &amp;Timeline</source>
            <translation>&amp;Zeitleiste anzeigen</translation>
        </message>
        <message>
            <source>Show &amp;Entities</source>
            <translation>&amp;Entitäten anzeigen</translation>
        </message>
        <message>
            <source>Show &amp;Legend</source>
            <translation>&amp;Legende anzeigen</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;About Annalist</source>
            <translation>Über &amp;Annalist</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>Über &amp;Qt</translation>
        </message>
        <message>
            <source>Open Article</source>
            <translation>Artikel öffnen</translation>
        </message>
        <message>
            <source>Articles (*.txt *.text *.html *.htm *.xhtml *.md *.markdown);;All files (*)</source>
            <translation>Artikel (*.txt *.text *.html *.htm *.xhtml *.md *.markdown);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Cannot open article</source>
            <translation>Artikel kann nicht geöffnet werden</translation>
        </message>
        <message>
            <source>Open an article with File → Open (Ctrl+O), or drop one here.</source>
            <extracomment>Use the translated names of the File menu and its Open action</extracomment>
            <translation>Öffnen Sie einen Artikel mit Datei → Öffnen (Strg+O) oder ziehen Sie ihn hierher.</translation>
        </message>
        <message>
            <source>Published %1</source>
            <extracomment>Status bar: %1 the article's publication date</extracomment>
            <translation>Veröffentlicht am %1</translation>
        </message>
        <message>
            <source>No publication date</source>
            <translation>Kein Veröffentlichungsdatum</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Wird gelesen …</translation>
        </message>
        <message numerus="yes">
            <source>%n entities</source>
            <translation>
                <numerusform>%n Entität</numerusform>
                <numerusform>%n Entitäten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n events</source>
            <translation>
                <numerusform>%n Ereignis</numerusform>
                <numerusform>%n Ereignisse</numerusform>
            </translation>
        </message>
        <message>
            <source>the article took too long to read</source>
            <translation>das Lesen des Artikels hat zu lange gedauert</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>About Annalist</source>
            <translation>Über Annalist</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Annalist %1&lt;/h3&gt;&lt;p&gt;Reads news articles with their people, places, organisations, documents, events and dates highlighted, and a timeline of what happened when.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on %3) and KSyntaxHighlighting %4.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Annalist %1&lt;/h3&gt;&lt;p&gt;Liest Nachrichtenartikel, hebt darin Personen, Orte, Organisationen, Dokumente, Ereignisse und Daten hervor und zeigt auf einer Zeitleiste, was wann geschah.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2 (ausgeführt mit %3) und KSyntaxHighlighting %4.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exportieren …</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Wiederherstellen</translation>
        </message>
        <message>
            <source>T&amp;heme</source>
            <extracomment>The colour theme submenu; its accelerator must differ from "Show &amp;Timeline"</extracomment>
            <translation>&amp;Farbschema</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Einstellungen</translation>
        </message>
        <message>
            <source>&amp;Configure Annalist…</source>
            <translation>Annalist &amp;einrichten …</translation>
        </message>
        <message>
            <source>&amp;Lexicon…</source>
            <translation>&amp;Lexikon …</translation>
        </message>
        <message>
            <source>Annotations not saved</source>
            <translation>Annotationen nicht gespeichert</translation>
        </message>
        <message>
            <source>Wait until the article has been read</source>
            <translation>Warten Sie, bis der Artikel gelesen wurde</translation>
        </message>
        <message>
            <source>Read the article again from disk; your annotations move with the text</source>
            <translation>Den Artikel erneut von der Festplatte lesen; Ihre Annotationen wandern mit dem Text</translation>
        </message>
        <message>
            <source>Annalist &amp;Handbook</source>
            <translation>Annalist-&amp;Handbuch</translation>
        </message>
        <message>
            <source>&amp;Try Again</source>
            <translation>&amp;Erneut versuchen</translation>
        </message>
        <message>
            <source>Reloa&amp;d</source>
            <translation>Neu la&amp;den</translation>
        </message>
        <message>
            <source>Reload the article anyway and lose the unsaved annotations?</source>
            <translation>Den Artikel trotzdem neu laden und die nicht gespeicherten Annotationen verlieren?</translation>
        </message>
        <message>
            <source>Close the article anyway and lose the unsaved annotations?</source>
            <translation>Den Artikel trotzdem schließen und die nicht gespeicherten Annotationen verlieren?</translation>
        </message>
        <message>
            <source>&lt;p&gt;The learned name recognizer was trained on GUM (Georgetown University Multilayer corpus; CC BY 4.0, texts CC BY 4.0, CC BY-SA 3.0 and CC BY 2.5), the Universal NER English Web Treebank (CC BY-SA 4.0) and WikiGold (CC BY 4.0). Its weights are shared under CC BY-SA 4.0.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Die gelernte Namenserkennung wurde mit GUM (Georgetown University Multilayer Corpus; CC BY 4.0, Texte CC BY 4.0, CC BY-SA 3.0 und CC BY 2.5), der Universal-NER-Fassung der English Web Treebank (CC BY-SA 4.0) und WikiGold (CC BY 4.0) trainiert. Ihre Gewichte stehen unter CC BY-SA 4.0.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Its English lexicon is made from WordNet 3.0 (WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.) and the SCOWL word list (Copyright 2000-2011 by Kevin Atkinson), under their permissive licences.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Ihr englisches Lexikon ist aus WordNet 3.0 (WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.) und der Wortliste SCOWL (Copyright 2000-2011 by Kevin Atkinson) gemacht, unter deren freizügigen Lizenzen.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Its list of the world's towns is GeoNames' (geonames.org; CC BY 4.0).&lt;/p&gt;</source>
            <translation>&lt;p&gt;Ihre Liste der Städte der Welt stammt von GeoNames (geonames.org; CC BY 4.0).&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;The part-of-speech tagger and the parser were trained on the Universal Dependencies English Web Treebank (Silveira et al. 2014; CC BY-SA 4.0). Their weights are shared under CC BY-SA 4.0.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Die Wortartenerkennung und der Parser wurden mit der Universal-Dependencies-Fassung der English Web Treebank (Silveira et al. 2014; CC BY-SA 4.0) trainiert. Ihre Gewichte stehen unter CC BY-SA 4.0.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>Annalist::NoteDialog</name>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
    </context>
    <context>
        <name>Annalist::OrphansDialog</name>
        <message>
            <source>Unplaced Annotations — %1</source>
            <extracomment>%1 the article's title or file name</extracomment>
            <translation>Nicht platzierte Annotationen — %1</translation>
        </message>
        <message>
            <source>Annotations that could not be placed</source>
            <translation>Annotationen, die nicht platziert werden konnten</translation>
        </message>
        <message>
            <source>&amp;Place on Selection</source>
            <translation>Auf Auswahl &amp;platzieren</translation>
        </message>
        <message>
            <source>Select the words in the article first</source>
            <translation>Wählen Sie zuerst die Wörter im Artikel aus</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>&amp;Verwerfen</translation>
        </message>
        <message>
            <source>“%1”: %2</source>
            <translation>„%1“: %2</translation>
        </message>
        <message>
            <source>Every saved annotation found its place in the text.</source>
            <translation>Jede gespeicherte Annotation hat ihren Platz im Text gefunden.</translation>
        </message>
        <message>
            <source>These saved annotations could not be shown where they were; each says why. Select words in the article and place one on them, or discard it.</source>
            <translation>Diese gespeicherten Annotationen konnten nicht an ihrer Stelle gezeigt werden; jede nennt den Grund. Markieren Sie Wörter im Artikel und setzen Sie eine darauf, oder verwerfen Sie sie.</translation>
        </message>
    </context>
    <context>
        <name>Annalist::SettingsDialog</name>
        <message>
            <source>Configure Annalist</source>
            <translation>Annalist einrichten</translation>
        </message>
        <message>
            <source>Settings pages</source>
            <translation>Einstellungsseiten</translation>
        </message>
        <message>
            <source>&amp;Appearance</source>
            <translation>&amp;Darstellung</translation>
        </message>
        <message>
            <source>Entity &amp;types</source>
            <translation>Entitäts&amp;typen</translation>
        </message>
        <message>
            <source>&amp;General</source>
            <translation>&amp;Allgemein</translation>
        </message>
        <message>
            <source>Sets every choice to its default; nothing is stored until OK or Apply. Your own entity types are kept, without their colours and keys.</source>
            <translation>Setzt jede Einstellung auf ihren Standardwert; gespeichert wird erst mit OK oder Anwenden. Ihre eigenen Entitätstypen bleiben erhalten, ohne ihre Farben und Tasten.</translation>
        </message>
        <message>
            <source>Colour theme</source>
            <translation>Farbschema</translation>
        </message>
        <message>
            <source>Automatic (follow the system)</source>
            <translation>Automatisch (wie das System)</translation>
        </message>
        <message>
            <source>Colour t&amp;heme:</source>
            <translation>&amp;Farbschema:</translation>
        </message>
        <message>
            <source>Use the &amp;default font</source>
            <translation>&amp;Standardschrift verwenden</translation>
        </message>
        <message>
            <source>Use the default reading font</source>
            <translation>Standardschrift zum Lesen verwenden</translation>
        </message>
        <message>
            <source>Reading font:</source>
            <translation>Leseschrift:</translation>
        </message>
        <message>
            <source>Reading font family</source>
            <translation>Schriftart zum Lesen</translation>
        </message>
        <message>
            <source>Font &amp;family:</source>
            <translation>Schrift&amp;art:</translation>
        </message>
        <message>
            <source>Reading font size in points</source>
            <translation>Schriftgröße zum Lesen in Punkt</translation>
        </message>
        <message>
            <source>Default</source>
            <translation>Standard</translation>
        </message>
        <message>
            <source> pt</source>
            <translation> pt</translation>
        </message>
        <message>
            <source>Font si&amp;ze:</source>
            <translation>Schrift&amp;größe:</translation>
        </message>
        <message>
            <source>Interface language</source>
            <translation>Sprache der Oberfläche</translation>
        </message>
        <message>
            <source>System default</source>
            <translation>Systemstandard</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Sprache:</translation>
        </message>
        <message>
            <source>A new language is used the next time Annalist starts.</source>
            <translation>Eine neue Sprache wird beim nächsten Start von Annalist verwendet.</translation>
        </message>
        <message>
            <source>Autosave delay in seconds</source>
            <translation>Verzögerung der automatischen Speicherung in Sekunden</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>How long after your last edit your tags and notes are saved.</source>
            <translation>Wie lange nach Ihrer letzten Änderung Ihre Markierungen und Notizen gespeichert werden.</translation>
        </message>
        <message>
            <source>Save edits a&amp;fter:</source>
            <translation>Änderungen speichern &amp;nach:</translation>
        </message>
        <message>
            <source>Sidecar files (your tags, notes and timeline edits)</source>
            <translation>Begleitdateien (Ihre Markierungen, Notizen und Änderungen an der Zeitleiste)</translation>
        </message>
        <message>
            <source>Where sidecar files are kept</source>
            <translation>Wo Begleitdateien abgelegt werden</translation>
        </message>
        <message>
            <source>&amp;Beside the article, or in my data folder when the article's folder is read-only</source>
            <translation>Ne&amp;ben dem Artikel oder in meinem Datenordner, wenn der Ordner des Artikels schreibgeschützt ist</translation>
        </message>
        <message>
            <source>Always in my &amp;data folder</source>
            <translation>Immer in meinem &amp;Datenordner</translation>
        </message>
        <message>
            <source>Press a type's key in the article to tag the selection with it. Double-click (or press F2 on) one of your own types to rename it.</source>
            <translation>Drücken Sie im Artikel die Taste eines Typs, um die Auswahl damit zu markieren. Doppelklicken Sie auf einen Ihrer eigenen Typen (oder drücken Sie darauf F2), um ihn umzubenennen.</translation>
        </message>
        <message>
            <source>Entity types</source>
            <translation>Entitätstypen</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Farbe</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Taste</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Key of the selected type</source>
            <translation>Taste des ausgewählten Typs</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Keine</translation>
        </message>
        <message>
            <source>&amp;Key:</source>
            <translation>Ta&amp;ste:</translation>
        </message>
        <message>
            <source>&amp;Colour…</source>
            <translation>&amp;Farbe …</translation>
        </message>
        <message>
            <source>Choose the colour of the selected type</source>
            <translation>Farbe des ausgewählten Typs wählen</translation>
        </message>
        <message>
            <source>T&amp;heme Colour</source>
            <translation>Farbe des Sc&amp;hemas</translation>
        </message>
        <message>
            <source>Use the theme's colour for the selected type</source>
            <translation>Für den ausgewählten Typ die Farbe des Farbschemas verwenden</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Entfernen</translation>
        </message>
        <message>
            <source>Remove the selected type</source>
            <translation>Ausgewählten Typ entfernen</translation>
        </message>
        <message>
            <source>Name of a new entity type</source>
            <translation>Name eines neuen Entitätstyps</translation>
        </message>
        <message>
            <source>for example MINISTER</source>
            <translation>zum Beispiel MINISTER</translation>
        </message>
        <message>
            <source>&amp;New type:</source>
            <translation>&amp;Neuer Typ:</translation>
        </message>
        <message>
            <source>A&amp;dd</source>
            <translation>Hin&amp;zufügen</translation>
        </message>
        <message>
            <source>Add the new entity type</source>
            <translation>Neuen Entitätstyp hinzufügen</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Schema</translation>
        </message>
        <message>
            <source>Built-in</source>
            <translation>Eingebaut</translation>
        </message>
        <message>
            <source>Yours</source>
            <translation>Eigener</translation>
        </message>
        <message>
            <source>A type needs a name of at most 40 characters.</source>
            <translation>Ein Typ braucht einen Namen mit höchstens 40 Zeichen.</translation>
        </message>
        <message>
            <source>There is already a type called %1.</source>
            <translation>Es gibt bereits einen Typ namens %1.</translation>
        </message>
        <message>
            <source>Tags already made as %1 keep that name.</source>
            <translation>Bereits als %1 gesetzte Markierungen behalten diesen Namen.</translation>
        </message>
        <message>
            <source>Every key is taken; give %1 one by taking it from another type.</source>
            <translation>Alle Tasten sind vergeben; geben Sie %1 eine, indem Sie sie einem anderen Typ wegnehmen.</translation>
        </message>
        <message>
            <source>Colour of %1</source>
            <translation>Farbe von %1</translation>
        </message>
        <message>
            <source>Key %1 was %2's; %2 has no key now.</source>
            <translation>Taste %1 gehörte zu %2; %2 hat jetzt keine Taste.</translation>
        </message>
        <message>
            <source>Apply the theme to the &amp;whole window</source>
            <translation>Das Farbschema auf das &amp;ganze Fenster anwenden</translation>
        </message>
        <message>
            <source>When the theme is dark and the desktop light (or the reverse), the menus, panels and dialogs take the theme's colours too.</source>
            <translation>Ist das Farbschema dunkel und die Arbeitsfläche hell (oder umgekehrt), nehmen auch Menüs, Leisten und Dialoge die Farben des Schemas an.</translation>
        </message>
    </context>
    <context>
        <name>Annalist::TimelineDelegate</name>
        <message>
            <source>Year unknown</source>
            <translation>Jahr unbekannt</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <extracomment>An entity in an event's tooltip: %1 its name, %2 its type's name</extracomment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Involved: %1</source>
            <extracomment>Tooltip of a timeline event: the entities it involves</extracomment>
            <translation>Beteiligt: %1</translation>
        </message>
    </context>
    <context>
        <name>Annalist::TimelineModel</name>
        <message>
            <source>%1: %2</source>
            <extracomment>An event read out or shown as text: %1 is its date, %2 its label</extracomment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1st</source>
            <extracomment>Ordinal numbers (21st century); languages with a single form translate all four patterns alike</extracomment>
            <translation>%1.</translation>
        </message>
        <message>
            <source>%1nd</source>
            <extracomment>Ordinal numbers (22nd century)</extracomment>
            <translation>%1.</translation>
        </message>
        <message>
            <source>%1rd</source>
            <extracomment>Ordinal numbers (23rd century)</extracomment>
            <translation>%1.</translation>
        </message>
        <message>
            <source>%1th</source>
            <extracomment>Ordinal numbers (20th century)</extracomment>
            <translation>%1.</translation>
        </message>
        <message>
            <source>now</source>
            <translation>jetzt</translation>
        </message>
        <message>
            <source>in the past</source>
            <translation>in der Vergangenheit</translation>
        </message>
        <message>
            <source>in the future</source>
            <translation>in der Zukunft</translation>
        </message>
        <message>
            <source>d MMM yyyy</source>
            <extracomment>QDate::toString() pattern for an event on a known day; MMM is the short month name</extracomment>
            <translation>d. MMM yyyy</translation>
        </message>
        <message>
            <source>d MMM</source>
            <extracomment>QDate::toString() pattern for a day and month whose year is unknown</extracomment>
            <translation>d. MMM</translation>
        </message>
        <message>
            <source>MMM yyyy</source>
            <extracomment>QDate::toString() pattern for an event in a known month; MMM is the short month name</extracomment>
            <translation>MMM yyyy</translation>
        </message>
        <message>
            <source>the %1s</source>
            <extracomment>A decade; %1 is its first year (1990)</extracomment>
            <translation>die %1er</translation>
        </message>
        <message>
            <source>the %1 century</source>
            <extracomment>A century; %1 is its ordinal number ("20th", from the ordinal patterns)</extracomment>
            <translation>das %1 Jahrhundert</translation>
        </message>
        <message>
            <source>Q%1 %2</source>
            <extracomment>A quarter of a year: %1 is 1–4, %2 the year</extracomment>
            <translation>Q%1 %2</translation>
        </message>
        <message>
            <source>Q%1</source>
            <extracomment>A quarter of a year whose year is unknown: %1 is 1–4</extracomment>
            <translation>Q%1</translation>
        </message>
        <message>
            <source>weekend %1–%2</source>
            <extracomment>The weekend of a week: %1 its Saturday, %2 its Sunday (from the two patterns below)</extracomment>
            <translation>Wochenende %1–%2</translation>
        </message>
        <message>
            <source>d MMM</source>
            <comment>a weekend&apos;s Saturday</comment>
            <translation>d. MMM</translation>
        </message>
        <message>
            <source>d MMM yyyy</source>
            <comment>a weekend&apos;s Sunday</comment>
            <translation>d. MMM yyyy</translation>
        </message>
        <message>
            <source>week %1 of %2</source>
            <extracomment>A calendar week: %1 is 1–53, %2 the year</extracomment>
            <translation>KW %1/%2</translation>
        </message>
        <message>
            <source>week %1</source>
            <extracomment>A calendar week whose year is unknown: %1 is 1–53</extracomment>
            <translation>KW %1</translation>
        </message>
        <message>
            <source>spring</source>
            <translation>Frühling</translation>
        </message>
        <message>
            <source>summer</source>
            <translation>Sommer</translation>
        </message>
        <message>
            <source>autumn</source>
            <translation>Herbst</translation>
        </message>
        <message>
            <source>winter</source>
            <translation>Winter</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>season and year</comment>
            <extracomment>A season of a year: %1 is the season's name (spring, …), %2 the year (1999, or 1999/2000 for a winter)</extracomment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>H%1 %2</source>
            <extracomment>A half of a year: %1 is 1 or 2, %2 the year</extracomment>
            <translation>%1. Halbjahr %2</translation>
        </message>
        <message>
            <source>H%1</source>
            <extracomment>A half of a year whose year is unknown: %1 is 1 or 2</extracomment>
            <translation>%1. Halbjahr</translation>
        </message>
    </context>
    <context>
        <name>Annalist::TimelinePanel</name>
        <message>
            <source>Timeline events</source>
            <translation>Ereignisse der Zeitleiste</translation>
        </message>
        <message>
            <source>Reading the article…</source>
            <translation>Der Artikel wird gelesen …</translation>
        </message>
        <message>
            <source>Open an article to see the dated events it reports.</source>
            <translation>Öffnen Sie einen Artikel, um die datierten Ereignisse zu sehen, über die er berichtet.</translation>
        </message>
        <message>
            <source>This article reports no dated events.</source>
            <translation>Dieser Artikel berichtet über keine datierten Ereignisse.</translation>
        </message>
        <message>
            <source>Dated events in the article; Enter shows an event in the text</source>
            <translation>Datierte Ereignisse im Artikel; die Eingabetaste zeigt ein Ereignis im Text</translation>
        </message>
    </context>
    <context>
        <name>BoundedFile</name>
        <message numerus="yes">
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n Byte</numerusform>
                <numerusform>%n Bytes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EffectiveLayer</name>
        <message numerus="yes">
            <source>%n annotation(s) could not be placed in the changed text and are left out.</source>
            <translation>
                <numerusform>%n Annotation konnte im geänderten Text nicht platziert werden und wird weggelassen.</numerusform>
                <numerusform>%n Annotationen konnten im geänderten Text nicht platziert werden und werden weggelassen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n annotation(s) overlap another of your annotations and are left out.</source>
            <translation>
                <numerusform>%n Annotation überschneidet sich mit einer anderen Ihrer Annotationen und wird weggelassen.</numerusform>
                <numerusform>%n Annotationen überschneiden sich mit anderen Ihrer Annotationen und werden weggelassen.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EntityTypeSet</name>
        <message>
            <source>The entity types in %1 cannot be read; the defaults are used and the file is left as it is.</source>
            <translation>Die Entitätstypen in %1 können nicht gelesen werden; die Standardtypen werden verwendet und die Datei bleibt unverändert.</translation>
        </message>
        <message>
            <source>The entity types in %1 were saved by a newer Annalist; they are used but not changed.</source>
            <translation>Die Entitätstypen in %1 wurden von einer neueren Version von Annalist gespeichert; sie werden verwendet, aber nicht geändert.</translation>
        </message>
        <message>
            <source>The entity types in %1 could not be read before, so they are not overwritten.</source>
            <translation>Die Entitätstypen in %1 konnten zuvor nicht gelesen werden und werden daher nicht überschrieben.</translation>
        </message>
        <message>
            <source>The entity types cannot be saved to %1: %2</source>
            <translation>Die Entitätstypen können nicht in %1 gespeichert werden: %2</translation>
        </message>
        <message>
            <source>The entity types in %1 are larger than the %2 limit (%3); the defaults are used and the file is left as it is.</source>
            <translation>Die Entitätstypen in %1 überschreiten die Grenze von %2 (%3); es werden die Standardtypen verwendet und die Datei bleibt unverändert.</translation>
        </message>
    </context>
    <context>
        <name>EntityTypes</name>
        <message>
            <source>Person</source>
            <extracomment>Entity type: a named person</extracomment>
            <translation>Person</translation>
        </message>
        <message>
            <source>Organization</source>
            <extracomment>Entity type: a named organisation (company, ministry, party)</extracomment>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Place</source>
            <extracomment>Entity type: a named place (country, city, region)</extracomment>
            <translation>Ort</translation>
        </message>
        <message>
            <source>Date</source>
            <extracomment>Entity type: a date or time expression in the text</extracomment>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Document</source>
            <extracomment>Entity type: a named document (treaty, act, report, declaration)</extracomment>
            <translation>Dokument</translation>
        </message>
        <message>
            <source>Event</source>
            <extracomment>Entity type: a named event (summit, war, election)</extracomment>
            <translation>Ereignis</translation>
        </message>
    </context>
    <context>
        <name>ExportWriter</name>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
        </message>
    </context>
    <context>
        <name>Exporter</name>
        <message>
            <source>picture: left out “%1” (%2): it has no year</source>
            <translation>Bild: „%1“ (%2) weggelassen: es hat kein Jahr</translation>
        </message>
        <message numerus="yes">
            <source>picture: only the first %1 events are drawn; %n more are left out</source>
            <translation>
                <numerusform>Bild: nur die ersten %1 Ereignisse werden gezeichnet; %n weiteres wird weggelassen</numerusform>
                <numerusform>Bild: nur die ersten %1 Ereignisse werden gezeichnet; %n weitere werden weggelassen</numerusform>
            </translation>
        </message>
        <message>
            <source>Annalist JSON (entities and timeline)</source>
            <translation>Annalist-JSON (Entitäten und Zeitleiste)</translation>
        </message>
        <message>
            <source>TimelineJS3 JSON</source>
            <translation>TimelineJS3-JSON</translation>
        </message>
        <message>
            <source>timelinejs: left out “%1” (%2): TimelineJS needs a year</source>
            <translation>timelinejs: „%1“ (%2) weggelassen: TimelineJS braucht ein Jahr</translation>
        </message>
        <message>
            <source>CSV (RFC 4180), one row per event</source>
            <translation>CSV (RFC 4180), eine Zeile pro Ereignis</translation>
        </message>
        <message>
            <source>Markdown, events grouped by year</source>
            <translation>Markdown, Ereignisse nach Jahr gruppiert</translation>
        </message>
        <message>
            <source>HTML page (timeline and annotated article)</source>
            <translation>HTML-Seite (Zeitleiste und annotierter Artikel)</translation>
        </message>
        <message numerus="yes">
            <source>html: %n overlapping entities of %1 are not marked in the text</source>
            <translation>
                <numerusform>html: %n überlappende Entität von %1 ist im Text nicht markiert</numerusform>
                <numerusform>html: %n überlappende Entitäten von %1 sind im Text nicht markiert</numerusform>
            </translation>
        </message>
        <message>
            <source>iCalendar (RFC 5545)</source>
            <translation>iCalendar (RFC 5545)</translation>
        </message>
        <message>
            <source>ics: left out “%1” (%2): a calendar needs a year</source>
            <translation>ics: „%1“ (%2) weggelassen: ein Kalender braucht ein Jahr</translation>
        </message>
        <message>
            <source>SVG picture of the timeline (1600×900)</source>
            <translation>SVG-Bild der Zeitleiste (1600×900)</translation>
        </message>
        <message>
            <source>PNG picture of the timeline (1600×900)</source>
            <translation>PNG-Bild der Zeitleiste (1600×900)</translation>
        </message>
        <message>
            <source>png: drawing needs a QGuiApplication</source>
            <translation>png: Zeichnen erfordert eine QGuiApplication</translation>
        </message>
        <message>
            <source>png: the timeline picture could not be drawn</source>
            <translation>png: das Bild der Zeitleiste konnte nicht gezeichnet werden</translation>
        </message>
        <message>
            <source>png: the picture could not be encoded</source>
            <translation>png: das Bild konnte nicht kodiert werden</translation>
        </message>
        <message>
            <source>brat standoff (.txt + .ann)</source>
            <translation>brat-Standoff (.txt + .ann)</translation>
        </message>
        <message>
            <source>W3C Web Annotation (JSON-LD)</source>
            <translation>W3C Web Annotation (JSON-LD)</translation>
        </message>
    </context>
    <context>
        <name>Lexicon</name>
        <message>
            <source>The lexicon %1 cannot be read: %2</source>
            <translation>Das Lexikon %1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>The lexicon %1 is damaged or not a lexicon; it was left as it is.</source>
            <translation>Das Lexikon %1 ist beschädigt oder kein Lexikon; es wurde unverändert gelassen.</translation>
        </message>
        <message>
            <source>The lexicon %1 was written by a newer Annalist; it is used but will not be changed.</source>
            <translation>Das Lexikon %1 wurde von einer neueren Version von Annalist geschrieben; es wird verwendet, aber nicht geändert.</translation>
        </message>
        <message>
            <source>The lexicon %1 could not be read before, so it is not overwritten.</source>
            <translation>Das Lexikon %1 konnte zuvor nicht gelesen werden und wird daher nicht überschrieben.</translation>
        </message>
        <message>
            <source>The lexicon %1 cannot be written: %2</source>
            <translation>Das Lexikon %1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>from your lexicon</source>
            <translation>aus Ihrem Lexikon</translation>
        </message>
        <message>
            <source>The lexicon %1 is larger than the %2 limit (%3); it is not used and was left as it is.</source>
            <translation>Das Lexikon %1 überschreitet die Grenze von %2 (%3); es wird nicht verwendet und bleibt unverändert.</translation>
        </message>
        <message>
            <source>not a regular file</source>
            <translation>keine gewöhnliche Datei</translation>
        </message>
    </context>
    <context>
        <name>OutputGuard</name>
        <message>
            <source>standard output</source>
            <translation>Standardausgabe</translation>
        </message>
        <message>
            <source>no space left on device</source>
            <translation>kein Platz mehr auf dem Gerät</translation>
        </message>
        <message>
            <source>Cannot write %1: %2.</source>
            <translation>%1 kann nicht geschrieben werden: %2.</translation>
        </message>
        <message>
            <source>No destination file was given.</source>
            <translation>Es wurde keine Zieldatei angegeben.</translation>
        </message>
        <message>
            <source>Refusing to write %1: annotations are saved to files only.</source>
            <translation>%1 wird nicht beschrieben: Anmerkungen werden nur in Dateien gespeichert.</translation>
        </message>
        <message>
            <source>Refusing to write over %1: it is an article or the annotations of one; choose another destination.</source>
            <translation>%1 wird nicht überschrieben: Es ist ein Artikel oder die Anmerkungen zu einem; wählen Sie ein anderes Ziel.</translation>
        </message>
        <message>
            <source>Refusing to write to %1: it is a symbolic link, and outputs are never written through links.</source>
            <translation>In %1 wird nicht geschrieben: Es ist ein symbolischer Link, und Ausgaben werden nie durch Links geschrieben.</translation>
        </message>
        <message>
            <source>Refusing to write to %1: it is a folder.</source>
            <translation>In %1 wird nicht geschrieben: Es ist ein Ordner.</translation>
        </message>
        <message>
            <source>Refusing to write to %1: it is a device or a pipe, not a regular file.</source>
            <translation>In %1 wird nicht geschrieben: Es ist ein Gerät oder eine Pipe, keine gewöhnliche Datei.</translation>
        </message>
        <message>
            <source>Refusing to write over %1: it is not a screenshot that Annalist made; choose another name.</source>
            <translation>%1 wird nicht überschrieben: Es ist kein Bildschirmfoto, das Annalist erstellt hat; wählen Sie einen anderen Namen.</translation>
        </message>
        <message>
            <source>Refusing to write several files to one stream (%1).</source>
            <translation>Mehrere Dateien werden nicht in einen einzigen Datenstrom geschrieben (%1).</translation>
        </message>
    </context>
    <context>
        <name>Sidecar</name>
        <message>
            <source>The annotations in %1 cannot be read (%2); the article opens without them and the file is left as it is.</source>
            <translation>Die Annotationen in %1 können nicht gelesen werden (%2); der Artikel wird ohne sie geöffnet und die Datei bleibt unverändert.</translation>
        </message>
        <message>
            <source>The annotation file %1 is empty; the article opens without annotations.</source>
            <translation>Die Annotationsdatei %1 ist leer; der Artikel wird ohne Annotationen geöffnet.</translation>
        </message>
        <message>
            <source>The annotation file %1 is damaged (%2 at byte %3); the article opens without annotations and the file is left as it is until you decide what to do with it.</source>
            <translation>Die Annotationsdatei %1 ist beschädigt (%2 bei Byte %3); der Artikel wird ohne Annotationen geöffnet und die Datei bleibt unverändert, bis Sie entscheiden, was damit geschehen soll.</translation>
        </message>
        <message>
            <source>The file %1 holds neither Annalist annotations nor W3C Web Annotations; the article opens without annotations and the file is left as it is.</source>
            <translation>Die Datei %1 enthält weder Annalist-Annotationen noch W3C Web Annotations; der Artikel wird ohne Annotationen geöffnet und die Datei bleibt unverändert.</translation>
        </message>
        <message>
            <source>The annotations in %1 were saved by a newer version of Annalist; they are shown read-only and the file is not changed.</source>
            <translation>Die Annotationen in %1 wurden von einer neueren Version von Annalist gespeichert; sie werden schreibgeschützt angezeigt und die Datei wird nicht geändert.</translation>
        </message>
        <message numerus="yes">
            <source>%n annotation(s) in %1 could not be understood; they are kept in the file unchanged.</source>
            <translation>
                <numerusform>%n Annotation in %1 konnte nicht verstanden werden; sie bleibt unverändert in der Datei.</numerusform>
                <numerusform>%n Annotationen in %1 konnten nicht verstanden werden; sie bleiben unverändert in der Datei.</numerusform>
            </translation>
        </message>
        <message>
            <source>It has no quote to check its position against.</source>
            <translation>Sie hat kein Zitat, an dem ihre Position geprüft werden kann.</translation>
        </message>
        <message>
            <source>Its text is no longer found in the article.</source>
            <translation>Ihr Text kommt im Artikel nicht mehr vor.</translation>
        </message>
        <message>
            <source>The annotations cannot be saved: the folder %1 cannot be made.</source>
            <translation>Die Annotationen können nicht gespeichert werden: der Ordner %1 kann nicht angelegt werden.</translation>
        </message>
        <message>
            <source>The annotations cannot be saved to %1: %2</source>
            <translation>Die Annotationen können nicht in %1 gespeichert werden: %2</translation>
        </message>
        <message>
            <source>The annotation file %1 is larger than the %2 limit (%3); the article opens without annotations and the file is left as it is.</source>
            <translation>Die Annotationsdatei %1 überschreitet die Grenze von %2 (%3); der Artikel wird ohne Annotationen geöffnet und die Datei bleibt unverändert.</translation>
        </message>
        <message>
            <source>not a regular file</source>
            <translation>keine gewöhnliche Datei</translation>
        </message>
        <message numerus="yes">
            <source>%n annotation(s) in %1 had an id that another one in the file already had; each now has an id of its own, saved with your next change.</source>
            <translation>
                <numerusform>%n Annotation in %1 hatte eine ID, die schon eine andere in der Datei hatte; sie hat jetzt eine eigene ID, die mit Ihrer nächsten Änderung gespeichert wird.</numerusform>
                <numerusform>%n Annotationen in %1 hatten eine ID, die schon eine andere in der Datei hatte; jede hat jetzt eine eigene ID, die mit Ihrer nächsten Änderung gespeichert wird.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n annotation(s) overlap another of your annotations in the same file; they are listed as orphans for you to place or discard.</source>
            <translation>
                <numerusform>%n Annotation überschneidet sich mit einer anderen Ihrer Annotationen in derselben Datei; sie ist als verwaist aufgeführt, damit Sie sie platzieren oder verwerfen können.</numerusform>
                <numerusform>%n Annotationen überschneiden sich mit anderen Ihrer Annotationen in derselben Datei; sie sind als verwaist aufgeführt, damit Sie sie platzieren oder verwerfen können.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>export</name>
        <message>
            <source>The command.</source>
            <translation>Der Befehl.</translation>
        </message>
        <message>
            <source>Articles to export.</source>
            <translation>Zu exportierende Artikel.</translation>
        </message>
        <message>
            <source>Exports the entities and the timeline of articles. Several articles give one merged timeline.

Formats:</source>
            <translation>Exportiert die Entitäten und die Zeitleiste von Artikeln. Mehrere Artikel ergeben eine gemeinsame Zeitleiste.

Formate:</translation>
        </message>
        <message>
            <source>Output format: %1.</source>
            <translation>Ausgabeformat: %1.</translation>
        </message>
        <message>
            <source>Write to this file (brat: base name or folder).</source>
            <translation>In diese Datei schreiben (brat: Basisname oder Ordner).</translation>
        </message>
        <message>
            <source>Colour theme for html, svg and png (a KSyntaxHighlighting theme name).</source>
            <translation>Farbschema für html, svg und png (der Name eines KSyntaxHighlighting-Schemas).</translation>
        </message>
        <message>
            <source>unknown format “%1”; the formats are %2</source>
            <translation>unbekanntes Format „%1“; die Formate sind %2</translation>
        </message>
        <message>
            <source>name at least one article</source>
            <translation>geben Sie mindestens einen Artikel an</translation>
        </message>
        <message>
            <source>the %1 format needs a destination: add -o OUT</source>
            <translation>das Format %1 braucht ein Ziel: -o AUSGABE hinzufügen</translation>
        </message>
        <message>
            <source>unknown theme “%1”; the themes are %2</source>
            <translation>unbekanntes Farbschema „%1“; die Farbschemata sind %2</translation>
        </message>
        <message>
            <source>%1 and %2 would both be exported as “%3”; rename one</source>
            <translation>%1 und %2 würden beide als „%3“ exportiert; benennen Sie eine Datei um</translation>
        </message>
        <message>
            <source>cannot create the folder %1</source>
            <translation>der Ordner %1 kann nicht angelegt werden</translation>
        </message>
        <message>
            <source>Export every article on its own into the folder given with -o, as ARTICLE-NAME.SUFFIX. An article that fails is reported and the others are still written.</source>
            <translation>Jeden Artikel einzeln in den mit -o angegebenen Ordner exportieren, als ARTIKELNAME.ENDUNG. Ein fehlgeschlagener Artikel wird gemeldet, die anderen werden trotzdem geschrieben.</translation>
        </message>
        <message>
            <source>Articles analysed at once (default: one per processor core).</source>
            <translation>Gleichzeitig analysierte Artikel (Standard: einer pro Prozessorkern).</translation>
        </message>
        <message>
            <source>--jobs wants a number of at least 1, not “%1”</source>
            <translation>--jobs erwartet eine Zahl von mindestens 1, nicht „%1“</translation>
        </message>
        <message>
            <source>--each needs a folder: add -o FOLDER</source>
            <translation>--each braucht einen Ordner: fügen Sie -o ORDNER hinzu</translation>
        </message>
        <message>
            <source>

Text formats go to standard output unless -o is given (-o - is standard output too); png and brat need -o (brat: a base name or a folder). An existing output file is replaced atomically; an article, its annotations and links are never replaced.</source>
            <translation>

Textformate gehen auf die Standardausgabe, sofern -o nicht angegeben ist (auch -o - ist die Standardausgabe); png und brat brauchen -o (brat: ein Basisname oder ein Ordner). Eine vorhandene Ausgabedatei wird atomar ersetzt; ein Artikel, seine Anmerkungen und Links werden nie ersetzt.</translation>
        </message>
        <message>
            <source>the %1 format writes several files: -o needs a base name or a folder</source>
            <translation>das Format %1 schreibt mehrere Dateien: -o braucht einen Basisnamen oder einen Ordner</translation>
        </message>
        <message>
            <source>%1/%2 articles</source>
            <translation>%1/%2 Artikel</translation>
        </message>
        <message>
            <source>%1/%2 articles, %3/s, %4 left</source>
            <translation>%1/%2 Artikel, %3/s, noch %4</translation>
        </message>
    </context>
    <context>
        <name>loader</name>
        <message>
            <source>The text</source>
            <translation>Der Text</translation>
        </message>
        <message>
            <source>%1 is larger than the %2 limit (%3)</source>
            <translation>%1 ist größer als die Grenze von %2 (%3)</translation>
        </message>
        <message>
            <source>a Word document</source>
            <translation>ein Word-Dokument</translation>
        </message>
        <message>
            <source>an OpenDocument text</source>
            <translation>ein OpenDocument-Text</translation>
        </message>
        <message>
            <source>an EPUB e-book</source>
            <translation>ein EPUB-E-Book</translation>
        </message>
        <message>
            <source>a spreadsheet</source>
            <translation>eine Tabellenkalkulation</translation>
        </message>
        <message>
            <source>a presentation</source>
            <translation>eine Präsentation</translation>
        </message>
        <message>
            <source>No file was named</source>
            <translation>Es wurde keine Datei angegeben</translation>
        </message>
        <message>
            <source>%1 does not exist: there is no folder %2</source>
            <translation>%1 existiert nicht: es gibt keinen Ordner %2</translation>
        </message>
        <message>
            <source>%1 does not exist</source>
            <translation>%1 existiert nicht</translation>
        </message>
        <message>
            <source>%1 is a folder, not an article</source>
            <translation>%1 ist ein Ordner, kein Artikel</translation>
        </message>
        <message>
            <source>%1 is not a regular file (a device, pipe or socket), so it is not read</source>
            <translation>%1 ist keine reguläre Datei (ein Gerät, eine Pipe oder ein Socket) und wird daher nicht gelesen</translation>
        </message>
        <message>
            <source>%1 cannot be read: permission denied</source>
            <translation>%1 kann nicht gelesen werden: Zugriff verweigert</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2</source>
            <translation>%1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>%1 is empty</source>
            <translation>%1 ist leer</translation>
        </message>
        <message>
            <source>%1 is %2, not an article</source>
            <translation>%1 ist %2, kein Artikel</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1 has no article text, only markup</source>
            <translation>%1 enthält keinen Artikeltext, nur Auszeichnungen</translation>
        </message>
        <message>
            <source>%1 holds no text, only white space</source>
            <translation>%1 enthält keinen Text, nur Leerraum</translation>
        </message>
        <message>
            <source>a PNG image</source>
            <translation>ein PNG-Bild</translation>
        </message>
        <message>
            <source>a JPEG image</source>
            <translation>ein JPEG-Bild</translation>
        </message>
        <message>
            <source>a GIF image</source>
            <translation>ein GIF-Bild</translation>
        </message>
        <message>
            <source>a TIFF image</source>
            <translation>ein TIFF-Bild</translation>
        </message>
        <message>
            <source>an icon</source>
            <translation>ein Symbol</translation>
        </message>
        <message>
            <source>a PDF document</source>
            <translation>ein PDF-Dokument</translation>
        </message>
        <message>
            <source>a PostScript document</source>
            <translation>ein PostScript-Dokument</translation>
        </message>
        <message>
            <source>a ZIP archive</source>
            <translation>ein ZIP-Archiv</translation>
        </message>
        <message>
            <source>a gzip archive</source>
            <translation>ein gzip-Archiv</translation>
        </message>
        <message>
            <source>a bzip2 archive</source>
            <translation>ein bzip2-Archiv</translation>
        </message>
        <message>
            <source>an xz archive</source>
            <translation>ein xz-Archiv</translation>
        </message>
        <message>
            <source>a Zstandard archive</source>
            <translation>ein Zstandard-Archiv</translation>
        </message>
        <message>
            <source>a 7-Zip archive</source>
            <translation>ein 7-Zip-Archiv</translation>
        </message>
        <message>
            <source>a RAR archive</source>
            <translation>ein RAR-Archiv</translation>
        </message>
        <message>
            <source>a tar archive</source>
            <translation>ein tar-Archiv</translation>
        </message>
        <message>
            <source>an ELF executable</source>
            <translation>eine ELF-Programmdatei</translation>
        </message>
        <message>
            <source>a compiled program</source>
            <translation>ein kompiliertes Programm</translation>
        </message>
        <message>
            <source>a WebAssembly module</source>
            <translation>ein WebAssembly-Modul</translation>
        </message>
        <message>
            <source>an old Microsoft Office document</source>
            <translation>ein altes Microsoft-Office-Dokument</translation>
        </message>
        <message>
            <source>an RTF document</source>
            <translation>ein RTF-Dokument</translation>
        </message>
        <message>
            <source>an SQLite database</source>
            <translation>eine SQLite-Datenbank</translation>
        </message>
        <message>
            <source>an Ogg audio or video file</source>
            <translation>eine Ogg-Audio- oder -Videodatei</translation>
        </message>
        <message>
            <source>an MP3 audio file</source>
            <translation>eine MP3-Audiodatei</translation>
        </message>
        <message>
            <source>a FLAC audio file</source>
            <translation>eine FLAC-Audiodatei</translation>
        </message>
        <message>
            <source>an MP4 video or audio file</source>
            <translation>eine MP4-Video- oder -Audiodatei</translation>
        </message>
        <message>
            <source>a Matroska or WebM video</source>
            <translation>ein Matroska- oder WebM-Video</translation>
        </message>
        <message>
            <source>a web font</source>
            <translation>eine Webschrift</translation>
        </message>
        <message>
            <source>it is marked as UTF-16 but ends in half a character, so it is damaged or not UTF-16 at all</source>
            <translation>sie ist als UTF-16 gekennzeichnet, endet aber mit einem halben Zeichen und ist daher beschädigt oder gar kein UTF-16</translation>
        </message>
        <message>
            <source>it is marked as UTF-16 but has an invalid character at byte %1</source>
            <translation>sie ist als UTF-16 gekennzeichnet, hat aber bei Byte %1 ein ungültiges Zeichen</translation>
        </message>
        <message>
            <source>a WebP image</source>
            <translation>ein WebP-Bild</translation>
        </message>
        <message>
            <source>a WAV audio file</source>
            <translation>eine WAV-Audiodatei</translation>
        </message>
        <message>
            <source>a RIFF media file</source>
            <translation>eine RIFF-Mediendatei</translation>
        </message>
        <message>
            <source>binary data</source>
            <translation>Binärdaten</translation>
        </message>
        <message numerus="yes">
            <source>it is UTF-8 with %n invalid byte(s); those were read as Windows-1252</source>
            <translation>
                <numerusform>sie ist UTF-8 mit %n ungültigem Byte; dieses wurde als Windows-1252 gelesen</numerusform>
                <numerusform>sie ist UTF-8 mit %n ungültigen Bytes; diese wurden als Windows-1252 gelesen</numerusform>
            </translation>
        </message>
        <message>
            <source>it is not valid UTF-8, so it was read as Windows-1252 (Western European)</source>
            <translation>sie ist kein gültiges UTF-8 und wurde daher als Windows-1252 (Westeuropäisch) gelesen</translation>
        </message>
        <message numerus="yes">
            <source>%1: it holds %n NUL character(s), which were left out</source>
            <translation>
                <numerusform>%1: sie enthält %n NUL-Zeichen, das ausgelassen wurde</numerusform>
                <numerusform>%1: sie enthält %n NUL-Zeichen, die ausgelassen wurden</numerusform>
            </translation>
        </message>
        <message>
            <source>it is marked as UTF-32 but ends in part of a character, so it is damaged or not UTF-32 at all</source>
            <translation>sie ist als UTF-32 gekennzeichnet, endet aber mit einem Teil eines Zeichens und ist daher beschädigt oder gar kein UTF-32</translation>
        </message>
        <message>
            <source>it is marked as UTF-32 but has an invalid character at byte %1</source>
            <translation>sie ist als UTF-32 gekennzeichnet, hat aber bei Byte %1 ein ungültiges Zeichen</translation>
        </message>
        <message>
            <source>it is marked as %1 but is valid UTF-8, so it was read as UTF-8</source>
            <translation>sie ist als %1 gekennzeichnet, ist aber gültiges UTF-8 und wurde daher als UTF-8 gelesen</translation>
        </message>
        <message>
            <source>it is marked as “%1”, an encoding Annalist does not know</source>
            <translation>sie ist als „%1“ gekennzeichnet, eine Kodierung, die Annalist nicht kennt</translation>
        </message>
        <message>
            <source>it is marked as %1 but has bytes that are not valid %1; each was read as “�”</source>
            <translation>sie ist als %1 gekennzeichnet, enthält aber Bytes, die kein gültiges %1 sind; jedes wurde als „�“ gelesen</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Reads news articles with their people, places, organisations, documents, events and dates highlighted, and a timeline of what happened when.

Headless export: annalist export --help</source>
            <translation>Liest Nachrichtenartikel, hebt darin Personen, Orte, Organisationen, Dokumente, Ereignisse und Daten hervor und zeigt auf einer Zeitleiste, was wann geschah.

Export ohne Fenster: annalist export --help</translation>
        </message>
        <message>
            <source>Articles to open (text, HTML or Markdown).</source>
            <translation>Zu öffnende Artikel (Text, HTML oder Markdown).</translation>
        </message>
        <message>
            <source>Render the window offscreen to a PNG file and quit.</source>
            <translation>Das Fenster unsichtbar in eine PNG-Datei zeichnen und beenden.</translation>
        </message>
        <message>
            <source>Window size for --screenshot.</source>
            <translation>Fenstergröße für --screenshot.</translation>
        </message>
        <message>
            <source>Colour theme (a KSyntaxHighlighting theme name).</source>
            <translation>Farbschema (der Name eines KSyntaxHighlighting-Schemas).</translation>
        </message>
        <message>
            <source>%1: no such file</source>
            <translation>%1: keine solche Datei</translation>
        </message>
        <message>
            <source>%1: is a folder, not an article</source>
            <translation>%1: ist ein Ordner, kein Artikel</translation>
        </message>
        <message>
            <source>--size wants WIDTHxHEIGHT, for example 1280x800, not “%1”</source>
            <translation>--size erwartet BREITExHÖHE, zum Beispiel 1280x800, nicht „%1“</translation>
        </message>
        <message>
            <source>no colour theme is called “%1”</source>
            <translation>kein Farbschema heißt „%1“</translation>
        </message>
    </context>
    <context>
        <name>Annalist::LibraryDock</name>
        <message>
            <source>Library</source>
            <translation>Bibliothek</translation>
        </message>
        <message>
            <source>Add &amp;Folder to Library…</source>
            <translation>&amp;Ordner zur Bibliothek hinzufügen…</translation>
        </message>
        <message>
            <source>Index every article in a folder so that you can search them all and see one timeline across them</source>
            <translation>Jeden Artikel eines Ordners indizieren, um alle zu durchsuchen und eine Zeitleiste über alle zu sehen</translation>
        </message>
        <message>
            <source>Search the library: words, entity:NAME, type:PERSON, from:1999, to:2005</source>
            <translation>Bibliothek durchsuchen: Wörter, entity:NAME, type:PERSON, from:1999, to:2005</translation>
        </message>
        <message>
            <source>Search the library</source>
            <translation>Bibliothek durchsuchen</translation>
        </message>
        <message>
            <source>Indexing progress</source>
            <translation>Fortschritt der Indizierung</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Stop indexing; what is indexed stays, the rest is indexed next time</source>
            <translation>Indizierung anhalten; Indiziertes bleibt, der Rest wird beim nächsten Mal indiziert</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Suchergebnisse</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>Artikel</translation>
        </message>
        <message>
            <source>Entity index</source>
            <translation>Entitätenregister</translation>
        </message>
        <message>
            <source>Entities</source>
            <translation>Entitäten</translation>
        </message>
        <message>
            <source>Timeline across the library</source>
            <translation>Zeitleiste über die Bibliothek</translation>
        </message>
        <message>
            <source>Export Timeline…</source>
            <translation>Zeitleiste exportieren…</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Zeitleiste</translation>
        </message>
        <message>
            <source>Show Li&amp;brary</source>
            <translation>&amp;Bibliothek anzeigen</translation>
        </message>
        <message>
            <source>Looking for new and changed articles…</source>
            <translation>Suche nach neuen und geänderten Artikeln…</translation>
        </message>
        <message>
            <source>Indexing: %1 of %2 articles</source>
            <translation>Indizierung: %1 von %2 Artikeln</translation>
        </message>
        <message>
            <source>Add Folder to Library</source>
            <translation>Ordner zur Bibliothek hinzufügen</translation>
        </message>
        <message>
            <source>Indexing was cancelled; the rest is indexed next time.</source>
            <translation>Die Indizierung wurde abgebrochen; der Rest wird beim nächsten Mal indiziert.</translation>
        </message>
        <message>
            <source>The library is empty: add a folder of articles with File → Add Folder to Library…</source>
            <translation>Die Bibliothek ist leer: Fügen Sie mit Datei → Ordner zur Bibliothek hinzufügen… einen Ordner mit Artikeln hinzu</translation>
        </message>
        <message numerus="yes">
            <source>%n article(s) in the library</source>
            <translation>
                <numerusform>%n Artikel in der Bibliothek</numerusform>
                <numerusform>%n Artikel in der Bibliothek</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) could not be read:</source>
            <translation>
                <numerusform>%n Datei konnte nicht gelesen werden:</numerusform>
                <numerusform>%n Dateien konnten nicht gelesen werden:</numerusform>
            </translation>
        </message>
        <message>
            <source>No articles yet.</source>
            <translation>Noch keine Artikel.</translation>
        </message>
        <message>
            <source>No article matches.</source>
            <translation>Kein Artikel passt.</translation>
        </message>
        <message>
            <source>Entity</source>
            <translation>Entität</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Mentions</source>
            <translation>Nennungen</translation>
        </message>
        <message>
            <source>First</source>
            <translation>Erstes</translation>
        </message>
        <message>
            <source>Last</source>
            <translation>Letztes</translation>
        </message>
        <message>
            <source>Also written: %1</source>
            <translation>Auch geschrieben: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n more event(s): narrow the search or export the timeline</source>
            <translation>
                <numerusform>%n weiteres Ereignis: Suche eingrenzen oder die Zeitleiste exportieren</numerusform>
                <numerusform>%n weitere Ereignisse: Suche eingrenzen oder die Zeitleiste exportieren</numerusform>
            </translation>
        </message>
        <message>
            <source>Export Timeline</source>
            <translation>Zeitleiste exportieren</translation>
        </message>
        <message numerus="yes">
            <source>%n found</source>
            <translation>
                <numerusform>%n gefunden</numerusform>
                <numerusform>%n gefunden</numerusform>
            </translation>
        </message>
        <message>
            <source>More results…</source>
            <translation>Weitere Ergebnisse…</translation>
        </message>
    </context>
    <context>
        <name>Library</name>
        <message>
            <source>The library needs Qt's SQLite driver (QSQLITE), which is not installed (on Debian: the package libqt6sql6-sqlite).</source>
            <translation>Die Bibliothek braucht den SQLite-Treiber von Qt (QSQLITE), der nicht installiert ist (unter Debian: das Paket libqt6sql6-sqlite).</translation>
        </message>
        <message>
            <source>Cannot create the library's folder %1.</source>
            <translation>Der Ordner der Bibliothek %1 kann nicht angelegt werden.</translation>
        </message>
        <message>
            <source>The library's database %1 is damaged and cannot be moved aside: %2</source>
            <translation>Die Datenbank der Bibliothek %1 ist beschädigt und kann nicht beiseitegelegt werden: %2</translation>
        </message>
        <message>
            <source>The library's database %1 is damaged (%2) but still in use; it is set aside the next time Annalist starts.</source>
            <translation>Die Datenbank der Bibliothek %1 ist beschädigt (%2), wird aber noch verwendet; sie wird beim nächsten Start von Annalist beiseitegelegt.</translation>
        </message>
        <message>
            <source>The library's database could not be used (%1); it was set aside as %2 and is rebuilt from your folders.</source>
            <translation>Die Datenbank der Bibliothek war nicht verwendbar (%1); sie wurde als %2 beiseitegelegt und wird aus Ihren Ordnern neu aufgebaut.</translation>
        </message>
        <message>
            <source>Cannot open the library's database %1: %2</source>
            <translation>Die Datenbank der Bibliothek %1 kann nicht geöffnet werden: %2</translation>
        </message>
        <message>
            <source>its format is version %1, this Annalist uses %2</source>
            <translation>ihr Format ist Version %1, dieses Annalist verwendet %2</translation>
        </message>
        <message>
            <source>The SQLite library in use has no full-text search (FTS5), which the library needs: %1</source>
            <translation>Die verwendete SQLite-Bibliothek hat keine Volltextsuche (FTS5), die die Bibliothek braucht: %1</translation>
        </message>
        <message>
            <source>Cannot create the library's database %1: %2</source>
            <translation>Die Datenbank der Bibliothek %1 kann nicht angelegt werden: %2</translation>
        </message>
        <message>
            <source>Cannot write the list of library folders %1: %2</source>
            <translation>Die Liste der Bibliotheksordner %1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>%1 is not a folder that can be read.</source>
            <translation>%1 ist kein lesbarer Ordner.</translation>
        </message>
        <message>
            <source>The library's database failed: %1</source>
            <translation>Die Datenbank der Bibliothek ist fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>“%1” is not a date; write it as 1999, 1999-09 or 1999-09-14.</source>
            <translation>„%1“ ist kein Datum; schreiben Sie es als 1999, 1999-09 oder 1999-09-14.</translation>
        </message>
        <message>
            <source>Also reported by: %1</source>
            <translation>Auch berichtet von: %1</translation>
        </message>
    </context>
    <context>
        <name>LibraryCommand</name>
        <message>
            <source>%1 added, %2 updated, %3 unchanged, %4 removed, %5 could not be read</source>
            <translation>%1 hinzugefügt, %2 aktualisiert, %3 unverändert, %4 entfernt, %5 nicht lesbar</translation>
        </message>
        <message>
            <source>Keeps a library of article folders, indexed for search, in the per-user data folder.

Commands:
  add FOLDER…          add folders and index their articles
  update               index what changed in the library's folders
  remove FOLDER…       take folders out of the library
  search QUERY         find articles: words, entity:NAME, type:TYPE, from:DATE, to:DATE
  entities [QUERY]     the entity index of the library or of a search
  timeline             one timeline across the library or a search (--query)
  status               the library's folders, its size and the files that could not be read</source>
            <translation>Führt eine Bibliothek von Artikelordnern, für die Suche indiziert, im Datenordner des Benutzers.

Befehle:
  add ORDNER…          Ordner hinzufügen und ihre Artikel indizieren
  update               indizieren, was sich in den Ordnern der Bibliothek geändert hat
  remove ORDNER…       Ordner aus der Bibliothek nehmen
  search ANFRAGE       Artikel finden: Wörter, entity:NAME, type:TYP, from:DATUM, to:DATUM
  entities [ANFRAGE]   das Entitätenregister der Bibliothek oder einer Suche
  timeline             eine Zeitleiste über die Bibliothek oder eine Suche (--query)
  status               die Ordner der Bibliothek, ihre Größe und die Dateien, die nicht gelesen werden konnten</translation>
        </message>
        <message>
            <source>The command.</source>
            <translation>Der Befehl.</translation>
        </message>
        <message>
            <source>add, update, remove, search, entities, timeline or status.</source>
            <translation>add, update, remove, search, entities, timeline oder status.</translation>
        </message>
        <message>
            <source>search, entities: print JSON.</source>
            <translation>search, entities: JSON ausgeben.</translation>
        </message>
        <message>
            <source>timeline: only the articles this search finds.</source>
            <translation>timeline: nur die Artikel, die diese Suche findet.</translation>
        </message>
        <message>
            <source>timeline: the format, one of the timeline formats of annalist export.</source>
            <translation>timeline: das Format, eines der Zeitleistenformate von annalist export.</translation>
        </message>
        <message>
            <source>timeline: write to this file (standard output by default).</source>
            <translation>timeline: in diese Datei schreiben (standardmäßig die Standardausgabe).</translation>
        </message>
        <message>
            <source>search, entities: at most this many results.</source>
            <translation>search, entities: höchstens so viele Ergebnisse.</translation>
        </message>
        <message>
            <source>name a command: add, update, remove, search, entities, timeline or status</source>
            <translation>nennen Sie einen Befehl: add, update, remove, search, entities, timeline oder status</translation>
        </message>
        <message>
            <source>--limit wants a number of at least 1</source>
            <translation>--limit erwartet eine Zahl von mindestens 1</translation>
        </message>
        <message>
            <source>name at least one folder</source>
            <translation>nennen Sie mindestens einen Ordner</translation>
        </message>
        <message>
            <source>Database: </source>
            <translation>Datenbank: </translation>
        </message>
        <message>
            <source>Folder: </source>
            <translation>Ordner: </translation>
        </message>
        <message>
            <source>%1 articles, %2 entities, %3 events; %4 files could not be read</source>
            <translation>%1 Artikel, %2 Entitäten, %3 Ereignisse; %4 Dateien nicht lesbar</translation>
        </message>
        <message>
            <source>name what to search for</source>
            <translation>nennen Sie, wonach gesucht werden soll</translation>
        </message>
        <message>
            <source>unknown timeline format “%1”; the formats are %2</source>
            <translation>unbekanntes Zeitleistenformat „%1“; die Formate sind %2</translation>
        </message>
        <message>
            <source>the %1 format needs a destination: add -o OUT</source>
            <translation>das Format %1 braucht ein Ziel: fügen Sie -o AUSGABE hinzu</translation>
        </message>
        <message>
            <source>unknown command “%1”; the commands are add, update, remove, search, entities, timeline and status</source>
            <translation>unbekannter Befehl „%1“; die Befehle sind add, update, remove, search, entities, timeline und status</translation>
        </message>
        <message>
            <source>%1 of %2 articles indexed</source>
            <translation>%1 von %2 Artikeln indiziert</translation>
        </message>
    </context>
</TS>
