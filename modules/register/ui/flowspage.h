#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace igw {

class Banner;
class FlowEditor;
class FlowFilterModel;
class FlowMap;
class FlowModel;
class RecordEditor;

// The information flows of the register: a List tab (filterable table beside the flow
// form, with Add and Delete) and a Map tab. Every change goes through the RecordEditor.
class FlowsPage : public QWidget {
    Q_OBJECT
public:
    explicit FlowsPage(RecordEditor &editor, QWidget *parent = nullptr);

    // Shows only the flows that touch the asset (0: all flows again) and selects the
    // first; the map highlights the asset.
    void showAsset(qint64 assetId);
    void selectFlow(qint64 flowId);
    void addFlow();
    void deleteCurrent();

    FlowModel *model() const { return m_model; }
    FlowEditor *editor() const { return m_form; }
    FlowMap *map() const { return m_map; }
    QTableView *list() const { return m_view; }
    QTabWidget *tabs() const { return m_tabs; }

private:
    void onCurrentRowChanged();
    void onModelReset();
    void selectRowOf(qint64 id);
    void updateButtons();

    RecordEditor &m_editor;
    FlowModel *m_model;
    FlowFilterModel *m_proxy;
    QTabWidget *m_tabs;
    QLineEdit *m_search;
    Banner *m_assetBanner;
    QPushButton *m_showAll;
    QTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_delete;
    FlowEditor *m_form;
    FlowMap *m_map;
    bool m_ignoreSelection = false;
};

} // namespace igw
