// The spreadsheet import dialog and the interactive export: mapping, check, fixing
// problems, import, cancel (nothing written), saved mappings and the export -> import trip.
#include "../gui/guitestutil.h"
#include "register/assetcolumns.h"
#include "register/assets.h"
#include "register/ui/exportassets.h"
#include "register/ui/importcheckpage.h"
#include "register/ui/importdialog.h"
#include "register/ui/importproblemsmodel.h"
#include "widgets/queueddialogs.h"
#include "widgets/validationlabel.h"
#include "workspace/directory.h"
#include "workspace/workspace.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace igw;
using igw::test::child;

class TestImport : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void sourcePageSaysWhatTheReaderNoticed();
    void checkFindsProblemsAndImportAfterFixing();
    void cancelDuringImportWritesNothing();
    void mappingSaveLoadRoundTrip();
    void keyboardOnly();
    void exportThenImport_data();
    void exportThenImport();
    void runAsksForFileAndReports();

private:
    QString write(const QString &name, const QByteArray &content);
    QString synonymCsv();
    qint64 assets(Workspace &ws) const { return ws.records().count(kinds::asset()); }
    qint64 personId(const QString &name) const;
    // With IGW_GRAB_DIR set, saves what the dialog looks like, to be looked at by a person.
    void grab(QWidget *widget, const QString &name);

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    QueuedDialogs *m_dialogs = nullptr;
    int m_counter = 0;
};

void TestImport::init()
{
    m_dialogs = QueuedDialogs::install();
    m_ws = test::createWorkspace(m_dir.filePath(QStringLiteral("import-%1.igw").arg(++m_counter)));
    QVERIFY(m_ws);
    QString error;
    QVERIFY2(m_ws->records().create(kinds::person(),
                                    {{personField::name, QStringLiteral("Sandra Mills")}}, &error),
             qPrintable(error));
}

void TestImport::cleanup()
{
    QCOMPARE(m_dialogs->pending(), 0);
    m_ws.reset();
    Dialogs::setBackend(nullptr);
}

QString TestImport::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(content) != content.size())
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

QString TestImport::synonymCsv()
{
    // Line 3 names an owner not in the directory; line 4 has a date that is not one.
    return write(QStringLiteral("synonyms.csv"),
                 "Asset,IAO,Protective marking,Review date,Colour\n"
                 "Payroll,Sandra Mills,OFFICIAL,2027-01-01,red\n"
                 "Housing register,Nobody Known,OFFICIAL,"
                 "2027-02-01,blue\n"
                 "CCTV,Sandra Mills,Official,31st of never,green\n");
}

qint64 TestImport::personId(const QString &name) const
{
    for (const Record &p : m_ws->records().list(kinds::person())) {
        if (p.title(kinds::person()) == name)
            return p.id;
    }
    return 0;
}

