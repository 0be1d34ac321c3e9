#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace igw {

class RecordEditor;

// What the schedule and the register say about each other: classes nothing uses, live
// assets without a class, and personal-data assets kept permanently without an authority,
// each with why and what to do. Assets without a class can be given one here, several at a
// time, as one undo step.
class ChecksPanel : public QWidget {
    Q_OBJECT
public:
    explicit ChecksPanel(RecordEditor &editor, QWidget *parent = nullptr);

    void refresh();
    QTreeWidget *list() const { return m_list; }
    QComboBox *classChoice() const { return m_class; }
    int flaggedCount() const { return m_total; }
    // Gives the chosen assets the class (one undo step); true when done.
    bool assignClass(const QList<qint64> &assetIds, qint64 classId);
    QList<qint64> selectedAssets() const;

signals:
    void classRequested(qint64 classId);

private:
    RecordEditor &m_editor;
    QLabel *m_summary;
    QTreeWidget *m_list;
    QComboBox *m_class;
    QPushButton *m_assign;
    int m_total = 0;
};

} // namespace igw
