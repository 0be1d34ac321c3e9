#pragma once

#include <QDate>
#include <QVariant>
#include <QWidget>

class QCheckBox;
class QDateEdit;

namespace igw {

// A date that may be "not set": a check box turns the date on, the date edit (with a
// calendar pop-up) chooses it. The value is ISO text (yyyy-MM-dd) or a null QVariant.
class OptionalDateEdit : public QWidget {
    Q_OBJECT
public:
    explicit OptionalDateEdit(QWidget *parent = nullptr);

    QVariant value() const;
    void setValue(const QVariant &iso);
    // What the date starts at when the user ticks the box (default: today).
    void setDefaultDate(const QDate &date) { m_default = date; }
    void setReadOnly(bool readOnly);
    void setAccessibleName(const QString &name);
    QCheckBox *checkBox() const { return m_set; }
    QDateEdit *dateEdit() const { return m_edit; }

signals:
    void valueChanged();

private:
    void updateEnabled();

    QCheckBox *m_set;
    QDateEdit *m_edit;
    QDate m_default;
    bool m_readOnly = false;
};

} // namespace igw
