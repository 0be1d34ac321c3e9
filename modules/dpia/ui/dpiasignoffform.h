#pragma once

#include "widgets/validationlabel.h"
#include "workspace/recordstore.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QVariantMap>
#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace igw {

class OptionalDateEdit;

// Step 7 of the ICO template: who signed what (measures approved by, residual risks
// approved by, DPO advice provided by, consultation responses reviewed by, kept under
// review by; each with name, position and date), the DPO's advice and whether it was
// accepted or overruled (reasons required when overruled), individuals' views, and the
// Art. 36 prior-consultation decision with its reason, shown and required when a residual
// risk is high.
class DpiaSignoffForm : public QWidget {
    Q_OBJECT
public:
    explicit DpiaSignoffForm(QWidget *parent = nullptr);

    // Shows the DPIA's step-7 values. `art36Required`: a residual risk is high.
    // `newVersion`: saving starts a new version, whose sign-offs start empty.
    void load(const Record &dpia, bool art36Required, bool newVersion);
    void setArt36Required(bool required);
    bool art36Required() const { return m_art36Required; }

    // The DPIA fields this form edits, as they would be stored (blank text as null).
    QVariantMap values() const;
    // What stops saving (errors) and what approval will still need (warnings).
    QList<ValidationLabel::Message> problems() const;
    // Puts the focus on the field of the first error; false when there is none.
    bool focusFirstProblem();
    void setReadOnly(bool readOnly);

    // For tests and hosts: the edits by role key and part ("name", "position").
    QLineEdit *signoffEdit(const QString &role, const QString &part) const;
    OptionalDateEdit *signoffDate(const QString &role) const;
    QPlainTextEdit *dpoAdvice() const { return m_dpoAdvice; }
    QComboBox *dpoDecision() const { return m_dpoDecision; }
    QPlainTextEdit *overruleReason() const { return m_overruleReason; }
    QPlainTextEdit *individualsViews() const { return m_views; }
    QComboBox *art36Decision() const { return m_art36Decision; }
    QPlainTextEdit *art36Reason() const { return m_art36Reason; }
    QGroupBox *art36Box() const { return m_art36Box; }

signals:
    void edited();

private:
    struct Signoff {
        QLineEdit *name = nullptr;
        QLineEdit *position = nullptr;
        OptionalDateEdit *date = nullptr;
    };

    QGroupBox *buildSignoffs();
    QGroupBox *buildAdvice();
    QGroupBox *buildConsultation();
    QGroupBox *buildArt36();
    void updateArt36();

    QHash<QString, Signoff> m_signoffs;
    QJsonObject m_storedSignoffs; // kept so roles this form does not know survive a save
    QPlainTextEdit *m_dpoAdvice;
    QComboBox *m_dpoDecision;
    QLabel *m_overruleLabel;
    QPlainTextEdit *m_overruleReason;
    QPlainTextEdit *m_views;
    QPlainTextEdit *m_departure;
    QGroupBox *m_art36Box;
    QLabel *m_art36Notice;
    QLabel *m_art36Icon;
    QComboBox *m_art36Decision;
    QLabel *m_art36ReasonLabel;
    QPlainTextEdit *m_art36Reason;
    QLabel *m_newVersionNote;
    bool m_art36Required = false;
    bool m_loading = false;
};

} // namespace igw
