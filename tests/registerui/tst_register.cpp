#include "../gui/guitestutil.h"
#include "register/assets.h"
#include "register/ui/asseteditor.h"
#include "register/ui/assetfilters.h"
#include "register/ui/assethistory.h"
#include "register/ui/assetmodel.h"
#include "register/ui/assettablecolumns.h"
#include "register/ui/bulkeditdialog.h"
#include "register/ui/columnchooser.h"
#include "register/ui/optionaldateedit.h"
#include "register/ui/registerpage.h"
#include "register/ui/reviewstrip.h"
#include "widgets/queueddialogs.h"
#include "widgets/validationlabel.h"
#include "workspace/directory.h"
#include "workspace/sql.h"
#include "workspace/transaction.h"
#include "workspace/ui/recordeditor.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUuid>

using namespace igw;
using igw::test::child;

namespace {

constexpr int AssetCount = 20000;
constexpr int PeopleCount = 40;

const char *const Words[] = {
    "Council tax accounts", "Housing benefit claims", "Payroll",           "Planning applications",
    "CCTV footage",         "Complaints log",         "School admissions", "Safeguarding referrals",
    "Licensing register",   "Electoral register"};
const char *const Functions[] = {"Revenues & Benefits",
                                 "Adult Social Care",
                                 "children's services",
                                 "Housing",
                                 "Planning",
                                 "Waste",
                                 "HR",
                                 "Legal"};
const char *const Systems[] = {"Civica", "Mosaic", "SharePoint", "Paper store", "Liquidlogic"};
const char *const Classes[] = {"OFFICIAL", "OFFICIAL-SENSITIVE", "SECRET"};
const char *const Criticality[] = {"low", "medium", "high", "critical"};
const char *const Bases[] = {"public_task", "legal_obligation", "contract", "consent"};

template <typename T, std::size_t N>
QVariant pick(QRandomGenerator &rng, const T (&list)[N], int nullPercent)
{
    if (int(rng.bounded(100)) < nullPercent)
        return QVariant();
    return QString::fromUtf8(list[rng.bounded(int(N))]);
}

// Assets straight into the table (with their search index rows): far quicker than the
// audited store for tens of thousands, and the register reads them the same way.
bool insertAssets(Workspace &ws, int count, const QList<qint64> &people, QString *error)
{
    QRandomGenerator rng(20240611);
    const QDate today = QDate::currentDate();
    WriteTransaction tx(ws);
    if (!tx.isActive()) {
        *error = tx.errorString();
        return false;
    }
    QSqlQuery insert(ws.database());
    QSqlQuery fts(ws.database());
    if (!insert.prepare(QStringLiteral(
            "INSERT INTO assets (id, uuid, ref, created_at, created_by, updated_at, updated_by,"
            " name, description, business_function, owner_person_id, administrator_person_id,"
            " system_location, contains_personal_data, special_category, criminal_offence,"
            " security_classification, criticality, lawful_basis, status, last_review,"
            " next_review) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) ||
        !fts.prepare(QStringLiteral("INSERT INTO assets_fts (rowid, ref, name, description,"
                                    " business_function, system_location) VALUES (?,?,?,?,?,?)"))) {
        *error = QStringLiteral("prepare failed");
        return false;
    }
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (int i = 1; i <= count; ++i) {
        const QString ref = QStringLiteral("IA-%1").arg(i, 4, 10, QLatin1Char('0'));
        const QString name = QStringLiteral("%1 %2")
                                 .arg(QString::fromUtf8(Words[rng.bounded(10)]))
                                 .arg(rng.bounded(5000));
        const QString description = QStringLiteral("Records kept by team %1").arg(i % 97);
        const QVariant function = pick(rng, Functions, 10);
        const QVariant system = pick(rng, Systems, 15);
        const QVariant owner =
            rng.bounded(100) < 8 ? QVariant() : QVariant(people.at(rng.bounded(people.size())));
        const QVariant admin =
            rng.bounded(100) < 40 ? QVariant() : QVariant(people.at(rng.bounded(people.size())));
        const int personal = rng.bounded(100) < 90 ? 1 : 0;
        const int special = personal && rng.bounded(100) < 20 ? 1 : 0;
        const int criminal = personal && rng.bounded(100) < 7 ? 1 : 0;
        const QString status =
            rng.bounded(100) < 85
                ? QStringLiteral("live")
                : (rng.bounded(2) ? QStringLiteral("archived") : QStringLiteral("disposed"));
        const QVariant next =
            rng.bounded(100) < 12
                ? QVariant()
                : QVariant(today.addDays(int(rng.bounded(800)) - 200).toString(Qt::ISODate));
        const QVariant last = next.isNull() || rng.bounded(3) == 0
                                  ? QVariant()
                                  : QVariant(QDate::fromString(next.toString(), Qt::ISODate)
                                                 .addYears(-1)
                                                 .toString(Qt::ISODate));
        const QVariantList binds{i,
                                 QUuid::createUuid().toString(QUuid::WithoutBraces),
                                 ref,
                                 now,
                                 QStringLiteral("tester"),
                                 now,
                                 QStringLiteral("tester"),
                                 name,
                                 description,
                                 function,
                                 owner,
                                 admin,
                                 system,
                                 personal,
                                 special,
                                 criminal,
                                 pick(rng, Classes, 10),
                                 pick(rng, Criticality, 20),
                                 pick(rng, Bases, 15),
                                 status,
                                 last,
                                 next};
        for (int b = 0; b < binds.size(); ++b)
            insert.bindValue(b, binds.at(b));
        const QVariantList ftsBinds{i, ref, name, description, function, system};
        for (int b = 0; b < ftsBinds.size(); ++b)
            fts.bindValue(b, ftsBinds.at(b));
        if (!insert.exec() || !fts.exec()) {
            *error = QStringLiteral("insert %1 failed").arg(i);
            return false;
        }
    }
    insert.finish();
    fts.finish();
    if (!sql::exec(
            ws.database(),
            QStringLiteral("INSERT INTO ref_counters (prefix, next_value) VALUES ('IA', ?)"
                           " ON CONFLICT (prefix) DO UPDATE SET next_value = excluded.next_value"),
            {count + 1}, error))
        return false;
    return tx.commit();
}

// The order a column sorts in, written the plain way (NULLs first, then the key, then
// id) as one query: what the keyset pages must reproduce.
QString referenceOrder(AssetTableColumn column, Qt::SortOrder order)
{
    const AssetSortDef &def = assetTable::info(column).sort;
    const QString dir =
        order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QStringList terms;
    if (!def.nullColumn.isEmpty())
        terms << QStringLiteral("(%1 IS NOT NULL)").arg(def.nullColumn) + dir;
    for (const QString &g : def.group)
        terms << g + dir;
    terms << QStringLiteral("a.id") + dir;
    return QStringLiteral("SELECT a.id FROM assets a LEFT JOIN people o ON o.id = a.owner_person_id"
                          " LEFT JOIN people ad ON ad.id = a.administrator_person_id %1"
                          " ORDER BY ") +
           terms.join(QStringLiteral(", "));
}

} // namespace

class TestRegister : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void modelPassesModelTester();
    void firstPageMatchesSql();
    void scrollingToTheEndAndJumping();
    void sortByOwner();
    void sortByNameDescending();
    void everySortMatchesPlainSql_data();
    void everySortMatchesPlainSql();
    void headerClickSortsInSql();
    void searchFiltersRows();
    void shortSearchUsesLike();
    void presetsMatchSql_data();
    void presetsMatchSql();
    void reviewStripShowsOverdue();
    void columnFilterFromCell();
    void savedFilterRoundTrip();
    void editViaFormThenUndoRedo();
    void formErrorsBlockApply();
    void retentionFieldsAreEditedWithTheAsset();
    void addAssetSelectsIt();
    void bulkEditIsOneUndoStep();
    void deleteKeyAsksAndUndoRestores();
    void keepsCurrentRowWhenDataChanges();
    void columnChooserHidesColumn();
    void historyShowsUpdate();
    void linkedFlowsAreListed();
    void exportWritesTheFilteredRows();
    void keyboardReachesEverything();
    void timings();

private:
    void makePage();
    QList<qint64> ids(const QString &statement, const QVariantList &binds = {}) const;
    qint64 count(const QString &statement, const QVariantList &binds = {}) const;
    QList<qint64> modelIds(const AssetModel &model, int first, int n) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    QList<qint64> m_people;
    qint64 m_me = 0;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<RecordEditor> m_editor;
    std::unique_ptr<RegisterPage> m_page;
    QueuedDialogs *m_dialogs = nullptr;
};

void TestRegister::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("IGWorkbenchTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_register"));
    QSettings().clear();
    m_ws = test::createWorkspace(m_dir.filePath(QStringLiteral("register.igw")));
    QVERIFY(m_ws);
    QString error;
    QStringList first{QStringLiteral("Jane"), QStringLiteral("Amir"), QStringLiteral("priya"),
                      QStringLiteral("Tom"), QStringLiteral("Sarah")};
    QStringList last{QStringLiteral("Smith"), QStringLiteral("Khan"),    QStringLiteral("Patel"),
                     QStringLiteral("Evans"), QStringLiteral("Adeyemi"), QStringLiteral("Hughes"),
                     QStringLiteral("Brown"), QStringLiteral("Jones")};
    for (int i = 0; i < PeopleCount; ++i) {
        const QString name =
            first.at(i % first.size()) + QLatin1Char(' ') + last.at(i % last.size());
        const auto person = m_ws->records().create(
            kinds::person(),
            {{personField::name, name},
             {personField::email, QStringLiteral("person%1@council.gov.uk").arg(i)}},
            &error);
        QVERIFY2(person, qPrintable(error));
        m_people << person->id;
    }
    // The workspace user ("tester") is one of the people, found by the email's local part.
    const auto me =
        m_ws->records().create(kinds::person(),
                               {{personField::name, QStringLiteral("Tess Ter")},
                                {personField::email, QStringLiteral("Tester@council.gov.uk")}},
                               &error);
    QVERIFY(me);
    m_me = me->id;
    m_people << m_me;
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(insertAssets(*m_ws, AssetCount, m_people, &error), qPrintable(error));
    qInfo("inserted %d assets in %lld ms", AssetCount, timer.elapsed());
}

