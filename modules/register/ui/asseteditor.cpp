#include "register/ui/asseteditor.h"

#include "register/assets.h"
#include "register/ui/assetfilters.h"
#include "register/ui/assetformbinder.h"
#include "register/ui/assetformhelpers.h"
#include "register/ui/assethistory.h"
#include "register/ui/assetlinks.h"
#include "register/ui/optionaldateedit.h"
#include "register/ui/registeruitr.h"
#include "register/ui/termsedit.h"
#include "register/validation.h"
#include "register/vocabulary.h"
#include "widgets/dialogs.h"
#include "widgets/validationlabel.h"
#include "workspace/sql.h"
#include "workspace/ui/formhelpers.h"
#include "workspace/ui/recordeditor.h"
#include "workspace/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QStringListModel>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace igw {

using namespace assetForms;

namespace {

QPlainTextEdit *textBox(QWidget *parent, int lines)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

} // namespace

AssetEditor::AssetEditor(RecordEditor &editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_binder(new AssetFormBinder(this))
    , m_tabs(new QTabWidget(this))
    , m_title(new QLabel(this))
    , m_meta(new QLabel(this))
    , m_form(new QFormLayout)
    , m_issues(new ValidationLabel(this))
    , m_apply(new QPushButton(RegisterUiTr::tr("A&pply"), this))
    , m_revert(new QPushButton(RegisterUiTr::tr("Re&vert"), this))
    , m_history(new AssetHistory(this))
    , m_links(new AssetLinks(this))
{
    setObjectName(QStringLiteral("assetEditor"));
    m_tabs->setObjectName(QStringLiteral("assetTabs"));
    m_title->setObjectName(QStringLiteral("assetTitle"));
    m_issues->setObjectName(QStringLiteral("assetIssues"));
    m_apply->setObjectName(QStringLiteral("assetApply"));
    m_revert->setObjectName(QStringLiteral("assetRevert"));
    m_apply->setToolTip(RegisterUiTr::tr("Save the changes in the form (Enter)"));
    m_revert->setToolTip(RegisterUiTr::tr("Discard the changes in the form"));

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_meta->setWordWrap(true);
    m_meta->setForegroundRole(QPalette::PlaceholderText);

    buildForm();

    auto *formBox = new QWidget;
    auto *formLayout = new QVBoxLayout(formBox);
    formLayout->addLayout(m_form);
    formLayout->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setWidget(formBox);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tabs->addTab(scroll, RegisterUiTr::tr("&Details"));
    m_tabs->addTab(m_history, RegisterUiTr::tr("&History"));
    m_tabs->addTab(m_links, RegisterUiTr::tr("&Linked records"));
    m_tabs->setDocumentMode(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_apply);
    buttons->addWidget(m_revert);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_meta);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_issues);
    layout->addLayout(buttons);

    // Reading order: the tabs, the form top to bottom, then Apply and Revert.
    QWidget *previous = m_tabs;
    const auto chain = [&previous](QWidget *next) {
        setTabOrder(previous, next);
        previous = next;
    };
    for (const QString &field : m_binder->fields()) {
        QWidget *w = m_binder->widget(field);
        if (w == m_subjects->lineEdit() || w == m_dataCategories->lineEdit()) {
            auto *terms = w == m_subjects->lineEdit() ? m_subjects : m_dataCategories;
            chain(terms->lineEdit());
            chain(terms->chooseButton());
            chain(terms->addButton());
        } else if (auto *date = qobject_cast<OptionalDateEdit *>(w)) {
            chain(date->checkBox());
            chain(date->dateEdit());
        } else {
            chain(w);
        }
    }
    chain(m_apply);
    chain(m_revert);

    connect(m_binder, &AssetFormBinder::edited, this, [this] {
        validateNow();
        updateState();
    });
    connect(m_apply, &QPushButton::clicked, this, &AssetEditor::apply);
    connect(m_revert, &QPushButton::clicked, this, &AssetEditor::revert);
    connect(&m_editor.workspace(), &Workspace::recordChanged, this, &AssetEditor::onRecordChanged);

    refreshPeople();
    refreshRetentionClasses();
    refreshVocabulary();
    display(std::nullopt);
}

