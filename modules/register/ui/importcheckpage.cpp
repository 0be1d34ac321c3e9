#include "register/ui/importcheckpage.h"

#include "register/assetimport.h"
#include "register/ui/importproblemsmodel.h"
#include "register/ui/registeruitr.h"
#include "widgets/validationlabel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace igw {

namespace {
constexpr int PeopleListed = 30;
}

ImportCheckPage::ImportCheckPage(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_status(new ValidationLabel(this))
    , m_problemsLabel(new QLabel(RegisterUiTr::tr("&Problems found:"), this))
    , m_showWarnings(new QCheckBox(RegisterUiTr::tr("Show &warnings"), this))
    , m_problemsView(new QTableView(this))
    , m_problems(new ImportProblemsModel(this))
    , m_more(new QLabel(this))
    , m_peopleBox(new QWidget(this))
    , m_people(new QLabel(m_peopleBox))
    , m_createPeople(
          new QCheckBox(RegisterUiTr::tr("&Add these people to the directory"), m_peopleBox))
    , m_recheck(new QPushButton(RegisterUiTr::tr("Check A&gain"), this))
{
    setObjectName(QStringLiteral("importCheck"));
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_problemsView->setObjectName(QStringLiteral("importProblems"));
    m_problemsView->setAccessibleName(RegisterUiTr::tr("Problems found"));
    m_problemsView->setModel(m_problems);
    m_problemsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problemsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problemsView->setWordWrap(true);
    m_problemsView->setTabKeyNavigation(false);
    m_problemsView->verticalHeader()->hide();
    m_problemsView->horizontalHeader()->setStretchLastSection(true);
    m_problemsView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_problemsView->setColumnWidth(ImportProblemsModel::RowColumn, 60);
    m_problemsView->setColumnWidth(ImportProblemsModel::SeverityColumn, 100);
    m_problemsView->setColumnWidth(ImportProblemsModel::SourceColumn, 150);
    m_problemsView->setColumnWidth(ImportProblemsModel::ValueColumn, 150);
    m_problemsLabel->setBuddy(m_problemsView);
    m_showWarnings->setObjectName(QStringLiteral("importShowWarnings"));
    m_showWarnings->setChecked(true);
    m_showWarnings->setToolTip(RegisterUiTr::tr("Warnings do not stop the import. Hide them "
                                                "to see the errors alone."));
    m_more->setObjectName(QStringLiteral("importMoreProblems"));
    m_people->setObjectName(QStringLiteral("importUnknownPeople"));
    m_people->setWordWrap(true);
    m_people->setTextFormat(Qt::PlainText);
    m_createPeople->setObjectName(QStringLiteral("importCreatePeople"));
    m_createPeople->setAccessibleDescription(
        RegisterUiTr::tr("The import adds them to the people directory, so the assets can "
                         "name them as owners and administrators."));
    m_recheck->setObjectName(QStringLiteral("importRecheck"));
    m_recheck->setToolTip(RegisterUiTr::tr("Read the file again, for instance after correcting "
                                           "it in your spreadsheet program."));

    auto *peopleLayout = new QVBoxLayout(m_peopleBox);
    peopleLayout->setContentsMargins(0, 0, 0, 0);
    peopleLayout->addWidget(m_people);
    peopleLayout->addWidget(m_createPeople);

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_recheck);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_peopleBox);
    auto *problemsBar = new QHBoxLayout;
    problemsBar->addWidget(m_problemsLabel, 1);
    problemsBar->addWidget(m_showWarnings);
    layout->addLayout(problemsBar);
    layout->addWidget(m_problemsView, 1);
    layout->addWidget(m_more);
    setTabOrder(m_recheck, m_createPeople);
    setTabOrder(m_createPeople, m_showWarnings);
    setTabOrder(m_showWarnings, m_problemsView);

    connect(m_createPeople, &QCheckBox::toggled, this, &ImportCheckPage::createPeopleToggled);
    connect(m_showWarnings, &QCheckBox::toggled, this, [this](bool on) {
        m_problems->setShowWarnings(on);
        m_problemsView->resizeRowsToContents();
    });
    connect(m_recheck, &QPushButton::clicked, this, &ImportCheckPage::recheckRequested);
    clear();
}

