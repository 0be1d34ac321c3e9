#pragma once

#include "workspace/recordstore.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;
class QTreeWidgetItem;

namespace igw {

class AssetFormBinder;
class RecordEditor;
class ValidationLabel;

// The retention schedule as the organisation keeps it: a tree by function, then activity,
// then class (reference, records, period, disposal action, authority), searchable, beside
// the editor for the current class. New, Apply and Delete are undo steps; a class still used
// by assets or activities cannot be deleted. "Install Starter Schedule" adds the shipped
// local-authority classes the workspace does not have yet.
class SchedulePanel : public QWidget {
    Q_OBJECT
public:
    explicit SchedulePanel(RecordEditor &editor, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    QLineEdit *search() const { return m_search; }
    qint64 currentClassId() const { return m_record ? m_record->id : 0; }
    bool selectClass(qint64 id);
    bool hasUnappliedChanges() const;
    bool settle();

    // The widgets of the class form, for tests and hosts.
    QLineEdit *functionEdit() const { return m_function; }
    QLineEdit *activityEdit() const { return m_activity; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QComboBox *periodKind() const { return m_periodKind; }
    QSpinBox *years() const { return m_years; }
    QSpinBox *months() const { return m_months; }
    QSpinBox *days() const { return m_days; }
    QComboBox *action() const { return m_action; }
    QComboBox *authorityKind() const { return m_authorityKind; }
    QLineEdit *authority() const { return m_authorityText; }
    ValidationLabel *issues() const { return m_issues; }

    qint64 addClass(); // one undo step; opens it
    bool apply();
    void revert();
    bool deleteCurrent();
    // Adds the starter schedule's missing classes; the number added, -1 on failure.
    int installStarter();
    void reload();

signals:
    void classesChanged();

private:
    QWidget *buildForm();
    void display(const std::optional<Record> &record);
    QVariantMap formValues() const;
    QVariantMap changes() const;
    void updateState();
    void onCurrentItemChanged(QTreeWidgetItem *current);

    RecordEditor &m_editor;
    QLineEdit *m_search;
    QTreeWidget *m_tree;
    QLabel *m_count;
    QLabel *m_title;
    QLineEdit *m_function;
    QLineEdit *m_activity;
    QPlainTextEdit *m_description;
    QLineEdit *m_trigger;
    QComboBox *m_periodKind;
    QSpinBox *m_years;
    QSpinBox *m_months;
    QSpinBox *m_days;
    QComboBox *m_action;
    QComboBox *m_authorityKind;
    QLineEdit *m_authorityText;
    QComboBox *m_owner;
    QPlainTextEdit *m_notes;
    QLabel *m_usage;
    AssetFormBinder *m_binder;
    ValidationLabel *m_issues;
    QPushButton *m_new;
    QPushButton *m_delete;
    QPushButton *m_starter;
    QPushButton *m_apply;
    QPushButton *m_revert;
    std::optional<Record> m_record;
    QVariantMap m_periodBaseline;
    bool m_loading = false;
    bool m_syncing = false;
};

} // namespace igw
