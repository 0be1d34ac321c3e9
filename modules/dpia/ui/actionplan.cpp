#include "dpia/ui/actionplan.h"

#include "dpia/dpiarecords.h"
#include "dpia/ui/actionplanexport.h"
#include "dpia/ui/actionplanmodel.h"
#include "dpia/ui/dpiauitexts.h"
#include "dpia/ui/dpiauitr.h"
#include "workspace/directory.h"
#include "workspace/ui/formhelpers.h"
#include "workspace/ui/recordeditor.h"
#include "workspace/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace igw {

ActionPlan::ActionPlan(RecordEditor &editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_model(new ActionPlanModel(editor.workspace(), this))
    , m_proxy(new ActionPlanFilterModel(m_model, this))
    , m_reloadTimer(new QTimer(this))
    , m_mine(new QCheckBox(DpiaUiTr::tr("Only &mine"), this))
    , m_me(new QComboBox(this))
    , m_open(new QCheckBox(DpiaUiTr::tr("&Open only"), this))
    , m_overdue(new QCheckBox(DpiaUiTr::tr("O&verdue only"), this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
    , m_export(new QPushButton(DpiaUiTr::tr("E&xport CSV…"), this))
{
    setObjectName(QStringLiteral("dpiaActionPlan"));
    m_mine->setObjectName(QStringLiteral("actionPlanMine"));
    m_me->setObjectName(QStringLiteral("actionPlanMe"));
    m_open->setObjectName(QStringLiteral("actionPlanOpenOnly"));
    m_overdue->setObjectName(QStringLiteral("actionPlanOverdueOnly"));
    m_view->setObjectName(QStringLiteral("actionPlanTable"));
    m_count->setObjectName(QStringLiteral("actionPlanCount"));
    m_export->setObjectName(QStringLiteral("actionPlanExport"));
    m_mine->setToolTip(DpiaUiTr::tr("Only the measures owned by the person chosen in \"I am\""));
    m_open->setToolTip(DpiaUiTr::tr("Hide the measures that are done"));
    m_overdue->setToolTip(DpiaUiTr::tr("Only measures past their due date and not done"));
    m_export->setToolTip(DpiaUiTr::tr("Save the rows shown, in this order, as a CSV file"));
    m_me->setAccessibleName(DpiaUiTr::tr("I am"));
    m_me->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_view->setModel(m_proxy);
    m_view->setAccessibleName(DpiaUiTr::tr("Action plan: measures of every DPIA"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setSortingEnabled(true);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    const QFontMetrics metrics = m_view->fontMetrics();
    const int ch = metrics.averageCharWidth();
    const QList<QPair<int, int>> widths{
        {ActionPlanModel::Dpia, 26},   {ActionPlanModel::Risk, 22},  {ActionPlanModel::Measure, 26},
        {ActionPlanModel::Effect, 10}, {ActionPlanModel::Owner, 15}, {ActionPlanModel::Status, 11}};
    for (const auto &w : widths)
        m_view->horizontalHeader()->resizeSection(w.first, w.second * ch + 16);
    // Dates and the timing words whole: they are what the plan is read for.
    m_view->horizontalHeader()->resizeSection(
        ActionPlanModel::Due,
        metrics.horizontalAdvance(dpiaUiText::dateText(QDate(2030, 12, 30))) + 24);
    QFont bold = m_view->font();
    bold.setBold(true);
    m_view->horizontalHeader()->resizeSection(
        ActionPlanModel::Timing, QFontMetrics(bold).horizontalAdvance(dpiaUiText::timingText(
                                     QDate(2030, 1, 1), QDate(2030, 12, 31))) +
                                     24);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(metrics.height() + 8);
    m_view->sortByColumn(ActionPlanModel::Due, Qt::AscendingOrder);

    auto *meLabel = new QLabel(DpiaUiTr::tr("I &am:"), this);
    meLabel->setBuddy(m_me);
    auto *filters = new QHBoxLayout;
    filters->addWidget(meLabel);
    filters->addWidget(m_me);
    filters->addWidget(m_mine);
    filters->addSpacing(12);
    filters->addWidget(m_open);
    filters->addWidget(m_overdue);
    filters->addStretch(1);
    filters->addWidget(m_export);
    auto *intro = new QLabel(
        DpiaUiTr::tr("Every measure of every DPIA. Press Enter or double-click a row to open it "
                     "in its DPIA's risk register."),
        this);
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);

    setTabOrder(m_me, m_mine);
    setTabOrder(m_mine, m_open);
    setTabOrder(m_open, m_overdue);
    setTabOrder(m_overdue, m_export);
    setTabOrder(m_export, m_view);

    for (QCheckBox *box : {m_mine, m_open, m_overdue})
        connect(box, &QCheckBox::toggled, this, &ActionPlan::applyFilter);
    connect(m_me, &QComboBox::currentIndexChanged, this, [this] {
        // Choosing someone means "show theirs".
        if (m_me->currentData().isValid() && !m_mine->isChecked())
            m_mine->setChecked(true);
        else
            applyFilter();
    });
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        emit measureActivated(index.data(ActionPlanModel::DpiaIdRole).toLongLong(),
                              index.data(ActionPlanModel::RiskIdRole).toLongLong(),
                              index.data(ActionPlanModel::MeasureIdRole).toLongLong());
    });
    connect(m_export, &QPushButton::clicked, this, &ActionPlan::exportCsv);

    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(0);
    connect(m_reloadTimer, &QTimer::timeout, this, &ActionPlan::reload);
    connect(&editor.workspace(), &Workspace::recordChanged, this, [this](const QString &table) {
        if (table == kinds::person().table)
            refreshPeople();
        if (table == kinds::measure().table || table == kinds::risk().table ||
            table == kinds::dpia().table || table == kinds::person().table)
            m_reloadTimer->start();
    });

    refreshPeople();
    // Start with the user's own measures chosen when their name is in the directory.
    const int me = m_me->findText(editor.workspace().userName(), Qt::MatchStartsWith);
    if (me > 0) {
        const QSignalBlocker blocker(m_me);
        m_me->setCurrentIndex(me);
    }
    reload();
}

void ActionPlan::refreshPeople()
{
    forms::fillPeople(m_me, m_editor.workspace(), DpiaUiTr::tr("(choose a person)"));
}

void ActionPlan::reload()
{
    m_reloadTimer->stop();
    QString error;
    if (!m_model->reload(&error))
        qWarning("Action plan not read: %s", qPrintable(error));
    applyFilter();
}

void ActionPlan::applyFilter()
{
    ActionPlanFilter f;
    if (m_mine->isChecked() && m_me->currentData().isValid()) {
        f.ownerPersonId = m_me->currentData().toLongLong();
        // The name without the reference, "Jane Smith (PE-0004)" -> "Jane Smith".
        const QString label = m_me->currentText();
        const qsizetype bracket = label.lastIndexOf(QLatin1String(" ("));
        f.ownerName = bracket > 0 ? label.left(bracket) : label;
    }
    f.openOnly = m_open->isChecked();
    f.overdueOnly = m_overdue->isChecked();
    m_proxy->setFilter(f);
    updateCount();
}

void ActionPlan::updateCount()
{
    int overdue = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        overdue += m_model->isOverdue(m_model->itemAt(row)) ? 1 : 0;
    const QLocale locale;
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    const QString measures =
        shown == total
            ? (total == 1 ? DpiaUiTr::tr("1 measure")
                          : DpiaUiTr::tr("%1 measures").arg(locale.toString(total)))
            : DpiaUiTr::tr("%1 of %2 measures").arg(locale.toString(shown), locale.toString(total));
    m_count->setText(
        overdue == 0
            ? DpiaUiTr::tr("%1; none overdue.").arg(measures)
            : DpiaUiTr::tr("%1; %2 overdue in all.").arg(measures, locale.toString(overdue)));
    m_export->setEnabled(shown > 0);
}

bool ActionPlan::exportCsv()
{
    return exportActionPlanInteractively(*m_proxy, this);
}

} // namespace igw
