#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QTextCursor>

#include <utility>

class QImage;
class QTextDocument;
class QTextTable;

namespace igw::reports {

struct RichParagraph;
struct RichText;

struct TableColumn {
    QString heading;
    int widthPercent = 0;
};

// A table's rows, collected before it goes into the document: the QTextTable is then made
// at its full size once instead of growing (and renumbering its cells) row by row.
class ReportTable {
public:
    explicit ReportTable(QList<TableColumn> columns)
        : m_columns(std::move(columns))
    {
    }
    // One text per column; missing ones are blank.
    void addRow(const QStringList &cells) { m_rows.append({cells, false}); }
    // A shaded row whose one cell spans the table: the title of the rows under it.
    void addGroupRow(const QString &text) { m_rows.append({{text}, true}); }
    bool isEmpty() const { return m_rows.isEmpty(); }

private:
    friend class ReportBuilder;
    struct Row {
        QStringList cells;
        bool group = false;
    };
    QList<TableColumn> m_columns;
    QList<Row> m_rows;
    bool m_labelColumn = false; // the first column names what the others hold: shaded
};

// Writes report content into a QTextDocument through QTextCursor: headings, paragraphs,
// label/value facts and tables with a header row that repeats on every page.
//
// All text goes in as plain text, never as HTML, so user data (names like "<b>&") appears
// exactly as typed and cannot change the layout. Control characters and bidirectional
// overrides are dropped for the same reason.
class ReportBuilder {
public:
    // `unitsPerPoint` converts padding, borders and spacing into the document's units
    // (PdfDocument::unitsPerPoint()).
    ReportBuilder(QTextDocument *document, qreal unitsPerPoint);

    // Headings and labels written from now on stay on the page of what follows them
    // (PdfDocument moves them when they would end a page alone). Off by default.
    void keepHeadingsWithNext(bool keep) { m_keepWithNext = keep; }

    void title(const QString &title, const QString &subtitle);
    // A section's heading; `newPage` starts it at the top of a page. Returns its position,
    // e.g. for PdfDocument::pageOf().
    int heading(const QString &text, bool newPage = false);
    void subheading(const QString &text);
    // A bold line introducing what follows, e.g. a question above its answer.
    void label(const QString &text);
    // A muted, italic paragraph saying something is not there ("Not answered").
    void absent(const QString &text);
    void paragraph(const QString &text);
    // A paragraph introducing what follows (a table): kept on its page like a heading.
    void introduction(const QString &text);
    // A short paragraph in bold, e.g. the one sentence a board should remember.
    void keyMessage(const QString &text);
    void note(const QString &text); // small print
    void bullets(const QStringList &items);
    // A numbered clause of an agreement ("3.2" or "3.2.1"): the number in bold, then the
    // text; `level` 1 for a clause, 2 for a sub-clause (indented).
    void clause(const QString &number, const QString &text, int level = 1);
    // A two-column table of label and value, without a header row; the labels take
    // `labelPercent` of the width.
    void facts(const QList<std::pair<QString, QString>> &rows, int labelPercent = 45);
    QTextTable *table(const ReportTable &table);
    // Rich text already reduced to the safe subset (RichText::fromAnswer): its runs go in
    // as plain text with their bold, italic and underline, never as HTML.
    void richText(const RichText &text);
    // A picture, centred, `widthPoints` wide; `name` identifies it within the document.
    void image(const QImage &image, const QString &name, qreal widthPoints);
    // A contents list: one row per entry with room on the right for its page number, which
    // setPageNumber() fills in once the document is laid out.
    QTextTable *contents(const QStringList &entries, bool withPageNumbers);
    static void setPageNumber(QTextTable *contents, int row, int page);

    // Text as it will be inserted: controls and direction overrides removed.
    static QString plain(const QString &text);

private:
    void block(qreal spaceBefore, qreal spaceAfter, const QTextCharFormat &text,
               bool pageBreak = false);
    void insert(const QString &text, const QTextCharFormat &format);
    QTextCharFormat charFormat(qreal points, bool bold = false) const;
    void keepWithNext();
    void richParagraph(const RichParagraph &paragraph, QTextCursor &cursor, qreal points,
                       bool first);
    qreal px(qreal points) const { return points * m_unitsPerPoint; }

    QTextCursor m_cursor;
    qreal m_unitsPerPoint;
    bool m_empty = true; // nothing written yet: the first block is the document's own
    bool m_keepWithNext = false;
};

} // namespace igw::reports
