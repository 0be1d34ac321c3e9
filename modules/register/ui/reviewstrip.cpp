#include "register/ui/reviewstrip.h"

#include "register/ui/registeruitr.h"
#include "widgets/icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>

namespace igw {

ReviewStrip::ReviewStrip(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_show(new QPushButton(RegisterUiTr::tr("S&how them"), this))
{
    setObjectName(QStringLiteral("reviewStrip"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("igw--ReviewStrip { background: rgba(255, 152, 0, 50);"
                                 " border: 1px solid palette(mid); border-radius: 4px; }"));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(icon(QStringLiteral("warning")).pixmap(size, size));
    m_icon->setAccessibleName(RegisterUiTr::tr("Warning"));
    m_text->setObjectName(QStringLiteral("reviewStripText"));
    m_text->setWordWrap(true);
    m_show->setObjectName(QStringLiteral("showOverdue"));
    m_show->setToolTip(RegisterUiTr::tr("Show only the assets whose review is overdue"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_show);
    connect(m_show, &QPushButton::clicked, this, &ReviewStrip::showRequested);
    setVisible(false);
}

void ReviewStrip::setOverdueCount(qint64 count)
{
    const QString text = count == 1 ? RegisterUiTr::tr("1 asset is past its review date.")
                                    : RegisterUiTr::tr("%1 assets are past their review date.")
                                          .arg(QLocale().toString(count));
    m_text->setText(text);
    setAccessibleName(text);
    m_show->setAccessibleDescription(text);
    setVisible(count > 0);
}

QString ReviewStrip::text() const
{
    return m_text->text();
}

} // namespace igw
