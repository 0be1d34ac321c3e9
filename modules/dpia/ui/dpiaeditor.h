#pragma once

#include "dpia/ui/dpiaform.h"
#include "workspace/recordstore.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTimer;

namespace igw {

class DpiaAnswersEditor;
class DpiaHistory;
class DpiaWorkflowPanel;
class RecordEditor;
class RiskRegister;
class ValidationLabel;

// The editor for one DPIA beside the list: its own fields ("Details"), the activities and
// assets it covers ("Links"), the template's answers with the step-7 sign-off, attachments
// and comments ("Answers"), its risk register with measures and heat map ("Risks"), where
// it stands in the review workflow ("Review") and its audit trail ("History"). Apply stores
// the details and links as one undo step; a new matrix with assessed risks is confirmed
// first and moves their levels in the same step. The answers tab has its own Apply.
class DpiaEditor : public QWidget {
    Q_OBJECT
public:
    explicit DpiaEditor(RecordEditor &editor, QWidget *parent = nullptr);

    qint64 currentId() const { return m_record ? m_record->id : 0; }
    const std::optional<Record> &record() const { return m_record; }
    bool hasUnappliedChanges() const;
    const DpiaForm &form() const { return m_form; }
    RiskRegister *risks() const { return m_risks; }
    DpiaAnswersEditor *answers() const { return m_answers; }
    DpiaWorkflowPanel *workflow() const { return m_workflow; }
    DpiaHistory *history() const { return m_history; }

    // Shows the DPIA (0: none) once unapplied edits are settled; false when the user chose
    // to stay with the edits.
    bool showDpia(qint64 id);
    bool apply();
    void revert();
    // Asks about unapplied edits here and in the risk register; false when the user stays.
    bool settle();
    void focusForm();
    void showRisksTab();
    void showAnswersTab();
    void showReviewTab();

signals:
    void currentDpiaChanged(qint64 id);

private:
    void display(const std::optional<Record> &record);
    QVariantMap editedChanges() const;
    QVariantMap linkValues() const;
    bool detailsDirty() const;
    void refreshCandidates();
    void syncAnswers();
    void updateState();
    void onRecordChanged(const QString &table, qint64 id);

    RecordEditor &m_editor;
    DpiaForm m_form;
    DpiaAnswersEditor *m_answers;
    RiskRegister *m_risks;
    DpiaWorkflowPanel *m_workflow;
    DpiaHistory *m_history;
    int m_answersTab = -1;
    int m_reviewTab = -1;
    int m_risksTab = -1;
    int m_historyTab = -1;
    QLabel *m_title;
    QLabel *m_meta;
    ValidationLabel *m_issues;
    QWidget *m_buttons;
    QPushButton *m_apply;
    QPushButton *m_revert;
    QTimer *m_refreshTimer;

    std::optional<Record> m_record;
    QVariantMap m_linkBaseline;
    bool m_loading = false;
    bool m_candidatesStale = false;
    bool m_historyStale = false;
};

} // namespace igw
