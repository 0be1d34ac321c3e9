#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace igw {

class FlowMapScene;
class FlowMapView;
class FlowModel;

// The Map tab: the flow map with zoom, fit, a filter by business function or partner,
// and export to PNG or SVG. It redraws from the flow model when that reloads, and only
// while it is on screen.
class FlowMap : public QWidget {
    Q_OBJECT
public:
    // `exportDirectory` is where the save dialog starts (the workspace's folder).
    FlowMap(FlowModel &model, const QString &exportDirectory, QWidget *parent = nullptr);

    FlowMapScene *scene() const { return m_scene; }
    FlowMapView *view() const { return m_view; }
    // Rebuilds now, visible or not.
    void refresh();
    // Selects the asset's box and brings it into view (nothing if it has no flows shown).
    void focusAsset(qint64 assetId);
    // Ask for a file name through Dialogs and write it; false if cancelled or failed.
    bool exportPng();
    bool exportSvg();

signals:
    void flowActivated(qint64 flowId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void scheduleRefresh();
    void fillFilters();
    void onFilterChanged();
    QString askFileName(const QString &caption, const QString &suffix, const QString &filter);

    FlowModel &m_model;
    QString m_exportDirectory;
    FlowMapScene *m_scene;
    FlowMapView *m_view;
    QComboBox *m_function;
    QComboBox *m_partner;
    QPushButton *m_zoomIn;
    QPushButton *m_zoomOut;
    QPushButton *m_fit;
    QPushButton *m_relayout;
    QPushButton *m_exportPng;
    QPushButton *m_exportSvg;
    QLabel *m_summary;
    bool m_dirty = true;
    bool m_fitAfterBuild = true;
};

} // namespace igw
