#include "dpia/ui/dpiaversionsdialog.h"

#include "dpia/dpiarecords.h"
#include "dpia/questionbank.h"
#include "dpia/ui/dpiauitexts.h"
#include "dpia/ui/dpiauitr.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace igw {

namespace {

QString kindWord(versions::Change::Kind kind)
{
    switch (kind) {
    case versions::Change::Kind::Added:
        return DpiaUiTr::tr("Added");
    case versions::Change::Kind::Removed:
        return DpiaUiTr::tr("Removed");
    case versions::Change::Kind::Changed:
        return DpiaUiTr::tr("Changed");
    }
    return {};
}

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(text.size() > 80 ? text : QString());
    return item;
}

} // namespace

DpiaVersionsDialog::DpiaVersionsDialog(Workspace &workspace, qint64 dpiaId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_dpiaId(dpiaId)
    , m_list(new QTreeWidget(this))
    , m_older(new QComboBox(this))
    , m_newer(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("dpiaVersions"));
    m_list->setObjectName(QStringLiteral("versionList"));
    m_older->setObjectName(QStringLiteral("versionsOlder"));
    m_newer->setObjectName(QStringLiteral("versionsNewer"));
    m_summary->setObjectName(QStringLiteral("versionsSummary"));
    m_table->setObjectName(QStringLiteral("versionsDiff"));

    m_list->setHeaderLabels(
        {DpiaUiTr::tr("Version"), DpiaUiTr::tr("Frozen"), DpiaUiTr::tr("Frozen by")});
    m_list->setRootIsDecorated(false);
    m_list->setAccessibleName(DpiaUiTr::tr("Versions"));
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->setMaximumHeight(150);
    auto *listLabel = new QLabel(DpiaUiTr::tr("&Versions:"), this);
    listLabel->setBuddy(m_list);

    auto *olderLabel = new QLabel(DpiaUiTr::tr("&Compare"), this);
    olderLabel->setBuddy(m_older);
    auto *newerLabel = new QLabel(DpiaUiTr::tr("&with"), this);
    newerLabel->setBuddy(m_newer);
    m_older->setAccessibleName(DpiaUiTr::tr("Compare the older version"));
    m_newer->setAccessibleName(DpiaUiTr::tr("with the newer version"));
    auto *chooser = new QHBoxLayout;
    chooser->addWidget(olderLabel);
    chooser->addWidget(m_older);
    chooser->addWidget(newerLabel);
    chooser->addWidget(m_newer);
    chooser->addStretch(1);

    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({DpiaUiTr::tr("Change"), DpiaUiTr::tr("Area"),
                                        DpiaUiTr::tr("Item"), DpiaUiTr::tr("Before"),
                                        DpiaUiTr::tr("After")});
    m_table->setAccessibleName(DpiaUiTr::tr("Differences"));
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move within it
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(1, QHeaderView::Interactive);
    header->setSectionResizeMode(2, QHeaderView::Interactive);
    header->setSectionResizeMode(3, QHeaderView::Stretch);
    header->setSectionResizeMode(4, QHeaderView::Stretch);
    m_table->setColumnWidth(1, 160);
    m_table->setColumnWidth(2, 200);
    // Wrapped text needs its rows re-measured whenever a column's width changes.
    auto *remeasure = new QTimer(m_table);
    remeasure->setSingleShot(true);
    remeasure->setInterval(0);
    connect(remeasure, &QTimer::timeout, m_table, &QTableWidget::resizeRowsToContents);
    connect(header, &QHeaderView::sectionResized, remeasure, qOverload<>(&QTimer::start));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(listLabel);
    layout->addWidget(m_list);
    layout->addLayout(chooser);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    load();
    connect(m_older, &QComboBox::currentIndexChanged, this, &DpiaVersionsDialog::showDiff);
    connect(m_newer, &QComboBox::currentIndexChanged, this, &DpiaVersionsDialog::showDiff);
    showDiff();
    resize(980, 640);
}

QString DpiaVersionsDialog::versionName(int version) const
{
    if (version == currentVersion)
        return DpiaUiTr::tr("the current version %1 (status: %2)")
            .arg(m_currentNumber)
            .arg(dpiaUiText::statusText(m_currentStatus));
    return DpiaUiTr::tr("version %1").arg(version);
}

