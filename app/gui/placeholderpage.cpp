#include "gui/placeholderpage.h"

#include "gui/shelltr.h"
#include "widgets/icons.h"

#include <QLabel>
#include <QVBoxLayout>

namespace igw {

PlaceholderPage::PlaceholderPage(const QString &iconName, const QString &title,
                                 const QString &description, QWidget *parent)
    : QWidget(parent)
{
    // A centred column of readable width; the labels fill it and wrap inside it.
    auto *column = new QWidget(this);
    column->setMaximumWidth(560);
    auto *iconLabel = new QLabel(column);
    iconLabel->setPixmap(icon(iconName).pixmap(48, 48));
    iconLabel->setAlignment(Qt::AlignCenter);
    auto *heading = new QLabel(title, column);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);
    heading->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(description, column);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    auto *later = new QLabel(ShellTr::tr("This part of IG Workbench is coming in a later "
                                         "version. Start with Organisation & People."),
                             column);
    later->setWordWrap(true);
    later->setAlignment(Qt::AlignCenter);
    later->setForegroundRole(QPalette::PlaceholderText);

    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->addStretch(1);
    columnLayout->addWidget(iconLabel);
    columnLayout->addWidget(heading);
    columnLayout->addSpacing(8);
    columnLayout->addWidget(text);
    columnLayout->addSpacing(8);
    columnLayout->addWidget(later);
    columnLayout->addStretch(2);

    auto *layout = new QHBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(column, 4);
    layout->addStretch(1);
}

} // namespace igw
