#pragma once

#include <QUndoCommand>

#include <functional>

namespace igw {

class Workspace;

// One undo step made of several record commands (its children: UpdateRecordCommand,
// DeleteRecordCommand...), run in one write transaction: all of them happen or none does.
// If a child fails, everything is rolled back, the error is reported and the batch marks
// itself obsolete so the undo stack drops it.
class RecordBatchCommand : public QUndoCommand {
public:
    RecordBatchCommand(Workspace &workspace, const QString &text);

    void setErrorHandler(std::function<void(const QString &)> handler)
    {
        m_onError = std::move(handler);
    }
    void redo() override;
    void undo() override;

private:
    bool run(bool forward);

    Workspace &m_workspace;
    std::function<void(const QString &)> m_onError;
};

} // namespace igw