void AssetEditor::buildForm()
{
    using namespace assetField;
    m_name = new QLineEdit(this);
    m_description = textBox(this, 3);
    m_function = new QLineEdit(this);
    m_owner = new QComboBox(this);
    m_administrator = new QComboBox(this);
    m_system = new QLineEdit(this);
    m_country = new QLineEdit(this);
    m_format = new QComboBox(this);
    m_personal = new QCheckBox(RegisterUiTr::tr("Yes, about living people"), this);
    m_subjects = new TermsEdit(this);
    m_dataCategories = new TermsEdit(this);
    m_special = new QCheckBox(RegisterUiTr::tr("Yes (UK GDPR Art. 9)"), this);
    m_art9 = new QComboBox(this);
    m_criminal = new QCheckBox(RegisterUiTr::tr("Yes (UK GDPR Art. 10)"), this);
    m_volumeRecords = new QLineEdit(this);
    m_volumeIndividuals = new QLineEdit(this);
    m_classification = new QComboBox(this);
    m_criticality = new QComboBox(this);
    m_access = textBox(this, 2);
    m_lawfulBasis = new QComboBox(this);
    m_retention = new QLineEdit(this);
    m_retentionClassId = new QComboBox(this);
    m_triggerDate = new OptionalDateEdit(this);
    m_triggerRule = new QComboBox(this);
    m_closedOn = new OptionalDateEdit(this);
    m_hold = new QLabel(this);
    m_status = new QComboBox(this);
    m_lastReview = new OptionalDateEdit(this);
    m_nextReview = new OptionalDateEdit(this);
    m_notes = textBox(this, 3);

    const QList<QPair<QWidget *, const char *>> names{
        {m_name, "assetName"},
        {m_description, "assetDescription"},
        {m_function, "assetBusinessFunction"},
        {m_owner, "assetOwner"},
        {m_administrator, "assetAdministrator"},
        {m_system, "assetSystemLocation"},
        {m_country, "assetHostingCountry"},
        {m_format, "assetFormat"},
        {m_personal, "assetContainsPersonalData"},
        {m_subjects, "assetDataSubjects"},
        {m_dataCategories, "assetPersonalDataCategories"},
        {m_special, "assetSpecialCategory"},
        {m_art9, "assetArt9Condition"},
        {m_criminal, "assetCriminalOffence"},
        {m_volumeRecords, "assetVolumeRecords"},
        {m_volumeIndividuals, "assetVolumeIndividuals"},
        {m_classification, "assetClassification"},
        {m_criticality, "assetCriticality"},
        {m_access, "assetAccessControls"},
        {m_lawfulBasis, "assetLawfulBasis"},
        {m_retention, "assetRetentionClass"},
        {m_retentionClassId, "assetRetentionClassId"},
        {m_triggerDate, "assetTriggerDate"},
        {m_triggerRule, "assetTriggerRule"},
        {m_closedOn, "assetClosedOn"},
        {m_hold, "assetLegalHold"},
        {m_status, "assetStatus"},
        {m_lastReview, "assetLastReview"},
        {m_nextReview, "assetNextReview"},
        {m_notes, "assetNotes"}};
    for (const auto &n : names)
        n.first->setObjectName(QString::fromLatin1(n.second));
    m_subjects->lineEdit()->setObjectName(QStringLiteral("assetDataSubjectsText"));
    m_dataCategories->lineEdit()->setObjectName(QStringLiteral("assetPersonalDataCategoriesText"));
    m_subjects->addButton()->setObjectName(QStringLiteral("assetDataSubjectsAdd"));
    m_dataCategories->addButton()->setObjectName(QStringLiteral("assetPersonalDataCategoriesAdd"));

    m_name->setPlaceholderText(RegisterUiTr::tr("e.g. Council tax accounts"));
    m_function->setPlaceholderText(RegisterUiTr::tr("e.g. Revenues & Benefits"));
    m_system->setPlaceholderText(RegisterUiTr::tr("Application, shared drive, paper store…"));
    m_country->setPlaceholderText(RegisterUiTr::tr("e.g. United Kingdom"));
    m_country->setCompleter(new QCompleter(commonCountries(), m_country));
    m_country->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    auto *functionCompleter = new QCompleter(new QStringListModel(m_function), m_function);
    functionCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    functionCompleter->setFilterMode(Qt::MatchContains);
    m_function->setCompleter(functionCompleter);
    m_special->setToolTip(RegisterUiTr::tr(
        "Racial or ethnic origin, political opinions, religious or philosophical beliefs, trade "
        "union membership, genetic or biometric data, health, sex life or sexual orientation"));
    m_criminal->setToolTip(RegisterUiTr::tr("Criminal convictions and offences or related "
                                            "security measures (DPA 2018 Schedule 1)"));
    m_retention->setPlaceholderText(RegisterUiTr::tr("As written in an older register"));
    m_retentionClassId->setToolTip(
        RegisterUiTr::tr("The class of the retention schedule (Retention page) that says how "
                         "long the records are kept"));
    m_triggerDate->setToolTip(RegisterUiTr::tr("The day the retention period starts from"));
    // The keys are the retention module's trigger rules (schema v7 CHECK).
    m_triggerRule->addItem(RegisterUiTr::tr("(no rule)"));
    m_triggerRule->addItem(RegisterUiTr::tr("the day the asset was recorded"),
                           QStringLiteral("created"));
    m_triggerRule->addItem(RegisterUiTr::tr("its last review"), QStringLiteral("last_review"));
    m_triggerRule->addItem(RegisterUiTr::tr("the day its records were closed"),
                           QStringLiteral("closed"));
    m_triggerRule->setToolTip(RegisterUiTr::tr("Without a trigger date, the period starts from "
                                               "this date of the asset"));
    m_hold->setWordWrap(true);
    m_hold->setTextFormat(Qt::PlainText);
    m_hold->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const auto *digits =
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,12}")), this);
    m_volumeRecords->setValidator(digits);
    m_volumeIndividuals->setValidator(digits);
    m_volumeRecords->setPlaceholderText(RegisterUiTr::tr("approximate number"));
    m_volumeIndividuals->setPlaceholderText(RegisterUiTr::tr("approximate number"));
    for (QComboBox *combo : {m_owner, m_administrator, m_format, m_art9, m_classification,
                             m_criticality, m_lawfulBasis, m_status}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(16);
    }
    const QString notSet = RegisterUiTr::tr("(not set)");
    fillChoices(m_format, choices::assetFormat(), notSet);
    fillChoices(m_art9, choices::art9Condition(), notSet);
    fillChoices(m_classification, choices::securityClassification(), notSet);
    fillChoices(m_criticality, choices::criticality(), notSet);
    fillChoices(m_lawfulBasis, choices::lawfulBasis(), notSet);
    fillChoices(m_status, choices::assetStatus());
    m_nextReview->setDefaultDate(QDate::currentDate().addYears(1));
    m_lastReview->setDefaultDate(QDate::currentDate());

    QFormLayout *f = m_form;
    f->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    f->setRowWrapPolicy(QFormLayout::DontWrapRows);
    f->addRow(sectionHeading(RegisterUiTr::tr("The asset")));
    f->addRow(buddyLabel(RegisterUiTr::tr("&Name:"), m_name), m_name);
    f->addRow(buddyLabel(RegisterUiTr::tr("Descr&iption:"), m_description), m_description);
    f->addRow(buddyLabel(RegisterUiTr::tr("Business &function:"), m_function), m_function);
    f->addRow(buddyLabel(RegisterUiTr::tr("&Owner (IAO):"), m_owner), m_owner);
    f->addRow(buddyLabel(RegisterUiTr::tr("Ad&ministrator:"), m_administrator), m_administrator);
    f->addRow(sectionHeading(RegisterUiTr::tr("Where it is held")));
    f->addRow(buddyLabel(RegisterUiTr::tr("S&ystem or location:"), m_system), m_system);
    f->addRow(buddyLabel(RegisterUiTr::tr("Hosting country:"), m_country), m_country);
    f->addRow(buddyLabel(RegisterUiTr::tr("Format:"), m_format), m_format);
    f->addRow(sectionHeading(RegisterUiTr::tr("Personal data")));
    f->addRow(buddyLabel(RegisterUiTr::tr("Personal data:"), m_personal), m_personal);
    f->addRow(buddyLabel(RegisterUiTr::tr("Data s&ubjects:"), m_subjects->lineEdit()), m_subjects);
    f->addRow(buddyLabel(RegisterUiTr::tr("Data categories:"), m_dataCategories->lineEdit()),
              m_dataCategories);
    f->addRow(buddyLabel(RegisterUiTr::tr("Special category:"), m_special), m_special);
    f->addRow(buddyLabel(RegisterUiTr::tr("Art. 9 condition:"), m_art9), m_art9);
    f->addRow(buddyLabel(RegisterUiTr::tr("Criminal offence:"), m_criminal), m_criminal);
    f->addRow(buddyLabel(RegisterUiTr::tr("Lawful &basis:"), m_lawfulBasis), m_lawfulBasis);
    f->addRow(buddyLabel(RegisterUiTr::tr("Records held:"), m_volumeRecords), m_volumeRecords);
    f->addRow(buddyLabel(RegisterUiTr::tr("Individuals:"), m_volumeIndividuals),
              m_volumeIndividuals);
    f->addRow(sectionHeading(RegisterUiTr::tr("Security")));
    f->addRow(buddyLabel(RegisterUiTr::tr("&Classification:"), m_classification), m_classification);
    f->addRow(buddyLabel(RegisterUiTr::tr("Cri&ticality:"), m_criticality), m_criticality);
    f->addRow(buddyLabel(RegisterUiTr::tr("Access controls:"), m_access), m_access);
    f->addRow(sectionHeading(RegisterUiTr::tr("Review and lifecycle")));
    f->addRow(buddyLabel(RegisterUiTr::tr("&Status:"), m_status), m_status);
    f->addRow(buddyLabel(RegisterUiTr::tr("Last review:"), m_lastReview), m_lastReview);
    f->addRow(buddyLabel(RegisterUiTr::tr("Ne&xt review:"), m_nextReview), m_nextReview);
    f->addRow(buddyLabel(RegisterUiTr::tr("Sche&dule class:"), m_retentionClassId),
              m_retentionClassId);
    f->addRow(buddyLabel(RegisterUiTr::tr("Trigger date:"), m_triggerDate->checkBox()),
              m_triggerDate);
    f->addRow(buddyLabel(RegisterUiTr::tr("Or from:"), m_triggerRule), m_triggerRule);
    f->addRow(buddyLabel(RegisterUiTr::tr("Records closed:"), m_closedOn->checkBox()), m_closedOn);
    f->addRow(buddyLabel(RegisterUiTr::tr("Retention (text):"), m_retention), m_retention);
    f->addRow(QString(), m_hold);
    f->addRow(buddyLabel(RegisterUiTr::tr("No&tes:"), m_notes), m_notes);

    m_binder->bind(name, m_name);
    m_binder->bind(description, m_description);
    m_binder->bind(businessFunction, m_function);
    m_binder->bind(ownerPersonId, m_owner);
    m_binder->bind(administratorPersonId, m_administrator);
    m_binder->bind(systemLocation, m_system);
    m_binder->bind(hostingCountry, m_country);
    m_binder->bind(format, m_format);
    m_binder->bind(containsPersonalData, m_personal);
    m_binder->bind(dataSubjectCategories, m_subjects->lineEdit());
    m_binder->bind(personalDataCategories, m_dataCategories->lineEdit());
    m_binder->bind(specialCategory, m_special);
    m_binder->bind(art9Condition, m_art9);
    m_binder->bind(criminalOffence, m_criminal);
    m_binder->bind(lawfulBasis, m_lawfulBasis);
    m_binder->bind(volumeRecords, m_volumeRecords);
    m_binder->bind(volumeIndividuals, m_volumeIndividuals);
    m_binder->bind(securityClassification, m_classification);
    m_binder->bind(criticality, m_criticality);
    m_binder->bind(accessControls, m_access);
    m_binder->bind(status, m_status);
    m_binder->bind(lastReview, m_lastReview);
    m_binder->bind(nextReview, m_nextReview);
    m_binder->bind(retentionClassId, m_retentionClassId);
    m_binder->bind(triggerDate, m_triggerDate);
    m_binder->bind(triggerRule, m_triggerRule);
    m_binder->bind(closedOn, m_closedOn);
    m_binder->bind(retentionClass, m_retention);
    m_binder->bind(notes, m_notes);

    // Accessible names from the labels; Enter in a one-line field applies.
    for (const QString &field : m_binder->fields()) {
        QWidget *w = m_binder->widget(field);
        QWidget *holder = w;
        if (w == m_subjects->lineEdit())
            holder = m_subjects;
        else if (w == m_dataCategories->lineEdit())
            holder = m_dataCategories;
        if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(holder))) {
            const QString name = label->text().remove(QLatin1Char('&')).remove(QLatin1Char(':'));
            if (auto *terms = qobject_cast<TermsEdit *>(holder))
                terms->setAccessibleName(name);
            else if (auto *date = qobject_cast<OptionalDateEdit *>(holder))
                date->setAccessibleName(name);
            else if (w->accessibleName().isEmpty())
                w->setAccessibleName(name);
        }
        if (auto *line = qobject_cast<QLineEdit *>(w))
            connect(line, &QLineEdit::returnPressed, this, [this, line] {
                // Enter chooses a completion when the pop-up is open.
                if (!line->completer() || !line->completer()->popup()->isVisible())
                    apply();
            });
    }

    connect(m_subjects, &TermsEdit::addTermsRequested, this,
            [this](const QStringList &terms) { addTerms(vocabulary::dataSubjects, terms); });
    connect(m_dataCategories, &TermsEdit::addTermsRequested, this,
            [this](const QStringList &terms) { addTerms(vocabulary::personalData, terms); });
}

