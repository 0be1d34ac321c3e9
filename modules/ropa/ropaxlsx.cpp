#include "ropa/ropaxlsx.h"

#include "ropa/ropa.h"
#include "ropa/ropacells.h"
#include "ropa/ropacolumns.h"
#include "ropa/ropatr.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>

#include <cmath>
#include <xlsxwriter.h>

namespace igw {

namespace {

// The ICO colours required columns green and optional ones blue; ours are grey.
constexpr lxw_color_t RequiredFill = 0xA9D08E;
constexpr lxw_color_t OptionalFill = 0x9BC2E6;
constexpr lxw_color_t OwnFill = 0xD9D9D9;
constexpr lxw_color_t GroupFill = 0x44546A;
constexpr qsizetype MaxCellText = 32767; // Excel's limit for one cell
constexpr double LineHeight = 15;        // points, Calibri 11

// Rows of the layout above the data (0-based).
constexpr lxw_row_t TitleRow = 0;
constexpr lxw_row_t SubtitleRow = 1;
constexpr lxw_row_t HeaderBlockRow = 3; // five label/value rows
constexpr lxw_row_t KeyRow = 9;
constexpr lxw_row_t GroupRow = 11;
constexpr lxw_row_t HeadingRow = 12;
constexpr lxw_row_t MarkerRow = 13;
constexpr lxw_row_t FirstDataRow = 14;

enum class Kind { Required, Optional, Own };

Kind kindOf(const RopaSheetColumn &c)
{
    if (c.group == RopaGroup::Workbench)
        return Kind::Own;
    return c.column->required ? Kind::Required : Kind::Optional;
}

// Lines a text needs in a column `width` characters wide, for rows Excel cannot autofit
// (those with merged cells).
int linesFor(const QString &text, double width)
{
    int lines = 0;
    for (const QStringView line : QStringView(text).split(u'\n'))
        lines += qMax(1, int(std::ceil(double(line.size()) / qMax(1.0, width - 1))));
    return qMax(1, lines);
}

QString joinLines(const QStringList &parts)
{
    QStringList kept;
    for (const QString &p : parts) {
        if (!p.trimmed().isEmpty())
            kept << p.trimmed();
    }
    return kept.join(QLatin1Char('\n'));
}

class RopaWorkbook {
public:
    RopaWorkbook(const Ropa &ropa, const QString &path)
        : m_ropa(ropa)
        , m_target(QFileInfo(path).absoluteFilePath())
        , m_fileName(QFileInfo(path).fileName())
    {
    }
    ~RopaWorkbook() { discard(); }
    RopaWorkbook(const RopaWorkbook &) = delete;
    RopaWorkbook &operator=(const RopaWorkbook &) = delete;

    bool write(const std::function<bool(qint64, qint64)> &progress);
    QString errorString() const { return m_error; }

private:
    struct Formats {
        lxw_format *title = nullptr;
        lxw_format *subtitle = nullptr;
        lxw_format *label = nullptr;
        lxw_format *value = nullptr;
        lxw_format *date = nullptr;
        lxw_format *keyLabel = nullptr;
        lxw_format *group = nullptr;
        lxw_format *heading[3] = {};
        lxw_format *marker[3] = {};
        lxw_format *key[3] = {};
        lxw_format *cell = nullptr;
        lxw_format *cellDate = nullptr;
    };

    bool start();
    bool makeFormats();
    bool writeSheet(RopaSheet sheet, const QList<const ActivityView *> &rows,
                    const std::function<bool(qint64, qint64)> &progress);
    bool writeTop(lxw_worksheet *ws, RopaSheet sheet, int columns);
    bool writeHeadings(lxw_worksheet *ws, const QList<RopaSheetColumn> &columns);
    bool writeRow(lxw_worksheet *ws, lxw_row_t row, const QList<RopaSheetColumn> &columns,
                  const ActivityView &activity);
    bool text(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, const QString &value,
              lxw_format *format);
    bool merged(lxw_worksheet *ws, lxw_row_t row, lxw_col_t first, lxw_col_t last,
                const QString &value, lxw_format *format);
    bool check(lxw_error result, const QString &where);
    bool finish();
    bool fail(const QString &message);
    void discard();

