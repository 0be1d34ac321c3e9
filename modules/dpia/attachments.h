#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace igw {

class Workspace;

// Files and comments attached to a DPIA (tables dpia_attachments, dpia_comments), either to
// the whole DPIA or to one question. A file is evidence (a flow diagram, a consultation
// response, a supplier's security statement): it is stored in the workspace, up to 25 MiB,
// with its SHA-256 and a media type found from its content, never from its name. The file
// is read as hostile input: only regular files, size checked before and while reading, the
// name reduced to a safe one. Every add and remove is audited on the DPIA's history.
struct DpiaAttachment {
    qint64 id = 0;
    qint64 dpiaId = 0;
    QString questionId; // empty: the whole DPIA
    QString fileName;   // sanitised
    QString mediaType;  // e.g. application/pdf
    qint64 size = 0;
    QString sha256; // lower-case hex
    QDateTime addedAt;
    QString addedBy;
};

struct DpiaComment {
    qint64 id = 0;
    qint64 dpiaId = 0;
    QString questionId; // empty: the whole DPIA
    QDateTime at;
    QString author;
    QString text;
};

namespace attachments {

constexpr qint64 maxFileBytes = 25 * 1024 * 1024;
constexpr qsizetype maxCommentLength = 10000;

// A file name safe to store and to save under: no folders, control characters, leading dots
// or characters file systems refuse; at most 200 characters; "attachment" when nothing is left.
QString sanitisedFileName(const QString &name);

std::optional<DpiaAttachment> add(Workspace &workspace, qint64 dpiaId, const QString &filePath,
                                  const QString &questionId, QString *error);
QList<DpiaAttachment> list(Workspace &workspace, qint64 dpiaId); // oldest first
// Writes the stored bytes to `targetPath` atomically (QSaveFile).
bool saveCopy(Workspace &workspace, qint64 attachmentId, const QString &targetPath, QString *error);
bool remove(Workspace &workspace, qint64 attachmentId, QString *error);

std::optional<DpiaComment> addComment(Workspace &workspace, qint64 dpiaId,
                                      const QString &questionId, const QString &text,
                                      QString *error);
// All comments of the DPIA when `questionId` is empty, else those on that question; oldest first.
QList<DpiaComment> comments(Workspace &workspace, qint64 dpiaId, const QString &questionId = {});
bool removeComment(Workspace &workspace, qint64 commentId, QString *error);

} // namespace attachments

} // namespace igw
