#pragma once

#include "reports/pdfdocument.h"
#include "reports/reportbuilder.h"

#include <QDateTime>
#include <QList>
#include <QString>

class QTextDocument;
class QTextTable;

namespace igw {

struct AgreementReportData;

// Writes an information sharing agreement into a QTextDocument: the cover page (title,
// parties with their roles and ICO numbers, reference, version, status, dates), contents,
// the numbered sections with their clauses and sub-clauses and the parties' own additions,
// the signature blocks and the schedule of data items. The same content goes into the PDF
// and the ODT; only the PDF's contents gets page numbers, once laid out (fillPageNumbers()).
class AgreementReportContent {
public:
    AgreementReportContent(const AgreementReportData &data, QTextDocument *document,
                           bool pageNumbers, const QDateTime &generated);

    // build() reports progress(done, steps()): one step per section, and two more.
    int steps() const;
    bool build(const reports::Progress &progress);
    void fillPageNumbers(const reports::PdfDocument &pdf);

private:
    struct Entry {
        QString title;
        int position = -1; // of its heading
    };

    void coverPage();
    void contentsPage();
    void section(int index);
    void signatureBlocks();
    void schedule();

    const AgreementReportData &m_data;
    bool m_pageNumbers;
    QDateTime m_generated;
    QList<Entry> m_entries; // the sections, then the schedule
    QTextTable *m_contents = nullptr;
    reports::ReportBuilder m_b;
};

} // namespace igw
