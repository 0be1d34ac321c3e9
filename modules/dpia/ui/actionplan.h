#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace igw {

class ActionPlanFilterModel;
class ActionPlanModel;
class RecordEditor;

// The "Action plan" tab: every measure of every DPIA, who owns it and when it is due, with
// filters for one person's, the open and the overdue ones, and a CSV export. Activating a
// row asks to open the measure in its DPIA (measureActivated()).
class ActionPlan : public QWidget {
    Q_OBJECT
public:
    explicit ActionPlan(RecordEditor &editor, QWidget *parent = nullptr);

    ActionPlanModel *model() const { return m_model; }
    ActionPlanFilterModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    void reload();
    bool exportCsv();

signals:
    void measureActivated(qint64 dpiaId, qint64 riskId, qint64 measureId);

private:
    void applyFilter();
    void refreshPeople();
    void updateCount();

    RecordEditor &m_editor;
    ActionPlanModel *m_model;
    ActionPlanFilterModel *m_proxy;
    QTimer *m_reloadTimer;
    QCheckBox *m_mine;
    QComboBox *m_me;
    QCheckBox *m_open;
    QCheckBox *m_overdue;
    QTableView *m_view;
    QLabel *m_count;
    QPushButton *m_export;
};

} // namespace igw
