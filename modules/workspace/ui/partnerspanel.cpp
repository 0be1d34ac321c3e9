#include "workspace/ui/partnerspanel.h"

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
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace igw {

namespace {

QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

} // namespace

PartnersPanel::PartnersPanel(RecordEditor &editor, QWidget *parent)
    : RecordPanel(editor, kinds::organisation(),
                  {orgField::name, orgField::orgType, orgField::icoRegistration},
                  {QStringLiteral("partner"), QStringLiteral("partners")}, parent)
    , m_name(new QLineEdit(this))
    , m_ico(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_address(new QPlainTextEdit(this))
    , m_email(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_contacts(new QListWidget(this))
    , m_newContact(new QPushButton(WorkspaceUiTr::tr("Ne&w Contact…"), this))
{
    setObjectName(QStringLiteral("partnersPanel"));
    setListLabels(WorkspaceUiTr::tr("Sear&ch:"), WorkspaceUiTr::tr("Partner organisations"));
    model()->setCondition(QStringLiteral("is_self = 0"));
    model()->setHeaderLabels({WorkspaceUiTr::tr("Reference"), WorkspaceUiTr::tr("Name"),
                              WorkspaceUiTr::tr("Type"), WorkspaceUiTr::tr("ICO registration")});
    model()->setFormatter(orgField::orgType, [](const Record &r) {
        const QString key = r.value(orgField::orgType).toString();
        return key.isEmpty() ? QString() : organisationTypeLabel(key);
    });

    m_name->setObjectName(QStringLiteral("partnerName"));
    m_ico->setObjectName(QStringLiteral("partnerIco"));
    m_type->setObjectName(QStringLiteral("partnerType"));
    m_address->setObjectName(QStringLiteral("partnerAddress"));
    m_email->setObjectName(QStringLiteral("partnerEmail"));
    m_phone->setObjectName(QStringLiteral("partnerPhone"));
    m_notes->setObjectName(QStringLiteral("partnerNotes"));
    m_contacts->setObjectName(QStringLiteral("partnerContacts"));
    m_newContact->setObjectName(QStringLiteral("partnerNewContact"));
    m_ico->setPlaceholderText(WorkspaceUiTr::tr("e.g. Z1234567"));
    m_ico->setToolTip(WorkspaceUiTr::tr("From the ICO's register of fee payers: Z followed by "
                                        "seven letters or digits"));
    m_email->setPlaceholderText(WorkspaceUiTr::tr("name@example.gov.uk"));
    const int line = m_address->fontMetrics().lineSpacing();
    m_address->setMaximumHeight(line * 5);
    m_notes->setMaximumHeight(line * 5);
    m_contacts->setMaximumHeight(line * 6);
    m_contacts->setAccessibleName(WorkspaceUiTr::tr("Contacts"));
    m_newContact->setToolTip(
        WorkspaceUiTr::tr("Add a person who works at this organisation to the People list"));
    m_type->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_type->setMinimumContentsLength(12);
    forms::fillOrganisationTypes(m_type);

    auto *contactsBox = new QWidget(this);
    auto *contactsLayout = new QVBoxLayout(contactsBox);
    contactsLayout->setContentsMargins(0, 0, 0, 0);
    contactsLayout->addWidget(m_contacts);
    contactsLayout->addWidget(m_newContact, 0, Qt::AlignLeft);

    QFormLayout *f = form();
    f->addRow(buddyLabel(WorkspaceUiTr::tr("&Name:"), m_name), m_name);
    f->addRow(buddyLabel(WorkspaceUiTr::tr("&ICO registration:"), m_ico), m_ico);
    f->addRow(buddyLabel(WorkspaceUiTr::tr("&Type:"), m_type), m_type);
    f->addRow(buddyLabel(WorkspaceUiTr::tr("Addre&ss:"), m_address), m_address);
    f->addRow(buddyLabel(WorkspaceUiTr::tr("E&mail:"), m_email), m_email);
    f->addRow(buddyLabel(WorkspaceUiTr::tr("Te&lephone:"), m_phone), m_phone);
    f->addRow(buddyLabel(WorkspaceUiTr::tr("N&otes:"), m_notes), m_notes);
    f->addRow(new QLabel(WorkspaceUiTr::tr("Contacts:")), contactsBox);

    binder().bind(orgField::name, m_name);
    binder().bind(orgField::icoRegistration, m_ico);
    binder().bind(orgField::orgType, m_type);
    binder().bind(orgField::address, m_address);
    binder().bind(orgField::email, m_email);
    binder().bind(orgField::phone, m_phone);
    binder().bind(orgField::notes, m_notes);

    connect(m_newContact, &QPushButton::clicked, this, [this] {
        if (currentId() != 0)
            emit newContactRequested(currentId());
    });
    connect(&editor.workspace(), &Workspace::recordChanged, this, [this](const QString &table) {
        if (table == kinds::person().table)
            refreshContacts();
    });
    finishForm();
    setTabOrder(m_notes, m_contacts);
    setTabOrder(m_contacts, m_newContact);
    setTabOrder(m_newContact, findChild<QPushButton *>(QStringLiteral("partnerApply")));
}

ValidationIssues PartnersPanel::validate(const QVariantMap &values) const
{
    return validateOrganisation(values);
}

QString PartnersPanel::newRecordTitle() const
{
    return WorkspaceUiTr::tr("New partner organisation");
}

void PartnersPanel::recordShown(const std::optional<Record> &)
{
    refreshContacts();
}

void PartnersPanel::refreshContacts()
{
    m_contacts->clear();
    const qint64 id = currentId();
    m_newContact->setEnabled(id != 0 && !editor().isReadOnly());
    if (id == 0)
        return;
    const QList<Record> people = editor().workspace().records().list(
        kinds::person(), personField::name, QStringLiteral("organisation_id = ?"), {id});
    for (const Record &person : people) {
        const QString role = person.value(personField::role).toString();
        const QString name = person.value(personField::name).toString();
        m_contacts->addItem(role.isEmpty() ? name : WorkspaceUiTr::tr("%1, %2").arg(name, role));
    }
    if (people.isEmpty())
        m_contacts->addItem(WorkspaceUiTr::tr("No contacts yet"));
}

} // namespace igw
