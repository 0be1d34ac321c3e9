#pragma once

#include <QList>
#include <QString>

namespace igw::reports {

// Rich text reduced to what a report shows: paragraphs and headings (levels 1-4) made of
// runs in bold, italic or underline, bulleted and numbered lists, and tables of
// paragraphs. Nothing else survives, so it cannot carry scripts, styles, images, links
// to follow or resources to fetch.
struct RichRun {
    QString text; // U+2028 for a line break inside the paragraph
    bool bold = false;
    bool italic = false;
    bool underline = false;
};

struct RichParagraph {
    int heading = 0; // 1-4; 0 for body text
    int list = -1;   // index into RichText::lists when a list item
    QList<RichRun> runs;
};

struct RichList {
    bool ordered = false;
    int level = 0; // nesting, 0 outermost
};

struct RichTable {
    int columns = 0;
    bool headerRow = false;                  // the first row is of header cells
    QList<QList<QList<RichParagraph>>> rows; // row, cell, paragraphs
};

struct RichBlock {
    bool isTable = false;
    RichParagraph paragraph;
    RichTable table;
};

struct RichText {
    QList<RichBlock> blocks;
    QList<RichList> lists;
    bool truncated = false; // longer than a report holds; the rest was left out

    bool isEmpty() const { return blocks.isEmpty(); }
    // All text, paragraphs on lines of their own: for tests and plain-text uses.
    QString toPlainText() const;

    // A stored DPIA answer: HTML from the rich-text editor (or pasted from anywhere), or
    // plain text when it does not look like markup (Qt::mightBeRichText).
    static RichText fromAnswer(const QString &stored);
    // Hostile HTML kept to the safe subset: p, br, div, h1-h6, ul, ol, li, b/strong, i/em,
    // u, table/tr/td/th, and bold/italic/underline given in a style attribute (as Qt's
    // editor writes them). Links become their text followed by the address in brackets;
    // an image becomes a note that it is not included; script, style and other embedded
    // content is dropped with everything in it. Never fetches anything.
    static RichText fromHtml(const QString &html);
    // One paragraph a line; blank lines dropped.
    static RichText fromPlainText(const QString &text);
};

} // namespace igw::reports
