// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Annalist {

/// The elements the reader view tells apart; every other name is Other.
enum class HtmlTag : quint8 {
    Other,
    Html, Head, Body, Title, Meta, Link, Base, Script, Style, NoScript, Template, IFrame, Svg, Math,
    Article, Main, Section, Div, P, Span, A, Br, Hr, Img, Picture, Figure, FigCaption,
    H1, H2, H3, H4, H5, H6, HGroup, Header, Footer, Nav, Aside, Address,
    Ul, Ol, Li, Dl, Dt, Dd, Blockquote, Pre, Code,
    Table, Caption, THead, TBody, TFoot, Tr, Td, Th, Col, ColGroup,
    Form, FieldSet, Input, Button, Select, Option, TextArea, Label,
    Time, Center, Details, Summary, Dialog, Menu, Object, Embed, Video, Audio, Canvas, Map, Area, Source,
    Track, Param, Wbr, Font, Em, Strong, B, I, U, Sub, Sup, Small,
};

/// One node of a parsed page: an element or a run of text. Nodes live in
/// HtmlDom::nodes in document order, so a node's descendants follow it and
/// every parent has a smaller index than its children; walks over the tree
/// therefore need no recursion (a reverse pass visits children before parents).
struct HtmlNode {
    int parent = -1;
    int firstChild = -1;
    int lastChild = -1;
    int next = -1; ///< the next sibling
    int end = 0; ///< one past the index of the last descendant
    HtmlTag tag = HtmlTag::Other;
    bool isText = false;
    qsizetype textStart = 0; ///< text nodes: the decoded text, in HtmlDom::text
    qsizetype textLength = 0;
    int attributeStart = 0; ///< elements: the attributes kept, in HtmlDom::attributes
    int attributeCount = 0;
};

struct HtmlAttribute {
    QString name; ///< lower-cased
    QString value; ///< references decoded
};

/// A page parsed into a tree the way a browser would in outline, tolerant of
/// anything: unclosed and stray tags, an unclosed <p> closed by the next
/// block, a repeated <li>/<td>/<tr>/<dt>/<dd> closing its predecessor, raw
/// text in script and style, comments. Only the attributes the reader view
/// reads are kept. Linear in the size of the page, never recursive.
struct HtmlDom {
    QList<HtmlNode> nodes; ///< nodes[0] is the document (tag Other, no parent)
    QList<HtmlAttribute> attributes;
    QString text; ///< the decoded text of all text nodes, one after another

    QStringView textOf(const HtmlNode &n) const { return QStringView(text).mid(n.textStart, n.textLength); }
    /// The value of an element's attribute (name lower-case); null when absent.
    QStringView attribute(int node, QStringView name) const;
    bool hasAttribute(int node, QStringView name) const;
    /// The text of a node and its descendants, joined without separators.
    QString textContent(int node) const;
};

HtmlDom parseHtml(QStringView html);

/// Whether an element is shown on its own lines (a block), as opposed to
/// inline in the run of text (a, span, em, unknown elements).
bool isBlockTag(HtmlTag tag);
bool isHeadingTag(HtmlTag tag);

} // namespace Annalist
