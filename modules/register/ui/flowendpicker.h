#pragma once

#include "register/ui/flowdata.h"

#include <QWidget>

class QComboBox;
class QRadioButton;

namespace igw {

class Workspace;

// One end of a flow: "one of our assets" or "a partner organisation", then which one.
// Each kind remembers its own choice, so flipping the radio buttons loses nothing.
class FlowEndPicker : public QWidget {
    Q_OBJECT
public:
    // `name` is the object-name stem ("flowFrom" gives flowFromAsset, flowFromPartner,
    // flowFromChoice); `label` the accessible name ("From").
    FlowEndPicker(Workspace &workspace, const QString &name, const QString &label,
                  QWidget *parent = nullptr);

    void setEnd(const FlowEnd &end);
    FlowEnd end() const;
    void setReadOnly(bool readOnly);
    // Reloads the assets and organisations, keeping the choices.
    void refresh();

    QRadioButton *assetButton() const { return m_asset; }
    QRadioButton *partnerButton() const { return m_partner; }
    QComboBox *choice() const { return m_choice; }

signals:
    void edited();

private:
    void fillChoice();
    void ensureItem(qint64 id); // a stored id no longer listed still shows

    Workspace &m_workspace;
    QRadioButton *m_asset;
    QRadioButton *m_partner;
    QComboBox *m_choice;
    qint64 m_assetId = 0;
    qint64 m_orgId = 0;
    bool m_filling = false;
};

} // namespace igw
