#pragma once

#include <QObject>

#include <functional>

class QTimer;
class QWidget;

namespace igw {

// Refreshes a panel only while someone can see it. A change marks it stale; a visible panel
// is refreshed on the next turn of the event loop (so a burst of changes costs one refresh),
// a hidden one when it is next shown. The planner's queries take a noticeable time on a
// large register, so neither opening a workspace nor editing assets elsewhere waits for them.
class LazyRefresh : public QObject {
    Q_OBJECT
public:
    LazyRefresh(QWidget *panel, std::function<void()> refresh);

    void markStale();
    bool isStale() const { return m_stale; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_panel;
    std::function<void()> m_refresh;
    QTimer *m_timer;
    bool m_stale = true;
};

} // namespace igw
