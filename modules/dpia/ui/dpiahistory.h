#pragma once

#include <QTreeWidget>

namespace igw {

class Workspace;
struct Record;

// The "History" tab: the audit trail of a DPIA and of its current risks and measures,
// newest first, with values as a person reads them (names, levels, statuses in words).
class DpiaHistory : public QTreeWidget {
    Q_OBJECT
public:
    explicit DpiaHistory(QWidget *parent = nullptr);

    // No DPIA clears the list.
    void showDpia(Workspace &workspace, const Record *dpia);
};

} // namespace igw
