#include "workspace/ui/profileform.h"

#include "widgets/dialogs.h"
#include "widgets/validationlabel.h"
#include "workspace/directory.h"
#include "workspace/ui/fieldbinder.h"
#include "workspace/ui/formhelpers.h"
#include "workspace/ui/recordeditor.h"
#include "workspace/ui/workspaceuitr.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace igw {

namespace {

QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

QString noneText()
{
    return WorkspaceUiTr::tr("(nobody chosen)");
}

} // namespace

ProfileForm::ProfileForm(RecordEditor &editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_binder(new FieldBinder(this))
    , m_name(new QLineEdit)
    , m_ico(new QLineEdit)
    , m_type(new QComboBox)
    , m_address(new QPlainTextEdit)
    , m_email(new QLineEdit)
    , m_phone(new QLineEdit)
    , m_dpo(new QComboBox)
    , m_siro(new QComboBox)
    , m_caldicott(new QComboBox)
    , m_notes(new QPlainTextEdit)
    , m_representative(new QLineEdit)
    , m_meta(new QLabel)
    , m_issues(new ValidationLabel)
    , m_apply(new QPushButton(WorkspaceUiTr::tr("A&pply")))
    , m_revert(new QPushButton(WorkspaceUiTr::tr("&Revert")))
{
    setObjectName(QStringLiteral("profileForm"));
    m_name->setObjectName(QStringLiteral("profileName"));
    m_ico->setObjectName(QStringLiteral("profileIco"));
    m_type->setObjectName(QStringLiteral("profileType"));
    m_address->setObjectName(QStringLiteral("profileAddress"));
    m_email->setObjectName(QStringLiteral("profileEmail"));
    m_phone->setObjectName(QStringLiteral("profilePhone"));
    m_dpo->setObjectName(QStringLiteral("profileDpo"));
    m_siro->setObjectName(QStringLiteral("profileSiro"));
    m_caldicott->setObjectName(QStringLiteral("profileCaldicott"));
    m_notes->setObjectName(QStringLiteral("profileNotes"));
    m_representative->setObjectName(QStringLiteral("profileRepresentative"));
    m_representative->setPlaceholderText(
        WorkspaceUiTr::tr("e.g. Not applicable (established in the UK)"));
    m_representative->setToolTip(
        WorkspaceUiTr::tr("Name and contact details of the representative a controller outside "
                          "the UK must appoint (UK GDPR Art. 27); shown in the record of "
                          "processing activities"));
    m_issues->setObjectName(QStringLiteral("profileIssues"));
    m_apply->setObjectName(QStringLiteral("profileApply"));
    m_revert->setObjectName(QStringLiteral("profileRevert"));
    m_ico->setPlaceholderText(WorkspaceUiTr::tr("e.g. Z1234567"));
    m_ico->setToolTip(WorkspaceUiTr::tr("From the ICO's register of fee payers: Z followed by "
                                        "seven letters or digits"));
    m_email->setPlaceholderText(WorkspaceUiTr::tr("e.g. dataprotection@example.gov.uk"));
    const int line = m_address->fontMetrics().lineSpacing();
    m_address->setMaximumHeight(line * 5);
    m_notes->setMaximumHeight(line * 5);
    m_meta->setWordWrap(true);
    m_meta->setForegroundRole(QPalette::PlaceholderText);
    for (QComboBox *combo : {m_dpo, m_siro, m_caldicott}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(16);
    }
    m_type->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_type->setMinimumContentsLength(16);
    forms::fillOrganisationTypes(m_type);
    refreshPeople();

    auto *details = new QGroupBox(WorkspaceUiTr::tr("Details"));
    auto *detailsForm = new QFormLayout(details);
    detailsForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    detailsForm->addRow(buddyLabel(WorkspaceUiTr::tr("&Name:"), m_name), m_name);
    detailsForm->addRow(buddyLabel(WorkspaceUiTr::tr("&ICO registration:"), m_ico), m_ico);
    detailsForm->addRow(buddyLabel(WorkspaceUiTr::tr("T&ype:"), m_type), m_type);
    detailsForm->addRow(buddyLabel(WorkspaceUiTr::tr("Addre&ss:"), m_address), m_address);
    detailsForm->addRow(buddyLabel(WorkspaceUiTr::tr("E&mail:"), m_email), m_email);
    detailsForm->addRow(buddyLabel(WorkspaceUiTr::tr("Te&lephone:"), m_phone), m_phone);
    detailsForm->addRow(buddyLabel(WorkspaceUiTr::tr("No&tes:"), m_notes), m_notes);

    auto *roles = new QGroupBox(WorkspaceUiTr::tr("Statutory roles"));
    auto *rolesForm = new QFormLayout(roles);
    rolesForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Role names are long; put each person chooser under its label so names fit in full.
    rolesForm->setRowWrapPolicy(QFormLayout::WrapAllRows);
    auto *rolesHint = new QLabel(WorkspaceUiTr::tr(
        "Choose from the People list; add someone there first if they are missing."));
    rolesHint->setWordWrap(true);
    rolesForm->addRow(rolesHint);
    rolesForm->addRow(buddyLabel(WorkspaceUiTr::tr("&Data Protection Officer:"), m_dpo), m_dpo);
    rolesForm->addRow(buddyLabel(WorkspaceUiTr::tr("Senior Information Risk &Owner:"), m_siro),
                      m_siro);
    rolesForm->addRow(buddyLabel(WorkspaceUiTr::tr("&Caldicott Guardian:"), m_caldicott),
                      m_caldicott);
    rolesForm->addRow(
        buddyLabel(WorkspaceUiTr::tr("&UK representative (Art. 27):"), m_representative),
        m_representative);

    m_binder->bind(orgField::name, m_name);
    m_binder->bind(orgField::icoRegistration, m_ico);
    m_binder->bind(orgField::orgType, m_type);
    m_binder->bind(orgField::address, m_address);
    m_binder->bind(orgField::email, m_email);
    m_binder->bind(orgField::phone, m_phone);
    m_binder->bind(orgField::notes, m_notes);
    m_binder->bind(orgField::dpoPersonId, m_dpo);
    m_binder->bind(orgField::siroPersonId, m_siro);
    m_binder->bind(orgField::caldicottPersonId, m_caldicott);
    m_binder->bind(orgField::representative, m_representative);
    const QStringList fields = m_binder->fields();
    for (const QString &field : fields) {
        QWidget *w = m_binder->widget(field);
        for (QFormLayout *f : {detailsForm, rolesForm}) {
            if (auto *label = qobject_cast<QLabel *>(f->labelForField(w)))
                w->setAccessibleName(
                    label->text().remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        }
        if (auto *lineEdit = qobject_cast<QLineEdit *>(w))
            connect(lineEdit, &QLineEdit::returnPressed, this, &ProfileForm::apply);
    }

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_apply);
    buttons->addWidget(m_revert);
    buttons->addStretch(1);

    auto *content = new QWidget;
    auto *columns = new QHBoxLayout;
    columns->addWidget(details, 3);
    columns->addWidget(roles, 2, Qt::AlignTop);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_meta);
    contentLayout->addLayout(columns);
    contentLayout->addWidget(m_issues);
    contentLayout->addLayout(buttons);
    contentLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    setTabOrder(m_name, m_ico);
    setTabOrder(m_ico, m_type);
    setTabOrder(m_type, m_address);
    setTabOrder(m_address, m_email);
    setTabOrder(m_email, m_phone);
    setTabOrder(m_phone, m_notes);
    setTabOrder(m_notes, m_dpo);
    setTabOrder(m_dpo, m_siro);
    setTabOrder(m_siro, m_caldicott);
    setTabOrder(m_caldicott, m_representative);
    setTabOrder(m_representative, m_apply);
    setTabOrder(m_apply, m_revert);

    connect(m_binder, &FieldBinder::edited, this, &ProfileForm::updateState);
    connect(m_apply, &QPushButton::clicked, this, &ProfileForm::apply);
    connect(m_revert, &QPushButton::clicked, this, &ProfileForm::revert);
    connect(&editor.workspace(), &Workspace::recordChanged, this,
            [this](const QString &table, qint64 id) {
                if (table == kinds::person().table) {
                    refreshPeople();
                    updateState();
                } else if (table == kinds::organisation().table &&
                           (id == 0 || id == m_editor.workspace().selfOrganisationId()) &&
                           !m_binder->isDirty()) {
                    // Reflect undo/redo; never overwrite what the user is typing.
                    load();
                }
            });
    load();
}

