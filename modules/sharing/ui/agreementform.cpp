#include "sharing/ui/agreementform.h"

#include "register/assets.h"
#include "register/ui/assetformbinder.h"
#include "register/ui/assetformhelpers.h"
#include "register/ui/formrows.h"
#include "register/ui/optionaldateedit.h"
#include "ropa/activities.h"
#include "ropa/ui/linkpicker.h"
#include "sharing/agreements.h"
#include "sharing/ui/sharinguitr.h"

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

namespace af = agreementField;
using formRows::addRow;

QScrollArea *scrolling(QWidget *owner, QWidget *content)
{
    auto *scroll = new QScrollArea(owner);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

QFormLayout *form()
{
    auto *f = new QFormLayout;
    f->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    return f;
}

void pickerRow(QFormLayout *layout, const QString &text, LinkPicker *picker)
{
    layout->setRowWrapPolicy(QFormLayout::WrapAllRows);
    addRow(layout, text, picker, picker->searchEdit());
    picker->setAccessibleName(formRows::plainName(text));
}

void buildDetails(AgreementForm &f, QWidget *owner)
{
    f.title = new QLineEdit(owner);
    f.purpose = formRows::textBox(owner, 4);
    f.benefits = formRows::textBox(owner, 3);
    f.notes = formRows::textBox(owner, 3);
    f.status = new QLabel(owner);
    f.version = new QLabel(owner);
    f.startDate = new OptionalDateEdit(owner);
    f.reviewDate = new OptionalDateEdit(owner);
    f.endDate = new OptionalDateEdit(owner);
    f.title->setPlaceholderText(SharingUiTr::tr("e.g. Hospital discharge and adult social care"));
    f.purpose->setPlaceholderText(
        SharingUiTr::tr("Why the data is shared: the specific purpose the parties agree on"));
    f.benefits->setPlaceholderText(
        SharingUiTr::tr("What the sharing achieves for people and services"));
    f.reviewDate->setDefaultDate(QDate::currentDate().addYears(1));
    f.endDate->setDefaultDate(QDate::currentDate().addYears(3));
    for (QLabel *l : {f.status, f.version})
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);

    QFormLayout *left = form();
    addRow(left, SharingUiTr::tr("&Title:"), f.title);
    addRow(left, SharingUiTr::tr("&Purpose:"), f.purpose);
    addRow(left, SharingUiTr::tr("&Benefits:"), f.benefits);
    addRow(left, SharingUiTr::tr("N&otes:"), f.notes);
    QFormLayout *right = form();
    addRow(right, SharingUiTr::tr("Status:"), f.status);
    addRow(right, SharingUiTr::tr("Version:"), f.version);
    addRow(right, SharingUiTr::tr("&Starts:"), f.startDate, f.startDate->checkBox());
    addRow(right, SharingUiTr::tr("Re&view by:"), f.reviewDate, f.reviewDate->checkBox());
    addRow(right, SharingUiTr::tr("&Ends:"), f.endDate, f.endDate->checkBox());

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
    f.detailsTab = f.tabs->addTab(scrolling(owner, outer), SharingUiTr::tr("&Details"));

    f.binder->bind(af::title, f.title);
    f.binder->bind(af::purpose, f.purpose);
    f.binder->bind(af::benefits, f.benefits);
    f.binder->bind(af::notes, f.notes);
    f.binder->bind(af::startDate, f.startDate);
    f.binder->bind(af::reviewDate, f.reviewDate);
    f.binder->bind(af::endDate, f.endDate);
    f.tabOrder << f.title << f.purpose << f.benefits << f.notes << f.startDate->checkBox()
               << f.startDate->dateEdit() << f.reviewDate->checkBox() << f.reviewDate->dateEdit()
               << f.endDate->checkBox() << f.endDate->dateEdit();
}

