#pragma once

#include <QDate>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace igw {

class Banner;
class Workspace;

// Where an agreement stands in its life: status and version in words, a button for each
// move the lifecycle allows now (send for signature, record a signature, complete a review,
// terminate), every signature given to any of its versions (those of earlier versions are
// marked as no longer counting) and its frozen versions. The moves are audited steps, not
// undo steps: a signature given or an agreement sent cannot be taken back, so each asks first.
class LifecyclePanel : public QWidget {
    Q_OBJECT
public:
    explicit LifecyclePanel(Workspace &workspace, QWidget *parent = nullptr);

    void setAgreement(qint64 agreementId);
    void refresh();
    QString statusText() const;
    QTreeWidget *signatures() const { return m_signatures; }
    QTreeWidget *versions() const { return m_versions; }
    QPushButton *sendButton() const { return m_send; }
    QPushButton *signButton() const { return m_sign; }

    // The moves behind the buttons (which gather the values first); true when done, else
    // the reason is shown.
    bool sendForSignature();
    bool recordSignature(qint64 partyId, const QString &name, const QString &role,
                         const QDate &signedOn);
    bool completeReview(const QDate &nextReview);
    bool terminate(const QString &reason);

signals:
    // The checklist tab is where the blockers are listed.
    void checklistRequested();

private:
    void failed(const QString &title, const QString &error);

    Workspace &m_workspace;
    qint64 m_agreementId = 0;
    QLabel *m_status;
    QLabel *m_meaning;
    Banner *m_blocked;
    QPushButton *m_send;
    QPushButton *m_sign;
    QPushButton *m_review;
    QPushButton *m_terminate;
    QTreeWidget *m_signatures;
    QTreeWidget *m_versions;
};

} // namespace igw
