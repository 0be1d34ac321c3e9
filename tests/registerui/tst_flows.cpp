// The information flows views: the list and its form, undo, and the flow map and its
// exports, driven through widgets found by objectName.
#include "../gui/guitestutil.h"
#include "register/assets.h"
#include "register/demoregister.h"
#include "register/ui/floweditor.h"
#include "register/ui/flowlegend.h"
#include "register/ui/flowmap.h"
#include "register/ui/flowmapedge.h"
#include "register/ui/flowmapnode.h"
#include "register/ui/flowmapscene.h"
#include "register/ui/flowmapview.h"
#include "register/ui/flowmodel.h"
#include "register/ui/flowspage.h"
#include "widgets/queueddialogs.h"
#include "widgets/validationlabel.h"
#include "workspace/demo.h"
#include "workspace/directory.h"
#include "workspace/transaction.h"
#include "workspace/ui/recordeditor.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace igw;
using igw::test::child;

class TestFlows : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void listShowsFlows();
    void addFlowThroughEditor();
    void flowWithoutRecipientIsRefused();
    void undoAndRedoAdd();
    void editAndUndo();
    void deleteAsksFirst();
    void searchFilters();
    void showAssetSelectsItsFlows();
    void mapHasNodePerEndAndEdgePerFlow();
    void mapEdgeStyleDiffersByRisk();
    void mapMarksUnencryptedFlows();
    void mapFilterByPartner();
    void mapFollowsEdits();
    void mapZooms();
    void exportPngAndSvg();
    void exportCancelledWritesNothing();
    void modelPassesModelTester();
    void inputsHaveNamesAndTabOrder();
    void demoRegisterMapIsResponsive();
    void hundredsOfFlowsStayResponsive();

private:
    void seed();
    void makePage();
    void showMap();
    qint64 addAsset(const QString &name, const QString &function);
    qint64 addPartner(const QString &name);
    qint64 addFlow(const QVariantMap &values);
    qint64 flowCount() const;
    void type(const QString &objectName, const QString &text);
    void click(const QString &objectName);
    void choose(const QString &comboName, const QVariant &data);
    void fillNewFlow(const QString &title, bool withRecipient);
    FlowEdgeItem *edge(const QString &ref) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<RecordEditor> m_editor;
    std::unique_ptr<FlowsPage> m_page;
    QueuedDialogs *m_dialogs = nullptr;
    int m_counter = 0;
    qint64 m_payroll = 0, m_cases = 0, m_housing = 0, m_unused = 0;
    qint64 m_police = 0, m_nhs = 0, m_pensions = 0;
};

void TestFlows::init()
{
    m_dialogs = QueuedDialogs::install();
    m_ws = test::createWorkspace(m_dir.filePath(QStringLiteral("flows-%1.igw").arg(++m_counter)));
    QVERIFY(m_ws);
    m_stack = std::make_unique<QUndoStack>();
    m_editor = std::make_unique<RecordEditor>(*m_ws, *m_stack);
}

void TestFlows::cleanup()
{
    QCOMPARE(m_dialogs->pending(), 0);
    m_page.reset();
    m_stack->clear();
    m_editor.reset();
    m_stack.reset();
    m_ws.reset();
    Dialogs::setBackend(nullptr);
}

qint64 TestFlows::addAsset(const QString &name, const QString &function)
{
    QString error;
    const auto r = m_ws->records().create(
        kinds::asset(), {{assetField::name, name}, {assetField::businessFunction, function}},
        &error);
    if (!r)
        qWarning("asset: %s", qPrintable(error));
    return r ? r->id : 0;
}

qint64 TestFlows::addPartner(const QString &name)
{
    QString error;
    const auto r = m_ws->records().create(kinds::organisation(), {{orgField::name, name}}, &error);
    if (!r)
        qWarning("partner: %s", qPrintable(error));
    return r ? r->id : 0;
}

qint64 TestFlows::addFlow(const QVariantMap &values)
{
    QString error;
    const auto r = m_ws->records().create(kinds::flow(), values, &error);
    if (!r)
        qWarning("flow: %s", qPrintable(error));
    return r ? r->id : 0;
}

qint64 TestFlows::flowCount() const
{
    return m_ws->records().count(kinds::flow());
}

