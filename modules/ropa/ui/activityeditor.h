#pragma once

#include "ropa/ropa.h"
#include "ropa/ui/activityform.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTimer;

namespace igw {

class ActivityChecks;
class RecordEditor;
class ValidationLabel;

// The form for one processing activity beside the ROPA list: every Art. 30 field in tabs,
// the "ask once" categories proposed by the linked assets, what is still missing (checked
// live on the unsaved values) and the activity's history. Apply stores every changed
// field, links included, as one undo step.
class ActivityEditor : public QWidget {
    Q_OBJECT
public:
    explicit ActivityEditor(RecordEditor &editor, QWidget *parent = nullptr);

    qint64 currentId() const { return m_record ? m_record->id : 0; }
    bool hasUnappliedChanges() const;
    // The form's values resolved against the workspace: categories, flags and gaps.
    const ActivityView &view() const { return m_view; }
    const ActivityForm &form() const { return m_form; }
    ActivityChecks *checks() const { return m_checks; }

    // Shows the activity (0: none) once unapplied edits are settled; false when the user
    // chose to stay with the edits.
    bool showActivity(qint64 id);
    bool apply();
    void revert();
    // Asks whether to apply or discard unapplied edits; false when the user chose to stay.
    bool settle();
    // Opens the tab holding the field (a gap's field) and puts the focus there.
    void focusField(const QString &field);
    void focusForm();

signals:
    void currentActivityChanged(qint64 id);

private:
    void display(const std::optional<Record> &record);
    QVariantMap editedValues() const;
    QVariantMap editedChanges() const;
    QVariantMap ownValues() const; // the link sets and categories, not in the binder
    void refreshView();
    void refreshCandidates();
    void refreshVocabulary();
    void updateState();
    void onEdited();
    void onRecordChanged(const QString &table, qint64 id);

    RecordEditor &m_editor;
    ActivityForm m_form;
    QLabel *m_title;
    QLabel *m_meta;
    ActivityChecks *m_checks;
    ValidationLabel *m_issues;
    QPushButton *m_apply;
    QPushButton *m_revert;
    QTimer *m_refreshTimer;

    std::optional<Record> m_record;
    QVariantMap m_ownBaseline;
    ActivityView m_view;
    bool m_loading = false;
    bool m_candidatesStale = false;
    bool m_vocabularyStale = false;
};

} // namespace igw
