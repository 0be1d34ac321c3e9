#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace igw {

class Workspace;

// The PDFs kept with an agreement: the copy the parties signed, or an agreement drawn up
// before the workbench. Attach reads the file as hostile input (size, PDF header, Poppler's
// own checks), keeps its text so the Sharing page's search finds words inside it, and stores
// it with the agreement; Show opens it in the same preview as the agreement's own PDF. Each
// add and removal is audited at once, not an undo step: the document is evidence.
class DocumentsPanel : public QWidget {
    Q_OBJECT
public:
    explicit DocumentsPanel(Workspace &workspace, QWidget *parent = nullptr);

    void setAgreement(qint64 agreementId);
    void refresh();
    QTreeWidget *list() const { return m_list; }
    qint64 currentDocumentId() const;

    // Each asks through the Dialogs seam; true when done.
    bool attachFile(const QString &path);
    bool attach();
    bool saveCopy();
    bool removeCurrent();
    void show(qint64 documentId);

private:
    void updateState();

    Workspace &m_workspace;
    qint64 m_agreementId = 0;
    QLabel *m_summary;
    QTreeWidget *m_list;
    QPushButton *m_attach;
    QPushButton *m_show;
    QPushButton *m_save;
    QPushButton *m_remove;
};

} // namespace igw
