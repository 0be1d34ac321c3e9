#include "retention/ui/plannerpanel.h"

#include "register/assets.h"
#include "reports/disposalcertificate.h"
#include "retention/duedates.h"
#include "retention/retentionclasses.h"
#include "retention/ui/disposaldialog.h"
#include "retention/ui/lazyrefresh.h"
#include "retention/ui/retentionuitr.h"
#include "widgets/dialogs.h"
#include "workspace/workspace.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace igw {

namespace {
constexpr int AssetIdRole = Qt::UserRole + 1;
}

PlannerPanel::PlannerPanel(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_window(new QComboBox(this))
    , m_held(new QCheckBox(RetentionUiTr::tr("Show assets on &legal hold"), this))
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_chart(new QChartView(this))
    , m_confirm(new QPushButton(RetentionUiTr::tr("&Confirm Disposal…"), this))
    , m_hold(new QPushButton(RetentionUiTr::tr("Legal &Hold…"), this))
    , m_release(new QPushButton(RetentionUiTr::tr("&Release Hold"), this))
{
    setObjectName(QStringLiteral("plannerPanel"));
    m_window->setObjectName(QStringLiteral("plannerWindow"));
    m_held->setObjectName(QStringLiteral("plannerHeld"));
    m_summary->setObjectName(QStringLiteral("plannerSummary"));
    m_list->setObjectName(QStringLiteral("plannerList"));
    m_chart->setObjectName(QStringLiteral("plannerChart"));
    m_confirm->setObjectName(QStringLiteral("plannerConfirm"));
    m_hold->setObjectName(QStringLiteral("plannerHold"));
    m_release->setObjectName(QStringLiteral("plannerRelease"));
    m_window->addItem(RetentionUiTr::tr("Overdue"), int(PlannerWindow::Overdue));
    m_window->addItem(RetentionUiTr::tr("Due this month"), int(PlannerWindow::ThisMonth));
    m_window->addItem(RetentionUiTr::tr("Due this quarter"), int(PlannerWindow::ThisQuarter));
    m_window->addItem(RetentionUiTr::tr("Due this year"), int(PlannerWindow::ThisYear));
    m_window->setCurrentIndex(1);
    m_window->setAccessibleName(RetentionUiTr::tr("Show disposals"));
    m_list->setAccessibleName(RetentionUiTr::tr("Disposals due, by owner"));
    m_list->setHeaderLabels({RetentionUiTr::tr("Owner / asset"), RetentionUiTr::tr("Due"),
                             RetentionUiTr::tr("Then"), RetentionUiTr::tr("Class"),
                             RetentionUiTr::tr("Trigger")});
    m_list->setAlternatingRowColors(true);
    m_list->header()->setStretchLastSection(true);
    m_chart->setAccessibleName(RetentionUiTr::tr("Disposals due per month, next twelve months"));
    m_chart->setMinimumHeight(220);
    m_chart->setFocusPolicy(Qt::NoFocus);
    m_confirm->setToolTip(RetentionUiTr::tr("Record that the selected asset's records were "
                                            "destroyed or transferred, with a certificate"));
    m_hold->setToolTip(RetentionUiTr::tr("Suspend disposal of the selected asset, e.g. for "
                                         "litigation or an inquiry"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    buildChart();

    auto *windowLabel = new QLabel(RetentionUiTr::tr("&Show:"), this);
    windowLabel->setBuddy(m_window);
    auto *top = new QHBoxLayout;
    top->addWidget(windowLabel);
    top->addWidget(m_window);
    top->addWidget(m_held);
    top->addStretch(1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_confirm);
    buttons->addWidget(m_hold);
    buttons->addWidget(m_release);
    buttons->addStretch(1);
    auto *listBox = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listBox);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(top);
    listLayout->addWidget(m_summary);
    listLayout->addWidget(m_list, 1);
    listLayout->addLayout(buttons);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(listBox);
    split->addWidget(m_chart);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_window, &QComboBox::currentIndexChanged, this, &PlannerPanel::refresh);
    connect(m_held, &QCheckBox::toggled, this, &PlannerPanel::refresh);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &PlannerPanel::updateState);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] {
        if (m_confirm->isEnabled())
            m_confirm->click();
    });
    connect(m_confirm, &QPushButton::clicked, this, [this] {
        DisposalDialog dialog(m_workspace, currentAssetId(), this);
        if (dialog.exec() == QDialog::Accepted)
            confirm(dialog.request());
    });
    connect(m_hold, &QPushButton::clicked, this, [this] {
        const QString reason = Dialogs::getText(
            this, RetentionUiTr::tr("Legal Hold"),
            RetentionUiTr::tr("What is the asset held for? (the litigation, inquiry or request; "
                              "required)"));
        if (!reason.isNull())
            placeHold(currentAssetId(), reason);
    });
    connect(m_release, &QPushButton::clicked, this, [this] { releaseHold(currentAssetId()); });
    auto *lazy = new LazyRefresh(this, [this] { refresh(); });
    connect(&m_workspace, &Workspace::recordChanged, this, [lazy](const QString &table) {
        if (table == kinds::asset().table || table == kinds::retentionClass().table)
            lazy->markStale();
    });
}