void TestImport::grab(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("IGW_GRAB_DIR");
    if (dir.isEmpty())
        return;
    widget->show();
    QApplication::processEvents();
    QVERIFY(widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

void TestImport::sourcePageSaysWhatTheReaderNoticed()
{
    // Saved by Excel as plain "CSV": Windows-1252, not UTF-8.
    ImportDialog latin(
        *m_ws, write(QStringLiteral("latin.csv"), "Name;Notes\nCaf\xe9 licences;\xa3 5 fee\n"),
        nullptr);
    latin.show();
    const QString noticed =
        child<ValidationLabel>(&latin, QStringLiteral("importSourceMessages"))->plainText();
    QVERIFY2(noticed.contains(QStringLiteral("Windows-1252")), qPrintable(noticed));
    QVERIFY(!child<ValidationLabel>(&latin, QStringLiteral("importSourceMessages"))->hasErrors());
    QVERIFY(child<QPushButton>(&latin, QStringLiteral("importNext"))->isEnabled());
    QCOMPARE(child<QLabel>(&latin, QStringLiteral("importHeadings"))->text(),
             QStringLiteral("Name; Notes"));
    latin.setPage(ImportDialog::MappingPage);
    QCOMPARE(child<QTableView>(&latin, QStringLiteral("importPreview"))
                 ->model()
                 ->index(0, 0)
                 .data()
                 .toString(),
             QStringLiteral("Café licences"));
    latin.setPage(ImportDialog::SourcePage);
    grab(&latin, QStringLiteral("0-source-warning"));

    // Old binary Excel is refused with advice, and there is no way forward.
    ImportDialog xls(*m_ws, write(QStringLiteral("old.xls"), "\xd0\xcf\x11\xe0junk"), nullptr);
    QVERIFY(child<ValidationLabel>(&xls, QStringLiteral("importSourceMessages"))->hasErrors());
    QVERIFY(!child<QPushButton>(&xls, QStringLiteral("importNext"))->isEnabled());
    xls.setPage(ImportDialog::CheckPage); // refused, as the button is disabled for a reason
    QCOMPARE(xls.page(), ImportDialog::SourcePage);

    // Headings alone: nothing to import.
    ImportDialog empty(*m_ws, write(QStringLiteral("empty.csv"), "Name,Owner\n"), nullptr);
    QVERIFY(child<ValidationLabel>(&empty, QStringLiteral("importSourceMessages"))->hasErrors());
    QVERIFY(!child<QPushButton>(&empty, QStringLiteral("importNext"))->isEnabled());
}

void TestImport::checkFindsProblemsAndImportAfterFixing()
{
    ImportDialog dialog(*m_ws, synonymCsv(), nullptr);
    dialog.show();
    QCOMPARE(dialog.objectName(), QStringLiteral("importDialog"));
    QCOMPARE(dialog.page(), ImportDialog::SourcePage);
    QVERIFY(child<QComboBox>(&dialog, QStringLiteral("importSheet"))->isHidden()); // CSV
    grab(&dialog, QStringLiteral("1-source"));

    // The synonym headings were matched; the unknown column was left out.
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("importNext")), Qt::LeftButton);
    QCOMPARE(dialog.page(), ImportDialog::MappingPage);
    QVERIFY(child<QWidget>(&dialog, QStringLiteral("importMapping"))->isVisible());
    const auto combo = [&](const QString &field) {
        return child<QComboBox>(&dialog, QStringLiteral("importMap_") + field);
    };
    QCOMPARE(combo(assetField::name)->currentData().toString(), QStringLiteral("Asset"));
    QCOMPARE(combo(assetField::ownerPersonId)->currentData().toString(), QStringLiteral("IAO"));
    QCOMPARE(combo(assetField::securityClassification)->currentData().toString(),
             QStringLiteral("Protective marking"));
    QCOMPARE(combo(assetField::nextReview)->currentData().toString(),
             QStringLiteral("Review date"));
    QCOMPARE(combo(assetField::description)->currentIndex(), 0);
    QCOMPARE(combo(assetField::description)->currentText(), QStringLiteral("(not imported)"));
    QVERIFY(child<ValidationLabel>(&dialog, QStringLiteral("importMappingMessages"))
                ->plainText()
                .contains(QStringLiteral("\"Colour\"")));
    // The preview shows the mapped columns under the fields' headings.
    auto *preview = child<QTableView>(&dialog, QStringLiteral("importPreview"));
    QAbstractItemModelTester previewTester(preview->model());
    QCOMPARE(preview->model()->columnCount(), 4);
    QCOMPARE(preview->model()->rowCount(), 3);
    QCOMPARE(preview->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Name"));
    QCOMPARE(preview->model()->headerData(1, Qt::Horizontal).toString(),
             QStringLiteral("Information Asset Owner"));
    QCOMPARE(preview->model()->index(2, 0).data().toString(), QStringLiteral("CCTV"));
    grab(&dialog, QStringLiteral("2-mapping"));

    // Without a Name column there is nothing to import, and the page says so.
    combo(assetField::name)->setCurrentIndex(0);
    QVERIFY(!child<QPushButton>(&dialog, QStringLiteral("importNext"))->isEnabled());
    QVERIFY(child<ValidationLabel>(&dialog, QStringLiteral("importMappingMessages"))->hasErrors());
    combo(assetField::name)
        ->setCurrentIndex(combo(assetField::name)->findData(QStringLiteral("Asset")));
    QVERIFY(child<QPushButton>(&dialog, QStringLiteral("importNext"))->isEnabled());

    // The check lists both problems by source row, and Import stays disabled.
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("importNext")), Qt::LeftButton);
    QCOMPARE(dialog.page(), ImportDialog::CheckPage);
    QCOMPARE(dialog.report().rows, 3);
    QCOMPARE(dialog.report().errors, 2);
    auto *problems = child<QTableView>(&dialog, QStringLiteral("importProblems"));
    QAbstractItemModelTester problemsTester(problems->model());
    QStringList found;
    for (int r = 0; r < problems->model()->rowCount(); ++r) {
        const auto cell = [&](int c) { return problems->model()->index(r, c).data().toString(); };
        found << cell(ImportProblemsModel::RowColumn) + QLatin1Char(':') +
                     cell(ImportProblemsModel::SeverityColumn) + QLatin1Char(':') +
                     cell(ImportProblemsModel::SourceColumn);
    }
    QVERIFY2(found.contains(QStringLiteral("3:Error:IAO")), qPrintable(found.join(u' ')));
    QVERIFY2(found.contains(QStringLiteral("4:Error:Review date")), qPrintable(found.join(u' ')));
    QVERIFY(child<QLabel>(&dialog, QStringLiteral("importSummary"))
                ->text()
                .contains(QStringLiteral("Errors: 2")));
    auto *import = child<QPushButton>(&dialog, QStringLiteral("importStart"));
    QVERIFY(!import->isEnabled());
    QVERIFY(child<ValidationLabel>(&dialog, QStringLiteral("importStatus"))->hasErrors());
    QVERIFY(child<QLabel>(&dialog, QStringLiteral("importUnknownPeople"))
                ->text()
                .contains(QStringLiteral("Nobody Known")));
    grab(&dialog, QStringLiteral("3-check-errors"));

    // Fix: leave the dates out, and let the import add the unknown owner.
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("importBack")), Qt::LeftButton);
    QCOMPARE(dialog.page(), ImportDialog::MappingPage);
    combo(assetField::nextReview)->setCurrentIndex(0);
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("importNext")), Qt::LeftButton);
    QCOMPARE(dialog.report().errors, 1); // the owner is still unknown
    QVERIFY(!import->isEnabled());
    auto *create = child<QCheckBox>(&dialog, QStringLiteral("importCreatePeople"));
    create->setChecked(true); // reruns the check
    QCOMPARE(dialog.report().errors, 0);
    for (int r = 0; r < problems->model()->rowCount(); ++r) // what is left only warns
        QCOMPARE(problems->model()->index(r, ImportProblemsModel::SeverityColumn).data().toString(),
                 QStringLiteral("Warning"));
    QVERIFY(problems->model()->rowCount() > 0);
    child<QCheckBox>(&dialog, QStringLiteral("importShowWarnings"))->setChecked(false);
    QCOMPARE(problems->model()->rowCount(), 0);
    child<QCheckBox>(&dialog, QStringLiteral("importShowWarnings"))->setChecked(true);
    QVERIFY(!child<ValidationLabel>(&dialog, QStringLiteral("importStatus"))->hasErrors());
    QVERIFY(import->isEnabled());
    QCOMPARE(assets(*m_ws), 0); // the checks wrote nothing
    QCOMPARE(personId(QStringLiteral("Nobody Known")), 0);
    grab(&dialog, QStringLiteral("4-check-ok"));

    QTest::mouseClick(import, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.report().imported, 3);
    QCOMPARE(assets(*m_ws), 3);
    const qint64 added = personId(QStringLiteral("Nobody Known"));
    QVERIFY(added > 0);
    QVERIFY(dialog.summary().contains(QStringLiteral("Imported 3")));
    QVERIFY(dialog.summary().contains(QStringLiteral("Nobody Known")));
    for (const Record &a : m_ws->records().list(kinds::asset())) {
        QVERIFY(a.value(assetField::nextReview).isNull());
        QCOMPARE(a.value(assetField::securityClassification).toString(),
                 QStringLiteral("OFFICIAL"));
        if (a.value(assetField::name).toString() == QLatin1String("Housing register"))
            QCOMPARE(a.value(assetField::ownerPersonId).toLongLong(), added);
    }
}

