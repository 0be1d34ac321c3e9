#include "workspace/ui/fieldbinder.h"

#include "workspace/ui/recordcommands.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace igw {

FieldBinder::FieldBinder(QObject *parent)
    : QObject(parent)
{
}

void FieldBinder::bind(const QString &field, QLineEdit *edit)
{
    m_order << field;
    m_widgets.insert(field, edit);
    connect(edit, &QLineEdit::textChanged, this, [this] {
        if (!m_loading)
            emit edited();
    });
}

void FieldBinder::bind(const QString &field, QPlainTextEdit *edit)
{
    m_order << field;
    m_widgets.insert(field, edit);
    // Tab moves focus rather than inserting a tab character, so keyboard users can leave.
    edit->setTabChangesFocus(true);
    connect(edit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            emit edited();
    });
}

void FieldBinder::bind(const QString &field, QComboBox *combo)
{
    m_order << field;
    m_widgets.insert(field, combo);
    connect(combo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            emit edited();
    });
}

QVariant FieldBinder::value(const QString &field) const
{
    QWidget *w = m_widgets.value(field);
    if (auto *line = qobject_cast<QLineEdit *>(w))
        return line->text().trimmed();
    if (auto *text = qobject_cast<QPlainTextEdit *>(w))
        return text->toPlainText().trimmed();
    if (auto *combo = qobject_cast<QComboBox *>(w))
        return combo->currentData();
    return {};
}

void FieldBinder::setValue(const QString &field, const QVariant &value)
{
    QWidget *w = m_widgets.value(field);
    if (auto *line = qobject_cast<QLineEdit *>(w)) {
        line->setText(value.toString());
        line->setCursorPosition(0);
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(w)) {
        text->setPlainText(value.toString());
    } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
        int index = -1;
        for (int i = 0; i < combo->count(); ++i) {
            if (sameFieldValue(combo->itemData(i), value)) {
                index = i;
                break;
            }
        }
        combo->setCurrentIndex(index);
    }
}

void FieldBinder::load(const QVariantMap &values)
{
    m_loading = true;
    for (const QString &field : std::as_const(m_order))
        setValue(field, values.value(field));
    m_loading = false;
    m_baseline.clear();
    // The baseline is what the widgets show, so a value the form cannot show (an unknown
    // combo key) does not count as an edit.
    for (const QString &field : std::as_const(m_order))
        m_baseline.insert(field, value(field));
    emit edited();
}

QVariantMap FieldBinder::values() const
{
    QVariantMap out;
    for (const QString &field : m_order)
        out.insert(field, value(field));
    return out;
}

QVariantMap FieldBinder::changes() const
{
    QVariantMap out;
    for (const QString &field : m_order) {
        const QVariant now = value(field);
        if (!sameFieldValue(now, m_baseline.value(field)))
            out.insert(field, now);
    }
    return out;
}

void FieldBinder::setReadOnly(bool readOnly)
{
    for (QWidget *w : std::as_const(m_widgets)) {
        if (auto *line = qobject_cast<QLineEdit *>(w))
            line->setReadOnly(readOnly);
        else if (auto *text = qobject_cast<QPlainTextEdit *>(w))
            text->setReadOnly(readOnly);
        else
            w->setEnabled(!readOnly);
    }
}

} // namespace igw
