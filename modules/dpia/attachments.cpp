#include "dpia/attachments.h"

#include "dpia/dpiarecords.h"
#include "dpia/dpiatr.h"
#include "dpia/questionbank.h"
#include "workspace/audit.h"
#include "workspace/sql.h"
#include "workspace/transaction.h"
#include "workspace/workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>
#include <QSaveFile>

namespace igw::attachments {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

// A question id or step id of the DPIA's bank; empty means the whole DPIA.
bool knownQuestion(Workspace &workspace, const Record &dpia, const QString &questionId)
{
    if (questionId.isEmpty())
        return true;
    const QuestionBank bank =
        questionBankVersion(workspace, dpia.value(dpiaField::bankVersion).toString())
            .value_or(currentQuestionBank(workspace));
    return bank.question(questionId) || bank.step(questionId);
}

bool auditOn(Workspace &workspace, const Record &dpia, const QString &table, const QString &action,
             const QString &field, const QString &oldValue, const QString &newValue, QString *error)
{
    AuditEntry e;
    e.user = workspace.userName();
    e.recordTable = table;
    e.recordUuid = dpia.uuid;
    e.recordRef = dpia.ref;
    e.action = action;
    e.field = field;
    e.oldValue = oldValue;
    e.newValue = newValue;
    return audit::append(workspace.database(), e, error);
}

QString describe(const QString &name, qint64 size, const QString &sha, const QString &question)
{
    const QString base = DpiaTr::tr("%1 (%2, SHA-256 %3)").arg(name, sizeText(size), sha);
    return question.isEmpty() ? base : DpiaTr::tr("%1, for question %2").arg(base, question);
}

std::optional<Record> dpiaFor(Workspace &workspace, const QString &table, qint64 rowId)
{
    const QVariant dpiaId =
        sql::scalar(workspace.database(),
                    QStringLiteral("SELECT dpia_id FROM %1 WHERE id = ?").arg(table), {rowId});
    if (!dpiaId.isValid())
        return std::nullopt;
    return workspace.records().get(kinds::dpia(), dpiaId.toLongLong());
}

} // namespace

QString sanitisedFileName(const QString &name)
{
    // Only the last path component, whichever separator the sender's system used.
    QString out = name.section(QLatin1Char('/'), -1).section(QLatin1Char('\\'), -1);
    QString cleaned;
    for (const QChar c : out) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format ||
            QStringLiteral("<>:\"|?*").contains(c))
            cleaned += QLatin1Char('_');
        else
            cleaned += c;
    }
    cleaned = cleaned.trimmed();
    while (cleaned.startsWith(QLatin1Char('.')))
        cleaned.remove(0, 1);
    if (cleaned.size() > 200) {
        // Keep the extension, which tells people (not us) what the file is.
        const QString suffix = QFileInfo(cleaned).suffix().left(20);
        cleaned = cleaned.left(199 - suffix.size()) +
                  (suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix);
    }
    return cleaned.isEmpty() ? QStringLiteral("attachment") : cleaned;
}

