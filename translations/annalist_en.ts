<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Annalist::AnnotatedDocument</name>
        <message numerus="yes">
            <source>Tag %n occurrence(s) of “%1” as %2</source>
            <translation>
                <numerusform>Tag %n occurrence of “%1” as %2</numerusform>
                <numerusform>Tag %n occurrences of “%1” as %2</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Annalist::AnnotationActions</name>
        <message numerus="yes">
            <source>“%1” occurs %n more time(s) (with its aliases). Tag them all as %2?</source>
            <extracomment>%1 the tagged words, %2 the entity type's name</extracomment>
            <translation>
                <numerusform>“%1” occurs %n more time (with its aliases). Tag it as %2?</numerusform>
                <numerusform>“%1” occurs %n more times (with its aliases). Tag them all as %2?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n occurrence(s) inside longer names will be left as they are.</source>
            <translation>
                <numerusform>%n occurrence inside a longer name will be left as it is.</numerusform>
                <numerusform>%n occurrences inside longer names will be left as they are.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Tagged %n more occurrence(s)</source>
            <translation>
                <numerusform>Tagged %n more occurrence</numerusform>
                <numerusform>Tagged %n more occurrences</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n inside longer names left as they are</source>
            <extracomment>After Tag All: occurrences that lie inside a longer entity were not tagged, so as not to split it</extracomment>
            <translation>
                <numerusform>%n inside a longer name left as it is</numerusform>
                <numerusform>%n inside longer names left as they are</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Annalist::AnnotationSession</name>
        <message numerus="yes">
            <source>%n annotation(s) could not be placed in the article's current text; they are listed as orphans for you to place or discard.</source>
            <translation>
                <numerusform>%n annotation could not be placed in the article's current text; it is listed as an orphan for you to place or discard.</numerusform>
                <numerusform>%n annotations could not be placed in the article's current text; they are listed as orphans for you to place or discard.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Annalist::EntityModel</name>
        <message numerus="yes">
            <source>%n distinct name(s)</source>
            <translation>
                <numerusform>%n distinct name</numerusform>
                <numerusform>%n distinct names</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n mention(s)</source>
            <translation>
                <numerusform>%n mention</numerusform>
                <numerusform>%n mentions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1, %2, %n mention(s)</source>
            <extracomment>Read out for an entity row: %1 its name, %2 its type; mentions in the article</extracomment>
            <translation>
                <numerusform>%1, %2, %n mention</numerusform>
                <numerusform>%1, %2, %n mentions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n name(s))</source>
            <extracomment>A type row of the entity list: the type's name and how many distinct names it has</extracomment>
            <translation>
                <numerusform>%1 (%n name)</numerusform>
                <numerusform>%1 (%n names)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Annalist::ExportDialog</name>
        <message numerus="yes">
            <source>All open articles (%n)</source>
            <translation>
                <numerusform>All open articles (%n)</numerusform>
                <numerusform>All open articles (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n files to %1</source>
            <translation>
                <numerusform>Exported %n file to %1</numerusform>
                <numerusform>Exported %n files to %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Annalist::LegendBar</name>
        <message numerus="yes">
            <source>%1 highlighting, %n mention(s)</source>
            <translation>
                <numerusform>%1 highlighting, %n mention</numerusform>
                <numerusform>%1 highlighting, %n mentions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n mention(s) in this article</source>
            <translation>
                <numerusform>%n mention in this article</numerusform>
                <numerusform>%n mentions in this article</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Annalist::MainWindow</name>
        <message numerus="yes">
            <source>%n entities</source>
            <translation>
                <numerusform>%n entity</numerusform>
                <numerusform>%n entities</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n events</source>
            <translation>
                <numerusform>%n event</numerusform>
                <numerusform>%n events</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BoundedFile</name>
        <message numerus="yes">
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n byte</numerusform>
                <numerusform>%n bytes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EffectiveLayer</name>
        <message numerus="yes">
            <source>%n annotation(s) could not be placed in the changed text and are left out.</source>
            <translation>
                <numerusform>%n annotation could not be placed in the changed text and is left out.</numerusform>
                <numerusform>%n annotations could not be placed in the changed text and are left out.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n annotation(s) overlap another of your annotations and are left out.</source>
            <translation>
                <numerusform>%n annotation overlaps another of your annotations and is left out.</numerusform>
                <numerusform>%n annotations overlap others of your annotations and are left out.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Exporter</name>
        <message numerus="yes">
            <source>picture: only the first %1 events are drawn; %n more are left out</source>
            <translation>
                <numerusform>picture: only the first %1 events are drawn; %n more is left out</numerusform>
                <numerusform>picture: only the first %1 events are drawn; %n more are left out</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>html: %n overlapping entities of %1 are not marked in the text</source>
            <translation>
                <numerusform>html: %n overlapping entity of %1 is not marked in the text</numerusform>
                <numerusform>html: %n overlapping entities of %1 are not marked in the text</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Sidecar</name>
        <message numerus="yes">
            <source>%n annotation(s) in %1 could not be understood; they are kept in the file unchanged.</source>
            <translation>
                <numerusform>%n annotation in %1 could not be understood; it is kept in the file unchanged.</numerusform>
                <numerusform>%n annotations in %1 could not be understood; they are kept in the file unchanged.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n annotation(s) in %1 had an id that another one in the file already had; each now has an id of its own, saved with your next change.</source>
            <translation>
                <numerusform>%n annotation in %1 had an id that another one in the file already had; it now has an id of its own, saved with your next change.</numerusform>
                <numerusform>%n annotations in %1 had an id that another one in the file already had; each now has an id of its own, saved with your next change.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n annotation(s) overlap another of your annotations in the same file; they are listed as orphans for you to place or discard.</source>
            <translation>
                <numerusform>%n annotation overlaps another of your annotations in the same file; it is listed as an orphan for you to place or discard.</numerusform>
                <numerusform>%n annotations overlap others of your annotations in the same file; they are listed as orphans for you to place or discard.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>loader</name>
        <message numerus="yes">
            <source>it is UTF-8 with %n invalid byte(s); those were read as Windows-1252</source>
            <translation>
                <numerusform>it is UTF-8 with %n invalid byte; it was read as Windows-1252</numerusform>
                <numerusform>it is UTF-8 with %n invalid bytes; those were read as Windows-1252</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: it holds %n NUL character(s), which were left out</source>
            <translation>
                <numerusform>%1: it holds %n NUL character, which was left out</numerusform>
                <numerusform>%1: it holds %n NUL characters, which were left out</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Annalist::LibraryDock</name>
        <message numerus="yes">
            <source>%n article(s) in the library</source>
            <translation>
                <numerusform>%n article in the library</numerusform>
                <numerusform>%n articles in the library</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) could not be read:</source>
            <translation>
                <numerusform>%n file could not be read:</numerusform>
                <numerusform>%n files could not be read:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more event(s): narrow the search or export the timeline</source>
            <translation>
                <numerusform>%n more event: narrow the search or export the timeline</numerusform>
                <numerusform>%n more events: narrow the search or export the timeline</numerusform>
            </translation>
        </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n found</numerusform>
            <numerusform>%n found</numerusform>
        </translation>
    </message>
    </context>
</TS>
