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
QVariant scalar(const QSqlDatabase &db, const QString &statement, const QVariantList &binds = {},
                QString *error = nullptr);

} // namespace igw::sql