void TestImport::cancelDuringImportWritesNothing()
{
    QByteArray csv = "Name,Owner,Business function\n";
    for (int i = 1; i <= 3000; ++i)
        csv += "Asset " + QByteArray::number(i) + ",Sandra Mills,Revenues\n";
    ImportDialog dialog(*m_ws, write(QStringLiteral("big.csv"), csv), nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.setPage(ImportDialog::CheckPage);
    QCOMPARE(dialog.report().rows, 3000);
    auto *import = child<QPushButton>(&dialog, QStringLiteral("importStart"));
    QVERIFY(import->isEnabled());

    // As the write pass shows its first progress, the user presses Cancel (or Escape).
    auto *bar = child<QProgressBar>(&dialog, QStringLiteral("importProgress"));
    auto *cancel = child<QPushButton>(&dialog, QStringLiteral("importCancel"));
    bool escape = false;
    int presses = 0;
    bool othersDisabled = true;
    connect(bar, &QProgressBar::valueChanged, &dialog, [&](int value) {
        if (value <= 0 || bar->maximum() != 3000 || presses > 0)
            return;
        ++presses;
        if (!escape)
            grab(&dialog, QStringLiteral("5-importing"));
        othersDisabled = othersDisabled && cancel->isVisible() && cancel->isEnabled() &&
                         !child<QWidget>(&dialog, QStringLiteral("importCheck"))->isEnabled() &&
                         !import->isVisible();
        if (escape)
            QTest::keyClick(&dialog, Qt::Key_Escape);
        else
            QTest::mouseClick(cancel, Qt::LeftButton);
    });
    QTest::mouseClick(import, Qt::LeftButton);
    QCOMPARE(presses, 1);
    QVERIFY(othersDisabled);
    QVERIFY(dialog.report().cancelled);
    QCOMPARE(assets(*m_ws), 0);
    QVERIFY(dialog.isVisible());
    const QString status =
        child<ValidationLabel>(&dialog, QStringLiteral("importStatus"))->plainText();
    QVERIFY2(status.contains(QStringLiteral("Nothing was written")), qPrintable(status));
    QVERIFY(import->isVisible());
    QVERIFY(import->isEnabled()); // the check still holds: Import can be pressed again
    grab(&dialog, QStringLiteral("6-cancelled"));

    // Escape while running cancels too, rather than closing the dialog.
    escape = true;
    presses = 0;
    QTest::mouseClick(import, Qt::LeftButton);
    QCOMPARE(presses, 1);
    QVERIFY(dialog.report().cancelled);
    QVERIFY(dialog.isVisible());
    QCOMPARE(assets(*m_ws), 0);

    // Left alone, it imports them all.
    presses = 1;
    QTest::mouseClick(import, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(assets(*m_ws), 3000);
}

void TestImport::mappingSaveLoadRoundTrip()
{
    ImportDialog dialog(*m_ws, synonymCsv(), nullptr);
    dialog.show();
    dialog.setPage(ImportDialog::MappingPage);
    const auto combo = [&](const QString &field) {
        return child<QComboBox>(&dialog, QStringLiteral("importMap_") + field);
    };
    const auto choose = [&](const QString &field, const QString &heading) {
        QComboBox *c = combo(field);
        c->setCurrentIndex(heading.isEmpty() ? 0 : c->findData(heading));
    };
    choose(assetField::nextReview, {});
    choose(assetField::notes, QStringLiteral("Colour"));
    choose(assetField::securityClassification, {});
    const auto mappingNow = [&] {
        QStringList out;
        for (const QString &f :
             {assetField::name, assetField::ownerPersonId, assetField::securityClassification,
              assetField::nextReview, assetField::notes})
            out << f + QLatin1Char('=') + combo(f)->currentData().toString();
        return out;
    };
    const QStringList saved = mappingNow();

    // Saved without an extension: ".json" is added.
    const QString base = m_dir.filePath(QStringLiteral("council-mapping"));
    m_dialogs->pushFileName(base);
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("importSaveMapping")),
                      Qt::LeftButton);
    QCOMPARE(m_dialogs->lastSeen().kind, QStringLiteral("save"));
    QVERIFY(QFile::exists(base + QStringLiteral(".json")));

    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("importAutoMatch")),
                      Qt::LeftButton);
    QCOMPARE(combo(assetField::nextReview)->currentData().toString(),
             QStringLiteral("Review date"));
    QVERIFY(mappingNow() != saved);

    m_dialogs->pushFileName(base + QStringLiteral(".json"));
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("importLoadMapping")),
                      Qt::LeftButton);
    QCOMPARE(m_dialogs->lastSeen().kind, QStringLiteral("open"));
    QCOMPARE(mappingNow(), saved);

    // A mapping made for another file: what it cannot use is named on the page.
    const QString other = write(QStringLiteral("other.json"),
                                R"({"format": "igw-asset-mapping", "version": 1, "columns":
                                    {"name": "Asset", "description": "Summary"}})");
    m_dialogs->pushFileName(other);
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("importLoadMapping")),
                      Qt::LeftButton);
    QCOMPARE(combo(assetField::name)->currentData().toString(), QStringLiteral("Asset"));
    QCOMPARE(combo(assetField::ownerPersonId)->currentIndex(), 0);
    QCOMPARE(combo(assetField::description)->currentIndex(), 0);
    const QString messages =
        child<ValidationLabel>(&dialog, QStringLiteral("importMappingMessages"))->plainText();
    QVERIFY2(messages.contains(QStringLiteral("\"Summary\"")), qPrintable(messages));

    // Not a mapping at all: refused with a message, the choices unchanged.
    m_dialogs->pushFileName(write(QStringLiteral("junk.json"), "{\"hello\": 1}"));
    m_dialogs->pushOk();
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("importLoadMapping")),
                      Qt::LeftButton);
    QCOMPARE(m_dialogs->lastSeen().kind, QStringLiteral("warning"));
    QCOMPARE(combo(assetField::name)->currentData().toString(), QStringLiteral("Asset"));
}

