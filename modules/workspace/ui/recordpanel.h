#pragma once

#include "workspace/directory.h"

#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace igw {

class FieldBinder;
class RecordEditor;
class RecordListModel;
class ValidationLabel;

// A filterable list of one kind's records beside a form for the chosen one, with Add,
// Delete, Apply and Revert. Subclasses add the form rows and say how to validate and
// describe a record. Every change goes through the RecordEditor (undo commands).
class RecordPanel : public QWidget {
    Q_OBJECT
public:
    // Object name stems: "person" gives personAdd, personApply...; "people" gives
    // peopleView and peopleFilter.
    struct Names {
        QString item;
        QString list;
    };

    qint64 currentId() const { return m_currentId; }
    bool isNew() const { return m_new; }
    bool hasUnappliedChanges() const;
    RecordListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    ValidationLabel *issues() const { return m_issues; }

    void selectRecord(qint64 id);
    // Empties the form for a new record, optionally with some values filled in.
    void startNew(const QVariantMap &preset = {});
    bool apply();
    void revert();
    void deleteCurrent();
    // If the form has unapplied edits, asks whether to apply or discard them. False when
    // the user chose to stay (or applying failed).
    bool settle();

signals:
    void currentRecordChanged(qint64 id);

protected:
    RecordPanel(RecordEditor &editor, const RecordKind &kind, const QStringList &columns,
                const Names &names, QWidget *parent = nullptr);

    RecordEditor &editor() const { return m_editor; }
    FieldBinder &binder() const { return *m_binder; }
    QFormLayout *form() const { return m_form; }
    const RecordKind &kind() const { return m_kind; }
    void setListLabels(const QString &filterLabel, const QString &listAccessibleName);
    // Called by the subclass constructor once its rows are in the form.
    void finishForm();

    virtual ValidationIssues validate(const QVariantMap &values) const = 0;
    virtual QString newRecordTitle() const = 0; // "New person"
    // What the form shows for a stored record (a subclass may fill implied values).
    virtual QVariantMap formValues(const Record &record) const { return record.values; }
    // What a new record's form starts with.
    virtual QVariantMap newValues(const QVariantMap &preset) const { return preset; }
    virtual void recordShown(const std::optional<Record> &) {}

private:
    void show(const std::optional<Record> &record);
    void onCurrentRowChanged();
    void onModelReset();
    void updateState();
    qint64 idAtProxyRow(int row) const;
    void selectProxyRowOf(qint64 id);

    RecordEditor &m_editor;
    RecordKind m_kind;
    Names m_names;
    RecordListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    FieldBinder *m_binder;
    QLabel *m_filterLabel;
    QLineEdit *m_filter;
    QTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_delete;
    QWidget *m_formBox;
    QLabel *m_title;
    QLabel *m_meta;
    QFormLayout *m_form;
    ValidationLabel *m_issues;
    QPushButton *m_apply;
    QPushButton *m_revert;
    qint64 m_currentId = 0;
    bool m_new = false;
    bool m_ignoreSelection = false;
};

} // namespace igw
