#pragma once

#include "register/ui/assetfilters.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
class QToolButton;

namespace igw {

class AssetEditor;
class AssetModel;
class ColumnChooser;
class RecordEditor;
class ReviewStrip;

// The "Assets" page: the information asset register as a table that stays quick at
// 100,000 assets (search, built-in and saved filters, sorting by any column, a chooser for
// the columns), a reminder of overdue reviews, the form for the current asset, and bulk
// edits of the selected ones. Every change is an undo command.
class RegisterPage : public QWidget {
    Q_OBJECT
public:
    explicit RegisterPage(RecordEditor &editor, QWidget *parent = nullptr);

    AssetModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    AssetEditor *editor() const { return m_editor; }
    ColumnChooser *columnChooser() const { return m_columns; }
    ReviewStrip *reviewStrip() const { return m_strip; }

    bool hasUnappliedChanges() const;
    // Asks about unapplied edits; false when the user chose to stay.
    bool settle();

    // The ids of the selected rows, in table order.
    QList<qint64> selectedIds() const;
    // Shows the asset in the form (after asking about unapplied edits) and selects its row.
    void selectAsset(qint64 id);
    void showPreset(AssetPreset preset);
    void startNew();
    void deleteSelected();
    // Opens the bulk edit dialog (not modal to the application: it is window-modal and
    // returns at once) for the selected assets.
    void editSelected();
    // Applies the bulk edit as one undo step; false if it was refused or failed.
    bool applyBulkEdit(const QList<qint64> &ids, const QVariantMap &changes);

private:
    void buildToolbar();
    void buildTable();
    void applyFilter();
    void applySearchNow();
    void refillFilters(const QString &select = {});
    void onFilterChosen(int index);
    void saveFilter();
    void deleteFilter();
    void addColumnFilter(const QModelIndex &index);
    void showTableMenu(const QPoint &pos);
    void onCurrentRowChanged(const QModelIndex &current);
    void onAboutToReset();
    void onReset();
    void selectRow(int row);
    void highlight(qint64 id); // selects the asset's row without touching the form
    void updateSummary();
    void updateActions();
    void setDefaultColumnWidths();

    RecordEditor &m_recordEditor;
    AssetModel *m_model;
    AssetFilter m_filter;
    QList<SavedAssetFilter> m_saved;

    ReviewStrip *m_strip;
    QLineEdit *m_search;
    QTimer *m_searchTimer;
    QComboBox *m_filterCombo;
    QPushButton *m_saveFilter;
    QPushButton *m_deleteFilter;
    QToolButton *m_columnsButton;
    QPushButton *m_add;
    QPushButton *m_bulk;
    QPushButton *m_delete;
    QWidget *m_columnFilterBar;
    QLabel *m_columnFilterText;
    QTableView *m_view;
    ColumnChooser *m_columns;
    AssetEditor *m_editor;
    QLabel *m_count;

    bool m_syncing = false;
    qint64 m_keepId = 0;
    QList<qint64> m_keepSelection;
    int m_rowAfterReset = -1;
};

} // namespace igw
