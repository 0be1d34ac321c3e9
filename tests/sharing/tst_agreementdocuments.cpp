// Signed agreements kept as PDFs: Poppler's text goes into the search index, the bytes are
// kept with their SHA-256, hostile files are refused with the reason, and removing a
// document (or a draft agreement) purges its text from the index. QTEST_MAIN: the test
// writes its PDFs with QPdfWriter, which needs fonts.
#include "../workspace/testutil.h"
#include "pdftext/pdftext.h"
#include "sharing/agreementdocuments.h"
#include "sharing/agreements.h"
#include "sharing/lifecycle.h"
#include "workspace/audit.h"
#include "workspace/sql.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace igw;

class TestAgreementDocuments : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void textOfEveryPageIsExtracted();
    void hostilePdfsAreRefusedWithAReason();
    void attachedPdfIsStoredAndFound();
    void searchTakesTheQueryLiterally();
    void notAPdfOrTooLargeIsRefused();
    void removingPurgesTheText();
    void deletingADraftAgreementTakesItsDocuments();

private:
    // A real PDF with one line of text on each page.
    static QByteArray makePdf(const QStringList &pages);
    qint64 draft(const QString &title);
    int indexRows(qint64 documentId) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
};

QByteArray TestAgreementDocuments::makePdf(const QStringList &pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        QPainter painter(&writer);
        for (int i = 0; i < pages.size(); ++i) {
            if (i > 0)
                writer.newPage();
            painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 12));
            painter.drawText(QPointF(500, 1000), pages.at(i));
        }
    }
    return bytes;
}

void TestAgreementDocuments::init()
{
    m_ws = test::createWorkspace(
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".igw")));
    QVERIFY(m_ws);
}

void TestAgreementDocuments::cleanup()
{
    m_ws.reset();
}

qint64 TestAgreementDocuments::draft(const QString &title)
{
    QString error;
    const auto a = sharing::createAgreement(*m_ws, {{agreementField::title, title}}, &error);
    if (!a)
        qWarning("create failed: %s", qPrintable(error));
    return a ? a->id : 0;
}

int TestAgreementDocuments::indexRows(qint64 documentId) const
{
    return sql::scalar(
               m_ws->database(),
               QStringLiteral("SELECT count(*) FROM agreement_documents_fts WHERE rowid = ?"),
               {documentId})
        .toInt();
}

void TestAgreementDocuments::textOfEveryPageIsExtracted()
{
    const QByteArray pdf = makePdf({QStringLiteral("Information sharing agreement"),
                                    QStringLiteral("Signed for Wealdbridge Hospitals")});
    QString error;
    const auto text = pdftext::extract(pdf, &error);
    QVERIFY2(text, qPrintable(error));
    QCOMPARE(text->pageCount, 2);
    QVERIFY(!text->truncated);
    QVERIFY(text->text.contains(QStringLiteral("Information sharing agreement")));
    QVERIFY(text->text.contains(QStringLiteral("Wealdbridge")));
    // Pages are kept apart, in order.
    QVERIFY(text->text.indexOf(QLatin1Char('\f')) > text->text.indexOf(QStringLiteral("sharing")));
}

void TestAgreementDocuments::hostilePdfsAreRefusedWithAReason()
{
    QString error;
    QVERIFY(!pdftext::extract(QByteArray("PK\x03\x04 a zip, not a PDF"), &error));
    QVERIFY2(error.contains(QStringLiteral("not a PDF")), qPrintable(error));
    error.clear();
    QVERIFY(!pdftext::extract(QByteArray("%PDF-1.7\n% nothing else\n"), &error));
    QVERIFY(!error.isEmpty());
    // Cut in half: either refused with a reason or read without crashing; never a crash.
    const QByteArray pdf = makePdf({QStringLiteral("One"), QStringLiteral("Two")});
    error.clear();
    const auto half = pdftext::extract(pdf.left(pdf.size() / 2), &error);
    QVERIFY(half || !error.isEmpty());
    error.clear();
    QVERIFY(
        !pdftext::extract(QByteArray(pdftext::maxBytes + 1, ' ').prepend("%PDF-1.4\n"), &error));
    QVERIFY(error.contains(QStringLiteral("too large")));
}

void TestAgreementDocuments::attachedPdfIsStoredAndFound()
{
    const qint64 id = draft(QStringLiteral("Hospital discharge"));
    QVERIFY(id);
    const QByteArray pdf = makePdf({QStringLiteral("Hospital discharge agreement"),
                                    QStringLiteral("Signed by Naomi Fairweather, Caldicott")});
    QString error;
    const auto text = pdftext::extract(pdf, &error);
    QVERIFY2(text, qPrintable(error));
    QSignalSpy changed(m_ws.get(), &Workspace::recordChanged);
    const auto doc =
        agreementDocuments::add(*m_ws, id, QStringLiteral("../../signed copy.pdf"), pdf, text->text,
                                text->pageCount, QStringLiteral("Signed copy"), &error);
    QVERIFY2(doc, qPrintable(error));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(doc->fileName, QStringLiteral("signed copy.pdf")); // no folders
    QCOMPARE(doc->pageCount, 2);
    QCOMPARE(doc->version, 1);
    QCOMPARE(doc->sha256, QString::fromLatin1(
                              QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(agreementDocuments::list(*m_ws, id).size(), 1);
    QCOMPARE(agreementDocuments::data(*m_ws, doc->id, &error), pdf);
    const QString copy = m_dir.filePath(QStringLiteral("copy.pdf"));
    QVERIFY(agreementDocuments::saveCopy(*m_ws, doc->id, copy, &error));
    QFile file(copy);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), pdf);
    // Found by a word inside the signed copy, case-insensitively, with the words around it.
    const QList<DocumentHit> hits =
        agreementDocuments::search(*m_ws, QStringLiteral("fairweather"));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().agreementId, id);
    QVERIFY2(hits.first().snippet.contains(QStringLiteral("\u00abFairweather\u00bb")),
             qPrintable(hits.first().snippet));
    QVERIFY(agreementDocuments::search(*m_ws, QStringLiteral("Wealdbridge")).isEmpty());
    // Audited on the agreement's history.
    const auto agreement = m_ws->records().get(kinds::agreement(), id);
    bool audited = false;
    for (const AuditEntry &e : audit::history(m_ws->database(), agreement->uuid))
        audited = audited || (e.recordTable == QLatin1String("agreement_documents") &&
                              e.newValue.contains(doc->sha256));
    QVERIFY(audited);
}

