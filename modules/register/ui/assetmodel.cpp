#include "register/ui/assetmodel.h"

#include "register/assets.h"
#include "register/ui/registeruitr.h"
#include "widgets/icons.h"
#include "workspace/directory.h"
#include "workspace/workspace.h"

#include <QLocale>
#include <QTimer>

namespace igw {

namespace {

QString yesNo(const QVariant &flag)
{
    return flag.toInt() != 0 ? RegisterUiTr::tr("Yes") : RegisterUiTr::tr("No");
}

QString dateText(const QVariant &iso)
{
    const QDate date = QDate::fromString(iso.toString(), Qt::ISODate);
    if (!date.isValid())
        return iso.toString();
    return QLocale().toString(date, QLocale::ShortFormat);
}

ReviewState stateOf(const AssetTableRow &row, const QDate &today)
{
    // A disposed asset has nothing left to review.
    if (row.values.value(assetSelect::Status).toString() == QLatin1String("disposed"))
        return ReviewState::NotSet;
    return reviewState(row.values.value(assetSelect::NextReview), today,
                       assetFilters::ReviewSoonDays);
}

} // namespace

AssetModel::AssetModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(&workspace)
    , m_today(QDate::currentDate())
    , m_query(workspace.database())
{
    connect(&workspace, &Workspace::recordChanged, this, [this](const QString &table) {
        if (table == kinds::asset().table || table == kinds::person().table)
            scheduleRefresh();
    });
    reset();
}

void AssetModel::setFilter(const AssetFilter &filter)
{
    m_filter = filter;
    refresh();
}

void AssetModel::setToday(const QDate &today)
{
    m_today = today;
    refresh();
}

void AssetModel::refresh()
{
    m_refreshQueued = false;
    beginResetModel();
    reset();
    endResetModel();
}

void AssetModel::scheduleRefresh()
{
    // Many changes in one go (a bulk edit, an undo of one) reset the table once.
    if (m_refreshQueued)
        return;
    m_refreshQueued = true;
    QTimer::singleShot(0, this, [this] {
        if (m_refreshQueued)
            refresh();
    });
}

void AssetModel::reset()
{
    m_pages.clear();
    m_pageStarts.clear();
    m_error.clear();
    m_count = 0;
    if (!m_workspace)
        return;
    const AssetCondition condition = assetFilters::toSql(m_filter, *m_workspace, m_today);
    m_query.setFilter(condition.where, condition.binds);
    const qint64 n = m_query.count();
    if (n < 0) {
        fail(m_query.errorString());
        return;
    }
    m_count = int(n);
}

void AssetModel::fail(const QString &message) const
{
    m_error = message;
    qWarning("asset register: %s", qPrintable(message));
    // Queued: data() may be running inside a paint event.
    auto *self = const_cast<AssetModel *>(this);
    QMetaObject::invokeMethod(
        self, [self, message] { emit self->queryFailed(message); }, Qt::QueuedConnection);
}

void AssetModel::storePage(int number, QList<AssetTableRow> rows) const
{
    if (rows.size() == PageSize)
        m_pageStarts.insert(number + 1, rows.constLast().key);
    if (m_pages.size() >= CachedPages) {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (it->lastUse < oldest->lastUse)
                oldest = it;
        }
        m_pages.erase(oldest);
    }
    m_pages.insert(number, Page{std::move(rows), ++m_useCounter});
}

bool AssetModel::loadPage(int number) const
{
    std::optional<AssetRowKey> start;
    if (number > 0) {
        if (!m_pageStarts.contains(number)) {
            // Walk on from a nearby page whose start is known; seek only for a far jump.
            int known = 0;
            for (auto it = m_pageStarts.cbegin(); it != m_pageStarts.cend(); ++it) {
                if (it.key() < number && it.key() > known)
                    known = it.key();
            }
            constexpr int WalkLimit = 4;
            if (number - known <= WalkLimit) {
                for (int p = known; p < number; ++p) {
                    if (m_pageStarts.contains(p + 1))
                        continue;
                    if (!loadPage(p) || !m_pageStarts.contains(p + 1))
                        return false;
                }
            } else {
                const std::optional<AssetRowKey> key =
                    m_query.keyAt(qint64(number) * PageSize - 1, m_count, PageSize);
                if (!key) {
                    if (!m_query.errorString().isEmpty())
                        fail(m_query.errorString());
                    return false;
                }
                m_pageStarts.insert(number, *key);
            }
        }
        start = m_pageStarts.value(number);
    }
    QList<AssetTableRow> rows = m_query.fetch(start, PageSize);
    if (!m_query.errorString().isEmpty()) {
        fail(m_query.errorString());
        return false;
    }
    storePage(number, std::move(rows));
    return true;
}

const AssetModel::Page *AssetModel::page(int number) const
{
    auto it = m_pages.find(number);
    if (it == m_pages.end()) {
        if (!loadPage(number))
            return nullptr;
        it = m_pages.find(number);
        if (it == m_pages.end())
            return nullptr;
    }
    it->lastUse = ++m_useCounter;
    return &*it;
}