    const Ropa &m_ropa;
    QString m_target;
    QString m_fileName;
    QString m_error;
    std::unique_ptr<QTemporaryFile> m_temp;
    QByteArray m_tmpDir; // libxlsxwriter keeps the pointer
    lxw_workbook *m_workbook = nullptr;
    Formats m_f;
    qint64 m_done = 0;
    qint64 m_total = 0;
};

bool RopaWorkbook::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = m_fileName + QStringLiteral(": ") + message;
    discard();
    return false;
}

void RopaWorkbook::discard()
{
    if (m_workbook) {
        lxw_workbook_free(m_workbook); // frees without writing anything
        m_workbook = nullptr;
    }
    m_temp.reset(); // removes the temporary file
}

bool RopaWorkbook::check(lxw_error result, const QString &where)
{
    if (result == LXW_NO_ERROR)
        return true;
    return fail(RopaTr::tr("%1 could not be written (%2). Nothing was saved.")
                    .arg(where, QString::fromUtf8(lxw_strerror(result))));
}

bool RopaWorkbook::text(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, const QString &value,
                        lxw_format *format)
{
    if (value.isEmpty())
        return format ? check(worksheet_write_blank(ws, row, col, format),
                              RopaTr::tr("Row %1").arg(row + 1))
                      : true;
    // Text goes in as a string, never a formula, so it cannot run in the spreadsheet.
    const QByteArray utf8 = value.toUtf8();
    return check(worksheet_write_string(ws, row, col, utf8.constData(), format),
                 RopaTr::tr("Row %1").arg(row + 1));
}

bool RopaWorkbook::merged(lxw_worksheet *ws, lxw_row_t row, lxw_col_t first, lxw_col_t last,
                          const QString &value, lxw_format *format)
{
    if (first == last) // a single cell cannot be merged
        return text(ws, row, first, value, format);
    const QByteArray utf8 = value.toUtf8();
    return check(worksheet_merge_range(ws, row, first, row, last, utf8.constData(), format),
                 RopaTr::tr("Row %1").arg(row + 1));
}

bool RopaWorkbook::start()
{
    m_temp =
        std::make_unique<QTemporaryFile>(QFileInfo(m_target).absolutePath() + QStringLiteral("/.") +
                                         m_fileName + QStringLiteral(".XXXXXX"));
    if (!m_temp->open())
        return fail(RopaTr::tr("the file cannot be created (%1). Choose a folder you can "
                               "write to.")
                        .arg(m_temp->errorString()));
    m_temp->close(); // libxlsxwriter writes by name; the object still removes the file
    m_tmpDir = QFile::encodeName(QFileInfo(m_target).absolutePath());
    lxw_workbook_options options{};
    options.constant_memory = LXW_FALSE; // merged cells and formats need the full model
    options.tmpdir = m_tmpDir.data();
    m_workbook = workbook_new_opt(QFile::encodeName(m_temp->fileName()).constData(), &options);
    if (!m_workbook)
        return fail(RopaTr::tr("the workbook could not be started (out of memory?)."));
    QByteArray title = RopaTr::tr("Record of processing activities").toUtf8();
    QByteArray company = m_ropa.header.controllerName.toUtf8();
    QByteArray comments = RopaTr::tr("Exported from IG Workbench").toUtf8();
    lxw_doc_properties properties{};
    properties.title = title.data();
    properties.company = company.data();
    properties.comments = comments.data();
    return check(workbook_set_properties(m_workbook, &properties), RopaTr::tr("The properties")) &&
           makeFormats();
}

bool RopaWorkbook::makeFormats()
{
    // Every format is allocated before any is set up: format_set_*() cannot take null.
    lxw_format **all[] = {&m_f.title,      &m_f.subtitle,   &m_f.label,     &m_f.value,
                          &m_f.date,       &m_f.keyLabel,   &m_f.group,     &m_f.heading[0],
                          &m_f.heading[1], &m_f.heading[2], &m_f.marker[0], &m_f.marker[1],
                          &m_f.marker[2],  &m_f.key[0],     &m_f.key[1],    &m_f.key[2],
                          &m_f.cell,       &m_f.cellDate};
    for (lxw_format **format : all) {
        *format = workbook_add_format(m_workbook);
        if (!*format)
            return fail(RopaTr::tr("the workbook could not be started (out of memory?)."));
    }
    format_set_bold(m_f.title);
    format_set_font_size(m_f.title, 16);
    format_set_italic(m_f.subtitle);
    format_set_bold(m_f.label);
    format_set_text_wrap(m_f.label);
    format_set_align(m_f.label, LXW_ALIGN_VERTICAL_TOP);
    format_set_text_wrap(m_f.value);
    format_set_align(m_f.value, LXW_ALIGN_VERTICAL_TOP);
    format_set_num_format(m_f.date, "dd/mm/yyyy");
    format_set_align(m_f.date, LXW_ALIGN_LEFT);
    format_set_align(m_f.date, LXW_ALIGN_VERTICAL_TOP);
    format_set_bold(m_f.keyLabel);
    format_set_align(m_f.keyLabel, LXW_ALIGN_VERTICAL_TOP);
    format_set_bold(m_f.group);
    format_set_font_color(m_f.group, LXW_COLOR_WHITE);
    format_set_bg_color(m_f.group, GroupFill);
    format_set_align(m_f.group, LXW_ALIGN_CENTER);
    format_set_align(m_f.group, LXW_ALIGN_VERTICAL_CENTER);
    format_set_text_wrap(m_f.group);
    format_set_border(m_f.group, LXW_BORDER_THIN);
    const lxw_color_t fills[3] = {RequiredFill, OptionalFill, OwnFill};
    for (int k = 0; k < 3; ++k) {
        format_set_bold(m_f.heading[k]);
        format_set_text_wrap(m_f.heading[k]);
        format_set_align(m_f.heading[k], LXW_ALIGN_VERTICAL_TOP);
        format_set_border(m_f.heading[k], LXW_BORDER_THIN);
        format_set_bg_color(m_f.heading[k], fills[k]);
        format_set_italic(m_f.marker[k]);
        format_set_align(m_f.marker[k], LXW_ALIGN_CENTER);
        format_set_border(m_f.marker[k], LXW_BORDER_THIN);
        format_set_bg_color(m_f.marker[k], fills[k]);
        format_set_text_wrap(m_f.key[k]);
        format_set_align(m_f.key[k], LXW_ALIGN_VERTICAL_TOP);
        format_set_border(m_f.key[k], LXW_BORDER_THIN);
        format_set_bg_color(m_f.key[k], fills[k]);
    }
    format_set_text_wrap(m_f.cell);
    format_set_align(m_f.cell, LXW_ALIGN_VERTICAL_TOP);
    format_set_num_format(m_f.cellDate, "dd/mm/yyyy");
    format_set_align(m_f.cellDate, LXW_ALIGN_LEFT);
    format_set_align(m_f.cellDate, LXW_ALIGN_VERTICAL_TOP);
    return true;
}

bool RopaWorkbook::writeTop(lxw_worksheet *ws, RopaSheet sheet, int columns)
{
    const RopaHeader &h = m_ropa.header;
    const bool controller = sheet == RopaSheet::Controller;
    if (!text(ws, TitleRow, 0, RopaTr::tr("Record of processing activities"), m_f.title) ||
        !text(ws, SubtitleRow, 0,
              controller ? RopaTr::tr("As controller — UK GDPR Article 30(1) and DPA 2018 "
                                      "Schedule 1 para 41")
                         : RopaTr::tr("As processor — UK GDPR Article 30(2)"),
              m_f.subtitle))
        return false;

    // Label/value rows as the ICO template has them; the label spans two columns and the
    // value the next six, so neither depends on one data column's width.
    const lxw_col_t valueLast = lxw_col_t(qMin(columns - 1, 7));
    const QList<QPair<QString, QString>> block{
        {controller ? RopaTr::tr("Name and contact details of the controller")
                    : RopaTr::tr("Name and contact details of the processor"),
         joinLines({h.controllerName, h.controllerContact})},
        {RopaTr::tr("Name and contact details of the data protection officer (if applicable)"),
         joinLines({h.dpoName, h.dpoContact})},
        {RopaTr::tr("Name and contact details of the representative (if applicable)"),
         h.representative},
        {RopaTr::tr("ICO registration number"), h.icoRegistration}};
    lxw_row_t row = HeaderBlockRow;
    for (const auto &[label, value] : block) {
        const int lines = qMax(linesFor(label, 50), linesFor(value, 110));
        if (!check(worksheet_set_row(ws, row, LineHeight * lines + 3, nullptr),
                   RopaTr::tr("Row %1").arg(row + 1)) ||
            !merged(ws, row, 0, 1, label, m_f.label) ||
            !merged(ws, row, 2, valueLast, value, m_f.value))
            return false;
        ++row;
    }
    const QDate today = QDate::currentDate();
    lxw_datetime when{today.year(), today.month(), today.day(), 0, 0, 0.0};
    if (!merged(ws, row, 0, 1, RopaTr::tr("Date of export"), m_f.label) ||
        !check(worksheet_write_datetime(ws, row, 2, &when, m_f.date),
               RopaTr::tr("Row %1").arg(row + 1)))
        return false;

    // The key says in words what the colours say, so nothing rests on colour alone.
    return check(worksheet_set_row(ws, KeyRow, LineHeight * 2 + 3, nullptr),
                 RopaTr::tr("Row %1").arg(KeyRow + 1)) &&
           text(ws, KeyRow, 0, RopaTr::tr("Key"), m_f.keyLabel) &&
           text(ws, KeyRow, 1, RopaTr::tr("Required by Article 30 / Schedule 1"),
                m_f.key[int(Kind::Required)]) &&
           text(ws, KeyRow, 2, RopaTr::tr("Optional"), m_f.key[int(Kind::Optional)]) &&
           text(ws, KeyRow, 3, RopaTr::tr("IG Workbench's own, used to import this record back"),
                m_f.key[int(Kind::Own)]);
}

bool RopaWorkbook::writeHeadings(lxw_worksheet *ws, const QList<RopaSheetColumn> &columns)
{
    int headingLines = 1;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const RopaSheetColumn &c = columns.at(i);
        const lxw_col_t col = lxw_col_t(i);
        const int k = int(kindOf(c));
        headingLines = qMax(headingLines, linesFor(c.column->heading, c.column->width));
        if (!check(worksheet_set_column(ws, col, col, c.column->width, nullptr),
                   RopaTr::tr("Column %1").arg(i + 1)) ||
            !text(ws, HeadingRow, col, c.column->heading, m_f.heading[k]) ||
            !text(ws, MarkerRow, col,
                  c.column->required ? ropaRequiredMarker() : ropaOptionalMarker(), m_f.marker[k]))
            return false;
    }
    // Group headings merged over their columns.
    for (qsizetype first = 0; first < columns.size();) {
        qsizetype last = first;
        while (last + 1 < columns.size() && columns.at(last + 1).group == columns.at(first).group)
            ++last;
        if (!merged(ws, GroupRow, lxw_col_t(first), lxw_col_t(last),
                    ropaGroupHeading(columns.at(first).group), m_f.group))
            return false;
        first = last + 1;
    }
    // Merged and wrapped heading rows are not autofitted by Excel; size them here.
    return check(worksheet_set_row(ws, GroupRow, LineHeight * 2 + 3, nullptr),
                 RopaTr::tr("Row %1").arg(GroupRow + 1)) &&
           check(worksheet_set_row(ws, HeadingRow, LineHeight * headingLines + 3, nullptr),
                 RopaTr::tr("Row %1").arg(HeadingRow + 1));
}

