#include "tabular/csvreader.h"

#include "tabular/csvsniffer.h"
#include "tabular/tr.h"

#include <QFileInfo>

namespace igw::tabular {

namespace {

constexpr qint64 ChunkBytes = 256 * 1024;

// Signatures of binary formats people pick by mistake that may have no NUL early on.
bool hasBinaryMagic(const QByteArray &head)
{
    static const char *const magics[] = {"%PDF-",     "\x89PNG",    "\xFF\xD8\xFF",     "GIF8",
                                         "\x1F\x8B",  "PK\x03\x04", "\xD0\xCF\x11\xE0", "{\\rtf",
                                         "7z\xBC\xAF"};
    for (const char *magic : magics) {
        if (head.startsWith(magic))
            return true;
    }
    return false;
}

// Text rarely holds control characters other than tab and line ends.
bool mostlyControlCharacters(QStringView text)
{
    qsizetype controls = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r' && u != u'\f') || u == 0x7F)
            ++controls;
    }
    return controls >= 4 && controls * 50 > text.size();
}

} // namespace

CsvReader::CsvReader() = default;
CsvReader::~CsvReader() = default;

QString CsvReader::rowLocation(qint64 line) const
{
    return TabularTr::tr("line %1").arg(line);
}

bool CsvReader::refuseBinary(qint64 line)
{
    return fail(TabularTr::tr("this looks like a binary file, not CSV (line %1 holds a NUL "
                              "byte). Check you chose the right file. If it is text saved as "
                              "UTF-16 without a byte-order mark, save it again as \"CSV UTF-8\".")
                    .arg(line));
}

bool CsvReader::open(const QString &path, const ReadOptions &options)
{
    reset(path, options);
    m_file.close();
    m_decoder = TextDecoder();
    m_atEnd = false;
    m_switchWarned = false;
    m_invalidLocated = false;
    m_text.clear();
    m_pos = 0;
    m_state = State::FieldStart;
    m_cell.clear();
    m_cells.clear();
    m_line = 1;
    m_afterCR = false;

    const QFileInfo info(path);
    if (!info.isFile())
        return fail(info.exists() ? TabularTr::tr("this is not a regular file.")
                                  : TabularTr::tr("the file does not exist."));
    if (info.size() > options.maxFileBytes)
        return fail(TabularTr::tr("the file is %L1 MB, larger than the %L2 MB accepted. Split "
                                  "it into smaller files and import each.")
                        .arg(info.size() >> 20)
                        .arg(options.maxFileBytes >> 20));
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly))
        return fail(TabularTr::tr("the file cannot be read (%1).").arg(m_file.errorString()));

    const QByteArray head = m_file.read(ChunkBytes);
    if (head.isEmpty())
        return fail(m_file.error() != QFileDevice::NoError
                        ? TabularTr::tr("the file cannot be read (%1).").arg(m_file.errorString())
                        : TabularTr::tr("the file is empty."));
    if (hasBinaryMagic(head))
        return fail(TabularTr::tr("this looks like a binary file, not CSV. Check you chose the "
                                  "right file."));
    const qsizetype bom = m_decoder.detectBom(head);
    if (!m_decoder.isUtf16() && head.contains('\0'))
        return refuseBinary(head.first(head.indexOf('\0')).count('\n') + 1);
    m_text = m_decoder.decode(QByteArrayView(head).sliced(bom));
    if (m_file.atEnd()) {
        m_text += m_decoder.finish();
        m_atEnd = true;
    }
    noteEncoding();
    if (mostlyControlCharacters(m_text))
        return fail(TabularTr::tr("this looks like a binary file, not CSV: it is full of "
                                  "control characters. Check you chose the right file."));

    // Excel honours a first line "sep=;" naming the delimiter; so do we.
    if (m_text.startsWith(QLatin1String("sep=")) && m_text.size() >= 5 &&
        (m_text.size() == 5 || m_text.at(5) == u'\r' || m_text.at(5) == u'\n')) {
        m_delimiter = m_text.at(4);
        m_pos = 5;
    } else {
        m_delimiter =
            m_forcedDelimiter.isNull() ? sniffDelimiter(m_text, m_atEnd) : m_forcedDelimiter;
    }

    if (findHeader([this](QStringList *cells, qint64 *line) { return readRecord(cells, line); }))
        return true;
    if (hasError())
        return false;
    return fail(TabularTr::tr("the file holds no data, only empty lines."));
}

