#include "reports/reportbuilder.h"

#include "reports/reportstyle.h"
#include "reports/richtext.h"
#include "reports/textproperties.h"

#include <QHash>
#include <QImage>
#include <QTextBlockFormat>
#include <QTextDocument>
#include <QTextList>
#include <QTextTable>
#include <QUrl>

namespace igw::reports {

namespace {

bool droppedCharacter(char16_t u)
{
    return u < 0x20 || (u >= 0x7f && u < 0xa0) // C0 and C1 controls
           || (u >= 0x202a && u <= 0x202e)     // bidirectional embeddings and overrides
           || (u >= 0x2066 && u <= 0x2069)     // bidirectional isolates
           || u == 0xfffc                      // object replacement: an image's placeholder
           || (u >= 0xfdd0 && u <= 0xfdef)     // QTextDocument's own frame markers
           || u == 0xfffe || u == 0xffff;
}

} // namespace

ReportBuilder::ReportBuilder(QTextDocument *document, qreal unitsPerPoint)
    : m_cursor(document)
    , m_unitsPerPoint(unitsPerPoint)
{
    m_cursor.movePosition(QTextCursor::End);
    document->setIndentWidth(px(12)); // list indents; Qt's default is 30 points
    m_empty = document->isEmpty();
}

QString ReportBuilder::plain(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        if (u == u'\r') {
            // CR LF and a lone CR are line breaks as typed on other systems.
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                continue;
            out += u'\n';
        } else if (u == u'\n' || u == 0x2028 || u == 0x2029) {
            out += u'\n';
        } else if (u == u'\t') {
            out += u' ';
        } else if (!droppedCharacter(u)) {
            out += text.at(i);
        }
    }
    return out;
}

QTextCharFormat ReportBuilder::charFormat(qreal points, bool bold) const
{
    QTextCharFormat format;
    format.setFont(style::font(points, bold ? QFont::DemiBold : QFont::Normal));
    format.setForeground(style::text());
    return format;
}

void ReportBuilder::block(qreal spaceBefore, qreal spaceAfter, const QTextCharFormat &text,
                          bool pageBreak)
{
    QTextBlockFormat format;
    format.setTopMargin(px(spaceBefore));
    format.setBottomMargin(px(spaceAfter));
    format.setLineHeight(115, QTextBlockFormat::ProportionalHeight);
    if (pageBreak)
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    // The document's first block, and the one Qt leaves after each table, are reused so no
    // empty line is left behind.
    // The block's own character format sizes its list bullet and an empty line; without it
    // the block would take the previous one's (a heading's).
    if (m_empty) {
        m_cursor.setBlockFormat(format);
        m_cursor.setBlockCharFormat(text);
    } else {
        m_cursor.insertBlock(format, text);
    }
    m_empty = false;
}

void ReportBuilder::insert(const QString &text, const QTextCharFormat &format)
{
    m_cursor.insertText(plain(text), format);
}

void ReportBuilder::keepWithNext()
{
    if (!m_keepWithNext)
        return;
    QTextBlockFormat format;
    format.setProperty(KeepWithNextProperty, true);
    m_cursor.mergeBlockFormat(format);
}

void ReportBuilder::title(const QString &title, const QString &subtitle)
{
    QTextCharFormat big = charFormat(style::TitleSize, true);
    big.setForeground(style::accent());
    block(0, 2, big);
    insert(title, big);
    if (!subtitle.isEmpty()) {
        QTextCharFormat small = charFormat(style::SubtitleSize);
        small.setForeground(style::muted());
        block(0, 14, small);
        insert(subtitle, small);
    }
}

int ReportBuilder::heading(const QString &text, bool newPage)
{
    QTextCharFormat format = charFormat(style::HeadingSize, true);
    format.setForeground(style::accent());
    block(newPage ? 0 : 16, 6, format, newPage);
    keepWithNext();
    const int position = m_cursor.block().position();
    insert(text, format);
    return position;
}

void ReportBuilder::subheading(const QString &text)
{
    QTextCharFormat format = charFormat(style::SubheadingSize, true);
    format.setForeground(style::accent());
    block(10, 4, format);
    keepWithNext();
    insert(text, format);
}

