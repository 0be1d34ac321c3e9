#include "register/ui/importdialog.h"

#include "register/assets.h"
#include "register/ui/importcheckpage.h"
#include "register/ui/importmappingpage.h"
#include "register/ui/importprogress.h"
#include "register/ui/importsourcepage.h"
#include "register/ui/registeruitr.h"
#include "widgets/dialogs.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace igw {

ImportDialog::ImportDialog(Workspace &workspace, const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_ws(workspace)
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(RegisterUiTr::tr("Import Assets from %1").arg(QFileInfo(path).fileName()));
    m_source.path = path;

    // Created in tab order: the page, then the buttons.
    m_step = new QLabel(this);
    m_step->setObjectName(QStringLiteral("importStep"));
    QFont bold = m_step->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_step->setFont(bold);
    m_pages = new QStackedWidget(this);
    m_sourcePage = new ImportSourcePage(m_pages);
    m_mappingPage = new ImportMappingPage(m_pages);
    m_checkPage = new ImportCheckPage(m_pages);
    m_pages->addWidget(m_sourcePage);
    m_pages->addWidget(m_mappingPage);
    m_pages->addWidget(m_checkPage);

    m_bottom = new QStackedWidget(this);
    m_nav = new QWidget(m_bottom);
    m_back = new QPushButton(RegisterUiTr::tr("&Back"), m_nav);
    m_next = new QPushButton(RegisterUiTr::tr("&Next"), m_nav);
    m_import = new QPushButton(RegisterUiTr::tr("&Import"), m_nav);
    m_close = new QPushButton(RegisterUiTr::tr("Cancel"), m_nav);
    m_back->setObjectName(QStringLiteral("importBack"));
    m_next->setObjectName(QStringLiteral("importNext"));
    m_import->setObjectName(QStringLiteral("importStart"));
    m_close->setObjectName(QStringLiteral("importClose"));
    m_close->setToolTip(RegisterUiTr::tr("Close without importing anything."));
    auto *navLayout = new QHBoxLayout(m_nav);
    navLayout->setContentsMargins(0, 0, 0, 0);
    navLayout->addWidget(m_back);
    navLayout->addStretch(1);
    navLayout->addWidget(m_next);
    navLayout->addWidget(m_import);
    navLayout->addWidget(m_close);
    m_progress = new ImportProgress(m_bottom);
    m_bottom->addWidget(m_nav);
    m_bottom->addWidget(m_progress);
    m_bottom->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_step);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_bottom);
    resize(920, 660);

    connect(m_back, &QPushButton::clicked, this, [this] { setPage(Page(page() - 1)); });
    connect(m_next, &QPushButton::clicked, this, [this] { setPage(Page(page() + 1)); });
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::runImport);
    connect(m_close, &QPushButton::clicked, this, &ImportDialog::reject);
    connect(m_sourcePage, &ImportSourcePage::sheetChosen, this, &ImportDialog::loadSource);
    connect(m_mappingPage, &ImportMappingPage::mappingChanged, this, [this] {
        m_checked = false;
        updateButtons();
    });
    connect(m_checkPage, &ImportCheckPage::createPeopleToggled, this, &ImportDialog::runCheck);
    connect(m_checkPage, &ImportCheckPage::recheckRequested, this, &ImportDialog::runCheck);

    loadSource({});
    setPage(SourcePage);
}

