#include "ropa/ui/ropafilterbar.h"

#include "register/assets.h"
#include "ropa/ui/ropauitr.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>

namespace igw {

namespace {

QLabel *label(const QString &text, QWidget *buddy)
{
    auto *l = new QLabel(text);
    l->setBuddy(buddy);
    return l;
}

} // namespace

RopaFilterBar::RopaFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_function(new QComboBox(this))
    , m_lawfulBasis(new QComboBox(this))
    , m_special(new QComboBox(this))
    , m_dpia(new QComboBox(this))
    , m_incomplete(new QCheckBox(RopaUiTr::tr("&Only activities with gaps"), this))
{
    m_search->setObjectName(QStringLiteral("ropaSearch"));
    m_function->setObjectName(QStringLiteral("ropaFunctionFilter"));
    m_lawfulBasis->setObjectName(QStringLiteral("ropaLawfulBasisFilter"));
    m_special->setObjectName(QStringLiteral("ropaSpecialFilter"));
    m_dpia->setObjectName(QStringLiteral("ropaDpiaFilter"));
    m_incomplete->setObjectName(QStringLiteral("ropaIncompleteOnly"));

    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(RopaUiTr::tr("Reference, name, purpose or function"));
    m_search->setAccessibleName(RopaUiTr::tr("Search processing activities"));
    m_search->setToolTip(RopaUiTr::tr("Filters the list as you type (Ctrl+F)"));
    m_function->setAccessibleName(RopaUiTr::tr("Business function"));
    m_lawfulBasis->setAccessibleName(RopaUiTr::tr("Lawful basis"));
    m_special->setAccessibleName(RopaUiTr::tr("Special category data"));
    m_dpia->setAccessibleName(RopaUiTr::tr("DPIA"));
    m_incomplete->setToolTip(
        RopaUiTr::tr("Show only the activities missing something Art. 30 asks for"));

    m_function->addItem(RopaUiTr::tr("All"));
    m_lawfulBasis->addItem(RopaUiTr::tr("All"));
    for (const auto &choice : choices::lawfulBasis())
        m_lawfulBasis->addItem(choice.second, choice.first);
    m_lawfulBasis->addItem(RopaUiTr::tr("Not recorded"), ActivityFilter::NotRecorded);
    m_special->addItem(RopaUiTr::tr("All"), int(ActivityFilter::Special::All));
    m_special->addItem(RopaUiTr::tr("Special category or criminal offence data"),
                       int(ActivityFilter::Special::SpecialOrCriminal));
    m_special->addItem(RopaUiTr::tr("Neither"), int(ActivityFilter::Special::Neither));
    m_dpia->addItem(RopaUiTr::tr("All"), int(ActivityFilter::Dpia::All));
    m_dpia->addItem(RopaUiTr::tr("DPIA required"), int(ActivityFilter::Dpia::Required));
    m_dpia->addItem(RopaUiTr::tr("Not required"), int(ActivityFilter::Dpia::NotRequired));
    m_dpia->addItem(RopaUiTr::tr("Not answered"), int(ActivityFilter::Dpia::NotAnswered));
    for (QComboBox *combo : {m_function, m_lawfulBasis, m_special, m_dpia}) {
        // Long labels (citations) must not widen the page; the pop-up shows them in full.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
    }

    // Two label-and-list pairs a row keep the list column narrow beside the form.
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(label(RopaUiTr::tr("Sear&ch:"), m_search), 0, 0);
    grid->addWidget(m_search, 0, 1, 1, 3);
    grid->addWidget(label(RopaUiTr::tr("F&unction:"), m_function), 1, 0);
    grid->addWidget(m_function, 1, 1);
    grid->addWidget(label(RopaUiTr::tr("&Lawful basis:"), m_lawfulBasis), 1, 2);
    grid->addWidget(m_lawfulBasis, 1, 3);
    grid->addWidget(label(RopaUiTr::tr("Special cate&gory:"), m_special), 2, 0);
    grid->addWidget(m_special, 2, 1);
    grid->addWidget(label(RopaUiTr::tr("DP&IA:"), m_dpia), 2, 2);
    grid->addWidget(m_dpia, 2, 3);
    grid->addWidget(m_incomplete, 3, 1, 1, 3);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    setTabOrder(m_search, m_function);
    setTabOrder(m_function, m_lawfulBasis);
    setTabOrder(m_lawfulBasis, m_special);
    setTabOrder(m_special, m_dpia);
    setTabOrder(m_dpia, m_incomplete);

    connect(m_search, &QLineEdit::textChanged, this, &RopaFilterBar::filterChanged);
    for (QComboBox *combo : {m_function, m_lawfulBasis, m_special, m_dpia})
        connect(combo, &QComboBox::currentIndexChanged, this, &RopaFilterBar::filterChanged);
    connect(m_incomplete, &QCheckBox::toggled, this, &RopaFilterBar::filterChanged);
}

ActivityFilter RopaFilterBar::filter() const
{
    ActivityFilter f;
    f.search = m_search->text();
    f.function = m_function->currentIndex() > 0 ? m_function->currentText() : QString();
    f.lawfulBasis = m_lawfulBasis->currentData().toString();
    f.special = ActivityFilter::Special(m_special->currentData().toInt());
    f.dpia = ActivityFilter::Dpia(m_dpia->currentData().toInt());
    f.incompleteOnly = m_incomplete->isChecked();
    return f;
}

void RopaFilterBar::setFunctions(const QStringList &functions)
{
    const QString current = m_function->currentIndex() > 0 ? m_function->currentText() : QString();
    const QSignalBlocker blocker(m_function);
    while (m_function->count() > 1)
        m_function->removeItem(1);
    m_function->addItems(functions);
    int index = 0;
    if (!current.isEmpty()) {
        index = m_function->findText(current, Qt::MatchFixedString);
        if (index < 0) {
            // Keep a chosen function that no activity uses any more, so the list does not
            // jump to everything under the user.
            m_function->addItem(current);
            index = m_function->count() - 1;
        }
    }
    m_function->setCurrentIndex(index);
}

void RopaFilterBar::clear()
{
    const QSignalBlocker b1(m_search);
    const QSignalBlocker b2(m_function);
    const QSignalBlocker b3(m_lawfulBasis);
    const QSignalBlocker b4(m_special);
    const QSignalBlocker b5(m_dpia);
    const QSignalBlocker b6(m_incomplete);
    m_search->clear();
    m_function->setCurrentIndex(0);
    m_lawfulBasis->setCurrentIndex(0);
    m_special->setCurrentIndex(0);
    m_dpia->setCurrentIndex(0);
    m_incomplete->setChecked(false);
    emit filterChanged();
}

QWidget *RopaFilterBar::lastWidget() const
{
    return m_incomplete;
}

} // namespace igw
