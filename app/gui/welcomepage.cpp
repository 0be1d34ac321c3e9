#include "gui/welcomepage.h"

#include "gui/shelltr.h"
#include "widgets/icons.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace igw {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_new(new QPushButton(ShellTr::tr("&New Workspace…"), this))
    , m_open(new QPushButton(ShellTr::tr("&Open Workspace…"), this))
    , m_recent(new QListWidget(this))
{
    setObjectName(QStringLiteral("welcome"));
    m_new->setObjectName(QStringLiteral("welcomeNew"));
    m_open->setObjectName(QStringLiteral("welcomeOpen"));
    m_recent->setObjectName(QStringLiteral("recentList"));
    m_new->setIcon(icon(QStringLiteral("igworkbench")));
    m_new->setToolTip(ShellTr::tr("Start a workspace file for your organisation"));
    m_open->setToolTip(ShellTr::tr("Open an existing .igw workspace file"));
    m_new->setDefault(true);

    auto *logo = new QLabel(this);
    logo->setPixmap(icon(QStringLiteral("igworkbench")).pixmap(72, 72));
    auto *title = new QLabel(ShellTr::tr("IG Workbench"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 2);
    font.setBold(true);
    title->setFont(font);
    auto *intro = new QLabel(
        ShellTr::tr("Keep your information asset register, record of processing, DPIAs, "
                    "sharing agreements and retention schedule together in one workspace "
                    "file, and exchange them with partner organisations."),
        this);
    intro->setWordWrap(true);

    auto *recentLabel = new QLabel(ShellTr::tr("&Recent workspaces:"), this);
    recentLabel->setBuddy(m_recent);
    m_recent->setAccessibleName(ShellTr::tr("Recent workspaces"));
    m_recent->setMinimumHeight(160);
    m_recent->setMaximumHeight(360);

    auto *header = new QHBoxLayout;
    header->addWidget(logo);
    header->addSpacing(12);
    header->addWidget(title, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_open);
    buttons->addStretch(1);

    auto *column = new QWidget(this);
    column->setMaximumWidth(640);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->addLayout(header);
    columnLayout->addSpacing(8);
    columnLayout->addWidget(intro);
    columnLayout->addSpacing(16);
    columnLayout->addLayout(buttons);
    columnLayout->addSpacing(16);
    columnLayout->addWidget(recentLabel);
    columnLayout->addWidget(m_recent, 1);
    columnLayout->addStretch(1);

    auto *layout = new QHBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(column, 3);
    layout->addStretch(1);

    connect(m_new, &QPushButton::clicked, this, &WelcomePage::newRequested);
    connect(m_open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit openRecentRequested(item->data(Qt::UserRole).toString());
    });
}

void WelcomePage::setRecentFiles(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &path : paths) {
        const QFileInfo info(path);
        const bool exists = info.exists();
        auto *item = new QListWidgetItem(m_recent);
        item->setText(exists ? ShellTr::tr("%1\n%2").arg(info.fileName(),
                                                         QDir::toNativeSeparators(info.path()))
                             : ShellTr::tr("%1 (not found)\n%2")
                                   .arg(info.fileName(), QDir::toNativeSeparators(info.path())));
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
        item->setIcon(icon(QStringLiteral("igworkbench")));
        if (!exists)
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
    }
    if (paths.isEmpty()) {
        auto *item = new QListWidgetItem(ShellTr::tr("No workspaces opened yet"), m_recent);
        item->setFlags(Qt::NoItemFlags);
    }
}

} // namespace igw
