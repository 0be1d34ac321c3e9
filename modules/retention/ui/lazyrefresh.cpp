#include "retention/ui/lazyrefresh.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace igw {

LazyRefresh::LazyRefresh(QWidget *panel, std::function<void()> refresh)
    : QObject(panel)
    , m_panel(panel)
    , m_refresh(std::move(refresh))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_stale && m_panel->isVisible()) {
            m_stale = false;
            m_refresh();
        }
    });
    panel->installEventFilter(this);
}

void LazyRefresh::markStale()
{
    m_stale = true;
    if (m_panel->isVisible())
        m_timer->start();
}

bool LazyRefresh::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_panel && event->type() == QEvent::Show && m_stale)
        m_timer->start();
    return QObject::eventFilter(watched, event);
}

} // namespace igw
