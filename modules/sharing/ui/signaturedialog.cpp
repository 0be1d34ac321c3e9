#include "sharing/ui/signaturedialog.h"

#include "register/ui/formrows.h"
#include "sharing/agreements.h"
#include "sharing/agreementview.h"
#include "sharing/lifecycle.h"
#include "sharing/ui/sharinguitr.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace igw {

SignatureDialog::SignatureDialog(Workspace &workspace, qint64 agreementId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_party(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_role(new QLineEdit(this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
{
    setObjectName(QStringLiteral("signatureDialog"));
    setWindowTitle(SharingUiTr::tr("Record Signature"));
    m_party->setObjectName(QStringLiteral("signatureParty"));
    m_name->setObjectName(QStringLiteral("signatureName"));
    m_role->setObjectName(QStringLiteral("signatureRole"));
    m_date->setObjectName(QStringLiteral("signatureDate"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(QDate::currentDate());

    QString error;
    const auto view = loadAgreementView(workspace, agreementId, &error);
    for (const Record &p : sharing::unsignedParties(workspace, agreementId)) {
        QString name;
        if (view)
            for (const AgreementPartyView &pv : view->parties)
                if (pv.party.id == p.id)
                    name = pv.name;
        m_party->addItem(name.isEmpty() ? p.ref : name, p.id);
    }

    auto *layout = new QFormLayout;
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    formRows::addRow(layout, SharingUiTr::tr("&Party:"), m_party);
    formRows::addRow(layout, SharingUiTr::tr("Signed &by:"), m_name);
    formRows::addRow(layout, SharingUiTr::tr("P&osition:"), m_role);
    formRows::addRow(layout, SharingUiTr::tr("&Date signed:"), m_date);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(SharingUiTr::tr("&Record"));
    auto *outer = new QVBoxLayout(this);
    outer->addLayout(layout);
    outer->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_party, &QComboBox::currentIndexChanged, this, &SignatureDialog::fillFromParty);
    const auto enableOk = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(hasParties() && !m_name->text().trimmed().isEmpty());
    };
    connect(m_name, &QLineEdit::textChanged, this, enableOk);
    fillFromParty();
    enableOk();
    resize(480, sizeHint().height());
}

void SignatureDialog::fillFromParty()
{
    const auto party = m_workspace.records().get(kinds::agreementParty(), partyId());
    m_name->setText(party ? party->value(partyField::signatoryName).toString() : QString());
    m_role->setText(party ? party->value(partyField::signatoryRole).toString() : QString());
}

qint64 SignatureDialog::partyId() const
{
    return m_party->currentData().toLongLong();
}

QString SignatureDialog::name() const
{
    return m_name->text().trimmed();
}

QString SignatureDialog::role() const
{
    return m_role->text().trimmed();
}

QDate SignatureDialog::signedOn() const
{
    return m_date->date();
}

bool SignatureDialog::hasParties() const
{
    return m_party->count() > 0;
}

} // namespace igw
