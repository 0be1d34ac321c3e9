#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace igw {

struct Ropa;

// How complete the ROPA is: a bar and the same in words ("78% complete — 31 of 40
// activities have everything Art. 30 asks for; 12 items missing"), never colour alone.
class RopaSummary : public QWidget {
    Q_OBJECT
public:
    explicit RopaSummary(QWidget *parent = nullptr);

    void setRopa(const Ropa &ropa);
    QProgressBar *bar() const { return m_bar; }
    QLabel *label() const { return m_label; }

    static QString describe(const Ropa &ropa);

private:
    QProgressBar *m_bar;
    QLabel *m_label;
};

} // namespace igw
