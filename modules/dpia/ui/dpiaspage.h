#pragma once

#include <QWidget>

class QTabWidget;

namespace igw {

class ActionPlan;
class DpiaAssessments;
class DpiaEditor;
class RecordEditor;

// The "DPIAs" page: the assessments (list and editor with the risk register) and the action
// plan of every measure across them, as two tabs. Every change is an undo command.
class DpiasPage : public QWidget {
    Q_OBJECT
public:
    explicit DpiasPage(RecordEditor &editor, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    DpiaAssessments *assessments() const { return m_assessments; }
    DpiaEditor *editor() const;
    ActionPlan *actionPlan() const { return m_actionPlan; }

    bool hasUnappliedChanges() const;
    // Asks about unapplied edits; false when the user chose to stay.
    bool settle();
    bool selectDpia(qint64 id);
    // Opens the measure in its DPIA's risk register (the Assessments tab).
    bool openMeasure(qint64 dpiaId, qint64 riskId, qint64 measureId);

private:
    QTabWidget *m_tabs;
    DpiaAssessments *m_assessments;
    ActionPlan *m_actionPlan;
};

} // namespace igw
