#include "sharing/agreementdocuments.h"

#include "sharing/agreements.h"
#include "sharing/sharingtr.h"
#include "workspace/audit.h"
#include "workspace/sql.h"
#include "workspace/transaction.h"
#include "workspace/workspace.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QSaveFile>

namespace igw::agreementDocuments {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

// No folders, control characters, leading dots or characters file systems refuse.
QString safeName(const QString &name)
{
    const QString last = name.section(QLatin1Char('/'), -1).section(QLatin1Char('\\'), -1);
    QString cleaned;
    for (const QChar c : last)
        cleaned += (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format ||
                    QStringLiteral("<>:\"|?*").contains(c))
                       ? QChar(QLatin1Char('_'))
                       : c;
    cleaned = cleaned.trimmed();
    while (cleaned.startsWith(QLatin1Char('.')))
        cleaned.remove(0, 1);
    cleaned = cleaned.left(200);
    return cleaned.isEmpty() ? QStringLiteral("agreement.pdf") : cleaned;
}

bool auditOn(Workspace &workspace, const Record &agreement, const QString &action,
             const QString &oldValue, const QString &newValue, QString *error)
{
    AuditEntry e;
    e.user = workspace.userName();
    e.recordTable = QStringLiteral("agreement_documents");
    e.recordUuid = agreement.uuid;
    e.recordRef = agreement.ref;
    e.action = action;
    e.field = QStringLiteral("document");
    e.oldValue = oldValue;
    e.newValue = newValue;
    return audit::append(workspace.database(), e, error);
}

QString describe(const AgreementDocument &d)
{
    return SharingTr::tr("%1 (%2, %3 pages, SHA-256 %4)")
        .arg(d.fileName, sizeText(d.size))
        .arg(d.pageCount)
        .arg(d.sha256);
}

AgreementDocument fromRow(const QVariantList &row)
{
    AgreementDocument d;
    d.id = row.value(0).toLongLong();
    d.agreementId = row.value(1).toLongLong();
    d.fileName = row.value(2).toString();
    d.size = row.value(3).toLongLong();
    d.sha256 = row.value(4).toString();
    d.pageCount = row.value(5).toInt();
    d.version = row.value(6).toInt();
    d.description = row.value(7).toString();
    d.addedAt = QDateTime::fromString(row.value(8).toString(), Qt::ISODateWithMs);
    d.addedBy = row.value(9).toString();
    return d;
}

const QString columns = QStringLiteral(
    "id, agreement_id, file_name, size, sha256, page_count, version, description, added_at,"
    " added_by");

} // namespace

std::optional<AgreementDocument> add(Workspace &workspace, qint64 agreementId,
                                     const QString &fileName, const QByteArray &data,
                                     const QString &text, int pageCount, const QString &description,
                                     QString *error)
{
    const auto agreement = workspace.records().get(kinds::agreement(), agreementId);
    if (!agreement) {
        fail(error, SharingTr::tr("The agreement no longer exists."));
        return std::nullopt;
    }
    const QString name = safeName(fileName);
    if (data.size() > maxFileBytes) {
        fail(error, SharingTr::tr("%1 is %2; an agreement's document may be at most %3. Save a "
                                  "smaller copy (for example without scanned images at full "
                                  "resolution) and attach that.")
                        .arg(name, sizeText(data.size()), sizeText(maxFileBytes)));
        return std::nullopt;
    }
    // A PDF starts with its header within the first kilobyte; anything else is refused.
    if (data.left(1024).indexOf("%PDF-") < 0) {
        fail(
            error,
            SharingTr::tr("%1 is not a PDF file. Attach the signed agreement as a PDF.").arg(name));
        return std::nullopt;
    }
    if (text.size() > maxTextChars) {
        fail(error, SharingTr::tr("The text of %1 is longer than a document the workbench can "
                                  "index (%2 characters).")
                        .arg(name)
                        .arg(maxTextChars));
        return std::nullopt;
    }
    if (pageCount < 1) {
        fail(error, SharingTr::tr("%1 has no pages.").arg(name));
        return std::nullopt;
    }
    AgreementDocument d;
    d.agreementId = agreementId;
    d.fileName = name;
    d.size = data.size();
    d.sha256 =
        QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    d.pageCount = pageCount;
    d.version = qMax(1, agreement->value(agreementField::version).toInt());
    d.description = description.trimmed().left(maxDescription);
    d.addedAt = QDateTime::currentDateTimeUtc();
    d.addedBy = workspace.userName();

    WriteTransaction tx(workspace);
    if (!tx.isActive()) {
        fail(error, tx.errorString());
        return std::nullopt;
    }
    const QSqlDatabase db = workspace.database();
    d.id = sql::insert(db,
                       QStringLiteral("INSERT INTO agreement_documents (agreement_id, file_name,"
                                      " size, sha256, data, page_count, version, description,"
                                      " added_at, added_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {agreementId, d.fileName, d.size, d.sha256, data, d.pageCount, d.version,
                        d.description.isEmpty() ? QVariant() : QVariant(d.description),
                        d.addedAt.toString(Qt::ISODateWithMs), d.addedBy},
                       error);
    if (d.id == 0 ||
        !sql::exec(
            db, QStringLiteral("INSERT INTO agreement_documents_fts (rowid, text) VALUES (?, ?)"),
            {d.id, text}, error) ||
        !auditOn(workspace, *agreement, QStringLiteral("create"), {}, describe(d), error))
        return std::nullopt;
    workspace.queueChange(QStringLiteral("agreement_documents"), d.id);
    if (!tx.commit()) {
        fail(error, tx.errorString());
        return std::nullopt;
    }
    return d;
}

