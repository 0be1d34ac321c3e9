#include "retention/ui/retentionpage.h"

#include "reports/retentionschedulereport.h"
#include "retention/retentionexport.h"
#include "retention/retentionimport.h"
#include "retention/ui/checkspanel.h"
#include "retention/ui/disposallogpanel.h"
#include "retention/ui/plannerpanel.h"
#include "retention/ui/retentionuitr.h"
#include "retention/ui/schedulepanel.h"
#include "widgets/dialogs.h"
#include "widgets/progressrun.h"
#include "workspace/ui/recordeditor.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QMenu>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QVBoxLayout>

namespace igw {

namespace {

QString problemsText(const RetentionImportReport &report)
{
    QStringList lines;
    for (const RetentionImportProblem &p : report.problems.mid(0, 12))
        lines << RetentionUiTr::tr("%1: %2").arg(p.where(), p.message);
    if (report.errors + report.warnings > lines.size())
        lines << RetentionUiTr::tr("… and %1 more.")
                     .arg(report.errors + report.warnings - lines.size());
    return lines.join(QLatin1Char('\n'));
}

} // namespace

RetentionPage::RetentionPage(RecordEditor &editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_tabs(new QTabWidget(this))
    , m_schedule(new SchedulePanel(editor, this))
    , m_planner(new PlannerPanel(editor.workspace(), this))
    , m_log(new DisposalLogPanel(editor.workspace(), this))
    , m_checks(new ChecksPanel(editor, this))
    , m_import(new QPushButton(RetentionUiTr::tr("&Import…"), this))
    , m_export(new QPushButton(RetentionUiTr::tr("E&xport"), this))
{
    setObjectName(QStringLiteral("retentionPageContent"));
    m_tabs->setObjectName(QStringLiteral("retentionTabs"));
    m_import->setObjectName(QStringLiteral("retentionImport"));
    m_export->setObjectName(QStringLiteral("retentionExport"));
    m_import->setToolTip(RetentionUiTr::tr("Read a retention schedule from an Excel or CSV file: "
                                           "every row is checked first, then all are written or "
                                           "none"));
    m_export->setToolTip(RetentionUiTr::tr("Write the schedule as Excel, CSV or a PDF to publish"));
    auto *menu = new QMenu(m_export);
    menu->addAction(RetentionUiTr::tr("Excel workbook (.xlsx)…"), this,
                    [this] { exportSchedule(QStringLiteral("xlsx")); });
    menu->addAction(RetentionUiTr::tr("CSV file (.csv)…"), this,
                    [this] { exportSchedule(QStringLiteral("csv")); });
    menu->addAction(RetentionUiTr::tr("PDF to publish (.pdf)…"), this,
                    [this] { exportSchedule(QStringLiteral("pdf")); });
    m_export->setMenu(menu);
    m_tabs->addTab(m_schedule, RetentionUiTr::tr("&Schedule"));
    m_tabs->addTab(m_planner, RetentionUiTr::tr("&Planner"));
    m_tabs->addTab(m_log, RetentionUiTr::tr("Disposal &log"));
    m_tabs->addTab(m_checks, RetentionUiTr::tr("Chec&ks"));
    auto *corner = new QWidget(this);
    auto *cornerLayout = new QHBoxLayout(corner);
    cornerLayout->setContentsMargins(0, 0, 0, 0);
    cornerLayout->addWidget(m_import);
    cornerLayout->addWidget(m_export);
    m_tabs->setCornerWidget(corner);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_import, &QPushButton::clicked, this, &RetentionPage::importSchedule);
    connect(m_planner, &PlannerPanel::disposalRecorded, this, [this](const QString &certificate) {
        m_log->refresh();
        m_log->selectCertificate(certificate);
    });
    connect(m_checks, &ChecksPanel::classRequested, this, [this](qint64 id) {
        m_tabs->setCurrentWidget(m_schedule);
        m_schedule->selectClass(id);
    });
    m_import->setEnabled(!editor.isReadOnly());
}

bool RetentionPage::hasUnappliedChanges() const
{
    return m_schedule->hasUnappliedChanges();
}

bool RetentionPage::settle()
{
    return m_schedule->settle();
}

bool RetentionPage::exportSchedule(const QString &format)
{
    if (!settle())
        return false;
    const QString filter =
        format == QLatin1String("pdf")   ? RetentionUiTr::tr("PDF documents (*.pdf)")
        : format == QLatin1String("csv") ? RetentionUiTr::tr("CSV files (*.csv)")
                                         : RetentionUiTr::tr("Excel workbooks (*.xlsx)");
    QString path = Dialogs::getSaveFileName(
        this, RetentionUiTr::tr("Export Retention Schedule"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(RetentionUiTr::tr("retention-schedule") + QLatin1Char('.') + format),
        filter);
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().compare(format, Qt::CaseInsensitive) != 0)
        path += QLatin1Char('.') + format;
    return exportScheduleTo(path, format);
}

bool RetentionPage::exportScheduleTo(const QString &path, const QString &format)
{
    Workspace &ws = m_editor.workspace();
    QString error;
    bool cancelled = false;
    const bool ok = runWithProgress(
        this, RetentionUiTr::tr("Export Retention Schedule"),
        RetentionUiTr::tr("Writing %1…").arg(QFileInfo(path).fileName()),
        QStringLiteral("retentionExportProgress"),
        [&](const ProgressStep &step) {
            if (format == QLatin1String("pdf"))
                return writeRetentionScheduleReport(
                    ws, path, &error, [&](int done, int total) { return step(done, total); });
            return exportRetentionSchedule(ws, path, format, &error);
        },
        &cancelled);
    if (!ok && !cancelled)
        Dialogs::critical(this, RetentionUiTr::tr("Export Failed"), error);
    return ok;
}

bool RetentionPage::importSchedule()
{
    if (!settle())
        return false;
    const QString path = Dialogs::getOpenFileName(
        this, RetentionUiTr::tr("Import Retention Schedule"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        RetentionUiTr::tr("Spreadsheets (*.xlsx *.csv)"));
    return !path.isEmpty() && importScheduleFrom(path);
}

bool RetentionPage::importScheduleFrom(const QString &path)
{
    if (m_editor.isReadOnly())
        return false;
    RetentionImporter importer(m_editor.workspace());
    RetentionImportOptions options;
    options.dryRun = true;
    RetentionImportReport check;
    bool cancelled = false;
    runWithProgress(
        this, RetentionUiTr::tr("Import Retention Schedule"),
        RetentionUiTr::tr("Checking %1…").arg(QFileInfo(path).fileName()),
        QStringLiteral("retentionImportCheck"),
        [&](const ProgressStep &step) {
            check = importer.run(path, options, [&](qint64 d, qint64 t) { return step(d, t); });
            return check.ok();
        },
        &cancelled);
    if (cancelled || check.cancelled)
        return false;
    if (!check.fatal.isEmpty()) {
        Dialogs::warning(this, RetentionUiTr::tr("Import Not Possible"), check.fatal);
        return false;
    }
    if (check.errors > 0) {
        Dialogs::warning(this, RetentionUiTr::tr("Import Not Possible"),
                         RetentionUiTr::tr("%1 has %2 problem(s); nothing was imported. Correct "
                                           "them in the file and import it again.\n\n%3")
                             .arg(QFileInfo(path).fileName())
                             .arg(check.errors)
                             .arg(problemsText(check)));
        return false;
    }
    if (Dialogs::question(
            this, RetentionUiTr::tr("Import Retention Schedule"),
            RetentionUiTr::tr("%1 checked: %2 new class(es), %3 to update, %4 "
                              "unchanged. Import now? All are written or none; "
                              "the import is recorded in the history, not as an "
                              "undo step.%5")
                .arg(QFileInfo(path).fileName())
                .arg(check.created)
                .arg(check.updated)
                .arg(check.unchanged)
                .arg(check.warnings > 0 ? QStringLiteral("\n\n") + problemsText(check) : QString()),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes) != QMessageBox::Yes)
        return false;
    options.dryRun = false;
    RetentionImportReport done;
    runWithProgress(
        this, RetentionUiTr::tr("Import Retention Schedule"),
        RetentionUiTr::tr("Importing %1…").arg(QFileInfo(path).fileName()),
        QStringLiteral("retentionImportWrite"),
        [&](const ProgressStep &step) {
            done = importer.run(path, options, [&](qint64 d, qint64 t) { return step(d, t); });
            return done.ok();
        },
        &cancelled);
    if (!done.written) {
        if (!done.cancelled && !cancelled)
            Dialogs::warning(this, RetentionUiTr::tr("Import Failed"),
                             done.fatal.isEmpty() ? problemsText(done) : done.fatal);
        return false;
    }
    m_schedule->reload();
    return true;
}

} // namespace igw
