#include "workspace/sql.h"

#include <QSqlError>

namespace igw::sql {

bool exec(QSqlQuery &query, const QString &statement, const QVariantList &binds, QString *error)
{
    bool ok = query.prepare(statement);
    if (ok) {
        for (const QVariant &value : binds)
            query.addBindValue(value);
        ok = query.exec();
    }
    if (!ok && error)
        *error = query.lastError().text() + QStringLiteral(" [") + statement.simplified() +
                 QLatin1Char(']');
    return ok;
}

bool exec(const QSqlDatabase &db, const QString &statement, const QVariantList &binds,
          QString *error)
{
    QSqlQuery query(db);
    return exec(query, statement, binds, error);
}

QVariant scalar(const QSqlDatabase &db, const QString &statement, const QVariantList &binds,
                QString *error)
{
    QSqlQuery query(db);
    if (!exec(query, statement, binds, error) || !query.next())
        return {};
    return query.value(0);
}

} // namespace igw::sql
