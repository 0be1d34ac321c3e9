#pragma once

#include <QIODevice>
#include <QString>

#include <memory>

struct archive;

namespace igw::tabular {

// Streams the members of a zip archive with libarchive's zip reader (no other formats),
// in archive order, refusing what an XLSX never contains: encryption, unsafe member names,
// too many members, and members that inflate past a cap or at an absurd ratio. The bytes
// are counted as they are inflated, so a zip bomb stops at the cap whatever its headers
// claim. Nothing is written to disk.
class ZipReader {
public:
    struct Limits {
        qint64 maxMemberBytes = 512LL << 20;
        int maxMembers = 10'000;
        // Inflated:compressed ratio refused once a member passes ratioCheckBytes. Deflate
        // tops out near 1032:1; real spreadsheet XML stays well under 200:1.
        double maxRatio = 400;
        qint64 ratioCheckBytes = 16LL << 20;
        // Longest stretch without a '<' (0 = no limit). An XML parser holds a whole text
        // node or tag in memory, so this bounds what one token can cost.
        qint64 maxRunBytes = 0;
    };

    ZipReader();
    ~ZipReader();
    ZipReader(const ZipReader &) = delete;
    ZipReader &operator=(const ZipReader &) = delete;

    // Starts a pass over the archive; a second open() starts again from the beginning.
    bool open(const QString &path, const Limits &limits);
    void close();
    // Moves to the next file member; false at the end or on error (check hasError()).
    bool nextMember();
    QString memberName() const { return m_name; }
    // Sequential device over the current member's inflated bytes, valid until nextMember().
    // When it stops early, errorString() says why.
    QIODevice *member();

    bool hasError() const { return !m_error.isEmpty(); }
    // Translated, without the file name.
    QString errorString() const { return m_error; }

private:
    class MemberDevice;
    friend class MemberDevice;

    qint64 readMember(char *data, qint64 maxSize);
    bool fail(const QString &message);
    QString archiveError() const;

    struct archive *m_archive = nullptr;
    Limits m_limits;
    std::unique_ptr<MemberDevice> m_device;
    QString m_name;
    QString m_error;
    int m_members = 0;
    qint64 m_memberBytes = 0;
    qint64 m_rawAtStart = 0;
    qint64 m_run = 0; // bytes since the last '<' in the current member
};

} // namespace igw::tabular
