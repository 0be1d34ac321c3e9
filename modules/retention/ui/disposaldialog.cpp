#include "retention/ui/disposaldialog.h"

#include "register/assets.h"
#include "register/ui/assetformhelpers.h"
#include "register/ui/formrows.h"
#include "retention/duedates.h"
#include "retention/retentionclasses.h"
#include "retention/ui/retentionuitr.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace igw {

DisposalDialog::DisposalDialog(Workspace &workspace, qint64 assetId, QWidget *parent)
    : QDialog(parent)
    , m_assetId(assetId)
    , m_summary(new QLabel(this))
    , m_action(new QComboBox(this))
    , m_method(new QComboBox(this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_confirmedBy(new QLineEdit(this))
    , m_notes(formRows::textBox(this, 3))
{
    setObjectName(QStringLiteral("disposalDialog"));
    setWindowTitle(RetentionUiTr::tr("Confirm Disposal"));
    m_action->setObjectName(QStringLiteral("disposalAction"));
    m_method->setObjectName(QStringLiteral("disposalMethod"));
    m_date->setObjectName(QStringLiteral("disposalDate"));
    m_confirmedBy->setObjectName(QStringLiteral("disposalConfirmedBy"));
    m_notes->setObjectName(QStringLiteral("disposalNotes"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(QDate::currentDate());
    m_method->setEditable(true);
    m_method->addItems(disposalMethods());
    m_confirmedBy->setText(workspace.userName());
    m_confirmedBy->setPlaceholderText(RetentionUiTr::tr("Name and role, e.g. Sam Patel, Records "
                                                        "Manager"));
    assetForms::fillChoices(m_action, choices::disposalDone());

    const auto asset = workspace.records().get(kinds::asset(), assetId);
    std::optional<Record> cls;
    if (asset && asset->value(assetField::retentionClassId).toLongLong() > 0)
        cls = workspace.records().get(kinds::retentionClass(),
                                      asset->value(assetField::retentionClassId).toLongLong());
    const AssetDue due = asset ? assetDue(*asset, cls, QDate::currentDate()) : AssetDue();
    if (due.action == retentionAction::transferArchives)
        m_action->setCurrentIndex(qMax(0, m_action->findData(retentionAction::transferArchives)));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setText(
        asset ? RetentionUiTr::tr("%1 %2 under %3. %4. The disposal log keeps this for good, and "
                                  "a certificate is made for it.")
                    .arg(asset->ref, asset->title(kinds::asset()),
                         cls ? classTitle(*cls) : RetentionUiTr::tr("no class"), dueText(due))
              : RetentionUiTr::tr("The asset no longer exists."));
    m_notes->setPlaceholderText(RetentionUiTr::tr("Required when the records go before their due "
                                                  "date: say why"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    formRows::addRow(form, RetentionUiTr::tr("&Done:"), m_action);
    formRows::addRow(form, RetentionUiTr::tr("&Method:"), m_method);
    formRows::addRow(form, RetentionUiTr::tr("D&ate:"), m_date);
    formRows::addRow(form, RetentionUiTr::tr("Confirmed &by:"), m_confirmedBy);
    formRows::addRow(form, RetentionUiTr::tr("&Notes:"), m_notes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(RetentionUiTr::tr("&Confirm"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, sizeHint().height());
}

DisposalRequest DisposalDialog::request() const
{
    DisposalRequest r;
    r.assetId = m_assetId;
    r.action = m_action->currentData().toString();
    r.method = m_method->currentText().trimmed();
    r.disposedOn = m_date->date();
    r.confirmedBy = m_confirmedBy->text().trimmed();
    r.notes = m_notes->toPlainText().trimmed();
    return r;
}

} // namespace igw
