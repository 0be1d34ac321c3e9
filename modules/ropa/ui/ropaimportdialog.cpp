#include "ropa/ui/ropaimportdialog.h"

#include "register/ui/importprogress.h"
#include "ropa/ropacolumns.h"
#include "ropa/ui/ropauitr.h"
#include "widgets/dialogs.h"
#include "workspace/backup.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace igw {

namespace {

constexpr int PreviewRows = 20;

QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

} // namespace

RopaImportDialog::RopaImportDialog(Workspace &workspace, const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_ws(workspace)
    , m_path(path)
    , m_sheet(new QComboBox)
    , m_found(new QLabel)
    , m_mapping(new QTableWidget(0, 2))
    , m_rows(new QTableWidget)
    , m_result(new QLabel)
    , m_problems(new QTreeWidget)
    , m_bottom(new QStackedWidget)
    , m_check(new QPushButton(RopaUiTr::tr("C&heck")))
    , m_import(new QPushButton(RopaUiTr::tr("&Import")))
    , m_close(new QPushButton(RopaUiTr::tr("Close")))
    , m_progress(new ImportProgress)
{
    setObjectName(QStringLiteral("ropaImportDialog"));
    setWindowTitle(
        RopaUiTr::tr("Import Record of Processing from %1").arg(QFileInfo(path).fileName()));
    m_sheet->setObjectName(QStringLiteral("ropaImportSheet"));
    m_found->setObjectName(QStringLiteral("ropaImportFound"));
    m_mapping->setObjectName(QStringLiteral("ropaImportMapping"));
    m_rows->setObjectName(QStringLiteral("ropaImportRows"));
    m_result->setObjectName(QStringLiteral("ropaImportResult"));
    m_problems->setObjectName(QStringLiteral("ropaImportProblems"));
    m_check->setObjectName(QStringLiteral("ropaImportCheck"));
    m_import->setObjectName(QStringLiteral("ropaImportStart"));
    m_close->setObjectName(QStringLiteral("ropaImportClose"));
    m_mapping->setAccessibleName(RopaUiTr::tr("Which column of the file feeds each ROPA column"));
    m_rows->setAccessibleName(RopaUiTr::tr("The first rows of the file"));
    m_problems->setAccessibleName(RopaUiTr::tr("Problems found by the check"));
    m_found->setWordWrap(true);
    m_result->setWordWrap(true);

    m_mapping->setHorizontalHeaderLabels(
        {RopaUiTr::tr("ROPA column"), RopaUiTr::tr("Column in the file")});
    m_mapping->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_mapping->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_mapping->verticalHeader()->hide();
    m_mapping->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rows->verticalHeader()->hide();
    m_problems->setRootIsDecorated(false);
    m_problems->setUniformRowHeights(true);
    m_problems->setHeaderLabels({RopaUiTr::tr("Severity"), RopaUiTr::tr("Where"),
                                 RopaUiTr::tr("Value"), RopaUiTr::tr("What to do")});

    auto *source = new QFormLayout;
    source->addRow(buddyLabel(RopaUiTr::tr("&Sheet:"), m_sheet), m_sheet);
    source->addRow(m_found);
    auto *mappingBox = new QGroupBox(RopaUiTr::tr("Columns"));
    auto *mappingLayout = new QVBoxLayout(mappingBox);
    auto *mappingHint = new QLabel(RopaUiTr::tr(
        "Matched from the headings. Choose a sheet to change which column feeds which; the "
        "import reads only the columns matched here."));
    mappingHint->setWordWrap(true);
    mappingLayout->addWidget(mappingHint);
    mappingLayout->addWidget(m_mapping);
    auto *rowsBox = new QGroupBox(RopaUiTr::tr("First rows"));
    auto *rowsLayout = new QVBoxLayout(rowsBox);
    rowsLayout->addWidget(m_rows);
    auto *checkBox = new QGroupBox(RopaUiTr::tr("Check"));
    auto *checkLayout = new QVBoxLayout(checkBox);
    checkLayout->addWidget(m_result);
    checkLayout->addWidget(m_problems);

    auto *top = new QSplitter(Qt::Horizontal);
    top->addWidget(mappingBox);
    top->addWidget(rowsBox);
    top->setStretchFactor(1, 1);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(top);
    split->addWidget(checkBox);
    split->setChildrenCollapsible(false);

    auto *nav = new QWidget;
    auto *navLayout = new QHBoxLayout(nav);
    navLayout->setContentsMargins(0, 0, 0, 0);
    navLayout->addStretch(1);
    navLayout->addWidget(m_check);
    navLayout->addWidget(m_import);
    navLayout->addWidget(m_close);
    m_bottom->addWidget(nav);
    m_bottom->addWidget(m_progress);
    m_bottom->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(source);
    layout->addWidget(split, 1);
    layout->addWidget(m_bottom);
    resize(1000, 700);

    connect(m_sheet, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            loadPreview();
    });
    connect(m_check, &QPushButton::clicked, this, &RopaImportDialog::check);
    connect(m_import, &QPushButton::clicked, this, &RopaImportDialog::startImport);
    connect(m_close, &QPushButton::clicked, this, &RopaImportDialog::reject);

    loadPreview();
}