bool AssetEditor::hasUnappliedChanges() const
{
    return (m_new || m_currentId) && !editedChanges().isEmpty();
}

QVariantMap AssetEditor::editedValues() const
{
    QVariantMap values = m_binder->values();
    // Terms in their vocabulary spelling, joined the one way.
    values.insert(assetField::dataSubjectCategories, m_subjects->canonicalText());
    values.insert(assetField::personalDataCategories, m_dataCategories->canonicalText());
    return values;
}

QVariantMap AssetEditor::editedChanges() const
{
    QVariantMap changes = m_binder->changes();
    const QVariantMap values = editedValues();
    for (const QString &field :
         {assetField::dataSubjectCategories, assetField::personalDataCategories}) {
        if (changes.contains(field))
            changes.insert(field, values.value(field));
    }
    return changes;
}

bool AssetEditor::showAsset(qint64 id)
{
    if (id == m_currentId && !m_new)
        return true;
    if (!settle())
        return false;
    display(id > 0 ? m_editor.workspace().records().get(kinds::asset(), id) : std::nullopt);
    return true;
}

void AssetEditor::display(const std::optional<Record> &record)
{
    const bool changed = (record ? record->id : 0) != m_currentId;
    m_new = false;
    m_currentId = record ? record->id : 0;
    m_currentUuid = record ? record->uuid : QString();
    m_binder->load(record ? record->values : QVariantMap());
    const bool held = record && record->value(assetField::legalHold).toInt() == 1;
    m_hold->setVisible(held);
    if (held)
        m_hold->setText(RegisterUiTr::tr("On legal hold: %1. Disposal is suspended until the hold "
                                         "is released on the Retention page.")
                            .arg(record->value(assetField::legalHoldReason).toString()));
    if (record) {
        m_title->setText(RegisterUiTr::tr("%1 %2").arg(record->ref, record->title(kinds::asset())));
        const QLocale locale;
        m_meta->setText(
            RegisterUiTr::tr("Added %1 by %2. Last changed %3 by %4.")
                .arg(locale.toString(record->createdAt.toLocalTime(), QLocale::ShortFormat),
                     record->createdBy,
                     locale.toString(record->updatedAt.toLocalTime(), QLocale::ShortFormat),
                     record->updatedBy));
    } else {
        m_title->setText(RegisterUiTr::tr("No asset selected"));
        m_meta->setText(m_editor.isReadOnly()
                            ? RegisterUiTr::tr("Choose an asset in the table.")
                            : RegisterUiTr::tr("Choose an asset in the table, or add a new one."));
    }
    m_history->showRecord(m_editor.workspace(), m_currentUuid);
    m_links->showAsset(m_editor.workspace(), m_currentId);
    if (m_suggestionsStale)
        refreshSuggestions();
    validateNow();
    updateState();
    if (changed)
        emit currentAssetChanged(m_currentId);
}