bool RopaWorkbook::writeRow(lxw_worksheet *ws, lxw_row_t row, const QList<RopaSheetColumn> &columns,
                            const ActivityView &activity)
{
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const RopaColumn &column = *columns.at(i).column;
        const QVariant value = ropaCellValue(column, activity);
        if (value.isNull())
            continue;
        const lxw_col_t col = lxw_col_t(i);
        if (value.typeId() == QMetaType::QDate && value.toDate().year() >= 1900) {
            const QDate d = value.toDate();
            lxw_datetime when{d.year(), d.month(), d.day(), 0, 0, 0.0};
            if (!check(worksheet_write_datetime(ws, row, col, &when, m_f.cellDate),
                       RopaTr::tr("%1, column \"%2\"").arg(activity.record.ref, column.heading)))
                return false;
            continue;
        }
        const QString cell = value.typeId() == QMetaType::QDate
                                 ? value.toDate().toString(Qt::ISODate)
                                 : value.toString();
        if (cell.size() > MaxCellText)
            return fail(RopaTr::tr("%1, column \"%2\" holds %L3 characters, more than the %L4 an "
                                   "Excel cell can hold. Shorten it, or export as CSV.")
                            .arg(activity.record.ref, column.heading)
                            .arg(cell.size())
                            .arg(MaxCellText));
        if (!text(ws, row, col, cell, m_f.cell))
            return false;
    }
    return true;
}

