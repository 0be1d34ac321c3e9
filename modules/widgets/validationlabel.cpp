#include "widgets/validationlabel.h"

#include "widgets/icons.h"
#include "widgets/widgetstr.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace igw {

ValidationLabel::ValidationLabel(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);
    setAccessibleName(WidgetsTr::tr("Problems"));
    setVisible(false);
}

QString ValidationLabel::severityWord(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return WidgetsTr::tr("Error:");
    case Severity::Warning:
        return WidgetsTr::tr("Warning:");
    case Severity::Information:
        return WidgetsTr::tr("Note:");
    }
    return {};
}

void ValidationLabel::setMessages(const QList<Message> &messages)
{
    m_messages = messages;
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        if (QLayout *row = item->layout()) {
            while (QLayoutItem *child = row->takeAt(0)) {
                delete child->widget();
                delete child;
            }
        }
        delete item;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    for (const Message &m : messages) {
        auto *row = new QHBoxLayout;
        auto *iconLabel = new QLabel(this);
        const QString name = m.severity == Severity::Error     ? QStringLiteral("error")
                             : m.severity == Severity::Warning ? QStringLiteral("warning")
                                                               : QStringLiteral("information");
        iconLabel->setPixmap(icon(name).pixmap(size, size));
        iconLabel->setAlignment(Qt::AlignTop);
        auto *text = new QLabel(this);
        text->setWordWrap(true);
        text->setTextFormat(Qt::PlainText);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        text->setText(severityWord(m.severity) + QLatin1Char(' ') + m.text);
        row->addWidget(iconLabel);
        row->addWidget(text, 1);
        m_layout->addLayout(row);
    }
    setAccessibleDescription(plainText());
    setVisible(!messages.isEmpty());
}

bool ValidationLabel::hasErrors() const
{
    for (const Message &m : m_messages) {
        if (m.severity == Severity::Error)
            return true;
    }
    return false;
}

QString ValidationLabel::plainText() const
{
    QStringList lines;
    for (const Message &m : m_messages)
        lines << severityWord(m.severity) + QLatin1Char(' ') + m.text;
    return lines.join(QLatin1Char('\n'));
}

} // namespace igw
