#pragma once

#include <QWidget>

class QLabel;
class QModelIndex;
class QPushButton;
class QTableView;
class QTimer;

namespace igw {

class DpiaEditor;
class DpiaFilterBar;
class DpiaFilterModel;
class DpiaModel;
class RecordEditor;

// The "Assessments" tab: every DPIA as a filterable, sortable list above the editor for the
// current one. New and Delete are single undo steps (a DPIA goes with its risks and
// measures).
class DpiaAssessments : public QWidget {
    Q_OBJECT
public:
    explicit DpiaAssessments(RecordEditor &editor, QWidget *parent = nullptr);

    DpiaModel *model() const { return m_model; }
    DpiaFilterModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    DpiaEditor *editor() const { return m_editor; }

    bool hasUnappliedChanges() const;
    bool settle();
    // Shows the DPIA in the editor (after asking about unapplied edits) and selects its row,
    // clearing the filters if they hide it.
    bool selectDpia(qint64 id);
    // Opens the DPIA's risk register on the risk (0: the measures for the whole DPIA) and
    // selects the measure.
    bool openMeasure(qint64 dpiaId, qint64 riskId, qint64 measureId);
    // Creates "New DPIA" (one undo step) and opens it.
    void addDpia();
    void deleteCurrent();
    void reload();
    // "Screen…": the screening questionnaire; a DPIA it starts is opened in the wizard.
    void screen();
    // "Guided…": the current DPIA worked through in the template wizard.
    void openWizard();
    // "Versions…" and "Preview…" for the current DPIA.
    void showVersions();
    void preview();

private:
    QWidget *buildList();
    void buildTable();
    void setColumnWidths(const QList<int> &widths);
    void applyFilter();
    void onCurrentRowChanged(const QModelIndex &current);
    void highlight(qint64 id);
    void updateCount();
    void updateActions();

    RecordEditor &m_recordEditor;
    DpiaModel *m_model;
    DpiaFilterModel *m_proxy;
    QTimer *m_reloadTimer;
    DpiaFilterBar *m_filters;
    QTableView *m_view;
    QLabel *m_count;
    QPushButton *m_add;
    QPushButton *m_screen;
    QPushButton *m_wizard;
    QPushButton *m_versions;
    QPushButton *m_preview;
    QPushButton *m_delete;
    DpiaEditor *m_editor;
    bool m_syncing = false;
    int m_rowAfterReload = -1;
};

} // namespace igw