void TestRegister::init()
{
    m_dialogs = QueuedDialogs::install();
    m_stack = std::make_unique<QUndoStack>();
    m_editor = std::make_unique<RecordEditor>(*m_ws, *m_stack);
}

void TestRegister::cleanup()
{
    QCOMPARE(m_dialogs->pending(), 0);
    m_page.reset();
    m_stack->clear();
    m_editor.reset();
    m_stack.reset();
    Dialogs::setBackend(nullptr);
}

void TestRegister::makePage()
{
    m_page = std::make_unique<RegisterPage>(*m_editor);
    m_page->resize(1400, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
}

QList<qint64> TestRegister::ids(const QString &statement, const QVariantList &binds) const
{
    QList<qint64> out;
    const QList<QVariantList> rows = sql::rows(m_ws->database(), statement, binds);
    for (const QVariantList &row : rows)
        out << row.value(0).toLongLong();
    return out;
}

qint64 TestRegister::count(const QString &statement, const QVariantList &binds) const
{
    return sql::scalar(m_ws->database(), statement, binds).toLongLong();
}

QList<qint64> TestRegister::modelIds(const AssetModel &model, int first, int n) const
{
    QList<qint64> out;
    for (int row = first; row < first + n && row < model.rowCount(); ++row)
        out << model.index(row, 0).data(AssetModel::RecordIdRole).toLongLong();
    return out;
}

void TestRegister::modelPassesModelTester()
{
    AssetModel model(*m_ws);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), AssetCount);
    QCOMPARE(model.columnCount(), assetTable::count());
    model.sort(int(AssetTableColumn::Owner), Qt::DescendingOrder);
    model.sort(int(AssetTableColumn::NextReview), Qt::AscendingOrder);
    AssetFilter filter;
    filter.search = QStringLiteral("payroll");
    model.setFilter(filter);
    QVERIFY(model.rowCount() > 0);
    QVERIFY(model.rowCount() < AssetCount);
    filter.preset = AssetPreset::NoOwner;
    model.setFilter(filter);
    model.refresh();
    // Every role of a few cells, including past the last page.
    for (int row : {0, model.rowCount() - 1}) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            QVERIFY(index.data(AssetModel::RecordIdRole).toLongLong() > 0);
            index.data(Qt::DecorationRole);
            index.data(Qt::ToolTipRole);
            index.data(AssetModel::StoredValueRole);
        }
    }
}

void TestRegister::firstPageMatchesSql()
{
    AssetModel model(*m_ws);
    QCOMPARE(model.rowCount(), AssetCount);
    const QList<qint64> expected =
        ids(QStringLiteral("SELECT id FROM assets ORDER BY name COLLATE NOCASE, id LIMIT 300"));
    QCOMPARE(modelIds(model, 0, 300), expected);
    // The displayed text is the stored name; owner shows the person's name.
    const QModelIndex first = model.index(0, int(AssetTableColumn::Name));
    QCOMPARE(first.data().toString(),
             sql::scalar(m_ws->database(), QStringLiteral("SELECT name FROM assets WHERE id = ?"),
                         {expected.constFirst()})
                 .toString());
    QCOMPARE(model.index(0, int(AssetTableColumn::Ref)).data().toString(),
             sql::scalar(m_ws->database(), QStringLiteral("SELECT ref FROM assets WHERE id = ?"),
                         {expected.constFirst()})
                 .toString());
}