void buildBasis(AgreementForm &f, QWidget *owner)
{
    f.lawfulBasis = new QComboBox(owner);
    f.art9 = new QComboBox(owner);
    f.schedule1 = new QComboBox(owner);
    f.art10 = new QComboBox(owner);
    f.gateway = formRows::textBox(owner, 3);
    f.dataSubjects = new QLineEdit(owner);
    const QString none = SharingUiTr::tr("(not set)");
    assetForms::fillChoices(f.lawfulBasis, choices::lawfulBasis(), none);
    assetForms::fillChoices(f.art9, choices::art9Condition(),
                            SharingUiTr::tr("(no special category data)"));
    assetForms::fillChoices(f.schedule1, choices::schedule1Condition(), none);
    assetForms::fillChoices(f.art10, choices::art10Basis(),
                            SharingUiTr::tr("(no criminal offence data)"));
    f.gateway->setPlaceholderText(
        SharingUiTr::tr("The law that allows or requires the sharing, e.g. Children Act 2004 "
                        "s.10, Care Act 2014 s.6"));
    f.dataSubjects->setPlaceholderText(
        SharingUiTr::tr("Whose data, e.g. patients ready for discharge; carers (separate with ;)"));
    f.dataSubjects->setToolTip(SharingUiTr::tr(
        "Left empty, the data subjects are taken from the linked assets' categories"));

    QFormLayout *layout = form();
    addRow(layout, SharingUiTr::tr("Art. &6 lawful basis:"), f.lawfulBasis);
    addRow(layout, SharingUiTr::tr("Art. &9 condition:"), f.art9);
    addRow(layout, SharingUiTr::tr("DPA 2018 Sc&hedule 1 condition:"), f.schedule1);
    addRow(layout, SharingUiTr::tr("Art. 1&0 (criminal offence data):"), f.art10);
    addRow(layout, SharingUiTr::tr("Statutory &gateway:"), f.gateway);
    addRow(layout, SharingUiTr::tr("Data s&ubjects:"), f.dataSubjects);
    auto *note = formRows::hint(owner);
    note->setText(SharingUiTr::tr(
        "Once the agreement has gone out for signature, a change on this tab or to the data "
        "shared starts a new version that every party signs again."));
    f.versionNote = note;

    auto *box = new QWidget;
    auto *v = new QVBoxLayout(box);
    v->addLayout(layout);
    v->addWidget(note);
    v->addStretch(1);
    f.basisTab = f.tabs->addTab(scrolling(owner, box), SharingUiTr::tr("B&asis"));

    f.binder->bind(af::lawfulBasis, f.lawfulBasis);
    f.binder->bind(af::art9Condition, f.art9);
    f.binder->bind(af::schedule1Condition, f.schedule1);
    f.binder->bind(af::art10, f.art10);
    f.binder->bind(af::statutoryGateway, f.gateway);
    f.binder->bind(af::dataSubjects, f.dataSubjects);
    f.tabOrder << f.lawfulBasis << f.art9 << f.schedule1 << f.art10 << f.gateway << f.dataSubjects;
}

void buildHandling(AgreementForm &f, QWidget *owner)
{
    QFormLayout *layout = form();
    auto *intro = formRows::hint(owner);
    intro->setText(SharingUiTr::tr(
        "How the parties handle the data. The clause library supplies the standard wording of "
        "each section; what you write here is the agreement's own commitment."));
    for (const QString &field : AgreementForm::handlingFields()) {
        QPlainTextEdit *edit = formRows::textBox(owner, 3);
        edit->setObjectName(QStringLiteral("agreement_") + field);
        addRow(layout, agreementFieldLabel(field) + QLatin1Char(':'), edit);
        f.binder->bind(field, edit);
        f.handling << edit;
        f.tabOrder << edit;
    }
    auto *box = new QWidget;
    auto *v = new QVBoxLayout(box);
    v->addWidget(intro);
    v->addLayout(layout);
    v->addStretch(1);
    f.handlingTab = f.tabs->addTab(scrolling(owner, box), SharingUiTr::tr("&Handling"));
}