bool RopaWorkbook::writeSheet(RopaSheet sheet, const QList<const ActivityView *> &rows,
                              const std::function<bool(qint64, qint64)> &progress)
{
    const QString name =
        sheet == RopaSheet::Controller ? RopaTr::tr("Controller") : RopaTr::tr("Processor");
    const QByteArray utf8Name = name.toUtf8();
    lxw_worksheet *ws = workbook_add_worksheet(m_workbook, utf8Name.constData());
    if (!ws)
        return fail(RopaTr::tr("sheet \"%1\" could not be added.").arg(name));
    const QList<RopaSheetColumn> columns = ropaSheetColumns(sheet);
    if (!writeTop(ws, sheet, int(columns.size())) || !writeHeadings(ws, columns))
        return false;
    lxw_row_t row = FirstDataRow;
    for (const ActivityView *activity : rows) {
        if (!writeRow(ws, row++, columns, *activity))
            return false;
        ++m_done;
        if (progress && !progress(m_done, m_total))
            return fail(RopaTr::tr("the export was cancelled; no file was written."));
    }
    const lxw_col_t lastCol = lxw_col_t(columns.size() - 1);
    // Filters sit on the marker row, so sorting never moves the headings or the markers.
    if (!check(worksheet_autofilter(ws, MarkerRow, 0, qMax(MarkerRow, row - 1), lastCol),
               RopaTr::tr("The filter")))
        return false;
    worksheet_freeze_panes(ws, FirstDataRow, 0);
    worksheet_set_landscape(ws);
    worksheet_set_paper(ws, 9); // A4
    worksheet_set_margins(ws, 0.4, 0.4, 0.6, 0.6);
    worksheet_fit_to_pages(ws, 1, 0); // one page wide, as many long as it takes
    // "&" starts a code in Excel's page headers; a literal one is written "&&".
    QString title = RopaTr::tr("Record of processing activities") + QStringLiteral(" — ") + name +
                    QStringLiteral(" — ") + m_ropa.header.controllerName;
    title = title.left(120).replace(QLatin1Char('&'), QStringLiteral("&&"));
    const QByteArray header = (QStringLiteral("&L") + title + QStringLiteral("&R&D")).toUtf8();
    const QByteArray footer =
        (QStringLiteral("&C") +
         RopaTr::tr("Page %1 of %2").arg(QStringLiteral("&P"), QStringLiteral("&N")))
            .toUtf8();
    return check(worksheet_repeat_rows(ws, GroupRow, MarkerRow), RopaTr::tr("The print titles")) &&
           check(worksheet_set_header(ws, header.constData()), RopaTr::tr("The page header")) &&
           check(worksheet_set_footer(ws, footer.constData()), RopaTr::tr("The page footer"));
}