bool RopaImportDialog::run(Workspace &workspace, QWidget *parent)
{
    const QString title = RopaUiTr::tr("Import Record of Processing");
    if (workspace.isReadOnly()) {
        Dialogs::information(parent, title, workspace.readOnlyMessage());
        return false;
    }
    const QString path = Dialogs::getOpenFileName(
        parent, title, {}, RopaUiTr::tr("Spreadsheets (*.xlsx *.csv *.tsv *.txt)"));
    if (path.isEmpty())
        return false;
    RopaImportDialog dialog(workspace, path, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    Dialogs::information(parent, title, dialog.summary());
    return true;
}

void RopaImportDialog::setSheet(const QString &sheet)
{
    const int index = sheet.isEmpty() ? 0 : m_sheet->findData(sheet);
    if (index >= 0)
        m_sheet->setCurrentIndex(index);
}

void RopaImportDialog::loadPreview()
{
    const QString chosen = m_sheet->currentData().toString();
    tabular::ReadOptions read;
    read.sheet = chosen;
    m_preview = RopaPreview();
    m_previewError.clear();
    if (!RopaImporter::preview(m_path, read, PreviewRows, &m_preview, &m_previewError) &&
        m_previewError.isEmpty())
        m_previewError = RopaUiTr::tr("%1 could not be read.").arg(m_path);

    if (m_sheet->count() == 0) {
        m_filling = true;
        m_sheet->addItem(m_preview.sheets.isEmpty()
                             ? RopaUiTr::tr("The whole file")
                             : RopaUiTr::tr("Every sheet with ROPA headings"),
                         QString());
        for (const QString &s : std::as_const(m_preview.sheets))
            m_sheet->addItem(s, s);
        m_sheet->setEnabled(m_sheet->count() > 1);
        m_filling = false;
    }
    if (!m_previewError.isEmpty()) {
        m_found->setText(m_previewError);
    } else {
        const QString where = m_preview.sheet.isEmpty()
                                  ? RopaUiTr::tr("Headings on line %1").arg(m_preview.headerLine)
                                  : RopaUiTr::tr("Sheet \"%1\": headings on row %2")
                                        .arg(m_preview.sheet)
                                        .arg(m_preview.headerLine);
        m_found->setText(RopaUiTr::tr("%1; %2 of its %3 columns match ROPA columns.")
                             .arg(where)
                             .arg(m_preview.matched.size())
                             .arg(m_preview.headings.size()));
    }
    fillMapping();
    m_rows->clear();
    m_rows->setColumnCount(int(m_preview.headings.size()));
    m_rows->setHorizontalHeaderLabels(m_preview.headings);
    m_rows->setRowCount(int(m_preview.rows.size()));
    for (int r = 0; r < m_preview.rows.size(); ++r) {
        const QStringList &cells = m_preview.rows.at(r);
        for (int c = 0; c < cells.size() && c < m_preview.headings.size(); ++c)
            m_rows->setItem(r, c, new QTableWidgetItem(cells.at(c).left(200)));
    }
    m_checked = false;
    m_result->setText(RopaUiTr::tr("Not checked yet: press Check. Nothing is written until "
                                   "every row passes."));
    m_problems->clear();
    updateButtons();
}

void RopaImportDialog::fillMapping()
{
    const bool oneSheet =
        !m_sheet->currentData().toString().isEmpty() || m_preview.sheets.isEmpty();
    m_mapping->setRowCount(0);
    QHash<int, QString> byIndex;
    for (auto it = m_preview.matched.cbegin(); it != m_preview.matched.cend(); ++it)
        byIndex.insert(it.value(), it.key());
    const QList<RopaColumn> &columns = ropaColumns();
    m_mapping->setRowCount(int(columns.size()));
    for (int i = 0; i < columns.size(); ++i) {
        const RopaColumn &c = columns.at(i);
        auto *name = new QTableWidgetItem(c.required ? RopaUiTr::tr("%1 (required)").arg(c.heading)
                                                     : c.heading);
        name->setData(Qt::UserRole, c.id);
        name->setToolTip(ropaGroupHeading(c.group));
        m_mapping->setItem(i, 0, name);
        auto *combo = new QComboBox;
        combo->setAccessibleName(RopaUiTr::tr("Column in the file for %1").arg(c.heading));
        combo->addItem(RopaUiTr::tr("(not imported)"), -1);
        for (int h = 0; h < m_preview.headings.size(); ++h)
            combo->addItem(m_preview.headings.at(h), h);
        const int matched = m_preview.matched.value(c.id, -1);
        combo->setCurrentIndex(combo->findData(matched));
        combo->setEnabled(oneSheet);
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            m_checked = false;
            m_result->setText(RopaUiTr::tr("The columns changed: check again."));
            updateButtons();
        });
        m_mapping->setCellWidget(i, 1, combo);
    }
    m_mapping->resizeRowsToContents();
}

