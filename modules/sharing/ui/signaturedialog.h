#pragma once

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace igw {

class Workspace;

// Records a signature given to the current version of an agreement: which party (of those
// that have not signed it yet), who signed, their position, and the date on the signed copy.
// Name and position start as the party's named signatory.
class SignatureDialog : public QDialog {
    Q_OBJECT
public:
    SignatureDialog(Workspace &workspace, qint64 agreementId, QWidget *parent = nullptr);

    qint64 partyId() const;
    QString name() const;
    QString role() const;
    QDate signedOn() const;
    bool hasParties() const;

private:
    void fillFromParty();

    Workspace &m_workspace;
    QComboBox *m_party;
    QLineEdit *m_name;
    QLineEdit *m_role;
    QDateEdit *m_date;
};

} // namespace igw
