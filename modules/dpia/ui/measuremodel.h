#pragma once

#include "workspace/recordstore.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

namespace igw {

// The measures of one risk (or of the whole DPIA) as a read-only table; the measures
// panel refills it.
class MeasureModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Title, Effect, Owner, Due, Approved, Status, ColumnCount };
    enum Role { MeasureIdRole = Qt::UserRole + 1 };

    explicit MeasureModel(QObject *parent = nullptr);

    void setMeasures(const QList<Record> &measures, const QHash<qint64, QString> &people);
    const QList<Record> &measures() const { return m_measures; }
    int rowOfId(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString text(const Record &measure, int column) const;

    QList<Record> m_measures;
    QHash<qint64, QString> m_people;
    QDate m_today;
};

// The owner as a person reads it: the person's name, else the free-text name.
QString measureOwner(const Record &measure, const QHash<qint64, QString> &people);

} // namespace igw
