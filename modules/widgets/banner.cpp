#include "widgets/banner.h"

#include "widgets/icons.h"
#include "widgets/widgetstr.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace igw {

namespace {

QString iconName(Banner::Kind kind)
{
    switch (kind) {
    case Banner::Kind::Information:
        return QStringLiteral("information");
    case Banner::Kind::Warning:
        return QStringLiteral("warning");
    case Banner::Kind::ReadOnly:
        return QStringLiteral("read-only");
    }
    return {};
}

// Translucent tints read on light and dark palettes alike.
QString tint(Banner::Kind kind)
{
    switch (kind) {
    case Banner::Kind::Information:
        return QStringLiteral("rgba(33, 150, 243, 40)");
    case Banner::Kind::Warning:
        return QStringLiteral("rgba(255, 152, 0, 50)");
    case Banner::Kind::ReadOnly:
        return QStringLiteral("rgba(255, 193, 7, 60)");
    }
    return {};
}

} // namespace

Banner::Banner(Kind kind, QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setObjectName(QStringLiteral("banner"));
    setStyleSheet(QStringLiteral("igw--Banner { background: %1; border: 1px solid palette(mid);"
                                 " border-radius: 4px; }")
                      .arg(tint(kind)));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(icon(iconName(kind)).pixmap(size, size));
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(WidgetsTr::tr("Dismiss"));
    m_close->setAccessibleName(WidgetsTr::tr("Dismiss"));
    m_close->setVisible(false);
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        emit dismissed();
    });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 6, 6);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    switch (kind) {
    case Kind::Information:
        setAccessibleName(WidgetsTr::tr("Information"));
        break;
    case Kind::Warning:
        setAccessibleName(WidgetsTr::tr("Warning"));
        break;
    case Kind::ReadOnly:
        setAccessibleName(WidgetsTr::tr("Read-only"));
        break;
    }
    setVisible(false);
}

void Banner::setMessage(const QString &text)
{
    m_text->setText(text);
    setAccessibleDescription(text);
    setVisible(!text.isEmpty());
}

QString Banner::message() const
{
    return m_text->text();
}

void Banner::setDismissible(bool dismissible)
{
    m_close->setVisible(dismissible);
}

} // namespace igw