void TestRegister::scrollingToTheEndAndJumping()
{
    AssetModel model(*m_ws);
    const QList<qint64> all =
        ids(QStringLiteral("SELECT id FROM assets ORDER BY name COLLATE NOCASE, id"));
    QCOMPARE(all.size(), AssetCount);
    // A jump to the end (the scrollbar dragged down) reads only the last page.
    QCOMPARE(model.idAt(AssetCount - 1), all.constLast());
    for (int row : {12345, 256, 255, 7000, AssetCount / 2, AssetCount / 2 + 1, 19999, 0, 511, 512})
        QCOMPARE(model.idAt(row), all.at(row));
    // Scrolling on from there, across page boundaries.
    QCOMPARE(modelIds(model, 12200, 600), all.mid(12200, 600));
}

void TestRegister::sortByOwner()
{
    AssetModel model(*m_ws);
    model.sort(int(AssetTableColumn::Owner), Qt::AscendingOrder);
    // Assets without an owner first, then by the owner's name.
    const QString plain = QStringLiteral(
        "SELECT a.id FROM assets a LEFT JOIN people o ON o.id = a.owner_person_id"
        " ORDER BY a.owner_person_id IS NOT NULL, o.name COLLATE NOCASE, o.id, a.id");
    const QList<qint64> expected = ids(plain);
    QCOMPARE(modelIds(model, 0, 400), expected.mid(0, 400));
    const int nulls =
        int(count(QStringLiteral("SELECT count(*) FROM assets WHERE owner_person_id IS NULL")));
    QCOMPARE(modelIds(model, nulls - 10, 300), expected.mid(nulls - 10, 300));
    QCOMPARE(model.idAt(AssetCount - 1), expected.constLast());
    QVERIFY(model.index(nulls, int(AssetTableColumn::Owner)).data().toString().size() > 0);
    QVERIFY(model.index(0, int(AssetTableColumn::Owner)).data().toString().isEmpty());

    model.sort(int(AssetTableColumn::Owner), Qt::DescendingOrder);
    QList<qint64> reversed = expected;
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(modelIds(model, 0, 300), reversed.mid(0, 300));
    QCOMPARE(model.idAt(AssetCount - 1), reversed.constLast());
    QCOMPARE(modelIds(model, AssetCount - nulls - 5, 20), reversed.mid(AssetCount - nulls - 5, 20));
}

void TestRegister::sortByNameDescending()
{
    AssetModel model(*m_ws);
    model.sort(int(AssetTableColumn::Name), Qt::DescendingOrder);
    const QList<qint64> expected =
        ids(QStringLiteral("SELECT id FROM assets ORDER BY name COLLATE NOCASE DESC, id DESC"));
    QCOMPARE(modelIds(model, 0, 300), expected.mid(0, 300));
    QCOMPARE(model.idAt(15000), expected.at(15000));
    QCOMPARE(modelIds(model, 15000, 300), expected.mid(15000, 300));
}

void TestRegister::everySortMatchesPlainSql_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    for (const AssetTableColumnInfo &c : assetTable::all()) {
        QTest::addRow("%s asc", qPrintable(c.key)) << int(c.column) << int(Qt::AscendingOrder);
        QTest::addRow("%s desc", qPrintable(c.key)) << int(c.column) << int(Qt::DescendingOrder);
    }
}

void TestRegister::everySortMatchesPlainSql()
{
    QFETCH(int, column);
    QFETCH(int, order);
    AssetModel model(*m_ws);
    AssetFilter filter;
    filter.preset = AssetPreset::SpecialCategory; // a filter on top, as users do
    model.setFilter(filter);
    model.sort(column, Qt::SortOrder(order));
    const QList<qint64> expected =
        ids(referenceOrder(AssetTableColumn(column), Qt::SortOrder(order))
                .arg(QStringLiteral("WHERE a.special_category = 1")));
    QCOMPARE(model.rowCount(), expected.size());
    const int n = int(expected.size());
    // Jumps first (cold seeks), then a walk over a page boundary, then the whole order.
    for (int row : {n - 1, n / 2, 300, 0, n - 257, 1000})
        QCOMPARE(model.idAt(row), expected.at(row));
    QCOMPARE(modelIds(model, 0, n), expected);
    // rowOfId finds rows wherever they are, also with nothing read yet (by counting in SQL).
    for (int row : {0, 1, n / 3, n - 1})
        QCOMPARE(model.rowOfId(expected.at(row)), row);
    AssetModel cold(*m_ws);
    cold.setFilter(filter);
    cold.sort(column, Qt::SortOrder(order));
    for (int row : {n - 1, 0, 1, 255, 256, n / 3, n / 2, n - 2})
        QCOMPARE(cold.rowOfId(expected.at(row)), row);
    QCOMPARE(
        cold.rowOfId(ids(QStringLiteral("SELECT id FROM assets WHERE special_category = 0 LIMIT 1"))
                         .constFirst()),
        -1);
}

void TestRegister::headerClickSortsInSql()
{
    makePage();
    QTableView *view = child<QTableView>(m_page.get(), QStringLiteral("assetTable"));
    QVERIFY(view);
    QHeaderView *header = view->horizontalHeader();
    const int column = int(AssetTableColumn::BusinessFunction);
    const int x = header->sectionViewportPosition(column) + header->sectionSize(column) / 2;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QCOMPARE(m_page->model()->sortColumn(), column);
    const Qt::SortOrder order = m_page->model()->sortOrder();
    const QList<qint64> expected =
        ids(referenceOrder(AssetTableColumn(column), order).arg(QString()));
    QCOMPARE(modelIds(*m_page->model(), 0, 300), expected.mid(0, 300));
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QVERIFY(m_page->model()->sortOrder() != order);
}

void TestRegister::exportWritesTheFilteredRows()
{
    makePage();
    auto *search = child<QLineEdit>(m_page.get(), QStringLiteral("assetSearch"));
    QTest::keyClicks(search, QStringLiteral("CCTV"));
    QTRY_VERIFY(m_page->model()->rowCount() > 0 && m_page->model()->rowCount() < AssetCount);
    const int shown = m_page->model()->rowCount();
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("cctv.csv"));
    m_dialogs->pushFileName(file);
    auto *exportButton = child<QPushButton>(m_page.get(), QStringLiteral("assetExport"));
    QVERIFY(exportButton);
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QTRY_VERIFY(QFile::exists(file));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
    QCOMPARE(lines.size() - 1, shown); // the header, then exactly the rows the filter shows
    for (int i = 1; i < lines.size(); ++i)
        QVERIFY(lines.at(i).contains("CCTV"));
    // Import is offered next to it, and the file dialog's Cancel changes nothing.
    const qint64 before = m_ws->records().count(kinds::asset());
    m_dialogs->pushFileName(QString());
    QTest::mouseClick(child<QPushButton>(m_page.get(), QStringLiteral("assetImport")),
                      Qt::LeftButton);
    QCOMPARE(m_ws->records().count(kinds::asset()), before);
}