QHash<QString, QString> RopaImportDialog::mapping() const
{
    QHash<QString, QString> out;
    for (int i = 0; i < m_mapping->rowCount(); ++i) {
        const auto *combo = qobject_cast<QComboBox *>(m_mapping->cellWidget(i, 1));
        const int heading = combo ? combo->currentData().toInt() : -1;
        if (heading >= 0 && heading < m_preview.headings.size())
            out.insert(m_mapping->item(i, 0)->data(Qt::UserRole).toString(),
                       m_preview.headings.at(heading));
    }
    return out;
}

RopaImportOptions RopaImportDialog::options(bool dryRun) const
{
    RopaImportOptions o;
    o.read.sheet = m_sheet->currentData().toString();
    // An explicit mapping only for one chosen sheet (or a CSV): it names that sheet's headings.
    if (!o.read.sheet.isEmpty() || m_preview.sheets.isEmpty())
        o.mapping = mapping();
    o.dryRun = dryRun;
    o.maxProblemsListed = 2000;
    return o;
}

void RopaImportDialog::check()
{
    if (isRunning())
        return;
    m_checked = false;
    m_problems->clear();
    setRunning(true, RopaUiTr::tr("Checking every row; nothing is written yet."));
    m_report = RopaImporter(m_ws).run(m_path, options(true), m_progress->callback());
    setRunning(false);
    m_checked = m_report.ok() && m_report.created + m_report.updated > 0;
    showReport();
    updateButtons();
}

void RopaImportDialog::startImport()
{
    if (isRunning() || !m_checked)
        return;
    // An import is not one undo step, so the way back is a copy taken just before it.
    QString backupError;
    m_backup = backup::rollingBackup(m_ws.path(), 50, &backupError);
    if (m_backup.isEmpty()) {
        m_result->setText(RopaUiTr::tr("No backup of the workspace could be taken before "
                                       "importing (%1), so nothing was imported. Check the disk "
                                       "has space, then try again.")
                              .arg(backupError));
        return;
    }
    setRunning(true, RopaUiTr::tr("Importing; nothing is kept unless every row is written."));
    m_report = RopaImporter(m_ws).run(m_path, options(false), m_progress->callback());
    setRunning(false);
    if (m_report.ok() && m_report.written) {
        accept();
        return;
    }
    // A cancelled import leaves the check valid, so Import can be pressed again.
    m_checked = m_report.cancelled;
    showReport();
    updateButtons();
}

