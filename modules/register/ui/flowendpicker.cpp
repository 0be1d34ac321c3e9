#include "register/ui/flowendpicker.h"

#include "register/assets.h"
#include "register/ui/registeruitr.h"
#include "workspace/directory.h"
#include "workspace/workspace.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace igw {

FlowEndPicker::FlowEndPicker(Workspace &workspace, const QString &name, const QString &label,
                             QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_asset(new QRadioButton(RegisterUiTr::tr("One of our assets"), this))
    , m_partner(new QRadioButton(RegisterUiTr::tr("A partner organisation"), this))
    , m_choice(new QComboBox(this))
{
    setObjectName(name);
    m_asset->setObjectName(name + QStringLiteral("Asset"));
    m_partner->setObjectName(name + QStringLiteral("Partner"));
    m_choice->setObjectName(name + QStringLiteral("Choice"));
    m_asset->setAccessibleName(RegisterUiTr::tr("%1: one of our assets").arg(label));
    m_partner->setAccessibleName(RegisterUiTr::tr("%1: a partner organisation").arg(label));
    m_choice->setAccessibleName(label);
    m_choice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_choice->setMinimumContentsLength(16);
    // Typing a name's first letters finds it among hundreds of assets.
    m_choice->setToolTip(RegisterUiTr::tr("Type the first letters of a name to jump to it"));

    auto *group = new QButtonGroup(this);
    group->addButton(m_asset);
    group->addButton(m_partner);
    m_asset->setChecked(true);

    auto *kindRow = new QHBoxLayout;
    kindRow->setContentsMargins(0, 0, 0, 0);
    kindRow->addWidget(m_asset);
    kindRow->addWidget(m_partner);
    kindRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(kindRow);
    layout->addWidget(m_choice);
    setTabOrder(m_asset, m_partner);
    setTabOrder(m_partner, m_choice);

    connect(m_asset, &QRadioButton::toggled, this, [this](bool) {
        if (m_filling)
            return;
        fillChoice();
        emit edited();
    });
    connect(m_choice, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        const qint64 id = m_choice->currentData().toLongLong();
        (m_asset->isChecked() ? m_assetId : m_orgId) = id;
        emit edited();
    });
    fillChoice();
}

void FlowEndPicker::fillChoice()
{
    m_filling = true;
    const QSignalBlocker blocker(m_choice);
    m_choice->clear();
    const bool assets = m_asset->isChecked();
    m_choice->addItem(assets ? RegisterUiTr::tr("(choose an asset)")
                             : RegisterUiTr::tr("(choose an organisation)"));
    RecordStore &store = m_workspace.records();
    if (assets) {
        const QList<Record> list = store.list(kinds::asset(), assetField::name);
        for (const Record &a : list) {
            m_choice->addItem(
                RegisterUiTr::tr("%1 (%2)").arg(a.value(assetField::name).toString(), a.ref), a.id);
            m_choice->setItemData(m_choice->count() - 1, a.value(assetField::businessFunction),
                                  Qt::ToolTipRole);
        }
    } else {
        const QList<Record> list =
            store.list(kinds::organisation(), orgField::name, QStringLiteral("is_self = 0"));
        for (const Record &o : list)
            m_choice->addItem(o.value(orgField::name).toString(), o.id);
    }
    const qint64 id = assets ? m_assetId : m_orgId;
    ensureItem(id);
    const int index = id == 0 ? 0 : m_choice->findData(id);
    m_choice->setCurrentIndex(qMax(0, index));
    m_filling = false;
}

void FlowEndPicker::ensureItem(qint64 id)
{
    if (id == 0 || m_choice->findData(id) >= 0)
        return;
    const bool assets = m_asset->isChecked();
    const auto record =
        m_workspace.records().get(assets ? kinds::asset() : kinds::organisation(), id);
    QString text;
    if (!record)
        text = RegisterUiTr::tr("(deleted record %1)").arg(id);
    else if (!assets && record->value(orgField::isSelf).toInt() == 1)
        text =
            RegisterUiTr::tr("%1 (our organisation)").arg(record->value(orgField::name).toString());
    else
        text = record->title(assets ? kinds::asset() : kinds::organisation());
    m_choice->addItem(text, id);
}

void FlowEndPicker::setEnd(const FlowEnd &end)
{
    m_assetId = end.assetId;
    m_orgId = end.orgId;
    m_filling = true;
    // A flow with neither end yet starts at "one of our assets": most flows leave one.
    if (end.orgId != 0 && end.assetId == 0)
        m_partner->setChecked(true);
    else
        m_asset->setChecked(true);
    m_filling = false;
    fillChoice();
}

FlowEnd FlowEndPicker::end() const
{
    const qint64 id = m_choice->currentData().toLongLong();
    return m_asset->isChecked() ? FlowEnd{id, 0} : FlowEnd{0, id};
}

void FlowEndPicker::setReadOnly(bool readOnly)
{
    m_asset->setEnabled(!readOnly);
    m_partner->setEnabled(!readOnly);
    m_choice->setEnabled(!readOnly);
}

void FlowEndPicker::refresh()
{
    fillChoice();
}

} // namespace igw