void PlannerPanel::buildChart()
{
    auto *chart = new QChart;
    chart->setTitle(RetentionUiTr::tr("Disposals due per month"));
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    m_bars = new QBarSet(RetentionUiTr::tr("Due"));
    // A pattern as well as a colour, and the count on each bar.
    m_bars->setBrush(QBrush(QColor(31, 78, 121), Qt::Dense3Pattern));
    m_bars->setPen(QPen(QColor(31, 78, 121)));
    auto *series = new QBarSeries;
    series->append(m_bars);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    m_chart->setChart(chart);
    m_chart->setRenderHint(QPainter::Antialiasing);
}

void PlannerPanel::updateChart()
{
    QString error;
    const QDate today = QDate::currentDate();
    const QList<MonthCount> months = dueByMonth(m_workspace, today, 12, &m_overdue, &error);
    m_counts.clear();
    QStringList labels;
    const QLocale locale;
    m_bars->remove(0, m_bars->count());
    int top = 0;
    for (const MonthCount &m : months) {
        m_counts << m.count;
        labels << locale.toString(m.month, QStringLiteral("MMM yy"));
        m_bars->append(m.count);
        top = qMax(top, m.count);
    }
    QChart *chart = m_chart->chart();
    auto *x = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Horizontal).value(0));
    auto *y = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).value(0));
    if (x) {
        x->clear();
        x->append(labels);
    }
    if (y) {
        y->setRange(0, qMax(4, top + 1 + top / 5));
        y->setTickCount(qMin(6, qMax(2, top + 2)));
    }
    chart->setTitle(
        m_overdue > 0 ? RetentionUiTr::tr("Disposals due per month (and %1 overdue)").arg(m_overdue)
                      : RetentionUiTr::tr("Disposals due per month"));
}

void PlannerPanel::setWindow(PlannerWindow window)
{
    m_window->setCurrentIndex(qMax(0, m_window->findData(int(window))));
    refresh();
}

qint64 PlannerPanel::currentAssetId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, AssetIdRole).toLongLong() : 0;
}

bool PlannerPanel::selectAsset(qint64 assetId)
{
    for (QTreeWidgetItemIterator it(m_list); *it; ++it)
        if ((*it)->data(0, AssetIdRole).toLongLong() == assetId) {
            m_list->setCurrentItem(*it);
            return true;
        }
    return false;
}

QString PlannerPanel::summary() const
{
    return m_summary->text();
}

