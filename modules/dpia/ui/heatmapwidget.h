#pragma once

#include "dpia/riskmatrix.h"
#include "dpia/ui/dpiadata.h"

#include <QWidget>

namespace igw {

// The DPIA's risks on its likelihood x severity matrix, drawn by the reports' HeatMap (the
// same picture as the PDF): cells shaded by band and named in words, each risk hollow where
// it starts and filled where the measures leave it, with an arrow between. For people who
// cannot see it: a tooltip per cell names the risks in it, the arrow keys move through the
// cells showing the same text, and the accessible description says where every risk is.
class HeatMapWidget : public QWidget {
    Q_OBJECT
public:
    struct Risk {
        QString number; // "R1"
        QString title;
        RiskLevels levels;
    };

    explicit HeatMapWidget(QWidget *parent = nullptr);

    void setRisks(const RiskMatrix &matrix, const QList<Risk> &risks);
    const RiskMatrix &matrix() const { return m_matrix; }

    // The cell in words and the risks in it, before and after measures.
    QString cellText(int likelihood, int severity) const;
    // Every risk's place in words, for screen readers.
    QString summary() const;
    // Where the cell is drawn in the widget.
    QRect cellRect(int likelihood, int severity) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void showCellTip();

    RiskMatrix m_matrix;
    QList<Risk> m_risks;
    int m_likelihood = 1; // the cell the keyboard is on
    int m_severity = 1;
};

} // namespace igw