void ReportBuilder::label(const QString &text)
{
    // In the headings' colour, so it stands apart from bold text and headings inside the
    // answer under it.
    QTextCharFormat format = charFormat(style::BodySize, true);
    format.setForeground(style::accent());
    block(8, 2, format);
    keepWithNext();
    insert(text, format);
}

void ReportBuilder::absent(const QString &text)
{
    QTextCharFormat format = charFormat(style::BodySize);
    format.setFontItalic(true);
    format.setForeground(style::muted());
    block(0, 6, format);
    insert(text, format);
}

void ReportBuilder::paragraph(const QString &text)
{
    const QTextCharFormat format = charFormat(style::BodySize);
    block(0, 6, format);
    insert(text, format);
}

void ReportBuilder::introduction(const QString &text)
{
    const QTextCharFormat format = charFormat(style::BodySize);
    block(0, 6, format);
    keepWithNext();
    insert(text, format);
}

void ReportBuilder::keyMessage(const QString &text)
{
    const QTextCharFormat format = charFormat(style::BodySize + 1.5, true);
    block(2, 8, format);
    insert(text, format);
}

void ReportBuilder::note(const QString &text)
{
    QTextCharFormat format = charFormat(style::SmallSize + 0.5);
    format.setForeground(style::muted());
    block(0, 4, format);
    insert(text, format);
}

void ReportBuilder::bullets(const QStringList &items)
{
    QTextListFormat format;
    format.setStyle(QTextListFormat::ListDisc);
    format.setIndent(1);
    const QTextCharFormat text = charFormat(style::BodySize);
    QTextList *list = nullptr;
    for (const QString &item : items) {
        block(0, 3, text);
        if (list)
            list->add(m_cursor.block());
        else
            list = m_cursor.createList(format);
        insert(item, text);
    }
}

void ReportBuilder::clause(const QString &number, const QString &text, int level)
{
    const QTextCharFormat format = charFormat(style::BodySize);
    block(0, 5, format);
    // Sub-clauses sit in from their clause. A block indent (unlike margins and tab stops) is
    // scaled to the device by Qt, so the PDF and the ODT agree.
    QTextBlockFormat indent;
    indent.setIndent(level > 1 ? 2 : 0);
    m_cursor.mergeBlockFormat(indent);
    m_cursor.insertText(plain(number), charFormat(style::BodySize, true));
    m_cursor.insertText(QStringLiteral("\u2002\u2002"), format); // two en spaces
    insert(text, format);
}

void ReportBuilder::facts(const QList<std::pair<QString, QString>> &rows, int labelPercent)
{
    ReportTable t({{QString(), labelPercent}, {QString(), 100 - labelPercent}});
    t.m_labelColumn = true;
    for (const auto &[label, value] : rows)
        t.addRow({label, value});
    table(t);
}

