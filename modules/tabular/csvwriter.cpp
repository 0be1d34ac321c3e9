#include "tabular/csvwriter.h"

#include "tabular/tr.h"

#include <QFileInfo>
#include <QSaveFile>

namespace igw::tabular {

namespace {

constexpr qsizetype FlushBytes = 64 * 1024;

} // namespace

CsvWriter::CsvWriter() = default;

CsvWriter::~CsvWriter()
{
    cancel();
}

QString CsvWriter::field(const QString &text, bool isText)
{
    QString out = text;
    // CSV injection (OWASP): spreadsheet programs run a cell starting with = + - @ (or
    // TAB/CR before one) as a formula, which can fetch data or run commands. A leading
    // apostrophe makes Excel show the text as typed.
    if (isText && !out.isEmpty()) {
        const char16_t first = out.at(0).unicode();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' ||
            first == u'\r')
            out.prepend(u'\'');
    }
    if (out.contains(u',') || out.contains(u'"') || out.contains(u'\n') || out.contains(u'\r')) {
        out.replace(u'"', QLatin1String("\"\""));
        out = u'"' + out + u'"';
    }
    return out;
}

bool CsvWriter::open(const QString &path, const QList<ColumnSpec> &columns, const QString &)
{
    cancel();
    clearError();
    m_fileName = QFileInfo(path).fileName();
    m_rows = 0;
    if (!checkColumns(columns))
        return false;
    m_file = std::make_unique<QSaveFile>(path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        const QString reason = m_file->errorString();
        m_file.reset();
        return fail(TabularTr::tr("the file cannot be created (%1). Choose a folder you can "
                                  "write to.")
                        .arg(reason));
    }
    m_buffer = QByteArrayLiteral("\xEF\xBB\xBF");
    QStringList headings;
    for (const ColumnSpec &column : columns)
        headings.append(field(column.heading, true));
    return writeLine(headings);
}

bool CsvWriter::writeRow(const QVariantList &values)
{
    if (!m_file)
        return fail(TabularTr::tr("the file is not open for writing."));
    if (!checkRow(values, m_rows + 1))
        return false;
    QStringList fields;
    fields.reserve(m_columns.size());
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        const QVariant value = i < values.size() ? values.at(i) : QVariant();
        if (value.isNull() || !value.isValid()) {
            fields.append(QString());
            continue;
        }
        switch (m_columns.at(i).type) {
        case ColumnSpec::Type::Integer:
            if (const std::optional<qint64> number = toInteger(value)) {
                fields.append(QString::number(*number));
                continue;
            }
            break;
        case ColumnSpec::Type::Date:
            if (const std::optional<QDate> date = toDate(value)) {
                fields.append(date->toString(Qt::ISODate));
                continue;
            }
            break;
        case ColumnSpec::Type::Boolean:
            if (const std::optional<bool> flag = toBool(value)) {
                fields.append(yesNo(*flag));
                continue;
            }
            break;
        case ColumnSpec::Type::Text:
            break;
        }
        fields.append(field(toText(value), true));
    }
    ++m_rows;
    return writeLine(fields);
}

bool CsvWriter::writeLine(const QStringList &fields)
{
    m_buffer += fields.join(u',').toUtf8();
    m_buffer += "\r\n";
    return m_buffer.size() < FlushBytes || flush();
}

bool CsvWriter::flush()
{
    if (m_file->write(m_buffer) != m_buffer.size()) {
        const QString reason = m_file->errorString();
        cancel();
        return fail(TabularTr::tr("writing failed (%1). Nothing was saved.").arg(reason));
    }
    m_buffer.clear();
    return true;
}

bool CsvWriter::close()
{
    if (!m_file)
        return fail(TabularTr::tr("the file is not open for writing."));
    if (!flush())
        return false;
    if (!m_file->commit()) {
        const QString reason = m_file->errorString();
        m_file.reset();
        return fail(
            TabularTr::tr("the file could not be saved (%1). Nothing was changed.").arg(reason));
    }
    m_file.reset();
    return true;
}

void CsvWriter::cancel()
{
    if (m_file) {
        m_file->cancelWriting();
        m_file.reset(); // an uncommitted QSaveFile removes its temporary file
    }
    m_buffer.clear();
}

} // namespace igw::tabular
