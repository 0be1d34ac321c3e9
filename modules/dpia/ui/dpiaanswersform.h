#pragma once

#include "dpia/questionbank.h"
#include "widgets/validationlabel.h"
#include "workspace/recordstore.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QVariantMap>

#include <optional>

class QWidget;

namespace igw {

class DpiaQuestionWidget;
class DpiaSignoffForm;
class RecordEditor;

// What the wizard and the answers editor share: one DPIA's answers to the template's
// questions (from the bank version it was written with) and its step-7 fields, the
// widgets that edit them, what the linked activities propose, and saving. Saving stores
// every changed field as ONE undo step; an approved DPIA first becomes the draft of its next
// version (workflow::beginEdit), after the user agrees. Answers are merged into what is
// stored at that moment, so an answer changed elsewhere meanwhile is not overwritten.
class DpiaAnswersForm : public QObject {
    Q_OBJECT
public:
    DpiaAnswersForm(RecordEditor &editor, qint64 dpiaId, QObject *parent = nullptr);

    RecordEditor &editor() const { return m_editor; }
    qint64 dpiaId() const { return m_dpiaId; }
    bool exists() const { return m_record.has_value(); }
    const std::optional<Record> &record() const { return m_record; }
    const QuestionBank &bank() const { return m_bank; }
    // The DPIA names a bank version the workspace does not have (the current one is used).
    bool bankMissing() const { return m_bankMissing; }
    // Saving starts a new version (the DPIA is approved or due for review).
    bool startsNewVersion() const;
    bool art36Required() const { return m_art36Required; }
    bool isReadOnly() const;
    QString label() const; // "DP-0003 Early help family support"

    // The step's question widgets in a column (nullptr when the step has no questions).
    // With `withComments` each question shows its comments with "Add comment…".
    QWidget *createQuestions(const BankStep &step, bool withComments, QWidget *parent);
    DpiaSignoffForm *createSignoffForm(QWidget *parent);
    DpiaQuestionWidget *question(const QString &id) const { return m_questions.value(id); }
    const QList<DpiaQuestionWidget *> &questions() const { return m_order; }
    DpiaSignoffForm *signoffForm() const { return m_signoff; }
    const QMap<QString, QString> &proposals() const { return m_proposals; }

    bool isDirty() const;
    // The changed question ids and step-7 fields (for tests and hosts).
    QStringList changedQuestions() const;
    QVariantMap changedFields() const;
    QList<ValidationLabel::Message> problems() const;
    bool hasErrors() const;

    // Saves as one undo step; true when saved or nothing changed. False when there are
    // errors (see problems()), the user declined starting a new version, or the write
    // failed (reported through RecordEditor::failed() or a message).
    bool save(QWidget *dialogParent);
    // Re-reads the DPIA and shows what is stored, keeping the widgets. Without `force` only
    // what changed in the store since it was shown is reloaded (so an edit elsewhere shows
    // without moving the cursor in every editor); with it everything is (Revert).
    void reload(bool force = true);
    // The linked risks changed: re-check whether Art. 36 applies.
    void refreshArt36();

signals:
    void edited();
    void saved();

private:
    void readRecord();
    void loadSignoff();
    void takeBaseline();
    QVariantMap storedFields() const; // the step-7 fields as stored

    RecordEditor &m_editor;
    qint64 m_dpiaId;
    std::optional<Record> m_record;
    QuestionBank m_bank;
    bool m_bankMissing = false;
    bool m_art36Required = false;
    QMap<QString, QString> m_proposals; // question id -> plain text
    QHash<QString, DpiaQuestionWidget *> m_questions;
    QList<DpiaQuestionWidget *> m_order;
    DpiaSignoffForm *m_signoff = nullptr;
    QHash<QString, QString> m_baselineAnswers; // question id -> the editor's own HTML
    QVariantMap m_baselineFields;
    QHash<QString, QString> m_storedAnswers; // question id -> the stored text last shown
    QVariantMap m_storedFields;
    bool m_shownAsNewVersion = false;
    bool m_loading = false;
};

} // namespace igw
