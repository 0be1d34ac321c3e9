#pragma once

#include "reports/pdfdocument.h"
#include "reports/reportbuilder.h"

#include <QDateTime>
#include <QList>
#include <QString>

class QTextDocument;
class QTextTable;

namespace igw {

struct DpiaReportData;

// Writes a DPIA's report into a QTextDocument: the cover page, contents, the ICO template's
// steps 1-7 as numbered sections and the appendices. The same content goes into the PDF and
// the ODT; only the PDF's contents gets page numbers, once laid out (fillPageNumbers()).
class DpiaReportContent {
public:
    DpiaReportContent(const DpiaReportData &data, QTextDocument *document, bool pageNumbers,
                      const QDateTime &generated);

    // build() reports progress(done, steps()): a step per question and per risk, and a few
    // for the rest. False when `progress` cancels.
    int steps() const;
    bool build(const reports::Progress &progress);
    // After the PDF is laid out: each contents entry gets its section's page.
    void fillPageNumbers(const reports::PdfDocument &pdf);

private:
    struct Section {
        QString title;
        int position = -1; // of its heading
    };

    void coverPage();
    void contentsPage();
    bool questionSections(const reports::Progress &progress, int *done);
    void otherAnswers();
    void importedNotes();
    bool risksSection(const reports::Progress &progress, int *done);
    void measuresSection();
    void signoffSection();
    void planSections();
    int startSection(int index, bool newPage);

    const DpiaReportData &m_data;
    QTextDocument *m_document;
    bool m_pageNumbers;
    QDateTime m_generated;
    QList<Section> m_sections;
    QStringList m_otherAnswerIds; // answered, but not questions of the bank
    QTextTable *m_contents = nullptr;
    reports::ReportBuilder m_b;
};

} // namespace igw
