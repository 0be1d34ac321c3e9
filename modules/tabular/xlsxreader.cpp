#include "tabular/xlsxreader.h"

#include "tabular/exceldate.h"
#include "tabular/tr.h"
#include "tabular/xmlguard.h"

#include <QFileInfo>

namespace igw::tabular {

namespace {

constexpr int ExcelMaxColumns = 16384; // XFD

// "A" → 0, "XFD" → 16383; -1 when the reference does not start with column letters.
int columnIndex(QStringView reference)
{
    int index = 0;
    qsizetype i = 0;
    for (; i < reference.size() && i < 3; ++i) {
        const char16_t c = reference.at(i).unicode();
        if (c < u'A' || c > u'Z')
            break;
        index = index * 26 + (c - u'A' + 1);
    }
    if (i == 0 || index > ExcelMaxColumns)
        return -1;
    return index - 1;
}

QString columnName(int index)
{
    QString name;
    for (int n = index + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

QString quoted(const QStringList &names)
{
    QStringList out;
    for (const QString &name : names)
        out.append(u'"' + name + u'"');
    return out.join(QStringLiteral(", "));
}

} // namespace

XlsxReader::XlsxReader() = default;
XlsxReader::~XlsxReader() = default;

QStringList XlsxReader::sheetNames() const
{
    QStringList names;
    for (const xlsx::Workbook::Sheet &sheet : m_workbook.sheets)
        names.append(sheet.name);
    return names;
}

QString XlsxReader::cellName(qint64 row, int column) const
{
    return TabularTr::tr("sheet \"%1\", cell %2%3").arg(m_sheetName, columnName(column)).arg(row);
}

QString XlsxReader::rowLocation(qint64 line) const
{
    return TabularTr::tr("sheet \"%1\", row %2").arg(m_sheetName).arg(line);
}

bool XlsxReader::failSheet()
{
    return fail(m_sheet->errorString());
}

bool XlsxReader::open(const QString &path, const ReadOptions &options)
{
    reset(path, options);
    m_shortRowsAreNormal = true;
    m_sheet.reset();
    m_zip.close();
    m_workbook = xlsx::Workbook();
    m_relationships.clear();
    m_sharedStrings.clear();
    m_dateStyles.clear();
    m_sheetName.clear();
    m_inData = false;
    m_lastRow = 0;

    const QFileInfo info(path);
    if (!info.isFile())
        return fail(TabularTr::tr("the file does not exist."));
    if (info.size() == 0)
        return fail(TabularTr::tr("the file is empty."));
    if (info.size() > options.maxFileBytes)
        return fail(TabularTr::tr("the file is %L1 MB, larger than the %L2 MB accepted. Export "
                                  "the sheet as CSV and import that instead.")
                        .arg(info.size() >> 20)
                        .arg(options.maxFileBytes >> 20));
    m_limits.maxMemberBytes = options.maxUncompressedBytes;
    m_limits.maxMembers = options.maxZipMembers;
    // A cell's text may grow six-fold as XML (&quot; for "), plus room for its tags.
    m_limits.maxRunBytes = qMax<qint64>(options.maxCellBytes * 6, 64 * 1024);

    if (!readSmallParts(path))
        return false;
    QString partName;
    if (!chooseSheet(&partName))
        return false;

    // Second pass: libarchive streams members in archive order, and the sheet may come
    // before the parts it depends on, so start again and stop at the sheet.
    if (!m_zip.open(path, m_limits))
        return fail(m_zip.errorString());
    while (m_zip.nextMember()) {
        if (m_zip.memberName().compare(partName, Qt::CaseInsensitive) == 0) {
            m_sheet = std::make_unique<XmlPart>(m_zip.member(), m_zip.memberName(), &m_zip);
            break;
        }
    }
    if (m_zip.hasError())
        return fail(m_zip.errorString());
    if (!m_sheet)
        return fail(TabularTr::tr("part %1, which holds sheet \"%2\", is missing. Open the file in "
                                  "Excel and save it again as .xlsx.")
                        .arg(partName, m_sheetName));

    if (findHeader([this](QStringList *cells, qint64 *line) { return readRow(cells, line); })) {
        m_inData = true;
        return true;
    }
    if (hasError())
        return false;
    return fail(TabularTr::tr("sheet \"%1\" is empty. Choose the sheet that holds the register.")
                    .arg(m_sheetName));
}

bool XlsxReader::readSmallParts(const QString &path)
{
    if (!m_zip.open(path, m_limits))
        return fail(m_zip.errorString());
    bool haveWorkbook = false;
    const xlsx::SharedStringLimits stringLimits{
        options().maxSharedStrings, options().maxSharedStringBytes, options().maxCellBytes};
    while (m_zip.nextMember()) {
        const QString name = m_zip.memberName();
        XmlPart part(m_zip.member(), name, &m_zip);
        bool ok = true;
        if (name.compare(QLatin1String("xl/workbook.xml"), Qt::CaseInsensitive) == 0) {
            ok = xlsx::parseWorkbook(part, &m_workbook);
            haveWorkbook = true;
        } else if (name.compare(QLatin1String("xl/_rels/workbook.xml.rels"), Qt::CaseInsensitive) ==
                   0) {
            ok = xlsx::parseRelationships(part, QStringLiteral("xl"), &m_relationships);
        } else if (name.compare(QLatin1String("xl/sharedStrings.xml"), Qt::CaseInsensitive) == 0) {
            ok = xlsx::parseSharedStrings(part, stringLimits, &m_sharedStrings);
        } else if (name.compare(QLatin1String("xl/styles.xml"), Qt::CaseInsensitive) == 0) {
            ok = xlsx::parseStyles(part, &m_dateStyles);
        }
        if (!ok)
            return fail(part.errorString());
    }
    if (m_zip.hasError())
        return fail(m_zip.errorString());
    if (!haveWorkbook)
        return fail(TabularTr::tr("this is not an Excel workbook: it has no xl/workbook.xml part. "
                                  "It may be another kind of zip file, such as a Word document "
                                  "or an OpenDocument spreadsheet. Open it in Excel and save it "
                                  "as .xlsx."));
    if (m_workbook.sheets.isEmpty())
        return fail(TabularTr::tr("the workbook has no sheets."));
    return true;
}

bool XlsxReader::chooseSheet(QString *partName)
{
    const xlsx::Workbook::Sheet *chosen = nullptr;
    const QString wanted = options().sheet;
    if (wanted.isEmpty()) {
        for (const xlsx::Workbook::Sheet &sheet : m_workbook.sheets) {
            if (!sheet.hidden &&
                m_relationships.value(sheet.relationshipId).type == QLatin1String("worksheet")) {
                chosen = &sheet;
                break;
            }
        }
        if (!chosen)
            chosen = &m_workbook.sheets.constFirst();
    } else {
        for (const Qt::CaseSensitivity cs : {Qt::CaseSensitive, Qt::CaseInsensitive}) {
            for (const xlsx::Workbook::Sheet &sheet : m_workbook.sheets) {
                if (!chosen && sheet.name.compare(wanted, cs) == 0)
                    chosen = &sheet;
            }
        }
        if (!chosen)
            return fail(TabularTr::tr("the workbook has no sheet called \"%1\". Its sheets are: "
                                      "%2.")
                            .arg(wanted, quoted(sheetNames())));
    }
    m_sheetName = chosen->name;
    const xlsx::Relationship relationship = m_relationships.value(chosen->relationshipId);
    if (relationship.type == QLatin1String("chartsheet"))
        return fail(TabularTr::tr("sheet \"%1\" is a chart, not a table. Choose the sheet that "
                                  "holds the register.")
                        .arg(m_sheetName));
    if (relationship.target.isEmpty())
        return fail(TabularTr::tr("the workbook does not say where sheet \"%1\" is stored "
                                  "(xl/_rels/workbook.xml.rels has no usable entry %2). Open "
                                  "the file in Excel and save it again as .xlsx.")
                        .arg(m_sheetName, chosen->relationshipId));
    *partName = relationship.target;
    return true;
}

bool XlsxReader::next(Row *row)
{
    if (hasError() || !m_sheet)
        return false;
    QStringList cells;
    qint64 line = 0;
    if (!takeHeld(&cells, &line) && !readRow(&cells, &line))
        return false;
    if (!acceptDataRow(&cells, line))
        return false;
    row->cells = std::move(cells);
    row->line = line;
    return true;
}

// Next row holding at least one value. Rows of empty or merely formatted cells are
// counted and passed over without building anything, so a million of them cost little.
bool XlsxReader::readRow(QStringList *cells, qint64 *line)
{
    while (m_sheet->next()) {
        if (m_sheet->isEnd(u"sheetData"))
            return false;
        if (!m_sheet->isStart(u"row"))
            continue;
        bool ok = false;
        const qint64 number = m_sheet->xml().attributes().value(QLatin1String("r")).toLongLong(&ok);
        m_lastRow = ok && number > 0 ? number : m_lastRow + 1;
        cells->clear();
        m_rowChars = 0;
        int nextColumn = 0;
        while (m_sheet->next()) {
            if (m_sheet->isStart(u"c")) {
                if (!readCell(cells, m_lastRow, &nextColumn))
                    return false;
            } else if (m_sheet->isEnd(u"row")) {
                break;
            }
        }
        if (m_sheet->hasError())
            return failSheet();
        if (!cells->isEmpty()) {
            *line = m_lastRow;
            return true;
        }
        if (m_inData)
            tally(Tally::EmptyRows, m_lastRow);
    }
    if (m_sheet->hasError())
        return failSheet();
    return false;
}

// Reads <v> and inline-string text of the current <c>, up to its end tag.
bool XlsxReader::readCellContent(QString *value, QString *inlineText)
{
    QString piece;
    while (m_sheet->next()) {
        if (m_sheet->isStart(u"v")) {
            if (!m_sheet->readText(value, options().maxCellBytes))
                return false;
        } else if (m_sheet->isStart(u"t")) { // inside <is>, possibly within a rich-text run
            if (!m_sheet->readText(&piece, options().maxCellBytes - inlineText->size()))
                return false;
            *inlineText += piece;
        } else if (m_sheet->isStart(u"f") || m_sheet->isStart(u"rPh") ||
                   m_sheet->isStart(u"extLst")) {
            m_sheet->xml().skipCurrentElement(); // formula text, phonetic guide, extensions
        } else if (m_sheet->isEnd(u"c")) {
            return true;
        }
    }
    return !m_sheet->hasError();
}

bool XlsxReader::readCell(QStringList *cells, qint64 rowNumber, int *nextColumn)
{
    const QXmlStreamAttributes attributes = m_sheet->xml().attributes();
    const QStringView reference = attributes.value(QLatin1String("r"));
    int column = *nextColumn;
    if (!reference.isEmpty()) {
        column = columnIndex(reference);
        if (column < 0)
            return fail(TabularTr::tr("sheet \"%1\", row %2 has a cell with an invalid "
                                      "reference \"%3\". Open the file in Excel and save it "
                                      "again as .xlsx.")
                            .arg(m_sheetName)
                            .arg(rowNumber)
                            .arg(reference.left(20).toString()));
    }
    *nextColumn = column + 1;
    const QStringView type = attributes.value(QLatin1String("t"));
    const int style = attributes.value(QLatin1String("s")).toInt();

    QString raw;
    QString inlineText;
    if (!readCellContent(&raw, &inlineText))
        return failSheet();

    QString value;
    if (type == u"s") {
        if (raw.isEmpty())
            return true;
        bool ok = false;
        const qint64 index = raw.trimmed().toLongLong(&ok);
        if (!ok || index < 0 || index >= m_sharedStrings.size())
            return fail(TabularTr::tr("%1 refers to shared string %2, but the workbook has only "
                                      "%L3. The file is damaged; open it in Excel and save it "
                                      "again as .xlsx.")
                            .arg(cellName(rowNumber, column), raw.left(20))
                            .arg(m_sharedStrings.size()));
        value = m_sharedStrings.at(index);
    } else if (type == u"inlineStr") {
        value = decodeOoxmlEscapes(inlineText);
    } else if (type == u"str") {
        value = decodeOoxmlEscapes(raw);
    } else if (type == u"b") {
        if (!raw.isEmpty())
            value = raw.trimmed() == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    } else if (type == u"e") {
        tally(Tally::ExcelErrors, cellName(rowNumber, column));
        return true;
    } else if (type == u"d") {
        value = raw.trimmed();
    } else if (!raw.isEmpty()) { // a number, the default type
        bool ok = false;
        const double number = raw.trimmed().toDouble(&ok);
        if (!ok) {
            value = raw;
        } else {
            if (style >= 0 && style < m_dateStyles.size() && m_dateStyles.at(style))
                value = excel::serialToIso(number, m_workbook.date1904);
            if (value.isEmpty())
                value = excel::numberText(number);
        }
    }
    if (value.isEmpty())
        return true;

    if (column >= options().maxColumns)
        return fail(TabularTr::tr("%1 holds a value beyond column %2, the last accepted. Delete "
                                  "stray cells to the right of the register, or export the "
                                  "sheet as CSV.")
                        .arg(cellName(rowNumber, column), columnName(options().maxColumns - 1)));
    m_rowChars += value.size();
    if (m_rowChars > options().maxRowBytes)
        return fail(TabularTr::tr("sheet \"%1\", row %2 holds more than the %L3 characters "
                                  "accepted in one row.")
                        .arg(m_sheetName)
                        .arg(rowNumber)
                        .arg(options().maxRowBytes));
    while (cells->size() <= column)
        cells->append(QString());
    (*cells)[column] = value;
    return true;
}

} // namespace igw::tabular