bool RopaWorkbook::finish()
{
    const lxw_error result = workbook_close(m_workbook);
    m_workbook = nullptr; // workbook_close frees it whatever the result
    if (result != LXW_NO_ERROR)
        return fail(RopaTr::tr("the workbook could not be written (%1). Nothing was saved.")
                        .arg(QString::fromUtf8(lxw_strerror(result))));
    // Copied through QSaveFile, which replaces the target atomically (keeping its
    // permissions) only once every byte is on disk.
    QFile in(m_temp->fileName());
    QSaveFile out(m_target);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        return fail(RopaTr::tr("the file could not be saved (%1). Nothing was changed.")
                        .arg(in.isOpen() ? out.errorString() : in.errorString()));
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = in.read(buffer.data(), buffer.size());
        if (n < 0 || (n > 0 && out.write(buffer.constData(), n) != n)) {
            const QString reason = n < 0 ? in.errorString() : out.errorString();
            out.cancelWriting();
            return fail(
                RopaTr::tr("the file could not be saved (%1). Nothing was changed.").arg(reason));
        }
        if (n == 0)
            break;
    }
    if (!out.commit())
        return fail(RopaTr::tr("the file could not be saved (%1). Nothing was changed.")
                        .arg(out.errorString()));
    discard();
    return true;
}

bool RopaWorkbook::write(const std::function<bool(qint64, qint64)> &progress)
{
    QList<const ActivityView *> controllers;
    QList<const ActivityView *> processors;
    for (const ActivityView &a : m_ropa.activities)
        (a.isProcessor() ? processors : controllers).append(&a);
    m_total = m_ropa.activities.size();
    return start() && writeSheet(RopaSheet::Controller, controllers, progress) &&
           writeSheet(RopaSheet::Processor, processors, progress) && finish();
}

} // namespace

bool writeRopaXlsx(const Ropa &ropa, const QString &path, QString *error,
                   const std::function<bool(qint64, qint64)> &progress)
{
    RopaWorkbook workbook(ropa, path);
    if (workbook.write(progress))
        return true;
    if (error)
        *error = workbook.errorString();
    return false;
}

} // namespace igw