void ProfileForm::refreshPeople()
{
    for (QComboBox *combo : {m_dpo, m_siro, m_caldicott})
        forms::fillPeople(combo, m_editor.workspace(), noneText());
}

void ProfileForm::load()
{
    Workspace &ws = m_editor.workspace();
    const std::optional<Record> self =
        ws.records().get(kinds::organisation(), ws.selfOrganisationId());
    m_binder->load(self ? self->values : QVariantMap());
    m_issues->clear();
    if (self) {
        const QLocale locale;
        m_meta->setText(
            WorkspaceUiTr::tr("%1. Last changed %2 by %3.")
                .arg(self->ref,
                     locale.toString(self->updatedAt.toLocalTime(), QLocale::ShortFormat),
                     self->updatedBy));
    }
    updateState();
}

bool ProfileForm::hasUnappliedChanges() const
{
    return m_binder->isDirty();
}

bool ProfileForm::apply()
{
    if (m_editor.isReadOnly())
        return false;
    const QVariantMap values = m_binder->values();
    const ValidationIssues issues = validateOrganisation(values);
    const auto messages = forms::messages(issues);
    m_issues->setMessages(messages);
    if (hasErrors(issues)) {
        for (const ValidationIssue &issue : issues) {
            if (issue.severity == ValidationIssue::Severity::Error) {
                if (QWidget *w = m_binder->widget(issue.field))
                    w->setFocus(Qt::OtherFocusReason);
                break;
            }
        }
        return false;
    }
    const QVariantMap changes = m_binder->changes();
    if (!changes.isEmpty() &&
        !m_editor.update(kinds::organisation(), m_editor.workspace().selfOrganisationId(), changes,
                         WorkspaceUiTr::tr("Edit organisation profile")))
        return false;
    load();
    m_issues->setMessages(messages);
    return true;
}

void ProfileForm::revert()
{
    load();
}

bool ProfileForm::settle()
{
    if (!hasUnappliedChanges())
        return true;
    const auto answer = Dialogs::question(
        this, WorkspaceUiTr::tr("Unapplied Changes"),
        WorkspaceUiTr::tr("The organisation profile has changes that are not applied yet. Apply "
                          "them now?"),
        QMessageBox::Apply | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Apply);
    if (answer == QMessageBox::Apply)
        return apply();
    if (answer == QMessageBox::Discard) {
        load();
        return true;
    }
    return false;
}

void ProfileForm::updateState()
{
    const bool readOnly = m_editor.isReadOnly();
    const bool dirty = m_binder->isDirty();
    m_binder->setReadOnly(readOnly);
    m_apply->setEnabled(!readOnly && dirty);
    m_revert->setEnabled(!readOnly && dirty);
}

} // namespace igw
