#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace igw {

class Workspace;

// The files attached to a DPIA as evidence (flow diagrams, consultation responses, a
// supplier's security statement): name, type, size, when and by whom, and the question it
// belongs to. Add file… stores a copy in the workspace (the domain checks size and type);
// Save a copy… writes it out; Remove… deletes it after asking. Each is audited at once, not
// an undo step: the stored file is evidence, and its history says when it came and went.
class DpiaAttachmentsPanel : public QWidget {
    Q_OBJECT
public:
    explicit DpiaAttachmentsPanel(Workspace &workspace, QWidget *parent = nullptr);

    void setDpia(qint64 dpiaId);
    qint64 dpiaId() const { return m_dpiaId; }
    void refresh();
    QTreeWidget *list() const { return m_list; }
    qint64 currentAttachmentId() const;

    // Each asks through the Dialogs seam; true when done.
    bool addFile();
    bool saveCopy();
    bool removeCurrent();

signals:
    void attachmentsChanged();

private:
    void updateState();

    Workspace &m_workspace;
    qint64 m_dpiaId = 0;
    QLabel *m_summary;
    QTreeWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_save;
    QPushButton *m_remove;
};

} // namespace igw