void AssetEditor::startNew()
{
    if (m_editor.isReadOnly() || !settle())
        return;
    using namespace assetField;
    const bool changed = m_currentId != 0;
    m_new = true;
    m_currentId = 0;
    m_currentUuid.clear();
    QVariantMap values{{status, QStringLiteral("live")},
                       {containsPersonalData, 1},
                       {specialCategory, 0},
                       {criminalOffence, 0}};
    // The person adding an asset is often its owner; they can change it.
    const QList<qint64> me =
        assetFilters::peopleMatchingUser(m_editor.workspace(), m_editor.workspace().userName());
    if (me.size() == 1)
        values.insert(ownerPersonId, me.constFirst());
    m_binder->load({});
    // Loaded as edits, so Apply is on and Revert gives an empty form back.
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (auto *combo = qobject_cast<QComboBox *>(m_binder->widget(it.key())))
            combo->setCurrentIndex(combo->findData(it.value()));
        else if (auto *box = qobject_cast<QCheckBox *>(m_binder->widget(it.key())))
            box->setChecked(it.value().toInt() != 0);
    }
    m_title->setText(RegisterUiTr::tr("New asset"));
    m_meta->setText(RegisterUiTr::tr("Fill in what you know and press Apply; you can add the "
                                     "rest later."));
    m_history->showRecord(m_editor.workspace(), {});
    m_links->showAsset(m_editor.workspace(), 0);
    m_tabs->setCurrentIndex(0);
    validateNow();
    updateState();
    if (changed)
        emit currentAssetChanged(0);
    m_name->setFocus(Qt::OtherFocusReason);
}

