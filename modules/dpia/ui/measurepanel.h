#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace igw {

class MeasureForm;
class MeasureModel;
class RecordEditor;

// The measures of the selected risk (or, with no risk, those for the whole DPIA): a list
// with Add and Delete, and the form for the selected one. Each change is one undo step.
class MeasurePanel : public QWidget {
    Q_OBJECT
public:
    explicit MeasurePanel(RecordEditor &editor, QWidget *parent = nullptr);

    // Which measures to show; `scopeText` names the risk ("R2 Unauthorised access").
    void setScope(qint64 dpiaId, qint64 riskId, const QString &scopeText);
    qint64 riskId() const { return m_riskId; }
    // Reads the measures again, keeping the selected one.
    void reload();
    bool selectMeasure(qint64 id);
    qint64 currentId() const;
    bool hasUnappliedChanges() const;
    bool settle();
    void addMeasure();
    void deleteCurrent();
    void updateState();
    void refreshPeople();

    QTableView *view() const { return m_view; }
    MeasureForm *form() const { return m_form; }
    // The list, its buttons and the form in reading order, for the page's tab chain.
    QList<QWidget *> tabOrder() const;

private:
    void showCurrent();

    RecordEditor &m_editor;
    MeasureModel *m_model;
    QLabel *m_heading;
    QTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_delete;
    MeasureForm *m_form;
    qint64 m_dpiaId = 0;
    qint64 m_riskId = 0;
    bool m_syncing = false;
};

} // namespace igw
