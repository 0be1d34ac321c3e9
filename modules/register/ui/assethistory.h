#pragma once

#include <QTreeWidget>

namespace igw {

class Workspace;

// The "History" tab: the audit trail of one asset, newest first: when, who, what changed,
// and the old and new values as a person would read them (names, labels, dates).
class AssetHistory : public QTreeWidget {
    Q_OBJECT
public:
    explicit AssetHistory(QWidget *parent = nullptr);

    // An empty uuid clears the list.
    void showRecord(Workspace &workspace, const QString &uuid);
};

// How a stored asset value reads in the history and messages ("Jane Smith" for a person id,
// "Public task — UK GDPR Art. 6(1)(e)" for a lawful basis key).
QString readableAssetValue(Workspace &workspace, const QString &field, const QString &stored);

} // namespace igw
