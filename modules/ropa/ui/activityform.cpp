#include "ropa/ui/activityform.h"

#include "register/assets.h"
#include "register/ui/assetformbinder.h"
#include "register/ui/assetformhelpers.h"
#include "register/ui/optionaldateedit.h"
#include "register/ui/termsedit.h"
#include "ropa/activities.h"
#include "ropa/ui/activityhistory.h"
#include "ropa/ui/categorypicker.h"
#include "ropa/ui/linkpicker.h"
#include "ropa/ui/ropauitr.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace igw {

namespace {

using assetForms::fillChoices;
using assetForms::sectionHeading;

// One tab: a scrolling form whose rows are labelled, named for assistive technology and
// chained for the keyboard in the order they are added.
class TabBuilder {
public:
    TabBuilder(ActivityForm &form, QWidget *owner, const QString &title)
        : m_layout(new QFormLayout)
    {
        auto *box = new QWidget;
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->addLayout(m_layout);
        boxLayout->addStretch(1);
        // Labels above their fields: the legal wording is long and the form is narrow.
        m_layout->setRowWrapPolicy(QFormLayout::WrapAllRows);
        m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        auto *scroll = new QScrollArea(owner);
        scroll->setWidget(box);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_index = form.tabs->addTab(scroll, title);
    }

    int index() const { return m_index; }

    void heading(const QString &text)
    {
        QLabel *label = sectionHeading(text);
        label->setWordWrap(true);
        m_layout->addRow(label);
    }
    void note(QLabel *label) { m_layout->addRow(label); }