void TestRegister::searchFiltersRows()
{
    makePage();
    auto *search = child<QLineEdit>(m_page.get(), QStringLiteral("assetSearch"));
    QVERIFY(search);
    QTest::keyClicks(search, QStringLiteral("CCTV"));
    const qint64 expected = count(
        QStringLiteral("SELECT count(*) FROM assets WHERE name LIKE '%cctv%' OR ref LIKE '%cctv%'"
                       " OR description LIKE '%cctv%' OR business_function LIKE '%cctv%'"
                       " OR system_location LIKE '%cctv%'"));
    QVERIFY(expected > 0);
    // Debounced: the table follows shortly after typing stops.
    QTRY_COMPARE(m_page->model()->rowCount(), int(expected));
    for (int row = 0; row < 20; ++row)
        QVERIFY(m_page->model()
                    ->index(row, int(AssetTableColumn::Name))
                    .data()
                    .toString()
                    .contains(QStringLiteral("CCTV")));
    // Two words: both must match.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("payroll 12"));
    const qint64 both = count(QStringLiteral(
        "SELECT count(*) FROM assets WHERE (name LIKE '%payroll%' OR ref LIKE '%payroll%'"
        " OR description LIKE '%payroll%' OR business_function LIKE '%payroll%'"
        " OR system_location LIKE '%payroll%') AND (name LIKE '%12%' OR ref LIKE '%12%'"
        " OR description LIKE '%12%' OR business_function LIKE '%12%'"
        " OR system_location LIKE '%12%')"));
    QTRY_COMPARE(m_page->model()->rowCount(), int(both));
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("assetCount"))
                ->text()
                .startsWith(QStringLiteral("Showing")));
    search->clear();
    QTRY_COMPARE(m_page->model()->rowCount(), AssetCount);
}

void TestRegister::shortSearchUsesLike()
{
    AssetModel model(*m_ws);
    AssetFilter filter;
    filter.search = QStringLiteral("7%");
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 0); // "%" is matched literally
    filter.search = QStringLiteral("IA-0012");
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.idAt(0), qint64(12));
    filter.search = QStringLiteral("hr");
    model.setFilter(filter);
    QCOMPARE(
        qint64(model.rowCount()),
        count(QStringLiteral("SELECT count(*) FROM assets WHERE name LIKE '%hr%' OR ref LIKE '%hr%'"
                             " OR description LIKE '%hr%' OR business_function LIKE '%hr%'"
                             " OR system_location LIKE '%hr%'")));
}

void TestRegister::presetsMatchSql_data()
{
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const QString soon = QDate::currentDate().addDays(30).toString(Qt::ISODate);
    QTest::addColumn<int>("preset");
    QTest::addColumn<QString>("where");
    QTest::addRow("all") << int(AssetPreset::All) << QStringLiteral("1");
    QTest::addRow("mine") << int(AssetPreset::Mine)
                          << QStringLiteral("owner_person_id = %1").arg(m_me);
    QTest::addRow("overdue")
        << int(AssetPreset::ReviewOverdue)
        << QStringLiteral("next_review < '%1' AND status <> 'disposed'").arg(today);
    QTest::addRow("due soon") << int(AssetPreset::ReviewDueSoon)
                              << QStringLiteral(
                                     "next_review BETWEEN '%1' AND '%2' AND status <> 'disposed'")
                                     .arg(today, soon);
    QTest::addRow("special") << int(AssetPreset::SpecialCategory)
                             << QStringLiteral("special_category = 1");
    QTest::addRow("criminal") << int(AssetPreset::CriminalOffence)
                              << QStringLiteral("criminal_offence = 1");
    QTest::addRow("no owner") << int(AssetPreset::NoOwner)
                              << QStringLiteral("owner_person_id IS NULL");
    QTest::addRow("archived") << int(AssetPreset::ArchivedDisposed)
                              << QStringLiteral("status IN ('archived', 'disposed')");
}

void TestRegister::presetsMatchSql()
{
    QFETCH(int, preset);
    QFETCH(QString, where);
    makePage();
    auto *combo = child<QComboBox>(m_page.get(), QStringLiteral("assetFilter"));
    QVERIFY(combo);
    const int index = combo->findText(assetFilters::presetLabel(AssetPreset(preset)));
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
    emit combo->activated(index);
    const qint64 expected = count(QStringLiteral("SELECT count(*) FROM assets WHERE ") + where);
    QVERIFY(expected > 0);
    QCOMPARE(qint64(m_page->model()->rowCount()), expected);
    const QList<qint64> first = ids(QStringLiteral("SELECT id FROM assets WHERE ") + where +
                                    QStringLiteral(" ORDER BY name COLLATE NOCASE, id LIMIT 50"));
    QCOMPARE(modelIds(*m_page->model(), 0, 50), first);
}

void TestRegister::reviewStripShowsOverdue()
{
    makePage();
    const qint64 overdue = count(QStringLiteral("SELECT count(*) FROM assets WHERE next_review < ?"
                                                " AND status <> 'disposed'"),
                                 {QDate::currentDate().toString(Qt::ISODate)});
    QVERIFY(overdue > 1);
    auto *strip = child<ReviewStrip>(m_page.get(), QStringLiteral("reviewStrip"));
    QVERIFY(strip && strip->isVisible());
    QCOMPARE(
        strip->text(),
        QStringLiteral("%1 assets are past their review date.").arg(QLocale().toString(overdue)));
    QTest::mouseClick(child<QPushButton>(m_page.get(), QStringLiteral("showOverdue")),
                      Qt::LeftButton);
    QCOMPARE(qint64(m_page->model()->rowCount()), overdue);
    QCOMPARE(child<QComboBox>(m_page.get(), QStringLiteral("assetFilter"))->currentText(),
             QStringLiteral("Review overdue"));
    // Rows say so in words, and carry the state for other views.
    const QModelIndex next = m_page->model()->index(0, int(AssetTableColumn::NextReview));
    QVERIFY(next.data().toString().endsWith(QStringLiteral("Overdue")));
    QCOMPARE(next.data(AssetModel::ReviewStateRole).toInt(), int(ReviewState::Overdue));
    QVERIFY(!next.data(Qt::DecorationRole).isNull());
}

