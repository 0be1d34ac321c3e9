#pragma once

#include <QHash>
#include <QObject>
#include <QVariantMap>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QWidget;

namespace igw {

class FieldBinder;
class OptionalDateEdit;

// FieldBinder for the asset form: the line edits, text boxes and combos go through a
// FieldBinder; check boxes (stored 0/1) and optional dates (ISO text or NULL) are handled
// here in the same way, so the form has one values()/changes() for every field.
class AssetFormBinder : public QObject {
    Q_OBJECT
public:
    explicit AssetFormBinder(QObject *parent = nullptr);

    void bind(const QString &field, QLineEdit *edit);
    void bind(const QString &field, QPlainTextEdit *edit);
    void bind(const QString &field, QComboBox *combo);
    void bind(const QString &field, QCheckBox *box);
    void bind(const QString &field, OptionalDateEdit *date);

    // Every bound field in binding order, and the widget that takes focus for it.
    QStringList fields() const { return m_order; }
    QWidget *widget(const QString &field) const { return m_widgets.value(field); }

    void load(const QVariantMap &values);
    QVariantMap values() const;
    QVariantMap changes() const;
    bool isDirty() const { return !changes().isEmpty(); }
    void setReadOnly(bool readOnly);

signals:
    void edited();

private:
    QVariant ownValue(const QString &field) const;

    FieldBinder *m_fields;
    QStringList m_order;
    QHash<QString, QWidget *> m_widgets;
    QHash<QString, QCheckBox *> m_boxes;
    QHash<QString, OptionalDateEdit *> m_dates;
    QVariantMap m_baseline; // of the check boxes and dates
    bool m_loading = false;
};

} // namespace igw
