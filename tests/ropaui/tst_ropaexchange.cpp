// Export and import from the ROPA page: the save dialog and the three formats, and the
// import dialog's preview, column matching, check and all-or-nothing import.
#include "../gui/guitestutil.h"
#include "register/assets.h"
#include "register/demoregister.h"
#include "ropa/activities.h"
#include "ropa/demoropa.h"
#include "ropa/ropa.h"
#include "ropa/ropaexport.h"
#include "ropa/ui/ropaexportaction.h"
#include "ropa/ui/ropaimportdialog.h"
#include "widgets/queueddialogs.h"
#include "workspace/backup.h"
#include "workspace/demo.h"
#include "workspace/directory.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace igw;
using igw::test::child;

class TestRopaExchangeUi : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void exportsEachFormat();
    void importPreviewsChecksAndImports();
    void errorsBlockTheImport();
    void changingAColumnNeedsANewCheck();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_demo;
    QueuedDialogs *m_dialogs = nullptr;
};

void TestRopaExchangeUi::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = test::createWorkspace(path(QStringLiteral("demo.igw")));
    QVERIFY(m_demo);
    QString error;
    QVERIFY2(addDemoDirectory(*m_demo, &error) && addDemoRegister(*m_demo, &error) &&
                 addDemoRopa(*m_demo, &error),
             qPrintable(error));
}

void TestRopaExchangeUi::init()
{
    m_dialogs = QueuedDialogs::install();
}

void TestRopaExchangeUi::cleanup()
{
    QCOMPARE(m_dialogs->pending(), 0);
}

