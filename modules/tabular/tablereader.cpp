#include "tabular/tablereader.h"

#include "tabular/csvreader.h"
#include "tabular/tr.h"
#include "tabular/xlsxreader.h"

#include <QFile>
#include <QFileInfo>

namespace igw::tabular {

TableReader::~TableReader() = default;

QStringList TableReader::headers() const
{
    return m_headers;
}

QStringList TableReader::warnings() const
{
    QStringList out = m_warnings;
    for (int i = 0; i < TallyKinds; ++i) {
        const Count &c = m_tallies[i];
        if (c.count == 0)
            continue;
        QString text;
        switch (Tally(i)) {
        case Tally::EmptyRows:
            text = TabularTr::tr("Empty rows skipped: %L1 (the first at %2).");
            break;
        case Tally::ShortRows:
            text = TabularTr::tr("Rows with fewer cells than the header row, padded with empty "
                                 "cells: %L1 (the first at %2).");
            break;
        case Tally::LongRows:
            text = TabularTr::tr("Rows with more cells than the header row, extra cells kept: %L1 "
                                 "(the first at %2). Check that the data lines up with the "
                                 "headings.");
            break;
        case Tally::ExcelErrors:
            text = TabularTr::tr("Cells holding an Excel error such as #N/A or #REF!, read as "
                                 "empty: %L1 (the first at %2).");
            break;
        case Tally::InvalidText:
            text = TabularTr::tr("Bytes that are not valid UTF-8, read as \uFFFD: in %L1 rows (the "
                                 "first at %2). Save the file as \"CSV UTF-8\" and import it "
                                 "again to keep those characters.");
            break;
        case Tally::StrayQuotes:
            text = TabularTr::tr("Fields with a quote mark in an unexpected place, read as "
                                 "written: %L1 (the first at %2).");
            break;
        }
        out.append(text.arg(c.count).arg(c.first));
    }
    return out;
}

void TableReader::reset(const QString &path, const ReadOptions &options)
{
    m_options = options;
    m_fileName = QFileInfo(path).fileName();
    m_error.clear();
    m_warnings.clear();
    m_headers.clear();
    m_preamble.clear();
    m_held.clear();
    m_headerLine = 0;
    for (Count &c : m_tallies)
        c = Count();
    m_dataRows = 0;
}

bool TableReader::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = m_fileName.isEmpty() ? message : m_fileName + QStringLiteral(": ") + message;
    return false;
}

void TableReader::warn(const QString &message)
{
    if (!m_warnings.contains(message))
        m_warnings.append(message);
}

void TableReader::tally(Tally kind, const QString &where)
{
    Count &c = m_tallies[int(kind)];
    if (c.count++ == 0)
        c.first = where;
}

void TableReader::tally(Tally kind, qint64 line)
{
    Count &c = m_tallies[int(kind)];
    if (c.count++ == 0)
        c.first = rowLocation(line);
}

bool TableReader::isBlank(const QStringList &cells)
{
    for (const QString &cell : cells) {
        if (!cell.isEmpty())
            return false;
    }
    return true;
}

void TableReader::setHeaders(QStringList cells)
{
    for (QString &cell : cells)
        cell = cell.trimmed();
    while (!cells.isEmpty() && cells.constLast().isEmpty())
        cells.removeLast();
    m_headers = std::move(cells);
}

bool TableReader::findHeader(const std::function<bool(QStringList *, qint64 *)> &readRaw)
{
    QStringList cells;
    qint64 line = 0;
    if (!m_options.headerScore) {
        while (readRaw(&cells, &line)) {
            if (!isBlank(cells)) {
                m_headerLine = line;
                setHeaders(std::move(cells));
                return true;
            }
        }
        return false;
    }
    // The rows searched are held in memory: at most headerSearchRows of them, and no more
    // characters than one row may hold, so a hostile file cannot make this costly.
    QList<Row> rows;
    qint64 chars = 0;
    int best = -1;
    int bestScore = 0;
    while (rows.size() < qMax(1, m_options.headerSearchRows) && chars <= m_options.maxRowBytes &&
           readRaw(&cells, &line)) {
        if (isBlank(cells))
            continue;
        for (const QString &cell : std::as_const(cells))
            chars += cell.size();
        const int score = m_options.headerScore(cells);
        if (score > bestScore) {
            bestScore = score;
            best = int(rows.size());
        }
        rows.append({std::move(cells), line});
        cells = QStringList();
    }
    if (hasError() || rows.isEmpty())
        return false;
    if (best < 0)
        best = 0;
    m_preamble = rows.mid(0, best);
    m_headerLine = rows.at(best).line;
    setHeaders(rows.at(best).cells);
    m_held = rows.mid(best + 1);
    return true;
}