void TestAgreementDocuments::searchTakesTheQueryLiterally()
{
    const qint64 id = draft(QStringLiteral("MASH"));
    const QByteArray pdf = makePdf({QStringLiteral("children \"at risk\" OR NOT")});
    const auto text = pdftext::extract(pdf, nullptr);
    QVERIFY(text);
    QString error;
    QVERIFY(agreementDocuments::add(*m_ws, id, QStringLiteral("mash.pdf"), pdf, text->text,
                                    text->pageCount, {}, &error));
    // FTS5 syntax in a query is text to find, not an operator or an error.
    for (const QString &q : {QStringLiteral("\"at risk\""), QStringLiteral("OR NOT"),
                             QStringLiteral("chi*"), QStringLiteral("NEAR(a b)")}) {
        error.clear();
        agreementDocuments::search(*m_ws, q, 10, &error);
        QVERIFY2(error.isEmpty(), qPrintable(q + QStringLiteral(": ") + error));
    }
    QCOMPARE(agreementDocuments::search(*m_ws, QStringLiteral("\"at risk\"")).size(), 1);
    QCOMPARE(agreementDocuments::search(*m_ws, QStringLiteral("chi*")).size(), 0);
    // Fewer than three characters: the trigram index cannot answer, so nothing is claimed.
    QVERIFY(agreementDocuments::search(*m_ws, QStringLiteral("OR")).isEmpty());
}

void TestAgreementDocuments::notAPdfOrTooLargeIsRefused()
{
    const qint64 id = draft(QStringLiteral("Debt advice"));
    QString error;
    QVERIFY(!agreementDocuments::add(*m_ws, id, QStringLiteral("agreement.docx"),
                                     QByteArray("PK\x03\x04 word document"), QString(), 1, {},
                                     &error));
    QVERIFY2(error.contains(QStringLiteral("not a PDF")), qPrintable(error));
    error.clear();
    QVERIFY(!agreementDocuments::add(*m_ws, id, QStringLiteral("huge.pdf"),
                                     QByteArray("%PDF-1.4\n") +
                                         QByteArray(agreementDocuments::maxFileBytes, 'x'),
                                     QString(), 1, {}, &error));
    QVERIFY2(error.contains(QStringLiteral("at most")), qPrintable(error));
    error.clear();
    QVERIFY(!agreementDocuments::add(*m_ws, 999999, QStringLiteral("a.pdf"),
                                     makePdf({QStringLiteral("x")}), QString(), 1, {}, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(
        sql::scalar(m_ws->database(), QStringLiteral("SELECT count(*) FROM agreement_documents"))
            .toInt(),
        0);
}

void TestAgreementDocuments::removingPurgesTheText()
{
    const qint64 id = draft(QStringLiteral("Housing nominations"));
    const QByteArray pdf = makePdf({QStringLiteral("Nominations to Kingsmere Homes")});
    const auto text = pdftext::extract(pdf, nullptr);
    QString error;
    const auto doc = agreementDocuments::add(*m_ws, id, QStringLiteral("n.pdf"), pdf, text->text,
                                             text->pageCount, {}, &error);
    QVERIFY(doc);
    QCOMPARE(indexRows(doc->id), 1);
    QVERIFY2(agreementDocuments::remove(*m_ws, doc->id, &error), qPrintable(error));
    QCOMPARE(indexRows(doc->id), 0);
    QVERIFY(agreementDocuments::search(*m_ws, QStringLiteral("Kingsmere Homes")).isEmpty());
    QVERIFY(agreementDocuments::list(*m_ws, id).isEmpty());
    QVERIFY(!agreementDocuments::remove(*m_ws, doc->id, &error));
}

void TestAgreementDocuments::deletingADraftAgreementTakesItsDocuments()
{
    const qint64 id = draft(QStringLiteral("Library loans"));
    const QByteArray pdf = makePdf({QStringLiteral("Library members")});
    const auto text = pdftext::extract(pdf, nullptr);
    QString error;
    const auto doc = agreementDocuments::add(*m_ws, id, QStringLiteral("l.pdf"), pdf, text->text,
                                             text->pageCount, {}, &error);
    QVERIFY(doc);
    QVERIFY2(sharing::removeAgreement(*m_ws, id, &error), qPrintable(error));
    QCOMPARE(indexRows(doc->id), 0);
    QVERIFY(!agreementDocuments::get(*m_ws, doc->id));
}

QTEST_MAIN(TestAgreementDocuments)
#include "tst_agreementdocuments.moc"