bool CsvReader::next(Row *row)
{
    if (hasError() || !m_file.isOpen())
        return false;
    QStringList cells;
    qint64 line = 0;
    while (takeHeld(&cells, &line) || readRecord(&cells, &line)) {
        if (isBlank(cells)) {
            tally(Tally::EmptyRows, line);
            continue;
        }
        if (m_decoder.hadInvalidBytes()) {
            for (const QString &cell : std::as_const(cells)) {
                if (cell.contains(QChar::ReplacementCharacter)) {
                    tally(Tally::InvalidText, line);
                    break;
                }
            }
        }
        if (!acceptDataRow(&cells, line))
            return false;
        row->cells = std::move(cells);
        row->line = line;
        return true;
    }
    return false;
}

bool CsvReader::fill()
{
    const QByteArray raw = m_file.read(ChunkBytes);
    // The size was checked at open(), but the file may be growing as we read.
    if (m_file.pos() > options().maxFileBytes)
        return fail(TabularTr::tr("the file grew past the %L1 MB accepted while it was being "
                                  "read.")
                        .arg(options().maxFileBytes >> 20));
    if (raw.isEmpty()) {
        if (m_file.error() != QFileDevice::NoError)
            return fail(TabularTr::tr("reading stopped at line %1 (%2).")
                            .arg(m_line)
                            .arg(m_file.errorString()));
        m_text = m_decoder.finish();
        m_atEnd = true;
    } else {
        m_text = m_decoder.decode(raw);
        if (m_file.atEnd()) {
            m_text += m_decoder.finish();
            m_atEnd = true;
        }
    }
    m_pos = 0;
    noteEncoding();
    return true;
}

void CsvReader::noteEncoding()
{
    if (m_decoder.encoding() == TextDecoder::Encoding::Windows1252 && !m_switchWarned) {
        m_switchWarned = true;
        warn(TabularTr::tr("The file is not UTF-8, so it was read as Windows-1252 (Western "
                           "European). Check that characters such as £ and é look right; if "
                           "not, save the file as \"CSV UTF-8\" and import it again."));
    }
}

bool CsvReader::appendToCell(const QChar *from, qsizetype count)
{
    if (count == 0)
        return true;
    if (m_cell.size() + count > options().maxCellBytes) {
        if (m_state == State::Quoted)
            return fail(TabularTr::tr("the quoted field that starts on line %1 is longer than "
                                      "the %L2 characters accepted. Its closing quote mark (\") is "
                                      "probably missing; check that line.")
                            .arg(m_fieldLine)
                            .arg(options().maxCellBytes));
        return fail(TabularTr::tr("line %1, column %2: the cell is longer than the %L3 "
                                  "characters accepted.")
                        .arg(m_line)
                        .arg(m_cells.size() + 1)
                        .arg(options().maxCellBytes));
    }
    if (m_rowChars + m_cell.size() + count > options().maxRowBytes)
        return fail(TabularTr::tr("the row that ends on line %1 is longer than the %L2 "
                                  "characters accepted.")
                        .arg(m_line)
                        .arg(options().maxRowBytes));
    m_cell.append(from, count);
    return true;
}

bool CsvReader::endField()
{
    if (m_cells.size() >= options().maxColumns)
        return fail(TabularTr::tr("line %1 has more than %L2 columns, the most accepted. Check the "
                                  "file is a table with one heading per column.")
                        .arg(m_line)
                        .arg(options().maxColumns));
    m_rowChars += m_cell.size();
    m_cells.append(std::exchange(m_cell, QString()));
    return true;
}

