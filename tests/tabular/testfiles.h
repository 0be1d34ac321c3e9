#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

struct archive;

// Builders for test inputs, generated at run time so hostile files never sit in the tree.
namespace igw::tabular::test {

bool writeFile(const QString &path, const QByteArray &bytes);

struct ZipEntry {
    QString name;
    QByteArray data;
};

// Writes members through libarchive's zip writer, streaming a member's data from
// `produce` when it is set (called until it returns an empty chunk), so members of
// hundreds of megabytes never sit in memory.
class ZipBuilder {
public:
    explicit ZipBuilder(const QString &path);
    ~ZipBuilder();
    bool add(const QString &name, const QByteArray &data);
    bool addStreamed(const QString &name, const std::function<QByteArray()> &produce);
    bool close();

private:
    ::archive *m_archive = nullptr;
    bool m_ok = false;
};

bool writeZip(const QString &path, const QList<ZipEntry> &entries);

// The parts of a one-sheet workbook around the given sheetData content, as Excel lays
// them out. `sharedStrings` and `styles` are whole parts, left out when empty.
QList<ZipEntry> workbookParts(const QByteArray &sheetData, const QByteArray &sharedStrings = {},
                              const QByteArray &styles = {}, const QByteArray &workbookExtra = {});
QByteArray sheetXml(const QByteArray &sheetData);
QByteArray sharedStringsXml(const QList<QByteArray> &items);

// Peak resident set size of this process so far, in bytes.
qint64 peakRss();

// What memory checks allow on top of their limit: under ASan freed blocks sit in a
// 256 MB quarantine before reuse, which shows in the peak RSS.
#ifdef __SANITIZE_ADDRESS__
constexpr qint64 RssSlack = 300LL << 20;
#else
constexpr qint64 RssSlack = 0;
#endif

} // namespace igw::tabular::test