bool AssetEditor::apply()
{
    if (m_editor.isReadOnly() || (!m_new && m_currentId == 0))
        return false;
    const QVariantMap values = editedValues();
    const ValidationIssues issues =
        validateAsset(values, m_subjects->knownTerms(), m_dataCategories->knownTerms());
    m_issues->setMessages(forms::messages(issues));
    if (hasErrors(issues)) {
        for (const ValidationIssue &issue : issues) {
            if (issue.severity != ValidationIssue::Severity::Error)
                continue;
            if (QWidget *w = m_binder->widget(issue.field)) {
                m_tabs->setCurrentIndex(0);
                w->setFocus(Qt::OtherFocusReason);
            }
            break;
        }
        return false;
    }
    qint64 id = m_currentId;
    if (m_new) {
        const std::optional<qint64> created = m_editor.create(
            kinds::asset(), values,
            RegisterUiTr::tr("Add asset %1").arg(values.value(assetField::name).toString()));
        if (!created)
            return false;
        id = *created;
    } else {
        const QVariantMap changes = editedChanges();
        const std::optional<Record> before = m_editor.workspace().records().get(kinds::asset(), id);
        const QString label =
            before ? RegisterUiTr::tr("%1 %2").arg(before->ref, before->title(kinds::asset()))
                   : QString();
        if (!changes.isEmpty() &&
            !m_editor.update(kinds::asset(), id, changes, RegisterUiTr::tr("Edit %1").arg(label)))
            return false;
    }
    display(m_editor.workspace().records().get(kinds::asset(), id));
    return true;
}

