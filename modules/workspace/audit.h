#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace igw {

struct AuditEntry {
    qint64 seq = 0;
    QDateTime at;
    QString user;
    QString recordTable;
    QString recordUuid;
    QString recordRef;
    QString action; // create, update, delete, restore, migrate
    QString field;
    QString oldValue;
    QString newValue;
};

// The append-only, hash-chained audit trail. Each entry's hash is
// SHA-256(previous hash || canonical entry); triggers refuse UPDATE and DELETE, and
// verify() finds the first link that does not hold if someone edits the file directly.
namespace audit {

bool append(const QSqlDatabase &db, AuditEntry entry, QString *error);

struct Verification {
    bool ok = true;
    qint64 entries = 0;
    qint64 firstBrokenSeq = 0; // 0 when ok
    QString reason;            // translated, for the CLI and the UI
};
Verification verify(const QSqlDatabase &db);

// History of one record, oldest first.
QList<AuditEntry> history(const QSqlDatabase &db, const QString &recordUuid);

QByteArray entryHash(const QByteArray &previousHash, const AuditEntry &entry);

} // namespace audit
} // namespace igw
