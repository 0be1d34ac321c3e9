#include "reports/reportbuilder.h"

#include "reports/reportstyle.h"

#include <QTextBlockFormat>
#include <QTextDocument>
#include <QTextList>
#include <QTextTable>

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

void ReportBuilder::heading(const QString &text, bool newPage)
{
    QTextCharFormat format = charFormat(style::HeadingSize, true);
    format.setForeground(style::accent());
    block(newPage ? 0 : 16, 6, format, newPage);
    insert(text, format);
}

void ReportBuilder::subheading(const QString &text)
{
    QTextCharFormat format = charFormat(style::SubheadingSize, true);
    format.setForeground(style::accent());
    block(10, 4, format);
    insert(text, format);
}

void ReportBuilder::paragraph(const QString &text)
{
    const QTextCharFormat format = charFormat(style::BodySize);
    block(0, 6, format);
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

void ReportBuilder::facts(const QList<std::pair<QString, QString>> &rows)
{
    ReportTable t({{QString(), 45}, {QString(), 55}});
    t.m_labelColumn = true;
    for (const auto &[label, value] : rows)
        t.addRow({label, value});
    table(t);
}

void ReportBuilder::table(const ReportTable &t)
{
    const int columns = int(t.m_columns.size());
    if (columns == 0)
        return;
    bool hasHeader = false;
    for (const TableColumn &c : t.m_columns)
        hasHeader = hasHeader || !c.heading.isEmpty();
    const int headerRows = hasHeader ? 1 : 0;
    const int rows = int(t.m_rows.size()) + headerRows;
    if (rows == 0)
        return;

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
}

} // namespace igw::reports