void TestRegister::columnFilterFromCell()
{
    makePage();
    AssetModel *model = m_page->model();
    const QModelIndex cell = model->index(3, int(AssetTableColumn::Owner));
    const qint64 owner = cell.data(AssetModel::StoredValueRole).toLongLong();
    QVERIFY(owner > 0 || cell.data(AssetModel::StoredValueRole).isNull());
    AssetFilter filter = model->filter();
    filter.columns << AssetColumnFilter{
        AssetTableColumn::Owner, cell.data(AssetModel::StoredValueRole), cell.data().toString()};
    model->setFilter(filter);
    QCOMPARE(
        qint64(model->rowCount()),
        owner > 0
            ? count(QStringLiteral("SELECT count(*) FROM assets WHERE owner_person_id = ?"),
                    {owner})
            : count(QStringLiteral("SELECT count(*) FROM assets WHERE owner_person_id IS NULL")));
}

void TestRegister::savedFilterRoundTrip()
{
    makePage();
    auto *combo = child<QComboBox>(m_page.get(), QStringLiteral("assetFilter"));
    auto *search = child<QLineEdit>(m_page.get(), QStringLiteral("assetSearch"));
    m_page->showPreset(AssetPreset::SpecialCategory);
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("housing"));
    QTest::keyClick(search, Qt::Key_Return);
    m_page->model()->sort(int(AssetTableColumn::NextReview), Qt::DescendingOrder);
    const int rows = m_page->model()->rowCount();
    QVERIFY(rows > 0 && rows < AssetCount);

    m_dialogs->pushText(QStringLiteral("Special housing"));
    QTest::mouseClick(child<QPushButton>(m_page.get(), QStringLiteral("saveFilter")),
                      Qt::LeftButton);
    QCOMPARE(combo->currentText(), QStringLiteral("Special housing"));
    const QString stored =
        sql::scalar(m_ws->database(), QStringLiteral("SELECT value FROM meta WHERE key = ?"),
                    {assetFilters::MetaKey})
            .toString();
    QVERIFY(stored.contains(QStringLiteral("\"specialCategory\"")));
    QVERIFY(stored.contains(QStringLiteral("\"housing\"")));

    // Back to everything, then the saved filter brings search, filter and sort back.
    m_page->showPreset(AssetPreset::All);
    search->setFocus();
    search->clear();
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(m_page->model()->rowCount(), AssetCount);
    const int index = combo->findText(QStringLiteral("Special housing"));
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
    emit combo->activated(index);
    QCOMPARE(m_page->model()->rowCount(), rows);
    QCOMPARE(search->text(), QStringLiteral("housing"));
    QCOMPARE(m_page->model()->sortColumn(), int(AssetTableColumn::NextReview));
    QCOMPARE(m_page->model()->sortOrder(), Qt::DescendingOrder);

    // A fresh page (another session) offers it too; removing asks first.
    m_page.reset();
    makePage();
    combo = child<QComboBox>(m_page.get(), QStringLiteral("assetFilter"));
    const int again = combo->findText(QStringLiteral("Special housing"));
    QVERIFY(again >= 0);
    combo->setCurrentIndex(again);
    emit combo->activated(again);
    auto *remove = child<QPushButton>(m_page.get(), QStringLiteral("deleteFilter"));
    QVERIFY(remove->isEnabled());
    m_dialogs->pushButton(QMessageBox::Yes);
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(combo->findText(QStringLiteral("Special housing")), -1);
    QVERIFY(assetFilters::loadSaved(*m_ws).isEmpty());
}

void TestRegister::editViaFormThenUndoRedo()
{
    makePage();
    m_page->selectAsset(42);
    QCOMPARE(m_page->editor()->currentId(), qint64(42));
    const QString before =
        m_ws->records().get(kinds::asset(), 42)->value(assetField::name).toString();
    auto *name = child<QLineEdit>(m_page.get(), QStringLiteral("assetName"));
    auto *apply = child<QPushButton>(m_page.get(), QStringLiteral("assetApply"));
    QVERIFY(!apply->isEnabled());
    name->clear();
    QTest::keyClicks(name, QStringLiteral("Renamed register asset"));
    auto *criticality = child<QComboBox>(m_page.get(), QStringLiteral("assetCriticality"));
    criticality->setCurrentIndex(criticality->findData(QStringLiteral("critical")));
    QVERIFY(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    const auto after = m_ws->records().get(kinds::asset(), 42);
    QCOMPARE(after->value(assetField::name).toString(), QStringLiteral("Renamed register asset"));
    QCOMPARE(after->value(assetField::criticality).toString(), QStringLiteral("critical"));
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_stack->undoText(), QStringLiteral("Edit IA-0042 %1").arg(before));
    // The table follows (after the event loop turns) and keeps the asset current.
    QTRY_COMPARE(m_page->model()
                     ->index(m_page->model()->rowOfId(42), int(AssetTableColumn::Name))
                     .data()
                     .toString(),
                 QStringLiteral("Renamed register asset"));
    QCOMPARE(m_page->view()->currentIndex().data(AssetModel::RecordIdRole).toLongLong(),
             qint64(42));

    m_stack->undo();
    QCOMPARE(m_ws->records().get(kinds::asset(), 42)->value(assetField::name).toString(), before);
    QCOMPARE(name->text(), before);
    m_stack->redo();
    QCOMPARE(name->text(), QStringLiteral("Renamed register asset"));
    QCOMPARE(m_ws->records().get(kinds::asset(), 42)->value(assetField::criticality).toString(),
             QStringLiteral("critical"));
    m_stack->undo();
}

void TestRegister::formErrorsBlockApply()
{
    makePage();
    m_page->selectAsset(7);
    auto *name = child<QLineEdit>(m_page.get(), QStringLiteral("assetName"));
    auto *apply = child<QPushButton>(m_page.get(), QStringLiteral("assetApply"));
    auto *issues = child<ValidationLabel>(m_page.get(), QStringLiteral("assetIssues"));
    name->clear();
    QVERIFY(issues->hasErrors());
    QVERIFY(issues->plainText().contains(QStringLiteral("name")));
    QVERIFY(!apply->isEnabled());
    QVERIFY(!m_page->editor()->apply());
    QCOMPARE(m_stack->count(), 0);
    // Warnings show but do not block: a live asset with no owner.
    QTest::keyClicks(name, QStringLiteral("Fixed name"));
    auto *owner = child<QComboBox>(m_page.get(), QStringLiteral("assetOwner"));
    owner->setCurrentIndex(0); // "(no owner)"
    auto *status = child<QComboBox>(m_page.get(), QStringLiteral("assetStatus"));
    status->setCurrentIndex(status->findData(QStringLiteral("live")));
    QVERIFY(!issues->hasErrors());
    QVERIFY(issues->plainText().contains(QStringLiteral("Owner")));
    QVERIFY(apply->isEnabled());
    QVERIFY(m_page->editor()->apply());
    QCOMPARE(m_stack->count(), 1);
    m_stack->undo();
}