bool TableReader::takeHeld(QStringList *cells, qint64 *line)
{
    if (m_held.isEmpty())
        return false;
    Row row = m_held.takeFirst();
    *cells = std::move(row.cells);
    *line = row.line;
    return true;
}

bool TableReader::acceptDataRow(QStringList *cells, qint64 line)
{
    if (++m_dataRows > m_options.maxRows)
        return fail(TabularTr::tr("%1: the file has more than %L2 data rows, the most accepted in "
                                  "one import. Split it into smaller files and import each.")
                        .arg(rowLocation(line))
                        .arg(m_options.maxRows));
    const qsizetype width = m_headers.size();
    if (cells->size() < width) {
        if (!m_shortRowsAreNormal)
            tally(Tally::ShortRows, line);
        while (cells->size() < width)
            cells->append(QString());
    } else if (cells->size() > width) {
        while (cells->size() > width && cells->constLast().isEmpty())
            cells->removeLast();
        if (cells->size() > width)
            tally(Tally::LongRows, line);
    }
    return true;
}

std::unique_ptr<TableReader> TableReader::forFile(const QString &path, QString *error)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    const QString suffix = info.suffix().toLower();
    auto refuse = [&](const QString &message) {
        if (error)
            *error = name + QStringLiteral(": ") + message;
        return std::unique_ptr<TableReader>();
    };
    const QString saveAs = TabularTr::tr("Open it in Excel and save it as \"Excel Workbook "
                                         "(.xlsx)\" or \"CSV UTF-8 (.csv)\", then import that.");

    if (!info.exists())
        return refuse(TabularTr::tr("the file does not exist."));
    if (info.isDir())
        return refuse(TabularTr::tr("this is a folder, not a file."));
    if (!info.isFile())
        return refuse(TabularTr::tr("this is not a regular file (it may be a device or pipe)."));
    if (suffix == QLatin1String("xls"))
        return refuse(TabularTr::tr("old Excel 97-2003 workbooks (.xls) cannot be imported. ") +
                      saveAs);
    if (suffix == QLatin1String("xlsb"))
        return refuse(TabularTr::tr("Excel binary workbooks (.xlsb) cannot be imported. ") +
                      saveAs);
    if (suffix == QLatin1String("ods"))
        return refuse(TabularTr::tr("OpenDocument spreadsheets (.ods) cannot be imported. Open "
                                    "it in LibreOffice Calc or Excel and save it as .xlsx or "
                                    ".csv, then import that."));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(TabularTr::tr("the file cannot be read (%1).").arg(file.errorString()));
    const QByteArray magic = file.read(8);
    file.close();

    if (magic.startsWith("PK\x03\x04") || magic.startsWith("PK\x05\x06"))
        return std::make_unique<XlsxReader>();
    // Compound File Binary: an .xls, or an .xlsx that Excel encrypted with a password.
    if (magic == QByteArray::fromHex("d0cf11e0a1b11ae1")) {
        if (suffix == QLatin1String("xlsx"))
            return refuse(TabularTr::tr("the workbook is password-protected (encrypted). Open it "
                                        "in Excel, remove the password (File > Info > Protect "
                                        "Workbook) and save it again as .xlsx."));
        return refuse(TabularTr::tr("this is an old-format Office file. ") + saveAs);
    }
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("txt") ||
        suffix == QLatin1String("tsv"))
        return std::make_unique<CsvReader>();
    if (suffix == QLatin1String("xlsx"))
        return refuse(TabularTr::tr("the file is named .xlsx but is not an Excel workbook (it is "
                                    "not a zip archive). It may be a CSV or web page that was "
                                    "renamed. ") +
                      saveAs);
    if (suffix.isEmpty())
        return refuse(TabularTr::tr("the file has no extension, so its type is unknown. ") +
                      saveAs);
    return refuse(TabularTr::tr(".%1 files cannot be imported. ").arg(suffix) + saveAs);
}

} // namespace igw::tabular
