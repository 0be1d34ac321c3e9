#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace igw {

class Workspace;

// PDFs kept with an agreement (table agreement_documents): the copy the parties signed, or
// an agreement drawn up before the workbench. The bytes are stored in the workspace with their
// SHA-256; the text Poppler extracted from them (see pdftext/) goes into a trigram index so a
// search finds words inside the signed copy. The file is hostile input until checked: size
// capped, a PDF header required, the name reduced to a safe one. Adding and removing are
// audited on the agreement's history.
struct AgreementDocument {
    qint64 id = 0;
    qint64 agreementId = 0;
    QString fileName; // sanitised
    qint64 size = 0;
    QString sha256; // lower-case hex
    int pageCount = 0;
    int version = 0; // the agreement version current when it was attached
    QString description;
    QDateTime addedAt; // UTC
    QString addedBy;
};

// One document whose text matches a search, with the words around the match.
struct DocumentHit {
    qint64 documentId = 0;
    qint64 agreementId = 0;
    QString fileName;
    QString snippet; // plain text, the match between « and »
};

namespace agreementDocuments {

constexpr qint64 maxFileBytes = 50LL * 1024 * 1024;
constexpr qsizetype maxTextChars = 4 * 1024 * 1024;
constexpr qsizetype maxDescription = 500;

// Stores the PDF `data` named `fileName` with the text and page count extracted from it.
// Refused with a reason when the agreement does not exist, the data is not a PDF, too large,
// or the text too long.
std::optional<AgreementDocument> add(Workspace &workspace, qint64 agreementId,
                                     const QString &fileName, const QByteArray &data,
                                     const QString &text, int pageCount, const QString &description,
                                     QString *error);
QList<AgreementDocument> list(Workspace &workspace, qint64 agreementId); // oldest first
std::optional<AgreementDocument> get(Workspace &workspace, qint64 documentId);
// The stored bytes (empty with *error when gone).
QByteArray data(Workspace &workspace, qint64 documentId, QString *error);
// Writes the stored bytes to `targetPath` atomically (QSaveFile).
bool saveCopy(Workspace &workspace, qint64 documentId, const QString &targetPath, QString *error);
// Deletes the document and purges its text from the index.
bool remove(Workspace &workspace, qint64 documentId, QString *error);
// Documents whose text contains `query` (at least three characters, case-insensitive),
// at most `limit`, by agreement. *error on a database failure.
QList<DocumentHit> search(Workspace &workspace, const QString &query, int limit = 200,
                          QString *error = nullptr);

} // namespace agreementDocuments

} // namespace igw
