#pragma once

#include "register/assetimport.h"
#include "register/ui/importsource.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace igw {

class ImportCheckPage;
class ImportMappingPage;
class ImportProgress;
class ImportSourcePage;
class Workspace;

// "Import…" for the asset register: the file and sheet, which column feeds which field,
// a check of every row (nothing is written while there are errors), then the import of all
// rows in one transaction. Check and import run on the GUI thread with a progress bar and
// Cancel; while they run, everything but Cancel is disabled.
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    enum Page { SourcePage, MappingPage, CheckPage };

    ImportDialog(Workspace &workspace, const QString &path, QWidget *parent = nullptr);

    // Asks for the file (Dialogs seam), runs the dialog and, after an import, says what was
    // added. True when assets were imported; the register refreshes itself from
    // Workspace::recordChanged.
    static bool run(Workspace &workspace, QWidget *parent);

    Page page() const;
    // As Back and Next do: forward only as far as the pages are complete. Check runs the
    // check.
    void setPage(Page page);
    // The last check or import; after accept(), the import.
    const ImportReport &report() const { return m_report; }
    // "Imported 12 assets." and the people added, for the message after accept().
    QString summary() const;
    bool isRunning() const;

    ImportSourcePage *sourcePage() const { return m_sourcePage; }
    ImportMappingPage *mappingPage() const { return m_mappingPage; }
    ImportCheckPage *checkPage() const { return m_checkPage; }

    void reject() override; // while running: cancels instead of closing

private:
    void loadSource(const QString &sheet);
    bool sourceUsable() const;
    void runCheck();
    void runImport();
    ImportOptions options(bool dryRun) const;
    void setRunning(bool running, const QString &caption = {});
    void updateButtons();

    Workspace &m_ws;
    ImportSource m_source;
    ImportReport m_report;
    bool m_checked = false; // the last check passed and nothing changed since
    QLabel *m_step = nullptr;
    QStackedWidget *m_pages = nullptr;
    ImportSourcePage *m_sourcePage = nullptr;
    ImportMappingPage *m_mappingPage = nullptr;
    ImportCheckPage *m_checkPage = nullptr;
    QStackedWidget *m_bottom = nullptr;
    QWidget *m_nav = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_close = nullptr;
    ImportProgress *m_progress = nullptr;
};

} // namespace igw
