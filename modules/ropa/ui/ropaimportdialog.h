#pragma once

#include "ropa/ropaimport.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTreeWidget;

namespace igw {

class ImportProgress;
class Workspace;

// "Import…" on the ROPA page, for a record kept in the ICO's template (or exported by us):
// the sheet, which column feeds which ROPA column (matched from the headings, changeable),
// the first rows, then a check of every row and the import of all rows in one transaction
// — or none. Check and import run on the GUI thread with a progress bar and Cancel.
class RopaImportDialog : public QDialog {
    Q_OBJECT
public:
    RopaImportDialog(Workspace &workspace, const QString &path, QWidget *parent = nullptr);

    // Asks for the file (Dialogs seam), runs the dialog and, after an import, says what
    // changed. True when the workspace was changed.
    static bool run(Workspace &workspace, QWidget *parent);

    // The sheet to read (empty: every sheet with ROPA headings).
    void setSheet(const QString &sheet);
    void check();
    void startImport();
    const RopaImportReport &report() const { return m_report; }
    bool isChecked() const { return m_checked; }
    bool isRunning() const;
    QString summary() const;

    void reject() override; // while running: cancels instead of closing

private:
    void loadPreview();
    void fillMapping();
    QHash<QString, QString> mapping() const;
    RopaImportOptions options(bool dryRun) const;
    void showReport();
    void setRunning(bool running, const QString &caption = {});
    void updateButtons();

    Workspace &m_ws;
    QString m_path;
    RopaPreview m_preview;
    QString m_previewError;
    RopaImportReport m_report;
    QString m_backup; // taken just before the import wrote
    bool m_checked = false;
    QComboBox *m_sheet;
    QLabel *m_found;
    QTableWidget *m_mapping;
    QTableWidget *m_rows;
    QLabel *m_result;
    QTreeWidget *m_problems;
    QStackedWidget *m_bottom;
    QPushButton *m_check;
    QPushButton *m_import;
    QPushButton *m_close;
    ImportProgress *m_progress;
    bool m_filling = false;
};

} // namespace igw
