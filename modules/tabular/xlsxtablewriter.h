#pragma once

// Named xlsxtablewriter.h so it cannot be mistaken for libxlsxwriter's <xlsxwriter.h>.

#include "tabular/tablewriter.h"

class QTemporaryFile;
struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace igw::tabular {

// XLSX through libxlsxwriter: bold, frozen header row with an autofilter over the data,
// column widths as given or estimated from the first rows, dates as real Excel dates
// shown dd/mm/yyyy, integers as numbers, booleans as Yes/No, long text wrapped.
class XlsxWriter : public TableWriter {
public:
    XlsxWriter();
    ~XlsxWriter() override;

    bool open(const QString &path, const QList<ColumnSpec> &columns,
              const QString &sheetName) override;
    bool writeRow(const QVariantList &values) override;
    bool close() override;
    void cancel() override;

private:
    bool startSheet();
    bool writeCells(const QVariantList &values, quint32 row);
    bool checked(int lxwError, quint32 row, qsizetype column);
    bool moveIntoPlace();

    QString m_target;
    std::unique_ptr<QTemporaryFile> m_temp;
    QByteArray m_tmpDir; // libxlsxwriter keeps the pointer; its scratch files go here too
    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_headerFormat = nullptr;
    lxw_format *m_dateFormat = nullptr;
    lxw_format *m_integerFormat = nullptr;
    lxw_format *m_wrapFormat = nullptr;
    QList<QVariantList> m_pending; // first rows, held back to estimate column widths
    QList<double> m_widths;
    bool m_started = false;
    quint32 m_nextRow = 1;
};

} // namespace igw::tabular