QTextTable *ReportBuilder::table(const ReportTable &t)
{
    const int columns = int(t.m_columns.size());
    if (columns == 0)
        return nullptr;
    bool hasHeader = false;
    for (const TableColumn &c : t.m_columns)
        hasHeader = hasHeader || !c.heading.isEmpty();
    const int headerRows = hasHeader ? 1 : 0;
    const int rows = int(t.m_rows.size()) + headerRows;
    if (rows == 0)
        return nullptr;

    const QTextCharFormat cellText = charFormat(style::TableSize);
    QTextTableFormat format;
    format.setHeaderRowCount(headerRows); // repeated at the top of every page
    format.setBorderCollapse(true);
    // Qt draws the collapsed inner grid only for a border of at least 1 (0.75 pt).
    format.setBorder(1);
    format.setBorderBrush(style::rule());
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setCellSpacing(0);
    format.setCellPadding(px(3));
    format.setTopMargin(px(4));
    format.setBottomMargin(px(10));
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QList<QTextLength> widths;
    for (const TableColumn &c : t.m_columns)
        widths << QTextLength(QTextLength::PercentageLength, c.widthPercent);
    format.setColumnWidthConstraints(widths);

    if (!m_empty)
        m_cursor.insertBlock(QTextBlockFormat(), cellText);
    QTextTable *table = m_cursor.insertTable(rows, columns, format);

    const QTextCharFormat strongText = charFormat(style::TableSize, true);
    const auto fill = [table](int row, int column, const QColor &colour) {
        QTextTableCell cell = table->cellAt(row, column);
        QTextTableCellFormat f = cell.format().toTableCellFormat();
        f.setBackground(colour);
        cell.setFormat(f);
    };
    const auto put = [table](int row, int column, const QString &text, const QTextCharFormat &f) {
        if (text.isEmpty())
            return;
        QTextCursor c = table->cellAt(row, column).firstCursorPosition();
        c.insertText(plain(text), f);
    };

    for (int c = 0; c < headerRows * columns; ++c) {
        fill(0, c, style::headerFill());
        put(0, c, t.m_columns.at(c).heading, strongText);
    }
    for (int r = 0; r < t.m_rows.size(); ++r) {
        const ReportTable::Row &row = t.m_rows.at(r);
        const int at = r + headerRows;
        if (row.group) {
            table->mergeCells(at, 0, 1, columns);
            fill(at, 0, style::groupFill());
            put(at, 0, row.cells.value(0), strongText);
            continue;
        }
        if (t.m_labelColumn)
            fill(at, 0, style::groupFill());
        for (int c = 0; c < columns; ++c)
            put(at, c, row.cells.value(c), cellText);
    }

    // Qt leaves an empty block after the table; the next content goes into it.
    m_cursor = table->lastCursorPosition();
    m_cursor.movePosition(QTextCursor::NextBlock);
    m_empty = true;
    return table;
}

namespace {

qreal headingPoints(int level)
{
    switch (level) {
    case 1:
        return style::BodySize + 2.5;
    case 2:
        return style::BodySize + 1.5;
    case 3:
        return style::BodySize + 1;
    case 4:
        return style::BodySize + 0.5;
    default:
        return style::BodySize;
    }
}

void insertRuns(QTextCursor &cursor, const QList<RichRun> &runs, const QTextCharFormat &base)
{
    for (const RichRun &run : runs) {
        QTextCharFormat f = base;
        if (run.bold)
            f.setFontWeight(QFont::DemiBold);
        f.setFontItalic(run.italic);
        f.setFontUnderline(run.underline);
        // A line break stays inside its paragraph (and its list item).
        QString text = ReportBuilder::plain(run.text);
        text.replace(u'\n', QChar::LineSeparator);
        cursor.insertText(text, f);
    }
}

} // namespace

void ReportBuilder::richParagraph(const RichParagraph &paragraph, QTextCursor &cursor, qreal points,
                                  bool first)
{
    QTextCharFormat format = charFormat(points, paragraph.heading > 0);
    QTextBlockFormat block;
    block.setLineHeight(115, QTextBlockFormat::ProportionalHeight);
    block.setBottomMargin(px(2));
    if (first) {
        cursor.setBlockFormat(block);
        cursor.setBlockCharFormat(format);
    } else {
        cursor.insertBlock(block, format);
    }
    insertRuns(cursor, paragraph.runs, format);
}

