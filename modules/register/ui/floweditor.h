#pragma once

#include "workspace/recordstore.h"

#include <QVariantMap>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace igw {

class FieldBinder;
class FlowEndPicker;
class RecordEditor;
class ValidationLabel;

// The form for one information flow, with Apply and Revert. Checks with validateFlow()
// before saving and shows the problems inline; every save is an undo command.
class FlowEditor : public QWidget {
    Q_OBJECT
public:
    explicit FlowEditor(RecordEditor &editor, QWidget *parent = nullptr);

    qint64 currentId() const { return m_currentId; }
    bool isNew() const { return m_new; }
    bool isDirty() const { return !changes().isEmpty(); }
    bool hasUnappliedChanges() const { return (m_new || m_currentId != 0) && isDirty(); }
    ValidationLabel *issues() const { return m_issues; }
    // The form's values as they would be stored.
    QVariantMap values() const;

    // Shows a stored flow (0 or an unknown id: nothing).
    void showFlow(qint64 id);
    // Empties the form for a new flow, optionally with some values filled in.
    void startNew(const QVariantMap &preset = {});
    bool apply();
    void revert();
    // If the form has unapplied edits, asks whether to apply or discard them. False when
    // the user chose to stay (or applying failed).
    bool settle();
    // The stored flow may have changed (undo, redo, another view): show it again unless
    // the user is editing it.
    void storedFlowChanged();

    QWidget *firstInput() const;
    QWidget *lastInput() const;

signals:
    // After a successful Apply (a new flow's id once created).
    void applied(qint64 id);
    // What the form shows changed: a flow, a new flow (0 and isNew()) or nothing.
    void shownFlowChanged(qint64 id);

private:
    void load(const std::optional<Record> &record, const QVariantMap &values);
    QVariantMap changes() const;
    void onEdited();
    void updateState();
    void showIssues(bool focusFirstError);
    QWidget *widgetFor(const QString &field) const;

    RecordEditor &m_editor;
    FieldBinder *m_binder;
    QLabel *m_heading;
    QLabel *m_meta;
    QLineEdit *m_title;
    FlowEndPicker *m_from;
    FlowEndPicker *m_to;
    QPlainTextEdit *m_dataItems;
    QPlainTextEdit *m_purpose;
    QComboBox *m_method;
    QComboBox *m_frequency;
    QLineEdit *m_volume;
    QCheckBox *m_encrypted;
    QComboBox *m_lawfulBasis;
    QLineEdit *m_agreement;
    QComboBox *m_risk;
    QPlainTextEdit *m_notes;
    ValidationLabel *m_issues;
    QPushButton *m_apply;
    QPushButton *m_revert;
    QTimer *m_refreshChoices;
    QVariantMap m_baseline;
    qint64 m_currentId = 0;
    bool m_new = false;
    bool m_loading = false;
    bool m_showIssuesLive = false; // after a refused Apply, re-check as the user types
};

} // namespace igw