// Resumable RFC 4180 state machine: stops at the end of a record, or refills the chunk
// buffer and carries on when a record spans chunks. Runs of ordinary characters are
// copied at once, which keeps large files fast.
bool CsvReader::readRecord(QStringList *cells, qint64 *line)
{
    m_cells.clear();
    m_cell.clear();
    m_rowChars = 0;
    m_state = State::FieldStart;
    bool started = false;
    qint64 recordLine = 0;
    const char16_t delimiter = m_delimiter.unicode();

    auto finishRecord = [&](char16_t lineEnd) {
        ++m_line;
        m_afterCR = lineEnd == u'\r';
        *cells = std::exchange(m_cells, QStringList());
        *line = recordLine;
        return true;
    };

    for (;;) {
        if (m_pos >= m_text.size()) {
            if (hasError())
                return false;
            if (!m_atEnd) {
                if (!fill())
                    return false;
                continue;
            }
            if (m_state == State::Quoted)
                return fail(TabularTr::tr("the quoted field that starts on line %1 is never "
                                          "closed: a closing quote mark (\") is missing. Correct "
                                          "that line, or open the file in Excel and save it "
                                          "again as \"CSV UTF-8\".")
                                .arg(m_fieldLine));
            if (!started)
                return false;
            if (!endField())
                return false;
            *cells = std::exchange(m_cells, QStringList());
            *line = recordLine;
            return true;
        }

        const QChar *data = m_text.constData();
        const qsizetype size = m_text.size();
        if (m_afterCR) {
            m_afterCR = false;
            if (data[m_pos] == u'\n') {
                ++m_pos;
                continue;
            }
        }
        if (!started) {
            started = true;
            recordLine = m_line;
        }

        switch (m_state) {
        case State::FieldStart:
            if (data[m_pos] == u'"') {
                m_state = State::Quoted;
                m_fieldLine = m_line;
                ++m_pos;
                continue;
            }
            m_state = State::Unquoted;
            [[fallthrough]];
        case State::Unquoted: {
            qsizetype end = m_pos;
            while (end < size) {
                const char16_t c = data[end].unicode();
                if (c == delimiter || c == u'\n' || c == u'\r' || c == 0)
                    break;
                ++end;
            }
            if (!appendToCell(data + m_pos, end - m_pos))
                return false;
            m_pos = end;
            if (end == size)
                continue;
            const char16_t c = data[m_pos++].unicode();
            if (c == 0)
                return refuseBinary(m_line);
            if (!endField())
                return false;
            if (c == delimiter) {
                m_state = State::FieldStart;
                continue;
            }
            return finishRecord(c);
        }
        case State::Quoted: {
            qsizetype end = m_pos;
            while (end < size) {
                const char16_t c = data[end].unicode();
                if (c == u'"' || c == u'\n' || c == u'\r' || c == 0)
                    break;
                ++end;
            }
            if (!appendToCell(data + m_pos, end - m_pos))
                return false;
            m_pos = end;
            if (end == size)
                continue;
            const char16_t c = data[m_pos++].unicode();
            if (c == u'"') {
                m_state = State::QuoteInQuoted;
                continue;
            }
            if (c == 0)
                return refuseBinary(m_line);
            // A line break inside quotes is part of the cell; stored as LF whatever it was.
            ++m_line;
            m_afterCR = c == u'\r';
            const QChar lf(u'\n');
            if (!appendToCell(&lf, 1))
                return false;
            continue;
        }
        case State::QuoteInQuoted: {
            const char16_t c = data[m_pos].unicode();
            if (c == u'"') {
                const QChar quote(u'"');
                m_state = State::Quoted;
                ++m_pos;
                if (!appendToCell(&quote, 1))
                    return false;
                continue;
            }
            // "abc"def is not RFC 4180; keep the rest as written, as Excel does.
            if (c != delimiter && c != u'\n' && c != u'\r')
                tally(Tally::StrayQuotes, m_fieldLine);
            m_state = State::Unquoted;
            continue;
        }
        }
    }
}

} // namespace igw::tabular