bool ImportCheckPage::createPeople() const
{
    return m_createPeople->isChecked();
}

void ImportCheckPage::clear()
{
    m_summary->setText(RegisterUiTr::tr("Checking every row…"));
    m_status->clear();
    m_problems->setProblems({});
    m_more->hide();
    m_peopleBox->hide();
}

void ImportCheckPage::showReport(const ImportReport &r)
{
    m_summary->setText(RegisterUiTr::tr("Rows read: %L1    Errors: %L2    Warnings: %L3")
                           .arg(r.rows)
                           .arg(r.errors)
                           .arg(r.warnings));
    m_problems->setProblems(r.problems);
    m_problemsView->resizeRowsToContents();
    const qint64 total = r.errors + r.warnings;
    qint64 errorsListed = 0;
    for (const ImportProblem &p : r.problems)
        errorsListed += p.error ? 1 : 0;
    // The importer keeps the first problems it meets: errors further down may be counted
    // but not listed.
    m_more->setText(errorsListed < r.errors
                        ? RegisterUiTr::tr("Only %L1 of the %L2 errors are listed. Correct "
                                           "these and press Check Again to see the rest.")
                              .arg(errorsListed)
                              .arg(r.errors)
                        : RegisterUiTr::tr("Listed: the first %L1 of %L2 problems.")
                              .arg(r.problems.size())
                              .arg(total));
    m_more->setVisible(total > r.problems.size());
    m_problemsLabel->setVisible(!r.problems.isEmpty());
    m_showWarnings->setVisible(r.warnings > 0);
    m_problemsView->setVisible(!r.problems.isEmpty());

    m_peopleBox->setVisible(!r.unknownPeople.isEmpty());
    QStringList names = r.unknownPeople.mid(0, PeopleListed);
    if (r.unknownPeople.size() > PeopleListed)
        names << RegisterUiTr::tr("and %L1 more").arg(r.unknownPeople.size() - PeopleListed);
    m_people->setText(
        RegisterUiTr::tr("Not in the people directory: %1.").arg(names.join(QStringLiteral("; "))));
}

void ImportCheckPage::showCheck(const ImportReport &r)
{
    showReport(r);
    QList<ValidationLabel::Message> messages;
    using Severity = ValidationLabel::Severity;
    if (!r.fatal.isEmpty())
        messages.append({Severity::Error, r.fatal});
    else if (r.cancelled)
        messages.append({Severity::Error, RegisterUiTr::tr("The check was cancelled. Press "
                                                           "Check Again to check the file.")});
    else if (r.errors > 0)
        messages.append(
            {Severity::Error, RegisterUiTr::tr("Nothing can be imported while there are errors. "
                                               "Correct them in the file and press Check Again, or "
                                               "go back and change the columns.")});
    else
        messages.append({Severity::Information,
                         RegisterUiTr::tr("No errors: press Import to add the %Ln assets.", nullptr,
                                          int(r.rows))});
    if (r.fatal.isEmpty() && !r.cancelled && r.errors == 0 && !r.unknownPeople.isEmpty() &&
        m_createPeople->isChecked())
        messages.append({Severity::Information,
                         RegisterUiTr::tr("The people not in the directory will be added to it.")});
    for (const QString &w : r.readerWarnings)
        messages.append({Severity::Warning, w});
    m_status->setMessages(messages);
}

void ImportCheckPage::showFailedImport(const ImportReport &r)
{
    showReport(r);
    QString why;
    if (r.cancelled)
        why = RegisterUiTr::tr("The import was cancelled. Nothing was written to the register.");
    else if (!r.fatal.isEmpty())
        why = RegisterUiTr::tr("The import failed, so nothing was written to the register: %1")
                  .arg(r.fatal);
    else
        why = RegisterUiTr::tr("The file changed after it was checked and now has errors, so "
                               "nothing was written to the register. Correct them and press "
                               "Check Again.");
    m_status->setMessages({{ValidationLabel::Severity::Error, why}});
}

} // namespace igw