void buildData(AgreementForm &f, QWidget *owner)
{
    f.assets = new LinkPicker(owner);
    f.flows = new LinkPicker(owner);
    f.activities = new LinkPicker(owner);
    f.assets->setMissingText(SharingUiTr::tr("asset %1 (not found)"));
    f.flows->setMissingText(SharingUiTr::tr("flow %1 (not found)"));
    f.activities->setMissingText(SharingUiTr::tr("activity %1 (not found)"));
    auto *intro = formRows::hint(owner);
    intro->setText(SharingUiTr::tr(
        "What is shared, picked from the register so the agreement and the register stay "
        "linked: the flows carry the data items, the assets say whose data and which "
        "categories. The schedule of data items in the document is drawn from them."));
    QFormLayout *flows = form();
    pickerRow(flows, SharingUiTr::tr("In&formation flows:"), f.flows);
    QFormLayout *assets = form();
    pickerRow(assets, SharingUiTr::tr("Information a&ssets:"), f.assets);
    QFormLayout *activities = form();
    pickerRow(activities, SharingUiTr::tr("Processing a&ctivities:"), f.activities);
    auto *box = new QWidget;
    auto *v = new QVBoxLayout(box);
    v->addWidget(intro);
    auto *columns = new QHBoxLayout;
    columns->addLayout(flows, 1);
    columns->addLayout(assets, 1);
    columns->addLayout(activities, 1);
    v->addLayout(columns, 1);
    f.dataTab = f.tabs->addTab(scrolling(owner, box), SharingUiTr::tr("Data sha&red"));
    f.tabOrder << f.flows->searchEdit() << f.flows->list() << f.assets->searchEdit()
               << f.assets->list() << f.activities->searchEdit() << f.activities->list();
}

} // namespace

const QStringList &AgreementForm::handlingFields()
{
    static const QStringList fields{af::informingIndividuals, af::rightsHandling, af::foiHandling,
                                    af::complaintsHandling,   af::dataQuality,    af::security,
                                    af::retentionDeletion,    af::breachHandling, af::onwardSharing,
                                    af::reviewArrangements,   af::variation,      af::termination};
    return fields;
}

int AgreementForm::tabOf(const QString &field) const
{
    if (field == af::assetIds || field == af::flowIds || field == af::activityIds)
        return dataTab;
    if (handlingFields().contains(field))
        return handlingTab;
    if (field == af::lawfulBasis || field == af::art9Condition || field == af::schedule1Condition ||
        field == af::art10 || field == af::statutoryGateway || field == af::dataSubjects)
        return basisTab;
    return binder->fields().contains(field) ? detailsTab : -1;
}

AgreementForm AgreementForm::build(QWidget *owner)
{
    AgreementForm f;
    f.tabs = new QTabWidget(owner);
    f.tabs->setObjectName(QStringLiteral("agreementTabs"));
    f.tabs->setDocumentMode(true);
    f.tabs->setUsesScrollButtons(true);
    f.binder = new AssetFormBinder(owner);
    buildDetails(f, owner);
    buildBasis(f, owner);
    buildHandling(f, owner);
    buildData(f, owner);
    const QList<QPair<QWidget *, const char *>> names{{f.title, "agreementTitle"},
                                                      {f.purpose, "agreementPurpose"},
                                                      {f.benefits, "agreementBenefits"},
                                                      {f.notes, "agreementNotes"},
                                                      {f.status, "agreementStatus"},
                                                      {f.version, "agreementVersion"},
                                                      {f.startDate, "agreementStart"},
                                                      {f.reviewDate, "agreementReview"},
                                                      {f.endDate, "agreementEnd"},
                                                      {f.lawfulBasis, "agreementLawfulBasis"},
                                                      {f.art9, "agreementArt9"},
                                                      {f.schedule1, "agreementSchedule1"},
                                                      {f.art10, "agreementArt10"},
                                                      {f.gateway, "agreementGateway"},
                                                      {f.dataSubjects, "agreementSubjects"},
                                                      {f.assets, "agreementAssets"},
                                                      {f.flows, "agreementFlows"},
                                                      {f.activities, "agreementActivities"},
                                                      {f.versionNote, "agreementVersionNote"}};
    for (const auto &n : names)
        n.first->setObjectName(QString::fromLatin1(n.second));
    return f;
}

} // namespace igw
