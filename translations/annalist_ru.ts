<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
    <context>
        <name>Annalist::AnnotatedDocument</name>
        <message>
            <source>tagged by you</source>
            <translation>отмечено вами</translation>
        </message>
        <message>
            <source>from your lexicon</source>
            <translation>из вашего словаря</translation>
        </message>
        <message>
            <source>Its position lies outside the text.</source>
            <translation>Её позиция находится за пределами текста.</translation>
        </message>
        <message>
            <source>It overlaps another of your annotations.</source>
            <translation>Она пересекается с другой вашей аннотацией.</translation>
        </message>
        <message>
            <source>The automatic event it changed is no longer found.</source>
            <translation>Автоматически найденное событие, которое она изменяла, больше не обнаруживается.</translation>
        </message>
        <message>
            <source>Tag “%1” as %2</source>
            <translation>Пометить «%1» как %2</translation>
        </message>
        <message>
            <source>Retype “%1” as %2</source>
            <translation>Сменить тип «%1» на %2</translation>
        </message>
        <message>
            <source>Reject “%1”</source>
            <translation>Отклонить «%1»</translation>
        </message>
        <message>
            <source>Restore “%1”</source>
            <translation>Восстановить «%1»</translation>
        </message>
        <message>
            <source>Remove the note on “%1”</source>
            <translation>Удалить заметку к «%1»</translation>
        </message>
        <message>
            <source>Remove the tag on “%1”</source>
            <translation>Удалить метку с «%1»</translation>
        </message>
        <message>
            <source>Widen “%1”</source>
            <translation>Расширить «%1»</translation>
        </message>
        <message>
            <source>Narrow “%1”</source>
            <translation>Сузить «%1»</translation>
        </message>
        <message>
            <source>Clear the note on “%1”</source>
            <translation>Очистить заметку к «%1»</translation>
        </message>
        <message>
            <source>Note on “%1”</source>
            <translation>Заметка к «%1»</translation>
        </message>
        <message numerus="yes">
            <source>Tag %n occurrence(s) of “%1” as %2</source>
            <translation>
                <numerusform>Пометить %n вхождение «%1» как %2</numerusform>
                <numerusform>Пометить %n вхождения «%1» как %2</numerusform>
                <numerusform>Пометить %n вхождений «%1» как %2</numerusform>
            </translation>
        </message>
        <message>
            <source>Add the event “%1”</source>
            <translation>Добавить событие «%1»</translation>
        </message>
        <message>
            <source>Edit the event “%1”</source>
            <translation>Изменить событие «%1»</translation>
        </message>
        <message>
            <source>Clear the note on an event</source>
            <translation>Очистить заметку к событию</translation>
        </message>
        <message>
            <source>Note on an event</source>
            <translation>Заметка к событию</translation>
        </message>
        <message>
            <source>Confirm an event</source>
            <translation>Подтвердить событие</translation>
        </message>
        <message>
            <source>Unconfirm an event</source>
            <translation>Отменить подтверждение события</translation>
        </message>
        <message>
            <source>Hide an event</source>
            <translation>Скрыть событие</translation>
        </message>
        <message>
            <source>Show an event</source>
            <translation>Показать событие</translation>
        </message>
        <message>
            <source>Remove the event “%1”</source>
            <translation>Удалить событие «%1»</translation>
        </message>
        <message>
            <source>Place “%1”</source>
            <translation>Разместить «%1»</translation>
        </message>
        <message>
            <source>Discard “%1”</source>
            <translation>Отбросить «%1»</translation>
        </message>
    </context>
    <context>
        <name>Annalist::AnnotationActions</name>
        <message>
            <source>&amp;Annotate</source>
            <translation>&amp;Разметка</translation>
        </message>
        <message>
            <source>&amp;Tag As</source>
            <extracomment>Submenu listing the entity types to tag the selection with</extracomment>
            <translation>&amp;Пометить как</translation>
        </message>
        <message>
            <source>&amp;Reject Entity</source>
            <translation>&amp;Отклонить сущность</translation>
        </message>
        <message>
            <source>Say that the highlighted words under the cursor are not an entity</source>
            <translation>Указать, что подсвеченные слова под курсором не являются сущностью</translation>
        </message>
        <message>
            <source>Remove &amp;My Edit</source>
            <translation>&amp;Удалить мою правку</translation>
        </message>
        <message>
            <source>Forget your tag, retype, rejection or note here; the automatic result shows again</source>
            <translation>Забыть вашу метку, смену типа, отклонение или заметку здесь; снова будет показан автоматический результат</translation>
        </message>
        <message>
            <source>&amp;Note…</source>
            <translation>&amp;Заметка…</translation>
        </message>
        <message>
            <source>&amp;Span</source>
            <extracomment>Submenu: change which words an entity covers</extracomment>
            <translation>&amp;Границы</translation>
        </message>
        <message>
            <source>Widen at the Start</source>
            <translation>Расширить в начале</translation>
        </message>
        <message>
            <source>Narrow at the Start</source>
            <translation>Сузить в начале</translation>
        </message>
        <message>
            <source>Widen at the End</source>
            <translation>Расширить в конце</translation>
        </message>
        <message>
            <source>Narrow at the End</source>
            <translation>Сузить в конце</translation>
        </message>
        <message>
            <source>Tag &amp;All Occurrences</source>
            <translation>Пометить &amp;все вхождения</translation>
        </message>
        <message>
            <source>Add to My &amp;Lexicon</source>
            <translation>Добавить в &amp;словарь</translation>
        </message>
        <message>
            <source>Tag these words with this type in every article you open</source>
            <translation>Помечать эти слова этим типом в каждой открываемой статье</translation>
        </message>
        <message>
            <source>Add Timeline &amp;Event…</source>
            <translation>Добавить собы&amp;тие в хронологию…</translation>
        </message>
        <message>
            <source>&amp;Unplaced Annotations…</source>
            <translation>&amp;Неразмещённые аннотации…</translation>
        </message>
        <message>
            <source>&amp;Edit Date and Label…</source>
            <translation>&amp;Изменить дату и подпись…</translation>
        </message>
        <message>
            <source>Note on “%1”:</source>
            <translation>Заметка к «%1»:</translation>
        </message>
        <message>
            <source>&amp;Confirmed</source>
            <extracomment>Checkable: the person confirmed that the event is right</extracomment>
            <translation>&amp;Подтверждено</translation>
        </message>
        <message>
            <source>&amp;Hide</source>
            <extracomment>Hide an automatically found timeline event</extracomment>
            <translation>С&amp;крыть</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Удалить</translation>
        </message>
        <message>
            <source>&amp;Show Hidden Event</source>
            <translation>Показать скр&amp;ытое событие</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <extracomment>A hidden timeline event: %1 its date value, %2 its label</extracomment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>The title and the line of date and place are not part of the article's text and cannot be tagged: select words of the text below them.</source>
            <translation>Заголовок и строка с датой и местом не входят в текст статьи, и их нельзя пометить: выделите слова в тексте под ними.</translation>
        </message>
        <message>
            <source>Tagging “%1” replaced “%2” (%3) around it.</source>
            <extracomment>%1 the words just tagged, %2 the longer entity's words, %3 its type's name</extracomment>
            <translation>Пометка «%1» заменила окружающее «%2» (%3).</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Отменить</translation>
        </message>
        <message numerus="yes">
            <source>“%1” occurs %n more time(s) (with its aliases). Tag them all as %2?</source>
            <extracomment>%1 the tagged words, %2 the entity type's name</extracomment>
            <translation>
                <numerusform>«%1» встречается ещё %n раз (с учётом других написаний). Пометить все как %2?</numerusform>
                <numerusform>«%1» встречается ещё %n раза (с учётом других написаний). Пометить все как %2?</numerusform>
                <numerusform>«%1» встречается ещё %n раз (с учётом других написаний). Пометить все как %2?</numerusform>
            </translation>
        </message>
        <message>
            <source>Tag All</source>
            <translation>Пометить все</translation>
        </message>
        <message numerus="yes">
            <source>%n occurrence(s) inside longer names will be left as they are.</source>
            <translation>
                <numerusform>%n вхождение внутри более длинного имени останется как есть.</numerusform>
                <numerusform>%n вхождения внутри более длинных имён останутся как есть.</numerusform>
                <numerusform>%n вхождений внутри более длинных имён останутся как есть.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Tagged %n more occurrence(s)</source>
            <translation>
                <numerusform>Помечено ещё %n вхождение</numerusform>
                <numerusform>Помечено ещё %n вхождения</numerusform>
                <numerusform>Помечено ещё %n вхождений</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n inside longer names left as they are</source>
            <extracomment>After Tag All: occurrences that lie inside a longer entity were not tagged, so as not to split it</extracomment>
            <translation>
                <numerusform>%n внутри более длинного имени оставлено как есть</numerusform>
                <numerusform>%n внутри более длинных имён оставлены как есть</numerusform>
                <numerusform>%n внутри более длинных имён оставлены как есть</numerusform>
            </translation>
        </message>
        <message>
            <source>Lexicon not saved</source>
            <translation>Словарь не сохранён</translation>
        </message>
        <message>
            <source>Added to your lexicon</source>
            <translation>Добавлено в ваш словарь</translation>
        </message>
        <message>
            <source>Edit Timeline Event</source>
            <translation>Изменить событие хронологии</translation>
        </message>
        <message>
            <source>Select the words that date the event first</source>
            <translation>Сначала выделите слова, которые датируют событие</translation>
        </message>
        <message>
            <source>Add Timeline Event</source>
            <translation>Добавить событие в хронологию</translation>
        </message>
    </context>
    <context>
        <name>Annalist::AnnotationSession</name>
        <message>
            <source>This article is not a file; annotations are not saved.</source>
            <translation>Эта статья не является файлом; аннотации не сохраняются.</translation>
        </message>
        <message numerus="yes">
            <source>%n annotation(s) could not be placed in the article's current text; they are listed as orphans for you to place or discard.</source>
            <translation>
                <numerusform>%n аннотацию не удалось разместить в текущем тексте статьи; она отмечена как неразмещённая, чтобы вы её разместили или отбросили.</numerusform>
                <numerusform>%n аннотации не удалось разместить в текущем тексте статьи; они отмечены как неразмещённые, чтобы вы их разместили или отбросили.</numerusform>
                <numerusform>%n аннотаций не удалось разместить в текущем тексте статьи; они отмечены как неразмещённые, чтобы вы их разместили или отбросили.</numerusform>
            </translation>
        </message>
        <message>
            <source>Unsaved changes.</source>
            <translation>Есть несохранённые изменения.</translation>
        </message>
        <message>
            <source>Saved to %1.</source>
            <translation>Сохранено в %1.</translation>
        </message>
        <message>
            <source>The old annotation file %1 could not be copied aside, so it is kept as it is.</source>
            <translation>Старый файл аннотаций %1 не удалось скопировать в сторону, поэтому он оставлен как есть.</translation>
        </message>
    </context>
    <context>
        <name>Annalist::ArticleView</name>
        <message>
            <source>Article</source>
            <translation>Статья</translation>
        </message>
        <message>
            <source>Stands for %1</source>
            <translation>Означает %1</translation>
        </message>
        <message>
            <source>Found automatically: %1</source>
            <translation>Найдено автоматически: %1</translation>
        </message>
        <message>
            <source>Tagged by you</source>
            <translation>Отмечено вами</translation>
        </message>
        <message>
            <source>From your lexicon</source>
            <translation>Из вашего словаря</translation>
        </message>
        <message>
            <source>Named so in the article&apos;s text</source>
            <translation>Так названо в тексте статьи</translation>
        </message>
    </context>
    <context>
        <name>Annalist::DocumentTab</name>
        <message>
            <source>Opening %1…</source>
            <translation>Открывается %1…</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Сообщение</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>Dismiss this message</source>
            <translation>Закрыть это сообщение</translation>
        </message>
        <message>
            <source>%1 was changed on disk. Reload it to see the new text; your annotations move with it, and any that no longer fit are listed as orphans.</source>
            <translation>Файл %1 изменён на диске. Перезагрузите его, чтобы увидеть новый текст; ваши аннотации переместятся вместе с текстом, а те, что больше не подходят, попадут в список потерянных.</translation>
        </message>
        <message>
            <source>Keep the text on screen, or try to reload it.</source>
            <translation>Оставьте текст на экране или попробуйте перезагрузить его.</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation>&amp;Перезагрузить</translation>
        </message>
        <message>
            <source>&amp;Keep This Text</source>
            <translation>&amp;Оставить этот текст</translation>
        </message>
        <message>
            <source>%1 was deleted or moved. The text stays open here and your annotations are kept in %2.</source>
            <translation>Файл %1 удалён или перемещён. Текст остаётся открытым, а ваши аннотации сохранены в %2.</translation>
        </message>
        <message>
            <source>the annotations file</source>
            <translation>файле аннотаций</translation>
        </message>
        <message>
            <source>&amp;Close Article</source>
            <translation>&amp;Закрыть статью</translation>
        </message>
        <message>
            <source>Keep &amp;Open</source>
            <translation>&amp;Оставить открытой</translation>
        </message>
        <message>
            <source>Show &amp;Unplaced Annotations</source>
            <translation>Показать &amp;неразмещённые аннотации</translation>
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
            <translation>Также пишется: %1</translation>
        </message>
        <message>
            <source>%1: %2, %3</source>
            <extracomment>Read out for a type row: %1 the type's name, %2 "5 distinct names", %3 "12 mentions"</extracomment>
            <translation>%1: %2, %3</translation>
        </message>
        <message numerus="yes">
            <source>%n distinct name(s)</source>
            <translation>
                <numerusform>%n отдельное имя</numerusform>
                <numerusform>%n отдельных имени</numerusform>
                <numerusform>%n отдельных имён</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n mention(s)</source>
            <translation>
                <numerusform>%n упоминание</numerusform>
                <numerusform>%n упоминания</numerusform>
                <numerusform>%n упоминаний</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1, %2, %n mention(s)</source>
            <extracomment>Read out for an entity row: %1 its name, %2 its type; mentions in the article</extracomment>
            <translation>
                <numerusform>%1, %2, %n упоминание</numerusform>
                <numerusform>%1, %2, %n упоминания</numerusform>
                <numerusform>%1, %2, %n упоминаний</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n name(s))</source>
            <extracomment>A type row of the entity list: the type's name and how many distinct names it has</extracomment>
            <translation>
                <numerusform>%1 (%n имя)</numerusform>
                <numerusform>%1 (%n имени)</numerusform>
                <numerusform>%1 (%n имён)</numerusform>
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
            <translation>Сущности</translation>
        </message>
        <message>
            <source>People, organisations, places, documents, events and dates by type; Enter shows the next mention</source>
            <translation>Люди, организации, места, документы, события и даты по типам; Enter показывает следующее упоминание</translation>
        </message>
    </context>
    <context>
        <name>Annalist::EventDialog</name>
        <message>
            <source>1999, 1999-09 or 1999-09-14</source>
            <translation>1999, 1999-09 или 1999-09-14</translation>
        </message>
        <message>
            <source>optional, for a period</source>
            <translation>необязательно, для периода</translation>
        </message>
        <message>
            <source>what happened, in a few words</source>
            <translation>что произошло, в нескольких словах</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Дата:</translation>
        </message>
        <message>
            <source>&amp;Until:</source>
            <translation>Д&amp;о:</translation>
        </message>
        <message>
            <source>&amp;Label:</source>
            <translation>&amp;Подпись:</translation>
        </message>
    </context>
    <context>
        <name>Annalist::ExportDialog</name>
        <message>
            <source>Export</source>
            <translation>Экспорт</translation>
        </message>
        <message>
            <source>This article</source>
            <translation>Эта статья</translation>
        </message>
        <message numerus="yes">
            <source>All open articles (%n)</source>
            <translation>
                <numerusform>Все открытые статьи (%n)</numerusform>
                <numerusform>Все открытые статьи (%n)</numerusform>
                <numerusform>Все открытые статьи (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Обзор…</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>&amp;Формат:</translation>
        </message>
        <message>
            <source>&amp;Scope:</source>
            <translation>&amp;Охват:</translation>
        </message>
        <message>
            <source>&amp;Destination:</source>
            <translation>&amp;Назначение:</translation>
        </message>
        <message>
            <source>Preview:</source>
            <translation>Предпросмотр:</translation>
        </message>
        <message>
            <source>… (preview cut; the file holds everything)</source>
            <translation>… (предпросмотр сокращён; в файле есть всё)</translation>
        </message>
        <message>
            <source>Export into folder</source>
            <translation>Экспорт в папку</translation>
        </message>
        <message>
            <source>Export to</source>
            <translation>Экспорт в</translation>
        </message>
        <message>
            <source>There is nothing to export.</source>
            <translation>Нечего экспортировать.</translation>
        </message>
        <message>
            <source>Choose where to write the export.</source>
            <translation>Выберите, куда записать экспорт.</translation>
        </message>
        <message>
            <source>Written: %1</source>
            <translation>Записано: %1</translation>
        </message>
        <message>
            <source>Open Folder</source>
            <translation>Открыть папку</translation>
        </message>
        <message>
            <source>Show %1 in the file manager</source>
            <translation>Показать %1 в файловом менеджере</translation>
        </message>
        <message>
            <source>Exported to %1</source>
            <translation>Экспортировано в %1</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n files to %1</source>
            <translation>
                <numerusform>%n файл экспортирован в %1</numerusform>
                <numerusform>%n файла экспортированы в %1</numerusform>
                <numerusform>%n файлов экспортировано в %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Annalist::FindBar</name>
        <message>
            <source>Find in article</source>
            <translation>Поиск в статье</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;Найти:</translation>
        </message>
        <message>
            <source>Search the article</source>
            <translation>Искать в статье</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Назад</translation>
        </message>
        <message>
            <source>Previous match (Shift+F3)</source>
            <translation>Предыдущее совпадение (Shift+F3)</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Далее</translation>
        </message>
        <message>
            <source>Next match (F3)</source>
            <translation>Следующее совпадение (F3)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>Close the find bar (Esc)</source>
            <translation>Закрыть панель поиска (Esc)</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>Не найдено</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <extracomment>Find bar: the current match and the number of matches</extracomment>
            <translation>%1 из %2</translation>
        </message>
        <message>
            <source>Text to find</source>
            <translation>Искомый текст</translation>
        </message>
        <message>
            <source>Matches</source>
            <translation>Совпадения</translation>
        </message>
    </context>
    <context>
        <name>Annalist::HelpBrowser</name>
        <message>
            <source>Annalist Handbook</source>
            <translation>Руководство Annalist</translation>
        </message>
        <message>
            <source>Handbook</source>
            <translation>Руководство</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Назад</translation>
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
            <translation>показано</translation>
        </message>
        <message>
            <source>hidden</source>
            <translation>скрыто</translation>
        </message>
        <message>
            <source>%1: %2. Click to show or hide; select text and press %3 to tag it as %1.</source>
            <extracomment>%1 the type's name, %2 "shown" or "hidden", %3 its tagging key (1–9)</extracomment>
            <translation>%1: %2. Щёлкните, чтобы показать или скрыть; выделите текст и нажмите %3, чтобы пометить его как %1.</translation>
        </message>
        <message>
            <source>%1: %2. Click to show or hide.</source>
            <translation>%1: %2. Щёлкните, чтобы показать или скрыть.</translation>
        </message>
        <message>
            <source>%1 highlighting</source>
            <translation>Подсветка: %1</translation>
        </message>
        <message numerus="yes">
            <source>%1 highlighting, %n mention(s)</source>
            <translation>
                <numerusform>Подсветка: %1, %n упоминание</numerusform>
                <numerusform>Подсветка: %1, %n упоминания</numerusform>
                <numerusform>Подсветка: %1, %n упоминаний</numerusform>
            </translation>
        </message>
        <message>
            <source>%1; key %2 tags the selection as %3</source>
            <translation>%1; клавиша %2 помечает выделение как %3</translation>
        </message>
        <message>
            <source>Legend of entity types</source>
            <translation>Легенда типов сущностей</translation>
        </message>
        <message numerus="yes">
            <source>%n mention(s) in this article</source>
            <translation>
                <numerusform>%n упоминание в этой статье</numerusform>
                <numerusform>%n упоминания в этой статье</numerusform>
                <numerusform>%n упоминаний в этой статье</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Annalist::LexiconDialog</name>
        <message>
            <source>Lexicon</source>
            <translation>Словарь</translation>
        </message>
        <message>
            <source>Names in your lexicon are tagged with their type in every article (exact case, whole words).</source>
            <translation>Имена из вашего словаря помечаются своим типом в каждой статье (с учётом регистра, только целые слова).</translation>
        </message>
        <message>
            <source>Filter the lexicon</source>
            <translation>Фильтр словаря</translation>
        </message>
        <message>
            <source>Text or type</source>
            <translation>Текст или тип</translation>
        </message>
        <message>
            <source>F&amp;ilter:</source>
            <translation>&amp;Фильтр:</translation>
        </message>
        <message>
            <source>Lexicon entries</source>
            <translation>Записи словаря</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Текст</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Тип</translation>
        </message>
        <message>
            <source>Text of the entry</source>
            <translation>Текст записи</translation>
        </message>
        <message>
            <source>&amp;Text:</source>
            <translation>&amp;Текст:</translation>
        </message>
        <message>
            <source>Type of the entry</source>
            <translation>Тип записи</translation>
        </message>
        <message>
            <source>T&amp;ype:</source>
            <translation>Т&amp;ип:</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Добавить</translation>
        </message>
        <message>
            <source>Add the entry</source>
            <translation>Добавить запись</translation>
        </message>
        <message>
            <source>C&amp;hange</source>
            <translation>Из&amp;менить</translation>
        </message>
        <message>
            <source>Change the selected entry</source>
            <translation>Изменить выбранную запись</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Удалить</translation>
        </message>
        <message>
            <source>Remove the selected entry</source>
            <translation>Удалить выбранную запись</translation>
        </message>
        <message>
            <source>Nothing can be changed here until the file is repaired or removed.</source>
            <translation>Здесь ничего нельзя изменить, пока файл не исправлен или не удалён.</translation>
        </message>
        <message>
            <source>An entry needs a text and a type.</source>
            <translation>Для записи нужны текст и тип.</translation>
        </message>
        <message>
            <source>“%1” is already in the lexicon as %2.</source>
            <translation>«%1» уже есть в словаре как %2.</translation>
        </message>
        <message>
            <source>“%1” was already in the lexicon; it is now %2.</source>
            <translation>«%1» уже был в словаре; теперь это %2.</translation>
        </message>
        <message>
            <source>“%1” is already in the lexicon; remove one of the two first.</source>
            <translation>«%1» уже есть в словаре; сначала удалите одну из двух записей.</translation>
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
            <translation>Открытые статьи</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Хронология</translation>
        </message>
        <message>
            <source>Entities</source>
            <translation>Сущности</translation>
        </message>
        <message>
            <source>Occurrence %1 of %2</source>
            <translation>Вхождение %1 из %2</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Открыть…</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Открыть &amp;недавние</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Закрыть</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>В&amp;ыход</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Правка</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Копировать</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Найти…</translation>
        </message>
        <message>
            <source>Find &amp;Next</source>
            <translation>Найти &amp;далее</translation>
        </message>
        <message>
            <source>Find Pre&amp;vious</source>
            <translation>Найти пр&amp;едыдущее</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>&amp;Увеличить</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>У&amp;меньшить</translation>
        </message>
        <message>
            <source>&amp;Actual Size</source>
            <translation>&amp;Исходный размер</translation>
        </message>
        <message>
            <source>&amp;Automatic (follow the system)</source>
            <translation>&amp;Автоматически (как в системе)</translation>
        </message>
        <message>
            <source>Show &amp;Timeline</source>
            <translation>Показать &amp;хронологию</translation>
        </message>
        <message>
            <source>Show &amp;Entities</source>
            <translation>Показать &amp;сущности</translation>
        </message>
        <message>
            <source>Show &amp;Legend</source>
            <translation>Показать &amp;легенду</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <source>&amp;About Annalist</source>
            <translation>&amp;О программе Annalist</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>О &amp;Qt</translation>
        </message>
        <message>
            <source>Open Article</source>
            <translation>Открыть статью</translation>
        </message>
        <message>
            <source>Articles (*.txt *.text *.html *.htm *.xhtml *.md *.markdown);;All files (*)</source>
            <translation>Статьи (*.txt *.text *.html *.htm *.xhtml *.md *.markdown);;Все файлы (*)</translation>
        </message>
        <message>
            <source>Cannot open article</source>
            <translation>Не удаётся открыть статью</translation>
        </message>
        <message>
            <source>Open an article with File → Open (Ctrl+O), or drop one here.</source>
            <extracomment>Use the translated names of the File menu and its Open action</extracomment>
            <translation>Откройте статью через Файл → Открыть (Ctrl+O) или перетащите её сюда.</translation>
        </message>
        <message>
            <source>Published %1</source>
            <extracomment>Status bar: %1 the article's publication date</extracomment>
            <translation>Опубликовано %1</translation>
        </message>
        <message>
            <source>No publication date</source>
            <translation>Дата публикации неизвестна</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Чтение…</translation>
        </message>
        <message numerus="yes">
            <source>%n entities</source>
            <translation>
                <numerusform>%n сущность</numerusform>
                <numerusform>%n сущности</numerusform>
                <numerusform>%n сущностей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n events</source>
            <translation>
                <numerusform>%n событие</numerusform>
                <numerusform>%n события</numerusform>
                <numerusform>%n событий</numerusform>
            </translation>
        </message>
        <message>
            <source>the article took too long to read</source>
            <translation>чтение статьи заняло слишком много времени</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>About Annalist</source>
            <translation>О программе Annalist</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Annalist %1&lt;/h3&gt;&lt;p&gt;Reads news articles with their people, places, organisations, documents, events and dates highlighted, and a timeline of what happened when.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on %3) and KSyntaxHighlighting %4.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Annalist %1&lt;/h3&gt;&lt;p&gt;Читает новостные статьи, подсвечивая в них людей, места, организации, документы, события и даты, и показывает хронологию того, что когда произошло.&lt;/p&gt;&lt;p&gt;Собрано с Qt %2 (работает на %3) и KSyntaxHighlighting %4.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Экспорт…</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Отменить</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Повторить</translation>
        </message>
        <message>
            <source>T&amp;heme</source>
            <extracomment>The colour theme submenu; its accelerator must differ from "Show &amp;Timeline"</extracomment>
            <translation>&amp;Цветовая схема</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Настройка</translation>
        </message>
        <message>
            <source>&amp;Configure Annalist…</source>
            <translation>&amp;Настроить Annalist…</translation>
        </message>
        <message>
            <source>&amp;Lexicon…</source>
            <translation>&amp;Словарь…</translation>
        </message>
        <message>
            <source>Annotations not saved</source>
            <translation>Аннотации не сохранены</translation>
        </message>
        <message>
            <source>Wait until the article has been read</source>
            <translation>Дождитесь, пока статья будет прочитана</translation>
        </message>
        <message>
            <source>Read the article again from disk; your annotations move with the text</source>
            <translation>Заново прочитать статью с диска; ваши аннотации переместятся вместе с текстом</translation>
        </message>
        <message>
            <source>Annalist &amp;Handbook</source>
            <translation>&amp;Руководство Annalist</translation>
        </message>
        <message>
            <source>&amp;Try Again</source>
            <translation>&amp;Повторить</translation>
        </message>
        <message>
            <source>Reloa&amp;d</source>
            <translation>П&amp;ерезагрузить</translation>
        </message>
        <message>
            <source>Reload the article anyway and lose the unsaved annotations?</source>
            <translation>Всё равно перезагрузить статью и потерять несохранённые аннотации?</translation>
        </message>
        <message>
            <source>Close the article anyway and lose the unsaved annotations?</source>
            <translation>Всё равно закрыть статью и потерять несохранённые аннотации?</translation>
        </message>
        <message>
            <source>&lt;p&gt;The learned name recognizer was trained on GUM (Georgetown University Multilayer corpus; CC BY 4.0, texts CC BY 4.0, CC BY-SA 3.0 and CC BY 2.5), the Universal NER English Web Treebank (CC BY-SA 4.0) and WikiGold (CC BY 4.0). Its weights are shared under CC BY-SA 4.0.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Обучаемый распознаватель имён обучен на корпусах GUM (Georgetown University Multilayer corpus; CC BY 4.0, тексты CC BY 4.0, CC BY-SA 3.0 и CC BY 2.5), Universal NER English Web Treebank (CC BY-SA 4.0) и WikiGold (CC BY 4.0). Его веса распространяются по лицензии CC BY-SA 4.0.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Its English lexicon is made from WordNet 3.0 (WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.) and the SCOWL word list (Copyright 2000-2011 by Kevin Atkinson), under their permissive licences.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Её английский словарь составлен из WordNet 3.0 (WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.) и списка слов SCOWL (Copyright 2000-2011 by Kevin Atkinson) на условиях их свободных лицензий.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Its list of the world's towns is GeoNames' (geonames.org; CC BY 4.0).&lt;/p&gt;</source>
            <translation>&lt;p&gt;Её список городов мира взят из GeoNames (geonames.org; CC BY 4.0).&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;The part-of-speech tagger and the parser were trained on the Universal Dependencies English Web Treebank (Silveira et al. 2014; CC BY-SA 4.0). Their weights are shared under CC BY-SA 4.0.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Определитель частей речи и синтаксический анализатор обучены на English Web Treebank в версии Universal Dependencies (Silveira et al. 2014; CC BY-SA 4.0). Их веса распространяются на условиях CC BY-SA 4.0.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>Annalist::NoteDialog</name>
        <message>
            <source>Note</source>
            <translation>Заметка</translation>
        </message>
    </context>
    <context>
        <name>Annalist::OrphansDialog</name>
        <message>
            <source>Unplaced Annotations — %1</source>
            <extracomment>%1 the article's title or file name</extracomment>
            <translation>Неразмещённые аннотации — %1</translation>
        </message>
        <message>
            <source>Annotations that could not be placed</source>
            <translation>Аннотации, которые не удалось разместить</translation>
        </message>
        <message>
            <source>&amp;Place on Selection</source>
            <translation>&amp;Разместить на выделении</translation>
        </message>
        <message>
            <source>Select the words in the article first</source>
            <translation>Сначала выделите слова в статье</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>&amp;Отбросить</translation>
        </message>
        <message>
            <source>“%1”: %2</source>
            <translation>«%1»: %2</translation>
        </message>
        <message>
            <source>Every saved annotation found its place in the text.</source>
            <translation>Все сохранённые аннотации нашли своё место в тексте.</translation>
        </message>
        <message>
            <source>These saved annotations could not be shown where they were; each says why. Select words in the article and place one on them, or discard it.</source>
            <translation>Эти сохранённые аннотации не удалось показать на прежнем месте; у каждой указана причина. Выделите слова в статье и поместите на них аннотацию или отбросьте её.</translation>
        </message>
    </context>
    <context>
        <name>Annalist::SettingsDialog</name>
        <message>
            <source>Configure Annalist</source>
            <translation>Настройка Annalist</translation>
        </message>
        <message>
            <source>Settings pages</source>
            <translation>Страницы настроек</translation>
        </message>
        <message>
            <source>&amp;Appearance</source>
            <translation>&amp;Внешний вид</translation>
        </message>
        <message>
            <source>Entity &amp;types</source>
            <translation>&amp;Типы сущностей</translation>
        </message>
        <message>
            <source>&amp;General</source>
            <translation>&amp;Общие</translation>
        </message>
        <message>
            <source>Sets every choice to its default; nothing is stored until OK or Apply. Your own entity types are kept, without their colours and keys.</source>
            <translation>Возвращает все параметры к значениям по умолчанию; ничего не сохраняется до нажатия «OK» или «Применить». Ваши собственные типы сущностей остаются, но без своих цветов и клавиш.</translation>
        </message>
        <message>
            <source>Colour theme</source>
            <translation>Цветовая схема</translation>
        </message>
        <message>
            <source>Automatic (follow the system)</source>
            <translation>Автоматически (как в системе)</translation>
        </message>
        <message>
            <source>Colour t&amp;heme:</source>
            <translation>Цветовая &amp;схема:</translation>
        </message>
        <message>
            <source>Use the &amp;default font</source>
            <translation>Использовать шрифт по &amp;умолчанию</translation>
        </message>
        <message>
            <source>Use the default reading font</source>
            <translation>Использовать стандартный шрифт для чтения</translation>
        </message>
        <message>
            <source>Reading font:</source>
            <translation>Шрифт для чтения:</translation>
        </message>
        <message>
            <source>Reading font family</source>
            <translation>Семейство шрифта для чтения</translation>
        </message>
        <message>
            <source>Font &amp;family:</source>
            <translation>Се&amp;мейство шрифта:</translation>
        </message>
        <message>
            <source>Reading font size in points</source>
            <translation>Размер шрифта для чтения в пунктах</translation>
        </message>
        <message>
            <source>Default</source>
            <translation>По умолчанию</translation>
        </message>
        <message>
            <source> pt</source>
            <translation> пт</translation>
        </message>
        <message>
            <source>Font si&amp;ze:</source>
            <translation>&amp;Размер шрифта:</translation>
        </message>
        <message>
            <source>Interface language</source>
            <translation>Язык интерфейса</translation>
        </message>
        <message>
            <source>System default</source>
            <translation>Как в системе</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Язык:</translation>
        </message>
        <message>
            <source>A new language is used the next time Annalist starts.</source>
            <translation>Новый язык будет использован при следующем запуске Annalist.</translation>
        </message>
        <message>
            <source>Autosave delay in seconds</source>
            <translation>Задержка автосохранения в секундах</translation>
        </message>
        <message>
            <source> s</source>
            <translation> с</translation>
        </message>
        <message>
            <source>How long after your last edit your tags and notes are saved.</source>
            <translation>Через какое время после последней правки сохраняются ваши метки и заметки.</translation>
        </message>
        <message>
            <source>Save edits a&amp;fter:</source>
            <translation>Сохранять правки &amp;через:</translation>
        </message>
        <message>
            <source>Sidecar files (your tags, notes and timeline edits)</source>
            <translation>Файлы-спутники (ваши метки, заметки и правки хронологии)</translation>
        </message>
        <message>
            <source>Where sidecar files are kept</source>
            <translation>Где хранятся файлы-спутники</translation>
        </message>
        <message>
            <source>&amp;Beside the article, or in my data folder when the article's folder is read-only</source>
            <translation>&amp;Рядом со статьёй или в моей папке данных, если папка статьи доступна только для чтения</translation>
        </message>
        <message>
            <source>Always in my &amp;data folder</source>
            <translation>Всегда в моей папке &amp;данных</translation>
        </message>
        <message>
            <source>Press a type's key in the article to tag the selection with it. Double-click (or press F2 on) one of your own types to rename it.</source>
            <translation>Нажмите в статье клавишу типа, чтобы пометить им выделение. Дважды щёлкните по своему типу (или нажмите на нём F2), чтобы переименовать его.</translation>
        </message>
        <message>
            <source>Entity types</source>
            <translation>Типы сущностей</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Тип</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Цвет</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Клавиша</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Key of the selected type</source>
            <translation>Клавиша выбранного типа</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Нет</translation>
        </message>
        <message>
            <source>&amp;Key:</source>
            <translation>&amp;Клавиша:</translation>
        </message>
        <message>
            <source>&amp;Colour…</source>
            <translation>&amp;Цвет…</translation>
        </message>
        <message>
            <source>Choose the colour of the selected type</source>
            <translation>Выбрать цвет выбранного типа</translation>
        </message>
        <message>
            <source>T&amp;heme Colour</source>
            <translation>Цвет из с&amp;хемы</translation>
        </message>
        <message>
            <source>Use the theme's colour for the selected type</source>
            <translation>Использовать для выбранного типа цвет из цветовой схемы</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Удалить</translation>
        </message>
        <message>
            <source>Remove the selected type</source>
            <translation>Удалить выбранный тип</translation>
        </message>
        <message>
            <source>Name of a new entity type</source>
            <translation>Название нового типа сущностей</translation>
        </message>
        <message>
            <source>for example MINISTER</source>
            <translation>например, МИНИСТР</translation>
        </message>
        <message>
            <source>&amp;New type:</source>
            <translation>&amp;Новый тип:</translation>
        </message>
        <message>
            <source>A&amp;dd</source>
            <translation>Доб&amp;авить</translation>
        </message>
        <message>
            <source>Add the new entity type</source>
            <translation>Добавить новый тип сущностей</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Из схемы</translation>
        </message>
        <message>
            <source>Built-in</source>
            <translation>Встроенный</translation>
        </message>
        <message>
            <source>Yours</source>
            <translation>Ваш</translation>
        </message>
        <message>
            <source>A type needs a name of at most 40 characters.</source>
            <translation>Типу нужно название длиной не более 40 символов.</translation>
        </message>
        <message>
            <source>There is already a type called %1.</source>
            <translation>Тип с названием %1 уже есть.</translation>
        </message>
        <message>
            <source>Tags already made as %1 keep that name.</source>
            <translation>Уже сделанные метки %1 сохранят это название.</translation>
        </message>
        <message>
            <source>Every key is taken; give %1 one by taking it from another type.</source>
            <translation>Все клавиши заняты; назначьте %1 клавишу, забрав её у другого типа.</translation>
        </message>
        <message>
            <source>Colour of %1</source>
            <translation>Цвет типа %1</translation>
        </message>
        <message>
            <source>Key %1 was %2's; %2 has no key now.</source>
            <translation>Клавиша %1 принадлежала типу %2; теперь у %2 нет клавиши.</translation>
        </message>
        <message>
            <source>Apply the theme to the &amp;whole window</source>
            <translation>Применять тему ко &amp;всему окну</translation>
        </message>
        <message>
            <source>When the theme is dark and the desktop light (or the reverse), the menus, panels and dialogs take the theme's colours too.</source>
            <translation>Если тема тёмная, а рабочий стол светлый (или наоборот), меню, панели и диалоги тоже получают цвета темы.</translation>
        </message>
    </context>
    <context>
        <name>Annalist::TimelineDelegate</name>
        <message>
            <source>Year unknown</source>
            <translation>Год неизвестен</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <extracomment>An entity in an event's tooltip: %1 its name, %2 its type's name</extracomment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Involved: %1</source>
            <extracomment>Tooltip of a timeline event: the entities it involves</extracomment>
            <translation>Участники: %1</translation>
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
            <translation>%1-й</translation>
        </message>
        <message>
            <source>%1nd</source>
            <extracomment>Ordinal numbers (22nd century)</extracomment>
            <translation>%1-й</translation>
        </message>
        <message>
            <source>%1rd</source>
            <extracomment>Ordinal numbers (23rd century)</extracomment>
            <translation>%1-й</translation>
        </message>
        <message>
            <source>%1th</source>
            <extracomment>Ordinal numbers (20th century)</extracomment>
            <translation>%1-й</translation>
        </message>
        <message>
            <source>now</source>
            <translation>сейчас</translation>
        </message>
        <message>
            <source>in the past</source>
            <translation>в прошлом</translation>
        </message>
        <message>
            <source>in the future</source>
            <translation>в будущем</translation>
        </message>
        <message>
            <source>d MMM yyyy</source>
            <extracomment>QDate::toString() pattern for an event on a known day; MMM is the short month name</extracomment>
            <translation>d MMM yyyy</translation>
        </message>
        <message>
            <source>d MMM</source>
            <extracomment>QDate::toString() pattern for a day and month whose year is unknown</extracomment>
            <translation>d MMM</translation>
        </message>
        <message>
            <source>MMM yyyy</source>
            <extracomment>QDate::toString() pattern for an event in a known month; MMM is the short month name</extracomment>
            <translation>MMM yyyy</translation>
        </message>
        <message>
            <source>the %1s</source>
            <extracomment>A decade; %1 is its first year (1990)</extracomment>
            <translation>%1-е годы</translation>
        </message>
        <message>
            <source>the %1 century</source>
            <extracomment>A century; %1 is its ordinal number ("20th", from the ordinal patterns)</extracomment>
            <translation>%1 век</translation>
        </message>
        <message>
            <source>Q%1 %2</source>
            <extracomment>A quarter of a year: %1 is 1–4, %2 the year</extracomment>
            <translation>%1-й кв. %2</translation>
        </message>
        <message>
            <source>Q%1</source>
            <extracomment>A quarter of a year whose year is unknown: %1 is 1–4</extracomment>
            <translation>%1-й кв.</translation>
        </message>
        <message>
            <source>weekend %1–%2</source>
            <extracomment>The weekend of a week: %1 its Saturday, %2 its Sunday (from the two patterns below)</extracomment>
            <translation>выходные %1–%2</translation>
        </message>
        <message>
            <source>d MMM</source>
            <comment>a weekend&apos;s Saturday</comment>
            <translation>d MMM</translation>
        </message>
        <message>
            <source>d MMM yyyy</source>
            <comment>a weekend&apos;s Sunday</comment>
            <translation>d MMM yyyy</translation>
        </message>
        <message>
            <source>week %1 of %2</source>
            <extracomment>A calendar week: %1 is 1–53, %2 the year</extracomment>
            <translation>%1-я неделя %2</translation>
        </message>
        <message>
            <source>week %1</source>
            <extracomment>A calendar week whose year is unknown: %1 is 1–53</extracomment>
            <translation>%1-я неделя</translation>
        </message>
        <message>
            <source>spring</source>
            <translation>весна</translation>
        </message>
        <message>
            <source>summer</source>
            <translation>лето</translation>
        </message>
        <message>
            <source>autumn</source>
            <translation>осень</translation>
        </message>
        <message>
            <source>winter</source>
            <translation>зима</translation>
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
            <translation>%1-е полугодие %2</translation>
        </message>
        <message>
            <source>H%1</source>
            <extracomment>A half of a year whose year is unknown: %1 is 1 or 2</extracomment>
            <translation>%1-е полугодие</translation>
        </message>
    </context>
    <context>
        <name>Annalist::TimelinePanel</name>
        <message>
            <source>Timeline events</source>
            <translation>События хронологии</translation>
        </message>
        <message>
            <source>Reading the article…</source>
            <translation>Чтение статьи…</translation>
        </message>
        <message>
            <source>Open an article to see the dated events it reports.</source>
            <translation>Откройте статью, чтобы увидеть датированные события, о которых она сообщает.</translation>
        </message>
        <message>
            <source>This article reports no dated events.</source>
            <translation>В этой статье нет датированных событий.</translation>
        </message>
        <message>
            <source>Dated events in the article; Enter shows an event in the text</source>
            <translation>Датированные события статьи; Enter показывает событие в тексте</translation>
        </message>
    </context>
    <context>
        <name>BoundedFile</name>
        <message numerus="yes">
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n байт</numerusform>
                <numerusform>%n байта</numerusform>
                <numerusform>%n байт</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EffectiveLayer</name>
        <message numerus="yes">
            <source>%n annotation(s) could not be placed in the changed text and are left out.</source>
            <translation>
                <numerusform>%n аннотацию не удалось разместить в изменённом тексте, она пропущена.</numerusform>
                <numerusform>%n аннотации не удалось разместить в изменённом тексте, они пропущены.</numerusform>
                <numerusform>%n аннотаций не удалось разместить в изменённом тексте, они пропущены.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n annotation(s) overlap another of your annotations and are left out.</source>
            <translation>
                <numerusform>%n аннотация пересекается с другой вашей аннотацией и пропущена.</numerusform>
                <numerusform>%n аннотации пересекаются с другими вашими аннотациями и пропущены.</numerusform>
                <numerusform>%n аннотаций пересекаются с другими вашими аннотациями и пропущены.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EntityTypeSet</name>
        <message>
            <source>The entity types in %1 cannot be read; the defaults are used and the file is left as it is.</source>
            <translation>Не удаётся прочитать типы сущностей в %1; используются типы по умолчанию, а файл оставлен как есть.</translation>
        </message>
        <message>
            <source>The entity types in %1 were saved by a newer Annalist; they are used but not changed.</source>
            <translation>Типы сущностей в %1 сохранены более новой версией Annalist; они используются, но не изменяются.</translation>
        </message>
        <message>
            <source>The entity types in %1 could not be read before, so they are not overwritten.</source>
            <translation>Типы сущностей в %1 ранее не удалось прочитать, поэтому они не перезаписываются.</translation>
        </message>
        <message>
            <source>The entity types cannot be saved to %1: %2</source>
            <translation>Не удаётся сохранить типы сущностей в %1: %2</translation>
        </message>
        <message>
            <source>The entity types in %1 are larger than the %2 limit (%3); the defaults are used and the file is left as it is.</source>
            <translation>Файл типов сущностей %1 больше допустимых %2 (%3); используются типы по умолчанию, файл оставлен без изменений.</translation>
        </message>
    </context>
    <context>
        <name>EntityTypes</name>
        <message>
            <source>Person</source>
            <extracomment>Entity type: a named person</extracomment>
            <translation>Персона</translation>
        </message>
        <message>
            <source>Organization</source>
            <extracomment>Entity type: a named organisation (company, ministry, party)</extracomment>
            <translation>Организация</translation>
        </message>
        <message>
            <source>Place</source>
            <extracomment>Entity type: a named place (country, city, region)</extracomment>
            <translation>Место</translation>
        </message>
        <message>
            <source>Date</source>
            <extracomment>Entity type: a date or time expression in the text</extracomment>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Document</source>
            <extracomment>Entity type: a named document (treaty, act, report, declaration)</extracomment>
            <translation>Документ</translation>
        </message>
        <message>
            <source>Event</source>
            <extracomment>Entity type: a named event (summit, war, election)</extracomment>
            <translation>Событие</translation>
        </message>
    </context>
    <context>
        <name>ExportWriter</name>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation>Не удаётся создать папку %1.</translation>
        </message>
    </context>
    <context>
        <name>Exporter</name>
        <message>
            <source>picture: left out “%1” (%2): it has no year</source>
            <translation>изображение: пропущено «%1» (%2): нет года</translation>
        </message>
        <message numerus="yes">
            <source>picture: only the first %1 events are drawn; %n more are left out</source>
            <translation>
                <numerusform>изображение: нарисованы только первые %1 событий; ещё %n пропущено</numerusform>
                <numerusform>изображение: нарисованы только первые %1 событий; ещё %n пропущены</numerusform>
                <numerusform>изображение: нарисованы только первые %1 событий; ещё %n пропущено</numerusform>
            </translation>
        </message>
        <message>
            <source>Annalist JSON (entities and timeline)</source>
            <translation>Annalist JSON (сущности и хронология)</translation>
        </message>
        <message>
            <source>TimelineJS3 JSON</source>
            <translation>TimelineJS3 JSON</translation>
        </message>
        <message>
            <source>timelinejs: left out “%1” (%2): TimelineJS needs a year</source>
            <translation>timelinejs: пропущено «%1» (%2): TimelineJS нужен год</translation>
        </message>
        <message>
            <source>CSV (RFC 4180), one row per event</source>
            <translation>CSV (RFC 4180), одна строка на событие</translation>
        </message>
        <message>
            <source>Markdown, events grouped by year</source>
            <translation>Markdown, события сгруппированы по годам</translation>
        </message>
        <message>
            <source>HTML page (timeline and annotated article)</source>
            <translation>HTML-страница (хронология и размеченная статья)</translation>
        </message>
        <message numerus="yes">
            <source>html: %n overlapping entities of %1 are not marked in the text</source>
            <translation>
                <numerusform>html: %n пересекающаяся сущность статьи %1 не отмечена в тексте</numerusform>
                <numerusform>html: %n пересекающиеся сущности статьи %1 не отмечены в тексте</numerusform>
                <numerusform>html: %n пересекающихся сущностей статьи %1 не отмечены в тексте</numerusform>
            </translation>
        </message>
        <message>
            <source>iCalendar (RFC 5545)</source>
            <translation>iCalendar (RFC 5545)</translation>
        </message>
        <message>
            <source>ics: left out “%1” (%2): a calendar needs a year</source>
            <translation>ics: пропущено «%1» (%2): календарю нужен год</translation>
        </message>
        <message>
            <source>SVG picture of the timeline (1600×900)</source>
            <translation>SVG-изображение хронологии (1600×900)</translation>
        </message>
        <message>
            <source>PNG picture of the timeline (1600×900)</source>
            <translation>PNG-изображение хронологии (1600×900)</translation>
        </message>
        <message>
            <source>png: drawing needs a QGuiApplication</source>
            <translation>png: для рисования нужен QGuiApplication</translation>
        </message>
        <message>
            <source>png: the timeline picture could not be drawn</source>
            <translation>png: не удалось нарисовать изображение хронологии</translation>
        </message>
        <message>
            <source>png: the picture could not be encoded</source>
            <translation>png: не удалось закодировать изображение</translation>
        </message>
        <message>
            <source>brat standoff (.txt + .ann)</source>
            <translation>brat standoff (.txt + .ann)</translation>
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
            <translation>Не удаётся прочитать словарь %1: %2</translation>
        </message>
        <message>
            <source>The lexicon %1 is damaged or not a lexicon; it was left as it is.</source>
            <translation>Словарь %1 повреждён или не является словарём; он оставлен как есть.</translation>
        </message>
        <message>
            <source>The lexicon %1 was written by a newer Annalist; it is used but will not be changed.</source>
            <translation>Словарь %1 записан более новой версией Annalist; он используется, но не будет изменён.</translation>
        </message>
        <message>
            <source>The lexicon %1 could not be read before, so it is not overwritten.</source>
            <translation>Словарь %1 ранее не удалось прочитать, поэтому он не перезаписывается.</translation>
        </message>
        <message>
            <source>The lexicon %1 cannot be written: %2</source>
            <translation>Не удаётся записать словарь %1: %2</translation>
        </message>
        <message>
            <source>from your lexicon</source>
            <translation>из вашего словаря</translation>
        </message>
        <message>
            <source>The lexicon %1 is larger than the %2 limit (%3); it is not used and was left as it is.</source>
            <translation>Словарь %1 больше допустимых %2 (%3); он не используется и оставлен без изменений.</translation>
        </message>
        <message>
            <source>not a regular file</source>
            <translation>это не обычный файл</translation>
        </message>
    </context>
    <context>
        <name>OutputGuard</name>
        <message>
            <source>standard output</source>
            <translation>стандартный вывод</translation>
        </message>
        <message>
            <source>no space left on device</source>
            <translation>на устройстве не осталось места</translation>
        </message>
        <message>
            <source>Cannot write %1: %2.</source>
            <translation>Не удаётся записать %1: %2.</translation>
        </message>
        <message>
            <source>No destination file was given.</source>
            <translation>Файл назначения не указан.</translation>
        </message>
        <message>
            <source>Refusing to write %1: annotations are saved to files only.</source>
            <translation>Запись в %1 отклонена: аннотации сохраняются только в файлы.</translation>
        </message>
        <message>
            <source>Refusing to write over %1: it is an article or the annotations of one; choose another destination.</source>
            <translation>%1 не будет перезаписан: это статья или аннотации к статье; выберите другое место.</translation>
        </message>
        <message>
            <source>Refusing to write to %1: it is a symbolic link, and outputs are never written through links.</source>
            <translation>Запись в %1 отклонена: это символическая ссылка, а результаты никогда не записываются через ссылки.</translation>
        </message>
        <message>
            <source>Refusing to write to %1: it is a folder.</source>
            <translation>Запись в %1 отклонена: это папка.</translation>
        </message>
        <message>
            <source>Refusing to write to %1: it is a device or a pipe, not a regular file.</source>
            <translation>Запись в %1 отклонена: это устройство или канал, а не обычный файл.</translation>
        </message>
        <message>
            <source>Refusing to write over %1: it is not a screenshot that Annalist made; choose another name.</source>
            <translation>%1 не будет перезаписан: это не снимок экрана, созданный Annalist; выберите другое имя.</translation>
        </message>
        <message>
            <source>Refusing to write several files to one stream (%1).</source>
            <translation>Несколько файлов не записываются в один поток (%1).</translation>
        </message>
    </context>
    <context>
        <name>Sidecar</name>
        <message>
            <source>The annotations in %1 cannot be read (%2); the article opens without them and the file is left as it is.</source>
            <translation>Не удаётся прочитать аннотации в %1 (%2); статья открывается без них, а файл оставлен как есть.</translation>
        </message>
        <message>
            <source>The annotation file %1 is empty; the article opens without annotations.</source>
            <translation>Файл аннотаций %1 пуст; статья открывается без аннотаций.</translation>
        </message>
        <message>
            <source>The annotation file %1 is damaged (%2 at byte %3); the article opens without annotations and the file is left as it is until you decide what to do with it.</source>
            <translation>Файл аннотаций %1 повреждён (%2 на байте %3); статья открывается без аннотаций, а файл оставлен как есть, пока вы не решите, что с ним делать.</translation>
        </message>
        <message>
            <source>The file %1 holds neither Annalist annotations nor W3C Web Annotations; the article opens without annotations and the file is left as it is.</source>
            <translation>Файл %1 не содержит ни аннотаций Annalist, ни W3C Web Annotations; статья открывается без аннотаций, а файл оставлен как есть.</translation>
        </message>
        <message>
            <source>The annotations in %1 were saved by a newer version of Annalist; they are shown read-only and the file is not changed.</source>
            <translation>Аннотации в %1 сохранены более новой версией Annalist; они показаны только для чтения, а файл не изменяется.</translation>
        </message>
        <message numerus="yes">
            <source>%n annotation(s) in %1 could not be understood; they are kept in the file unchanged.</source>
            <translation>
                <numerusform>%n аннотацию в %1 не удалось разобрать; она сохранена в файле без изменений.</numerusform>
                <numerusform>%n аннотации в %1 не удалось разобрать; они сохранены в файле без изменений.</numerusform>
                <numerusform>%n аннотаций в %1 не удалось разобрать; они сохранены в файле без изменений.</numerusform>
            </translation>
        </message>
        <message>
            <source>It has no quote to check its position against.</source>
            <translation>У неё нет цитаты, по которой можно проверить её позицию.</translation>
        </message>
        <message>
            <source>Its text is no longer found in the article.</source>
            <translation>Её текст больше не встречается в статье.</translation>
        </message>
        <message>
            <source>The annotations cannot be saved: the folder %1 cannot be made.</source>
            <translation>Не удаётся сохранить аннотации: невозможно создать папку %1.</translation>
        </message>
        <message>
            <source>The annotations cannot be saved to %1: %2</source>
            <translation>Не удаётся сохранить аннотации в %1: %2</translation>
        </message>
        <message>
            <source>The annotation file %1 is larger than the %2 limit (%3); the article opens without annotations and the file is left as it is.</source>
            <translation>Файл аннотаций %1 больше допустимых %2 (%3); статья открывается без аннотаций, файл оставлен без изменений.</translation>
        </message>
        <message>
            <source>not a regular file</source>
            <translation>это не обычный файл</translation>
        </message>
        <message numerus="yes">
            <source>%n annotation(s) in %1 had an id that another one in the file already had; each now has an id of its own, saved with your next change.</source>
            <translation>
                <numerusform>%n аннотация в %1 имела идентификатор, который уже был у другой в этом файле; теперь у неё свой идентификатор, он сохранится при следующем изменении.</numerusform>
                <numerusform>%n аннотации в %1 имели идентификатор, который уже был у другой в этом файле; теперь у каждой свой идентификатор, он сохранится при следующем изменении.</numerusform>
                <numerusform>%n аннотаций в %1 имели идентификатор, который уже был у другой в этом файле; теперь у каждой свой идентификатор, он сохранится при следующем изменении.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n annotation(s) overlap another of your annotations in the same file; they are listed as orphans for you to place or discard.</source>
            <translation>
                <numerusform>%n аннотация пересекается с другой вашей аннотацией в том же файле; она показана в списке неразмещённых, чтобы вы поместили или удалили её.</numerusform>
                <numerusform>%n аннотации пересекаются с другими вашими аннотациями в том же файле; они показаны в списке неразмещённых, чтобы вы поместили или удалили их.</numerusform>
                <numerusform>%n аннотаций пересекаются с другими вашими аннотациями в том же файле; они показаны в списке неразмещённых, чтобы вы поместили или удалили их.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>export</name>
        <message>
            <source>The command.</source>
            <translation>Команда.</translation>
        </message>
        <message>
            <source>Articles to export.</source>
            <translation>Статьи для экспорта.</translation>
        </message>
        <message>
            <source>Exports the entities and the timeline of articles. Several articles give one merged timeline.

