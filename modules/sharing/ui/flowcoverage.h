#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace igw {

class Workspace;

// "Flows without an agreement": every flow between us and another organisation that no
// agreement in force covers, with the partner, the agreements that cover it but are not in
// force, and why it is flagged, in words (never by colour alone). Activating one asks to
// open the agreement that covers it, if any.
class FlowCoverage : public QWidget {
    Q_OBJECT
public:
    explicit FlowCoverage(Workspace &workspace, QWidget *parent = nullptr);

    void refresh();
    QTreeWidget *list() const { return m_list; }
    int flaggedCount() const;
    QString summary() const;

signals:
    void agreementRequested(qint64 agreementId);

private:
    Workspace &m_workspace;
    QLabel *m_summary;
    QTreeWidget *m_list;
};

} // namespace igw
