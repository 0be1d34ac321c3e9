#pragma once

#include "workspace/ui/recordpanel.h"

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace igw {

// Partner organisations: who we share with, sign agreements with and exchange packages
// with. Their contacts are people in the directory who work there.
class PartnersPanel : public RecordPanel {
    Q_OBJECT
public:
    explicit PartnersPanel(RecordEditor &editor, QWidget *parent = nullptr);

signals:
    // The user wants a new person at this organisation.
    void newContactRequested(qint64 organisationId);

protected:
    ValidationIssues validate(const QVariantMap &values) const override;
    QString newRecordTitle() const override;
    void recordShown(const std::optional<Record> &record) override;

private:
    void refreshContacts();

    QLineEdit *m_name;
    QLineEdit *m_ico;
    QComboBox *m_type;
    QPlainTextEdit *m_address;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QPlainTextEdit *m_notes;
    QListWidget *m_contacts;
    QPushButton *m_newContact;
};

} // namespace igw
