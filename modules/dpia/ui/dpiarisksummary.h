#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace igw {

class Workspace;

// Steps 5 and 6 of the template shown read-only where the questions are answered: the
// risks with their likelihood, severity and overall risk in words, or the measures for
// each risk with their effect, the residual risk and whether they are approved. They are
// edited in the risk register (the DPIA's Risks tab), which the hint says.
class DpiaRiskSummary : public QWidget {
    Q_OBJECT
public:
    enum class Mode { Risks, Measures };

    DpiaRiskSummary(Workspace &workspace, qint64 dpiaId, Mode mode, QWidget *parent = nullptr);

    void refresh();
    QTreeWidget *tree() const { return m_tree; }
    // Each row's cells joined by " | ", for tests and a quick read.
    QStringList rows() const;

private:
    void showRisks();
    void showMeasures();

    Workspace &m_workspace;
    qint64 m_dpiaId;
    Mode m_mode;
    QLabel *m_hint;
    QTreeWidget *m_tree;
};

} // namespace igw
