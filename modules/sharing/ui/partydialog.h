#pragma once

#include <QDialog>
#include <QVariantMap>

class QComboBox;
class QLineEdit;

namespace igw {

class Workspace;

// One party to an agreement: the organisation (ours or a partner from the directory), its
// role, who signs for it and the single point of contact. The ICO registration number is the
// directory's, shown beside the organisation so it is typed once.
class PartyDialog : public QDialog {
    Q_OBJECT
public:
    // `party` empty: a new party for `agreementId`.
    PartyDialog(Workspace &workspace, qint64 agreementId, const QVariantMap &party,
                QWidget *parent = nullptr);

    // The party's fields as stored (agreement_id, org_id, role, signatory_name, ...).
    QVariantMap values() const;
    QComboBox *organisation() const { return m_org; }
    QComboBox *role() const { return m_role; }
    QLineEdit *signatoryName() const { return m_name; }
    QLineEdit *signatoryRole() const { return m_title; }
    QLineEdit *contact() const { return m_contact; }

private:
    void updateIco();

    Workspace &m_workspace;
    qint64 m_agreementId;
    QComboBox *m_org;
    QLineEdit *m_ico;
    QComboBox *m_role;
    QLineEdit *m_name;
    QLineEdit *m_title;
    QLineEdit *m_contact;
};

} // namespace igw