void AssetEditor::revert()
{
    if (m_new) {
        m_new = false;
        display(std::nullopt);
        return;
    }
    display(m_currentId ? m_editor.workspace().records().get(kinds::asset(), m_currentId)
                        : std::nullopt);
}

bool AssetEditor::settle()
{
    if (!hasUnappliedChanges())
        return true;
    const QString what = m_new ? RegisterUiTr::tr("The new asset") : m_title->text();
    const auto answer = Dialogs::question(
        this, RegisterUiTr::tr("Unapplied Changes"),
        RegisterUiTr::tr("%1 has changes that are not applied yet. Apply them now?").arg(what),
        QMessageBox::Apply | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Apply);
    if (answer == QMessageBox::Apply)
        return apply();
    if (answer == QMessageBox::Discard) {
        revert();
        return true;
    }
    return false;
}

void AssetEditor::focusForm()
{
    m_tabs->setCurrentIndex(0);
    m_name->setFocus(Qt::OtherFocusReason);
}

void AssetEditor::validateNow()
{
    if (!m_new && m_currentId == 0) {
        m_issues->clear();
        return;
    }
    m_issues->setMessages(forms::messages(
        validateAsset(editedValues(), m_subjects->knownTerms(), m_dataCategories->knownTerms())));
}

void AssetEditor::updateState()
{
    const bool readOnly = m_editor.isReadOnly();
    const bool hasRecord = m_new || m_currentId != 0;
    const bool dirty = m_new || !editedChanges().isEmpty();
    m_apply->setEnabled(!readOnly && hasRecord && dirty && !m_issues->hasErrors());
    m_revert->setEnabled(!readOnly && hasRecord && dirty);
    const bool locked = readOnly || !hasRecord;
    m_binder->setReadOnly(locked);
    m_subjects->setReadOnly(locked);
    m_dataCategories->setReadOnly(locked);
}

