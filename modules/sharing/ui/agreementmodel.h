#pragma once

#include <QAbstractTableModel>
#include <QDate>

namespace igw {

class Workspace;

// Every information sharing agreement as a row: reference, title, status in words, version,
// the partner organisations, signatures of the current version ("2 of 3"), the review date
// and how many checklist items are missing. A council holds a few hundred agreements, so the
// whole list is read at once and sorted by a proxy.
class AgreementModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Reference, Title, Status, Version, Partners, Signed, ReviewDate, Missing, Count };
    enum Role { AgreementIdRole = Qt::UserRole + 1, StatusKeyRole, SortRole };

    struct Row {
        qint64 id = 0;
        QString ref;
        QString title;
        QString status; // key
        int version = 1;
        QStringList partners;
        int parties = 0;
        int signedParties = 0;
        QDate reviewDate;
        int missing = 0;
    };

    explicit AgreementModel(Workspace &workspace, QObject *parent = nullptr);

    bool reload(QString *error);
    int rowOfId(qint64 id) const;
    const Row &rowAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Workspace &m_workspace;
    QList<Row> m_rows;
};

} // namespace igw
