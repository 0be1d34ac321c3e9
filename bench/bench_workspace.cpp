// Workspace costs at register scale: writing records through RecordStore (audit chain,
// transaction guard) against raw SQLite inserts, opening (quick_check), backing up
// (backup API) against a plain file copy, and verifying the audit chain.
//   bench_workspace [RECORDS]   (default 100000)
#include "workspace/audit.h"
#include "workspace/backup.h"
#include "workspace/directory.h"
#include "workspace/recordstore.h"
#include "workspace/transaction.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <sqlite3.h>

using namespace igw;

namespace {

double rawInsertMs(const QString &path, int n)
{
    sqlite3 *db = nullptr;
    sqlite3_open(QFile::encodeName(path).constData(), &db);
    sqlite3_exec(db,
                 "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;"
                 "CREATE TABLE people (id INTEGER PRIMARY KEY, uuid TEXT UNIQUE, ref TEXT UNIQUE,"
                 " name TEXT, team TEXT)",
                 nullptr, nullptr, nullptr);
    QElapsedTimer t;
    t.start();
    sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    sqlite3_stmt *s = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO people (uuid, ref, name, team) VALUES (?,?,?,?)", -1, &s,
                       nullptr);
    for (int i = 0; i < n; ++i) {
        const QByteArray uuid = QByteArray::number(i).rightJustified(36, '0');
        const QByteArray ref = "PE-" + QByteArray::number(i);
        const QByteArray name = "Person " + QByteArray::number(i);
        sqlite3_bind_text(s, 1, uuid.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(s, 2, ref.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(s, 3, name.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(s, 4, "Benchmarks", -1, SQLITE_STATIC);
        sqlite3_step(s);
        sqlite3_reset(s);
    }
    sqlite3_finalize(s);
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    const double ms = t.nsecsElapsed() / 1e6;
    sqlite3_close(db);
    return ms;
}

double copyMs(const QString &from, const QString &to)
{
    QElapsedTimer t;
    t.start();
    QFile::remove(to);
    QFile::copy(from, to);
    return t.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("bench.igw"));
    std::printf("records: %d\n", n);

    const double raw = rawInsertMs(dir.filePath(QStringLiteral("raw.db")), n);
    double store = 0;
    {
        OpenOptions options;
        options.userName = QStringLiteral("bench");
        auto r = Workspace::create(file, QStringLiteral("Bench Council"), options);
        if (!r.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(r.errorString));
            return 1;
        }
        QElapsedTimer t;
        t.start();
        WriteTransaction tx(*r.workspace);
        QString error;
        for (int i = 0; i < n; ++i)
            r.workspace->records().create(kinds::person(),
                                          {{personField::name, QStringLiteral("Person %1").arg(i)},
                                           {personField::team, QStringLiteral("Benchmarks")}},
                                          &error);
        tx.commit();
        store = t.nsecsElapsed() / 1e6;
    }
    std::printf("insert, one transaction:  RecordStore %8.1f ms (%.1f us/record)  raw SQLite "
                "%8.1f ms  ratio %.1fx\n",
                store, store * 1000 / n, raw, store / raw);

    QElapsedTimer t;
    t.start();
    OpenOptions options;
    options.backupOnOpen = false;
    auto opened = Workspace::open(file, options);
    const double openMs = t.nsecsElapsed() / 1e6;
    std::printf("open with quick_check:    %8.1f ms  (file %.1f MB)\n", openMs,
                QFile(file).size() / 1e6);

    t.restart();
    const auto v = audit::verify(opened.workspace->database());
    std::printf("audit chain verify:       %8.1f ms  (%lld entries, %s)\n", t.nsecsElapsed() / 1e6,
                v.entries, v.ok ? "ok" : "BROKEN");

    t.restart();
    QString error;
    const QString b = opened.workspace->backupNow(&error);
    const double backupMs = t.nsecsElapsed() / 1e6;
    opened.workspace.reset();
    const double plain = copyMs(file, dir.filePath(QStringLiteral("plain-copy.igw")));
    std::printf("rolling backup:           %8.1f ms  plain file copy %8.1f ms  ratio %.1fx "
                "(backup API + fsync + quick_check)\n",
                backupMs, plain, backupMs / plain);

    t.restart();
    const auto page = Workspace::open(file, options);
    const auto list = page.workspace->records().list(kinds::person(), personField::name,
                                                     QStringLiteral("name LIKE ?"),
                                                     {QStringLiteral("Person 99%")});
    std::printf("filtered list (LIKE):     %8.1f ms  (%lld rows)\n", t.nsecsElapsed() / 1e6,
                qint64(list.size()));
    return b.isEmpty() ? 1 : 0;
}
