#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

namespace igw {

// The first rows of the file as they would be imported: one column per mapped asset field,
// headed with the field's name, in the register's column order.
class ImportPreviewModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit ImportPreviewModel(QObject *parent = nullptr);

    void setRows(const QStringList &headings, const QList<QStringList> &rows);
    // field -> source heading
    void setMapping(const QHash<QString, QString> &mapping);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Column {
        QString heading; // the field's
        QString sourceHeading;
        int source = -1;
    };
    void rebuild();

    QStringList m_headings;
    QList<QStringList> m_rows;
    QHash<QString, QString> m_mapping;
    QList<Column> m_columns;
};

} // namespace igw
