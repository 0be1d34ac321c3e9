#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace igw {

class Workspace;

// The disposal log, newest first: certificate, records as they were, class, what was done,
// how, when and who confirmed it. Entries cannot be changed or removed (the workspace refuses
// it); Save Certificate writes the certificate of destruction or transfer as PDF.
class DisposalLogPanel : public QWidget {
    Q_OBJECT
public:
    explicit DisposalLogPanel(Workspace &workspace, QWidget *parent = nullptr);

    void refresh();
    QTreeWidget *list() const { return m_list; }
    QString currentCertificate() const;
    bool selectCertificate(const QString &certificate);
    // Asks for a file (Dialogs seam) and writes the certificate; true when saved.
    bool saveCertificate();

private:
    Workspace &m_workspace;
    QLabel *m_summary;
    QTreeWidget *m_list;
    QPushButton *m_save;
};

} // namespace igw
