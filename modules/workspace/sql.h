#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

namespace igw::sql {

// Prepare, bind positionally and execute. On failure returns false and sets *error to
// the driver's message plus the statement, so callers never lose the reason.
bool exec(QSqlQuery &query, const QString &statement, const QVariantList &binds = {},
          QString *error = nullptr);
bool exec(const QSqlDatabase &db, const QString &statement, const QVariantList &binds = {},
          QString *error = nullptr);
// First column of the first row, or an invalid QVariant.
// On connections registered with enableCache(), exec(db, ...) and scalar() keep their
// prepared statements, so hot paths (record writes, audit appends) do not re-parse SQL.
QVariant scalar(const QSqlDatabase &db, const QString &statement, const QVariantList &binds = {},
                QString *error = nullptr);

// Runs an INSERT and returns the new row's id (0 with *error set on failure).
qint64 insert(const QSqlDatabase &db, const QString &statement, const QVariantList &binds,
              QString *error = nullptr);

// All result rows, each a list of column values; *ok tells failure from "no rows".
QList<QVariantList> rows(const QSqlDatabase &db, const QString &statement,
                         const QVariantList &binds = {}, QString *error = nullptr,
                         bool *ok = nullptr);

void enableCache(const QString &connectionName);
// Forgets the cached statements of a connection; call before closing it.
void dropCache(const QString &connectionName);

} // namespace igw::sql
