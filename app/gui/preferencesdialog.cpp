#include "gui/preferencesdialog.h"

#include "gui/settings.h"
#include "gui/shelltr.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace igw {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_userName(new QLineEdit(this))
    , m_backupInterval(new QSpinBox(this))
    , m_backupsToKeep(new QSpinBox(this))
    , m_reopenLast(new QCheckBox(ShellTr::tr("&Reopen the last workspace at start-up"), this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(ShellTr::tr("Preferences"));
    m_userName->setObjectName(QStringLiteral("prefUserName"));
    m_backupInterval->setObjectName(QStringLiteral("prefBackupInterval"));
    m_backupsToKeep->setObjectName(QStringLiteral("prefBackupsToKeep"));
    m_reopenLast->setObjectName(QStringLiteral("prefReopenLast"));

    m_userName->setPlaceholderText(qEnvironmentVariable("USER"));
    m_userName->setToolTip(
        ShellTr::tr("Recorded against every change in the audit trail. Leave empty to use "
                    "your computer account name."));
    m_backupInterval->setRange(1, 24 * 60);
    m_backupInterval->setSuffix(ShellTr::tr(" min"));
    m_backupInterval->setToolTip(ShellTr::tr("How often to back up while you are making changes"));
    m_backupsToKeep->setRange(1, 100);
    m_backupsToKeep->setToolTip(ShellTr::tr("Older automatic backups are deleted"));

    auto *form = new QFormLayout;
    auto *nameLabel = new QLabel(ShellTr::tr("Your &name:"), this);
    nameLabel->setBuddy(m_userName);
    auto *intervalLabel = new QLabel(ShellTr::tr("&Back up every:"), this);
    intervalLabel->setBuddy(m_backupInterval);
    auto *keepLabel = new QLabel(ShellTr::tr("&Keep backups:"), this);
    keepLabel->setBuddy(m_backupsToKeep);
    form->addRow(nameLabel, m_userName);
    form->addRow(intervalLabel, m_backupInterval);
    form->addRow(keepLabel, m_backupsToKeep);
    form->addRow(m_reopenLast);
    m_userName->setAccessibleName(ShellTr::tr("Your name"));
    m_backupInterval->setAccessibleName(ShellTr::tr("Back up every (minutes)"));
    m_backupsToKeep->setAccessibleName(ShellTr::tr("Backups to keep"));

    auto *note =
        new QLabel(ShellTr::tr("Your name applies to workspaces you open from now on."), this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch(1);
    layout->addWidget(buttons);

    m_userName->setText(Settings::userDisplayName());
    m_backupInterval->setValue(Settings::backupIntervalMinutes());
    m_backupsToKeep->setValue(Settings::backupsToKeep());
    m_reopenLast->setChecked(Settings::value(Settings::Key::ReopenLastWorkspace).toBool());
}

void PreferencesDialog::accept()
{
    Settings::setValue(Settings::Key::UserDisplayName, m_userName->text().trimmed());
    Settings::setValue(Settings::Key::BackupIntervalMinutes, m_backupInterval->value());
    Settings::setValue(Settings::Key::BackupsToKeep, m_backupsToKeep->value());
    Settings::setValue(Settings::Key::ReopenLastWorkspace, m_reopenLast->isChecked());
    QDialog::accept();
}

} // namespace igw
