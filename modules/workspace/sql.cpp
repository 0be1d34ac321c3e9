#include "workspace/sql.h"

#include <QHash>
#include <QSqlError>
#include <QSqlRecord>

#include <memory>

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

namespace {

// Connections are per thread in Qt, so the cache is too.
using Cache = QHash<QString, QHash<QString, std::shared_ptr<QSqlQuery>>>;
thread_local Cache cache;

// A prepared statement for `statement` on `db`, or nullptr with *error set.
QSqlQuery *prepared(const QSqlDatabase &db, const QString &statement, QString *error)
{
    const auto found = cache.find(db.connectionName());
    if (found == cache.end())
        return nullptr;
    auto &perConnection = *found;
    auto it = perConnection.find(statement);
    if (it == perConnection.end()) {
        auto query = std::make_shared<QSqlQuery>(db);
        query->setForwardOnly(true);
        if (!query->prepare(statement)) {
            if (error)
                *error = query->lastError().text() + QStringLiteral(" [") + statement.simplified() +
                         QLatin1Char(']');
            return nullptr;
        }
        it = perConnection.insert(statement, query);
    }
    return it->get();
}

bool run(QSqlQuery *query, const QString &statement, const QVariantList &binds, QString *error)
{
    for (int i = 0; i < binds.size(); ++i)
        query->bindValue(i, binds.at(i));
    if (query->exec())
        return true;
    if (error)
        *error = query->lastError().text() + QStringLiteral(" [") + statement.simplified() +
                 QLatin1Char(']');
    query->finish();
    return false;
}

} // namespace

bool exec(const QSqlDatabase &db, const QString &statement, const QVariantList &binds,
          QString *error)
{
    if (!cache.contains(db.connectionName())) {
        QSqlQuery query(db);
        return exec(query, statement, binds, error);
    }
    QSqlQuery *query = prepared(db, statement, error);
    if (!query || !run(query, statement, binds, error))
        return false;
    query->finish(); // never leave a statement open: it would block checkpoints and COMMIT
    return true;
}

QVariant scalar(const QSqlDatabase &db, const QString &statement, const QVariantList &binds,
                QString *error)
{
    if (!cache.contains(db.connectionName())) {
        QSqlQuery query(db);
        if (!exec(query, statement, binds, error) || !query.next())
            return {};
        return query.value(0);
    }
    QSqlQuery *query = prepared(db, statement, error);
    if (!query || !run(query, statement, binds, error))
        return {};
    QVariant value = query->next() ? query->value(0) : QVariant();
    query->finish();
    return value;
}

qint64 insert(const QSqlDatabase &db, const QString &statement, const QVariantList &binds,
              QString *error)
{
    QSqlQuery local(db);
    QSqlQuery *query =
        cache.contains(db.connectionName()) ? prepared(db, statement, error) : &local;
    if (!query)
        return 0;
    bool ok = query == &local ? exec(local, statement, binds, error)
                              : run(query, statement, binds, error);
    const qint64 id = ok ? query->lastInsertId().toLongLong() : 0;
    query->finish();
    return id;
}

QList<QVariantList> rows(const QSqlDatabase &db, const QString &statement,
                         const QVariantList &binds, QString *error, bool *ok)
{
    QList<QVariantList> out;
    QSqlQuery local(db);
    QSqlQuery *query =
        cache.contains(db.connectionName()) ? prepared(db, statement, error) : nullptr;
    bool good = false;
    if (query) {
        good = run(query, statement, binds, error);
    } else if (!cache.contains(db.connectionName())) {
        query = &local;
        query->setForwardOnly(true);
        good = exec(local, statement, binds, error);
    }
    if (good) {
        const int columns = query->record().count();
        while (query->next()) {
            QVariantList row;
            row.reserve(columns);
            for (int i = 0; i < columns; ++i)
                row << query->value(i);
            out << row;
        }
        query->finish();
    }
    if (ok)
        *ok = good;
    return out;
}

void enableCache(const QString &connectionName)
{
    cache[connectionName];
}

void dropCache(const QString &connectionName)
{
    cache.remove(connectionName);
}

} // namespace igw::sql
