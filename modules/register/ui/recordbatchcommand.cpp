#include "register/ui/recordbatchcommand.h"

#include "workspace/transaction.h"
#include "workspace/ui/recordcommands.h"
#include "workspace/workspace.h"

namespace igw {

RecordBatchCommand::RecordBatchCommand(Workspace &workspace, const QString &text)
    : QUndoCommand(text)
    , m_workspace(workspace)
{
}

bool RecordBatchCommand::run(bool forward)
{
    WriteTransaction tx(m_workspace);
    QString error = tx.errorString();
    if (tx.isActive()) {
        if (forward)
            QUndoCommand::redo();
        else
            QUndoCommand::undo();
        for (int i = 0; i < childCount() && error.isEmpty(); ++i) {
            const auto *command = dynamic_cast<const RecordCommand *>(child(i));
            if (command && command->hasFailed())
                error = command->errorString();
        }
        if (error.isEmpty() && !tx.commit())
            error = tx.errorString();
    }
    if (error.isEmpty())
        return true;
    tx.rollback();
    setObsolete(true);
    if (m_onError)
        m_onError(error);
    return false;
}

void RecordBatchCommand::redo()
{
    run(true);
}

void RecordBatchCommand::undo()
{
    run(false);
}

} // namespace igw
