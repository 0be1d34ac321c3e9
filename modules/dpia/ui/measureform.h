#pragma once

#include "widgets/validationlabel.h"
#include "workspace/recordstore.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace igw {

class AssetFormBinder;
class OptionalDateEdit;
class RecordEditor;

// The form for the selected measure: what it is, its effect on the risk, who owns it (a
// person in the directory or a name), when it is due, whether it is approved and how far
// it has got. Apply stores it as one undo step.
class MeasureForm : public QWidget {
    Q_OBJECT
public:
    explicit MeasureForm(RecordEditor &editor, QWidget *parent = nullptr);

    void showMeasure(const std::optional<Record> &measure);
    qint64 currentId() const { return m_measure ? m_measure->id : 0; }
    bool hasUnappliedChanges() const;
    bool apply();
    void revert();
    bool settle();
    void focusTitle();
    void refreshPeople();
    void updateState();

    // The inputs and buttons in reading order, for the page's tab chain.
    QList<QWidget *> tabOrder() const;

    // An error without a title; a warning when the due date has passed and it is not done.
    static QList<ValidationLabel::Message> check(const QVariantMap &values, const QDate &today);

signals:
    void applied(qint64 measureId);

private:
    void onEdited();

    RecordEditor &m_editor;
    AssetFormBinder *m_binder;
    QGroupBox *m_box;
    QLineEdit *m_title;
    QPlainTextEdit *m_description;
    QComboBox *m_effect;
    QComboBox *m_owner;
    QLineEdit *m_ownerName;
    OptionalDateEdit *m_due;
    QCheckBox *m_approved;
    QComboBox *m_status;
    ValidationLabel *m_issues;
    QPushButton *m_apply;
    QPushButton *m_revert;
    std::optional<Record> m_measure;
};

} // namespace igw
