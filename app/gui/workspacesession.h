#pragma once

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <memory>

class QUndoStack;

namespace igw {

class RecordEditor;
class Workspace;

// One open workspace with what belongs to it: its undo stack, the record editor and the
// automatic backups (taken on a worker thread so the window never freezes).
class WorkspaceSession : public QObject {
    Q_OBJECT
public:
    struct BackupResult {
        QString path;
        QString error;
    };

    // `backupNow`: take a backup straight away (on open; not for a new empty file).
    WorkspaceSession(std::unique_ptr<Workspace> workspace, bool backupNow,
                     QObject *parent = nullptr);
    ~WorkspaceSession() override;

    Workspace &workspace() const { return *m_workspace; }
    QUndoStack &undoStack() const { return *m_stack; }
    RecordEditor &editor() const { return *m_editor; }

    void setBackupPolicy(int intervalMinutes, int keep);
    bool isBackupRunning() const { return m_watcher.isRunning(); }
    bool hasEditsSinceBackup() const { return m_editedSinceBackup; }
    QDateTime lastBackupTime() const;
    // Starts a backup on a worker thread unless one is running or the file is read-only.
    bool startBackup();
    void waitForBackup();

signals:
    void backupFinished(bool ok, const QString &pathOrError);

private:
    void onBackupDone();
    void onTimer();

    // Declaration order matters: the stack and editor refer to the workspace, so they are
    // destroyed first.
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<RecordEditor> m_editor;
    QTimer m_timer;
    QFutureWatcher<BackupResult> m_watcher;
    int m_keep = 10;
    bool m_editedSinceBackup = false;
};

} // namespace igw
