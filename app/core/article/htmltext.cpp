// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "article/htmltext.h"

#include "article/textbuilder.h"

#include <algorithm>

namespace Annalist {

bool isDataTable(const HtmlDom &dom, int table)
{
    const QStringView role = dom.attribute(table, u"role");
    if (role == u"presentation" || dom.attribute(table, u"datatable") == u"0")
        return false;
    if (!dom.attribute(table, u"summary").isEmpty())
        return true;
    int rows = 0, columns = 0;
    for (int i = table + 1; i < dom.nodes[table].end; ++i) {
        const HtmlNode &n = dom.nodes[i];
        if (n.isText)
            continue;
        switch (n.tag) {
        case HtmlTag::Table:
            return false; // tables of tables lay a page out
        case HtmlTag::Caption: case HtmlTag::THead: case HtmlTag::TFoot: case HtmlTag::Th: case HtmlTag::Col:
        case HtmlTag::ColGroup:
            return true;
        case HtmlTag::Tr: {
            ++rows;
            int cells = 0;
            for (int c = n.firstChild; c >= 0; c = dom.nodes[c].next)
                cells += dom.nodes[c].tag == HtmlTag::Td;
            columns = std::max(columns, cells);
            break;
        }
        default:
            break;
        }
    }
    if (rows <= 1 || columns <= 1)
        return false;
    return rows >= 10 || columns > 4 || rows * columns > 10;
}

namespace {

struct OpenBlock {
    int end;
    HtmlTag tag;
    bool breaks; ///< ends a paragraph when it closes
    bool dataRow; ///< a row of a table of data
};

class TextWriter
{
public:
    TextWriter(const HtmlDom &dom, const ArticleContent &content)
        : m_dom(dom)
        , m_content(content)
    {
    }

    QString run();

private:
    void close(const OpenBlock &b);
    void text(QStringView t);

    const HtmlDom &m_dom;
    const ArticleContent &m_content;
    TextBuilder m_out;
    QList<OpenBlock> m_open;
    int m_pre = 0; ///< open <pre> elements
    int m_rows = 0; ///< open rows of data tables
};

void TextWriter::close(const OpenBlock &b)
{
    if (b.tag == HtmlTag::Pre)
        --m_pre;
    if (b.dataRow)
        --m_rows;
    if (b.breaks)
        m_out.breakParagraph();
}

void TextWriter::text(QStringView t)
{
    if (m_pre > 0) {
        qsizetype start = 0;
        for (qsizetype nl = t.indexOf(u'\n');; nl = t.indexOf(u'\n', start)) {
            m_out.add(t.mid(start, (nl < 0 ? t.size() : nl) - start));
            if (nl < 0)
                break;
            m_out.breakParagraph();
            start = nl + 1;
        }
        return;
    }
    m_out.add(t);
}

QString TextWriter::run()
{
    const QList<HtmlNode> &nodes = m_dom.nodes;
    for (const int root : m_content.roots) {
        const int end = nodes[root].end;
        for (int i = root; i < end; ++i) {
            while (!m_open.isEmpty() && i >= m_open.constLast().end)
                close(m_open.takeLast());
            const HtmlNode &n = nodes[i];
            if (m_content.skipped[i]) {
                i = n.end - 1;
                continue;
            }
            if (n.isText) {
                text(m_dom.textOf(n));
                continue;
            }
            const HtmlTag tag = n.tag;
            if (tag == HtmlTag::Br || tag == HtmlTag::Hr) {
                m_out.breakParagraph();
                continue;
            }
            if (n.end == i + 1)
                continue; // an element with nothing inside
            OpenBlock b{n.end, tag, false, false};
            if (tag == HtmlTag::Tr && m_rows == 0) {
                int table = n.parent;
                if (table > 0 && nodes[table].tag != HtmlTag::Table)
                    table = nodes[table].parent;
                if (table > 0 && nodes[table].tag == HtmlTag::Table && isDataTable(m_dom, table)) {
                    b.dataRow = true;
                    b.breaks = true;
                    m_out.breakParagraph();
                    ++m_rows;
                }
            }
            if (!b.dataRow && isBlockTag(tag)) {
                if (m_rows > 0) {
                    // Inside a row of data, cells are separated, never broken.
                    if ((tag == HtmlTag::Td || tag == HtmlTag::Th) && !m_out.paragraphIsEmpty())
                        m_out.add(u" | ");
                } else {
                    m_out.breakParagraph();
                    b.breaks = true;
                }
            }
            if (tag == HtmlTag::Pre)
                ++m_pre;
            m_open.append(b);
        }
        while (!m_open.isEmpty())
            close(m_open.takeLast());
    }
    return m_out.take();
}

} // namespace

QString articleText(const HtmlDom &dom, const ArticleContent &content)
{
    TextWriter writer(dom, content);
    return writer.run();
}

} // namespace Annalist