QList<AgreementDocument> list(Workspace &workspace, qint64 agreementId)
{
    QList<AgreementDocument> out;
    for (const QVariantList &row :
         sql::rows(workspace.database(),
                   QStringLiteral("SELECT %1 FROM agreement_documents WHERE agreement_id = ?"
                                  " ORDER BY id")
                       .arg(columns),
                   {agreementId}))
        out << fromRow(row);
    return out;
}

std::optional<AgreementDocument> get(Workspace &workspace, qint64 documentId)
{
    const QList<QVariantList> rows =
        sql::rows(workspace.database(),
                  QStringLiteral("SELECT %1 FROM agreement_documents WHERE id = ?").arg(columns),
                  {documentId});
    if (rows.isEmpty())
        return std::nullopt;
    return fromRow(rows.constFirst());
}

QByteArray data(Workspace &workspace, qint64 documentId, QString *error)
{
    const QVariant v = sql::scalar(
        workspace.database(), QStringLiteral("SELECT data FROM agreement_documents WHERE id = ?"),
        {documentId});
    if (!v.isValid()) {
        fail(error, SharingTr::tr("The document no longer exists."));
        return {};
    }
    return v.toByteArray();
}

bool saveCopy(Workspace &workspace, qint64 documentId, const QString &targetPath, QString *error)
{
    const QByteArray bytes = data(workspace, documentId, error);
    if (bytes.isEmpty())
        return false;
    QSaveFile out(targetPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        return fail(error, SharingTr::tr("Cannot write %1: %2").arg(targetPath, out.errorString()));
    return true;
}

bool remove(Workspace &workspace, qint64 documentId, QString *error)
{
    const auto d = get(workspace, documentId);
    if (!d)
        return fail(error, SharingTr::tr("The document no longer exists."));
    const auto agreement = workspace.records().get(kinds::agreement(), d->agreementId);
    if (!agreement)
        return fail(error, SharingTr::tr("The agreement no longer exists."));
    WriteTransaction tx(workspace);
    if (!tx.isActive())
        return fail(error, tx.errorString());
    const QSqlDatabase db = workspace.database();
    if (!sql::exec(db, QStringLiteral("DELETE FROM agreement_documents_fts WHERE rowid = ?"),
                   {documentId}, error) ||
        !sql::exec(db, QStringLiteral("DELETE FROM agreement_documents WHERE id = ?"), {documentId},
                   error) ||
        !auditOn(workspace, *agreement, QStringLiteral("delete"), describe(*d), {}, error))
        return false;
    workspace.queueChange(QStringLiteral("agreement_documents"), documentId);
    if (!tx.commit())
        return fail(error, tx.errorString());
    return true;
}

QList<DocumentHit> search(Workspace &workspace, const QString &query, int limit, QString *error)
{
    QList<DocumentHit> out;
    const QString q = query.trimmed();
    if (q.size() < 3)
        return out;
    // A phrase of the user's characters: quotes doubled, so no FTS5 syntax gets through.
    const QString phrase = QLatin1Char('"') +
                           QString(q).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
                           QLatin1Char('"');
    QString localError;
    const QList<QVariantList> rows = sql::rows(
        workspace.database(),
        QStringLiteral("SELECT d.id, d.agreement_id, d.file_name,"
                       " snippet(agreement_documents_fts, 0, '\u00ab', '\u00bb', '\u2026', 12)"
                       " FROM agreement_documents_fts f JOIN agreement_documents d"
                       " ON d.id = f.rowid WHERE agreement_documents_fts MATCH ?"
                       " ORDER BY d.agreement_id, d.id LIMIT ?"),
        {phrase, limit}, &localError);
    if (!localError.isEmpty())
        fail(error, localError);
    for (const QVariantList &row : rows)
        out.append({row.value(0).toLongLong(), row.value(1).toLongLong(), row.value(2).toString(),
                    row.value(3).toString()});
    return out;
}

} // namespace igw::agreementDocuments
