#pragma once

#include "dpia/versions.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QTableWidget;
class QTreeWidget;

namespace igw {

class Workspace;

// "What changed between two versions": the DPIA's frozen (approved) versions with when and
// by whom they were frozen, and the current version; choose two and the differences are
// listed as a table of area, item, before and after (versions::diff).
class DpiaVersionsDialog : public QDialog {
    Q_OBJECT
public:
    // Compare choices: a frozen version's number, or currentVersion for the DPIA as it is.
    static constexpr int currentVersion = -1;

    DpiaVersionsDialog(Workspace &workspace, qint64 dpiaId, QWidget *parent = nullptr);

    // Chooses the two versions to compare (numbers or currentVersion) and shows the diff.
    void compare(int older, int newer);
    const QList<versions::Change> &changes() const { return m_changes; }
    QString summary() const;
    QTreeWidget *versionList() const { return m_list; }
    QTableWidget *diffTable() const { return m_table; }

    static void run(Workspace &workspace, qint64 dpiaId, QWidget *parent);

private:
    void load();
    void showDiff();
    std::optional<QJsonObject> snapshotOf(int version, QString *error) const;
    QString versionName(int version) const;

    Workspace &m_workspace;
    qint64 m_dpiaId;
    QList<DpiaVersionInfo> m_versions;
    int m_currentNumber = 0;
    QString m_currentStatus;
    QTreeWidget *m_list;
    QComboBox *m_older;
    QComboBox *m_newer;
    QLabel *m_summary;
    QTableWidget *m_table;
    QList<versions::Change> m_changes;
};

} // namespace igw
