// The hash-chained audit trail: append-only, and tampering is found at the first broken link.
#include "testutil.h"
#include "workspace/audit.h"
#include "workspace/directory.h"
#include "workspace/recordstore.h"
#include "workspace/sql.h"

using namespace igw;

class TestAudit : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup() { m_ws.reset(); }
    void everyChangeIsRecorded();
    void triggersRefuseEditsAndDeletes();
    void detectsAlteredEntry();
    void detectsRemovedEntry();
    void detectsCutTail();
    void hashSeparatesFields();

private:
    void dropTriggers();
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_person = 0;
};

void TestAudit::init()
{
    QFile::remove(m_dir.filePath(QStringLiteral("a.igw")));
    m_ws = test::createWorkspace(m_dir.filePath(QStringLiteral("a.igw")));
    QVERIFY(m_ws);
    QString error;
    const auto p =
        m_ws->records().create(kinds::person(),
                               {{personField::name, QStringLiteral("Sam Okoro")},
                                {personField::email, QStringLiteral("sam@example.gov.uk")}},
                               &error);
    QVERIFY(p);
    m_person = p->id;
    QVERIFY(m_ws->records().update(kinds::person(), m_person,
                                   {{personField::role, QStringLiteral("Records Manager")},
                                    {personField::email, QStringLiteral("s.okoro@example.gov.uk")}},
                                   &error));
}

void TestAudit::dropTriggers()
{
    QVERIFY(sql::exec(m_ws->database(), QStringLiteral("DROP TRIGGER audit_log_no_update")));
    QVERIFY(sql::exec(m_ws->database(), QStringLiteral("DROP TRIGGER audit_log_no_delete")));
}

void TestAudit::everyChangeIsRecorded()
{
    const auto person = m_ws->records().get(kinds::person(), m_person);
    const QList<AuditEntry> h = audit::history(m_ws->database(), person->uuid);
    QCOMPARE(h.size(), 3); // create, then one entry per changed field
    QCOMPARE(h.at(0).action, QStringLiteral("create"));
    QVERIFY(h.at(0).newValue.contains(QStringLiteral("Sam Okoro")));
    QCOMPARE(h.at(1).user, QStringLiteral("tester"));
    QStringList fields{h.at(1).field, h.at(2).field};
    fields.sort();
    QCOMPARE(fields, (QStringList{QStringLiteral("email"), QStringLiteral("role")}));
    const AuditEntry &email = h.at(1).field == QLatin1String("email") ? h.at(1) : h.at(2);
    QCOMPARE(email.oldValue, QStringLiteral("sam@example.gov.uk"));
    QCOMPARE(email.newValue, QStringLiteral("s.okoro@example.gov.uk"));
    QCOMPARE(email.recordRef, QStringLiteral("PE-0001"));
    QVERIFY(email.at.isValid());
    // An update that changes nothing writes nothing.
    QString error;
    QVERIFY(m_ws->records().update(kinds::person(), m_person,
                                   {{personField::role, QStringLiteral("Records Manager")}},
                                   &error));
    QCOMPARE(audit::history(m_ws->database(), person->uuid).size(), 3);
    const auto v = audit::verify(m_ws->database());
    QVERIFY2(v.ok, qPrintable(v.reason));
    QCOMPARE(v.entries, 4); // the organisation's creation, then the person's three
}

void TestAudit::triggersRefuseEditsAndDeletes()
{
    QString error;
    QVERIFY(!sql::exec(m_ws->database(), QStringLiteral("UPDATE audit_log SET user = 'x'"), {},
                       &error));
    QVERIFY(error.contains(QStringLiteral("append-only")));
    QVERIFY(!sql::exec(m_ws->database(), QStringLiteral("DELETE FROM audit_log"), {}, &error));
    QVERIFY(audit::verify(m_ws->database()).ok);
}

void TestAudit::detectsAlteredEntry()
{
    dropTriggers();
    QVERIFY(sql::exec(
        m_ws->database(),
        QStringLiteral("UPDATE audit_log SET new_value = 'someone@else.example' WHERE seq = 3")));
    const auto v = audit::verify(m_ws->database());
    QVERIFY(!v.ok);
    QCOMPARE(v.firstBrokenSeq, 3);
    QVERIFY2(v.reason.contains(QStringLiteral("altered")), qPrintable(v.reason));
}

void TestAudit::detectsRemovedEntry()
{
    dropTriggers();
    QVERIFY(sql::exec(m_ws->database(), QStringLiteral("DELETE FROM audit_log WHERE seq = 2")));
    const auto v = audit::verify(m_ws->database());
    QVERIFY(!v.ok);
    QCOMPARE(v.firstBrokenSeq, 2);
}

void TestAudit::detectsCutTail()
{
    dropTriggers();
    QVERIFY(sql::exec(m_ws->database(), QStringLiteral("DELETE FROM audit_log WHERE seq = 4")));
    const auto v = audit::verify(m_ws->database());
    QVERIFY(!v.ok);
    QCOMPARE(v.firstBrokenSeq, 4);
    QVERIFY2(v.reason.contains(QStringLiteral("removed")), qPrintable(v.reason));
}

void TestAudit::hashSeparatesFields()
{
    AuditEntry a;
    a.seq = 1;
    a.at = QDateTime::fromString(QStringLiteral("2026-01-01T00:00:00.000Z"), Qt::ISODateWithMs);
    a.field = QStringLiteral("ab");
    a.oldValue = QStringLiteral("c");
    AuditEntry b = a;
    b.field = QStringLiteral("a");
    b.oldValue = QStringLiteral("bc");
    const QByteArray zero(32, '\0');
    QVERIFY(audit::entryHash(zero, a) != audit::entryHash(zero, b));
    AuditEntry nullOld = a;
    nullOld.oldValue = QString();
    AuditEntry emptyOld = a;
    emptyOld.oldValue = QStringLiteral("");
    QVERIFY(audit::entryHash(zero, nullOld) != audit::entryHash(zero, emptyOld));
}

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
