#pragma once

#include <QHash>
#include <QObject>
#include <QVariantMap>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QWidget;

namespace igw {

// Connects a form's input widgets to record fields: loads values into them, reads the
// edited values back, and tells which fields differ from what was loaded.
class FieldBinder : public QObject {
    Q_OBJECT
public:
    explicit FieldBinder(QObject *parent = nullptr);

    void bind(const QString &field, QLineEdit *edit);
    void bind(const QString &field, QPlainTextEdit *edit);
    // The combo's item data is the stored value; an item with no data means "none".
    void bind(const QString &field, QComboBox *combo);

    QWidget *widget(const QString &field) const { return m_widgets.value(field); }
    QStringList fields() const { return m_order; }

    void load(const QVariantMap &values); // also the new baseline for isDirty()
    QVariantMap values() const;           // text trimmed; none is a null QVariant
    QVariantMap changes() const;          // only the fields that differ from the baseline
    bool isDirty() const { return !changes().isEmpty(); }
    void setReadOnly(bool readOnly);

signals:
    void edited(); // the user (or code) changed an input

private:
    QVariant value(const QString &field) const;
    void setValue(const QString &field, const QVariant &value);

    QStringList m_order;
    QHash<QString, QWidget *> m_widgets;
    QVariantMap m_baseline;
    bool m_loading = false;
};

} // namespace igw
