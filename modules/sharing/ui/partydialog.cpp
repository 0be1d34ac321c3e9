#include "sharing/ui/partydialog.h"

#include "register/ui/assetformhelpers.h"
#include "register/ui/formrows.h"
#include "sharing/agreements.h"
#include "sharing/ui/sharinguitr.h"
#include "workspace/directory.h"
#include "workspace/ui/formhelpers.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace igw {

namespace pf = partyField;

PartyDialog::PartyDialog(Workspace &workspace, qint64 agreementId, const QVariantMap &party,
                         QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_agreementId(agreementId)
    , m_org(new QComboBox(this))
    , m_ico(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_contact(new QLineEdit(this))
{
    setObjectName(QStringLiteral("partyDialog"));
    setWindowTitle(party.isEmpty() ? SharingUiTr::tr("Add Party") : SharingUiTr::tr("Edit Party"));
    m_org->setObjectName(QStringLiteral("partyOrganisation"));
    m_ico->setObjectName(QStringLiteral("partyIco"));
    m_role->setObjectName(QStringLiteral("partyRole"));
    m_name->setObjectName(QStringLiteral("partySignatory"));
    m_title->setObjectName(QStringLiteral("partySignatoryRole"));
    m_contact->setObjectName(QStringLiteral("partyContact"));
    m_ico->setReadOnly(true);
    m_ico->setToolTip(SharingUiTr::tr("From Organisation & People; change it there"));
    m_name->setPlaceholderText(SharingUiTr::tr("e.g. Dr Helen Okafor"));
    m_title->setPlaceholderText(SharingUiTr::tr("e.g. Caldicott Guardian"));
    m_contact->setPlaceholderText(
        SharingUiTr::tr("Single point of contact: name, role, email or telephone"));
    forms::fillOrganisations(m_org, workspace);
    assetForms::fillChoices(m_role, choices::partyRole());

    const qint64 org = party.value(pf::orgId).isNull() ? workspace.selfOrganisationId()
                                                       : party.value(pf::orgId).toLongLong();
    m_org->setCurrentIndex(qMax(0, m_org->findData(org)));
    const QString role = party.value(pf::role).toString();
    m_role->setCurrentIndex(
        qMax(0, m_role->findData(role.isEmpty() ? QStringLiteral("controller") : role)));
    m_name->setText(party.value(pf::signatoryName).toString());
    m_title->setText(party.value(pf::signatoryRole).toString());
    m_contact->setText(party.value(pf::contact).toString());

    auto *layout = new QFormLayout;
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    formRows::addRow(layout, SharingUiTr::tr("&Organisation:"), m_org);
    formRows::addRow(layout, SharingUiTr::tr("ICO registration:"), m_ico);
    formRows::addRow(layout, SharingUiTr::tr("&Role:"), m_role);
    formRows::addRow(layout, SharingUiTr::tr("&Signatory:"), m_name);
    formRows::addRow(layout, SharingUiTr::tr("Signatory's &position:"), m_title);
    formRows::addRow(layout, SharingUiTr::tr("&Contact:"), m_contact);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *outer = new QVBoxLayout(this);
    outer->addLayout(layout);
    outer->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_org, &QComboBox::currentIndexChanged, this, &PartyDialog::updateIco);
    updateIco();
    resize(560, sizeHint().height());
}

void PartyDialog::updateIco()
{
    const auto org =
        m_workspace.records().get(kinds::organisation(), m_org->currentData().toLongLong());
    const QString ico = org ? org->value(orgField::icoRegistration).toString() : QString();
    m_ico->setText(ico.isEmpty() ? SharingUiTr::tr("(none recorded)") : ico);
}

QVariantMap PartyDialog::values() const
{
    const qint64 org = m_org->currentData().toLongLong();
    const auto text = [](const QLineEdit *e) {
        const QString t = e->text().trimmed();
        return t.isEmpty() ? QVariant() : QVariant(t);
    };
    return {{pf::agreementId, m_agreementId},
            {pf::orgId, org == m_workspace.selfOrganisationId() ? QVariant() : QVariant(org)},
            {pf::role, m_role->currentData()},
            {pf::signatoryName, text(m_name)},
            {pf::signatoryRole, text(m_title)},
            {pf::contact, text(m_contact)}};
}

} // namespace igw
