#pragma once

#include "dpia/riskmatrix.h"
#include "workspace/recordstore.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace igw {

class HeatMapWidget;
class MeasurePanel;
class RecordEditor;
class RiskForm;
class RiskModel;

// The "Risks" tab of a DPIA: the risk register (each risk's source, impact, and its
// likelihood, severity and band before and after the measures, on the DPIA's matrix), the
// form for the selected risk, its measures, and the heat map. Every change is one undo
// step; a risk is deleted together with its measures.
class RiskRegister : public QWidget {
    Q_OBJECT
public:
    explicit RiskRegister(RecordEditor &editor, QWidget *parent = nullptr);

    // Shows the DPIA's register (nullopt: none), on its matrix.
    void setDpia(const std::optional<Record> &dpia);
    qint64 dpiaId() const { return m_dpia ? m_dpia->id : 0; }
    // Reads the risks and measures again, keeping the selection.
    void reload();
    // Shows the risk and its measures (0: the measures for the whole DPIA); false when the
    // user chose to stay with unapplied edits or the risk is not in this DPIA.
    bool selectRisk(qint64 id);
    bool selectMeasure(qint64 id);
    qint64 currentRiskId() const { return m_riskId; }
    bool hasUnappliedChanges() const;
    bool settle();
    void addRisk();
    void deleteCurrentRisk();
    void updateState();

    QTableView *view() const { return m_view; }
    RiskModel *model() const { return m_model; }
    RiskForm *form() const { return m_form; }
    MeasurePanel *measures() const { return m_measures; }
    HeatMapWidget *heatMap() const { return m_heatMap; }
    // Everything in reading order, for the editor's tab chain.
    QList<QWidget *> tabOrder() const;

private:
    void highlight(qint64 riskId);
    void showRisk(qint64 riskId);
    int numberOf(qint64 riskId) const;

    RecordEditor &m_editor;
    RiskModel *m_model;
    QLabel *m_intro;
    QTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_delete;
    QPushButton *m_wide;
    RiskForm *m_form;
    MeasurePanel *m_measures;
    HeatMapWidget *m_heatMap;
    QTimer *m_reloadTimer;
    std::optional<Record> m_dpia;
    RiskMatrix m_matrix;
    qint64 m_riskId = 0;
    bool m_syncing = false;
};

} // namespace igw
