#include "register/ui/domainwritecommand.h"

#include "register/ui/recordbatchcommand.h"
#include "workspace/ui/recordcommands.h"
#include "workspace/ui/recordeditor.h"

#include <QPointer>
#include <QUndoStack>

namespace igw {

DomainWriteCommand::DomainWriteCommand(Workspace &workspace, const QString &text,
                                       const QList<Changed> &changed, const QList<Created> &created)
    : QUndoCommand(text)
    , m_inverse(std::make_unique<RecordBatchCommand>(workspace, text))
{
    // The update commands read the current (written) values now, so their redo
    // puts the earlier values back.
    for (const Changed &c : changed)
        new UpdateRecordCommand(workspace, *c.kind, c.id, c.before, text, m_inverse.get());
    for (auto it = created.crbegin(); it != created.crend(); ++it)
        new DeleteRecordCommand(workspace, *it->kind, it->id, text, m_inverse.get());
}

DomainWriteCommand::~DomainWriteCommand() = default;

void DomainWriteCommand::setErrorHandler(std::function<void(const QString &)> handler)
{
    m_inverse->setErrorHandler(std::move(handler));
}

void DomainWriteCommand::redo()
{
    if (m_first) {
        m_first = false; // the domain function has done it already
        return;
    }
    m_inverse->undo();
    if (m_inverse->isObsolete())
        setObsolete(true);
}

void DomainWriteCommand::undo()
{
    m_inverse->redo();
    if (m_inverse->isObsolete())
        setObsolete(true);
}

void DomainWriteCommand::push(RecordEditor &editor, const QString &text,
                              const QList<Changed> &changed, const QList<Created> &created)
{
    auto *command = new DomainWriteCommand(editor.workspace(), text, changed, created);
    QPointer<RecordEditor> guard(&editor);
    command->setErrorHandler([guard](const QString &error) {
        if (guard)
            emit guard->failed(error);
    });
    editor.undoStack().push(command);
}

} // namespace igw