std::optional<DpiaAttachment> add(Workspace &workspace, qint64 dpiaId, const QString &filePath,
                                  const QString &questionId, QString *error)
{
    const auto dpia = workspace.records().get(kinds::dpia(), dpiaId);
    if (!dpia) {
        fail(error, DpiaTr::tr("The DPIA no longer exists."));
        return std::nullopt;
    }
    if (!knownQuestion(workspace, *dpia, questionId)) {
        fail(error, DpiaTr::tr("%1 has no question \u201c%2\u201d to attach a file to.")
                        .arg(dpia->ref, questionId));
        return std::nullopt;
    }
    const QFileInfo info(filePath);
    // Only regular files: a pipe or device could block or never end.
    if (!info.exists()) {
        fail(error, DpiaTr::tr("%1 does not exist. Check the name and folder.").arg(filePath));
        return std::nullopt;
    }
    if (!info.isFile()) {
        fail(error, DpiaTr::tr("%1 is not a regular file, so it cannot be attached. Choose a "
                               "document or image file.")
                        .arg(filePath));
        return std::nullopt;
    }
    const QString tooBig = DpiaTr::tr("%1 is larger than %2, the most a DPIA attachment may be. "
                                      "Attach a smaller copy, or link to where the file is kept.")
                               .arg(filePath, sizeText(maxFileBytes));
    if (info.size() > maxFileBytes) {
        fail(error, tooBig);
        return std::nullopt;
    }
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error, DpiaTr::tr("Cannot read %1: %2").arg(filePath, file.errorString()));
        return std::nullopt;
    }
    // Read at most one byte past the cap, in case the file grew since it was measured.
    const QByteArray data = file.read(maxFileBytes + 1);
    if (data.size() > maxFileBytes) {
        fail(error, tooBig);
        return std::nullopt;
    }
    if (file.error() != QFileDevice::NoError) {
        fail(error, DpiaTr::tr("Cannot read %1: %2").arg(filePath, file.errorString()));
        return std::nullopt;
    }
    DpiaAttachment a;
    a.dpiaId = dpiaId;
    a.questionId = questionId;
    a.fileName = sanitisedFileName(info.fileName());
    a.mediaType = QMimeDatabase().mimeTypeForData(data).name();
    a.size = data.size();
    a.sha256 =
        QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    a.addedAt = QDateTime::fromString(nowText(), Qt::ISODateWithMs);
    a.addedBy = workspace.userName();

    WriteTransaction tx(workspace);
    if (!tx.isActive()) {
        fail(error, tx.errorString());
        return std::nullopt;
    }
    a.id = sql::insert(workspace.database(),
                       QStringLiteral("INSERT INTO dpia_attachments (dpia_id, question_id,"
                                      " file_name, media_type, size, sha256, data, added_at,"
                                      " added_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {dpiaId, questionId.isEmpty() ? QVariant() : QVariant(questionId),
                        a.fileName, a.mediaType, a.size, a.sha256, data,
                        a.addedAt.toString(Qt::ISODateWithMs), a.addedBy},
                       error);
    if (a.id == 0 || !auditOn(workspace, *dpia, QStringLiteral("dpia_attachments"),
                              QStringLiteral("create"), QStringLiteral("attachment"), {},
                              describe(a.fileName, a.size, a.sha256, questionId), error))
        return std::nullopt;
    if (!tx.commit()) {
        fail(error, tx.errorString());
        return std::nullopt;
    }
    return a;
}

QList<DpiaAttachment> list(Workspace &workspace, qint64 dpiaId)
{
    QList<DpiaAttachment> out;
    const auto rows = sql::rows(
        workspace.database(),
        QStringLiteral("SELECT id, question_id, file_name, media_type, size, sha256, added_at,"
                       " added_by FROM dpia_attachments WHERE dpia_id = ? ORDER BY id"),
        {dpiaId});
    for (const QVariantList &r : rows)
        out << DpiaAttachment{
            r.at(0).toLongLong(), dpiaId,
            r.at(1).toString(),   r.at(2).toString(),
            r.at(3).toString(),   r.at(4).toLongLong(),
            r.at(5).toString(),   QDateTime::fromString(r.at(6).toString(), Qt::ISODateWithMs),
            r.at(7).toString()};
    return out;
}

bool saveCopy(Workspace &workspace, qint64 attachmentId, const QString &targetPath, QString *error)
{
    const QVariant data = sql::scalar(
        workspace.database(), QStringLiteral("SELECT data FROM dpia_attachments WHERE id = ?"),
        {attachmentId});
    if (!data.isValid())
        return fail(error, DpiaTr::tr("The attachment no longer exists."));
    QSaveFile out(targetPath);
    if (!out.open(QIODevice::WriteOnly))
        return fail(error, DpiaTr::tr("Cannot write %1: %2").arg(targetPath, out.errorString()));
    const QByteArray bytes = data.toByteArray();
    if (out.write(bytes) != bytes.size() || !out.commit())
        return fail(error, DpiaTr::tr("Cannot write %1: %2").arg(targetPath, out.errorString()));
    return true;
}

bool remove(Workspace &workspace, qint64 attachmentId, QString *error)
{
    const auto dpia = dpiaFor(workspace, QStringLiteral("dpia_attachments"), attachmentId);
    if (!dpia)
        return fail(error, DpiaTr::tr("The attachment no longer exists."));
    const auto rows = sql::rows(workspace.database(),
                                QStringLiteral("SELECT file_name, size, sha256, question_id FROM"
                                               " dpia_attachments WHERE id = ?"),
                                {attachmentId});
    if (rows.isEmpty())
        return fail(error, DpiaTr::tr("The attachment no longer exists."));
    const QVariantList &r = rows.constFirst();
    WriteTransaction tx(workspace);
    if (!tx.isActive())
        return fail(error, tx.errorString());
    if (!sql::exec(workspace.database(),
                   QStringLiteral("DELETE FROM dpia_attachments WHERE id = ?"), {attachmentId},
                   error) ||
        !auditOn(workspace, *dpia, QStringLiteral("dpia_attachments"), QStringLiteral("delete"),
                 QStringLiteral("attachment"),
                 describe(r.at(0).toString(), r.at(1).toLongLong(), r.at(2).toString(),
                          r.at(3).toString()),
                 {}, error))
        return false;
    return tx.commit() || fail(error, tx.errorString());
}

