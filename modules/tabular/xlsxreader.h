#pragma once

#include "tabular/tablereader.h"
#include "tabular/xlsxparts.h"
#include "tabular/zipreader.h"

namespace igw::tabular {

class XmlPart;

// Office Open XML workbooks (.xlsx), read with libarchive and QXmlStreamReader since
// Debian has no XLSX library. Two passes over the zip: the first reads the workbook,
// relationships, shared strings and styles; the second streams the chosen sheet row by
// row, so only the shared string table (capped) is held in memory. Empty rows are
// skipped without being stored. Dates come out as ISO 8601 text, booleans as TRUE/FALSE.
class XlsxReader : public TableReader {
public:
    XlsxReader();
    ~XlsxReader() override;

    bool open(const QString &path, const ReadOptions &options) override;
    bool next(Row *row) override;
    // All sheets in tab order, hidden ones included; valid once open() got that far.
    QStringList sheetNames() const override;
    // The sheet being read.
    QString sheetName() const { return m_sheetName; }

private:
    bool readSmallParts(const QString &path);
    bool chooseSheet(QString *partName);
    bool readRow(QStringList *cells, qint64 *line);
    bool readCell(QStringList *cells, qint64 rowNumber, int *nextColumn);
    bool readCellContent(QString *value, QString *inlineText);
    bool failSheet();
    QString cellName(qint64 row, int column) const;
    QString rowLocation(qint64 line) const override;

    ZipReader m_zip;
    ZipReader::Limits m_limits;
    std::unique_ptr<XmlPart> m_sheet;
    xlsx::Workbook m_workbook;
    QHash<QString, xlsx::Relationship> m_relationships;
    QStringList m_sharedStrings;
    QList<bool> m_dateStyles;
    QString m_sheetName;
    bool m_inData = false;
    qint64 m_lastRow = 0;
    qint64 m_rowChars = 0;
};

} // namespace igw::tabular