    // `buddy` takes the focus for the label; `named` gets the accessible name.
    void row(const QString &text, QWidget *field, QWidget *buddy = nullptr)
    {
        buddy = buddy ? buddy : field;
        auto *label = new QLabel(text);
        label->setBuddy(buddy);
        m_layout->addRow(label, field);
        const QString name = QString(text).remove(QLatin1Char('&')).remove(QLatin1Char(':'));
        if (auto *terms = qobject_cast<TermsEdit *>(field))
            terms->setAccessibleName(name);
        else if (auto *date = qobject_cast<OptionalDateEdit *>(field))
            date->setAccessibleName(name);
        else if (auto *picker = qobject_cast<CategoryPicker *>(field))
            picker->setAccessibleName(name);
        else if (auto *links = qobject_cast<LinkPicker *>(field))
            links->setAccessibleName(name);
        else
            buddy->setAccessibleName(name);
    }

private:
    QFormLayout *m_layout;
    int m_index = -1;
};

QPlainTextEdit *textBox(QWidget *owner, int lines)
{
    auto *edit = new QPlainTextEdit(owner);
    edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

QComboBox *combo(QWidget *owner, const Choices &list, const QString &noneText)
{
    auto *c = new QComboBox(owner);
    // Labels carry citations: keep the combo narrow, the pop-up shows them in full.
    c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    c->setMinimumContentsLength(16);
    fillChoices(c, list, noneText);
    return c;
}

QLabel *hint(QWidget *owner)
{
    auto *label = new QLabel(owner);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void buildArticle30(ActivityForm &f, QWidget *owner)
{
    TabBuilder tab(f, owner, RopaUiTr::tr("Article &30"));
    f.role = combo(owner, choices::activityRole(), {});
    f.name = new QLineEdit(owner);
    f.businessFunction = new QLineEdit(owner);
    f.purpose = textBox(owner, 3);
    f.jointController = new QLineEdit(owner);
    f.subjects = new CategoryPicker(owner);
    f.data = new CategoryPicker(owner);
    f.recipientOrganisations = hint(owner);
    f.recipientCategories = new QLineEdit(owner);
    f.processorContract = new QLineEdit(owner);
    const QString notAnswered = RopaUiTr::tr("(not answered)");
    const QString notSet = RopaUiTr::tr("(not set)");
    f.transfers = combo(owner, choices::yesNo(), notAnswered);
    f.thirdCountries = new QLineEdit(owner);
    f.transferSafeguard = combo(owner, choices::transferSafeguard(), notSet);
    f.retention = new QLineEdit(owner);
    f.security = textBox(owner, 3);
    f.lastReview = new OptionalDateEdit(owner);
    f.notes = textBox(owner, 3);

    f.name->setPlaceholderText(RopaUiTr::tr("e.g. Council tax billing and collection"));
    f.businessFunction->setPlaceholderText(RopaUiTr::tr("e.g. Revenues & Benefits"));
    f.jointController->setPlaceholderText(RopaUiTr::tr("Name and contact details, if any"));
    f.recipientCategories->setPlaceholderText(
        RopaUiTr::tr("Other recipients, e.g. auditors; the public"));
    f.processorContract->setPlaceholderText(RopaUiTr::tr("Document reference or address"));
    f.thirdCountries->setPlaceholderText(RopaUiTr::tr("e.g. United States"));
    f.retention->setPlaceholderText(RopaUiTr::tr("Retention schedule class or period"));
    f.lastReview->setDefaultDate(QDate::currentDate());

    tab.heading(RopaUiTr::tr("The activity"));
    tab.row(RopaUiTr::tr("Role:"), f.role);
    tab.row(RopaUiTr::tr("Processing activit&y:"), f.name);
    tab.row(RopaUiTr::tr("Business function:"), f.businessFunction);
    tab.row(RopaUiTr::tr("Purpose of processing:"), f.purpose);
    tab.row(RopaUiTr::tr("Joint controller:"), f.jointController);
    tab.heading(RopaUiTr::tr("People and data"));
    auto *askOnce = hint(owner);
    askOnce->setText(RopaUiTr::tr("Proposed by the assets used (Links tab): untick what does not "
                                  "apply to this activity, and add your own below."));
    tab.note(askOnce);
    tab.row(RopaUiTr::tr("Categories of individuals:"), f.subjects, f.subjects->list());
    tab.row(RopaUiTr::tr("Categories of personal data:"), f.data, f.data->list());
    tab.heading(RopaUiTr::tr("Recipients"));
    tab.note(f.recipientOrganisations);
    tab.row(RopaUiTr::tr("Other recipients:"), f.recipientCategories);
    tab.row(RopaUiTr::tr("Link to contract with processor:"), f.processorContract);
    tab.heading(RopaUiTr::tr("Transfers outside the UK"));
    tab.row(RopaUiTr::tr("International transfers:"), f.transfers);
    tab.row(RopaUiTr::tr("Third countries or international organisations:"), f.thirdCountries);
    tab.row(RopaUiTr::tr("Safeguards:"), f.transferSafeguard);
    tab.heading(RopaUiTr::tr("Retention and security"));
    tab.row(RopaUiTr::tr("Retention schedule:"), f.retention);
    tab.row(RopaUiTr::tr("Technical and organisational security measures:"), f.security);
    tab.heading(RopaUiTr::tr("Review"));
    tab.row(RopaUiTr::tr("Last reviewed:"), f.lastReview, f.lastReview->checkBox());
    tab.row(RopaUiTr::tr("Notes:"), f.notes);

    using namespace activityField;
    f.binder->bind(role, f.role);
    f.binder->bind(name, f.name);
    f.binder->bind(businessFunction, f.businessFunction);
    f.binder->bind(purpose, f.purpose);
    f.binder->bind(jointController, f.jointController);
    f.binder->bind(recipientCategories, f.recipientCategories);
    f.binder->bind(processorContract, f.processorContract);
    f.binder->bind(internationalTransfers, f.transfers);
    f.binder->bind(thirdCountries, f.thirdCountries);
    f.binder->bind(transferSafeguard, f.transferSafeguard);
    f.binder->bind(retentionSchedule, f.retention);
    f.binder->bind(securityMeasures, f.security);
    f.binder->bind(lastReview, f.lastReview);
    f.binder->bind(notes, f.notes);
    f.focusFor.insert(subjectCategoriesExtra, f.subjects);
    f.focusFor.insert(subjectCategoriesExcluded, f.subjects);
    f.focusFor.insert(dataCategoriesExtra, f.data);
    f.focusFor.insert(dataCategoriesExcluded, f.data);
    f.tabOrder << f.role << f.name << f.businessFunction << f.purpose << f.jointController
               << f.subjects->list() << f.subjects->extra()->lineEdit()
               << f.subjects->extra()->chooseButton() << f.data->list()
               << f.data->extra()->lineEdit() << f.data->extra()->chooseButton()
               << f.recipientCategories << f.processorContract << f.transfers << f.thirdCountries
               << f.transferSafeguard << f.retention << f.security << f.lastReview->checkBox()
               << f.lastReview->dateEdit() << f.notes;
}

void buildPrivacyNotice(ActivityForm &f, QWidget *owner)
{
    TabBuilder tab(f, owner, RopaUiTr::tr("Privacy no&tice"));
    const QString notSet = RopaUiTr::tr("(not set)");
    f.lawfulBasis = combo(owner, choices::lawfulBasis(), notSet);
    f.art9 = combo(owner, choices::art9Condition(), notSet);
    f.art9Hint = hint(owner);
    f.legitimateInterests = textBox(owner, 3);
    f.liaLink = new QLineEdit(owner);
    f.rights = textBox(owner, 3);
    f.automatedDecisions = textBox(owner, 2);
    f.source = new QLineEdit(owner);
    f.liaLink->setPlaceholderText(RopaUiTr::tr("Document reference or address"));
    f.source->setPlaceholderText(RopaUiTr::tr("e.g. the individual; the DWP"));
    f.rights->setPlaceholderText(
        RopaUiTr::tr("e.g. access, rectification, erasure, restriction, objection"));

    tab.row(RopaUiTr::tr("Article 6 lawful basis:"), f.lawfulBasis);
    tab.row(RopaUiTr::tr("Article 9 condition:"), f.art9);
    tab.note(f.art9Hint);
    tab.row(RopaUiTr::tr("Legitimate interests:"), f.legitimateInterests);
    tab.row(RopaUiTr::tr("Link to legitimate interests assessment:"), f.liaLink);
    tab.row(RopaUiTr::tr("Rights available to individuals:"), f.rights);
    tab.row(RopaUiTr::tr("Automated decision-making, including profiling:"), f.automatedDecisions);
    tab.row(RopaUiTr::tr("Source of the personal data:"), f.source);

    using namespace activityField;
    f.binder->bind(lawfulBasis, f.lawfulBasis);
    f.binder->bind(art9Condition, f.art9);
    f.binder->bind(legitimateInterests, f.legitimateInterests);
    f.binder->bind(liaLink, f.liaLink);
    f.binder->bind(rightsAvailable, f.rights);
    f.binder->bind(automatedDecisions, f.automatedDecisions);
    f.binder->bind(dataSource, f.source);
    f.tabOrder << f.lawfulBasis << f.art9 << f.legitimateInterests << f.liaLink << f.rights
               << f.automatedDecisions << f.source;
}

void buildConsentDpia(ActivityForm &f, QWidget *owner)
{
    TabBuilder tab(f, owner, RopaUiTr::tr("Consent, access, DPIA, &breaches"));
    const QString notAnswered = RopaUiTr::tr("(not answered)");
    f.consentLink = new QLineEdit(owner);
    f.location = new QLineEdit(owner);
    f.dpiaRequired = combo(owner, choices::dpiaRequired(), notAnswered);
    f.dpiaProgress = combo(owner, choices::dpiaProgress(), RopaUiTr::tr("(not set)"));
    f.dpiaLink = new QLineEdit(owner);
    f.breach = combo(owner, choices::yesNo(), notAnswered);
    f.breachLink = new QLineEdit(owner);
    for (QLineEdit *link : {f.consentLink, f.dpiaLink, f.breachLink})
        link->setPlaceholderText(RopaUiTr::tr("Document reference or address"));
    f.location->setPlaceholderText(RopaUiTr::tr("System, shared drive or paper store"));

    tab.heading(RopaUiTr::tr("Consent and access"));
    tab.row(RopaUiTr::tr("Link to record of consent:"), f.consentLink);
    tab.row(RopaUiTr::tr("Location of personal data:"), f.location);
    tab.heading(RopaUiTr::tr("Data protection impact assessment"));
    tab.row(RopaUiTr::tr("DPIA required:"), f.dpiaRequired);
    tab.row(RopaUiTr::tr("DPIA progress:"), f.dpiaProgress);
    tab.row(RopaUiTr::tr("Link to the DPIA:"), f.dpiaLink);
    tab.heading(RopaUiTr::tr("Personal data breaches"));
    tab.row(RopaUiTr::tr("Breach occurred:"), f.breach);
    tab.row(RopaUiTr::tr("Link to record of breach:"), f.breachLink);

    using namespace activityField;
    f.binder->bind(consentLink, f.consentLink);
    f.binder->bind(dataLocation, f.location);
    f.binder->bind(dpiaRequired, f.dpiaRequired);
    f.binder->bind(dpiaProgress, f.dpiaProgress);
    f.binder->bind(dpiaLink, f.dpiaLink);
    f.binder->bind(breachOccurred, f.breach);
    f.binder->bind(breachLink, f.breachLink);
    f.tabOrder << f.consentLink << f.location << f.dpiaRequired << f.dpiaProgress << f.dpiaLink
               << f.breach << f.breachLink;
}

void buildSchedule1(ActivityForm &f, QWidget *owner)
{
    TabBuilder tab(f, owner, RopaUiTr::tr("&Schedule 1"));
    f.special = new QCheckBox(RopaUiTr::tr("Yes, for this activity (UK GDPR Art. 9)"), owner);
    f.criminal = new QCheckBox(RopaUiTr::tr("Yes, for this activity (UK GDPR Art. 10)"), owner);
    f.specialHint = hint(owner);
    f.schedule1 = combo(owner, choices::schedule1Condition(), RopaUiTr::tr("(not set)"));
    f.erasurePolicy = new QLineEdit(owner);
    f.retainedPerPolicy = combo(owner, choices::yesNo(), RopaUiTr::tr("(not answered)"));
    f.policyDeviation = textBox(owner, 3);
    f.erasurePolicy->setPlaceholderText(RopaUiTr::tr("Appropriate policy document reference"));
    f.special->setToolTip(RopaUiTr::tr(
        "Racial or ethnic origin, political opinions, religious or philosophical beliefs, trade "
        "union membership, genetic or biometric data, health, sex life or sexual orientation. "
        "Linked assets holding such data count as well."));

    auto *intro = hint(owner);
    intro->setText(RopaUiTr::tr("DPA 2018 Schedule 1 para 41: the record kept when special "
                                "category or criminal offence data relies on a Schedule 1 "
                                "condition."));
    tab.note(intro);
    tab.row(RopaUiTr::tr("Special category data:"), f.special);
    tab.row(RopaUiTr::tr("Criminal offence data:"), f.criminal);
    tab.note(f.specialHint);
    tab.row(RopaUiTr::tr("Schedule 1 condition:"), f.schedule1);
    tab.row(RopaUiTr::tr("Link to retention and erasure policy document:"), f.erasurePolicy);
    tab.row(RopaUiTr::tr("Retained and erased in line with the policy:"), f.retainedPerPolicy);
    tab.row(RopaUiTr::tr("Reasons for not following the policy:"), f.policyDeviation);

    using namespace activityField;
    f.binder->bind(specialCategory, f.special);
    f.binder->bind(criminalOffence, f.criminal);
    f.binder->bind(schedule1Condition, f.schedule1);
    f.binder->bind(erasurePolicy, f.erasurePolicy);
    f.binder->bind(retainedPerPolicy, f.retainedPerPolicy);
    f.binder->bind(policyDeviation, f.policyDeviation);
    f.tabOrder << f.special << f.criminal << f.schedule1 << f.erasurePolicy << f.retainedPerPolicy
               << f.policyDeviation;
}

void buildProcessor(ActivityForm &f, QWidget *owner)
{
    TabBuilder tab(f, owner, RopaUiTr::tr("P&rocessor"));
    f.processorTab = tab.index();
    f.processorNote = hint(owner);
    f.processorNote->setText(RopaUiTr::tr("UK GDPR Art. 30(2): what a processor records for "
                                          "each controller it acts for."));
    f.controllers = new LinkPicker(owner);
    f.controllers->setMissingText(RopaUiTr::tr("organisation %1 (not found)"));
    f.controllerDetails = textBox(owner, 3);
    f.processingCategories = textBox(owner, 3);

    tab.note(f.processorNote);
    tab.row(RopaUiTr::tr("Controllers we act for:"), f.controllers, f.controllers->searchEdit());
    tab.row(RopaUiTr::tr("Controllers' representatives and DPOs:"), f.controllerDetails);
    tab.row(RopaUiTr::tr("Categories of processing for each controller:"), f.processingCategories);

    using namespace activityField;
    f.binder->bind(controllerDetails, f.controllerDetails);
    f.binder->bind(processingCategories, f.processingCategories);
    f.focusFor.insert(controllerOrgIds, f.controllers->searchEdit());
    f.tabOrder << f.controllers->searchEdit() << f.controllers->list() << f.controllerDetails
               << f.processingCategories;
}

void buildLinks(ActivityForm &f, QWidget *owner)
{
    TabBuilder tab(f, owner, RopaUiTr::tr("Lin&ks"));
    f.assets = new LinkPicker(owner);
    f.assets->setMissingText(RopaUiTr::tr("asset %1 (not found)"));
    f.recipients = new LinkPicker(owner);
    f.recipients->setMissingText(RopaUiTr::tr("organisation %1 (not found)"));
    auto *intro = hint(owner);
    intro->setText(RopaUiTr::tr("The assets used propose the categories of individuals and "
                                "personal data and whether special category data is involved; "
                                "recipient organisations are listed as recipients."));
    tab.note(intro);
    tab.row(RopaUiTr::tr("Assets used:"), f.assets, f.assets->searchEdit());
    tab.row(RopaUiTr::tr("Recipient organisations:"), f.recipients, f.recipients->searchEdit());
    f.agreements = hint(owner);
    f.agreements->setObjectName(QStringLiteral("activityAgreements"));
    f.agreements->setAccessibleName(RopaUiTr::tr("Sharing agreements covering this activity"));
    tab.row(RopaUiTr::tr("Sharing agreements:"), f.agreements);
    using namespace activityField;
    f.focusFor.insert(assetIds, f.assets->searchEdit());
    f.focusFor.insert(recipientOrgIds, f.recipients->searchEdit());
    f.tabOrder << f.assets->searchEdit() << f.assets->list() << f.recipients->searchEdit()
               << f.recipients->list();
}

} // namespace

ActivityForm ActivityForm::build(QWidget *owner)
{
    ActivityForm f;
    f.tabs = new QTabWidget(owner);
    f.tabs->setObjectName(QStringLiteral("activityTabs"));
    f.tabs->setDocumentMode(true);
    f.tabs->setUsesScrollButtons(true);
    f.binder = new AssetFormBinder(owner);
    buildArticle30(f, owner);
    buildPrivacyNotice(f, owner);
    buildConsentDpia(f, owner);
    buildSchedule1(f, owner);
    buildProcessor(f, owner);
    buildLinks(f, owner);
    f.history = new ActivityHistory(owner);
    f.historyTab = f.tabs->addTab(f.history, RopaUiTr::tr("&History"));

    const QList<QPair<QWidget *, const char *>> names{
        {f.role, "activityRole"},
        {f.name, "activityName"},
        {f.businessFunction, "activityBusinessFunction"},
        {f.purpose, "activityPurpose"},
        {f.jointController, "activityJointController"},
        {f.subjects, "activitySubjectsPicker"},
        {f.subjects->list(), "activitySubjects"},
        {f.subjects->extra(), "activitySubjectsExtra"},
        {f.subjects->extra()->lineEdit(), "activitySubjectsExtraText"},
        {f.data, "activityDataPicker"},
        {f.data->list(), "activityData"},
        {f.data->extra(), "activityDataExtra"},
        {f.data->extra()->lineEdit(), "activityDataExtraText"},
        {f.recipientOrganisations, "activityRecipientOrganisations"},
        {f.recipientCategories, "activityRecipientCategories"},
        {f.processorContract, "activityProcessorContract"},
        {f.transfers, "activityTransfers"},
        {f.thirdCountries, "activityThirdCountries"},
        {f.transferSafeguard, "activityTransferSafeguard"},
        {f.retention, "activityRetention"},
        {f.security, "activitySecurity"},
        {f.lastReview, "activityLastReview"},
        {f.notes, "activityNotes"},
        {f.lawfulBasis, "activityLawfulBasis"},
        {f.art9, "activityArt9"},
        {f.art9Hint, "activityArt9Hint"},
        {f.legitimateInterests, "activityLegitimateInterests"},
        {f.liaLink, "activityLiaLink"},
        {f.rights, "activityRights"},
        {f.automatedDecisions, "activityAutomatedDecisions"},
        {f.source, "activitySource"},
        {f.consentLink, "activityConsentLink"},
        {f.location, "activityLocation"},
        {f.dpiaRequired, "activityDpiaRequired"},
        {f.dpiaProgress, "activityDpiaProgress"},
        {f.dpiaLink, "activityDpiaLink"},
        {f.breach, "activityBreach"},
        {f.breachLink, "activityBreachLink"},
        {f.special, "activitySpecial"},
        {f.criminal, "activityCriminal"},
        {f.specialHint, "activitySpecialHint"},
        {f.schedule1, "activitySchedule1"},
        {f.erasurePolicy, "activityErasurePolicy"},
        {f.retainedPerPolicy, "activityRetainedPerPolicy"},
        {f.policyDeviation, "activityPolicyDeviation"},
        {f.processorNote, "activityProcessorNote"},
        {f.controllers, "activityControllers"},
        {f.controllerDetails, "activityControllerDetails"},
        {f.processingCategories, "activityProcessingCategories"},
        {f.assets, "activityAssets"},
        {f.assets->searchEdit(), "activityAssetsSearch"},
        {f.assets->list(), "activityAssetsList"},
        {f.recipients, "activityRecipients"},
        {f.recipients->searchEdit(), "activityRecipientsSearch"},
        {f.recipients->list(), "activityRecipientsList"},
        {f.controllers->searchEdit(), "activityControllersSearch"},
        {f.controllers->list(), "activityControllersList"}};
    for (const auto &n : names)
        n.first->setObjectName(QString::fromLatin1(n.second));
    for (const QString &field : f.binder->fields()) {
        if (!f.focusFor.contains(field)) {
            QWidget *w = f.binder->widget(field);
            auto *date = qobject_cast<OptionalDateEdit *>(w);
            f.focusFor.insert(field, date ? date->checkBox() : w);
        }
    }
    return f;
}

} // namespace igw
