#pragma once

#include <QList>
#include <QWizard>

namespace igw {

class DpiaAnswersForm;
class DpiaRiskSummary;
class RecordEditor;
class ValidationLabel;

// The DPIA worked through as the ICO template's steps 1-7, from the question bank version
// the DPIA was written with: one page per step, each question with its guidance and what
// the linked activities propose; steps 5 and 6 summarise the risks and measures (edited in
// the risk register); step 7 is the sign-off. Finish (available on every page) saves every
// changed answer and field as ONE undo step; an approved DPIA becomes the draft of its next
// version first, after the user agrees.
class DpiaWizard : public QWizard {
    Q_OBJECT
public:
    DpiaWizard(RecordEditor &editor, qint64 dpiaId, QWidget *parent = nullptr);

    DpiaAnswersForm *form() const { return m_form; }
    // The page id of a step ("1".."7"); -1 when the bank has no such step.
    int pageOfStep(const QString &stepId) const;
    // The step-7 page's messages (what stops Finish, what approval will need).
    ValidationLabel *problems() const { return m_problems; }
    bool saved() const { return m_saved; }

    void done(int result) override;

    // Runs the wizard for the DPIA; true when something was saved.
    static bool run(RecordEditor &editor, qint64 dpiaId, QWidget *parent);

private:
    QWizardPage *buildStep(int index);
    void updateProblems();

    RecordEditor &m_editor;
    DpiaAnswersForm *m_form;
    QList<QString> m_stepIds; // by page id
    QList<DpiaRiskSummary *> m_summaries;
    ValidationLabel *m_problems = nullptr;
    bool m_saved = false;
};

} // namespace igw