void TestRegister::retentionFieldsAreEditedWithTheAsset()
{
    // A class of the schedule, as the retention module stores it (schema v7).
    QString error;
    const qint64 classId = sql::insert(
        m_ws->database(),
        QStringLiteral("INSERT INTO retention_classes (uuid, ref, created_at, created_by,"
                       " updated_at, updated_by, function, activity, description, period_kind,"
                       " period_years, disposal_action, authority_kind) VALUES ('u-rc1', 'RC-0901',"
                       " '2026-01-01', 't', '2026-01-01', 't', 'Finance', 'Payments', 'Invoices',"
                       " 'fixed', 6, 'destroy', 'business_need')"),
        {}, &error);
    QVERIFY2(classId > 0, qPrintable(error));
    makePage();
    m_page->selectAsset(7);
    auto *combo = child<QComboBox>(m_page.get(), QStringLiteral("assetRetentionClassId"));
    QVERIFY(combo);
    QVERIFY(combo->findData(classId) > 0);
    QVERIFY(!combo->accessibleName().isEmpty());
    combo->setCurrentIndex(combo->findData(classId));
    auto *rule = child<QComboBox>(m_page.get(), QStringLiteral("assetTriggerRule"));
    rule->setCurrentIndex(rule->findData(QStringLiteral("closed")));
    auto *closed = child<OptionalDateEdit>(m_page.get(), QStringLiteral("assetClosedOn"));
    closed->checkBox()->setChecked(true);
    closed->dateEdit()->setDate(QDate(2020, 3, 31));
    QVERIFY(m_page->editor()->apply());
    const Record asset = *m_ws->records().get(kinds::asset(), 7);
    QCOMPARE(asset.value(assetField::retentionClassId).toLongLong(), classId);
    QCOMPARE(asset.value(assetField::triggerRule).toString(), QStringLiteral("closed"));
    QCOMPARE(asset.value(assetField::closedOn).toString(), QStringLiteral("2020-03-31"));
    // A legal hold is shown in words, not as a colour.
    QVERIFY(m_ws->records().update(
        kinds::asset(), 7,
        {{assetField::legalHold, 1}, {assetField::legalHoldReason, QStringLiteral("Tribunal")}},
        &error));
    m_page->selectAsset(8);
    m_page->selectAsset(7);
    auto *hold = child<QLabel>(m_page.get(), QStringLiteral("assetLegalHold"));
    QVERIFY(hold->text().contains(QStringLiteral("Tribunal")));
    m_stack->clear();
}

void TestRegister::addAssetSelectsIt()
{
    makePage();
    QTest::mouseClick(child<QPushButton>(m_page.get(), QStringLiteral("assetAdd")), Qt::LeftButton);
    QVERIFY(m_page->editor()->isNew());
    // The workspace user is offered as the owner.
    QCOMPARE(
        child<QComboBox>(m_page.get(), QStringLiteral("assetOwner"))->currentData().toLongLong(),
        m_me);
    QTest::keyClicks(child<QLineEdit>(m_page.get(), QStringLiteral("assetName")),
                     QStringLiteral("AAA first by name"));
    QTest::keyClick(child<QLineEdit>(m_page.get(), QStringLiteral("assetName")), Qt::Key_Return);
    QVERIFY(!m_page->editor()->isNew());
    const qint64 id = m_page->editor()->currentId();
    QVERIFY(id > AssetCount);
    QCOMPARE(m_ws->records().get(kinds::asset(), id)->ref,
             QStringLiteral("IA-%1").arg(AssetCount + 1));
    QTRY_COMPARE(m_page->model()->rowCount(), AssetCount + 1);
    QCOMPARE(m_page->view()->currentIndex().row(), 0);
    QCOMPARE(m_page->model()->idAt(0), id);
    m_stack->undo();
    QTRY_COMPARE(m_page->model()->rowCount(), AssetCount);
    QCOMPARE(m_page->editor()->currentId(), qint64(0));
}