void ReportBuilder::richText(const RichText &text)
{
    QHash<int, QTextList *> lists;
    for (const RichBlock &b : text.blocks) {
        if (b.isTable) {
            const RichTable &t = b.table;
            if (t.columns == 0 || t.rows.isEmpty())
                continue;
            QTextTableFormat format;
            format.setHeaderRowCount(t.headerRow ? 1 : 0);
            format.setBorderCollapse(true);
            format.setBorder(1);
            format.setBorderBrush(style::rule());
            format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
            format.setCellSpacing(0);
            format.setCellPadding(px(3));
            format.setTopMargin(px(2));
            format.setBottomMargin(px(8));
            format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
            const QTextCharFormat cellText = charFormat(style::TableSize);
            if (!m_empty)
                m_cursor.insertBlock(QTextBlockFormat(), cellText);
            QTextTable *table = m_cursor.insertTable(int(t.rows.size()), t.columns, format);
            for (int r = 0; r < t.rows.size(); ++r) {
                for (int c = 0; c < t.rows.at(r).size() && c < t.columns; ++c) {
                    QTextTableCell cell = table->cellAt(r, c);
                    if (r == 0 && t.headerRow) {
                        QTextTableCellFormat f = cell.format().toTableCellFormat();
                        f.setBackground(style::headerFill());
                        cell.setFormat(f);
                    }
                    QTextCursor cursor = cell.firstCursorPosition();
                    const QList<RichParagraph> &paragraphs = t.rows.at(r).at(c);
                    for (int p = 0; p < paragraphs.size(); ++p)
                        richParagraph(paragraphs.at(p), cursor, style::TableSize, p == 0);
                }
            }
            m_cursor = table->lastCursorPosition();
            m_cursor.movePosition(QTextCursor::NextBlock);
            m_empty = true;
            continue;
        }
        const RichParagraph &p = b.paragraph;
        const bool isHeading = p.heading > 0;
        const QTextCharFormat format = charFormat(headingPoints(p.heading), isHeading);
        if (p.list >= 0)
            block(0, 2, format);
        else
            block(isHeading ? 6 : 0, isHeading ? 3 : 5, format);
        if (p.list >= 0 && p.list < text.lists.size()) {
            QTextList *&list = lists[p.list];
            if (list) {
                list->add(m_cursor.block());
            } else {
                const RichList &kind = text.lists.at(p.list);
                QTextListFormat f;
                f.setStyle(kind.ordered ? QTextListFormat::ListDecimal : QTextListFormat::ListDisc);
                f.setIndent(1 + kind.level);
                list = m_cursor.createList(f);
            }
        }
        insertRuns(m_cursor, p.runs, format);
    }
}

void ReportBuilder::image(const QImage &image, const QString &name, qreal widthPoints)
{
    if (image.isNull())
        return;
    QTextDocument *document = m_cursor.document();
    document->addResource(QTextDocument::ImageResource, QUrl(name), image);
    block(4, 8, charFormat(style::BodySize));
    QTextBlockFormat centred;
    centred.setAlignment(Qt::AlignHCenter);
    centred.setLineHeight(100, QTextBlockFormat::ProportionalHeight);
    m_cursor.mergeBlockFormat(centred);
    QTextImageFormat format;
    format.setName(name);
    format.setWidth(px(widthPoints));
    format.setHeight(px(widthPoints * image.height() / image.width()));
    format.setQuality(100); // lossless in an ODT too
    m_cursor.insertImage(format);
}

QTextTable *ReportBuilder::contents(const QStringList &entries, bool withPageNumbers)
{
    const QTextCharFormat text = charFormat(style::BodySize + 0.5);
    if (!withPageNumbers) {
        for (const QString &entry : entries) {
            block(0, 4, text);
            insert(entry, text);
        }
        return nullptr;
    }
    if (entries.isEmpty())
        return nullptr;
    QTextTableFormat format;
    format.setBorder(0);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    format.setCellSpacing(0);
    format.setCellPadding(px(3));
    format.setTopMargin(px(4));
    format.setBottomMargin(px(10));
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 88),
                                      QTextLength(QTextLength::PercentageLength, 12)});
    if (!m_empty)
        m_cursor.insertBlock(QTextBlockFormat(), text);
    QTextTable *table = m_cursor.insertTable(int(entries.size()), 2, format);
    QTextBlockFormat right;
    right.setAlignment(Qt::AlignRight);
    for (int r = 0; r < entries.size(); ++r) {
        QTextCursor c = table->cellAt(r, 0).firstCursorPosition();
        c.insertText(plain(entries.at(r)), text);
        QTextCursor page = table->cellAt(r, 1).firstCursorPosition();
        page.mergeBlockFormat(right);
        page.setBlockCharFormat(text);
    }
    m_cursor = table->lastCursorPosition();
    m_cursor.movePosition(QTextCursor::NextBlock);
    m_empty = true;
    return table;
}

void ReportBuilder::setPageNumber(QTextTable *contents, int row, int page)
{
    if (!contents || row < 0 || row >= contents->rows())
        return;
    const QTextTableCell cell = contents->cellAt(row, 1);
    QTextCursor c = cell.firstCursorPosition();
    c.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
    c.insertText(QString::number(page), c.blockCharFormat());
}

} // namespace igw::reports
