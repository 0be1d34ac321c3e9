#include "dpia/ui/measuremodel.h"

#include "dpia/dpiarecords.h"
#include "dpia/ui/dpiadata.h"
#include "dpia/ui/dpiauitexts.h"
#include "dpia/ui/dpiauitr.h"

namespace igw {

QString measureOwner(const Record &measure, const QHash<qint64, QString> &people)
{
    const qint64 person = measure.value(measureField::ownerPersonId).toLongLong();
    return person ? people.value(person) : measure.value(measureField::ownerName).toString();
}

MeasureModel::MeasureModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void MeasureModel::setMeasures(const QList<Record> &measures, const QHash<qint64, QString> &people)
{
    beginResetModel();
    m_measures = measures;
    m_people = people;
    m_today = QDate::currentDate();
    endResetModel();
}

int MeasureModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_measures.size(); ++row) {
        if (m_measures.at(row).id == id)
            return row;
    }
    return -1;
}

int MeasureModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_measures.size());
}

int MeasureModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MeasureModel::text(const Record &m, int column) const
{
    switch (column) {
    case Title:
        return m.value(measureField::title).toString();
    case Effect: {
        const QString effect = m.value(measureField::effect).toString();
        return effect.isEmpty() ? DpiaUiTr::tr("Not set")
                                : choices::label(choices::measureEffect(), effect);
    }
    case Owner:
        return measureOwner(m, m_people);
    case Due: {
        const QDate due = isoDate(m.value(measureField::dueDate));
        if (!due.isValid())
            return {};
        const bool done = m.value(measureField::status).toString() == QLatin1String("done");
        // Late work says so in words, not only by date.
        return done || due >= m_today
                   ? dpiaUiText::dateText(due)
                   : DpiaUiTr::tr("%1 — %2").arg(dpiaUiText::dateText(due),
                                                 dpiaUiText::timingText(due, m_today));
    }
    case Approved:
        return m.value(measureField::approved).toInt() == 1 ? DpiaUiTr::tr("Yes")
                                                            : DpiaUiTr::tr("No");
    case Status:
        return choices::label(choices::measureStatus(), m.value(measureField::status).toString());
    default:
        return {};
    }
}

QVariant MeasureModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_measures.size())
        return {};
    const Record &m = m_measures.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(m, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Title)
            return m.value(measureField::description).toString().isEmpty()
                       ? text(m, Title)
                       : m.value(measureField::description).toString();
        return {};
    case MeasureIdRole:
        return m.id;
    default:
        return {};
    }
}

QVariant MeasureModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title:
        return DpiaUiTr::tr("Measure");
    case Effect:
        return DpiaUiTr::tr("Effect");
    case Owner:
        return DpiaUiTr::tr("Owner");
    case Due:
        return DpiaUiTr::tr("Due");
    case Approved:
        return DpiaUiTr::tr("Approved");
    case Status:
        return DpiaUiTr::tr("Status");
    default:
        return {};
    }
}

} // namespace igw
