#include "workspace/ui/peoplepanel.h"

#include "workspace/ui/fieldbinder.h"
#include "workspace/ui/formhelpers.h"
#include "workspace/ui/recordeditor.h"
#include "workspace/ui/recordlistmodel.h"
#include "workspace/ui/workspaceuitr.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace igw {

namespace {

QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

} // namespace

PeoplePanel::PeoplePanel(RecordEditor &editor, QWidget *parent)
    : RecordPanel(editor, kinds::person(),
                  {personField::name, personField::role, personField::team, personField::email},
                  {QStringLiteral("person"), QStringLiteral("people")}, parent)
    , m_name(new QLineEdit(this))
    , m_role(new QLineEdit(this))
    , m_team(new QLineEdit(this))
    , m_organisation(new QComboBox(this))
    , m_email(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("peoplePanel"));
    setListLabels(WorkspaceUiTr::tr("Sear&ch:"), WorkspaceUiTr::tr("People"));
    model()->setHeaderLabels({WorkspaceUiTr::tr("Reference"), WorkspaceUiTr::tr("Name"),
                              WorkspaceUiTr::tr("Role"), WorkspaceUiTr::tr("Team"),
                              WorkspaceUiTr::tr("Email")});

    m_name->setObjectName(QStringLiteral("personName"));
    m_role->setObjectName(QStringLiteral("personRole"));
    m_team->setObjectName(QStringLiteral("personTeam"));
    m_organisation->setObjectName(QStringLiteral("personOrganisation"));
    m_email->setObjectName(QStringLiteral("personEmail"));
    m_phone->setObjectName(QStringLiteral("personPhone"));
    m_notes->setObjectName(QStringLiteral("personNotes"));
    m_role->setPlaceholderText(WorkspaceUiTr::tr("e.g. Data Protection Officer"));
    m_team->setPlaceholderText(WorkspaceUiTr::tr("e.g. Information Governance"));
    m_email->setPlaceholderText(WorkspaceUiTr::tr("name@example.gov.uk"));
    m_notes->setMaximumHeight(m_notes->fontMetrics().lineSpacing() * 6);
    m_organisation->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_organisation->setMinimumContentsLength(12);

    QFormLayout *f = form();
    f->addRow(buddyLabel(WorkspaceUiTr::tr("&Name:"), m_name), m_name);
    f->addRow(buddyLabel(WorkspaceUiTr::tr("R&ole:"), m_role), m_role);
    f->addRow(buddyLabel(WorkspaceUiTr::tr("&Team:"), m_team), m_team);
    f->addRow(buddyLabel(WorkspaceUiTr::tr("Or&ganisation:"), m_organisation), m_organisation);
    f->addRow(buddyLabel(WorkspaceUiTr::tr("E&mail:"), m_email), m_email);
    f->addRow(buddyLabel(WorkspaceUiTr::tr("Te&lephone:"), m_phone), m_phone);
    f->addRow(buddyLabel(WorkspaceUiTr::tr("Note&s:"), m_notes), m_notes);

    refreshOrganisations();
    binder().bind(personField::name, m_name);
    binder().bind(personField::role, m_role);
    binder().bind(personField::team, m_team);
    binder().bind(personField::organisationId, m_organisation);
    binder().bind(personField::email, m_email);
    binder().bind(personField::phone, m_phone);
    binder().bind(personField::notes, m_notes);

    connect(&editor.workspace(), &Workspace::recordChanged, this, [this](const QString &table) {
        if (table == kinds::organisation().table)
            refreshOrganisations();
    });
    finishForm();
}

void PeoplePanel::refreshOrganisations()
{
    forms::fillOrganisations(m_organisation, editor().workspace());
}

ValidationIssues PeoplePanel::validate(const QVariantMap &values) const
{
    // Everyone else's addresses, for the "entered twice?" warning.
    QStringList otherEmails;
    const QList<Record> people = editor().workspace().records().list(
        kinds::person(), {}, QStringLiteral("email IS NOT NULL AND id <> ?"), {currentId()});
    for (const Record &person : people)
        otherEmails << person.value(personField::email).toString();
    return validatePerson(values, otherEmails);
}

QString PeoplePanel::newRecordTitle() const
{
    return WorkspaceUiTr::tr("New person");
}

QVariantMap PeoplePanel::newValues(const QVariantMap &preset) const
{
    QVariantMap values = preset;
    if (values.value(personField::organisationId).isNull())
        values.insert(personField::organisationId, editor().workspace().selfOrganisationId());
    return values;
}

QVariantMap PeoplePanel::formValues(const Record &record) const
{
    // No organisation recorded means one of our own people.
    return newValues(record.values);
}

} // namespace igw
