#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace igw {

// The reminder above the register: "12 assets are past their review date" with a button
// that shows them. Icon and words, never colour alone; hidden when nothing is overdue.
class ReviewStrip : public QFrame {
    Q_OBJECT
public:
    explicit ReviewStrip(QWidget *parent = nullptr);

    void setOverdueCount(qint64 count);
    QString text() const;
    QPushButton *button() const { return m_show; }

signals:
    void showRequested();

private:
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_show;
};

} // namespace igw
