#pragma once

#include "workspace/ui/recordpanel.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace igw {

// The people directory: everyone later records name as owner, contact or signatory.
class PeoplePanel : public RecordPanel {
    Q_OBJECT
public:
    explicit PeoplePanel(RecordEditor &editor, QWidget *parent = nullptr);

protected:
    ValidationIssues validate(const QVariantMap &values) const override;
    QString newRecordTitle() const override;
    QVariantMap formValues(const Record &record) const override;
    QVariantMap newValues(const QVariantMap &preset) const override;

private:
    void refreshOrganisations();

    QLineEdit *m_name;
    QLineEdit *m_role;
    QLineEdit *m_team;
    QComboBox *m_organisation;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QPlainTextEdit *m_notes;
};

} // namespace igw
