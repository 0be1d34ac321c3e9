#pragma once

#include "dpia/riskmatrix.h"
#include "widgets/validationlabel.h"
#include "workspace/recordstore.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace igw {

class AssetFormBinder;
class RecordEditor;

// The form for the selected risk: its source and impact, and its likelihood and severity
// before and after the measures on the DPIA's matrix. The band of each pair is shown in
// words (and shade) as the levels change, before anything is stored; Apply stores the
// risk as one undo step.
class RiskForm : public QWidget {
    Q_OBJECT
public:
    explicit RiskForm(RecordEditor &editor, QWidget *parent = nullptr);

    void setMatrix(const RiskMatrix &matrix);
    // Shows the risk (nullopt: none) as number `number` in its register.
    void showRisk(const std::optional<Record> &risk, int number);
    qint64 currentId() const { return m_risk ? m_risk->id : 0; }
    bool hasUnappliedChanges() const;
    bool apply();
    void revert();
    // Asks whether to apply or discard unapplied edits; false when the user chose to stay.
    bool settle();
    void focusTitle();
    // Whether the form may edit (a risk shown, the workspace writable).
    void updateState();

    // The inputs and buttons in reading order, for the page's tab chain.
    QList<QWidget *> tabOrder() const;

    // The messages for a risk's values: an error without a source, warnings when a level
    // is missing from a pair or the measures would make the risk worse.
    static QList<ValidationLabel::Message> check(const QVariantMap &values);

signals:
    void applied(qint64 riskId);

private:
    void onEdited();
    void updateBands();

    RecordEditor &m_editor;
    RiskMatrix m_matrix;
    AssetFormBinder *m_binder;
    QGroupBox *m_box;
    QLineEdit *m_title;
    QPlainTextEdit *m_impact;
    QComboBox *m_likelihood;
    QComboBox *m_severity;
    QComboBox *m_residualLikelihood;
    QComboBox *m_residualSeverity;
    QLabel *m_inherentBand;
    QLabel *m_residualBand;
    ValidationLabel *m_issues;
    QPushButton *m_apply;
    QPushButton *m_revert;
    std::optional<Record> m_risk;
    int m_number = 0;
};

} // namespace igw