Formats:</source>
            <translation>Экспортирует сущности и хронологию статей. Несколько статей дают одну объединённую хронологию.

Форматы:</translation>
        </message>
        <message>
            <source>Output format: %1.</source>
            <translation>Формат вывода: %1.</translation>
        </message>
        <message>
            <source>Write to this file (brat: base name or folder).</source>
            <translation>Записать в этот файл (brat: базовое имя или папка).</translation>
        </message>
        <message>
            <source>Colour theme for html, svg and png (a KSyntaxHighlighting theme name).</source>
            <translation>Цветовая схема для html, svg и png (имя темы KSyntaxHighlighting).</translation>
        </message>
        <message>
            <source>unknown format “%1”; the formats are %2</source>
            <translation>неизвестный формат «%1»; доступные форматы: %2</translation>
        </message>
        <message>
            <source>name at least one article</source>
            <translation>укажите хотя бы одну статью</translation>
        </message>
        <message>
            <source>the %1 format needs a destination: add -o OUT</source>
            <translation>для формата %1 нужно место назначения: добавьте -o ФАЙЛ</translation>
        </message>
        <message>
            <source>unknown theme “%1”; the themes are %2</source>
            <translation>неизвестная тема «%1»; доступные темы: %2</translation>
        </message>
        <message>
            <source>%1 and %2 would both be exported as “%3”; rename one</source>
            <translation>%1 и %2 были бы экспортированы под одним именем «%3»; переименуйте один из файлов</translation>
        </message>
        <message>
            <source>cannot create the folder %1</source>
            <translation>не удаётся создать папку %1</translation>
        </message>
        <message>
            <source>Export every article on its own into the folder given with -o, as ARTICLE-NAME.SUFFIX. An article that fails is reported and the others are still written.</source>
            <translation>Экспортировать каждую статью отдельно в папку, указанную в -o, как ИМЯ-СТАТЬИ.РАСШИРЕНИЕ. О статье с ошибкой сообщается, остальные всё равно записываются.</translation>
        </message>
        <message>
            <source>Articles analysed at once (default: one per processor core).</source>
            <translation>Сколько статей анализировать одновременно (по умолчанию по одной на ядро процессора).</translation>
        </message>
        <message>
            <source>--jobs wants a number of at least 1, not “%1”</source>
            <translation>--jobs ожидает число не меньше 1, а не «%1»</translation>
        </message>
        <message>
            <source>--each needs a folder: add -o FOLDER</source>
            <translation>--each нужна папка: добавьте -o ПАПКА</translation>
        </message>
        <message>
            <source>