void PlannerPanel::refresh()
{
    const qint64 current = currentAssetId();
    m_list->clear();
    PlannerQuery query;
    query.window = PlannerWindow(m_window->currentData().toInt());
    query.includeHeld = m_held->isChecked();
    QString error;
    const QList<DueAsset> due = dueAssets(m_workspace, query, &error);
    const QLocale locale;
    for (const OwnerGroup &group : groupByOwner(due)) {
        auto *owner = new QTreeWidgetItem(m_list);
        owner->setText(0,
                       RetentionUiTr::tr("%1 (%2)").arg(group.ownerName).arg(group.assets.size()));
        owner->setFlags(Qt::ItemIsEnabled);
        QFont bold = owner->font(0);
        bold.setBold(true);
        owner->setFont(0, bold);
        for (const DueAsset &a : group.assets) {
            auto *item = new QTreeWidgetItem(owner);
            item->setData(0, AssetIdRole, a.assetId);
            item->setText(0, RetentionUiTr::tr("%1 %2").arg(a.assetRef, a.assetName));
            item->setText(1, a.onHold ? RetentionUiTr::tr("On hold (%1)").arg(a.holdReason)
                                      : locale.toString(a.due, QLocale::ShortFormat));
            item->setText(2, choices::label(choices::disposalAction(), a.action));
            item->setText(3, a.classRef);
            item->setText(4, locale.toString(a.trigger, QLocale::ShortFormat));
            for (int c = 0; c < 5; ++c)
                item->setToolTip(c, item->text(c));
            if (a.assetId == current)
                m_list->setCurrentItem(item);
        }
    }
    m_list->expandAll();
    m_list->setColumnWidth(0, 340);
    m_list->resizeColumnToContents(1);
    m_list->resizeColumnToContents(2);
    m_summary->setText(!error.isEmpty()
                           ? RetentionUiTr::tr("The planner could not be read: %1").arg(error)
                       : due.isEmpty() ? RetentionUiTr::tr("Nothing falls due in this period.")
                                       : RetentionUiTr::tr("%1 asset(s) %2.")
                                             .arg(due.size())
                                             .arg(m_window->currentIndex() == 0
                                                      ? RetentionUiTr::tr("are overdue for "
                                                                          "disposal")
                                                      : RetentionUiTr::tr("fall due")));
    updateChart();
    updateState();
}

void PlannerPanel::updateState()
{
    const qint64 id = currentAssetId();
    const auto asset = id ? m_workspace.records().get(kinds::asset(), id) : std::nullopt;
    const bool held = asset && asset->value(assetField::legalHold).toInt() == 1;
    const bool readOnly = m_workspace.isReadOnly();
    m_confirm->setEnabled(asset && !held && !readOnly);
    m_hold->setEnabled(asset && !held && !readOnly);
    m_release->setEnabled(asset && held && !readOnly);
}

std::optional<DisposalEntry> PlannerPanel::confirm(const DisposalRequest &request)
{
    QString error;
    const auto entry = confirmDisposal(m_workspace, request, &error);
    if (!entry) {
        Dialogs::warning(this, RetentionUiTr::tr("Disposal Not Recorded"), error);
        return std::nullopt;
    }
    refresh();
    emit disposalRecorded(entry->certificate);
    if (Dialogs::question(this, RetentionUiTr::tr("Disposal Recorded"),
                          RetentionUiTr::tr("The disposal is in the log as certificate %1. Save "
                                            "the certificate of destruction as PDF now? It can "
                                            "be saved later from the Disposal log tab.")
                              .arg(entry->certificate),
                          QMessageBox::Save | QMessageBox::Close,
                          QMessageBox::Save) == QMessageBox::Save) {
        const QString path = Dialogs::getSaveFileName(
            this, RetentionUiTr::tr("Save Certificate"),
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                .filePath(entry->certificate + QStringLiteral(".pdf")),
            RetentionUiTr::tr("PDF documents (*.pdf)"));
        if (!path.isEmpty() &&
            !writeDisposalCertificate(m_workspace, entry->certificate, path, &error))
            Dialogs::critical(this, RetentionUiTr::tr("Save Failed"), error);
    }
    return entry;
}

bool PlannerPanel::placeHold(qint64 assetId, const QString &reason)
{
    QString error;
    if (!placeLegalHold(m_workspace, assetId, reason, &error)) {
        Dialogs::warning(this, RetentionUiTr::tr("Hold Not Placed"), error);
        return false;
    }
    refresh();
    return true;
}

bool PlannerPanel::releaseHold(qint64 assetId)
{
    QString error;
    if (!releaseLegalHold(m_workspace, assetId, &error)) {
        Dialogs::warning(this, RetentionUiTr::tr("Hold Not Released"), error);
        return false;
    }
    refresh();
    return true;
}

} // namespace igw
