#pragma once

#include "workspace/recordstore.h"

#include <QUndoCommand>
#include <QVariantMap>

#include <functional>
#include <optional>

namespace igw {

class Workspace;

// Receives the store's error when a command could not do its work. The failed command
// marks itself obsolete, so the undo stack drops it instead of keeping a lie.
using CommandErrorHandler = std::function<void(const QString &error)>;

// Common part of the record commands: the workspace, the kind and failure reporting.
// The workspace must outlive the command (the undo stack is cleared before closing).
class RecordCommand : public QUndoCommand {
public:
    void setErrorHandler(CommandErrorHandler handler) { m_onError = std::move(handler); }
    bool hasFailed() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    const RecordKind &kind() const { return m_kind; }

protected:
    RecordCommand(Workspace &workspace, const RecordKind &kind, const QString &text,
                  QUndoCommand *parent);
    RecordStore &store();
    void fail(const QString &error);

private:
    Workspace &m_workspace;
    RecordKind m_kind;
    CommandErrorHandler m_onError;
    QString m_error;
};

// First redo creates the record; undo removes it; later redos restore it with the same
// id, uuid and reference, so anything that pointed at it still does.
class CreateRecordCommand : public RecordCommand {
public:
    CreateRecordCommand(Workspace &workspace, const RecordKind &kind, const QVariantMap &values,
                        const QString &text, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    qint64 recordId() const { return m_record ? m_record->id : 0; }
    QString recordRef() const { return m_record ? m_record->ref : QString(); }

private:
    QVariantMap m_values;
    std::optional<Record> m_record;
};

// Changes some fields of one record; undo puts the old values back. Consecutive edits of
// the same single field of the same record merge into one step.
class UpdateRecordCommand : public RecordCommand {
public:
    // Old values are read from the store now; fields whose value does not change are left
    // out (see hasChanges()).
    UpdateRecordCommand(Workspace &workspace, const RecordKind &kind, qint64 id,
                        const QVariantMap &changes, const QString &text,
                        QUndoCommand *parent = nullptr);
    bool hasChanges() const { return !m_new.isEmpty(); }
    qint64 recordId() const { return m_id; }
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;
    void redo() override;
    void undo() override;

private:
    qint64 m_id;
    QVariantMap m_old;
    QVariantMap m_new;
};

// Deletes a record; undo restores it exactly (same id, uuid and reference).
class DeleteRecordCommand : public RecordCommand {
public:
    DeleteRecordCommand(Workspace &workspace, const RecordKind &kind, qint64 id,
                        const QString &text, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    qint64 recordId() const { return m_id; }

private:
    qint64 m_id;
    std::optional<Record> m_record;
};

// Whether two stored values mean the same (blank text and NULL are the same).
bool sameFieldValue(const QVariant &a, const QVariant &b);

} // namespace igw
