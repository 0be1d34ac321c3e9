#pragma once

#include <QHash>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QTimer;

namespace igw {

class Banner;
class Workspace;

// Where a DPIA stands in its review: status and version in words, a button for each move
// the workflow allows from here (workflow::allowedTransitions), the reasons approval is
// blocked (Approve stays disabled until there are none), and the Art. 36 prior-consultation
// flag (icon and words) while a residual risk is high. Reject asks for the reason; Approve
// and starting a new version ask first, because neither can be taken back: the moves are
// audited workflow steps, not undo steps.
class DpiaWorkflowPanel : public QWidget {
    Q_OBJECT
public:
    explicit DpiaWorkflowPanel(Workspace &workspace, QWidget *parent = nullptr);

    void setDpia(qint64 dpiaId);
    qint64 dpiaId() const { return m_dpiaId; }
    void refresh();

    QString statusText() const;
    QStringList blockers() const { return m_blockers; }
    // The button moving to `status` ("approved"...), nullptr when that move is not offered.
    QPushButton *transitionButton(const QString &status) const;
    // Makes the move as the button would (asking what the button asks); true when done.
    bool moveTo(const QString &status);

signals:
    void statusChanged(qint64 dpiaId, const QString &status);

private:
    QString buttonText(const QString &from, const QString &to) const;
    void rebuildButtons(const QString &from, bool readOnly);

    Workspace &m_workspace;
    qint64 m_dpiaId = 0;
    QLabel *m_status;
    QLabel *m_detail;
    Banner *m_art36;
    QLabel *m_blockersLabel;
    QListWidget *m_blockersList;
    QHBoxLayout *m_buttons;
    QHash<QString, QPushButton *> m_transitions;
    QStringList m_blockers;
    QTimer *m_refresh;
};

} // namespace igw
