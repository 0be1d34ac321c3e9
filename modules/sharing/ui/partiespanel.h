#pragma once

#include <QVariantMap>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace igw {

class RecordEditor;

// The parties to one agreement: organisation, role, ICO registration number (from the
// directory), signatory, contact, and whether they have signed the current version. Add,
// Edit and Remove are undo steps while the agreement is a draft; once it has gone out for
// signature a change of parties starts a new version, which the user confirms first and
// which is recorded in the history rather than undone.
class PartiesPanel : public QWidget {
    Q_OBJECT
public:
    explicit PartiesPanel(RecordEditor &editor, QWidget *parent = nullptr);

    void setAgreement(qint64 agreementId);
    void refresh();
    QTreeWidget *list() const { return m_list; }
    qint64 currentPartyId() const;

    // The writes behind the buttons (the dialogs only gather the values); true when done.
    bool addParty(const QVariantMap &values);
    bool updateParty(qint64 partyId, const QVariantMap &changes);
    bool removeParty(qint64 partyId);

private:
    // Confirms a change to the parties of an agreement already sent; false to stop.
    bool confirmNewVersion(const QString &what);
    bool isDraft() const;
    void updateState();

    RecordEditor &m_editor;
    qint64 m_agreementId = 0;
    QLabel *m_summary;
    QTreeWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
};

} // namespace igw
