#include "tabular/zipreader.h"

#include "tabular/tr.h"

#include <QFile>

#include <archive.h>
#include <archive_entry.h>
#include <cstring>

namespace igw::tabular {

class ZipReader::MemberDevice : public QIODevice {
public:
    explicit MemberDevice(ZipReader *reader)
        : m_reader(reader)
    {
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        return m_reader->readMember(data, maxSize);
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    ZipReader *m_reader;
};

namespace {

// We never write members to disk, but a name that climbs out of the archive or is
// absolute marks a crafted file, so it is refused outright.
bool isUnsafeName(const QString &name)
{
    if (name.isEmpty() || name.startsWith(u'/') || name.startsWith(u'\\') ||
        (name.size() >= 2 && name.at(1) == u':'))
        return true;
    const QList<QStringView> parts = QStringView(name).split(u'/');
    for (const QStringView part : parts) {
        for (const QStringView piece : part.split(u'\\')) {
            if (piece == u"..")
                return true;
        }
    }
    return false;
}

} // namespace

ZipReader::ZipReader()
    : m_device(std::make_unique<MemberDevice>(this))
{
}

ZipReader::~ZipReader()
{
    close();
}

void ZipReader::close()
{
    m_device->close();
    if (m_archive) {
        archive_read_free(m_archive);
        m_archive = nullptr;
    }
    m_name.clear();
}

bool ZipReader::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}

QString ZipReader::archiveError() const
{
    const char *text = m_archive ? archive_error_string(m_archive) : nullptr;
    return text ? QString::fromUtf8(text) : TabularTr::tr("unknown zip error");
}

bool ZipReader::open(const QString &path, const Limits &limits)
{
    close();
    m_error.clear();
    m_limits = limits;
    m_members = 0;
    m_archive = archive_read_new();
    if (!m_archive)
        return fail(TabularTr::tr("out of memory"));
    // Zip only: an XLSX is never another kind of archive, and fewer parsers mean less
    // attack surface.
    archive_read_support_format_zip(m_archive);
    if (archive_read_open_filename(m_archive, QFile::encodeName(path).constData(), 64 * 1024) !=
        ARCHIVE_OK)
        return fail(TabularTr::tr("this is not a valid Excel workbook: it is not a zip archive, "
                                  "or it is damaged (%1). Open it in Excel and save it again as "
                                  ".xlsx.")
                        .arg(archiveError()));
    return true;
}

bool ZipReader::nextMember()
{
    m_device->close();
    m_name.clear();
    if (!m_archive || hasError())
        return false;
    for (;;) {
        struct archive_entry *entry = nullptr;
        const int result = archive_read_next_header(m_archive, &entry);
        if (result == ARCHIVE_EOF)
            return false;
        if (result < ARCHIVE_WARN)
            return fail(TabularTr::tr("the workbook is damaged or incomplete (%1). If it was "
                                      "downloaded or copied, fetch it again; otherwise open it in "
                                      "Excel and save it again as .xlsx.")
                            .arg(archiveError()));
        if (++m_members > m_limits.maxMembers)
            return fail(TabularTr::tr("the workbook holds more than %L1 parts, far more than a "
                                      "genuine workbook. Open it in Excel and save it again as "
                                      ".xlsx, or export the sheet as CSV.")
                            .arg(m_limits.maxMembers));
        const char *utf8 = archive_entry_pathname_utf8(entry);
        const char *raw = utf8 ? utf8 : archive_entry_pathname(entry);
        const QString name = raw ? QString::fromUtf8(raw) : QString();
        if (isUnsafeName(name))
            return fail(TabularTr::tr("the workbook contains a part with an unsafe name (\"%1\"). "
                                      "Genuine Excel files never do; do not open this file.")
                            .arg(name.left(200)));
        if (archive_entry_is_encrypted(entry))
            return fail(TabularTr::tr("the workbook is encrypted (part %1). Open it in Excel, "
                                      "remove the password and save it again as .xlsx.")
                            .arg(name));
        if (archive_entry_filetype(entry) != AE_IFREG)
            continue;
        m_name = name;
        m_memberBytes = 0;
        m_run = 0;
        m_rawAtStart = archive_filter_bytes(m_archive, -1);
        m_device->open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        return true;
    }
}

QIODevice *ZipReader::member()
{
    return m_device.get();
}

qint64 ZipReader::readMember(char *data, qint64 maxSize)
{
    if (!m_archive || hasError() || m_name.isEmpty())
        return -1;
    const la_ssize_t n = archive_read_data(m_archive, data, size_t(maxSize));
    if (n < 0) {
        fail(TabularTr::tr("part %1 of the workbook is damaged (%2). Open the file in Excel and "
                           "save it again as .xlsx.")
                 .arg(m_name, archiveError()));
        return -1;
    }
    m_memberBytes += n;
    if (m_memberBytes > m_limits.maxMemberBytes) {
        fail(TabularTr::tr("part %1 of the workbook inflates to more than %L2 MB, the most "
                           "accepted for one part. The file may be a \"zip bomb\" made to "
                           "exhaust memory. If it is a genuine register, export the sheet as "
                           "CSV and import that instead.")
                 .arg(m_name)
                 .arg(m_limits.maxMemberBytes >> 20));
        return -1;
    }
    if (m_limits.maxRunBytes > 0 && n > 0) {
        // Runs between two '<' inside one read are shorter than the read, so only the
        // ends of the buffer matter.
        const char *first = static_cast<const char *>(memchr(data, '<', size_t(n)));
        const qint64 head = first ? first - data : n;
        if (m_run + head > m_limits.maxRunBytes) {
            fail(TabularTr::tr("part %1 of the workbook holds more than %L2 MB without any XML "
                               "markup, far more than any cell. The file is damaged or was "
                               "made to exhaust memory; open it in Excel and save it again as "
                               ".xlsx.")
                     .arg(m_name)
                     .arg(qMax<qint64>(1, m_limits.maxRunBytes >> 20)));
            return -1;
        }
        m_run = first ? n - 1 - (static_cast<const char *>(memrchr(data, '<', size_t(n))) - data)
                      : m_run + n;
    }
    if (m_memberBytes > m_limits.ratioCheckBytes) {
        const qint64 raw = archive_filter_bytes(m_archive, -1) - m_rawAtStart;
        if (raw > 0 && double(m_memberBytes) / double(raw) > m_limits.maxRatio) {
            fail(TabularTr::tr("part %1 of the workbook inflates more than %L2 times, which "
                               "real spreadsheets never do. The file may be a \"zip bomb\" made "
                               "to exhaust memory; it was not read further.")
                     .arg(m_name)
                     .arg(qRound(m_limits.maxRatio)));
            return -1;
        }
    }
    return n;
}

} // namespace igw::tabular