void AssetEditor::refreshPeople()
{
    const QSignalBlocker b1(m_owner);
    const QSignalBlocker b2(m_administrator);
    forms::fillPeople(m_owner, m_editor.workspace(), RegisterUiTr::tr("(no owner)"));
    forms::fillPeople(m_administrator, m_editor.workspace(), RegisterUiTr::tr("(none)"));
}

void AssetEditor::refreshRetentionClasses()
{
    const QSignalBlocker block(m_retentionClassId);
    const QVariant current = m_retentionClassId->currentData();
    m_retentionClassId->clear();
    m_retentionClassId->addItem(RegisterUiTr::tr("(no class)"));
    // The retention module owns the table; the register only lists it for the picker.
    for (const QVariantList &row :
         sql::rows(m_editor.workspace().database(),
                   QStringLiteral("SELECT id, ref, function, activity FROM retention_classes "
                                  "ORDER BY function, activity, ref")))
        m_retentionClassId->addItem(
            RegisterUiTr::tr("%1 %2 / %3")
                .arg(row.value(1).toString(), row.value(2).toString(), row.value(3).toString()),
            row.value(0));
    m_retentionClassId->setCurrentIndex(qMax(0, m_retentionClassId->findData(current)));
}

void AssetEditor::refreshVocabulary()
{
    m_subjects->setKnownTerms(vocabulary::terms(m_editor.workspace(), vocabulary::dataSubjects));
    m_dataCategories->setKnownTerms(
        vocabulary::terms(m_editor.workspace(), vocabulary::personalData));
}

void AssetEditor::refreshSuggestions()
{
    m_suggestionsStale = false;
    if (auto *model = qobject_cast<QStringListModel *>(m_function->completer()->model()))
        model->setStringList(businessFunctions(m_editor.workspace()));
}

void AssetEditor::addTerms(const QString &kind, const QStringList &terms)
{
    if (m_editor.isReadOnly())
        return;
    const QString list = terms.join(QStringLiteral("\", \""));
    if (Dialogs::question(this, RegisterUiTr::tr("Add Terms"),
                          RegisterUiTr::tr("Add \"%1\" to your organisation's list? Everyone "
                                           "using this workspace will be offered it.")
                              .arg(list),
                          QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) != QMessageBox::Yes)
        return;
    for (const QString &term : terms) {
        QString error;
        if (!vocabulary::addTerm(m_editor.workspace(), kind, term, &error)) {
            Dialogs::warning(this, RegisterUiTr::tr("Term Not Added"), error);
            break;
        }
    }
    refreshVocabulary();
    validateNow();
    updateState();
}

void AssetEditor::onRecordChanged(const QString &table, qint64 id)
{
    if (table == QLatin1String("people")) {
        refreshPeople();
        return;
    }
    if (table == QLatin1String("retention_classes")) {
        refreshRetentionClasses();
        return;
    }
    if (table == QLatin1String("vocabulary")) {
        refreshVocabulary();
        validateNow();
        return;
    }
    if (table == QLatin1String("flows") || table == QLatin1String("activities")) {
        m_links->showAsset(m_editor.workspace(), m_currentId);
        return;
    }
    if (table != kinds::asset().table)
        return;
    // Read again when next needed: a bulk edit reports hundreds of changes at once.
    m_suggestionsStale = true;
    if (m_new || m_currentId == 0 || (id != 0 && id != m_currentId))
        return;
    const std::optional<Record> record =
        m_editor.workspace().records().get(kinds::asset(), m_currentId);
    if (!record) {
        // Deleted, for example by an undo: nothing to show any more.
        display(std::nullopt);
        return;
    }
    // Reflect a change made elsewhere (undo, redo, a bulk edit) unless the user is mid-edit.
    if (editedChanges().isEmpty())
        display(record);
    else
        m_history->showRecord(m_editor.workspace(), m_currentUuid);
}

} // namespace igw