void TestImport::keyboardOnly()
{
    ImportDialog dialog(*m_ws, synonymCsv(), nullptr);
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    const auto focused = [] {
        return QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString();
    };
    QCOMPARE(focused(), QStringLiteral("importNext"));
    // Mnemonics click as a mouse would, released 100 ms later.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::AltModifier); // &Next
    QTRY_COMPARE(dialog.page(), ImportDialog::MappingPage);
    const QString name = QStringLiteral("importMap_") + assetField::name;
    QCOMPARE(focused(), name);

    // Tab walks the fields in the register's order, then the buttons and the preview.
    QStringList expected;
    bool after = false;
    for (const QString &field : {QStringLiteral("ref"), assetField::name, assetField::description,
                                 assetField::businessFunction, assetField::ownerPersonId}) {
        if (after)
            expected << QStringLiteral("importMap_") + field;
        after = after || field == assetField::name;
    }
    for (int i = 0; i < expected.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(focused(), expected.at(i));
    }
    // And from the last field on.
    child<QWidget>(&dialog, QStringLiteral("importMap_") + assetColumns().constLast().field)
        ->setFocus();
    for (const char *next : {"importAutoMatch", "importLoadMapping", "importSaveMapping",
                             "importPreview", "importBack", "importNext", "importClose"}) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(focused(), QString::fromLatin1(next));
    }
    // The Name label's mnemonic reaches its choice.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::AltModifier);
    QCOMPARE(focused(), name);

    // Alt+N again checks; Space on the tick box adds the people and checks again.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE(dialog.page(), ImportDialog::CheckPage);
    QCOMPARE(dialog.report().errors, 2);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::AltModifier);
    QTRY_VERIFY(child<QCheckBox>(&dialog, QStringLiteral("importCreatePeople"))->isChecked());
    QTRY_COMPARE(dialog.report().errors, 1); // the date is still wrong
    QCOMPARE(child<QAbstractButton>(&dialog, QStringLiteral("importStart"))->isEnabled(), false);
}

