#include "register/ui/bulkeditdialog.h"

#include "register/assets.h"
#include "register/ui/assetformhelpers.h"
#include "register/ui/assettablecolumns.h"
#include "register/ui/optionaldateedit.h"
#include "register/ui/registeruitr.h"
#include "workspace/ui/formhelpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace igw {

BulkEditDialog::BulkEditDialog(Workspace &workspace, int assetCount, QWidget *parent)
    : QDialog(parent)
    , m_owner(new QComboBox(this))
    , m_administrator(new QComboBox(this))
    , m_classification(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_criticality(new QComboBox(this))
    , m_nextReview(new OptionalDateEdit(this))
    , m_function(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    using namespace assetField;
    setObjectName(QStringLiteral("bulkEditDialog"));
    setWindowTitle(RegisterUiTr::tr("Edit %n Assets", nullptr, assetCount));
    auto *intro = new QLabel(
        RegisterUiTr::tr("Tick what to change for the %n selected assets. Fields you leave "
                         "unticked keep their own values. You can undo this in one step.",
                         nullptr, assetCount),
        this);
    intro->setWordWrap(true);

    const QString notSet = RegisterUiTr::tr("(not set)");
    forms::fillPeople(m_owner, workspace, RegisterUiTr::tr("(no owner)"));
    forms::fillPeople(m_administrator, workspace, RegisterUiTr::tr("(none)"));
    assetForms::fillChoices(m_classification, choices::securityClassification(), notSet);
    assetForms::fillChoices(m_status, choices::assetStatus());
    assetForms::fillChoices(m_criticality, choices::criticality(), notSet);
    m_nextReview->setDefaultDate(QDate::currentDate().addYears(1));
    m_nextReview->setValue(QDate::currentDate().addYears(1).toString(Qt::ISODate));
    auto *completer = new QCompleter(assetForms::businessFunctions(workspace), m_function);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_function->setCompleter(completer);
    m_function->setPlaceholderText(RegisterUiTr::tr("e.g. Revenues & Benefits"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    const auto row = [&](const QString &field, const QString &label, QWidget *input,
                         const char *name) {
        auto *tick = new QCheckBox(label, this);
        tick->setObjectName(QString::fromLatin1(name) + QStringLiteral("Set"));
        input->setObjectName(QString::fromLatin1(name));
        input->setEnabled(false);
        input->setAccessibleName(QString(label).remove(QLatin1Char('&')));
        form->addRow(tick, input);
        m_ticks.append({field, tick});
        m_inputs.insert(field, input);
        connect(tick, &QCheckBox::toggled, this, [this, input](bool on) {
            input->setEnabled(on);
            if (on)
                input->setFocus(Qt::OtherFocusReason);
            updateOk();
        });
    };
    row(ownerPersonId, RegisterUiTr::tr("&Owner (IAO)"), m_owner, "bulkOwner");
    row(administratorPersonId, RegisterUiTr::tr("&Administrator"), m_administrator,
        "bulkAdministrator");
    row(securityClassification, RegisterUiTr::tr("&Classification"), m_classification,
        "bulkClassification");
    row(status, RegisterUiTr::tr("&Status"), m_status, "bulkStatus");
    row(criticality, RegisterUiTr::tr("C&riticality"), m_criticality, "bulkCriticality");
    row(nextReview, RegisterUiTr::tr("&Next review"), m_nextReview, "bulkNextReview");
    row(businessFunction, RegisterUiTr::tr("Business &function"), m_function, "bulkFunction");
    m_nextReview->setAccessibleName(RegisterUiTr::tr("Next review"));

    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(RegisterUiTr::tr("Apply to %n Assets", nullptr, assetCount));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("bulkApply"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
}

QVariantMap BulkEditDialog::changes() const
{
    using namespace assetField;
    QVariantMap out;
    for (const auto &tick : m_ticks) {
        if (!tick.second->isChecked())
            continue;
        const QString &field = tick.first;
        QWidget *input = m_inputs.value(field);
        if (auto *combo = qobject_cast<QComboBox *>(input))
            out.insert(field, combo->currentData());
        else if (auto *date = qobject_cast<OptionalDateEdit *>(input))
            out.insert(field, date->value());
        else if (auto *line = qobject_cast<QLineEdit *>(input))
            out.insert(field, line->text().simplified());
    }
    return out;
}

QString BulkEditDialog::describe(const QVariantMap &changes, int assetCount)
{
    using namespace assetField;
    if (changes.size() != 1)
        return RegisterUiTr::tr("Edit %n assets", nullptr, assetCount);
    const QString field = changes.firstKey();
    if (field == ownerPersonId)
        return RegisterUiTr::tr("Change owner of %n assets", nullptr, assetCount);
    if (field == administratorPersonId)
        return RegisterUiTr::tr("Change administrator of %n assets", nullptr, assetCount);
    if (field == securityClassification)
        return RegisterUiTr::tr("Change classification of %n assets", nullptr, assetCount);
    if (field == status)
        return RegisterUiTr::tr("Change status of %n assets", nullptr, assetCount);
    if (field == criticality)
        return RegisterUiTr::tr("Change criticality of %n assets", nullptr, assetCount);
    if (field == nextReview)
        return RegisterUiTr::tr("Change next review date of %n assets", nullptr, assetCount);
    if (field == businessFunction)
        return RegisterUiTr::tr("Change business function of %n assets", nullptr, assetCount);
    return RegisterUiTr::tr("Edit %n assets", nullptr, assetCount);
}

void BulkEditDialog::updateOk()
{
    bool any = false;
    for (const auto &tick : std::as_const(m_ticks))
        any = any || tick.second->isChecked();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(any);
}

} // namespace igw
