#include "retention/ui/checkspanel.h"

#include "register/assets.h"
#include "register/ui/recordbatchcommand.h"
#include "retention/flags.h"
#include "retention/retentionclasses.h"
#include "retention/ui/lazyrefresh.h"
#include "retention/ui/retentionuitr.h"
#include "workspace/ui/recordcommands.h"
#include "workspace/ui/recordeditor.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

namespace igw {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
constexpr int KindRole = Qt::UserRole + 2; // 1: class, 2: asset
} // namespace

ChecksPanel::ChecksPanel(RecordEditor &editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_class(new QComboBox(this))
    , m_assign(new QPushButton(RetentionUiTr::tr("&Give Selected Assets This Class"), this))
{
    setObjectName(QStringLiteral("checksPanel"));
    m_summary->setObjectName(QStringLiteral("checksSummary"));
    m_list->setObjectName(QStringLiteral("checksList"));
    m_class->setObjectName(QStringLiteral("checksClass"));
    m_assign->setObjectName(QStringLiteral("checksAssign"));
    m_list->setAccessibleName(RetentionUiTr::tr("Retention checks"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setHeaderLabels({RetentionUiTr::tr("Record"), RetentionUiTr::tr("Why and what to do")});
    m_list->header()->setStretchLastSection(true);
    m_list->setWordWrap(true);
    m_class->setAccessibleName(RetentionUiTr::tr("Class to give"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    auto *classLabel = new QLabel(RetentionUiTr::tr("C&lass:"), this);
    classLabel->setBuddy(m_class);
    auto *row = new QHBoxLayout;
    row->addWidget(classLabel);
    row->addWidget(m_class, 1);
    row->addWidget(m_assign);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addLayout(row);

    connect(m_assign, &QPushButton::clicked, this,
            [this] { assignClass(selectedAssets(), m_class->currentData().toLongLong()); });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, [this] {
        m_assign->setEnabled(!selectedAssets().isEmpty() && !m_editor.isReadOnly());
    });
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item->data(0, KindRole).toInt() == 1)
            emit classRequested(item->data(0, IdRole).toLongLong());
    });
    auto *lazy = new LazyRefresh(this, [this] { refresh(); });
    connect(&m_editor.workspace(), &Workspace::recordChanged, this, [lazy](const QString &table) {
        if (table == kinds::asset().table || table == kinds::retentionClass().table ||
            table == QLatin1String("activities"))
            lazy->markStale();
    });
}

QList<qint64> ChecksPanel::selectedAssets() const
{
    QList<qint64> out;
    for (const QTreeWidgetItem *item : m_list->selectedItems())
        if (item->data(0, KindRole).toInt() == 2)
            out << item->data(0, IdRole).toLongLong();
    return out;
}

void ChecksPanel::refresh()
{
    m_list->clear();
    QString error;
    const RetentionFlags flags = retentionFlags(m_editor.workspace(), &error);
    m_total = flags.total();
    const auto group = [this](const QString &title, const QList<FlaggedRecord> &records, int kind) {
        auto *head = new QTreeWidgetItem(m_list);
        head->setText(0, RetentionUiTr::tr("%1 (%2)").arg(title).arg(records.size()));
        head->setFlags(Qt::ItemIsEnabled);
        QFont bold = head->font(0);
        bold.setBold(true);
        head->setFont(0, bold);
        for (const FlaggedRecord &r : records) {
            auto *item = new QTreeWidgetItem(head);
            item->setText(0, RetentionUiTr::tr("%1 %2").arg(r.ref, r.name));
            item->setText(1, r.detail);
            item->setToolTip(1, r.detail);
            item->setData(0, IdRole, r.id);
            item->setData(0, KindRole, kind);
        }
    };
    group(RetentionUiTr::tr("Live assets without a retention class"), flags.assetsWithoutClass, 2);
    group(RetentionUiTr::tr("Personal data kept permanently without an authority"),
          flags.permanentWithoutAuthority, 2);
    group(RetentionUiTr::tr("Classes nothing uses"), flags.unusedClasses, 1);
    m_list->expandAll();
    m_list->setColumnWidth(0, 360);
    m_summary->setText(!error.isEmpty()
                           ? RetentionUiTr::tr("The checks could not be run: %1").arg(error)
                       : m_total == 0 ? RetentionUiTr::tr("Nothing to look at: every live "
                                                          "asset has a class, and every class "
                                                          "is used.")
                                      : RetentionUiTr::tr("%1 thing(s) to look at. Select "
                                                          "assets and give them a class below; "
                                                          "press Enter on a class to open it.")
                                            .arg(m_total));
    const qint64 chosen = m_class->currentData().toLongLong();
    m_class->clear();
    for (const Record &c :
         m_editor.workspace().records().list(kinds::retentionClass(), QStringLiteral("ref")))
        m_class->addItem(classTitle(c), c.id);
    m_class->setCurrentIndex(qMax(0, m_class->findData(chosen)));
    m_assign->setEnabled(!selectedAssets().isEmpty() && !m_editor.isReadOnly());
}

bool ChecksPanel::assignClass(const QList<qint64> &assetIds, qint64 classId)
{
    if (assetIds.isEmpty() || classId <= 0 || m_editor.isReadOnly())
        return false;
    Workspace &ws = m_editor.workspace();
    const QString text =
        RetentionUiTr::tr("Give %1 asset(s) a retention class").arg(assetIds.size());
    auto *batch = new RecordBatchCommand(ws, text);
    for (const qint64 id : assetIds)
        new UpdateRecordCommand(ws, kinds::asset(), id, {{assetField::retentionClassId, classId}},
                                text, batch);
    QPointer<RecordEditor> guard(&m_editor);
    const auto failed = std::make_shared<bool>(false);
    batch->setErrorHandler([guard, failed](const QString &error) {
        *failed = true;
        if (guard)
            emit guard->failed(error);
    });
    // A batch that fails is taken back and dropped by the stack: nothing half done stays.
    m_editor.undoStack().push(batch);
    if (*failed)
        return false;
    refresh();
    return true;
}

} // namespace igw
