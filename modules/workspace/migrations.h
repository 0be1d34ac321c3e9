#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace igw {

// One forward-only schema step: it takes the file from version `to - 1` to `to`.
struct MigrationStep {
    int to = 0;
    std::function<bool(const QSqlDatabase &, QString *error)> apply;
};

class Migrator {
public:
    static QList<MigrationStep> standardSteps();
    explicit Migrator(QList<MigrationStep> steps = standardSteps());

    int latestVersion() const;
    // Applies every step after `from` up to `to` in ONE transaction (BEGIN IMMEDIATE) and
    // sets PRAGMA user_version; on any failure rolls back and leaves the file untouched.
    bool migrate(const QSqlDatabase &db, int from, int to, QString *error) const;

private:
    QList<MigrationStep> m_steps;
};

} // namespace igw
