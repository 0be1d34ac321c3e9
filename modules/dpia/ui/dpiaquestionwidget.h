#pragma once

#include "dpia/questionbank.h"

#include <QWidget>

class QFrame;
class QLabel;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace igw {

class RichTextEdit;

// One question of the DPIA template: its text ("(required)" in words when the bank says
// so), its guidance behind a "?" button, the answer's rich-text editor and, when the
// linked processing activities propose text and the answer is still empty, that proposal
// with "Insert proposal". Inserting never replaces what the officer wrote: the button is
// there only while the answer is blank. Object names end in the question id
// (question_<id>, answer_<id>, guidance_<id>, insert_<id>).
class DpiaQuestionWidget : public QWidget {
    Q_OBJECT
public:
    // `number` is what the user reads ("2.3": step 2, third question); empty shows the id.
    explicit DpiaQuestionWidget(const BankQuestion &question, const QString &number = {},
                                QWidget *parent = nullptr);

    const BankQuestion &question() const { return m_question; }
    QString html() const;
    void setHtml(const QString &stored);
    bool isBlank() const;
    // Plain text proposed from the linked activities; empty for none.
    void setProposal(const QString &plain);
    QString proposal() const { return m_proposalText; }
    bool canInsertProposal() const;
    // Fills the blank answer with the proposal; false (and nothing changes) when the answer
    // has text or there is no proposal.
    bool insertProposal();
    void setReadOnly(bool readOnly);
    // A widget shown under the answer (the question's comments).
    void setFooter(QWidget *footer);
    RichTextEdit *editor() const { return m_editor; }
    QPushButton *insertButton() const { return m_insert; }
    QToolButton *guidanceButton() const { return m_guidanceButton; }
    QLabel *guidanceLabel() const { return m_guidance; }

signals:
    void edited();

private:
    void updateProposal();

    BankQuestion m_question;
    QString m_proposalText;
    bool m_readOnly = false;
    QLabel *m_label;
    QToolButton *m_guidanceButton;
    QLabel *m_guidance;
    RichTextEdit *m_editor;
    QFrame *m_proposalBox;
    QLabel *m_proposalLabel;
    QPushButton *m_insert;
    QVBoxLayout *m_layout;
};

} // namespace igw
