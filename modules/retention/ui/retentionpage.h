#pragma once

#include <QWidget>

class QPushButton;
class QTabWidget;

namespace igw {

class ChecksPanel;
class DisposalLogPanel;
class PlannerPanel;
class RecordEditor;
class SchedulePanel;

// The "Retention" page: the Schedule (by function and activity, with the class editor), the
// disposal Planner with its chart, the Disposal log with certificates, and the Checks. Import
// and Export read and write the schedule as CSV or XLSX; Publish writes it as a PDF.
class RetentionPage : public QWidget {
    Q_OBJECT
public:
    explicit RetentionPage(RecordEditor &editor, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    SchedulePanel *schedule() const { return m_schedule; }
    PlannerPanel *planner() const { return m_planner; }
    DisposalLogPanel *log() const { return m_log; }
    ChecksPanel *checks() const { return m_checks; }
    bool hasUnappliedChanges() const;
    bool settle();

    // Export (csv, xlsx or pdf) to a file the user chooses; import from one. True when done.
    bool exportSchedule(const QString &format);
    bool exportScheduleTo(const QString &path, const QString &format);
    bool importSchedule();
    bool importScheduleFrom(const QString &path);

private:
    RecordEditor &m_editor;
    QTabWidget *m_tabs;
    SchedulePanel *m_schedule;
    PlannerPanel *m_planner;
    DisposalLogPanel *m_log;
    ChecksPanel *m_checks;
    QPushButton *m_import;
    QPushButton *m_export;
};

} // namespace igw
