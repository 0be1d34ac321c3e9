// Kills a writing process with SIGKILL at random moments, many times, and proves every
// edit it reported as committed survived and the file still passes quick_check.
#include "testutil.h"
#include "workspace/audit.h"
#include "workspace/directory.h"
#include "workspace/recordstore.h"
#include "workspace/sql.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>

#include <csignal>

using namespace igw;

class TestCrash : public QObject {
    Q_OBJECT
private slots:
    void committedEditsSurviveSigkill();
};

void TestCrash::committedEditsSurviveSigkill()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("crash.igw"));
    QVERIFY(test::createWorkspace(file));
    const int rounds = qEnvironmentVariableIntValue("IGW_CRASH_ROUNDS") > 0
                           ? qEnvironmentVariableIntValue("IGW_CRASH_ROUNDS")
                           : 25;
    // A fixed seed per run would hide timings; log it so a failure can be replayed.
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("crash test seed %u, %d rounds", seed, rounds);
    QRandomGenerator rng(seed);
    qint64 committedTotal = 0;
    for (int round = 0; round < rounds; ++round) {
        QProcess child;
        child.start(QStringLiteral(IGW_TEST_CHILD), {QStringLiteral("write"), file});
        QVERIFY(child.waitForStarted(10000));
        // Let it write for a random while, then kill it mid-flight.
        const int lifeMs = 20 + int(rng.bounded(180));
        QElapsedTimer timer;
        timer.start();
        QByteArray output;
        while (timer.elapsed() < lifeMs && child.state() == QProcess::Running) {
            child.waitForReadyRead(5);
            output += child.readAllStandardOutput();
        }
        QCOMPARE(child.state(), QProcess::Running); // it must still be writing when killed
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(10000));
        output += child.readAllStandardOutput();
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        // Every number printed was printed after its COMMIT returned.
        const QList<QByteArray> lines = output.split('\n');
        qint64 lastCommitted = 0;
        for (const QByteArray &line : lines) {
            bool ok = false;
            const qint64 n = line.trimmed().toLongLong(&ok);
            if (ok)
                lastCommitted = n;
        }
        auto r = test::openWorkspace(file);
        QVERIFY2(r.ok(), qPrintable(QStringLiteral("round %1: %2").arg(round).arg(r.errorString)));
        const QSqlDatabase db = r.workspace->database();
        QCOMPARE(sql::scalar(db, QStringLiteral("PRAGMA quick_check")).toString(),
                 QStringLiteral("ok"));
        QSet<QString> present;
        for (const Record &p :
             r.workspace->records().list(kinds::person(), {}, QStringLiteral("created_at >= ''")))
            present.insert(p.values.value(personField::name).toString());
        // This round's child numbered from 1; its names are unique per round by position.
        const QString prefix = QStringLiteral("crash-");
        qint64 thisRound = 0;
        for (qint64 n = 1; n <= lastCommitted; ++n) {
            if (!present.contains(prefix + QString::number(n)))
                QFAIL(qPrintable(QStringLiteral("round %1: committed edit crash-%2 was lost")
                                     .arg(round)
                                     .arg(n)));
            ++thisRound;
        }
        committedTotal += thisRound;
        const auto v = audit::verify(db);
        QVERIFY2(v.ok, qPrintable(v.reason));
    }
    qInfo("%lld committed edits checked across %d kills", committedTotal, rounds);
    QVERIFY(committedTotal > rounds); // the children really did commit work
}

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