void TestImport::exportThenImport_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("written");
    QTest::newRow("xlsx by default") << "register"
                                     << "register.xlsx";
    QTest::newRow("csv") << "register.csv"
                         << "register.csv";
}

void TestImport::exportThenImport()
{
    QFETCH(QString, fileName);
    QFETCH(QString, written);
    const qint64 owner = personId(QStringLiteral("Sandra Mills"));
    for (const char *name : {"Payroll", "Council tax accounts", "CCTV footage"}) {
        QVERIFY(m_ws->records().create(
            kinds::asset(),
            {{assetField::name, QString::fromLatin1(name)},
             {assetField::ownerPersonId, owner},
             {assetField::securityClassification, QStringLiteral("OFFICIAL")},
             {assetField::nextReview, QStringLiteral("2027-03-31")}},
            nullptr));
    }
    // A name the format cannot be told from is refused, not guessed.
    m_dialogs->pushFileName(m_dir.filePath(QStringLiteral("register.txt")));
    m_dialogs->pushOk();
    QVERIFY(!exportAssetsInteractively(*m_ws, nullptr));
    QCOMPARE(m_dialogs->lastSeen().kind, QStringLiteral("warning"));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("register.txt"))));

    // The register's filter selects what is exported.
    const QString path = m_dir.filePath(written);
    QFile::remove(path);
    m_dialogs->pushFileName(m_dir.filePath(fileName));
    QVERIFY(exportAssetsInteractively(*m_ws, nullptr, QStringLiteral("a.name <> ?"),
                                      {QStringLiteral("CCTV footage")}));
    QVERIFY(QFile::exists(path));

    auto target =
        test::createWorkspace(m_dir.filePath(QStringLiteral("target-%1.igw").arg(++m_counter)));
    QVERIFY(target);
    ImportDialog dialog(*target, path, nullptr);
    dialog.show();
    auto *sheet = child<QComboBox>(&dialog, QStringLiteral("importSheet"));
    QCOMPARE(sheet->isHidden(), written.endsWith(QLatin1String(".csv")));
    if (!sheet->isHidden()) {
        QCOMPARE(sheet->count(), 1);
        grab(&dialog, QStringLiteral("7-source-xlsx"));
    }
    dialog.setPage(ImportDialog::MappingPage);
    QCOMPARE(child<QComboBox>(&dialog, QStringLiteral("importMap_ref"))->currentData().toString(),
             QStringLiteral("Reference"));
    dialog.setPage(ImportDialog::CheckPage);
    QCOMPARE(dialog.report().rows, 2);
    QCOMPARE(dialog.report().unknownPeople, QStringList{QStringLiteral("Sandra Mills")});
    child<QCheckBox>(&dialog, QStringLiteral("importCreatePeople"))->setChecked(true);
    QVERIFY2(
        dialog.report().ok(),
        qPrintable(dialog.report().fatal + (dialog.report().problems.isEmpty()
                                                ? QString()
                                                : dialog.report().problems.constFirst().message)));
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("importStart")), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const auto imported = target->records().list(kinds::asset());
    QCOMPARE(imported.size(), 2);
    QStringList names;
    for (const Record &a : imported) {
        names << a.value(assetField::name).toString();
        QCOMPARE(a.value(assetField::nextReview).toString(), QStringLiteral("2027-03-31"));
    }
    names.sort();
    QCOMPARE(names,
             (QStringList{QStringLiteral("Council tax accounts"), QStringLiteral("Payroll")}));
}

