#include "tabular/xlsxtablewriter.h"

#include "tabular/tr.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>

#include <cmath>
#include <xlsxwriter.h>

namespace igw::tabular {

namespace {

constexpr qsizetype SampleRows = 100; // rows looked at to estimate widths
constexpr double MinWidth = 8;
constexpr double MaxWidth = 60;
constexpr qsizetype MaxCellText = 32767;               // Excel's limit for one cell
constexpr quint32 MaxSheetRows = 1048576;              // Excel's limit, header included
constexpr double MaxExactInteger = 9007199254740992.0; // 2^53: larger ones go in as text

qsizetype longestLine(const QString &text)
{
    qsizetype longest = 0;
    for (const QStringView line : QStringView(text).split(u'\n'))
        longest = qMax(longest, line.size());
    return longest;
}

} // namespace

XlsxWriter::XlsxWriter() = default;

XlsxWriter::~XlsxWriter()
{
    cancel();
}

bool XlsxWriter::open(const QString &path, const QList<ColumnSpec> &columns,
                      const QString &sheetName)
{
    cancel();
    clearError();
    const QFileInfo target(path);
    m_fileName = target.fileName();
    m_target = target.absoluteFilePath();
    m_started = false;
    m_nextRow = 1;
    m_widths.clear();
    if (!checkColumns(columns))
        return false;
    if (columns.size() > 16384)
        return fail(TabularTr::tr("Excel sheets hold at most 16,384 columns; there are %L1.")
                        .arg(columns.size()));

    m_temp = std::make_unique<QTemporaryFile>(target.absolutePath() + QStringLiteral("/.") +
                                              target.fileName() + QStringLiteral(".XXXXXX"));
    if (!m_temp->open()) {
        const QString reason = m_temp->errorString();
        m_temp.reset();
        return fail(TabularTr::tr("the file cannot be created (%1). Choose a folder you can "
                                  "write to.")
                        .arg(reason));
    }
    m_temp->close(); // libxlsxwriter writes by name; the object still removes the file
    m_tmpDir = QFile::encodeName(target.absolutePath());
    lxw_workbook_options options{};
    options.constant_memory = LXW_FALSE;
    options.tmpdir = m_tmpDir.data();
    m_workbook = workbook_new_opt(QFile::encodeName(m_temp->fileName()).constData(), &options);
    if (!m_workbook)
        return fail(TabularTr::tr("the workbook could not be started (out of memory?)."));

    const QByteArray name = (sheetName.isEmpty() ? TabularTr::tr("Sheet1") : sheetName).toUtf8();
    if (workbook_validate_sheet_name(m_workbook, name.constData()) != LXW_NO_ERROR) {
        cancel();
        return fail(TabularTr::tr("\"%1\" cannot be a sheet name: Excel allows at most 31 "
                                  "characters, none of : \\ / ? * [ ], and no apostrophe at the "
                                  "start or end.")
                        .arg(sheetName));
    }
    m_sheet = workbook_add_worksheet(m_workbook, name.constData());
    m_headerFormat = workbook_add_format(m_workbook);
    m_dateFormat = workbook_add_format(m_workbook);
    m_integerFormat = workbook_add_format(m_workbook);
    m_wrapFormat = workbook_add_format(m_workbook);
    if (!m_sheet || !m_headerFormat || !m_dateFormat || !m_integerFormat || !m_wrapFormat) {
        cancel();
        return fail(TabularTr::tr("the workbook could not be started (out of memory?)."));
    }
    format_set_bold(m_headerFormat);
    format_set_align(m_headerFormat, LXW_ALIGN_VERTICAL_TOP);
    format_set_num_format(m_dateFormat, "dd/mm/yyyy");
    format_set_align(m_dateFormat, LXW_ALIGN_VERTICAL_TOP);
    format_set_num_format(m_integerFormat, "0");
    format_set_align(m_integerFormat, LXW_ALIGN_VERTICAL_TOP);
    format_set_text_wrap(m_wrapFormat);
    format_set_align(m_wrapFormat, LXW_ALIGN_VERTICAL_TOP);
    return true;
}

bool XlsxWriter::writeRow(const QVariantList &values)
{
    if (!m_workbook)
        return fail(TabularTr::tr("the file is not open for writing."));
    const qint64 number = qint64(m_nextRow) + m_pending.size();
    if (!checkRow(values, number))
        return false;
    if (number >= MaxSheetRows) {
        cancel();
        return fail(TabularTr::tr("Excel sheets hold at most %L1 rows. Export as CSV "
                                  "instead.")
                        .arg(MaxSheetRows - 1));
    }
    if (!m_started) {
        m_pending.append(values);
        return m_pending.size() < SampleRows || startSheet();
    }
    return writeCells(values, m_nextRow++);
}

// Sets the widths from the rows held back, then writes the header and those rows.
bool XlsxWriter::startSheet()
{
    m_started = true;
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        const ColumnSpec &column = m_columns.at(c);
        double width = column.width;
        if (width <= 0) {
            qsizetype longest = column.heading.size() + 3; // room for the filter button
            for (const QVariantList &values : std::as_const(m_pending)) {
                if (c >= values.size() || values.at(c).isNull())
                    continue;
                switch (column.type) {
                case ColumnSpec::Type::Date:
                    longest = qMax<qsizetype>(longest, 10);
                    break;
                case ColumnSpec::Type::Boolean:
                    longest = qMax<qsizetype>(longest, yesNo(false).size());
                    break;
                case ColumnSpec::Type::Integer:
                case ColumnSpec::Type::Text:
                    longest = qMax(longest, longestLine(toText(values.at(c))));
                    break;
                }
            }
            width = qBound(MinWidth, double(longest) + 1, MaxWidth);
        }
        m_widths.append(width);
        if (!checked(worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), width, nullptr), 0,
                     c))
            return false;
        const QByteArray heading = column.heading.left(MaxCellText).toUtf8();
        if (!checked(worksheet_write_string(m_sheet, 0, lxw_col_t(c), heading.constData(),
                                            m_headerFormat),
                     0, c))
            return false;
    }
    worksheet_freeze_panes(m_sheet, 1, 0);
    const QList<QVariantList> pending = std::exchange(m_pending, {});
    for (const QVariantList &values : pending) {
        if (!writeCells(values, m_nextRow++))
            return false;
    }
    return true;
}

