#pragma once

#include "workspace/recordstore.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <functional>

namespace igw {

class Workspace;

// A read-only table of one kind's records: the reference, then the chosen fields. It
// reloads whenever the workspace reports a change to its table; edits go through the
// forms and undo commands, never through setData().
class RecordListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role { RecordIdRole = Qt::UserRole + 1, RecordRefRole };
    using Formatter = std::function<QString(const Record &)>;

    // `columns` are fields of `kind`, shown after the reference column.
    RecordListModel(Workspace &workspace, const RecordKind &kind, const QStringList &columns,
                    QObject *parent = nullptr);

    void setHeaderLabels(const QStringList &labels); // reference label first
    void setFormatter(const QString &field, Formatter formatter);
    void setOrderBy(const QString &field);
    // An SQL condition on the table's columns, e.g. "is_self = 0".
    void setCondition(const QString &where, const QVariantList &binds = {});
    void reload();

    const RecordKind &kind() const { return m_kind; }
    Record recordAt(int row) const;
    int rowOfId(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QString text(const Record &record, int column) const;

    QPointer<Workspace> m_workspace;
    RecordKind m_kind;
    QStringList m_columns;
    QStringList m_labels;
    QHash<QString, Formatter> m_formatters;
    QString m_orderBy;
    QString m_where;
    QVariantList m_binds;
    QList<Record> m_records;
};

} // namespace igw
