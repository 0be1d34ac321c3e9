#include "workspace/ui/recordeditor.h"

#include "workspace/ui/recordcommands.h"
#include "workspace/workspace.h"

#include <QUndoStack>

#include <memory>

namespace igw {

namespace {

// The stack deletes a command that failed (obsolete) or merged, so what the caller needs
// to know is copied out through this shared outcome rather than read from the pointer.
struct Outcome {
    bool failed = false;
    qint64 id = 0;
};

} // namespace

RecordEditor::RecordEditor(Workspace &workspace, QUndoStack &stack, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_stack(stack)
{
}

bool RecordEditor::isReadOnly() const
{
    return m_workspace.isReadOnly();
}

namespace {

template <typename Command>
void watch(Command *command, RecordEditor *editor, const std::shared_ptr<Outcome> &outcome)
{
    QPointer<RecordEditor> guard(editor);
    command->setErrorHandler([guard, outcome](const QString &error) {
        outcome->failed = true;
        if (guard)
            emit guard->failed(error);
    });
}

} // namespace

std::optional<qint64> RecordEditor::create(const RecordKind &kind, const QVariantMap &values,
                                           const QString &text)
{
    auto outcome = std::make_shared<Outcome>();
    auto *command = new CreateRecordCommand(m_workspace, kind, values, text);
    watch(command, this, outcome);
    m_stack.push(command);
    // push() ran redo(); the command was not merged (create has no id), so the pointer
    // is still valid unless the command failed.
    if (outcome->failed)
        return std::nullopt;
    return command->recordId();
}

bool RecordEditor::update(const RecordKind &kind, qint64 id, const QVariantMap &changes,
                          const QString &text)
{
    auto command = std::make_unique<UpdateRecordCommand>(m_workspace, kind, id, changes, text);
    if (!command->hasChanges())
        return true;
    auto outcome = std::make_shared<Outcome>();
    watch(command.get(), this, outcome);
    m_stack.push(command.release());
    return !outcome->failed;
}

bool RecordEditor::remove(const RecordKind &kind, qint64 id, const QString &text)
{
    auto outcome = std::make_shared<Outcome>();
    auto *command = new DeleteRecordCommand(m_workspace, kind, id, text);
    watch(command, this, outcome);
    m_stack.push(command);
    return !outcome->failed;
}

} // namespace igw