void TestRegister::bulkEditIsOneUndoStep()
{
    makePage();
    AssetModel *model = m_page->model();
    QTableView *view = m_page->view();
    const QList<qint64> chosen = modelIds(*model, 10, 3);
    QMap<qint64, QVariant> before;
    for (qint64 id : chosen)
        before.insert(id,
                      m_ws->records().get(kinds::asset(), id)->value(assetField::ownerPersonId));
    view->selectionModel()->select(QItemSelection(model->index(10, 0), model->index(12, 0)),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(m_page->selectedIds(), chosen);
    auto *bulk = child<QPushButton>(m_page.get(), QStringLiteral("assetBulkEdit"));
    QVERIFY(bulk->isEnabled());
    QTest::mouseClick(bulk, Qt::LeftButton);
    auto *dialog = child<BulkEditDialog>(m_page.get(), QStringLiteral("bulkEditDialog"));
    QVERIFY(dialog && dialog->isVisible());
    auto *ok = child<QPushButton>(dialog, QStringLiteral("bulkApply"));
    QVERIFY(!ok->isEnabled());
    child<QCheckBox>(dialog, QStringLiteral("bulkOwnerSet"))->setChecked(true);
    auto *owner = child<QComboBox>(dialog, QStringLiteral("bulkOwner"));
    QVERIFY(owner->isEnabled());
    owner->setCurrentIndex(owner->findData(m_me));
    QVERIFY(ok->isEnabled());
    const int steps = m_stack->count();
    QTest::mouseClick(ok, Qt::LeftButton);
    for (qint64 id : chosen)
        QCOMPARE(
            m_ws->records().get(kinds::asset(), id)->value(assetField::ownerPersonId).toLongLong(),
            m_me);
    QCOMPARE(m_stack->count(), steps + 1);
    QCOMPARE(m_stack->undoText(), QStringLiteral("Change owner of 3 assets"));
    // The selection survives the table reloading.
    QTRY_COMPARE(m_page->selectedIds().size(), qsizetype(3));
    m_stack->undo();
    for (qint64 id : chosen)
        QCOMPARE(m_ws->records().get(kinds::asset(), id)->value(assetField::ownerPersonId),
                 before.value(id).isNull() ? QVariant() : before.value(id));
    m_stack->redo();
    QCOMPARE(m_ws->records()
                 .get(kinds::asset(), chosen.constLast())
                 ->value(assetField::ownerPersonId)
                 .toLongLong(),
             m_me);
    m_stack->undo();

    // A change that would make an asset invalid is refused as a whole.
    QVariantMap bad{{assetField::nextReview, QStringLiteral("1990-01-01")}};
    const QList<qint64> withLast =
        ids(QStringLiteral("SELECT id FROM assets WHERE last_review IS NOT NULL LIMIT 2"));
    m_dialogs->pushOk();
    QVERIFY(!m_page->applyBulkEdit(withLast, bad));
    QCOMPARE(m_dialogs->lastSeen().title, QStringLiteral("Assets Not Changed"));
}

void TestRegister::deleteKeyAsksAndUndoRestores()
{
    makePage();
    m_page->selectAsset(100);
    const int row = m_page->view()->currentIndex().row();
    QVERIFY(row >= 0);
    m_page->view()->setFocus();
    m_dialogs->pushButton(QMessageBox::No);
    QTest::keyClick(m_page->view(), Qt::Key_Delete);
    QVERIFY(m_ws->records().get(kinds::asset(), 100));
    m_dialogs->pushButton(QMessageBox::Yes);
    QTest::keyClick(m_page->view(), Qt::Key_Delete);
    QVERIFY(m_dialogs->lastSeen().text.contains(QStringLiteral("IA-0100")));
    QVERIFY(!m_ws->records().get(kinds::asset(), 100));
    QTRY_COMPARE(m_page->model()->rowCount(), AssetCount - 1);
    // The neighbour is now current and shown in the form.
    QCOMPARE(m_page->view()->currentIndex().row(), row);
    QCOMPARE(m_page->editor()->currentId(), m_page->model()->idAt(row));
    m_stack->undo();
    QVERIFY(m_ws->records().get(kinds::asset(), 100));
    QTRY_COMPARE(m_page->model()->rowCount(), AssetCount);

    // Several at once: one confirmation, one undo step.
    QTableView *view = m_page->view();
    view->selectionModel()->select(
        QItemSelection(m_page->model()->index(0, 0), m_page->model()->index(4, 0)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QList<qint64> five = m_page->selectedIds();
    m_dialogs->pushButton(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(m_page.get(), QStringLiteral("assetDelete")),
                      Qt::LeftButton);
    QVERIFY(m_dialogs->lastSeen().text.startsWith(QStringLiteral("Delete 5 assets?")));
    for (qint64 id : five)
        QVERIFY(!m_ws->records().get(kinds::asset(), id));
    m_stack->undo();
    for (qint64 id : five)
        QVERIFY(m_ws->records().get(kinds::asset(), id));
}

void TestRegister::keepsCurrentRowWhenDataChanges()
{
    makePage();
    m_page->model()->sort(int(AssetTableColumn::Name), Qt::AscendingOrder);
    const qint64 id = m_page->model()->idAt(5000);
    m_page->selectAsset(id);
    QCOMPARE(m_page->view()->currentIndex().row(), 5000);
    // Someone renames an asset that sorts before it: the current asset moves one row down.
    const qint64 other = m_page->model()->idAt(9000);
    QVERIFY(m_editor->update(kinds::asset(), other, {{assetField::name, QStringLiteral("0 first")}},
                             QStringLiteral("Rename")));
    QTRY_COMPARE(m_page->view()->currentIndex().row(), 5001);
    QCOMPARE(m_page->view()->currentIndex().data(AssetModel::RecordIdRole).toLongLong(), id);
    QCOMPARE(m_page->editor()->currentId(), id);
    m_stack->undo();
    QTRY_COMPARE(m_page->view()->currentIndex().row(), 5000);
}

void TestRegister::columnChooserHidesColumn()
{
    makePage();
    QTableView *view = m_page->view();
    const int status = int(AssetTableColumn::Status);
    const int admin = int(AssetTableColumn::Administrator);
    QVERIFY(!view->isColumnHidden(status));
    QVERIFY(view->isColumnHidden(admin)); // not one of the usual columns
    auto *button = child<QToolButton>(m_page.get(), QStringLiteral("columnsButton"));
    QVERIFY(button && button->menu());
    QAction *statusAction = button->menu()->findChild<QAction *>(QStringLiteral("column_status"));
    QVERIFY(statusAction && statusAction->isChecked());
    statusAction->trigger();
    QVERIFY(view->isColumnHidden(status));
    button->menu()->findChild<QAction *>(QStringLiteral("column_administrator"))->trigger();
    QVERIFY(!view->isColumnHidden(admin));
    // The name cannot be hidden.
    QVERIFY(!button->menu()->findChild<QAction *>(QStringLiteral("column_name"))->isEnabled());
    // Remembered for the next time.
    m_page.reset();
    makePage();
    QVERIFY(m_page->view()->isColumnHidden(status));
    QVERIFY(!m_page->view()->isColumnHidden(admin));
    m_page->findChild<QToolButton *>(QStringLiteral("columnsButton"))
        ->menu()
        ->findChild<QAction *>(QStringLiteral("columnReset"))
        ->trigger();
    QVERIFY(!m_page->view()->isColumnHidden(status));
    QVERIFY(m_page->view()->isColumnHidden(admin));
}

void TestRegister::historyShowsUpdate()
{
    makePage();
    m_page->selectAsset(77);
    auto *status = child<QComboBox>(m_page.get(), QStringLiteral("assetStatus"));
    const QString old = status->currentText();
    const int archived = status->findData(QStringLiteral("archived"));
    const int live = status->findData(QStringLiteral("live"));
    status->setCurrentIndex(status->currentIndex() == archived ? live : archived);
    const QString now = status->currentText();
    QVERIFY(m_page->editor()->apply());
    auto *tabs = child<QTabWidget>(m_page.get(), QStringLiteral("assetTabs"));
    auto *history = child<AssetHistory>(m_page.get(), QStringLiteral("assetHistory"));
    tabs->setCurrentWidget(history);
    QVERIFY(history->topLevelItemCount() >= 1);
    QTreeWidgetItem *latest = history->topLevelItem(0);
    QCOMPARE(latest->text(1), QStringLiteral("tester"));
    QCOMPARE(latest->text(2), QStringLiteral("Status"));
    QCOMPARE(latest->text(3), QStringLiteral("%1 → %2").arg(old, now));
    m_stack->undo();
    QCOMPARE(history->topLevelItem(0)->text(3), QStringLiteral("%1 → %2").arg(now, old));
}

void TestRegister::linkedFlowsAreListed()
{
    QString error;
    const auto flow = m_ws->records().create(kinds::flow(),
                                             {{flowField::title, QStringLiteral("Weekly extract")},
                                              {flowField::fromAssetId, 5},
                                              {flowField::toAssetId, 6},
                                              {flowField::transferMethod, QStringLiteral("sftp")}},
                                             &error);
    QVERIFY2(flow, qPrintable(error));
    makePage();
    m_page->selectAsset(6);
    auto *links = child<QTreeWidget>(m_page.get(), QStringLiteral("assetLinks"));
    QCOMPARE(links->topLevelItemCount(), 1);
    QCOMPARE(links->topLevelItem(0)->text(0), QStringLiteral("In from"));
    QVERIFY(links->topLevelItem(0)->text(1).contains(QStringLiteral("Weekly extract")));
    QVERIFY(links->topLevelItem(0)->text(2).startsWith(QStringLiteral("IA-0005")));
    QCOMPARE(links->topLevelItem(0)->text(3), QStringLiteral("SFTP"));
    QVERIFY(m_ws->records().remove(kinds::flow(), flow->id, &error));
    QTRY_VERIFY(links->topLevelItem(0)->text(0).startsWith(QStringLiteral("No information")));
    // A processing activity that uses the asset is listed too, as soon as it is linked.
    QVERIFY(sql::exec(m_ws->database(),
                      QStringLiteral("INSERT INTO activities (id, uuid, ref, created_at,"
                                     " created_by, updated_at, updated_by, name) VALUES (1, 'u',"
                                     " 'PA-0001', 'x', 'y', 'x', 'y', 'Adult social care')"),
                      {}, &error));
    QVERIFY(sql::exec(m_ws->database(), QStringLiteral("INSERT INTO activity_assets VALUES (1, 6)"),
                      {}, &error));
    m_page->selectAsset(5);
    m_page->selectAsset(6);
    QTRY_COMPARE(links->topLevelItem(0)->text(0), QStringLiteral("Used by"));
    QCOMPARE(links->topLevelItem(0)->text(1), QStringLiteral("PA-0001 Adult social care"));
}

void TestRegister::keyboardReachesEverything()
{
    makePage();
    m_page->view()->setFocus();
    QTest::keyClick(m_page->view(), Qt::Key_F, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(child<QLineEdit>(
                                                  m_page.get(), QStringLiteral("assetSearch"))));
    // Every input of the form has an accessible name, and the tab chain reaches the form.
    const QList<QWidget *> inputs = m_page->editor()->findChildren<QWidget *>();
    for (QWidget *w : inputs) {
        if ((qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) ||
             qobject_cast<QCheckBox *>(w)) &&
            w->objectName().startsWith(QStringLiteral("asset")))
            QVERIFY2(!w->accessibleName().isEmpty() || !w->property("text").toString().isEmpty(),
                     qPrintable(w->objectName()));
    }
    QWidget *w = m_page->view();
    QStringList chain;
    bool reachedForm = false;
    for (int i = 0; i < 30 && !reachedForm; ++i) {
        w = w->nextInFocusChain();
        if (w->focusPolicy() & Qt::TabFocus)
            chain << w->objectName() + QLatin1Char(':') +
                         QString::fromLatin1(w->metaObject()->className());
        reachedForm = w->objectName() == QStringLiteral("assetName");
    }
    QVERIFY2(reachedForm, qPrintable(chain.join(QStringLiteral(", "))));
    QVERIFY(!m_page->view()->accessibleName().isEmpty());
}

void TestRegister::timings()
{
    // Figures for the report, not pass/fail. IGW_REGISTER_ROWS=100000 measures a bigger file.
    const int rows = qEnvironmentVariableIntValue("IGW_REGISTER_ROWS");
    std::unique_ptr<Workspace> big;
    Workspace *ws = m_ws.get();
    if (rows > AssetCount) {
        big = test::createWorkspace(m_dir.filePath(QStringLiteral("big.igw")));
        QVERIFY(big);
        QString error;
        QList<qint64> people;
        for (int i = 0; i < 300; ++i)
            people << big->records()
                          .create(kinds::person(),
                                  {{personField::name,
                                    QStringLiteral("Person %1").arg(i * 7919 % 300)}},
                                  &error)
                          ->id;
        QVERIFY2(insertAssets(*big, rows, people, &error), qPrintable(error));
        ws = big.get();
    }
    QElapsedTimer t;
    const auto lap = [&t](const char *what) {
        qInfo("%-40s %7.2f ms", what, double(t.nsecsElapsed()) / 1e6);
        t.restart();
    };
    // Twice: the first pass reads the file cold, the second with SQLite's page cache warm.
    for (const char *pass : {"cold", "warm"}) {
        qInfo("--- %s", pass);
        t.start();
        AssetModel model(*ws);
        lap("open model (count)");
        model.index(0, 0).data();
        lap("first page");
        const int n = model.rowCount();
        model.index(n - 1, 0).data();
        lap("jump to the end");
        model.index(n * 7 / 10, 0).data();
        lap("jump to 70%");
        model.index(n * 7 / 10 + 300, 0).data();
        lap("scroll on one page");
        model.sort(int(AssetTableColumn::Owner), Qt::AscendingOrder);
        model.index(0, 0).data();
        lap("sort by owner + first page");
        model.index(n / 2, 0).data();
        lap("owner: jump to the middle");
        model.sort(int(AssetTableColumn::Name), Qt::DescendingOrder);
        model.index(0, 0).data();
        lap("sort by name desc + first page");
        model.sort(int(AssetTableColumn::Criticality), Qt::AscendingOrder);
        model.index(0, 0).data();
        lap("sort by criticality (no index)");
        model.index(n / 2, 0).data();
        lap("criticality: jump to the middle");
        model.index(n / 5, 0).data();
        lap("criticality: another jump");
        model.sort(int(AssetTableColumn::Name), Qt::AscendingOrder);
        AssetFilter filter;
        filter.search = QStringLiteral("payroll");
        model.setFilter(filter);
        model.index(0, 0).data();
        lap("search 'payroll' (FTS) + first page");
        filter.search = QStringLiteral("12");
        model.setFilter(filter);
        model.index(0, 0).data();
        lap("search '12' (LIKE) + first page");
        filter.search.clear();
        filter.preset = AssetPreset::ReviewOverdue;
        model.setFilter(filter);
        model.index(0, 0).data();
        lap("overdue filter + first page");
        model.index(model.rowCount() / 2, 0).data();
        lap("overdue: jump to the middle");
        const qint64 id = model.idAt(model.rowCount() / 3);
        t.restart();
        model.refresh();
        lap("overdue: refresh (count)");
        model.rowOfId(id);
        lap("overdue: find the current row by id");
        model.setFilter({});
        const qint64 any = model.idAt(n / 3);
        t.restart();
        model.refresh();
        model.rowOfId(any);
        lap("all: refresh + find the current row");
        qInfo("rows: %d", n);
    }
}

QTEST_MAIN(TestRegister)
#include "tst_register.moc"
