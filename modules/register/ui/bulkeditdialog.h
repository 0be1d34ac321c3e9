#pragma once

#include <QDialog>
#include <QVariantMap>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace igw {

class OptionalDateEdit;
class Workspace;

// "Edit selected…": sets the owner, administrator, classification, status, criticality,
// next review date or business function of several assets at once. Only ticked fields
// change; the page applies them as one undo step.
class BulkEditDialog : public QDialog {
    Q_OBJECT
public:
    BulkEditDialog(Workspace &workspace, int assetCount, QWidget *parent = nullptr);

    // The ticked fields and their new values (stored form).
    QVariantMap changes() const;
    // The undo text: "Change owner of 12 assets", or "Edit 12 assets" for several fields.
    static QString describe(const QVariantMap &changes, int assetCount);

private:
    void updateOk();

    QList<QPair<QString, QCheckBox *>> m_ticks;
    QHash<QString, QWidget *> m_inputs;
    QComboBox *m_owner;
    QComboBox *m_administrator;
    QComboBox *m_classification;
    QComboBox *m_status;
    QComboBox *m_criticality;
    OptionalDateEdit *m_nextReview;
    QLineEdit *m_function;
    QDialogButtonBox *m_buttons;
};

} // namespace igw
