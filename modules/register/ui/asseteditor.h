#pragma once

#include "workspace/recordstore.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace igw {

class AssetFormBinder;
class AssetHistory;
class AssetLinks;
class OptionalDateEdit;
class RecordEditor;
class TermsEdit;
class ValidationLabel;

// The form for one asset, beside the register table: every field with a fitting input,
// inline validation (errors stop Apply, warnings show), Apply and Revert, and tabs for the
// asset's history and its information flows. Every change is an undo command.
class AssetEditor : public QWidget {
    Q_OBJECT
public:
    explicit AssetEditor(RecordEditor &editor, QWidget *parent = nullptr);

    qint64 currentId() const { return m_currentId; }
    bool isNew() const { return m_new; }
    bool hasUnappliedChanges() const;

    // Shows the asset (0: none) once unapplied edits are settled; false when the user chose
    // to stay with the edits.
    bool showAsset(qint64 id);
    void startNew();
    bool apply();
    void revert();
    // Asks whether to apply or discard unapplied edits; false when the user chose to stay.
    bool settle();
    // Puts the keyboard focus in the first field.
    void focusForm();

    QTabWidget *tabs() const { return m_tabs; }
    ValidationLabel *issues() const { return m_issues; }
    AssetHistory *history() const { return m_history; }
    AssetLinks *links() const { return m_links; }

signals:
    void currentAssetChanged(qint64 id);

private:
    void buildForm();
    void display(const std::optional<Record> &record);
    void validateNow();
    void updateState();
    void refreshPeople();
    // The retention classes of the schedule, for the class picker.
    void refreshRetentionClasses();
    void refreshVocabulary();
    void refreshSuggestions();
    void addTerms(const QString &kind, const QStringList &terms);
    QVariantMap editedValues() const;
    QVariantMap editedChanges() const;
    void onRecordChanged(const QString &table, qint64 id);

    RecordEditor &m_editor;
    AssetFormBinder *m_binder;
    QTabWidget *m_tabs;
    QLabel *m_title;
    QLabel *m_meta;
    QFormLayout *m_form;
    ValidationLabel *m_issues;
    QPushButton *m_apply;
    QPushButton *m_revert;
    AssetHistory *m_history;
    AssetLinks *m_links;

    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QLineEdit *m_function;
    QComboBox *m_owner;
    QComboBox *m_administrator;
    QLineEdit *m_system;
    QLineEdit *m_country;
    QComboBox *m_format;
    QCheckBox *m_personal;
    TermsEdit *m_subjects;
    TermsEdit *m_dataCategories;
    QCheckBox *m_special;
    QComboBox *m_art9;
    QCheckBox *m_criminal;
    QLineEdit *m_volumeRecords;
    QLineEdit *m_volumeIndividuals;
    QComboBox *m_classification;
    QComboBox *m_criticality;
    QPlainTextEdit *m_access;
    QComboBox *m_lawfulBasis;
    QLineEdit *m_retention;
    QComboBox *m_retentionClassId;
    OptionalDateEdit *m_triggerDate;
    QComboBox *m_triggerRule;
    OptionalDateEdit *m_closedOn;
    QLabel *m_hold;
    QComboBox *m_status;
    OptionalDateEdit *m_lastReview;
    OptionalDateEdit *m_nextReview;
    QPlainTextEdit *m_notes;

    qint64 m_currentId = 0;
    QString m_currentUuid;
    bool m_new = false;
    bool m_suggestionsStale = true;
};

} // namespace igw
