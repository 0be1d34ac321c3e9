#include "register/ui/assetformbinder.h"

#include "register/ui/optionaldateedit.h"
#include "workspace/ui/fieldbinder.h"
#include "workspace/ui/recordcommands.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>

namespace igw {

AssetFormBinder::AssetFormBinder(QObject *parent)
    : QObject(parent)
    , m_fields(new FieldBinder(this))
{
    connect(m_fields, &FieldBinder::edited, this, [this] {
        if (!m_loading)
            emit edited();
    });
}

void AssetFormBinder::bind(const QString &field, QLineEdit *edit)
{
    m_order << field;
    m_widgets.insert(field, edit);
    m_fields->bind(field, edit);
}

void AssetFormBinder::bind(const QString &field, QPlainTextEdit *edit)
{
    m_order << field;
    m_widgets.insert(field, edit);
    m_fields->bind(field, edit);
}

void AssetFormBinder::bind(const QString &field, QComboBox *combo)
{
    m_order << field;
    m_widgets.insert(field, combo);
    m_fields->bind(field, combo);
}

void AssetFormBinder::bind(const QString &field, QCheckBox *box)
{
    m_order << field;
    m_widgets.insert(field, box);
    m_boxes.insert(field, box);
    connect(box, &QCheckBox::toggled, this, [this] {
        if (!m_loading)
            emit edited();
    });
}

void AssetFormBinder::bind(const QString &field, OptionalDateEdit *date)
{
    m_order << field;
    m_widgets.insert(field, date);
    m_dates.insert(field, date);
    connect(date, &OptionalDateEdit::valueChanged, this, [this] {
        if (!m_loading)
            emit edited();
    });
}

QVariant AssetFormBinder::ownValue(const QString &field) const
{
    if (QCheckBox *box = m_boxes.value(field))
        return box->isChecked() ? 1 : 0;
    if (OptionalDateEdit *date = m_dates.value(field))
        return date->value();
    return {};
}

void AssetFormBinder::load(const QVariantMap &values)
{
    m_loading = true;
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it) {
        const QSignalBlocker blocker(it.value());
        it.value()->setChecked(values.value(it.key()).toInt() != 0);
    }
    for (auto it = m_dates.cbegin(); it != m_dates.cend(); ++it)
        it.value()->setValue(values.value(it.key()));
    m_fields->load(values);
    m_baseline.clear();
    for (const QString &field : std::as_const(m_order)) {
        if (m_boxes.contains(field) || m_dates.contains(field))
            m_baseline.insert(field, ownValue(field));
    }
    m_loading = false;
    emit edited();
}

QVariantMap AssetFormBinder::values() const
{
    QVariantMap out = m_fields->values();
    for (const QString &field : m_order) {
        if (m_boxes.contains(field) || m_dates.contains(field))
            out.insert(field, ownValue(field));
    }
    return out;
}

QVariantMap AssetFormBinder::changes() const
{
    QVariantMap out = m_fields->changes();
    for (auto it = m_baseline.cbegin(); it != m_baseline.cend(); ++it) {
        const QVariant now = ownValue(it.key());
        if (!sameFieldValue(now, it.value()))
            out.insert(it.key(), now);
    }
    return out;
}

void AssetFormBinder::setReadOnly(bool readOnly)
{
    m_fields->setReadOnly(readOnly);
    for (QCheckBox *box : std::as_const(m_boxes))
        box->setEnabled(!readOnly);
    for (OptionalDateEdit *date : std::as_const(m_dates))
        date->setReadOnly(readOnly);
}

} // namespace igw
