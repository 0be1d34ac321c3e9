#pragma once

#include "dpia/ui/dpiafiltermodel.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace igw {

// The row of filters above the DPIA list: search, status, high residual risk only.
class DpiaFilterBar : public QWidget {
    Q_OBJECT
public:
    explicit DpiaFilterBar(QWidget *parent = nullptr);

    DpiaFilter filter() const;
    void clear();
    QLineEdit *searchEdit() const { return m_search; }
    QWidget *lastWidget() const;

signals:
    void filterChanged();

private:
    QLineEdit *m_search;
    QComboBox *m_status;
    QCheckBox *m_highOnly;
};

} // namespace igw
