#pragma once

#include <QObject>

namespace igw {

// Turns SIGTERM, SIGINT and SIGHUP (logout, shutdown, Ctrl+C in a terminal) into an orderly
// QCoreApplication::quit(), so the workspace is closed, its lock file removed and the
// window state saved, instead of leaving a stale lock behind. Uses the self-pipe pattern:
// the signal handler only writes a byte; the event loop does the rest.
class QuitSignals : public QObject {
    Q_OBJECT
public:
    explicit QuitSignals(QObject *parent = nullptr);
    ~QuitSignals() override;
};

} // namespace igw
