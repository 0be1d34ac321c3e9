#pragma once

#include "retention/disposal.h"
#include "retention/planner.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

class QChartView;
class QBarSet;

namespace igw {

class Workspace;

// The disposal planner: what falls due overdue, this month, quarter or year, grouped by
// Information Asset Owner, with a chart of disposals due in each of the next twelve months
// (bars labelled with their counts, so no colour is needed to read it). Confirm Disposal
// records what was done in the disposal log and offers the certificate; legal holds suspend
// disposal with a reason. Disposals and holds are audited steps, not undo steps.
class PlannerPanel : public QWidget {
    Q_OBJECT
public:
    explicit PlannerPanel(Workspace &workspace, QWidget *parent = nullptr);

    void setWindow(PlannerWindow window);
    void refresh();
    QTreeWidget *list() const { return m_list; }
    QChartView *chart() const { return m_chart; }
    QList<int> monthCounts() const { return m_counts; }
    int overdueCount() const { return m_overdue; }
    QString summary() const;
    qint64 currentAssetId() const;
    bool selectAsset(qint64 assetId);

    // The moves behind the buttons (the dialogs only gather the values); true when done.
    std::optional<DisposalEntry> confirm(const DisposalRequest &request);
    bool placeHold(qint64 assetId, const QString &reason);
    bool releaseHold(qint64 assetId);

signals:
    void disposalRecorded(const QString &certificate);

private:
    void buildChart();
    void updateChart();
    void updateState();

    Workspace &m_workspace;
    QComboBox *m_window;
    QCheckBox *m_held;
    QLabel *m_summary;
    QTreeWidget *m_list;
    QChartView *m_chart;
    QBarSet *m_bars = nullptr;
    QPushButton *m_confirm;
    QPushButton *m_hold;
    QPushButton *m_release;
    QList<int> m_counts;
    int m_overdue = 0;
};

} // namespace igw