bool ImportDialog::run(Workspace &workspace, QWidget *parent)
{
    const QString title = RegisterUiTr::tr("Import Assets");
    if (workspace.isReadOnly()) {
        Dialogs::information(parent, title, workspace.readOnlyMessage());
        return false;
    }
    const QString path = Dialogs::getOpenFileName(
        parent, title, {}, RegisterUiTr::tr("Spreadsheets (*.xlsx *.csv *.tsv *.txt)"));
    if (path.isEmpty())
        return false;
    ImportDialog dialog(workspace, path, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    Dialogs::information(parent, title, dialog.summary());
    return true;
}

ImportDialog::Page ImportDialog::page() const
{
    return Page(m_pages->currentIndex());
}

void ImportDialog::setPage(Page target)
{
    if (isRunning() || target < SourcePage || target > CheckPage)
        return;
    // Forward only past pages that are complete, as the Next button allows.
    if (target > MappingPage && !m_mappingPage->isComplete())
        target = MappingPage;
    if (target > SourcePage && !sourceUsable())
        target = SourcePage;
    m_pages->setCurrentIndex(target);
    switch (target) {
    case SourcePage:
        m_step->setText(RegisterUiTr::tr("Step 1 of 3: The file"));
        break;
    case MappingPage:
        m_step->setText(RegisterUiTr::tr("Step 2 of 3: Match the columns"));
        break;
    case CheckPage:
        m_step->setText(RegisterUiTr::tr("Step 3 of 3: Check and import"));
        break;
    }
    m_pages->currentWidget()->setAccessibleName(m_step->text());
    updateButtons();
    if (target == CheckPage)
        runCheck();
    else if (target == MappingPage)
        m_mappingPage->comboFor(assetField::name)->setFocus(Qt::OtherFocusReason);
    else
        m_next->setFocus(Qt::OtherFocusReason);
}

bool ImportDialog::isRunning() const
{
    return m_progress->isRunning();
}

void ImportDialog::loadSource(const QString &sheet)
{
    m_source = ImportSource::read(m_source.path, sheet);
    m_sourcePage->setSource(m_source);
    m_mappingPage->setSource(m_source);
    m_checked = false;
    updateButtons();
}

bool ImportDialog::sourceUsable() const
{
    return m_source.ok() && !m_source.rows.isEmpty();
}

ImportOptions ImportDialog::options(bool dryRun) const
{
    ImportOptions o;
    o.read.sheet = m_source.sheet;
    o.mapping = m_mappingPage->mapping();
    o.createUnknownPeople = m_checkPage->createPeople();
    o.dryRun = dryRun;
    o.maxProblemsListed = 2000; // enough to work through, not so many the table drags
    return o;
}

void ImportDialog::runCheck()
{
    if (isRunning() || page() != CheckPage)
        return;
    m_checkPage->clear();
    m_checked = false;
    setRunning(true, RegisterUiTr::tr("Checking every row; nothing is written yet."));
    m_report = AssetImporter(m_ws).run(m_source.path, options(true), m_progress->callback());
    setRunning(false);
    m_checked = m_report.ok() && m_report.rows > 0;
    m_checkPage->showCheck(m_report);
    updateButtons();
}

void ImportDialog::runImport()
{
    if (isRunning() || !m_checked)
        return;
    setRunning(true, RegisterUiTr::tr("Importing; nothing is kept unless every row is written."));
    m_report = AssetImporter(m_ws).run(m_source.path, options(false), m_progress->callback());
    setRunning(false);
    if (m_report.ok() && m_report.imported > 0) {
        accept();
        return;
    }
    // A cancelled import leaves the check valid, so Import can simply be pressed again.
    m_checked = m_report.cancelled;
    m_checkPage->showFailedImport(m_report);
    updateButtons();
}

QString ImportDialog::summary() const
{
    QString text = RegisterUiTr::tr("Imported %Ln assets.", nullptr, int(m_report.imported));
    if (!m_report.createdPeople.isEmpty())
        text += QLatin1Char(' ') + RegisterUiTr::tr("Added %Ln people to the directory: %1.",
                                                    nullptr, int(m_report.createdPeople.size()))
                                       .arg(m_report.createdPeople.join(QStringLiteral("; ")));
    return text;
}

void ImportDialog::setRunning(bool running, const QString &caption)
{
    m_pages->setEnabled(!running);
    m_bottom->setCurrentWidget(running ? static_cast<QWidget *>(m_progress) : m_nav);
    if (running) {
        m_progress->start(caption);
    } else {
        m_progress->finish();
        updateButtons();
        QWidget *focus = m_import->isEnabled() ? m_import : m_pages->currentWidget();
        focus->setFocus(Qt::OtherFocusReason);
    }
}

void ImportDialog::updateButtons()
{
    const Page p = page();
    const bool canLeave = p == SourcePage    ? sourceUsable()
                          : p == MappingPage ? m_mappingPage->isComplete()
                                             : false;
    m_back->setEnabled(p != SourcePage);
    m_next->setVisible(p != CheckPage);
    m_next->setEnabled(canLeave);
    m_import->setVisible(p == CheckPage);
    m_import->setEnabled(p == CheckPage && m_checked);
    m_import->setText(m_checked
                          ? RegisterUiTr::tr("&Import %Ln Assets", nullptr, int(m_report.rows))
                          : RegisterUiTr::tr("&Import"));
    (p == CheckPage ? m_import : m_next)->setDefault(true);
}

void ImportDialog::reject()
{
    if (isRunning()) {
        m_progress->requestCancel();
        return;
    }
    QDialog::reject();
}

} // namespace igw