void RopaImportDialog::showReport()
{
    QStringList lines;
    if (!m_report.fatal.isEmpty()) {
        lines << m_report.fatal;
    } else if (m_report.cancelled) {
        lines << RopaUiTr::tr("Cancelled: nothing was written.");
    } else {
        lines << RopaUiTr::tr("%1 rows read: %2 new, %3 changed, %4 unchanged.")
                     .arg(m_report.rows)
                     .arg(m_report.created)
                     .arg(m_report.updated)
                     .arg(m_report.unchanged);
        if (m_report.errors > 0)
            lines << RopaUiTr::tr("%1 errors and %2 warnings: correct the file, then check "
                                  "again. Nothing has been written.")
                         .arg(m_report.errors)
                         .arg(m_report.warnings);
        else if (m_report.warnings > 0)
            lines << RopaUiTr::tr("No errors; %1 warnings to read before importing.")
                         .arg(m_report.warnings);
        else if (m_report.created + m_report.updated == 0 && m_report.rows > 0)
            lines << RopaUiTr::tr("Everything in the file is already in the workspace.");
        else if (m_report.rows > 0)
            lines << RopaUiTr::tr("No problems found.");
        else
            lines << RopaUiTr::tr("The file has no rows to import.");
    }
    lines += m_report.skippedSheets;
    lines += m_report.readerWarnings;
    m_result->setText(lines.join(QLatin1Char('\n')));
    m_problems->clear();
    QList<QTreeWidgetItem *> items;
    for (const RopaImportProblem &p : std::as_const(m_report.problems))
        items << new QTreeWidgetItem({p.error ? RopaUiTr::tr("Error") : RopaUiTr::tr("Warning"),
                                      p.where(), p.value, p.message});
    m_problems->addTopLevelItems(items);
    m_problems->resizeColumnToContents(0);
    m_problems->resizeColumnToContents(1);
}

QString RopaImportDialog::summary() const
{
    return RopaUiTr::tr("Imported the record of processing: %1 activities added, %2 changed, "
                        "%3 unchanged. The workspace as it was before is kept as the backup %4; "
                        "open that copy to go back.")
        .arg(m_report.created)
        .arg(m_report.updated)
        .arg(m_report.unchanged)
        .arg(QDir::toNativeSeparators(m_backup));
}

bool RopaImportDialog::isRunning() const
{
    return m_progress->isRunning();
}

void RopaImportDialog::setRunning(bool running, const QString &caption)
{
    for (QWidget *w : {static_cast<QWidget *>(m_sheet), static_cast<QWidget *>(m_mapping)})
        w->setEnabled(!running);
    m_bottom->setCurrentWidget(running ? static_cast<QWidget *>(m_progress) : m_bottom->widget(0));
    if (running) {
        m_progress->start(caption);
    } else {
        m_progress->finish();
        updateButtons();
        (m_import->isEnabled() ? m_import : m_check)->setFocus(Qt::OtherFocusReason);
    }
}

void RopaImportDialog::updateButtons()
{
    const bool readable = m_previewError.isEmpty();
    m_sheet->setEnabled(m_sheet->count() > 1 && !isRunning());
    m_check->setEnabled(readable && !isRunning());
    m_import->setEnabled(m_checked && !isRunning());
    const qint64 changes = m_report.created + m_report.updated;
    m_import->setText(m_checked ? RopaUiTr::tr("&Import %1 Rows").arg(changes)
                                : RopaUiTr::tr("&Import"));
    (m_checked ? m_import : m_check)->setDefault(true);
}

void RopaImportDialog::reject()
{
    if (isRunning()) {
        m_progress->requestCancel();
        return;
    }
    QDialog::reject();
}

} // namespace igw