void DpiaVersionsDialog::load()
{
    const auto dpia = m_workspace.records().get(kinds::dpia(), m_dpiaId);
    setWindowTitle(dpia ? DpiaUiTr::tr("Versions of %1").arg(dpiaUiText::dpiaLabel(*dpia))
                        : DpiaUiTr::tr("Versions"));
    m_currentNumber = dpia ? std::max(1, dpia->value(dpiaField::version).toInt()) : 0;
    m_currentStatus = dpia ? dpia->value(dpiaField::status).toString() : QString();
    m_versions = versions::list(m_workspace, m_dpiaId);

    const QLocale locale;
    m_list->clear();
    for (const DpiaVersionInfo &v : std::as_const(m_versions))
        new QTreeWidgetItem(
            m_list, {DpiaUiTr::tr("Version %1").arg(v.version),
                     locale.toString(v.frozenAt.toLocalTime(), QLocale::ShortFormat), v.frozenBy});
    if (dpia)
        new QTreeWidgetItem(m_list, {DpiaUiTr::tr("Current: version %1 (%2)")
                                         .arg(m_currentNumber)
                                         .arg(dpiaUiText::statusText(m_currentStatus)),
                                     DpiaUiTr::tr("not frozen"), QString()});

    for (QComboBox *combo : {m_older, m_newer}) {
        const QSignalBlocker block(combo);
        combo->clear();
        for (const DpiaVersionInfo &v : std::as_const(m_versions))
            combo->addItem(DpiaUiTr::tr("Version %1 (frozen)").arg(v.version), v.version);
        if (dpia)
            combo->addItem(DpiaUiTr::tr("Current version %1").arg(m_currentNumber), currentVersion);
    }
    // The usual question: what changed since the last approval.
    m_older->setCurrentIndex(m_versions.isEmpty() ? 0 : int(m_versions.size()) - 1);
    m_newer->setCurrentIndex(m_newer->count() - 1);
    const bool canCompare = m_older->count() >= 2;
    m_older->setEnabled(canCompare);
    m_newer->setEnabled(canCompare);
}

std::optional<QJsonObject> DpiaVersionsDialog::snapshotOf(int version, QString *error) const
{
    return version == currentVersion ? versions::snapshot(m_workspace, m_dpiaId, error)
                                     : versions::load(m_workspace, m_dpiaId, version, error);
}

void DpiaVersionsDialog::compare(int older, int newer)
{
    const int o = m_older->findData(older);
    const int n = m_newer->findData(newer);
    {
        const QSignalBlocker b1(m_older);
        const QSignalBlocker b2(m_newer);
        if (o >= 0)
            m_older->setCurrentIndex(o);
        if (n >= 0)
            m_newer->setCurrentIndex(n);
    }
    showDiff();
}

void DpiaVersionsDialog::showDiff()
{
    m_changes.clear();
    m_table->setRowCount(0);
    if (m_versions.isEmpty()) {
        m_summary->setText(DpiaUiTr::tr("No version is frozen yet. A version is frozen when the "
                                        "DPIA is approved; then what changes afterwards can be "
                                        "compared with it."));
        return;
    }
    const int older = m_older->currentData().toInt();
    const int newer = m_newer->currentData().toInt();
    if (older == newer) {
        m_summary->setText(DpiaUiTr::tr("Choose two different versions to compare."));
        return;
    }
    QString error;
    const auto a = snapshotOf(older, &error);
    const auto b = a ? snapshotOf(newer, &error) : std::nullopt;
    if (!a || !b) {
        m_summary->setText(DpiaUiTr::tr("The versions could not be read: %1").arg(error));
        return;
    }
    // Questions are labelled as the newer version's bank words them.
    const QString bankVersion = b->value(QStringLiteral("bank_version")).toString();
    const QuestionBank bank =
        questionBankVersion(m_workspace, bankVersion).value_or(currentQuestionBank(m_workspace));
    m_changes = versions::diff(*a, *b, bank);
    m_table->setRowCount(int(m_changes.size()));
    for (int row = 0; row < m_changes.size(); ++row) {
        const versions::Change &c = m_changes.at(row);
        m_table->setItem(row, 0, cell(kindWord(c.kind)));
        m_table->setItem(row, 1, cell(c.area));
        m_table->setItem(row, 2, cell(c.item));
        m_table->setItem(row, 3, cell(c.before));
        m_table->setItem(row, 4, cell(c.after));
    }
    m_table->resizeRowsToContents();
    const QString between =
        DpiaUiTr::tr("between %1 and %2").arg(versionName(older), versionName(newer));
    m_summary->setText(m_changes.isEmpty() ? DpiaUiTr::tr("No differences %1.").arg(between)
                       : m_changes.size() == 1
                           ? DpiaUiTr::tr("1 difference %1.").arg(between)
                           : DpiaUiTr::tr("%1 differences %2.").arg(m_changes.size()).arg(between));
}

QString DpiaVersionsDialog::summary() const
{
    return m_summary->text();
}

void DpiaVersionsDialog::run(Workspace &workspace, qint64 dpiaId, QWidget *parent)
{
    DpiaVersionsDialog dialog(workspace, dpiaId, parent);
    dialog.exec();
}

} // namespace igw