std::optional<DpiaComment> addComment(Workspace &workspace, qint64 dpiaId,
                                      const QString &questionId, const QString &text,
                                      QString *error)
{
    const auto dpia = workspace.records().get(kinds::dpia(), dpiaId);
    if (!dpia) {
        fail(error, DpiaTr::tr("The DPIA no longer exists."));
        return std::nullopt;
    }
    if (!knownQuestion(workspace, *dpia, questionId)) {
        fail(error, DpiaTr::tr("%1 has no question \u201c%2\u201d to comment on.")
                        .arg(dpia->ref, questionId));
        return std::nullopt;
    }
    DpiaComment c;
    c.dpiaId = dpiaId;
    c.questionId = questionId;
    c.text = text.trimmed();
    if (c.text.isEmpty()) {
        fail(error, DpiaTr::tr("The comment is empty."));
        return std::nullopt;
    }
    if (c.text.size() > maxCommentLength) {
        fail(error, DpiaTr::tr("The comment is longer than %1 characters; shorten it or attach "
                               "a document instead.")
                        .arg(maxCommentLength));
        return std::nullopt;
    }
    c.at = QDateTime::fromString(nowText(), Qt::ISODateWithMs);
    c.author = workspace.userName();
    WriteTransaction tx(workspace);
    if (!tx.isActive()) {
        fail(error, tx.errorString());
        return std::nullopt;
    }
    c.id = sql::insert(workspace.database(),
                       QStringLiteral("INSERT INTO dpia_comments (dpia_id, question_id, at,"
                                      " author, text) VALUES (?, ?, ?, ?, ?)"),
                       {dpiaId, questionId.isEmpty() ? QVariant() : QVariant(questionId),
                        c.at.toString(Qt::ISODateWithMs), c.author, c.text},
                       error);
    if (c.id == 0 ||
        !auditOn(workspace, *dpia, QStringLiteral("dpia_comments"), QStringLiteral("create"),
                 questionId.isEmpty() ? QStringLiteral("comment")
                                      : QStringLiteral("comment:") + questionId,
                 {}, c.text, error))
        return std::nullopt;
    if (!tx.commit()) {
        fail(error, tx.errorString());
        return std::nullopt;
    }
    return c;
}

QList<DpiaComment> comments(Workspace &workspace, qint64 dpiaId, const QString &questionId)
{
    QList<DpiaComment> out;
    const QString where = questionId.isEmpty() ? QString() : QStringLiteral(" AND question_id = ?");
    QVariantList binds{dpiaId};
    if (!questionId.isEmpty())
        binds << questionId;
    const auto rows = sql::rows(workspace.database(),
                                QStringLiteral("SELECT id, question_id, at, author, text FROM"
                                               " dpia_comments WHERE dpia_id = ?") +
                                    where + QStringLiteral(" ORDER BY at, id"),
                                binds);
    for (const QVariantList &r : rows)
        out << DpiaComment{
            r.at(0).toLongLong(), dpiaId,
            r.at(1).toString(),   QDateTime::fromString(r.at(2).toString(), Qt::ISODateWithMs),
            r.at(3).toString(),   r.at(4).toString()};
    return out;
}

bool removeComment(Workspace &workspace, qint64 commentId, QString *error)
{
    const auto dpia = dpiaFor(workspace, QStringLiteral("dpia_comments"), commentId);
    if (!dpia)
        return fail(error, DpiaTr::tr("The comment no longer exists."));
    const auto rows = sql::rows(
        workspace.database(),
        QStringLiteral("SELECT question_id, text FROM dpia_comments WHERE id = ?"), {commentId});
    if (rows.isEmpty())
        return fail(error, DpiaTr::tr("The comment no longer exists."));
    const QString question = rows.constFirst().at(0).toString();
    WriteTransaction tx(workspace);
    if (!tx.isActive())
        return fail(error, tx.errorString());
    if (!sql::exec(workspace.database(), QStringLiteral("DELETE FROM dpia_comments WHERE id = ?"),
                   {commentId}, error) ||
        !auditOn(workspace, *dpia, QStringLiteral("dpia_comments"), QStringLiteral("delete"),
                 question.isEmpty() ? QStringLiteral("comment")
                                    : QStringLiteral("comment:") + question,
                 rows.constFirst().at(1).toString(), {}, error))
        return false;
    return tx.commit() || fail(error, tx.errorString());
}

} // namespace igw::attachments
