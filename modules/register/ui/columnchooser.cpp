#include "register/ui/columnchooser.h"

#include "register/ui/registeruitr.h"

#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QTableView>

namespace igw {

ColumnChooser::ColumnChooser(QTableView *view, const QList<Column> &columns,
                             const QString &settingsKey, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_columns(columns)
    , m_key(settingsKey)
    , m_menu(new QMenu(view))
{
    m_menu->setObjectName(QStringLiteral("columnMenu"));
    m_menu->setTitle(RegisterUiTr::tr("Columns"));
    for (int i = 0; i < m_columns.size(); ++i) {
        QAction *action = m_menu->addAction(m_columns.at(i).label);
        action->setObjectName(QStringLiteral("column_") + m_columns.at(i).key);
        action->setCheckable(true);
        action->setEnabled(!m_columns.at(i).required);
        connect(action, &QAction::toggled, this, [this, i](bool on) {
            setColumnVisible(i, on);
            save();
        });
    }
    m_menu->addSeparator();
    QAction *reset = m_menu->addAction(RegisterUiTr::tr("Show the usual columns"));
    reset->setObjectName(QStringLiteral("columnReset"));
    connect(reset, &QAction::triggered, this, [this] {
        resetToDefaults();
        save();
    });

    QHeaderView *header = m_view->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this,
            [this, header](const QPoint &pos) { m_menu->popup(header->mapToGlobal(pos)); });

    const QSettings settings;
    if (settings.contains(m_key))
        apply(settings.value(m_key).toStringList());
    else
        resetToDefaults();
}

void ColumnChooser::apply(const QStringList &hidden)
{
    for (int i = 0; i < m_columns.size(); ++i)
        setColumnVisible(i, m_columns.at(i).required || !hidden.contains(m_columns.at(i).key));
}

void ColumnChooser::resetToDefaults()
{
    for (int i = 0; i < m_columns.size(); ++i)
        setColumnVisible(i, m_columns.at(i).required || m_columns.at(i).visibleByDefault);
}

void ColumnChooser::setColumnVisible(int column, bool visible)
{
    if (column < 0 || column >= m_columns.size())
        return;
    m_view->setColumnHidden(column, !visible);
    QAction *action = m_menu->actions().value(column);
    if (action && action->isChecked() != visible) {
        const QSignalBlocker blocker(action);
        action->setChecked(visible);
    }
}

bool ColumnChooser::isColumnVisible(int column) const
{
    return !m_view->isColumnHidden(column);
}

void ColumnChooser::save() const
{
    QStringList hidden;
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_view->isColumnHidden(i))
            hidden << m_columns.at(i).key;
    }
    QSettings settings;
    settings.setValue(m_key, hidden);
}

} // namespace igw
