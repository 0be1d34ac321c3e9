#include "testfiles.h"

#include <QFile>

#include <archive.h>
#include <archive_entry.h>
#include <sys/resource.h>

namespace igw::tabular::test {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

ZipBuilder::ZipBuilder(const QString &path)
    : m_archive(archive_write_new())
{
    m_ok =
        archive_write_set_format_zip(m_archive) == ARCHIVE_OK &&
        archive_write_zip_set_compression_deflate(m_archive) == ARCHIVE_OK &&
        archive_write_open_filename(m_archive, QFile::encodeName(path).constData()) == ARCHIVE_OK;
    if (!m_ok)
        qWarning("zip writer: %s", archive_error_string(m_archive));
}

ZipBuilder::~ZipBuilder()
{
    close();
}

bool ZipBuilder::add(const QString &name, const QByteArray &data)
{
    bool sent = false;
    return addStreamed(name, [&]() {
        if (sent)
            return QByteArray();
        sent = true;
        return data;
    });
}

bool ZipBuilder::addStreamed(const QString &name, const std::function<QByteArray()> &produce)
{
    if (!m_ok)
        return false;
    struct archive_entry *entry = archive_entry_new();
    archive_entry_set_pathname(entry, name.toUtf8().constData());
    archive_entry_set_filetype(entry, AE_IFREG);
    archive_entry_set_perm(entry, 0644);
    m_ok = archive_write_header(m_archive, entry) == ARCHIVE_OK;
    archive_entry_free(entry);
    for (QByteArray chunk = produce(); m_ok && !chunk.isEmpty(); chunk = produce())
        m_ok =
            archive_write_data(m_archive, chunk.constData(), size_t(chunk.size())) == chunk.size();
    if (!m_ok)
        qWarning("zip writer: %s", archive_error_string(m_archive));
    return m_ok;
}

bool ZipBuilder::close()
{
    if (!m_archive)
        return m_ok;
    m_ok = archive_write_close(m_archive) == ARCHIVE_OK && m_ok;
    archive_write_free(m_archive);
    m_archive = nullptr;
    return m_ok;
}

bool writeZip(const QString &path, const QList<ZipEntry> &entries)
{
    ZipBuilder zip(path);
    for (const ZipEntry &entry : entries) {
        if (!zip.add(entry.name, entry.data))
            return false;
    }
    return zip.close();
}

QByteArray sheetXml(const QByteArray &sheetData)
{
    return QByteArrayLiteral(
               "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
               "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
               "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
               "<sheetData>") +
           sheetData + QByteArrayLiteral("</sheetData></worksheet>");
}

QByteArray sharedStringsXml(const QList<QByteArray> &items)
{
    QByteArray xml = QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
    for (const QByteArray &item : items)
        xml += "<si>" + item + "</si>";
    return xml + "</sst>";
}

QList<ZipEntry> workbookParts(const QByteArray &sheetData, const QByteArray &sharedStrings,
                              const QByteArray &styles, const QByteArray &workbookExtra)
{
    QList<ZipEntry> parts;
    parts.append({QStringLiteral("[Content_Types].xml"),
                  QByteArrayLiteral("<?xml version=\"1.0\"?><Types xmlns=\"http://"
                                    "schemas.openxmlformats.org/package/2006/content-types\"/>")});
    parts.append({QStringLiteral("_rels/.rels"),
                  QByteArrayLiteral(
                      "<?xml version=\"1.0\"?><Relationships xmlns=\"http://"
                      "schemas.openxmlformats.org/package/2006/relationships\"><Relationship "
                      "Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                      "relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                      "</Relationships>")});
    parts.append(
        {QStringLiteral("xl/workbook.xml"),
         QByteArrayLiteral("<?xml version=\"1.0\"?><workbook xmlns=\"http://"
                           "schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://"
                           "schemas.openxmlformats.org/officeDocument/2006/relationships\">") +
             workbookExtra +
             QByteArrayLiteral("<sheets><sheet name=\"Register\" sheetId=\"1\" "
                               "r:id=\"rId1\"/></sheets></workbook>")});
    parts.append({QStringLiteral("xl/_rels/workbook.xml.rels"),
                  QByteArrayLiteral(
                      "<?xml version=\"1.0\"?><Relationships xmlns=\"http://"
                      "schemas.openxmlformats.org/package/2006/relationships\"><Relationship "
                      "Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                      "relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                      "</Relationships>")});
    // The sheet before the shared strings, as Excel writes them: the reader must cope.
    parts.append({QStringLiteral("xl/worksheets/sheet1.xml"), sheetXml(sheetData)});
    if (!sharedStrings.isEmpty())
        parts.append({QStringLiteral("xl/sharedStrings.xml"), sharedStrings});
    if (!styles.isEmpty())
        parts.append({QStringLiteral("xl/styles.xml"), styles});
    return parts;
}

qint64 peakRss()
{
    struct rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_maxrss) * 1024;
}

} // namespace igw::tabular::test