Text formats go to standard output unless -o is given (-o - is standard output too); png and brat need -o (brat: a base name or a folder). An existing output file is replaced atomically; an article, its annotations and links are never replaced.</source>
            <translation>

Текстовые форматы выводятся в стандартный вывод, если не указан -o (-o - тоже означает стандартный вывод); для png и brat нужен -o (brat: базовое имя или папка). Существующий выходной файл заменяется атомарно; статья, её аннотации и ссылки никогда не заменяются.</translation>
        </message>
        <message>
            <source>the %1 format writes several files: -o needs a base name or a folder</source>
            <translation>формат %1 записывает несколько файлов: для -o нужно базовое имя или папка</translation>
        </message>
        <message>
            <source>%1/%2 articles</source>
            <translation>%1/%2 статей</translation>
        </message>
        <message>
            <source>%1/%2 articles, %3/s, %4 left</source>
            <translation>%1/%2 статей, %3/с, осталось %4</translation>
        </message>
    </context>
    <context>
        <name>loader</name>
        <message>
            <source>The text</source>
            <translation>Текст</translation>
        </message>
        <message>
            <source>%1 is larger than the %2 limit (%3)</source>
            <translation>%1 больше предела в %2 (%3)</translation>
        </message>
        <message>
            <source>a Word document</source>
            <translation>документ Word</translation>
        </message>
        <message>
            <source>an OpenDocument text</source>
            <translation>текст OpenDocument</translation>
        </message>
        <message>
            <source>an EPUB e-book</source>
            <translation>электронная книга EPUB</translation>
        </message>
        <message>
            <source>a spreadsheet</source>
            <translation>электронная таблица</translation>
        </message>
        <message>
            <source>a presentation</source>
            <translation>презентация</translation>
        </message>
        <message>
            <source>No file was named</source>
            <translation>Файл не указан</translation>
        </message>
        <message>
            <source>%1 does not exist: there is no folder %2</source>
            <translation>%1 не существует: нет папки %2</translation>
        </message>
        <message>
            <source>%1 does not exist</source>
            <translation>%1 не существует</translation>
        </message>
        <message>
            <source>%1 is a folder, not an article</source>
            <translation>%1 — это папка, а не статья</translation>
        </message>
        <message>
            <source>%1 is not a regular file (a device, pipe or socket), so it is not read</source>
            <translation>%1 не является обычным файлом (это устройство, канал или сокет), поэтому он не читается</translation>
        </message>
        <message>
            <source>%1 cannot be read: permission denied</source>
            <translation>Не удаётся прочитать %1: доступ запрещён</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2</source>
            <translation>Не удаётся прочитать %1: %2</translation>
        </message>
        <message>
            <source>%1 is empty</source>
            <translation>%1 пуст</translation>
        </message>
        <message>
            <source>%1 is %2, not an article</source>
            <translation>%1 — это %2, а не статья</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1 has no article text, only markup</source>
            <translation>В %1 нет текста статьи, только разметка</translation>
        </message>
        <message>
            <source>%1 holds no text, only white space</source>
            <translation>В %1 нет текста, только пробелы</translation>
        </message>
        <message>
            <source>a PNG image</source>
            <translation>изображение PNG</translation>
        </message>
        <message>
            <source>a JPEG image</source>
            <translation>изображение JPEG</translation>
        </message>
        <message>
            <source>a GIF image</source>
            <translation>изображение GIF</translation>
        </message>
        <message>
            <source>a TIFF image</source>
            <translation>изображение TIFF</translation>
        </message>
        <message>
            <source>an icon</source>
            <translation>значок</translation>
        </message>
        <message>
            <source>a PDF document</source>
            <translation>документ PDF</translation>
        </message>
        <message>
            <source>a PostScript document</source>
            <translation>документ PostScript</translation>
        </message>
        <message>
            <source>a ZIP archive</source>
            <translation>архив ZIP</translation>
        </message>
        <message>
            <source>a gzip archive</source>
            <translation>архив gzip</translation>
        </message>
        <message>
            <source>a bzip2 archive</source>
            <translation>архив bzip2</translation>
        </message>
        <message>
            <source>an xz archive</source>
            <translation>архив xz</translation>
        </message>
        <message>
            <source>a Zstandard archive</source>
            <translation>архив Zstandard</translation>
        </message>
        <message>
            <source>a 7-Zip archive</source>
            <translation>архив 7-Zip</translation>
        </message>
        <message>
            <source>a RAR archive</source>
            <translation>архив RAR</translation>
        </message>
        <message>
            <source>a tar archive</source>
            <translation>архив tar</translation>
        </message>
        <message>
            <source>an ELF executable</source>
            <translation>исполняемый файл ELF</translation>
        </message>
        <message>
            <source>a compiled program</source>
            <translation>скомпилированная программа</translation>
        </message>
        <message>
            <source>a WebAssembly module</source>
            <translation>модуль WebAssembly</translation>
        </message>
        <message>
            <source>an old Microsoft Office document</source>
            <translation>старый документ Microsoft Office</translation>
        </message>
        <message>
            <source>an RTF document</source>
            <translation>документ RTF</translation>
        </message>
        <message>
            <source>an SQLite database</source>
            <translation>база данных SQLite</translation>
        </message>
        <message>
            <source>an Ogg audio or video file</source>
            <translation>аудио- или видеофайл Ogg</translation>
        </message>
        <message>
            <source>an MP3 audio file</source>
            <translation>аудиофайл MP3</translation>
        </message>
        <message>
            <source>a FLAC audio file</source>
            <translation>аудиофайл FLAC</translation>
        </message>
        <message>
            <source>an MP4 video or audio file</source>
            <translation>видео- или аудиофайл MP4</translation>
        </message>
        <message>
            <source>a Matroska or WebM video</source>
            <translation>видео Matroska или WebM</translation>
        </message>
        <message>
            <source>a web font</source>
            <translation>веб-шрифт</translation>
        </message>
        <message>
            <source>it is marked as UTF-16 but ends in half a character, so it is damaged or not UTF-16 at all</source>
            <translation>он помечен как UTF-16, но заканчивается половиной символа, значит, он повреждён или вовсе не в UTF-16</translation>
        </message>
        <message>
            <source>it is marked as UTF-16 but has an invalid character at byte %1</source>
            <translation>он помечен как UTF-16, но на байте %1 содержит недопустимый символ</translation>
        </message>
        <message>
            <source>a WebP image</source>
            <translation>изображение WebP</translation>
        </message>
        <message>
            <source>a WAV audio file</source>
            <translation>аудиофайл WAV</translation>
        </message>
        <message>
            <source>a RIFF media file</source>
            <translation>медиафайл RIFF</translation>
        </message>
        <message>
            <source>binary data</source>
            <translation>двоичные данные</translation>
        </message>
        <message numerus="yes">
            <source>it is UTF-8 with %n invalid byte(s); those were read as Windows-1252</source>
            <translation>
                <numerusform>он в UTF-8 с %n недопустимым байтом; он прочитан как Windows-1252</numerusform>
                <numerusform>он в UTF-8 с %n недопустимыми байтами; они прочитаны как Windows-1252</numerusform>
                <numerusform>он в UTF-8 с %n недопустимыми байтами; они прочитаны как Windows-1252</numerusform>
            </translation>
        </message>
        <message>
            <source>it is not valid UTF-8, so it was read as Windows-1252 (Western European)</source>
            <translation>он не является корректным UTF-8, поэтому прочитан как Windows-1252 (западноевропейская)</translation>
        </message>
        <message numerus="yes">
            <source>%1: it holds %n NUL character(s), which were left out</source>
            <translation>
                <numerusform>%1: он содержит %n символ NUL, он пропущен</numerusform>
                <numerusform>%1: он содержит %n символа NUL, они пропущены</numerusform>
                <numerusform>%1: он содержит %n символов NUL, они пропущены</numerusform>
            </translation>
        </message>
        <message>
            <source>it is marked as UTF-32 but ends in part of a character, so it is damaged or not UTF-32 at all</source>
            <translation>он помечен как UTF-32, но заканчивается частью символа, значит, он повреждён или вовсе не в UTF-32</translation>
        </message>
        <message>
            <source>it is marked as UTF-32 but has an invalid character at byte %1</source>
            <translation>он помечен как UTF-32, но на байте %1 содержит недопустимый символ</translation>
        </message>
        <message>
            <source>it is marked as %1 but is valid UTF-8, so it was read as UTF-8</source>
            <translation>он помечен как %1, но является корректным UTF-8, поэтому прочитан как UTF-8</translation>
        </message>
        <message>
            <source>it is marked as “%1”, an encoding Annalist does not know</source>
            <translation>он помечен как «%1» — эта кодировка Annalist неизвестна</translation>
        </message>
        <message>
            <source>it is marked as %1 but has bytes that are not valid %1; each was read as “�”</source>
            <translation>он помечен как %1, но содержит байты, недопустимые в %1; каждый прочитан как «�»</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Reads news articles with their people, places, organisations, documents, events and dates highlighted, and a timeline of what happened when.

