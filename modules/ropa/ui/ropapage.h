#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;
class QToolButton;

namespace igw {

class ActivityEditor;
class ActivityFilterModel;
class ActivityModel;
class RecordEditor;
class RopaFilterBar;
class RopaGapTree;
class RopaSummary;

// The "Processing (ROPA)" page: how complete the record of processing activities is and
// what is missing, the activities as a filterable, sortable list, and the form for the
// current one. Every change is an undo command. Import and export are only requested
// here (importRequested(), exportRequested()); whoever owns them connects.
class RopaPage : public QWidget {
    Q_OBJECT
public:
    explicit RopaPage(RecordEditor &editor, QWidget *parent = nullptr);

    ActivityModel *model() const { return m_model; }
    ActivityFilterModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    ActivityEditor *editor() const { return m_editor; }
    RopaGapTree *gaps() const { return m_gaps; }

    bool hasUnappliedChanges() const;
    // Asks about unapplied edits; false when the user chose to stay.
    bool settle();

    // Shows the activity in the form (after asking about unapplied edits) and selects its
    // row, clearing the filters if they hide it.
    bool selectActivity(qint64 id);
    // Creates "New processing activity" (one undo step) and opens it.
    void addActivity();
    void deleteCurrent();
    // Reads the ROPA again now (a pending coalesced reload is dropped).
    void reload();

signals:
    void importRequested();
    // "xlsx" (the ICO's layout), "csv" or "pdf" (the board report).
    void exportRequested(const QString &format);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildList();
    void buildTable();
    // The given widths, or (when they do not fit the columns) the defaults.
    void setColumnWidths(const QList<int> &widths);
    void applyFilter();
    void onCurrentRowChanged(const QModelIndex &current);
    void onGapActivated(qint64 activityId, const QString &field);
    void highlight(qint64 id); // selects the row without touching the form
    void updateCount();
    void updateActions();

    RecordEditor &m_recordEditor;
    ActivityModel *m_model;
    ActivityFilterModel *m_proxy;
    QTimer *m_reloadTimer;
    RopaSummary *m_summary;
    RopaGapTree *m_gaps;
    RopaFilterBar *m_filters;
    QTableView *m_view;
    QLabel *m_count;
    QPushButton *m_add;
    QPushButton *m_delete;
    QPushButton *m_import;
    QToolButton *m_export;
    ActivityEditor *m_editor;
    bool m_syncing = false;
    int m_rowAfterReload = -1;
};

} // namespace igw
