#pragma once

#include "tabular/tablewriter.h"

class QSaveFile;

namespace igw::tabular {

// CSV for Excel and other tools: UTF-8 with BOM (so Excel does not guess Windows-1252),
// comma-separated, CRLF line ends, RFC 4180 quoting, dates as ISO yyyy-MM-dd, booleans
// as Yes/No. The sheet name is not used.
class CsvWriter : public TableWriter {
public:
    CsvWriter();
    ~CsvWriter() override;

    bool open(const QString &path, const QList<ColumnSpec> &columns,
              const QString &sheetName) override;
    bool writeRow(const QVariantList &values) override;
    bool close() override;
    void cancel() override;

    // One field as written: defused against formula injection when it is text, and
    // quoted when it holds a comma, quote mark or line break.
    static QString field(const QString &text, bool isText);

private:
    bool writeLine(const QStringList &fields);
    bool flush();

    std::unique_ptr<QSaveFile> m_file;
    QByteArray m_buffer;
    qint64 m_rows = 0;
};

} // namespace igw::tabular
