#pragma once

#include "dpia/screening.h"

#include <QDialog>
#include <QHash>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace igw {

class RecordEditor;
class ValidationLabel;
class Workspace;

// "Does this processing need a DPIA?": the 22 screening questions in their
// three groups (Art. 35(3), the ICO's list, WP248), each answered yes / no /
// unsure with its guidance and citation. What the ROPA already says about the
// activity is pre-selected and marked as a proposal with its reason. The
// outcome and the reasons for it follow every answer. Save stores the screening
// (SC-); "Save and Start DPIA" also starts a draft DPIA from it when a DPIA is
// required or recommended. With a RecordEditor both are one undo step.
class ScreeningDialog : public QDialog {
    Q_OBJECT
public:
    struct Result {
        qint64 screeningId = 0; // 0: nothing saved
        qint64 dpiaId = 0;      // 0: no DPIA started
    };

    // `activityId` 0 lets the user choose the activity in the dialog. `editor`
    // may be null: the writes are then made without an undo step.
    ScreeningDialog(Workspace &workspace, RecordEditor *editor, qint64 activityId,
                    QWidget *parent = nullptr);

    qint64 activityId() const;
    void setActivity(qint64 id);
    // The answers as chosen; unanswered questions are absent (they count as
    // "no").
    screening::Answers answers() const;
    void setAnswer(const QString &questionId, const QString &answer);
    screening::Result evaluation() const { return screening::evaluate(answers()); }
    QString outcomeText() const;
    QString reasonsText() const;
    // The proposal note of a question ("Proposed from the ROPA: …"), empty when
    // none.
    QString proposalText(const QString &questionId) const;

    // What was created; both 0 until saved.
    Result created() const { return m_created; }

    // Saves the screening (and with startDpia the DPIA) and accepts the dialog;
    // false with the reason shown in the dialog when nothing was saved.
    bool save(bool startDpia);

    // Runs the dialog modally; returns what was created.
    static Result run(Workspace &workspace, RecordEditor *editor, qint64 activityId,
                      QWidget *parent);

private:
    struct Row {
        QButtonGroup *group = nullptr;
        QLabel *proposal = nullptr;
        QString proposedAnswer; // set while the answer is still the proposal
        bool touched = false;   // the user chose an answer
    };

    QWidget *buildQuestions();
    QWidget *buildOutcome();
    void loadActivities();
    void applyProposals();
    void updateOutcome();
    bool isReadOnly() const;

    Workspace &m_workspace;
    RecordEditor *m_editor;
    QComboBox *m_activity;
    QLineEdit *m_title;
    QHash<QString, Row> m_rows;
    QLabel *m_outcome;
    QLabel *m_reasons;
    QLabel *m_unanswered;
    ValidationLabel *m_problems;
    QPushButton *m_save;
    QPushButton *m_start;
    Result m_created;
    qint64 m_proposalsFor = -1;
};

} // namespace igw
