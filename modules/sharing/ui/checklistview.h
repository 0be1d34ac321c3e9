#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace igw {

class Workspace;

// The ICO Data Sharing Code checklist for one agreement: each missing item with what to do
// and where the expectation comes from. Activating an item asks the editor to show the
// field (or the parties, or the data shared) that fixes it.
class ChecklistView : public QWidget {
    Q_OBJECT
public:
    explicit ChecklistView(Workspace &workspace, QWidget *parent = nullptr);

    void setAgreement(qint64 agreementId);
    void refresh();
    int missingCount() const;
    QTreeWidget *list() const { return m_list; }
    QString summary() const;

signals:
    // An agreementField name, "parties" or "links".
    void fieldRequested(const QString &field);

private:
    Workspace &m_workspace;
    qint64 m_agreementId = 0;
    QLabel *m_summary;
    QTreeWidget *m_list;
};

} // namespace igw
