#pragma once

#include "sharing/ui/agreementform.h"
#include "workspace/recordstore.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTimer;

namespace igw {

class ChecklistView;
class ClausesPanel;
class DocumentsPanel;
class LifecyclePanel;
class PartiesPanel;
class RecordEditor;
class ValidationLabel;

// The editor for one agreement beside the list: its fields (Details, Basis, Handling, Data
// shared), its Clauses as they will read with its own additions to each section, its Parties, the
// Checklist against the ICO Data Sharing Code, its Signatures and the Documents kept with it (the
// signed PDF). Apply stores the fields as one undo step; once the agreement has gone out for
// signature a change to the lawful basis or the data shared starts a new version, which the user
// confirms first and which is recorded in the history rather than undone.
class AgreementEditor : public QWidget {
    Q_OBJECT
public:
    explicit AgreementEditor(RecordEditor &editor, QWidget *parent = nullptr);

    qint64 currentId() const { return m_record ? m_record->id : 0; }
    const AgreementForm &form() const { return m_form; }
    PartiesPanel *parties() const { return m_parties; }
    ClausesPanel *clauses() const { return m_clauses; }
    ChecklistView *checklist() const { return m_checklist; }
    LifecyclePanel *lifecycle() const { return m_lifecycle; }
    DocumentsPanel *documents() const { return m_documents; }
    bool hasUnappliedChanges() const;

    // Shows the agreement (0: none) once unapplied edits are settled; false when the user
    // chose to stay with the edits.
    bool showAgreement(qint64 id);
    bool apply();
    void revert();
    bool settle();
    void focusForm();
    // Shows the tab holding the field (agreementField name, "parties" or "links").
    void showField(const QString &field);
    void showTab(QWidget *page);

signals:
    void currentAgreementChanged(qint64 id);

private:
    void display(const std::optional<Record> &record);
    QVariantMap editedChanges() const;
    QVariantMap linkValues() const;
    void refreshCandidates();
    void updateState();
    void onRecordChanged(const QString &table, qint64 id);

    RecordEditor &m_editor;
    AgreementForm m_form;
    ClausesPanel *m_clauses;
    PartiesPanel *m_parties;
    ChecklistView *m_checklist;
    LifecyclePanel *m_lifecycle;
    DocumentsPanel *m_documents;
    int m_clausesTab = -1;
    int m_partiesTab = -1;
    int m_checklistTab = -1;
    int m_lifecycleTab = -1;
    QLabel *m_title;
    QLabel *m_meta;
    ValidationLabel *m_issues;
    QWidget *m_buttons;
    QPushButton *m_apply;
    QPushButton *m_revert;
    QTimer *m_refreshTimer;
    std::optional<Record> m_record;
    QVariantMap m_linkBaseline;
    QVariant m_additionsBaseline;
    bool m_loading = false;
    bool m_candidatesStale = false;
};

} // namespace igw
