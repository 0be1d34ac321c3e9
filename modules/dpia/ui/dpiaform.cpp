#include "dpia/ui/dpiaform.h"

#include "dpia/dpiarecords.h"
#include "dpia/riskmatrix.h"
#include "dpia/ui/dpiaformrows.h"
#include "dpia/ui/dpiauitr.h"
#include "register/ui/assetformbinder.h"
#include "register/ui/optionaldateedit.h"
#include "ropa/ui/linkpicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace igw {

namespace {

using dpiaForms::addRow;

QScrollArea *scrolling(QWidget *owner, QWidget *content)
{
    auto *scroll = new QScrollArea(owner);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

void buildDetails(DpiaForm &f, QWidget *owner)
{
    f.title = new QLineEdit(owner);
    f.summary = dpiaForms::textBox(owner, 4);
    f.notes = dpiaForms::textBox(owner, 3);
    f.status = new QLabel(owner);
    f.version = new QLabel(owner);
    f.owner = new QComboBox(owner);
    f.matrix = new QComboBox(owner);
    f.matrixHint = dpiaForms::hint(owner);
    f.reviewDate = new OptionalDateEdit(owner);
    f.title->setPlaceholderText(DpiaUiTr::tr("e.g. Library self-service kiosks"));
    f.summary->setPlaceholderText(
        DpiaUiTr::tr("What the project does with personal data and why an assessment is needed"));
    f.reviewDate->setDefaultDate(QDate::currentDate().addYears(1));
    for (const RiskMatrix &m : {RiskMatrix::ico3(), RiskMatrix::cnil4()})
        f.matrix->addItem(m.name, m.key);
    f.matrix->setToolTip(DpiaUiTr::tr("The scale risks are assessed on: the ICO's 3 x 3 template "
                                      "or the CNIL's 4 x 4 method"));
    f.status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    f.version->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *left = new QFormLayout;
    left->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addRow(left, DpiaUiTr::tr("&Title:"), f.title);
    addRow(left, DpiaUiTr::tr("Su&mmary:"), f.summary);
    addRow(left, DpiaUiTr::tr("N&otes:"), f.notes);
    auto *right = new QFormLayout;
    right->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addRow(right, DpiaUiTr::tr("Status:"), f.status);
    addRow(right, DpiaUiTr::tr("Version:"), f.version);
    addRow(right, DpiaUiTr::tr("O&wner:"), f.owner);
    addRow(right, DpiaUiTr::tr("Risk &matrix:"), f.matrix);
    right->addRow(f.matrixHint);
    addRow(right, DpiaUiTr::tr("Re&view date:"), f.reviewDate, f.reviewDate->checkBox());

    auto *box = new QWidget;
    auto *columns = new QHBoxLayout(box);
    columns->addLayout(left, 3);
    columns->addSpacing(12);
    columns->addLayout(right, 2);
    auto *outer = new QWidget;
    auto *outerLayout = new QVBoxLayout(outer);
    outerLayout->setContentsMargins(0, 0, 0, 0);
    outerLayout->addWidget(box);
    outerLayout->addStretch(1);
    f.detailsTab = f.tabs->addTab(scrolling(owner, outer), DpiaUiTr::tr("&Details"));

    using namespace dpiaField;
    f.binder->bind(title, f.title);
    f.binder->bind(summary, f.summary);
    f.binder->bind(notes, f.notes);
    f.binder->bind(ownerPersonId, f.owner);
    f.binder->bind(matrix, f.matrix);
    f.binder->bind(reviewDate, f.reviewDate);
    f.tabOrder << f.title << f.summary << f.notes << f.owner << f.matrix << f.reviewDate->checkBox()
               << f.reviewDate->dateEdit();
}

void buildLinks(DpiaForm &f, QWidget *owner)
{
    f.activities = new LinkPicker(owner);
    f.activities->setMissingText(DpiaUiTr::tr("activity %1 (not found)"));
    f.assets = new LinkPicker(owner);
    f.assets->setMissingText(DpiaUiTr::tr("asset %1 (not found)"));
    auto *intro = dpiaForms::hint(owner);
    intro->setText(DpiaUiTr::tr("The processing activities and information assets this "
                                "assessment covers. The record of processing shows the link "
                                "from the other side."));
    auto *activitiesForm = new QFormLayout;
    activitiesForm->setRowWrapPolicy(QFormLayout::WrapAllRows);
    addRow(activitiesForm, DpiaUiTr::tr("Processing &activities covered:"), f.activities,
           f.activities->searchEdit());
    auto *assetsForm = new QFormLayout;
    assetsForm->setRowWrapPolicy(QFormLayout::WrapAllRows);
    addRow(assetsForm, DpiaUiTr::tr("Information a&ssets covered:"), f.assets,
           f.assets->searchEdit());

    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(intro);
    auto *columns = new QHBoxLayout;
    columns->addLayout(activitiesForm, 1);
    columns->addSpacing(12);
    columns->addLayout(assetsForm, 1);
    layout->addLayout(columns);
    layout->addStretch(1);
    f.linksTab = f.tabs->addTab(scrolling(owner, box), DpiaUiTr::tr("&Links"));
    f.tabOrder << f.activities->searchEdit() << f.activities->list() << f.assets->searchEdit()
               << f.assets->list();
}

} // namespace

DpiaForm DpiaForm::build(QWidget *owner)
{
    DpiaForm f;
    f.tabs = new QTabWidget(owner);
    f.tabs->setObjectName(QStringLiteral("dpiaTabs"));
    f.tabs->setDocumentMode(true);
    f.binder = new AssetFormBinder(owner);
    buildDetails(f, owner);
    buildLinks(f, owner);

    const QList<QPair<QWidget *, const char *>> names{
        {f.title, "dpiaTitle"},
        {f.summary, "dpiaSummary"},
        {f.notes, "dpiaNotes"},
        {f.status, "dpiaStatus"},
        {f.version, "dpiaVersion"},
        {f.owner, "dpiaOwner"},
        {f.matrix, "dpiaMatrix"},
        {f.matrixHint, "dpiaMatrixHint"},
        {f.reviewDate, "dpiaReviewDate"},
        {f.activities, "dpiaActivities"},
        {f.activities->searchEdit(), "dpiaActivitiesSearch"},
        {f.activities->list(), "dpiaActivitiesList"},
        {f.assets, "dpiaAssets"},
        {f.assets->searchEdit(), "dpiaAssetsSearch"},
        {f.assets->list(), "dpiaAssetsList"}};
    for (const auto &n : names)
        n.first->setObjectName(QString::fromLatin1(n.second));
    return f;
}

} // namespace igw