Headless export: annalist export --help</source>
            <translation>Читает новостные статьи, подсвечивая в них людей, места, организации, документы, события и даты, и показывает хронологию того, что когда произошло.

Экспорт без окна: annalist export --help</translation>
        </message>
        <message>
            <source>Articles to open (text, HTML or Markdown).</source>
            <translation>Статьи для открытия (текст, HTML или Markdown).</translation>
        </message>
        <message>
            <source>Render the window offscreen to a PNG file and quit.</source>
            <translation>Отрисовать окно вне экрана в PNG-файл и выйти.</translation>
        </message>
        <message>
            <source>Window size for --screenshot.</source>
            <translation>Размер окна для --screenshot.</translation>
        </message>
        <message>
            <source>Colour theme (a KSyntaxHighlighting theme name).</source>
            <translation>Цветовая схема (имя темы KSyntaxHighlighting).</translation>
        </message>
        <message>
            <source>%1: no such file</source>
            <translation>%1: нет такого файла</translation>
        </message>
        <message>
            <source>%1: is a folder, not an article</source>
            <translation>%1: это папка, а не статья</translation>
        </message>
        <message>
            <source>--size wants WIDTHxHEIGHT, for example 1280x800, not “%1”</source>
            <translation>--size ожидает ШИРИНАxВЫСОТА, например 1280x800, а не «%1»</translation>
        </message>
        <message>
            <source>no colour theme is called “%1”</source>
            <translation>нет цветовой схемы с названием «%1»</translation>
        </message>
    </context>
    <context>
        <name>Annalist::LibraryDock</name>
        <message>
            <source>Library</source>
            <translation>Библиотека</translation>
        </message>
        <message>
            <source>Add &amp;Folder to Library…</source>
            <translation>Добавить &amp;папку в библиотеку…</translation>
        </message>
        <message>
            <source>Index every article in a folder so that you can search them all and see one timeline across them</source>
            <translation>Проиндексировать все статьи папки, чтобы искать по всем сразу и видеть единую хронологию</translation>
        </message>
        <message>
            <source>Search the library: words, entity:NAME, type:PERSON, from:1999, to:2005</source>
            <translation>Поиск по библиотеке: слова, entity:ИМЯ, type:PERSON, from:1999, to:2005</translation>
        </message>
        <message>
            <source>Search the library</source>
            <translation>Поиск по библиотеке</translation>
        </message>
        <message>
            <source>Indexing progress</source>
            <translation>Ход индексации</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Stop indexing; what is indexed stays, the rest is indexed next time</source>
            <translation>Остановить индексацию; проиндексированное сохранится, остальное будет проиндексировано в следующий раз</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Результаты поиска</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>Статьи</translation>
        </message>
        <message>
            <source>Entity index</source>
            <translation>Указатель сущностей</translation>
        </message>
        <message>
            <source>Entities</source>
            <translation>Сущности</translation>
        </message>
        <message>
            <source>Timeline across the library</source>
            <translation>Хронология по всей библиотеке</translation>
        </message>
        <message>
            <source>Export Timeline…</source>
            <translation>Экспорт хронологии…</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Хронология</translation>
        </message>
        <message>
            <source>Show Li&amp;brary</source>
            <translation>Показать &amp;библиотеку</translation>
        </message>
        <message>
            <source>Looking for new and changed articles…</source>
            <translation>Поиск новых и изменённых статей…</translation>
        </message>
        <message>
            <source>Indexing: %1 of %2 articles</source>
            <translation>Индексация: %1 из %2 статей</translation>
        </message>
        <message>
            <source>Add Folder to Library</source>
            <translation>Добавить папку в библиотеку</translation>
        </message>
        <message>
            <source>Indexing was cancelled; the rest is indexed next time.</source>
            <translation>Индексация отменена; остальное будет проиндексировано в следующий раз.</translation>
        </message>
        <message>
            <source>The library is empty: add a folder of articles with File → Add Folder to Library…</source>
            <translation>Библиотека пуста: добавьте папку со статьями через Файл → Добавить папку в библиотеку…</translation>
        </message>
        <message numerus="yes">
            <source>%n article(s) in the library</source>
            <translation>
                <numerusform>%n статья в библиотеке</numerusform>
                <numerusform>%n статьи в библиотеке</numerusform>
                <numerusform>%n статей в библиотеке</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) could not be read:</source>
            <translation>
                <numerusform>%n файл не удалось прочитать:</numerusform>
                <numerusform>%n файла не удалось прочитать:</numerusform>
                <numerusform>%n файлов не удалось прочитать:</numerusform>
            </translation>
        </message>
        <message>
            <source>No articles yet.</source>
            <translation>Статей пока нет.</translation>
        </message>
        <message>
            <source>No article matches.</source>
            <translation>Ни одна статья не подходит.</translation>
        </message>
        <message>
            <source>Entity</source>
            <translation>Сущность</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Тип</translation>
        </message>
        <message>
            <source>Mentions</source>
            <translation>Упоминания</translation>
        </message>
        <message>
            <source>First</source>
            <translation>Первая</translation>
        </message>
        <message>
            <source>Last</source>
            <translation>Последняя</translation>
        </message>
        <message>
            <source>Also written: %1</source>
            <translation>Также пишется: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n more event(s): narrow the search or export the timeline</source>
            <translation>
                <numerusform>Ещё %n событие: сузьте поиск или экспортируйте хронологию</numerusform>
                <numerusform>Ещё %n события: сузьте поиск или экспортируйте хронологию</numerusform>
                <numerusform>Ещё %n событий: сузьте поиск или экспортируйте хронологию</numerusform>
            </translation>
        </message>
        <message>
            <source>Export Timeline</source>
            <translation>Экспорт хронологии</translation>
        </message>
        <message numerus="yes">
            <source>%n found</source>
            <translation>
                <numerusform>найдена %n</numerusform>
                <numerusform>найдено %n</numerusform>
                <numerusform>найдено %n</numerusform>
            </translation>
        </message>
        <message>
            <source>More results…</source>
            <translation>Ещё результаты…</translation>
        </message>
    </context>
    <context>
        <name>Library</name>
        <message>
            <source>The library needs Qt's SQLite driver (QSQLITE), which is not installed (on Debian: the package libqt6sql6-sqlite).</source>
            <translation>Библиотеке нужен драйвер SQLite для Qt (QSQLITE), который не установлен (в Debian: пакет libqt6sql6-sqlite).</translation>
        </message>
        <message>
            <source>Cannot create the library's folder %1.</source>
            <translation>Не удаётся создать папку библиотеки %1.</translation>
        </message>
        <message>
            <source>The library's database %1 is damaged and cannot be moved aside: %2</source>
            <translation>База данных библиотеки %1 повреждена, и её не удаётся отложить в сторону: %2</translation>
        </message>
        <message>
            <source>The library's database %1 is damaged (%2) but still in use; it is set aside the next time Annalist starts.</source>
            <translation>База данных библиотеки %1 повреждена (%2), но ещё используется; она будет отложена в сторону при следующем запуске Annalist.</translation>
        </message>
        <message>
            <source>The library's database could not be used (%1); it was set aside as %2 and is rebuilt from your folders.</source>
            <translation>Базу данных библиотеки не удалось использовать (%1); она отложена как %2 и строится заново из ваших папок.</translation>
        </message>
        <message>
            <source>Cannot open the library's database %1: %2</source>
            <translation>Не удаётся открыть базу данных библиотеки %1: %2</translation>
        </message>
        <message>
            <source>its format is version %1, this Annalist uses %2</source>
            <translation>её формат — версия %1, этот Annalist использует %2</translation>
        </message>
        <message>
            <source>The SQLite library in use has no full-text search (FTS5), which the library needs: %1</source>
            <translation>В используемой SQLite нет полнотекстового поиска (FTS5), который нужен библиотеке: %1</translation>
        </message>
        <message>
            <source>Cannot create the library's database %1: %2</source>
            <translation>Не удаётся создать базу данных библиотеки %1: %2</translation>
        </message>
        <message>
            <source>Cannot write the list of library folders %1: %2</source>
            <translation>Не удаётся записать список папок библиотеки %1: %2</translation>
        </message>
        <message>
            <source>%1 is not a folder that can be read.</source>
            <translation>%1 — не папка, которую можно прочитать.</translation>
        </message>
        <message>
            <source>The library's database failed: %1</source>
            <translation>Сбой базы данных библиотеки: %1</translation>
        </message>
        <message>
            <source>“%1” is not a date; write it as 1999, 1999-09 or 1999-09-14.</source>
            <translation>«%1» — не дата; пишите её как 1999, 1999-09 или 1999-09-14.</translation>
        </message>
        <message>
            <source>Also reported by: %1</source>
            <translation>Также сообщают: %1</translation>
        </message>
    </context>
    <context>
        <name>LibraryCommand</name>
        <message>
            <source>%1 added, %2 updated, %3 unchanged, %4 removed, %5 could not be read</source>
            <translation>добавлено: %1, обновлено: %2, без изменений: %3, удалено: %4, не прочитано: %5</translation>
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
            <translation>Ведёт библиотеку папок со статьями, проиндексированных для поиска, в папке данных пользователя.