void TestImport::runAsksForFileAndReports()
{
    // Cancelling the file dialog does nothing.
    m_dialogs->pushFileName({});
    QVERIFY(!ImportDialog::run(*m_ws, nullptr));
    QCOMPARE(m_dialogs->lastSeen().title, QStringLiteral("Import Assets"));
    QVERIFY(m_dialogs->lastSeen().text.contains(QStringLiteral("*.xlsx *.csv *.tsv *.txt")));

    // The modal dialog is driven as a user would: straight to the check, then Import.
    const QString csv =
        write(QStringLiteral("good.csv"), "Asset name,Owner\nPayroll,Sandra Mills\n");
    m_dialogs->pushFileName(csv);
    m_dialogs->pushOk(); // "Imported 1 assets."
    bool driven = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ImportDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->setPage(ImportDialog::CheckPage);
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("importStart")),
                          Qt::LeftButton);
        driven = true;
    });
    QVERIFY(ImportDialog::run(*m_ws, nullptr));
    QVERIFY(driven);
    QCOMPARE(m_dialogs->lastSeen().kind, QStringLiteral("information"));
    QVERIFY(m_dialogs->lastSeen().text.startsWith(QStringLiteral("Imported 1")));
    QCOMPARE(assets(*m_ws), 1);
}

QTEST_MAIN(TestImport)
#include "tst_import.moc"