// Three assets and three partners on four flows, one of each risk rating and one
// unencrypted email; one asset has no flows and must not be drawn.
void TestFlows::seed()
{
    QString error;
    QVERIFY(m_ws->records().create(kinds::person(),
                                   {{personField::name, QStringLiteral("Ann Lee")}}, &error));
    m_payroll = addAsset(QStringLiteral("Payroll"), QStringLiteral("Human Resources"));
    m_cases = addAsset(QStringLiteral("Adult social care case records"),
                       QStringLiteral("Adult Social Care"));
    m_housing = addAsset(QStringLiteral("Housing register"), QStringLiteral("Housing"));
    m_unused = addAsset(QStringLiteral("Parking permits"), QStringLiteral("Highways"));
    m_police = addPartner(QStringLiteral("Northshire Police"));
    m_nhs = addPartner(QStringLiteral("Northshire NHS Trust"));
    m_pensions = addPartner(QStringLiteral("County Pension Fund"));
    using namespace flowField;
    QVERIFY(addFlow({{title, QStringLiteral("Hospital discharge planning")},
                     {fromAssetId, m_cases},
                     {toOrgId, m_nhs},
                     {transferMethod, QStringLiteral("sftp")},
                     {encryptedInTransit, 1},
                     {frequency, QStringLiteral("daily")},
                     {lawfulBasis, QStringLiteral("public_task")},
                     {riskRating, QStringLiteral("high")}}));
    QVERIFY(addFlow({{title, QStringLiteral("Pension contributions")},
                     {fromAssetId, m_payroll},
                     {toOrgId, m_pensions},
                     {transferMethod, QStringLiteral("secure_email")},
                     {encryptedInTransit, 1},
                     {frequency, QStringLiteral("monthly")},
                     {lawfulBasis, QStringLiteral("legal_obligation")},
                     {riskRating, QStringLiteral("low")}}));
    QVERIFY(addFlow({{title, QStringLiteral("Tenancy checks for police")},
                     {fromAssetId, m_housing},
                     {toOrgId, m_police},
                     {transferMethod, QStringLiteral("email")},
                     {encryptedInTransit, 0},
                     {frequency, QStringLiteral("ad_hoc")},
                     {riskRating, QStringLiteral("medium")}}));
    QVERIFY(addFlow({{title, QStringLiteral("Safeguarding notifications")},
                     {fromOrgId, m_police},
                     {toAssetId, m_cases},
                     {transferMethod, QStringLiteral("paper")}}));
}

