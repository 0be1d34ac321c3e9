#pragma once

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTimer;

namespace igw {

class DpiaAnswersForm;
class DpiaAttachmentsPanel;
class DpiaCommentsView;
class DpiaRiskSummary;
class RecordEditor;
class ValidationLabel;

// The DPIA's template answers for later edits, without the wizard's pages: a tab per step
// (each question with its guidance, proposal and comments), the sign-off on step 7, and a
// tab of attachments and comments on the whole DPIA. Apply stores every change as ONE
// undo step (an approved DPIA starts a new version first, after the user agrees); Revert
// shows what is stored again.
class DpiaAnswersEditor : public QWidget {
    Q_OBJECT
public:
    explicit DpiaAnswersEditor(RecordEditor &editor, QWidget *parent = nullptr);

    qint64 currentId() const { return m_dpiaId; }
    DpiaAnswersForm *form() const { return m_form; }
    QTabWidget *tabs() const { return m_tabs; }
    DpiaAttachmentsPanel *attachments() const { return m_attachments; }
    ValidationLabel *problems() const { return m_problems; }
    bool hasUnappliedChanges() const;

    // Shows the DPIA (0: none) once unapplied edits are settled; false when the user chose to
    // stay with the edits.
    bool showDpia(qint64 id);
    bool apply();
    void revert();
    // Asks whether to apply or discard unapplied edits; false when the user chose to stay.
    bool settle();

signals:
    void applied(qint64 dpiaId);

private:
    void rebuild();
    void updateState();
    void onRecordChanged(const QString &table, qint64 id);

    RecordEditor &m_editor;
    qint64 m_dpiaId = 0;
    DpiaAnswersForm *m_form = nullptr;
    QLabel *m_title;
    QTabWidget *m_tabs;
    DpiaAttachmentsPanel *m_attachments = nullptr;
    DpiaCommentsView *m_comments = nullptr;
    QList<DpiaRiskSummary *> m_summaries;
    ValidationLabel *m_problems;
    QPushButton *m_apply;
    QPushButton *m_revert;
    QTimer *m_refresh;
    bool m_dpiaStale = false;
    bool m_risksStale = false;
};

} // namespace igw
