#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTimer;

namespace igw {

class AgreementEditor;
class AgreementModel;
class FlowCoverage;
class RecordEditor;

// The "Sharing" page: information sharing agreements as a filterable list above the editor
// for the current one ("Agreements"), and the flows to or from other organisations that no
// agreement in force covers ("Flows without an agreement"). Preview shows the agreement as
// the PDF the parties sign, before it is saved as PDF or ODT.
class SharingPage : public QWidget {
    Q_OBJECT
public:
    explicit SharingPage(RecordEditor &editor, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    AgreementModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    AgreementEditor *editor() const { return m_editor; }
    FlowCoverage *coverage() const { return m_coverage; }

    bool hasUnappliedChanges() const;
    bool settle();
    bool selectAgreement(qint64 id);
    // Creates a draft with our organisation as its first party (one undo step) and opens it.
    qint64 addAgreement();
    // Deletes the current agreement if it never went out for signature (after asking).
    bool deleteCurrent();
    void preview();
    // The clause library: the one in use written out as JSON for the organisation to edit,
    // and an edited one installed (checked first; earlier versions are kept). True when done.
    bool saveClauseLibrary(const QString &path);
    bool installClauseLibraryFrom(const QString &path);
    void reload();
    // Shows only agreements whose status key is `status` (empty: all) and whose text has `text`.
    void setFilter(const QString &text, const QString &status);

private:
    QWidget *buildAgreements();
    void highlight(qint64 id);
    void updateCount();
    void updateActions();

    RecordEditor &m_recordEditor;
    QTabWidget *m_tabs;
    AgreementModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTimer *m_reloadTimer;
    QLineEdit *m_find;
    QComboBox *m_status;
    QTableView *m_view;
    QLabel *m_count;
    QPushButton *m_add;
    QPushButton *m_delete;
    QPushButton *m_preview;
    QPushButton *m_library;
    AgreementEditor *m_editor;
    FlowCoverage *m_coverage;
    bool m_syncing = false;
};

} // namespace igw
