#pragma once

#include <QObject>
#include <QStringList>

class QMenu;
class QTableView;

namespace igw {

// Which columns of a table are shown: a menu of check boxes (offered from the header's
// context menu and a toolbar button), remembered in QSettings under `settingsKey` as the
// list of hidden column keys.
class ColumnChooser : public QObject {
    Q_OBJECT
public:
    struct Column {
        QString key;
        QString label;
        bool visibleByDefault = true;
        bool required = false; // cannot be hidden
    };

    ColumnChooser(QTableView *view, const QList<Column> &columns, const QString &settingsKey,
                  QObject *parent = nullptr);

    QMenu *menu() const { return m_menu; }
    void setColumnVisible(int column, bool visible);
    bool isColumnVisible(int column) const;
    void resetToDefaults();

private:
    void apply(const QStringList &hidden);
    void save() const;

    QTableView *m_view;
    QList<Column> m_columns;
    QString m_key;
    QMenu *m_menu;
};

} // namespace igw
