#include "gui/workspacesession.h"

#include "workspace/backup.h"
#include "workspace/ui/recordeditor.h"
#include "workspace/workspace.h"

#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

namespace igw {

WorkspaceSession::WorkspaceSession(std::unique_ptr<Workspace> workspace, bool backupNow,
                                   QObject *parent)
    : QObject(parent)
    , m_workspace(std::move(workspace))
    , m_stack(std::make_unique<QUndoStack>())
    , m_editor(std::make_unique<RecordEditor>(*m_workspace, *m_stack))
{
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &WorkspaceSession::onTimer);
    connect(&m_watcher, &QFutureWatcher<BackupResult>::finished, this,
            &WorkspaceSession::onBackupDone);
    connect(m_workspace.get(), &Workspace::recordChanged, this,
            [this] { m_editedSinceBackup = true; });
    m_editedSinceBackup = !backupNow;
    if (backupNow)
        startBackup();
}

WorkspaceSession::~WorkspaceSession()
{
    // The backup has its own connection, but let it finish before the lock is released
    // so no one else opens the file mid-copy.
    waitForBackup();
    m_stack->clear();
}

void WorkspaceSession::setBackupPolicy(int intervalMinutes, int keep)
{
    m_keep = qMax(1, keep);
    m_timer.setInterval(std::chrono::minutes(qMax(1, intervalMinutes)));
    if (!m_workspace->isReadOnly())
        m_timer.start();
}

bool WorkspaceSession::startBackup()
{
    if (m_workspace->isReadOnly() || m_watcher.isRunning())
        return false;
    m_editedSinceBackup = false;
    const QString path = m_workspace->path();
    const int keep = m_keep;
    m_watcher.setFuture(QtConcurrent::run([path, keep] {
        BackupResult result;
        result.path = backup::rollingBackup(path, keep, &result.error);
        return result;
    }));
    return true;
}

void WorkspaceSession::waitForBackup()
{
    if (m_watcher.isRunning())
        m_watcher.waitForFinished();
}

void WorkspaceSession::onTimer()
{
    if (m_editedSinceBackup)
        startBackup();
}

void WorkspaceSession::onBackupDone()
{
    const BackupResult result = m_watcher.result();
    if (result.path.isEmpty()) {
        m_editedSinceBackup = true; // try again next time
        emit backupFinished(false, result.error);
        return;
    }
    m_workspace->noteBackupTaken(result.path);
    emit backupFinished(true, result.path);
}

QDateTime WorkspaceSession::lastBackupTime() const
{
    return m_workspace->lastBackupTime();
}

} // namespace igw
