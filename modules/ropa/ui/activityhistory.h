#pragma once

#include <QTreeWidget>

namespace igw {

class Workspace;

// The "History" tab: the audit trail of one activity, newest first, with values as a
// person reads them (asset references and names for links, labels with citations).
class ActivityHistory : public QTreeWidget {
    Q_OBJECT
public:
    explicit ActivityHistory(QWidget *parent = nullptr);

    // An empty uuid clears the list.
    void showRecord(Workspace &workspace, const QString &uuid);
};

} // namespace igw
