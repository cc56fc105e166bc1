<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>Annalist::AnnotatedDocument</name>
        <message>
            <source>tagged by you</source>
            <translation>由您标注</translation>
        </message>
        <message>
            <source>from your lexicon</source>
            <translation>来自您的词表</translation>
        </message>
        <message>
            <source>Its position lies outside the text.</source>
            <translation>它的位置超出了文本范围。</translation>
        </message>
        <message>
            <source>It overlaps another of your annotations.</source>
            <translation>它与您的另一条注释重叠。</translation>
        </message>
        <message>
            <source>The automatic event it changed is no longer found.</source>
            <translation>它所修改的自动识别事件已不再存在。</translation>
        </message>
        <message>
            <source>Tag “%1” as %2</source>
            <translation>将“%1”标注为%2</translation>
        </message>
        <message>
            <source>Retype “%1” as %2</source>
            <translation>将“%1”的类型改为%2</translation>
        </message>
        <message>
            <source>Reject “%1”</source>
            <translation>拒绝“%1”</translation>
        </message>
        <message>
            <source>Restore “%1”</source>
            <translation>恢复“%1”</translation>
        </message>
        <message>
            <source>Remove the note on “%1”</source>
            <translation>删除“%1”的备注</translation>
        </message>
        <message>
            <source>Remove the tag on “%1”</source>
            <translation>删除“%1”的标注</translation>
        </message>
        <message>
            <source>Widen “%1”</source>
            <translation>扩展“%1”</translation>
        </message>
        <message>
            <source>Narrow “%1”</source>
            <translation>缩小“%1”</translation>
        </message>
        <message>
            <source>Clear the note on “%1”</source>
            <translation>清除“%1”的备注</translation>
        </message>
        <message>
            <source>Note on “%1”</source>
            <translation>“%1”的备注</translation>
        </message>
        <message numerus="yes">
            <source>Tag %n occurrence(s) of “%1” as %2</source>
            <translation>
                <numerusform>将“%1”的 %n 处出现标注为%2</numerusform>
            </translation>
        </message>
        <message>
            <source>Add the event “%1”</source>
            <translation>添加事件“%1”</translation>
        </message>
        <message>
            <source>Edit the event “%1”</source>
            <translation>编辑事件“%1”</translation>
        </message>
        <message>
            <source>Clear the note on an event</source>
            <translation>清除事件的备注</translation>
        </message>
        <message>
            <source>Note on an event</source>
            <translation>事件备注</translation>
        </message>
        <message>
            <source>Confirm an event</source>
            <translation>确认事件</translation>
        </message>
        <message>
            <source>Unconfirm an event</source>
            <translation>取消确认事件</translation>
        </message>
        <message>
            <source>Hide an event</source>
            <translation>隐藏事件</translation>
        </message>
        <message>
            <source>Show an event</source>
            <translation>显示事件</translation>
        </message>
        <message>
            <source>Remove the event “%1”</source>
            <translation>删除事件“%1”</translation>
        </message>
        <message>
            <source>Place “%1”</source>
            <translation>放置“%1”</translation>
        </message>
        <message>
            <source>Discard “%1”</source>
            <translation>丢弃“%1”</translation>
        </message>
    </context>
    <context>
        <name>Annalist::AnnotationActions</name>
        <message>
            <source>&amp;Annotate</source>
            <translation>标注(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Tag As</source>
            <extracomment>Submenu listing the entity types to tag the selection with</extracomment>
            <translation>标注为(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Reject Entity</source>
            <translation>拒绝实体(&amp;R)</translation>
        </message>
        <message>
            <source>Say that the highlighted words under the cursor are not an entity</source>
            <translation>表明光标处高亮的词语不是实体</translation>
        </message>
        <message>
            <source>Remove &amp;My Edit</source>
            <translation>删除我的修改(&amp;M)</translation>
        </message>
        <message>
            <source>Forget your tag, retype, rejection or note here; the automatic result shows again</source>
            <translation>撤除您在此处的标注、类型更改、拒绝或备注；重新显示自动识别的结果</translation>
        </message>
        <message>
            <source>&amp;Note…</source>
            <translation>备注(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Span</source>
            <extracomment>Submenu: change which words an entity covers</extracomment>
            <translation>范围(&amp;S)</translation>
        </message>
        <message>
            <source>Widen at the Start</source>
            <translation>向前扩展</translation>
        </message>
        <message>
            <source>Narrow at the Start</source>
            <translation>从前收缩</translation>
        </message>
        <message>
            <source>Widen at the End</source>
            <translation>向后扩展</translation>
        </message>
        <message>
            <source>Narrow at the End</source>
            <translation>从后收缩</translation>
        </message>
        <message>
            <source>Tag &amp;All Occurrences</source>
            <translation>标注所有出现(&amp;A)</translation>
        </message>
        <message>
            <source>Add to My &amp;Lexicon</source>
            <translation>添加到我的词表(&amp;L)</translation>
        </message>
        <message>
            <source>Tag these words with this type in every article you open</source>
            <translation>在您打开的每篇文章中将这些词语标注为此类型</translation>
        </message>
        <message>
            <source>Add Timeline &amp;Event…</source>
            <translation>添加时间线事件(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Unplaced Annotations…</source>
            <translation>未放置的注释(&amp;U)…</translation>
        </message>
        <message>
            <source>&amp;Edit Date and Label…</source>
            <translation>编辑日期和标签(&amp;E)…</translation>
        </message>
        <message>
            <source>Note on “%1”:</source>
            <translation>“%1”的备注：</translation>
        </message>
        <message>
            <source>&amp;Confirmed</source>
            <extracomment>Checkable: the person confirmed that the event is right</extracomment>
            <translation>已确认(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Hide</source>
            <extracomment>Hide an automatically found timeline event</extracomment>
            <translation>隐藏(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>删除(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Show Hidden Event</source>
            <translation>显示隐藏的事件(&amp;S)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <extracomment>A hidden timeline event: %1 its date value, %2 its label</extracomment>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>The title and the line of date and place are not part of the article's text and cannot be tagged: select words of the text below them.</source>
            <translation>标题以及日期和地点这一行不属于文章正文，无法标注：请选择其下方正文中的词语。</translation>
        </message>
        <message>
            <source>Tagging “%1” replaced “%2” (%3) around it.</source>
            <extracomment>%1 the words just tagged, %2 the longer entity's words, %3 its type's name</extracomment>
            <translation>标注“%1”替换了包含它的“%2”（%3）。</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message numerus="yes">
            <source>“%1” occurs %n more time(s) (with its aliases). Tag them all as %2?</source>
            <extracomment>%1 the tagged words, %2 the entity type's name</extracomment>
            <translation>
                <numerusform>“%1”（含其别名）还出现了 %n 次。全部标注为%2吗？</numerusform>
            </translation>
        </message>
        <message>
            <source>Tag All</source>
            <translation>全部标注</translation>
        </message>
        <message numerus="yes">
            <source>%n occurrence(s) inside longer names will be left as they are.</source>
            <translation>
                <numerusform>位于更长名称内的 %n 处将保持原样。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Tagged %n more occurrence(s)</source>
            <translation>
                <numerusform>又标注了 %n 处</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n inside longer names left as they are</source>
            <extracomment>After Tag All: occurrences that lie inside a longer entity were not tagged, so as not to split it</extracomment>
            <translation>
                <numerusform>更长名称内的 %n 处保持原样</numerusform>
            </translation>
        </message>
        <message>
            <source>Lexicon not saved</source>
            <translation>词表未保存</translation>
        </message>
        <message>
            <source>Added to your lexicon</source>
            <translation>已添加到您的词表</translation>
        </message>
        <message>
            <source>Edit Timeline Event</source>
            <translation>编辑时间线事件</translation>
        </message>
        <message>
            <source>Select the words that date the event first</source>
            <translation>请先选中表示事件日期的词语</translation>
        </message>
        <message>
            <source>Add Timeline Event</source>
            <translation>添加时间线事件</translation>
        </message>
    </context>
    <context>
        <name>Annalist::AnnotationSession</name>
        <message>
            <source>This article is not a file; annotations are not saved.</source>
            <translation>此文章不是文件；注释不会被保存。</translation>
        </message>
        <message numerus="yes">
            <source>%n annotation(s) could not be placed in the article's current text; they are listed as orphans for you to place or discard.</source>
            <translation>
                <numerusform>有 %n 条注释无法放置到文章的当前文本中；它们已列为未放置的注释，供您放置或丢弃。</numerusform>
            </translation>
        </message>
        <message>
            <source>Unsaved changes.</source>
            <translation>有未保存的更改。</translation>
        </message>
        <message>
            <source>Saved to %1.</source>
            <translation>已保存到 %1。</translation>
        </message>
        <message>
            <source>The old annotation file %1 could not be copied aside, so it is kept as it is.</source>
            <translation>无法备份旧的注释文件 %1，因此保持原样。</translation>
        </message>
    </context>
    <context>
        <name>Annalist::ArticleView</name>
        <message>
            <source>Article</source>
            <translation>文章</translation>
        </message>
        <message>
            <source>Stands for %1</source>
            <translation>指代 %1</translation>
        </message>
        <message>
            <source>Found automatically: %1</source>
            <translation>自动识别：%1</translation>
        </message>
        <message>
            <source>Tagged by you</source>
            <translation>由您标注</translation>
        </message>
        <message>
            <source>From your lexicon</source>
            <translation>来自您的词表</translation>
        </message>
        <message>
            <source>Named so in the article&apos;s text</source>
            <translation>文章正文中如此称呼</translation>
        </message>
    </context>
    <context>
        <name>Annalist::DocumentTab</name>
        <message>
            <source>Opening %1…</source>
            <translation>正在打开 %1…</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>消息</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Dismiss this message</source>
            <translation>关闭此消息</translation>
        </message>
        <message>
            <source>%1 was changed on disk. Reload it to see the new text; your annotations move with it, and any that no longer fit are listed as orphans.</source>
            <translation>%1 已在磁盘上被修改。重新载入即可查看新文本；您的标注会随文本移动，无法再对应的标注将列为孤立标注。</translation>
        </message>
        <message>
            <source>Keep the text on screen, or try to reload it.</source>
            <translation>保留屏幕上的文本，或尝试重新载入。</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation>重新载入(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Keep This Text</source>
            <translation>保留此文本(&amp;K)</translation>
        </message>
        <message>
            <source>%1 was deleted or moved. The text stays open here and your annotations are kept in %2.</source>
            <translation>%1 已被删除或移动。文本仍在此打开，您的标注保存在 %2 中。</translation>
        </message>
        <message>
            <source>the annotations file</source>
            <translation>标注文件</translation>
        </message>
        <message>
            <source>&amp;Close Article</source>
            <translation>关闭文章(&amp;C)</translation>
        </message>
        <message>
            <source>Keep &amp;Open</source>
            <translation>保持打开(&amp;O)</translation>
        </message>
        <message>
            <source>Show &amp;Unplaced Annotations</source>
            <translation>显示未放置的注释(&amp;U)</translation>
        </message>
    </context>
    <context>
        <name>Annalist::EntityModel</name>
        <message>
            <source>%1 (%2)</source>
            <extracomment>An entity row: the name and how often the article mentions it</extracomment>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>Also written: %1</source>
            <translation>其他写法：%1</translation>
        </message>
        <message>
            <source>%1: %2, %3</source>
            <extracomment>Read out for a type row: %1 the type's name, %2 "5 distinct names", %3 "12 mentions"</extracomment>
            <translation>%1：%2，%3</translation>
        </message>
        <message numerus="yes">
            <source>%n distinct name(s)</source>
            <translation>
                <numerusform>%n 个不同名称</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n mention(s)</source>
            <translation>
                <numerusform>%n 次提及</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1, %2, %n mention(s)</source>
            <extracomment>Read out for an entity row: %1 its name, %2 its type; mentions in the article</extracomment>
            <translation>
                <numerusform>%1，%2，%n 次提及</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n name(s))</source>
            <extracomment>A type row of the entity list: the type's name and how many distinct names it has</extracomment>
            <translation>
                <numerusform>%1（%n 个名称）</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, %2</source>
            <extracomment>Tooltip of a type row: %1 "5 distinct names", %2 "12 mentions"</extracomment>
            <translation>%1，%2</translation>
        </message>
    </context>
    <context>
        <name>Annalist::EntityPanel</name>
        <message>
            <source>Entities</source>
            <translation>实体</translation>
        </message>
        <message>
            <source>People, organisations, places, documents, events and dates by type; Enter shows the next mention</source>
            <translation>按类型列出的人物、组织、地点、文件、事件和日期；按 Enter 显示下一次提及</translation>
        </message>
    </context>
    <context>
        <name>Annalist::EventDialog</name>
        <message>
            <source>1999, 1999-09 or 1999-09-14</source>
            <translation>1999、1999-09 或 1999-09-14</translation>
        </message>
        <message>
            <source>optional, for a period</source>
            <translation>可选，用于时间段</translation>
        </message>
        <message>
            <source>what happened, in a few words</source>
            <translation>发生了什么，用几个词概括</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>日期(&amp;D)：</translation>
        </message>
        <message>
            <source>&amp;Until:</source>
            <translation>截止(&amp;U)：</translation>
        </message>
        <message>
            <source>&amp;Label:</source>
            <translation>标签(&amp;L)：</translation>
        </message>
    </context>
    <context>
        <name>Annalist::ExportDialog</name>
        <message>
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>This article</source>
            <translation>当前文章</translation>
        </message>
        <message numerus="yes">
            <source>All open articles (%n)</source>
            <translation>
                <numerusform>所有打开的文章（%n）</numerusform>
            </translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>格式(&amp;F)：</translation>
        </message>
        <message>
            <source>&amp;Scope:</source>
            <translation>范围(&amp;S)：</translation>
        </message>
        <message>
            <source>&amp;Destination:</source>
            <translation>目标(&amp;D)：</translation>
        </message>
        <message>
            <source>Preview:</source>
            <translation>预览：</translation>
        </message>
        <message>
            <source>… (preview cut; the file holds everything)</source>
            <translation>…（预览已截断；文件包含全部内容）</translation>
        </message>
        <message>
            <source>Export into folder</source>
            <translation>导出到文件夹</translation>
        </message>
        <message>
            <source>Export to</source>
            <translation>导出到</translation>
        </message>
        <message>
            <source>There is nothing to export.</source>
            <translation>没有可导出的内容。</translation>
        </message>
        <message>
            <source>Choose where to write the export.</source>
            <translation>请选择导出的写入位置。</translation>
        </message>
        <message>
            <source>Written: %1</source>
            <translation>已写入：%1</translation>
        </message>
        <message>
            <source>Open Folder</source>
            <translation>打开文件夹</translation>
        </message>
        <message>
            <source>Show %1 in the file manager</source>
            <translation>在文件管理器中显示 %1</translation>
        </message>
        <message>
            <source>Exported to %1</source>
            <translation>已导出到 %1</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n files to %1</source>
            <translation>
                <numerusform>已将 %n 个文件导出到 %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Annalist::FindBar</name>
        <message>
            <source>Find in article</source>
            <translation>在文章中查找</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>查找(&amp;F)：</translation>
        </message>
        <message>
            <source>Search the article</source>
            <translation>搜索文章</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>上一个</translation>
        </message>
        <message>
            <source>Previous match (Shift+F3)</source>
            <translation>上一个匹配项（Shift+F3）</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>下一个</translation>
        </message>
        <message>
            <source>Next match (F3)</source>
            <translation>下一个匹配项（F3）</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Close the find bar (Esc)</source>
            <translation>关闭查找栏（Esc）</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>未找到</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <extracomment>Find bar: the current match and the number of matches</extracomment>
            <translation>第 %1 个，共 %2 个</translation>
        </message>
        <message>
            <source>Text to find</source>
            <translation>要查找的文本</translation>
        </message>
        <message>
            <source>Matches</source>
            <translation>匹配项</translation>
        </message>
    </context>
    <context>
        <name>Annalist::HelpBrowser</name>
        <message>
            <source>Annalist Handbook</source>
            <translation>Annalist 手册</translation>
        </message>
        <message>
            <source>Handbook</source>
            <translation>手册</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>后退(&amp;B)</translation>
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
            <translation>显示</translation>
        </message>
        <message>
            <source>hidden</source>
            <translation>隐藏</translation>
        </message>
        <message>
            <source>%1: %2. Click to show or hide; select text and press %3 to tag it as %1.</source>
            <extracomment>%1 the type's name, %2 "shown" or "hidden", %3 its tagging key (1–9)</extracomment>
            <translation>%1：%2。单击以显示或隐藏；选中文本并按 %3 可将其标注为%1。</translation>
        </message>
        <message>
            <source>%1: %2. Click to show or hide.</source>
            <translation>%1：%2。单击以显示或隐藏。</translation>
        </message>
        <message>
            <source>%1 highlighting</source>
            <translation>%1高亮</translation>
        </message>
        <message numerus="yes">
            <source>%1 highlighting, %n mention(s)</source>
            <translation>
                <numerusform>%1高亮，%n 次提及</numerusform>
            </translation>
        </message>
        <message>
            <source>%1; key %2 tags the selection as %3</source>
            <translation>%1；按键 %2 将所选内容标注为%3</translation>
        </message>
        <message>
            <source>Legend of entity types</source>
            <translation>实体类型图例</translation>
        </message>
        <message numerus="yes">
            <source>%n mention(s) in this article</source>
            <translation>
                <numerusform>本文中提及 %n 次</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Annalist::LexiconDialog</name>
        <message>
            <source>Lexicon</source>
            <translation>词表</translation>
        </message>
        <message>
            <source>Names in your lexicon are tagged with their type in every article (exact case, whole words).</source>
            <translation>您词表中的名称会在每篇文章中按其类型标注（区分大小写，全词匹配）。</translation>
        </message>
        <message>
            <source>Filter the lexicon</source>
            <translation>筛选词表</translation>
        </message>
        <message>
            <source>Text or type</source>
            <translation>文本或类型</translation>
        </message>
        <message>
            <source>F&amp;ilter:</source>
            <translation>筛选(&amp;I)：</translation>
        </message>
        <message>
            <source>Lexicon entries</source>
            <translation>词表条目</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>文本</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Text of the entry</source>
            <translation>条目文本</translation>
        </message>
        <message>
            <source>&amp;Text:</source>
            <translation>文本(&amp;T)：</translation>
        </message>
        <message>
            <source>Type of the entry</source>
            <translation>条目类型</translation>
        </message>
        <message>
            <source>T&amp;ype:</source>
            <translation>类型(&amp;Y)：</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>添加(&amp;A)</translation>
        </message>
        <message>
            <source>Add the entry</source>
            <translation>添加条目</translation>
        </message>
        <message>
            <source>C&amp;hange</source>
            <translation>更改(&amp;H)</translation>
        </message>
        <message>
            <source>Change the selected entry</source>
            <translation>更改所选条目</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>删除(&amp;R)</translation>
        </message>
        <message>
            <source>Remove the selected entry</source>
            <translation>删除所选条目</translation>
        </message>
        <message>
            <source>Nothing can be changed here until the file is repaired or removed.</source>
            <translation>在修复或删除该文件之前，此处无法进行任何更改。</translation>
        </message>
        <message>
            <source>An entry needs a text and a type.</source>
            <translation>条目需要文本和类型。</translation>
        </message>
        <message>
            <source>“%1” is already in the lexicon as %2.</source>
            <translation>“%1”已作为%2存在于词表中。</translation>
        </message>
        <message>
            <source>“%1” was already in the lexicon; it is now %2.</source>
            <translation>“%1”已在词表中；现在它是%2。</translation>
        </message>
        <message>
            <source>“%1” is already in the lexicon; remove one of the two first.</source>
            <translation>“%1”已在词表中；请先删除两者之一。</translation>
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
            <translation>打开的文章</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>时间线</translation>
        </message>
        <message>
            <source>Entities</source>
            <translation>实体</translation>
        </message>
        <message>
            <source>Occurrence %1 of %2</source>
            <translation>第 %1 处，共 %2 处</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>打开(&amp;O)…</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>最近打开(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>关闭(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>复制(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>查找(&amp;F)…</translation>
        </message>
        <message>
            <source>Find &amp;Next</source>
            <translation>查找下一个(&amp;N)</translation>
        </message>
        <message>
            <source>Find Pre&amp;vious</source>
            <translation>查找上一个(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>放大(&amp;I)</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>缩小(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Actual Size</source>
            <translation>实际大小(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Automatic (follow the system)</source>
            <translation>自动（跟随系统）(&amp;A)</translation>
        </message>
        <message>
            <source>Show &amp;Timeline</source>
            <translation>显示时间线(&amp;T)</translation>
        </message>
        <message>
            <source>Show &amp;Entities</source>
            <translation>显示实体(&amp;E)</translation>
        </message>
        <message>
            <source>Show &amp;Legend</source>
            <translation>显示图例(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;About Annalist</source>
            <translation>关于 Annalist(&amp;A)</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>关于 Qt(&amp;Q)</translation>
        </message>
        <message>
            <source>Open Article</source>
            <translation>打开文章</translation>
        </message>
        <message>
            <source>Articles (*.txt *.text *.html *.htm *.xhtml *.md *.markdown);;All files (*)</source>
            <translation>文章 (*.txt *.text *.html *.htm *.xhtml *.md *.markdown);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Cannot open article</source>
            <translation>无法打开文章</translation>
        </message>
        <message>
            <source>Open an article with File → Open (Ctrl+O), or drop one here.</source>
            <extracomment>Use the translated names of the File menu and its Open action</extracomment>
            <translation>通过“文件 → 打开”（Ctrl+O）打开文章，或将文章拖放到此处。</translation>
        </message>
        <message>
            <source>Published %1</source>
            <extracomment>Status bar: %1 the article's publication date</extracomment>
            <translation>发布于 %1</translation>
        </message>
        <message>
            <source>No publication date</source>
            <translation>无发布日期</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>正在读取…</translation>
        </message>
        <message numerus="yes">
            <source>%n entities</source>
            <translation>
                <numerusform>%n 个实体</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n events</source>
            <translation>
                <numerusform>%n 个事件</numerusform>
            </translation>
        </message>
        <message>
            <source>the article took too long to read</source>
            <translation>读取文章耗时过长</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>About Annalist</source>
            <translation>关于 Annalist</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Annalist %1&lt;/h3&gt;&lt;p&gt;Reads news articles with their people, places, organisations, documents, events and dates highlighted, and a timeline of what happened when.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on %3) and KSyntaxHighlighting %4.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Annalist %1&lt;/h3&gt;&lt;p&gt;阅读新闻文章，高亮显示其中的人物、地点、组织、文件、事件和日期，并以时间线展示何时发生了什么。&lt;/p&gt;&lt;p&gt;使用 Qt %2（运行于 %3）和 KSyntaxHighlighting %4 构建。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>导出(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <source>T&amp;heme</source>
            <extracomment>The colour theme submenu; its accelerator must differ from "Show &amp;Timeline"</extracomment>
            <translation>配色方案(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>设置(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Configure Annalist…</source>
            <translation>配置 Annalist(&amp;C)…</translation>
        </message>
        <message>
            <source>&amp;Lexicon…</source>
            <translation>词表(&amp;L)…</translation>
        </message>
        <message>
            <source>Annotations not saved</source>
            <translation>注释未保存</translation>
        </message>
        <message>
            <source>Wait until the article has been read</source>
            <translation>请等待文章读取完成</translation>
        </message>
        <message>
            <source>Read the article again from disk; your annotations move with the text</source>
            <translation>从磁盘重新读取文章；您的标注会随文本移动</translation>
        </message>
        <message>
            <source>Annalist &amp;Handbook</source>
            <translation>Annalist 手册(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Try Again</source>
            <translation>重试(&amp;T)</translation>
        </message>
        <message>
            <source>Reloa&amp;d</source>
            <translation>重新载入(&amp;D)</translation>
        </message>
        <message>
            <source>Reload the article anyway and lose the unsaved annotations?</source>
            <translation>仍要重新载入文章并丢失未保存的标注吗？</translation>
        </message>
        <message>
            <source>Close the article anyway and lose the unsaved annotations?</source>
            <translation>仍要关闭文章并丢失未保存的标注吗？</translation>
        </message>
        <message>
            <source>&lt;p&gt;The learned name recognizer was trained on GUM (Georgetown University Multilayer corpus; CC BY 4.0, texts CC BY 4.0, CC BY-SA 3.0 and CC BY 2.5), the Universal NER English Web Treebank (CC BY-SA 4.0) and WikiGold (CC BY 4.0). Its weights are shared under CC BY-SA 4.0.&lt;/p&gt;</source>
            <translation>&lt;p&gt;学习型名称识别器的训练数据为 GUM（Georgetown University Multilayer 语料库；CC BY 4.0，文本 CC BY 4.0、CC BY-SA 3.0 和 CC BY 2.5）、Universal NER English Web Treebank（CC BY-SA 4.0）和 WikiGold（CC BY 4.0）。其权重以 CC BY-SA 4.0 许可共享。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Its English lexicon is made from WordNet 3.0 (WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.) and the SCOWL word list (Copyright 2000-2011 by Kevin Atkinson), under their permissive licences.&lt;/p&gt;</source>
            <translation>&lt;p&gt;其英语词典取自 WordNet 3.0（WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.）和 SCOWL 词表（Copyright 2000-2011 by Kevin Atkinson），遵循其宽松许可。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Its list of the world's towns is GeoNames' (geonames.org; CC BY 4.0).&lt;/p&gt;</source>
            <translation>&lt;p&gt;其世界城镇列表来自 GeoNames（geonames.org；CC BY 4.0）。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;The part-of-speech tagger and the parser were trained on the Universal Dependencies English Web Treebank (Silveira et al. 2014; CC BY-SA 4.0). Their weights are shared under CC BY-SA 4.0.&lt;/p&gt;</source>
            <translation>&lt;p&gt;词性标注器和句法分析器使用 Universal Dependencies 英语网络树库（English Web Treebank；Silveira et al. 2014；CC BY-SA 4.0）训练。其权重以 CC BY-SA 4.0 共享。&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>Annalist::NoteDialog</name>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>Annalist::OrphansDialog</name>
        <message>
            <source>Unplaced Annotations — %1</source>
            <extracomment>%1 the article's title or file name</extracomment>
            <translation>未放置的注释 — %1</translation>
        </message>
        <message>
            <source>Annotations that could not be placed</source>
            <translation>无法放置的注释</translation>
        </message>
        <message>
            <source>&amp;Place on Selection</source>
            <translation>放置到所选内容(&amp;P)</translation>
        </message>
        <message>
            <source>Select the words in the article first</source>
            <translation>请先在文章中选择词语</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>丢弃(&amp;D)</translation>
        </message>
        <message>
            <source>“%1”: %2</source>
            <translation>“%1”：%2</translation>
        </message>
        <message>
            <source>Every saved annotation found its place in the text.</source>
            <translation>所有已保存的注释都已在文本中找到位置。</translation>
        </message>
        <message>
            <source>These saved annotations could not be shown where they were; each says why. Select words in the article and place one on them, or discard it.</source>
            <translation>这些已保存的标注无法显示在原来的位置；每条都说明了原因。请在文章中选择文字并将其放置上去，或将其丢弃。</translation>
        </message>
    </context>
    <context>
        <name>Annalist::SettingsDialog</name>
        <message>
            <source>Configure Annalist</source>
            <translation>配置 Annalist</translation>
        </message>
        <message>
            <source>Settings pages</source>
            <translation>设置页面</translation>
        </message>
        <message>
            <source>&amp;Appearance</source>
            <translation>外观(&amp;A)</translation>
        </message>
        <message>
            <source>Entity &amp;types</source>
            <translation>实体类型(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;General</source>
            <translation>常规(&amp;G)</translation>
        </message>
        <message>
            <source>Sets every choice to its default; nothing is stored until OK or Apply. Your own entity types are kept, without their colours and keys.</source>
            <translation>将所有选项恢复为默认值；在点击“确定”或“应用”之前不会保存。您自己的实体类型会保留，但不保留其颜色和按键。</translation>
        </message>
        <message>
            <source>Colour theme</source>
            <translation>配色方案</translation>
        </message>
        <message>
            <source>Automatic (follow the system)</source>
            <translation>自动（跟随系统）</translation>
        </message>
        <message>
            <source>Colour t&amp;heme:</source>
            <translation>配色方案(&amp;H)：</translation>
        </message>
        <message>
            <source>Use the &amp;default font</source>
            <translation>使用默认字体(&amp;D)</translation>
        </message>
        <message>
            <source>Use the default reading font</source>
            <translation>使用默认阅读字体</translation>
        </message>
        <message>
            <source>Reading font:</source>
            <translation>阅读字体：</translation>
        </message>
        <message>
            <source>Reading font family</source>
            <translation>阅读字体族</translation>
        </message>
        <message>
            <source>Font &amp;family:</source>
            <translation>字体族(&amp;F)：</translation>
        </message>
        <message>
            <source>Reading font size in points</source>
            <translation>阅读字号（磅）</translation>
        </message>
        <message>
            <source>Default</source>
            <translation>默认</translation>
        </message>
        <message>
            <source> pt</source>
            <translation> 磅</translation>
        </message>
        <message>
            <source>Font si&amp;ze:</source>
            <translation>字号(&amp;Z)：</translation>
        </message>
        <message>
            <source>Interface language</source>
            <translation>界面语言</translation>
        </message>
        <message>
            <source>System default</source>
            <translation>系统默认</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>语言(&amp;L)：</translation>
        </message>
        <message>
            <source>A new language is used the next time Annalist starts.</source>
            <translation>新语言将在下次启动 Annalist 时生效。</translation>
        </message>
        <message>
            <source>Autosave delay in seconds</source>
            <translation>自动保存延迟（秒）</translation>
        </message>
        <message>
            <source> s</source>
            <translation> 秒</translation>
        </message>
        <message>
            <source>How long after your last edit your tags and notes are saved.</source>
            <translation>您最后一次编辑后多久保存您的标注和备注。</translation>
        </message>
        <message>
            <source>Save edits a&amp;fter:</source>
            <translation>编辑后保存间隔(&amp;F)：</translation>
        </message>
        <message>
            <source>Sidecar files (your tags, notes and timeline edits)</source>
            <translation>附属文件（您的标注、备注和时间线修改）</translation>
        </message>
        <message>
            <source>Where sidecar files are kept</source>
            <translation>附属文件的保存位置</translation>
        </message>
        <message>
            <source>&amp;Beside the article, or in my data folder when the article's folder is read-only</source>
            <translation>放在文章旁边；若文章所在文件夹只读，则放在我的数据文件夹中(&amp;B)</translation>
        </message>
        <message>
            <source>Always in my &amp;data folder</source>
            <translation>始终放在我的数据文件夹中(&amp;D)</translation>
        </message>
        <message>
            <source>Press a type's key in the article to tag the selection with it. Double-click (or press F2 on) one of your own types to rename it.</source>
            <translation>在文章中按下某个类型的按键，即可用该类型标注所选内容。双击您自己的类型（或选中后按 F2）可将其重命名。</translation>
        </message>
        <message>
            <source>Entity types</source>
            <translation>实体类型</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>颜色</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>按键</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>种类</translation>
        </message>
        <message>
            <source>Key of the selected type</source>
            <translation>所选类型的按键</translation>
        </message>
        <message>
            <source>None</source>
            <translation>无</translation>
        </message>
        <message>
            <source>&amp;Key:</source>
            <translation>按键(&amp;K)：</translation>
        </message>
        <message>
            <source>&amp;Colour…</source>
            <translation>颜色(&amp;C)…</translation>
        </message>
        <message>
            <source>Choose the colour of the selected type</source>
            <translation>选择所选类型的颜色</translation>
        </message>
        <message>
            <source>T&amp;heme Colour</source>
            <translation>方案颜色(&amp;H)</translation>
        </message>
        <message>
            <source>Use the theme's colour for the selected type</source>
            <translation>为所选类型使用配色方案中的颜色</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>删除(&amp;R)</translation>
        </message>
        <message>
            <source>Remove the selected type</source>
            <translation>删除所选类型</translation>
        </message>
        <message>
            <source>Name of a new entity type</source>
            <translation>新实体类型的名称</translation>
        </message>
        <message>
            <source>for example MINISTER</source>
            <translation>例如 MINISTER</translation>
        </message>
        <message>
            <source>&amp;New type:</source>
            <translation>新类型(&amp;N)：</translation>
        </message>
        <message>
            <source>A&amp;dd</source>
            <translation>添加(&amp;D)</translation>
        </message>
        <message>
            <source>Add the new entity type</source>
            <translation>添加新的实体类型</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>方案</translation>
        </message>
        <message>
            <source>Built-in</source>
            <translation>内置</translation>
        </message>
        <message>
            <source>Yours</source>
            <translation>自定义</translation>
        </message>
        <message>
            <source>A type needs a name of at most 40 characters.</source>
            <translation>类型需要一个不超过 40 个字符的名称。</translation>
        </message>
        <message>
            <source>There is already a type called %1.</source>
            <translation>已存在名为 %1 的类型。</translation>
        </message>
        <message>
            <source>Tags already made as %1 keep that name.</source>
            <translation>已标注为 %1 的内容保留该名称。</translation>
        </message>
        <message>
            <source>Every key is taken; give %1 one by taking it from another type.</source>
            <translation>所有按键都已占用；请从其他类型取一个按键分配给 %1。</translation>
        </message>
        <message>
            <source>Colour of %1</source>
            <translation>%1 的颜色</translation>
        </message>
        <message>
            <source>Key %1 was %2's; %2 has no key now.</source>
            <translation>按键 %1 原属于 %2；现在 %2 没有按键。</translation>
        </message>
        <message>
            <source>Apply the theme to the &amp;whole window</source>
            <translation>将主题应用到整个窗口(&amp;W)</translation>
        </message>
        <message>
            <source>When the theme is dark and the desktop light (or the reverse), the menus, panels and dialogs take the theme's colours too.</source>
            <translation>当主题为深色而桌面为浅色(或相反)时，菜单、面板和对话框也使用主题的颜色。</translation>
        </message>
    </context>
    <context>
        <name>Annalist::TimelineDelegate</name>
        <message>
            <source>Year unknown</source>
            <translation>年份未知</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <extracomment>An entity in an event's tooltip: %1 its name, %2 its type's name</extracomment>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>Involved: %1</source>
            <extracomment>Tooltip of a timeline event: the entities it involves</extracomment>
            <translation>涉及：%1</translation>
        </message>
    </context>
    <context>
        <name>Annalist::TimelineModel</name>
        <message>
            <source>%1: %2</source>
            <extracomment>An event read out or shown as text: %1 is its date, %2 its label</extracomment>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>%1st</source>
            <extracomment>Ordinal numbers (21st century); languages with a single form translate all four patterns alike</extracomment>
            <translation>%1</translation>
        </message>
        <message>
            <source>%1nd</source>
            <extracomment>Ordinal numbers (22nd century)</extracomment>
            <translation>%1</translation>
        </message>
        <message>
            <source>%1rd</source>
            <extracomment>Ordinal numbers (23rd century)</extracomment>
            <translation>%1</translation>
        </message>
        <message>
            <source>%1th</source>
            <extracomment>Ordinal numbers (20th century)</extracomment>
            <translation>%1</translation>
        </message>
        <message>
            <source>now</source>
            <translation>现在</translation>
        </message>
        <message>
            <source>in the past</source>
            <translation>过去</translation>
        </message>
        <message>
            <source>in the future</source>
            <translation>将来</translation>
        </message>
        <message>
            <source>d MMM yyyy</source>
            <extracomment>QDate::toString() pattern for an event on a known day; MMM is the short month name</extracomment>
            <translation>yyyy年M月d日</translation>
        </message>
        <message>
            <source>d MMM</source>
            <extracomment>QDate::toString() pattern for a day and month whose year is unknown</extracomment>
            <translation>M月d日</translation>
        </message>
        <message>
            <source>MMM yyyy</source>
            <extracomment>QDate::toString() pattern for an event in a known month; MMM is the short month name</extracomment>
            <translation>yyyy年M月</translation>
        </message>
        <message>
            <source>the %1s</source>
            <extracomment>A decade; %1 is its first year (1990)</extracomment>
            <translation>%1年代</translation>
        </message>
        <message>
            <source>the %1 century</source>
            <extracomment>A century; %1 is its ordinal number ("20th", from the ordinal patterns)</extracomment>
            <translation>%1世纪</translation>
        </message>
        <message>
            <source>Q%1 %2</source>
            <extracomment>A quarter of a year: %1 is 1–4, %2 the year</extracomment>
            <translation>%2年第%1季度</translation>
        </message>
        <message>
            <source>Q%1</source>
            <extracomment>A quarter of a year whose year is unknown: %1 is 1–4</extracomment>
            <translation>第%1季度</translation>
        </message>
        <message>
            <source>weekend %1–%2</source>
            <extracomment>The weekend of a week: %1 its Saturday, %2 its Sunday (from the two patterns below)</extracomment>
            <translation>周末 %1–%2</translation>
        </message>
        <message>
            <source>d MMM</source>
            <comment>a weekend&apos;s Saturday</comment>
            <translation>M月d日</translation>
        </message>
        <message>
            <source>d MMM yyyy</source>
            <comment>a weekend&apos;s Sunday</comment>
            <translation>yyyy年M月d日</translation>
        </message>
        <message>
            <source>week %1 of %2</source>
            <extracomment>A calendar week: %1 is 1–53, %2 the year</extracomment>
            <translation>%2年第%1周</translation>
        </message>
        <message>
            <source>week %1</source>
            <extracomment>A calendar week whose year is unknown: %1 is 1–53</extracomment>
            <translation>第%1周</translation>
        </message>
        <message>
            <source>spring</source>
            <translation>春季</translation>
        </message>
        <message>
            <source>summer</source>
            <translation>夏季</translation>
        </message>
        <message>
            <source>autumn</source>
            <translation>秋季</translation>
        </message>
        <message>
            <source>winter</source>
            <translation>冬季</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>season and year</comment>
            <extracomment>A season of a year: %1 is the season's name (spring, …), %2 the year (1999, or 1999/2000 for a winter)</extracomment>
            <translation>%2年%1</translation>
        </message>
        <message>
            <source>H%1 %2</source>
            <extracomment>A half of a year: %1 is 1 or 2, %2 the year</extracomment>
            <translation>%2年H%1</translation>
        </message>
        <message>
            <source>H%1</source>
            <extracomment>A half of a year whose year is unknown: %1 is 1 or 2</extracomment>
            <translation>H%1</translation>
        </message>
    </context>
    <context>
        <name>Annalist::TimelinePanel</name>
        <message>
            <source>Timeline events</source>
            <translation>时间线事件</translation>
        </message>
        <message>
            <source>Reading the article…</source>
            <translation>正在读取文章…</translation>
        </message>
        <message>
            <source>Open an article to see the dated events it reports.</source>
            <translation>打开一篇文章即可查看其中报道的带日期事件。</translation>
        </message>
        <message>
            <source>This article reports no dated events.</source>
            <translation>此文章没有报道带日期的事件。</translation>
        </message>
        <message>
            <source>Dated events in the article; Enter shows an event in the text</source>
            <translation>文章中带日期的事件；按 Enter 在文本中显示事件</translation>
        </message>
    </context>
    <context>
        <name>BoundedFile</name>
        <message numerus="yes">
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n 字节</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EffectiveLayer</name>
        <message numerus="yes">
            <source>%n annotation(s) could not be placed in the changed text and are left out.</source>
            <translation>
                <numerusform>有 %n 条注释无法放置到已更改的文本中，已被略去。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n annotation(s) overlap another of your annotations and are left out.</source>
            <translation>
                <numerusform>%n 条标注与您的其他标注重叠，已略去。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EntityTypeSet</name>
        <message>
            <source>The entity types in %1 cannot be read; the defaults are used and the file is left as it is.</source>
            <translation>无法读取 %1 中的实体类型；将使用默认类型，文件保持原样。</translation>
        </message>
        <message>
            <source>The entity types in %1 were saved by a newer Annalist; they are used but not changed.</source>
            <translation>%1 中的实体类型由更新版本的 Annalist 保存；将使用它们但不会更改。</translation>
        </message>
        <message>
            <source>The entity types in %1 could not be read before, so they are not overwritten.</source>
            <translation>此前无法读取 %1 中的实体类型，因此不会覆盖它们。</translation>
        </message>
        <message>
            <source>The entity types cannot be saved to %1: %2</source>
            <translation>无法将实体类型保存到 %1：%2</translation>
        </message>
        <message>
            <source>The entity types in %1 are larger than the %2 limit (%3); the defaults are used and the file is left as it is.</source>
            <translation>%1 中的实体类型超过了 %2 的上限（%3）；将使用默认类型，文件保持不变。</translation>
        </message>
    </context>
    <context>
        <name>EntityTypes</name>
        <message>
            <source>Person</source>
            <extracomment>Entity type: a named person</extracomment>
            <translation>人物</translation>
        </message>
        <message>
            <source>Organization</source>
            <extracomment>Entity type: a named organisation (company, ministry, party)</extracomment>
            <translation>组织</translation>
        </message>
        <message>
            <source>Place</source>
            <extracomment>Entity type: a named place (country, city, region)</extracomment>
            <translation>地点</translation>
        </message>
        <message>
            <source>Date</source>
            <extracomment>Entity type: a date or time expression in the text</extracomment>
            <translation>日期</translation>
        </message>
        <message>
            <source>Document</source>
            <extracomment>Entity type: a named document (treaty, act, report, declaration)</extracomment>
            <translation>文件</translation>
        </message>
        <message>
            <source>Event</source>
            <extracomment>Entity type: a named event (summit, war, election)</extracomment>
            <translation>事件</translation>
        </message>
    </context>
    <context>
        <name>ExportWriter</name>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation>无法创建文件夹 %1。</translation>
        </message>
    </context>
    <context>
        <name>Exporter</name>
        <message>
            <source>picture: left out “%1” (%2): it has no year</source>
            <translation>图片：已略去“%1”（%2）：没有年份</translation>
        </message>
        <message numerus="yes">
            <source>picture: only the first %1 events are drawn; %n more are left out</source>
            <translation>
                <numerusform>图片：仅绘制前 %1 个事件；另有 %n 个被略去</numerusform>
            </translation>
        </message>
        <message>
            <source>Annalist JSON (entities and timeline)</source>
            <translation>Annalist JSON（实体和时间线）</translation>
        </message>
        <message>
            <source>TimelineJS3 JSON</source>
            <translation>TimelineJS3 JSON</translation>
        </message>
        <message>
            <source>timelinejs: left out “%1” (%2): TimelineJS needs a year</source>
            <translation>timelinejs：已略去“%1”（%2）：TimelineJS 需要年份</translation>
        </message>
        <message>
            <source>CSV (RFC 4180), one row per event</source>
            <translation>CSV（RFC 4180），每个事件一行</translation>
        </message>
        <message>
            <source>Markdown, events grouped by year</source>
            <translation>Markdown，事件按年份分组</translation>
        </message>
        <message>
            <source>HTML page (timeline and annotated article)</source>
            <translation>HTML 页面（时间线和已标注的文章）</translation>
        </message>
        <message numerus="yes">
            <source>html: %n overlapping entities of %1 are not marked in the text</source>
            <translation>
                <numerusform>html：%1 中有 %n 个重叠的实体未在文本中标记</numerusform>
            </translation>
        </message>
        <message>
            <source>iCalendar (RFC 5545)</source>
            <translation>iCalendar（RFC 5545）</translation>
        </message>
        <message>
            <source>ics: left out “%1” (%2): a calendar needs a year</source>
            <translation>ics：已略去“%1”（%2）：日历需要年份</translation>
        </message>
        <message>
            <source>SVG picture of the timeline (1600×900)</source>
            <translation>时间线 SVG 图片（1600×900）</translation>
        </message>
        <message>
            <source>PNG picture of the timeline (1600×900)</source>
            <translation>时间线 PNG 图片（1600×900）</translation>
        </message>
        <message>
            <source>png: drawing needs a QGuiApplication</source>
            <translation>png：绘制需要 QGuiApplication</translation>
        </message>
        <message>
            <source>png: the timeline picture could not be drawn</source>
            <translation>png：无法绘制时间线图片</translation>
        </message>
        <message>
            <source>png: the picture could not be encoded</source>
            <translation>png：无法编码图片</translation>
        </message>
        <message>
            <source>brat standoff (.txt + .ann)</source>
            <translation>brat 外置标注（.txt + .ann）</translation>
        </message>
        <message>
            <source>W3C Web Annotation (JSON-LD)</source>
            <translation>W3C Web Annotation（JSON-LD）</translation>
        </message>
    </context>
    <context>
        <name>Lexicon</name>
        <message>
            <source>The lexicon %1 cannot be read: %2</source>
            <translation>无法读取词表 %1：%2</translation>
        </message>
        <message>
            <source>The lexicon %1 is damaged or not a lexicon; it was left as it is.</source>
            <translation>词表 %1 已损坏或不是词表；已保持原样。</translation>
        </message>
        <message>
            <source>The lexicon %1 was written by a newer Annalist; it is used but will not be changed.</source>
            <translation>词表 %1 由更新版本的 Annalist 写入；将使用它但不会更改。</translation>
        </message>
        <message>
            <source>The lexicon %1 could not be read before, so it is not overwritten.</source>
            <translation>此前无法读取词表 %1，因此不会覆盖它。</translation>
        </message>
        <message>
            <source>The lexicon %1 cannot be written: %2</source>
            <translation>无法写入词表 %1：%2</translation>
        </message>
        <message>
            <source>from your lexicon</source>
            <translation>来自您的词表</translation>
        </message>
        <message>
            <source>The lexicon %1 is larger than the %2 limit (%3); it is not used and was left as it is.</source>
            <translation>词典 %1 超过了 %2 的上限（%3）；未被使用，文件保持不变。</translation>
        </message>
        <message>
            <source>not a regular file</source>
            <translation>不是普通文件</translation>
        </message>
    </context>
    <context>
        <name>OutputGuard</name>
        <message>
            <source>standard output</source>
            <translation>标准输出</translation>
        </message>
        <message>
            <source>no space left on device</source>
            <translation>设备上没有剩余空间</translation>
        </message>
        <message>
            <source>Cannot write %1: %2.</source>
            <translation>无法写入 %1：%2。</translation>
        </message>
        <message>
            <source>No destination file was given.</source>
            <translation>未指定目标文件。</translation>
        </message>
        <message>
            <source>Refusing to write %1: annotations are saved to files only.</source>
            <translation>拒绝写入 %1：标注只保存到文件中。</translation>
        </message>
        <message>
            <source>Refusing to write over %1: it is an article or the annotations of one; choose another destination.</source>
            <translation>拒绝覆盖 %1：它是一篇文章或文章的标注；请选择其他目标。</translation>
        </message>
        <message>
            <source>Refusing to write to %1: it is a symbolic link, and outputs are never written through links.</source>
            <translation>拒绝写入 %1：它是符号链接，输出从不通过链接写入。</translation>
        </message>
        <message>
            <source>Refusing to write to %1: it is a folder.</source>
            <translation>拒绝写入 %1：它是一个文件夹。</translation>
        </message>
        <message>
            <source>Refusing to write to %1: it is a device or a pipe, not a regular file.</source>
            <translation>拒绝写入 %1：它是设备或管道，不是普通文件。</translation>
        </message>
        <message>
            <source>Refusing to write over %1: it is not a screenshot that Annalist made; choose another name.</source>
            <translation>拒绝覆盖 %1：它不是 Annalist 生成的截图；请选择其他名称。</translation>
        </message>
        <message>
            <source>Refusing to write several files to one stream (%1).</source>
            <translation>拒绝将多个文件写入同一个流（%1）。</translation>
        </message>
    </context>
    <context>
        <name>Sidecar</name>
        <message>
            <source>The annotations in %1 cannot be read (%2); the article opens without them and the file is left as it is.</source>
            <translation>无法读取 %1 中的注释（%2）；文章将在没有注释的情况下打开，文件保持原样。</translation>
        </message>
        <message>
            <source>The annotation file %1 is empty; the article opens without annotations.</source>
            <translation>注释文件 %1 为空；文章将在没有注释的情况下打开。</translation>
        </message>
        <message>
            <source>The annotation file %1 is damaged (%2 at byte %3); the article opens without annotations and the file is left as it is until you decide what to do with it.</source>
            <translation>注释文件 %1 已损坏（第 %3 字节处 %2）；文章将在没有注释的情况下打开，文件保持原样，直到您决定如何处理它。</translation>
        </message>
        <message>
            <source>The file %1 holds neither Annalist annotations nor W3C Web Annotations; the article opens without annotations and the file is left as it is.</source>
            <translation>文件 %1 既不包含 Annalist 注释，也不包含 W3C Web Annotation；文章将在没有注释的情况下打开，文件保持原样。</translation>
        </message>
        <message>
            <source>The annotations in %1 were saved by a newer version of Annalist; they are shown read-only and the file is not changed.</source>
            <translation>%1 中的注释由更新版本的 Annalist 保存；它们以只读方式显示，文件不会被更改。</translation>
        </message>
        <message numerus="yes">
            <source>%n annotation(s) in %1 could not be understood; they are kept in the file unchanged.</source>
            <translation>
                <numerusform>%1 中有 %n 条注释无法解析；它们在文件中保持不变。</numerusform>
            </translation>
        </message>
        <message>
            <source>It has no quote to check its position against.</source>
            <translation>它没有可用于核对位置的引文。</translation>
        </message>
        <message>
            <source>Its text is no longer found in the article.</source>
            <translation>在文章中已找不到它的文本。</translation>
        </message>
        <message>
            <source>The annotations cannot be saved: the folder %1 cannot be made.</source>
            <translation>无法保存注释：无法创建文件夹 %1。</translation>
        </message>
        <message>
            <source>The annotations cannot be saved to %1: %2</source>
            <translation>无法将注释保存到 %1：%2</translation>
        </message>
        <message>
            <source>The annotation file %1 is larger than the %2 limit (%3); the article opens without annotations and the file is left as it is.</source>
            <translation>标注文件 %1 超过了 %2 的上限（%3）；文章将在没有标注的情况下打开，文件保持不变。</translation>
        </message>
        <message>
            <source>not a regular file</source>
            <translation>不是普通文件</translation>
        </message>
        <message numerus="yes">
            <source>%n annotation(s) in %1 had an id that another one in the file already had; each now has an id of its own, saved with your next change.</source>
            <translation>
                <numerusform>%1 中有 %n 条标注的 ID 与文件中另一条相同；现在每条都有了自己的 ID，将在您下次修改时保存。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n annotation(s) overlap another of your annotations in the same file; they are listed as orphans for you to place or discard.</source>
            <translation>
                <numerusform>%n 条标注与同一文件中您的其他标注重叠；它们已列为未放置的标注，供您放置或丢弃。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>export</name>
        <message>
            <source>The command.</source>
            <translation>命令。</translation>
        </message>
        <message>
            <source>Articles to export.</source>
            <translation>要导出的文章。</translation>
        </message>
        <message>
            <source>Exports the entities and the timeline of articles. Several articles give one merged timeline.

Formats:</source>
            <translation>导出文章的实体和时间线。多篇文章将合并为一条时间线。

格式：</translation>
        </message>
        <message>
            <source>Output format: %1.</source>
            <translation>输出格式：%1。</translation>
        </message>
        <message>
            <source>Write to this file (brat: base name or folder).</source>
            <translation>写入此文件（brat：基本名称或文件夹）。</translation>
        </message>
        <message>
            <source>Colour theme for html, svg and png (a KSyntaxHighlighting theme name).</source>
            <translation>html、svg 和 png 的配色方案（KSyntaxHighlighting 主题名称）。</translation>
        </message>
        <message>
            <source>unknown format “%1”; the formats are %2</source>
            <translation>未知格式“%1”；可用格式为 %2</translation>
        </message>
        <message>
            <source>name at least one article</source>
            <translation>请至少指定一篇文章</translation>
        </message>
        <message>
            <source>the %1 format needs a destination: add -o OUT</source>
            <translation>%1 格式需要目标：请添加 -o OUT</translation>
        </message>
        <message>
            <source>unknown theme “%1”; the themes are %2</source>
            <translation>未知主题“%1”；可用主题为 %2</translation>
        </message>
        <message>
            <source>%1 and %2 would both be exported as “%3”; rename one</source>
            <translation>%1 和 %2 都会导出为“%3”；请重命名其中一个</translation>
        </message>
        <message>
            <source>cannot create the folder %1</source>
            <translation>无法创建文件夹 %1</translation>
        </message>
        <message>
            <source>Export every article on its own into the folder given with -o, as ARTICLE-NAME.SUFFIX. An article that fails is reported and the others are still written.</source>
            <translation>将每篇文章分别导出到 -o 指定的文件夹中，命名为 文章名.后缀。失败的文章会被报告，其他文章仍会写出。</translation>
        </message>
        <message>
            <source>Articles analysed at once (default: one per processor core).</source>
            <translation>同时分析的文章数（默认：每个处理器核心一篇）。</translation>
        </message>
        <message>
            <source>--jobs wants a number of at least 1, not “%1”</source>
            <translation>--jobs 需要至少为 1 的数字，而不是“%1”</translation>
        </message>
        <message>
            <source>--each needs a folder: add -o FOLDER</source>
            <translation>--each 需要一个文件夹：请添加 -o 文件夹</translation>
        </message>
        <message>
            <source>

Text formats go to standard output unless -o is given (-o - is standard output too); png and brat need -o (brat: a base name or a folder). An existing output file is replaced atomically; an article, its annotations and links are never replaced.</source>
            <translation>

未指定 -o 时，文本格式输出到标准输出（-o - 也表示标准输出）；png 和 brat 需要 -o（brat：基本名称或文件夹）。已有的输出文件会被原子地替换；文章、其标注和链接永远不会被替换。</translation>
        </message>
        <message>
            <source>the %1 format writes several files: -o needs a base name or a folder</source>
            <translation>%1 格式会写入多个文件：-o 需要基本名称或文件夹</translation>
        </message>
        <message>
            <source>%1/%2 articles</source>
            <translation>%1/%2 篇文章</translation>
        </message>
        <message>
            <source>%1/%2 articles, %3/s, %4 left</source>
            <translation>%1/%2 篇文章，%3 篇/秒，剩余 %4</translation>
        </message>
    </context>
    <context>
        <name>loader</name>
        <message>
            <source>The text</source>
            <translation>该文本</translation>
        </message>
        <message>
            <source>%1 is larger than the %2 limit (%3)</source>
            <translation>%1 超过了 %2 的上限（%3）</translation>
        </message>
        <message>
            <source>a Word document</source>
            <translation>Word 文档</translation>
        </message>
        <message>
            <source>an OpenDocument text</source>
            <translation>OpenDocument 文本</translation>
        </message>
        <message>
            <source>an EPUB e-book</source>
            <translation>EPUB 电子书</translation>
        </message>
        <message>
            <source>a spreadsheet</source>
            <translation>电子表格</translation>
        </message>
        <message>
            <source>a presentation</source>
            <translation>演示文稿</translation>
        </message>
        <message>
            <source>No file was named</source>
            <translation>未指定文件</translation>
        </message>
        <message>
            <source>%1 does not exist: there is no folder %2</source>
            <translation>%1 不存在：没有文件夹 %2</translation>
        </message>
        <message>
            <source>%1 does not exist</source>
            <translation>%1 不存在</translation>
        </message>
        <message>
            <source>%1 is a folder, not an article</source>
            <translation>%1 是文件夹，不是文章</translation>
        </message>
        <message>
            <source>%1 is not a regular file (a device, pipe or socket), so it is not read</source>
            <translation>%1 不是普通文件（而是设备、管道或套接字），因此不会读取</translation>
        </message>
        <message>
            <source>%1 cannot be read: permission denied</source>
            <translation>无法读取 %1：权限被拒绝</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2</source>
            <translation>无法读取 %1：%2</translation>
        </message>
        <message>
            <source>%1 is empty</source>
            <translation>%1 为空</translation>
        </message>
        <message>
            <source>%1 is %2, not an article</source>
            <translation>%1 是%2，不是文章</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>%1 has no article text, only markup</source>
            <translation>%1 没有文章正文，只有标记</translation>
        </message>
        <message>
            <source>%1 holds no text, only white space</source>
            <translation>%1 没有文本，只有空白</translation>
        </message>
        <message>
            <source>a PNG image</source>
            <translation>PNG 图像</translation>
        </message>
        <message>
            <source>a JPEG image</source>
            <translation>JPEG 图像</translation>
        </message>
        <message>
            <source>a GIF image</source>
            <translation>GIF 图像</translation>
        </message>
        <message>
            <source>a TIFF image</source>
            <translation>TIFF 图像</translation>
        </message>
        <message>
            <source>an icon</source>
            <translation>图标</translation>
        </message>
        <message>
            <source>a PDF document</source>
            <translation>PDF 文档</translation>
        </message>
        <message>
            <source>a PostScript document</source>
            <translation>PostScript 文档</translation>
        </message>
        <message>
            <source>a ZIP archive</source>
            <translation>ZIP 压缩包</translation>
        </message>
        <message>
            <source>a gzip archive</source>
            <translation>gzip 压缩包</translation>
        </message>
        <message>
            <source>a bzip2 archive</source>
            <translation>bzip2 压缩包</translation>
        </message>
        <message>
            <source>an xz archive</source>
            <translation>xz 压缩包</translation>
        </message>
        <message>
            <source>a Zstandard archive</source>
            <translation>Zstandard 压缩包</translation>
        </message>
        <message>
            <source>a 7-Zip archive</source>
            <translation>7-Zip 压缩包</translation>
        </message>
        <message>
            <source>a RAR archive</source>
            <translation>RAR 压缩包</translation>
        </message>
        <message>
            <source>a tar archive</source>
            <translation>tar 归档</translation>
        </message>
        <message>
            <source>an ELF executable</source>
            <translation>ELF 可执行文件</translation>
        </message>
        <message>
            <source>a compiled program</source>
            <translation>已编译的程序</translation>
        </message>
        <message>
            <source>a WebAssembly module</source>
            <translation>WebAssembly 模块</translation>
        </message>
        <message>
            <source>an old Microsoft Office document</source>
            <translation>旧版 Microsoft Office 文档</translation>
        </message>
        <message>
            <source>an RTF document</source>
            <translation>RTF 文档</translation>
        </message>
        <message>
            <source>an SQLite database</source>
            <translation>SQLite 数据库</translation>
        </message>
        <message>
            <source>an Ogg audio or video file</source>
            <translation>Ogg 音频或视频文件</translation>
        </message>
        <message>
            <source>an MP3 audio file</source>
            <translation>MP3 音频文件</translation>
        </message>
        <message>
            <source>a FLAC audio file</source>
            <translation>FLAC 音频文件</translation>
        </message>
        <message>
            <source>an MP4 video or audio file</source>
            <translation>MP4 视频或音频文件</translation>
        </message>
        <message>
            <source>a Matroska or WebM video</source>
            <translation>Matroska 或 WebM 视频</translation>
        </message>
        <message>
            <source>a web font</source>
            <translation>网页字体</translation>
        </message>
        <message>
            <source>it is marked as UTF-16 but ends in half a character, so it is damaged or not UTF-16 at all</source>
            <translation>它被标记为 UTF-16，但以半个字符结尾，因此已损坏或根本不是 UTF-16</translation>
        </message>
        <message>
            <source>it is marked as UTF-16 but has an invalid character at byte %1</source>
            <translation>它被标记为 UTF-16，但在第 %1 字节处有无效字符</translation>
        </message>
        <message>
            <source>a WebP image</source>
            <translation>WebP 图像</translation>
        </message>
        <message>
            <source>a WAV audio file</source>
            <translation>WAV 音频文件</translation>
        </message>
        <message>
            <source>a RIFF media file</source>
            <translation>RIFF 媒体文件</translation>
        </message>
        <message>
            <source>binary data</source>
            <translation>二进制数据</translation>
        </message>
        <message numerus="yes">
            <source>it is UTF-8 with %n invalid byte(s); those were read as Windows-1252</source>
            <translation>
                <numerusform>它是 UTF-8，但有 %n 个无效字节；这些字节按 Windows-1252 读取</numerusform>
            </translation>
        </message>
        <message>
            <source>it is not valid UTF-8, so it was read as Windows-1252 (Western European)</source>
            <translation>它不是有效的 UTF-8，因此按 Windows-1252（西欧）读取</translation>
        </message>
        <message numerus="yes">
            <source>%1: it holds %n NUL character(s), which were left out</source>
            <translation>
                <numerusform>%1：它含有 %n 个 NUL 字符，已略去</numerusform>
            </translation>
        </message>
        <message>
            <source>it is marked as UTF-32 but ends in part of a character, so it is damaged or not UTF-32 at all</source>
            <translation>它被标记为 UTF-32，但以不完整的字符结尾，因此已损坏或根本不是 UTF-32</translation>
        </message>
        <message>
            <source>it is marked as UTF-32 but has an invalid character at byte %1</source>
            <translation>它被标记为 UTF-32，但在第 %1 字节处有无效字符</translation>
        </message>
        <message>
            <source>it is marked as %1 but is valid UTF-8, so it was read as UTF-8</source>
            <translation>它被标记为 %1，但实际是有效的 UTF-8，因此按 UTF-8 读取</translation>
        </message>
        <message>
            <source>it is marked as “%1”, an encoding Annalist does not know</source>
            <translation>它被标记为“%1”，这是 Annalist 不认识的编码</translation>
        </message>
        <message>
            <source>it is marked as %1 but has bytes that are not valid %1; each was read as “�”</source>
            <translation>它被标记为 %1，但含有不是有效 %1 的字节；每个都按“�”读取</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Reads news articles with their people, places, organisations, documents, events and dates highlighted, and a timeline of what happened when.

Headless export: annalist export --help</source>
            <translation>阅读新闻文章，高亮显示其中的人物、地点、组织、文件、事件和日期，并以时间线展示何时发生了什么。

无界面导出：annalist export --help</translation>
        </message>
        <message>
            <source>Articles to open (text, HTML or Markdown).</source>
            <translation>要打开的文章（文本、HTML 或 Markdown）。</translation>
        </message>
        <message>
            <source>Render the window offscreen to a PNG file and quit.</source>
            <translation>在屏幕外将窗口渲染为 PNG 文件后退出。</translation>
        </message>
        <message>
            <source>Window size for --screenshot.</source>
            <translation>--screenshot 使用的窗口大小。</translation>
        </message>
        <message>
            <source>Colour theme (a KSyntaxHighlighting theme name).</source>
            <translation>配色方案（KSyntaxHighlighting 主题名称）。</translation>
        </message>
        <message>
            <source>%1: no such file</source>
            <translation>%1：没有此文件</translation>
        </message>
        <message>
            <source>%1: is a folder, not an article</source>
            <translation>%1：是文件夹，不是文章</translation>
        </message>
        <message>
            <source>--size wants WIDTHxHEIGHT, for example 1280x800, not “%1”</source>
            <translation>--size 需要 宽x高 的形式，例如 1280x800，而不是“%1”</translation>
        </message>
        <message>
            <source>no colour theme is called “%1”</source>
            <translation>没有名为“%1”的配色方案</translation>
        </message>
    </context>
    <context>
        <name>Annalist::LibraryDock</name>
        <message>
            <source>Library</source>
            <translation>文库</translation>
        </message>
        <message>
            <source>Add &amp;Folder to Library…</source>
            <translation>添加文件夹到文库(&amp;F)…</translation>
        </message>
        <message>
            <source>Index every article in a folder so that you can search them all and see one timeline across them</source>
            <translation>索引文件夹中的每篇文章，以便全部搜索并查看贯穿它们的时间线</translation>
        </message>
        <message>
            <source>Search the library: words, entity:NAME, type:PERSON, from:1999, to:2005</source>
            <translation>搜索文库：词语、entity:名称、type:PERSON、from:1999、to:2005</translation>
        </message>
        <message>
            <source>Search the library</source>
            <translation>搜索文库</translation>
        </message>
        <message>
            <source>Indexing progress</source>
            <translation>索引进度</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Stop indexing; what is indexed stays, the rest is indexed next time</source>
            <translation>停止索引；已索引的内容保留，其余部分下次再索引</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>搜索结果</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>文章</translation>
        </message>
        <message>
            <source>Entity index</source>
            <translation>实体索引</translation>
        </message>
        <message>
            <source>Entities</source>
            <translation>实体</translation>
        </message>
        <message>
            <source>Timeline across the library</source>
            <translation>贯穿文库的时间线</translation>
        </message>
        <message>
            <source>Export Timeline…</source>
            <translation>导出时间线…</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>时间线</translation>
        </message>
        <message>
            <source>Show Li&amp;brary</source>
            <translation>显示文库(&amp;B)</translation>
        </message>
        <message>
            <source>Looking for new and changed articles…</source>
            <translation>正在查找新增和更改的文章…</translation>
        </message>
        <message>
            <source>Indexing: %1 of %2 articles</source>
            <translation>正在索引：第 %1 篇，共 %2 篇</translation>
        </message>
        <message>
            <source>Add Folder to Library</source>
            <translation>添加文件夹到文库</translation>
        </message>
        <message>
            <source>Indexing was cancelled; the rest is indexed next time.</source>
            <translation>索引已取消；其余部分下次再索引。</translation>
        </message>
        <message>
            <source>The library is empty: add a folder of articles with File → Add Folder to Library…</source>
            <translation>文库为空：请通过 文件 → 添加文件夹到文库… 添加一个文章文件夹</translation>
        </message>
        <message numerus="yes">
            <source>%n article(s) in the library</source>
            <translation>
                <numerusform>文库中有 %n 篇文章</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) could not be read:</source>
            <translation>
                <numerusform>%n 个文件无法读取：</numerusform>
            </translation>
        </message>
        <message>
            <source>No articles yet.</source>
            <translation>尚无文章。</translation>
        </message>
        <message>
            <source>No article matches.</source>
            <translation>没有匹配的文章。</translation>
        </message>
        <message>
            <source>Entity</source>
            <translation>实体</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Mentions</source>
            <translation>提及次数</translation>
        </message>
        <message>
            <source>First</source>
            <translation>最早</translation>
        </message>
        <message>
            <source>Last</source>
            <translation>最晚</translation>
        </message>
        <message>
            <source>Also written: %1</source>
            <translation>其他写法：%1</translation>
        </message>
        <message numerus="yes">
            <source>%n more event(s): narrow the search or export the timeline</source>
            <translation>
                <numerusform>还有 %n 个事件：请缩小搜索范围或导出时间线</numerusform>
            </translation>
        </message>
        <message>
            <source>Export Timeline</source>
            <translation>导出时间线</translation>
        </message>
        <message numerus="yes">
            <source>%n found</source>
            <translation>
                <numerusform>找到 %n 篇</numerusform>
            </translation>
        </message>
        <message>
            <source>More results…</source>
            <translation>更多结果…</translation>
        </message>
    </context>
    <context>
        <name>Library</name>
        <message>
            <source>The library needs Qt's SQLite driver (QSQLITE), which is not installed (on Debian: the package libqt6sql6-sqlite).</source>
            <translation>文库需要 Qt 的 SQLite 驱动（QSQLITE），但它未安装（Debian 上为 libqt6sql6-sqlite 软件包）。</translation>
        </message>
        <message>
            <source>Cannot create the library's folder %1.</source>
            <translation>无法创建文库文件夹 %1。</translation>
        </message>
        <message>
            <source>The library's database %1 is damaged and cannot be moved aside: %2</source>
            <translation>文库数据库 %1 已损坏且无法移开：%2</translation>
        </message>
        <message>
            <source>The library's database %1 is damaged (%2) but still in use; it is set aside the next time Annalist starts.</source>
            <translation>文库数据库 %1 已损坏（%2），但仍在使用中；Annalist 下次启动时会将其移开。</translation>
        </message>
        <message>
            <source>The library's database could not be used (%1); it was set aside as %2 and is rebuilt from your folders.</source>
            <translation>文库数据库无法使用（%1）；已将其另存为 %2，并将根据您的文件夹重建。</translation>
        </message>
        <message>
            <source>Cannot open the library's database %1: %2</source>
            <translation>无法打开文库数据库 %1：%2</translation>
        </message>
        <message>
            <source>its format is version %1, this Annalist uses %2</source>
            <translation>其格式为版本 %1，此 Annalist 使用版本 %2</translation>
        </message>
        <message>
            <source>The SQLite library in use has no full-text search (FTS5), which the library needs: %1</source>
            <translation>所用的 SQLite 没有文库所需的全文搜索（FTS5）：%1</translation>
        </message>
        <message>
            <source>Cannot create the library's database %1: %2</source>
            <translation>无法创建文库数据库 %1：%2</translation>
        </message>
        <message>
            <source>Cannot write the list of library folders %1: %2</source>
            <translation>无法写入文库文件夹列表 %1：%2</translation>
        </message>
        <message>
            <source>%1 is not a folder that can be read.</source>
            <translation>%1 不是可读取的文件夹。</translation>
        </message>
        <message>
            <source>The library's database failed: %1</source>
            <translation>文库数据库出错：%1</translation>
        </message>
        <message>
            <source>“%1” is not a date; write it as 1999, 1999-09 or 1999-09-14.</source>
            <translation>“%1”不是日期；请写成 1999、1999-09 或 1999-09-14。</translation>
        </message>
        <message>
            <source>Also reported by: %1</source>
            <translation>另见报道：%1</translation>
        </message>
    </context>
    <context>
        <name>LibraryCommand</name>
        <message>
            <source>%1 added, %2 updated, %3 unchanged, %4 removed, %5 could not be read</source>
            <translation>新增 %1，更新 %2，未变 %3，移除 %4，无法读取 %5</translation>
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
            <translation>在用户数据文件夹中维护一个文章文件夹库，并为搜索建立索引。

命令：
  add 文件夹…          添加文件夹并索引其中的文章
  update               索引库中文件夹里发生的变化
  remove 文件夹…       从库中移除文件夹
  search 查询          查找文章：词语、entity:名称、type:类型、from:日期、to:日期
  entities [查询]      库或搜索结果的实体索引
  timeline             整个库或一次搜索（--query）的统一时间线
  status               库的文件夹、规模以及无法读取的文件</translation>
        </message>
        <message>
            <source>The command.</source>
            <translation>命令。</translation>
        </message>
        <message>
            <source>add, update, remove, search, entities, timeline or status.</source>
            <translation>add、update、remove、search、entities、timeline 或 status。</translation>
        </message>
        <message>
            <source>search, entities: print JSON.</source>
            <translation>search、entities：输出 JSON。</translation>
        </message>
        <message>
            <source>timeline: only the articles this search finds.</source>
            <translation>timeline：仅限此搜索找到的文章。</translation>
        </message>
        <message>
            <source>timeline: the format, one of the timeline formats of annalist export.</source>
            <translation>timeline：格式，annalist export 的时间线格式之一。</translation>
        </message>
        <message>
            <source>timeline: write to this file (standard output by default).</source>
            <translation>timeline：写入此文件（默认为标准输出）。</translation>
        </message>
        <message>
            <source>search, entities: at most this many results.</source>
            <translation>search、entities：最多这么多条结果。</translation>
        </message>
        <message>
            <source>name a command: add, update, remove, search, entities, timeline or status</source>
            <translation>请指定命令：add、update、remove、search、entities、timeline 或 status</translation>
        </message>
        <message>
            <source>--limit wants a number of at least 1</source>
            <translation>--limit 需要至少为 1 的数字</translation>
        </message>
        <message>
            <source>name at least one folder</source>
            <translation>请至少指定一个文件夹</translation>
        </message>
        <message>
            <source>Database: </source>
            <translation>数据库：</translation>
        </message>
        <message>
            <source>Folder: </source>
            <translation>文件夹：</translation>
        </message>
        <message>
            <source>%1 articles, %2 entities, %3 events; %4 files could not be read</source>
            <translation>%1 篇文章，%2 个实体，%3 个事件；%4 个文件无法读取</translation>
        </message>
        <message>
            <source>name what to search for</source>
            <translation>请指定要搜索的内容</translation>
        </message>
        <message>
            <source>unknown timeline format “%1”; the formats are %2</source>
            <translation>未知的时间线格式“%1”；可用格式为 %2</translation>
        </message>
        <message>
            <source>the %1 format needs a destination: add -o OUT</source>
            <translation>%1 格式需要输出目标：请添加 -o 输出</translation>
        </message>
        <message>
            <source>unknown command “%1”; the commands are add, update, remove, search, entities, timeline and status</source>
            <translation>未知命令“%1”；可用命令为 add、update、remove、search、entities、timeline 和 status</translation>
        </message>
        <message>
            <source>%1 of %2 articles indexed</source>
            <translation>已索引 %1 / %2 篇文章</translation>
        </message>
    </context>
</TS>
