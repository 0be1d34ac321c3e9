#pragma once

#include "ropa/ui/activityfiltermodel.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace igw {

// The ROPA list's filters: search, business function, lawful basis, special category,
// DPIA and "only activities with gaps". Every change is applied at once (the whole ROPA
// is in memory).
class RopaFilterBar : public QWidget {
    Q_OBJECT
public:
    explicit RopaFilterBar(QWidget *parent = nullptr);

    ActivityFilter filter() const;
    // The business functions in use; the chosen one stays chosen.
    void setFunctions(const QStringList &functions);
    void clear();
    QLineEdit *searchEdit() const { return m_search; }
    QWidget *lastWidget() const;

signals:
    void filterChanged();

private:
    QLineEdit *m_search;
    QComboBox *m_function;
    QComboBox *m_lawfulBasis;
    QComboBox *m_special;
    QComboBox *m_dpia;
    QCheckBox *m_incomplete;
};

} // namespace igw
