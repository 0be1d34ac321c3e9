#include "dpia/ui/dpiafilterbar.h"

#include "dpia/dpiarecords.h"
#include "dpia/ui/dpiauitr.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>

namespace igw {

DpiaFilterBar::DpiaFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_highOnly(new QCheckBox(DpiaUiTr::tr("&High residual risk only"), this))
{
    m_search->setObjectName(QStringLiteral("dpiaSearch"));
    m_status->setObjectName(QStringLiteral("dpiaStatusFilter"));
    m_highOnly->setObjectName(QStringLiteral("dpiaHighOnly"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(DpiaUiTr::tr("Reference, title, owner or activity"));
    m_search->setAccessibleName(DpiaUiTr::tr("Find DPIAs"));
    m_status->setAccessibleName(DpiaUiTr::tr("Status"));
    m_highOnly->setToolTip(
        DpiaUiTr::tr("Only DPIAs where a high risk remains after the measures: these may need "
                     "prior consultation with the ICO (UK GDPR Art. 36)"));
    m_status->addItem(DpiaUiTr::tr("All statuses"));
    for (const auto &choice : choices::dpiaStatus())
        m_status->addItem(choice.second, choice.first);

    auto *findLabel = new QLabel(DpiaUiTr::tr("&Find:"), this);
    findLabel->setBuddy(m_search);
    auto *statusLabel = new QLabel(DpiaUiTr::tr("S&tatus:"), this);
    statusLabel->setBuddy(m_status);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(findLabel);
    layout->addWidget(m_search, 2);
    layout->addSpacing(8);
    layout->addWidget(statusLabel);
    layout->addWidget(m_status);
    layout->addSpacing(8);
    layout->addWidget(m_highOnly);
    layout->addStretch(1);

    connect(m_search, &QLineEdit::textChanged, this, &DpiaFilterBar::filterChanged);
    connect(m_status, &QComboBox::currentIndexChanged, this, &DpiaFilterBar::filterChanged);
    connect(m_highOnly, &QCheckBox::toggled, this, &DpiaFilterBar::filterChanged);
}

DpiaFilter DpiaFilterBar::filter() const
{
    return {m_search->text(), m_status->currentData().toString(), m_highOnly->isChecked()};
}

void DpiaFilterBar::clear()
{
    {
        const QSignalBlocker a(m_search);
        const QSignalBlocker b(m_status);
        const QSignalBlocker c(m_highOnly);
        m_search->clear();
        m_status->setCurrentIndex(0);
        m_highOnly->setChecked(false);
    }
    emit filterChanged();
}

QWidget *DpiaFilterBar::lastWidget() const
{
    return m_highOnly;
}

} // namespace igw