void TestRopaExchangeUi::exportsEachFormat()
{
    QWidget parent;
    // No extension: the one of the chosen format is added.
    m_dialogs->pushFileName(path(QStringLiteral("ropa")));
    QVERIFY(exportRopaInteractively(*m_demo, &parent, QStringLiteral("xlsx")));
    QFile xlsx(path(QStringLiteral("ropa.xlsx")));
    QVERIFY(xlsx.open(QIODevice::ReadOnly));
    QCOMPARE(xlsx.read(2), QByteArray("PK"));
    QVERIFY(m_dialogs->lastSeen().title.contains(QStringLiteral("ICO")));

    m_dialogs->pushFileName(path(QStringLiteral("ropa.csv")));
    QVERIFY(exportRopaInteractively(*m_demo, &parent, QStringLiteral("csv")));
    QFile csv(path(QStringLiteral("ropa.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QVERIFY(csv.readAll().contains("Purpose of processing"));

    m_dialogs->pushFileName(path(QStringLiteral("board.pdf")));
    QVERIFY(exportRopaInteractively(*m_demo, &parent, QStringLiteral("pdf")));
    QFile pdf(path(QStringLiteral("board.pdf")));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QCOMPARE(pdf.read(5), QByteArray("%PDF-"));

    // A folder that does not exist: the user is told, nothing is written.
    m_dialogs->pushFileName(path(QStringLiteral("missing/ropa.xlsx")));
    m_dialogs->pushOk();
    QVERIFY(!exportRopaInteractively(*m_demo, &parent, QStringLiteral("xlsx")));
    QCOMPARE(m_dialogs->lastSeen().kind, QStringLiteral("critical"));
    QVERIFY2(m_dialogs->lastSeen().text.contains(QStringLiteral("ropa.xlsx")),
             qPrintable(m_dialogs->lastSeen().text));
}

void TestRopaExchangeUi::importPreviewsChecksAndImports()
{
    QString error;
    const QString file = path(QStringLiteral("round.xlsx"));
    QVERIFY2(exportRopa(*m_demo, file, QStringLiteral("xlsx"), &error), qPrintable(error));
    auto target = test::createWorkspace(path(QStringLiteral("target.igw")));
    QVERIFY(target);

    RopaImportDialog dialog(*target, file);
    auto *sheet = child<QComboBox>(&dialog, QStringLiteral("ropaImportSheet"));
    QVERIFY(sheet->count() >= 3); // every recognised sheet, Controller, Processor
    QVERIFY(sheet->findData(QStringLiteral("Controller")) > 0);
    auto *found = child<QLabel>(&dialog, QStringLiteral("ropaImportFound"));
    QVERIFY2(found->text().contains(QStringLiteral("Controller")), qPrintable(found->text()));
    auto *rows = child<QTableWidget>(&dialog, QStringLiteral("ropaImportRows"));
    QVERIFY(rows->rowCount() > 0);
    QVERIFY(rows->columnCount() > 20);
    auto *import = child<QPushButton>(&dialog, QStringLiteral("ropaImportStart"));
    QVERIFY(!import->isEnabled()); // nothing is imported unchecked

    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("ropaImportCheck")),
                      Qt::LeftButton);
    QVERIFY2(dialog.isChecked(),
             qPrintable(child<QLabel>(&dialog, QStringLiteral("ropaImportResult"))->text()));
    QCOMPARE(target->records().count(kinds::activity()), 0); // a check writes nothing
    const qint64 expected = m_demo->records().count(kinds::activity());
    QCOMPARE(dialog.report().created, expected);
    QVERIFY(import->isEnabled());
    QVERIFY(import->text().contains(QString::number(expected)));

    QTest::mouseClick(import, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(target->records().count(kinds::activity()), expected);
    QVERIFY(dialog.summary().contains(QStringLiteral("%1 activities added").arg(expected)));
    QVERIFY(!backup::list(target->path()).isEmpty()); // the way back
}

void TestRopaExchangeUi::errorsBlockTheImport()
{
    const QString file = path(QStringLiteral("bad.csv"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Processing activity,Purpose of processing,Article 6 lawful basis for processing "
            "personal data\n"
            "Council tax,Billing,Public task\n"
            "Parking,Permits,Because we can\n");
    f.close();
    auto target = test::createWorkspace(path(QStringLiteral("bad.igw")));
    RopaImportDialog dialog(*target, file);
    QVERIFY(!child<QComboBox>(&dialog, QStringLiteral("ropaImportSheet"))->isEnabled());
    dialog.check();
    QVERIFY(!dialog.isChecked());
    QVERIFY(dialog.report().errors > 0);
    auto *problems = child<QTreeWidget>(&dialog, QStringLiteral("ropaImportProblems"));
    QVERIFY(problems->topLevelItemCount() > 0);
    QTreeWidgetItem *first = problems->topLevelItem(0);
    QCOMPARE(first->text(0), QStringLiteral("Error")); // in words, not only colour
    QVERIFY2(first->text(1).contains(QStringLiteral("3")), qPrintable(first->text(1)));
    QCOMPARE(first->text(2), QStringLiteral("Because we can"));
    QVERIFY(!child<QPushButton>(&dialog, QStringLiteral("ropaImportStart"))->isEnabled());
    dialog.startImport(); // refused without a clean check
    QCOMPARE(target->records().count(kinds::activity()), 0);
}

void TestRopaExchangeUi::changingAColumnNeedsANewCheck()
{
    QString error;
    const QString file = path(QStringLiteral("remap.csv"));
    QVERIFY2(exportRopa(*m_demo, file, QStringLiteral("csv"), &error), qPrintable(error));
    auto target = test::createWorkspace(path(QStringLiteral("remap.igw")));
    RopaImportDialog dialog(*target, file);
    dialog.check();
    QVERIFY(dialog.isChecked());
    auto *mapping = child<QTableWidget>(&dialog, QStringLiteral("ropaImportMapping"));
    QComboBox *purpose = nullptr;
    for (int r = 0; r < mapping->rowCount(); ++r) {
        if (mapping->item(r, 0)->data(Qt::UserRole).toString() == activityField::purpose)
            purpose = qobject_cast<QComboBox *>(mapping->cellWidget(r, 1));
    }
    QVERIFY(purpose);
    QVERIFY(purpose->isEnabled()); // a CSV is one sheet, so its columns can be changed
    QVERIFY(purpose->currentIndex() > 0);
    purpose->setCurrentIndex(0); // "(not imported)"
    QVERIFY(!dialog.isChecked());
    QVERIFY(!child<QPushButton>(&dialog, QStringLiteral("ropaImportStart"))->isEnabled());
    dialog.check();
    QVERIFY(dialog.isChecked());
    dialog.startImport();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    // The purpose column was left out, so no activity got one.
    const auto ropa = loadRopa(*target, &error);
    QVERIFY(!ropa->activities.isEmpty());
    for (const ActivityView &a : ropa->activities)
        QVERIFY2(a.value(activityField::purpose).isEmpty(), qPrintable(a.record.ref));
}

QTEST_MAIN(TestRopaExchangeUi)
#include "tst_ropaexchange.moc"