const AssetTableRow *AssetModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const Page *p = page(row / PageSize);
    if (!p)
        return nullptr;
    const int offset = row % PageSize;
    return offset < p->rows.size() ? &p->rows.at(offset) : nullptr;
}

qint64 AssetModel::idAt(int row) const
{
    const AssetTableRow *r = rowAt(row);
    return r ? r->values.value(assetSelect::Id).toLongLong() : 0;
}

int AssetModel::rowOfId(qint64 id) const
{
    if (id <= 0)
        return -1;
    // Cached pages first: the common case (the row in view) needs no query.
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (int i = 0; i < it->rows.size(); ++i) {
            if (it->rows.at(i).key.id == id)
                return it.key() * PageSize + i;
        }
    }
    const qint64 row = m_query.rowOf(id, m_count);
    if (row < 0 && !m_query.errorString().isEmpty())
        fail(m_query.errorString());
    return row >= 0 && row < m_count ? int(row) : -1;
}

int AssetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int AssetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : assetTable::count();
}

QString AssetModel::text(const AssetTableRow &row, AssetTableColumn column) const
{
    const AssetTableColumnInfo &info = assetTable::info(column);
    const QVariant value = row.values.value(info.select);
    switch (column) {
    case AssetTableColumn::Classification:
        return value.isNull() ? QString()
                              : choices::label(choices::securityClassification(), value.toString());
    case AssetTableColumn::PersonalData:
    case AssetTableColumn::SpecialCategory:
    case AssetTableColumn::CriminalOffence:
        return yesNo(value);
    case AssetTableColumn::Criticality:
        return value.isNull() ? QString()
                              : choices::label(choices::criticality(), value.toString());
    case AssetTableColumn::Status:
        return choices::label(choices::assetStatus(), value.toString());
    case AssetTableColumn::LawfulBasis:
        return value.isNull() ? QString()
                              : choices::label(choices::lawfulBasis(), value.toString());
    case AssetTableColumn::LastReview:
        return dateText(value);
    case AssetTableColumn::NextReview:
        switch (stateOf(row, m_today)) {
        case ReviewState::Overdue:
            return RegisterUiTr::tr("%1 — Overdue").arg(dateText(value));
        case ReviewState::DueSoon:
            return RegisterUiTr::tr("%1 — Due soon").arg(dateText(value));
        case ReviewState::NotSet:
        case ReviewState::Ok:
            break;
        }
        return dateText(value);
    default:
        return value.toString();
    }
}

QVariant AssetModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() >= assetTable::count())
        return {};
    const AssetTableRow *row = rowAt(index.row());
    if (!row)
        return {};
    const auto column = AssetTableColumn(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return text(*row, column);
    case Qt::ToolTipRole:
        if (column == AssetTableColumn::NextReview) {
            switch (stateOf(*row, m_today)) {
            case ReviewState::Overdue:
                return RegisterUiTr::tr("The review of this asset is overdue.");
            case ReviewState::DueSoon:
                return RegisterUiTr::tr("The review of this asset is due within %n days.", nullptr,
                                        assetFilters::ReviewSoonDays);
            default:
                break;
            }
        }
        return {};
    case Qt::DecorationRole:
        if (column == AssetTableColumn::NextReview) {
            switch (stateOf(*row, m_today)) {
            case ReviewState::Overdue:
                return icon(QStringLiteral("warning"));
            case ReviewState::DueSoon:
                return icon(QStringLiteral("information"));
            default:
                break;
            }
        }
        return {};
    case RecordIdRole:
        return row->values.value(assetSelect::Id);
    case RecordRefRole:
        return row->values.value(assetSelect::Ref);
    case ReviewStateRole:
        return int(stateOf(*row, m_today));
    case StoredValueRole:
        switch (column) {
        case AssetTableColumn::Owner:
            return row->values.value(assetSelect::OwnerId);
        case AssetTableColumn::Administrator:
            return row->values.value(assetSelect::AdministratorId);
        default:
            return row->values.value(assetTable::info(column).select);
        }
    default:
        return {};
    }
}

QVariant AssetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < m_count)
            return section + 1;
        return {};
    }
    if (section < 0 || section >= assetTable::count())
        return {};
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
        return assetTable::info(section).label;
    return {};
}

Qt::ItemFlags AssetModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

void AssetModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= assetTable::count())
        return;
    beginResetModel();
    m_query.setSort(AssetTableColumn(column), order);
    reset();
    endResetModel();
}

QHash<int, QByteArray> AssetModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RecordIdRole, "recordId");
    names.insert(ReviewStateRole, "reviewState");
    names.insert(StoredValueRole, "storedValue");
    names.insert(RecordRefRole, "recordRef");
    return names;
}

} // namespace igw
