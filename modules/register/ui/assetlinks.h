#pragma once

#include <QTreeWidget>

namespace igw {

class Workspace;

// The "Linked records" tab: the information flows into and out of one asset and the
// processing activities that use it (read-only; flows are edited on the Flows page,
// activities on the Processing page).
class AssetLinks : public QTreeWidget {
    Q_OBJECT
public:
    explicit AssetLinks(QWidget *parent = nullptr);

    // 0 clears the list.
    void showAsset(Workspace &workspace, qint64 assetId);
};

} // namespace igw