void TestFlows::makePage()
{
    m_page = std::make_unique<FlowsPage>(*m_editor);
    m_page->resize(1280, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestFlows::showMap()
{
    m_page->tabs()->setCurrentWidget(m_page->map());
    QVERIFY(m_page->map()->isVisible());
    m_page->map()->refresh();
}

void TestFlows::type(const QString &objectName, const QString &text)
{
    QWidget *w = child<QWidget>(m_page.get(), objectName);
    QVERIFY(w);
    if (auto *line = qobject_cast<QLineEdit *>(w))
        line->clear();
    if (auto *plain = qobject_cast<QPlainTextEdit *>(w))
        plain->clear();
    QTest::keyClicks(w, text);
}

void TestFlows::click(const QString &objectName)
{
    auto *button = child<QAbstractButton>(m_page.get(), objectName);
    QVERIFY(button);
    QVERIFY2(button->isVisible(), qPrintable(objectName + QStringLiteral(" is not visible")));
    QVERIFY2(button->isEnabled(), qPrintable(objectName + QStringLiteral(" is disabled")));
    // Check boxes stretch across a form row; their label and box sit at the left.
    const bool checkable =
        qobject_cast<QCheckBox *>(button) || qobject_cast<QRadioButton *>(button);
    QTest::mouseClick(button, Qt::LeftButton, {},
                      checkable ? QPoint(8, button->height() / 2) : QPoint());
}

void TestFlows::choose(const QString &comboName, const QVariant &data)
{
    auto *combo = child<QComboBox>(m_page.get(), comboName);
    QVERIFY(combo);
    QVERIFY(combo->isEnabled());
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(comboName + QStringLiteral(" has no such item")));
    combo->setCurrentIndex(index);
}

void TestFlows::fillNewFlow(const QString &title, bool withRecipient)
{
    click(QStringLiteral("flowAdd"));
    QVERIFY(m_page->editor()->isNew());
    type(QStringLiteral("flowTitle"), title);
    click(QStringLiteral("flowFromAsset"));
    choose(QStringLiteral("flowFromChoice"), m_housing);
    if (withRecipient) {
        click(QStringLiteral("flowToPartner"));
        choose(QStringLiteral("flowToChoice"), m_nhs);
    }
    type(QStringLiteral("flowDataItems"), QStringLiteral("Names, addresses"));
    choose(QStringLiteral("flowTransferMethod"), QStringLiteral("sftp"));
    click(QStringLiteral("flowEncrypted"));
    choose(QStringLiteral("flowFrequency"), QStringLiteral("weekly"));
    choose(QStringLiteral("flowLawfulBasis"), QStringLiteral("public_task"));
    choose(QStringLiteral("flowRiskRating"), QStringLiteral("medium"));
}

FlowEdgeItem *TestFlows::edge(const QString &ref) const
{
    for (FlowEdgeItem *e : m_page->map()->scene()->edgeItems()) {
        if (e->ref() == ref)
            return e;
    }
    return nullptr;
}

void TestFlows::listShowsFlows()
{
    seed();
    makePage();
    auto *view = child<QTableView>(m_page.get(), QStringLiteral("flowList"));
    QVERIFY(view);
    QCOMPARE(view->model()->rowCount(), 4);
    const FlowModel *model = m_page->model();
    const int row =
        model->rowOfId(m_ws->records().findByRef(kinds::flow(), QStringLiteral("FL-0001"))->id);
    QCOMPARE(model->index(row, FlowModel::Title).data().toString(),
             QStringLiteral("Hospital discharge planning"));
    QCOMPARE(model->index(row, FlowModel::From).data().toString(),
             QStringLiteral("Adult social care case records (asset)"));
    QCOMPARE(model->index(row, FlowModel::To).data().toString(),
             QStringLiteral("Northshire NHS Trust (partner)"));
    QCOMPARE(model->index(row, FlowModel::TransferMethod).data().toString(),
             QStringLiteral("SFTP"));
    QCOMPARE(model->index(row, FlowModel::Encrypted).data().toString(), QStringLiteral("Yes"));
    QCOMPARE(model->index(row, FlowModel::Risk).data().toString(), QStringLiteral("High"));
    QCOMPARE(model->index(model->rowOfId(4), FlowModel::Risk).data().toString(),
             QStringLiteral("Not rated"));
    QCOMPARE(model->headerData(FlowModel::Risk, Qt::Horizontal).toString(), QStringLiteral("Risk"));
    // The first row is shown in the form.
    QCOMPARE(m_page->editor()->currentId(),
             view->model()->index(0, 0).data(FlowModel::FlowIdRole).toLongLong());
}

void TestFlows::addFlowThroughEditor()
{
    seed();
    makePage();
    fillNewFlow(QStringLiteral("Housing needs to NHS"), true);
    click(QStringLiteral("flowApply"));
    QCOMPARE(flowCount(), 5);
    const auto stored = m_ws->records().findByRef(kinds::flow(), QStringLiteral("FL-0005"));
    QVERIFY(stored);
    QCOMPARE(stored->value(flowField::title).toString(), QStringLiteral("Housing needs to NHS"));
    QCOMPARE(stored->value(flowField::fromAssetId).toLongLong(), m_housing);
    QVERIFY(stored->value(flowField::fromOrgId).isNull());
    QCOMPARE(stored->value(flowField::toOrgId).toLongLong(), m_nhs);
    QCOMPARE(stored->value(flowField::encryptedInTransit).toInt(), 1);
    QCOMPARE(stored->value(flowField::riskRating).toString(), QStringLiteral("medium"));
    QCOMPARE(m_page->list()->model()->rowCount(), 5);
    QCOMPARE(m_page->editor()->currentId(), stored->id);
    QVERIFY(!m_page->editor()->isNew());
    const QModelIndex current = m_page->list()->currentIndex();
    QCOMPARE(current.data(FlowModel::FlowIdRole).toLongLong(), stored->id);
    QCOMPARE(m_stack->count(), 1);
}

void TestFlows::flowWithoutRecipientIsRefused()
{
    seed();
    makePage();
    fillNewFlow(QStringLiteral("Nowhere to go"), false);
    click(QStringLiteral("flowApply"));
    QCOMPARE(flowCount(), 4);
    auto *issues = child<ValidationLabel>(m_page.get(), QStringLiteral("flowIssues"));
    QVERIFY(issues);
    QVERIFY(issues->isVisible());
    QVERIFY(issues->hasErrors());
    QVERIFY2(issues->plainText().contains(QStringLiteral("where the data goes")),
             qPrintable(issues->plainText()));
    QVERIFY(m_page->editor()->isNew());
    QCOMPARE(m_stack->count(), 0);
    // The focus goes to the missing recipient, and choosing one clears the error at once.
    auto *to = child<QComboBox>(m_page.get(), QStringLiteral("flowToChoice"));
    QTRY_VERIFY(to->hasFocus());
    choose(QStringLiteral("flowToChoice"), m_cases);
    QVERIFY(!issues->hasErrors());
    click(QStringLiteral("flowApply"));
    QCOMPARE(flowCount(), 5);
}

void TestFlows::undoAndRedoAdd()
{
    seed();
    makePage();
    fillNewFlow(QStringLiteral("Undo me"), true);
    click(QStringLiteral("flowApply"));
    QCOMPARE(flowCount(), 5);
    m_stack->undo();
    QCOMPARE(flowCount(), 4);
    QTRY_COMPARE(m_page->list()->model()->rowCount(), 4);
    QCOMPARE(m_page->editor()->currentId(), 0);
    m_stack->redo();
    QCOMPARE(flowCount(), 5);
    QTRY_COMPARE(m_page->list()->model()->rowCount(), 5);
    // Redo restores the same reference.
    QVERIFY(m_ws->records().findByRef(kinds::flow(), QStringLiteral("FL-0005")));
}

void TestFlows::editAndUndo()
{
    seed();
    makePage();
    const qint64 id = m_ws->records().findByRef(kinds::flow(), QStringLiteral("FL-0002"))->id;
    m_page->selectFlow(id);
    QCOMPARE(m_page->editor()->currentId(), id);
    type(QStringLiteral("flowTitle"), QStringLiteral("Pension fund returns"));
    click(QStringLiteral("flowToAsset"));
    choose(QStringLiteral("flowToChoice"), m_cases);
    click(QStringLiteral("flowApply"));
    auto stored = m_ws->records().get(kinds::flow(), id);
    QCOMPARE(stored->value(flowField::title).toString(), QStringLiteral("Pension fund returns"));
    QCOMPARE(stored->value(flowField::toAssetId).toLongLong(), m_cases);
    QVERIFY(stored->value(flowField::toOrgId).isNull());
    m_stack->undo();
    stored = m_ws->records().get(kinds::flow(), id);
    QCOMPARE(stored->value(flowField::title).toString(), QStringLiteral("Pension contributions"));
    QCOMPARE(stored->value(flowField::toOrgId).toLongLong(), m_pensions);
    // The form follows the undo.
    auto *title = child<QLineEdit>(m_page.get(), QStringLiteral("flowTitle"));
    QTRY_COMPARE(title->text(), QStringLiteral("Pension contributions"));
    QVERIFY(child<QRadioButton>(m_page.get(), QStringLiteral("flowToPartner"))->isChecked());
}

void TestFlows::deleteAsksFirst()
{
    seed();
    makePage();
    const qint64 id = m_ws->records().findByRef(kinds::flow(), QStringLiteral("FL-0003"))->id;
    m_page->selectFlow(id);
    m_dialogs->pushButton(QMessageBox::No);
    click(QStringLiteral("flowDelete"));
    QCOMPARE(flowCount(), 4);
    m_dialogs->pushButton(QMessageBox::Yes);
    click(QStringLiteral("flowDelete"));
    QCOMPARE(flowCount(), 3);
    QVERIFY(m_dialogs->lastSeen().text.contains(QStringLiteral("FL-0003")));
    QCOMPARE(m_page->list()->model()->rowCount(), 3);
    QVERIFY(m_page->editor()->currentId() != id);
    m_stack->undo();
    QCOMPARE(flowCount(), 4);
    QTRY_COMPARE(m_page->list()->model()->rowCount(), 4);
}

void TestFlows::searchFilters()
{
    seed();
    makePage();
    type(QStringLiteral("flowSearch"), QStringLiteral("police"));
    QCOMPARE(m_page->list()->model()->rowCount(), 2);
    type(QStringLiteral("flowSearch"), QStringLiteral("FL-0002"));
    QCOMPARE(m_page->list()->model()->rowCount(), 1);
    child<QLineEdit>(m_page.get(), QStringLiteral("flowSearch"))->clear();
    QCOMPARE(m_page->list()->model()->rowCount(), 4);
}

void TestFlows::showAssetSelectsItsFlows()
{
    seed();
    makePage();
    m_page->showAsset(m_cases);
    QCOMPARE(m_page->list()->model()->rowCount(), 2);
    const qint64 shown = m_page->editor()->currentId();
    const auto record = m_ws->records().get(kinds::flow(), shown);
    QVERIFY(record);
    QVERIFY(record->value(flowField::fromAssetId).toLongLong() == m_cases ||
            record->value(flowField::toAssetId).toLongLong() == m_cases);
    QVERIFY(child<QWidget>(m_page.get(), QStringLiteral("flowAssetBanner"))->isVisible());
    // A new flow from here starts from the asset.
    click(QStringLiteral("flowAdd"));
    QCOMPARE(m_page->editor()->values().value(flowField::fromAssetId).toLongLong(), m_cases);
    click(QStringLiteral("flowRevert"));
    click(QStringLiteral("flowShowAll"));
    QCOMPARE(m_page->list()->model()->rowCount(), 4);
    QVERIFY(!child<QWidget>(m_page.get(), QStringLiteral("flowAssetBanner"))->isVisible());
}

void TestFlows::mapHasNodePerEndAndEdgePerFlow()
{
    seed();
    makePage();
    showMap();
    QVERIFY(child<FlowMapView>(m_page.get(), QStringLiteral("flowMap")));
    FlowMapScene *scene = m_page->map()->scene();
    QCOMPARE(scene->edgeItems().size(), 4);
    QCOMPARE(scene->nodeItems().size(), 6); // 3 assets + 3 partners; the unused asset is not drawn
    QVERIFY(scene->assetNode(m_cases));
    QVERIFY(scene->assetNode(m_payroll));
    QVERIFY(!scene->assetNode(m_unused));
    QVERIFY(scene->organisationNode(m_police));
    QVERIFY(scene->groupItem());
    // Ours on the left, partners on the right.
    QVERIFY(scene->assetNode(m_cases)->x() < scene->organisationNode(m_police)->x());
    QVERIFY(edge(QStringLiteral("FL-0004")));
    QCOMPARE(edge(QStringLiteral("FL-0004"))->source(), scene->organisationNode(m_police));
    QCOMPARE(edge(QStringLiteral("FL-0004"))->target(), scene->assetNode(m_cases));
    // No two boxes overlap.
    const auto nodes = scene->nodeItems();
    for (int i = 0; i < nodes.size(); ++i) {
        for (int j = i + 1; j < nodes.size(); ++j)
            QVERIFY(!nodes.at(i)->sceneBox().intersects(nodes.at(j)->sceneBox()));
    }
    // The legend explains colour and line style in words.
    FlowLegendItem *legend = scene->legendItem();
    QVERIFY(legend);
    QVERIFY(legend->scene() == scene);
    const QString key = legend->entries().join(QLatin1Char('\n'));
    QVERIFY(key.contains(QStringLiteral("High risk: red, thick dash-dot line")));
    QVERIFY(key.contains(QStringLiteral("Medium risk: orange, dashed line")));
    QVERIFY(key.contains(QStringLiteral("Low risk: blue, thin solid line")));
    QVERIFY(key.contains(QStringLiteral("unencrypted"), Qt::CaseInsensitive) ||
            key.contains(QStringLiteral("encryption")));
    // Moving a node drags its edges along.
    FlowNodeItem *police = scene->organisationNode(m_police);
    const QRectF before = edge(QStringLiteral("FL-0003"))->path().boundingRect();
    police->setPos(police->pos() + QPointF(0, 200));
    QVERIFY(edge(QStringLiteral("FL-0003"))->path().boundingRect() != before);
}

void TestFlows::mapEdgeStyleDiffersByRisk()
{
    seed();
    makePage();
    showMap();
    const QPen high = edge(QStringLiteral("FL-0001"))->pen();
    const QPen low = edge(QStringLiteral("FL-0002"))->pen();
    const QPen medium = edge(QStringLiteral("FL-0003"))->pen();
    const QPen unrated = edge(QStringLiteral("FL-0004"))->pen();
    QCOMPARE(low.style(), Qt::SolidLine);
    QCOMPARE(medium.style(), Qt::DashLine);
    QCOMPARE(high.style(), Qt::DashDotLine);
    QCOMPARE(unrated.style(), Qt::DotLine);
    QVERIFY(high.widthF() > medium.widthF());
    QVERIFY(medium.widthF() > low.widthF());
    QVERIFY(high.color() != low.color());
    QVERIFY(high.color() != medium.color());
    // The risk word is in the label and the tooltip, not only in the colour.
    QCOMPARE(edge(QStringLiteral("FL-0001"))->labelText(), QStringLiteral("FL-0001 · High risk"));
    QVERIFY(edge(QStringLiteral("FL-0001"))->toolTip().contains(QStringLiteral("High risk")));
    QVERIFY(edge(QStringLiteral("FL-0004"))->labelText().contains(QStringLiteral("not rated")));
}

void TestFlows::mapMarksUnencryptedFlows()
{
    seed();
    makePage();
    showMap();
    QVERIFY(edge(QStringLiteral("FL-0003"))->isUnencrypted());  // ordinary email, not encrypted
    QVERIFY(!edge(QStringLiteral("FL-0001"))->isUnencrypted()); // SFTP, encrypted
    QVERIFY(!edge(QStringLiteral("FL-0004"))->isUnencrypted()); // paper
    QVERIFY(edge(QStringLiteral("FL-0003"))->toolTip().contains(QStringLiteral("Unencrypted")));
}

void TestFlows::mapFilterByPartner()
{
    seed();
    makePage();
    showMap();
    choose(QStringLiteral("flowMapPartner"), m_police);
    FlowMapScene *scene = m_page->map()->scene();
    QCOMPARE(scene->edgeItems().size(), 2);
    QCOMPARE(scene->nodeItems().size(), 3);
    choose(QStringLiteral("flowMapPartner"), QVariant());
    choose(QStringLiteral("flowMapFunction"), QStringLiteral("Human Resources"));
    QCOMPARE(scene->edgeItems().size(), 1);
    QCOMPARE(scene->edgeItems().constFirst()->ref(), QStringLiteral("FL-0002"));
}

void TestFlows::mapFollowsEdits()
{
    seed();
    makePage();
    showMap();
    FlowMapScene *scene = m_page->map()->scene();
    // A user-moved box keeps its place when the data reloads.
    FlowNodeItem *payroll = scene->assetNode(m_payroll);
    const QPointF moved = payroll->pos() + QPointF(-30, 400);
    payroll->setPos(moved);
    QVERIFY(addFlow({{flowField::title, QStringLiteral("Payroll to police")},
                     {flowField::fromAssetId, m_payroll},
                     {flowField::toOrgId, m_police},
                     {flowField::riskRating, QStringLiteral("low")}}));
    QTRY_COMPARE(scene->edgeItems().size(), 5);
    QCOMPARE(scene->assetNode(m_payroll)->pos(), moved);
    click(QStringLiteral("flowMapRelayout"));
    QVERIFY(scene->assetNode(m_payroll)->pos() != moved);
    // Double-clicking an arrow opens the flow in the list.
    m_page->map()->scene()->flowActivated(edge(QStringLiteral("FL-0002"))->flowId());
    QCOMPARE(m_page->tabs()->currentIndex(), 0);
    QCOMPARE(m_page->editor()->currentId(), edge(QStringLiteral("FL-0002"))->flowId());
}

void TestFlows::mapZooms()
{
    seed();
    makePage();
    showMap();
    auto *view = child<FlowMapView>(m_page.get(), QStringLiteral("flowMap"));
    QVERIFY(view);
    const qreal start = view->zoom();
    click(QStringLiteral("flowMapZoomIn"));
    QVERIFY(view->zoom() > start);
    click(QStringLiteral("flowMapZoomOut"));
    click(QStringLiteral("flowMapZoomOut"));
    QVERIFY(view->zoom() < start);
    const qreal beforeWheel = view->zoom();
    QWheelEvent wheel(QPointF(50, 50), view->viewport()->mapToGlobal(QPointF(50, 50)), QPoint(),
                      QPoint(0, 120), Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(view->viewport(), &wheel);
    QVERIFY(view->zoom() > beforeWheel);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Minus);
    QVERIFY(view->zoom() < beforeWheel * 1.15);
    click(QStringLiteral("flowMapFit"));
    // Fit shows the whole map.
    const QRectF visible = view->mapToScene(view->viewport()->rect()).boundingRect();
    QVERIFY(visible.adjusted(-2, -2, 2, 2).contains(view->scene()->itemsBoundingRect()));
}

void TestFlows::exportPngAndSvg()
{
    seed();
    makePage();
    showMap();
    const QString png = m_dir.filePath(QStringLiteral("map-%1.png").arg(m_counter));
    const QString svg = m_dir.filePath(QStringLiteral("map-%1").arg(m_counter)); // suffix added
    m_dialogs->pushFileName(png);
    click(QStringLiteral("flowMapExportPng"));
    QCOMPARE(m_dialogs->lastSeen().kind, QStringLiteral("save"));
    QImage image;
    QVERIFY(image.load(png));
    QVERIFY(image.width() > 0 && image.height() > 0);
    const QRectF content = m_page->map()->scene()->contentRect();
    QCOMPARE(image.width(), qCeil(content.width() * 2));
    QCOMPARE(image.height(), qCeil(content.height() * 2));

    m_dialogs->pushFileName(svg);
    click(QStringLiteral("flowMapExportSvg"));
    QFile file(svg + QStringLiteral(".svg"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(QStringLiteral("<svg")));
    for (const char *ref : {"FL-0001", "FL-0002", "FL-0003", "FL-0004"})
        QVERIFY2(text.contains(QLatin1String(ref)), ref);
    QVERIFY(text.contains(QStringLiteral("Northshire Police")));
    QVERIFY(text.contains(QStringLiteral("unencrypted")));
    // Leaves the files for a look when asked to.
    const QByteArray keep = qgetenv("IGW_KEEP_FLOW_MAP");
    if (!keep.isEmpty()) {
        QFile::remove(QString::fromLocal8Bit(keep) + QStringLiteral(".png"));
        QFile::copy(png, QString::fromLocal8Bit(keep) + QStringLiteral(".png"));
        QFile::remove(QString::fromLocal8Bit(keep) + QStringLiteral(".svg"));
        QFile::copy(svg + QStringLiteral(".svg"),
                    QString::fromLocal8Bit(keep) + QStringLiteral(".svg"));
    }
}

void TestFlows::exportCancelledWritesNothing()
{
    seed();
    makePage();
    showMap();
    m_dialogs->pushFileName(QString());
    QVERIFY(!m_page->map()->exportPng());
    // An unwritable place is reported, not ignored.
    m_dialogs->pushFileName(m_dir.filePath(QStringLiteral("no/such/folder/map.svg")));
    m_dialogs->pushOk();
    QVERIFY(!m_page->map()->exportSvg());
    QCOMPARE(m_dialogs->lastSeen().kind, QStringLiteral("critical"));
}

void TestFlows::modelPassesModelTester()
{
    seed();
    FlowModel model(*m_ws);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(FlowModel::ColumnCount));
    QVERIFY(addFlow({{flowField::title, QStringLiteral("Another")},
                     {flowField::fromOrgId, m_nhs},
                     {flowField::toAssetId, m_cases}}));
    QTRY_COMPARE(model.rowCount(), 5);
    QString error;
    QVERIFY(m_ws->records().remove(kinds::flow(), 1, &error));
    QTRY_COMPARE(model.rowCount(), 4);
    // Renaming an asset renames it in the list.
    QVERIFY(m_ws->records().update(kinds::asset(), m_housing,
                                   {{assetField::name, QStringLiteral("Housing allocations")}},
                                   &error));
    QTRY_VERIFY(model.index(model.rowOfId(3), FlowModel::From)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Housing allocations")));
    // Risk sorts by severity.
    QVERIFY(model.index(model.rowOfId(3), FlowModel::Risk).data(FlowModel::SortRole).toInt() <
            model.index(model.rowOfId(2), FlowModel::Risk).data(FlowModel::SortRole).toInt() + 2);
    makePage();
    QAbstractItemModelTester proxyTester(m_page->list()->model(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    type(QStringLiteral("flowSearch"), QStringLiteral("police"));
    m_page->showAsset(m_cases);
    m_page->showAsset(0);
}

void TestFlows::inputsHaveNamesAndTabOrder()
{
    seed();
    makePage();
    click(QStringLiteral("flowAdd"));
    const QStringList inputs{
        QStringLiteral("flowSearch"),      QStringLiteral("flowList"),
        QStringLiteral("flowTitle"),       QStringLiteral("flowFromAsset"),
        QStringLiteral("flowFromPartner"), QStringLiteral("flowFromChoice"),
        QStringLiteral("flowToAsset"),     QStringLiteral("flowToPartner"),
        QStringLiteral("flowToChoice"),    QStringLiteral("flowDataItems"),
        QStringLiteral("flowPurpose"),     QStringLiteral("flowTransferMethod"),
        QStringLiteral("flowFrequency"),   QStringLiteral("flowVolume"),
        QStringLiteral("flowLawfulBasis"), QStringLiteral("flowAgreementRef"),
        QStringLiteral("flowRiskRating"),  QStringLiteral("flowNotes"),
        QStringLiteral("flowMap"),         QStringLiteral("flowMapFunction"),
        QStringLiteral("flowMapPartner")};
    for (const QString &name : inputs) {
        QWidget *w = child<QWidget>(m_page.get(), name);
        QVERIFY2(w, qPrintable(name));
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(name + QStringLiteral(" has no name")));
    }
    QVERIFY(!child<QCheckBox>(m_page.get(), QStringLiteral("flowEncrypted"))->text().isEmpty());
    // Tab walks the form top to bottom and reaches Apply.
    QWidget *w = child<QWidget>(m_page.get(), QStringLiteral("flowTitle"));
    QStringList seen;
    for (int i = 0; i < 40 && w; ++i) {
        seen << w->objectName();
        if (w->objectName() == QLatin1String("flowApply"))
            break;
        w = w->nextInFocusChain();
        while (w && !(w->focusPolicy() & Qt::TabFocus && w->isVisible() && w->isEnabled()))
            w = w->nextInFocusChain();
    }
    QVERIFY2(seen.contains(QStringLiteral("flowApply")), qPrintable(seen.join(QLatin1Char(' '))));
    QVERIFY(seen.indexOf(QStringLiteral("flowFromChoice")) <
            seen.indexOf(QStringLiteral("flowToChoice")));
    QVERIFY(seen.indexOf(QStringLiteral("flowToChoice")) <
            seen.indexOf(QStringLiteral("flowRiskRating")));
    click(QStringLiteral("flowRevert"));
}

void TestFlows::demoRegisterMapIsResponsive()
{
    QString error;
    QVERIFY2(addDemoDirectory(*m_ws, &error), qPrintable(error));
    QVERIFY2(addDemoRegister(*m_ws, &error), qPrintable(error));
    makePage();
    const qint64 flows = flowCount();
    QVERIFY(flows > 0);
    QElapsedTimer timer;
    timer.start();
    showMap();
    QCOMPARE(qint64(m_page->map()->scene()->edgeItems().size()), flows);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    // Every box drawn has a flow.
    for (const FlowNodeItem *node : m_page->map()->scene()->nodeItems())
        QVERIFY(!node->edges().isEmpty());
    const QByteArray keep = qgetenv("IGW_KEEP_FLOW_MAP");
    if (!keep.isEmpty()) {
        m_dialogs->pushFileName(QString::fromLocal8Bit(keep) + QStringLiteral("-demo.png"));
        QVERIFY(m_page->map()->exportPng());
    }
}

void TestFlows::hundredsOfFlowsStayResponsive()
{
    // A large council: 300 assets in 12 functions, 40 partners, 600 flows.
    QList<qint64> assets;
    QList<qint64> partners;
    {
        WriteTransaction tx(*m_ws);
        for (int i = 0; i < 300; ++i)
            assets << addAsset(QStringLiteral("System %1").arg(i, 3, 10, QLatin1Char('0')),
                               QStringLiteral("Function %1").arg(i % 12));
        for (int i = 0; i < 40; ++i)
            partners << addPartner(QStringLiteral("Partner %1").arg(i));
        const QStringList risks{QStringLiteral("low"), QStringLiteral("medium"),
                                QStringLiteral("high"), QString()};
        for (int i = 0; i < 600; ++i) {
            QVariantMap v{{flowField::title, QStringLiteral("Flow %1").arg(i)},
                          {flowField::transferMethod, QStringLiteral("sftp")},
                          {flowField::encryptedInTransit, i % 7 == 0 ? 0 : 1},
                          {flowField::riskRating, risks.at(i % 4)}};
            v.insert(flowField::fromAssetId, assets.at((i * 7) % 300));
            if (i % 5 == 0)
                v.insert(flowField::toAssetId, assets.at((i * 11 + 1) % 300));
            else
                v.insert(flowField::toOrgId, partners.at((i * 3) % 40));
            QVERIFY(addFlow(v));
        }
        QVERIFY(tx.commit());
    }
    QElapsedTimer timer;
    timer.start();
    makePage();
    showMap();
    const qint64 elapsed = timer.elapsed();
    FlowMapScene *scene = m_page->map()->scene();
    QCOMPARE(scene->edgeItems().size(), 600);
    QVERIFY2(elapsed < 8000, qPrintable(QString::number(elapsed)));
    const auto nodes = scene->nodeItems();
    for (int i = 0; i < nodes.size(); ++i) {
        for (int j = i + 1; j < nodes.size(); ++j)
            QVERIFY(!nodes.at(i)->sceneBox().intersects(nodes.at(j)->sceneBox()));
    }
    // Filtering to one partner draws only its flows.
    timer.restart();
    choose(QStringLiteral("flowMapPartner"), partners.at(3));
    QCOMPARE(scene->edgeItems().size(), 15);
    QVERIFY(timer.elapsed() < 3000);
    const QByteArray keep = qgetenv("IGW_KEEP_FLOW_MAP");
    if (!keep.isEmpty()) {
        choose(QStringLiteral("flowMapPartner"), QVariant());
        qInfo("map of 600 flows built in %lld ms", elapsed);
        m_dialogs->pushFileName(QString::fromLocal8Bit(keep) + QStringLiteral("-large.png"));
        QVERIFY(m_page->map()->exportPng());
    }
}

QTEST_MAIN(TestFlows)
#include "tst_flows.moc"
