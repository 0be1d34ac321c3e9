#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace igw {

class FieldBinder;
class RecordEditor;
class ValidationLabel;

// "Our organisation": the workspace's own profile, including who holds the statutory
// roles (DPO, SIRO, Caldicott Guardian), chosen from the people directory.
class ProfileForm : public QWidget {
    Q_OBJECT
public:
    explicit ProfileForm(RecordEditor &editor, QWidget *parent = nullptr);

    bool hasUnappliedChanges() const;
    bool apply();
    void revert();
    bool settle(); // see RecordPanel::settle()
    ValidationLabel *issues() const { return m_issues; }

private:
    void load();
    void refreshPeople();
    void updateState();

    RecordEditor &m_editor;
    FieldBinder *m_binder;
    QLineEdit *m_name;
    QLineEdit *m_ico;
    QComboBox *m_type;
    QPlainTextEdit *m_address;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QComboBox *m_dpo;
    QComboBox *m_siro;
    QComboBox *m_caldicott;
    QPlainTextEdit *m_notes;
    QLineEdit *m_representative;
    QLabel *m_meta;
    ValidationLabel *m_issues;
    QPushButton *m_apply;
    QPushButton *m_revert;
};

} // namespace igw