bool XlsxWriter::checked(int lxwError, quint32 row, qsizetype column)
{
    if (lxwError == LXW_NO_ERROR)
        return true;
    const QString reason = QString::fromUtf8(lxw_strerror(lxw_error(lxwError)));
    cancel();
    return fail(TabularTr::tr("row %1, column \"%2\" could not be written (%3). Nothing was "
                              "saved.")
                    .arg(row)
                    .arg(m_columns.value(column).heading, reason));
}

bool XlsxWriter::writeCells(const QVariantList &values, quint32 row)
{
    for (qsizetype c = 0; c < values.size(); ++c) {
        const QVariant &value = values.at(c);
        if (value.isNull() || !value.isValid())
            continue;
        const lxw_col_t col = lxw_col_t(c);
        switch (m_columns.at(c).type) {
        case ColumnSpec::Type::Integer:
            if (const std::optional<qint64> number = toInteger(value);
                number && std::fabs(double(*number)) < MaxExactInteger) {
                if (!checked(
                        worksheet_write_number(m_sheet, row, col, double(*number), m_integerFormat),
                        row, c))
                    return false;
                continue;
            }
            break;
        case ColumnSpec::Type::Date:
            // Excel's 1900 date system cannot hold earlier dates; those go in as text.
            if (const std::optional<QDate> date = toDate(value); date && date->year() >= 1900) {
                lxw_datetime when{date->year(), date->month(), date->day(), 0, 0, 0.0};
                if (!checked(worksheet_write_datetime(m_sheet, row, col, &when, m_dateFormat), row,
                             c))
                    return false;
                continue;
            }
            break;
        case ColumnSpec::Type::Boolean:
            if (const std::optional<bool> flag = toBool(value)) {
                const QByteArray text = yesNo(*flag).toUtf8();
                if (!checked(worksheet_write_string(m_sheet, row, col, text.constData(), nullptr),
                             row, c))
                    return false;
                continue;
            }
            break;
        case ColumnSpec::Type::Text:
            break;
        }
        // Text is stored as a string, never a formula, so no injection defence is needed.
        const QString text = toText(value);
        if (text.isEmpty())
            continue;
        if (text.size() > MaxCellText) {
            cancel();
            return fail(TabularTr::tr("row %1, column \"%2\" holds %L3 characters, more than the "
                                      "%L4 an Excel cell can hold. Shorten it or export as CSV.")
                            .arg(row)
                            .arg(m_columns.at(c).heading)
                            .arg(text.size())
                            .arg(MaxCellText));
        }
        const bool wrap = text.contains(u'\n') || double(text.size()) > m_widths.value(c);
        const QByteArray utf8 = text.toUtf8();
        if (!checked(worksheet_write_string(m_sheet, row, col, utf8.constData(),
                                            wrap ? m_wrapFormat : nullptr),
                     row, c))
            return false;
    }
    return true;
}

