#include "register/ui/optionaldateedit.h"

#include "register/ui/registeruitr.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QSignalBlocker>

namespace igw {

OptionalDateEdit::OptionalDateEdit(QWidget *parent)
    : QWidget(parent)
    , m_set(new QCheckBox(RegisterUiTr::tr("Set"), this))
    , m_edit(new QDateEdit(this))
{
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_edit->setDate(QDate::currentDate());
    m_set->setToolTip(RegisterUiTr::tr("Untick when there is no date"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_set);
    layout->addWidget(m_edit, 1);
    setFocusProxy(m_set);
    setTabOrder(m_set, m_edit);

    connect(m_set, &QCheckBox::toggled, this, [this](bool on) {
        if (on) {
            const QSignalBlocker blocker(m_edit);
            m_edit->setDate(m_default.isValid() ? m_default : QDate::currentDate());
        }
        updateEnabled();
        emit valueChanged();
    });
    connect(m_edit, &QDateEdit::dateChanged, this, [this] {
        if (m_set->isChecked())
            emit valueChanged();
    });
    updateEnabled();
}

QVariant OptionalDateEdit::value() const
{
    if (!m_set->isChecked())
        return QVariant();
    return m_edit->date().toString(Qt::ISODate);
}

void OptionalDateEdit::setValue(const QVariant &iso)
{
    const QDate date = QDate::fromString(iso.toString(), Qt::ISODate);
    {
        const QSignalBlocker b1(m_set);
        const QSignalBlocker b2(m_edit);
        m_set->setChecked(date.isValid());
        m_edit->setDate(date.isValid() ? date : QDate::currentDate());
    }
    updateEnabled();
}

void OptionalDateEdit::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateEnabled();
}

void OptionalDateEdit::setAccessibleName(const QString &name)
{
    m_edit->setAccessibleName(name);
    m_set->setAccessibleName(RegisterUiTr::tr("%1 is set").arg(name));
}

void OptionalDateEdit::updateEnabled()
{
    m_set->setEnabled(!m_readOnly);
    m_edit->setEnabled(!m_readOnly && m_set->isChecked());
}

} // namespace igw