Команды:
  add ПАПКА…           добавить папки и проиндексировать их статьи
  update               проиндексировать изменения в папках библиотеки
  remove ПАПКА…        убрать папки из библиотеки
  search ЗАПРОС        найти статьи: слова, entity:ИМЯ, type:ТИП, from:ДАТА, to:ДАТА
  entities [ЗАПРОС]    указатель сущностей библиотеки или результатов поиска
  timeline             единая хронология по библиотеке или по поиску (--query)
  status               папки библиотеки, её размер и файлы, которые не удалось прочитать</translation>
        </message>
        <message>
            <source>The command.</source>
            <translation>Команда.</translation>
        </message>
        <message>
            <source>add, update, remove, search, entities, timeline or status.</source>
            <translation>add, update, remove, search, entities, timeline или status.</translation>
        </message>
        <message>
            <source>search, entities: print JSON.</source>
            <translation>search, entities: вывести JSON.</translation>
        </message>
        <message>
            <source>timeline: only the articles this search finds.</source>
            <translation>timeline: только статьи, найденные этим поиском.</translation>
        </message>
        <message>
            <source>timeline: the format, one of the timeline formats of annalist export.</source>
            <translation>timeline: формат, один из форматов хронологии annalist export.</translation>
        </message>
        <message>
            <source>timeline: write to this file (standard output by default).</source>
            <translation>timeline: записать в этот файл (по умолчанию в стандартный вывод).</translation>
        </message>
        <message>
            <source>search, entities: at most this many results.</source>
            <translation>search, entities: не больше стольких результатов.</translation>
        </message>
        <message>
            <source>name a command: add, update, remove, search, entities, timeline or status</source>
            <translation>укажите команду: add, update, remove, search, entities, timeline или status</translation>
        </message>
        <message>
            <source>--limit wants a number of at least 1</source>
            <translation>--limit ожидает число не меньше 1</translation>
        </message>
        <message>
            <source>name at least one folder</source>
            <translation>укажите хотя бы одну папку</translation>
        </message>
        <message>
            <source>Database: </source>
            <translation>База данных: </translation>
        </message>
        <message>
            <source>Folder: </source>
            <translation>Папка: </translation>
        </message>
        <message>
            <source>%1 articles, %2 entities, %3 events; %4 files could not be read</source>
            <translation>статей: %1, сущностей: %2, событий: %3; не прочитано файлов: %4</translation>
        </message>
        <message>
            <source>name what to search for</source>
            <translation>укажите, что искать</translation>
        </message>
        <message>
            <source>unknown timeline format “%1”; the formats are %2</source>
            <translation>неизвестный формат хронологии «%1»; доступные форматы: %2</translation>
        </message>
        <message>
            <source>the %1 format needs a destination: add -o OUT</source>
            <translation>формату %1 нужно место назначения: добавьте -o ВЫХОД</translation>
        </message>
        <message>
            <source>unknown command “%1”; the commands are add, update, remove, search, entities, timeline and status</source>
            <translation>неизвестная команда «%1»; команды: add, update, remove, search, entities, timeline и status</translation>
        </message>
        <message>
            <source>%1 of %2 articles indexed</source>
            <translation>проиндексировано статей: %1 из %2</translation>
        </message>
    </context>
</TS>