bool XlsxWriter::close()
{
    if (!m_workbook)
        return fail(TabularTr::tr("the file is not open for writing."));
    if (!m_started && !startSheet())
        return false;
    const lxw_row_t lastRow = m_nextRow - 1;
    if (!checked(worksheet_autofilter(m_sheet, 0, 0, lastRow, lxw_col_t(m_columns.size() - 1)), 0,
                 0))
        return false;
    const lxw_error result = workbook_close(m_workbook);
    m_workbook = nullptr; // workbook_close frees it whatever the result
    if (result != LXW_NO_ERROR) {
        const QString reason = QString::fromUtf8(lxw_strerror(result));
        cancel();
        return fail(TabularTr::tr("the workbook could not be written (%1). Nothing was saved.")
                        .arg(reason));
    }
    return moveIntoPlace();
}

// Copies the finished workbook into the target through QSaveFile, which replaces the
// target atomically (and keeps its permissions) only once every byte is on disk.
bool XlsxWriter::moveIntoPlace()
{
    QFile in(m_temp->fileName());
    QSaveFile out(m_target);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly)) {
        const QString reason = in.isOpen() ? out.errorString() : in.errorString();
        cancel();
        return fail(
            TabularTr::tr("the file could not be saved (%1). Nothing was changed.").arg(reason));
    }
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = in.read(buffer.data(), buffer.size());
        if (n < 0 || (n > 0 && out.write(buffer.constData(), n) != n)) {
            const QString reason = n < 0 ? in.errorString() : out.errorString();
            out.cancelWriting();
            cancel();
            return fail(TabularTr::tr("the file could not be saved (%1). Nothing was changed.")
                            .arg(reason));
        }
        if (n == 0)
            break;
    }
    if (!out.commit()) {
        const QString reason = out.errorString();
        cancel();
        return fail(
            TabularTr::tr("the file could not be saved (%1). Nothing was changed.").arg(reason));
    }
    cancel(); // removes the temporary file
    return true;
}

void XlsxWriter::cancel()
{
    if (m_workbook) {
        lxw_workbook_free(m_workbook); // frees without writing anything
        m_workbook = nullptr;
    }
    m_sheet = nullptr;
    m_headerFormat = m_dateFormat = m_integerFormat = m_wrapFormat = nullptr;
    m_pending.clear();
    m_temp.reset();
}

} // namespace igw::tabular
