#pragma once

#include <QList>
#include <QUndoCommand>
#include <QVariantMap>

#include <functional>
#include <memory>

namespace igw {

class RecordBatchCommand;
class RecordEditor;
class Workspace;
struct RecordKind;

// An undo step for writes a domain function has already made (a screening
// saved, a DPIA started from it): the domain keeps its own rules in one
// transaction, and this command only knows how to take the result back. Undo
// deletes the records it created, newest first, and puts the changed fields
// back; redo restores the same records (same id, uuid and reference) and
// re-applies the changes. Pushing it does nothing more.
class DomainWriteCommand : public QUndoCommand {
public:
    struct Created {
        const RecordKind *kind;
        qint64 id;
    };
    struct Changed {
        const RecordKind *kind;
        qint64 id;
        QVariantMap before; // the fields' values before the domain wrote
    };

    DomainWriteCommand(Workspace &workspace, const QString &text, const QList<Changed> &changed,
                       const QList<Created> &created);
    ~DomainWriteCommand() override;

    void setErrorHandler(std::function<void(const QString &)> handler);
    void redo() override;
    void undo() override;

    // Builds the command and pushes it onto the editor's stack (failures of a
    // later undo or redo are reported through RecordEditor::failed()).
    static void push(RecordEditor &editor, const QString &text, const QList<Changed> &changed,
                     const QList<Created> &created);

private:
    // Runs forward to take the writes back, backwards to make them again.
    std::unique_ptr<RecordBatchCommand> m_inverse;
    bool m_first = true;
};

} // namespace igw
