#include "workspace/ui/recordcommands.h"

#include "workspace/ui/commandids.h"
#include "workspace/workspace.h"

namespace igw {

bool sameFieldValue(const QVariant &a, const QVariant &b)
{
    const auto blank = [](const QVariant &v) {
        return v.isNull() || (v.typeId() == QMetaType::QString && v.toString().trimmed().isEmpty());
    };
    if (blank(a) || blank(b))
        return blank(a) && blank(b);
    return a.toString() == b.toString();
}

RecordCommand::RecordCommand(Workspace &workspace, const RecordKind &kind, const QString &text,
                             QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_workspace(workspace)
    , m_kind(kind)
{
}

RecordStore &RecordCommand::store()
{
    return m_workspace.records();
}

void RecordCommand::fail(const QString &error)
{
    m_error = error;
    setObsolete(true);
    if (m_onError)
        m_onError(error);
}

CreateRecordCommand::CreateRecordCommand(Workspace &workspace, const RecordKind &kind,
                                         const QVariantMap &values, const QString &text,
                                         QUndoCommand *parent)
    : RecordCommand(workspace, kind, text, parent)
    , m_values(values)
{
}

void CreateRecordCommand::redo()
{
    QString error;
    if (!m_record) {
        m_record = store().create(kind(), m_values, &error);
        if (!m_record)
            fail(error);
    } else if (!store().restore(kind(), *m_record, &error)) {
        fail(error);
    }
}

void CreateRecordCommand::undo()
{
    QString error;
    if (m_record && !store().remove(kind(), m_record->id, &error))
        fail(error);
}

UpdateRecordCommand::UpdateRecordCommand(Workspace &workspace, const RecordKind &kind, qint64 id,
                                         const QVariantMap &changes, const QString &text,
                                         QUndoCommand *parent)
    : RecordCommand(workspace, kind, text, parent)
    , m_id(id)
{
    const std::optional<Record> current = store().get(kind, id);
    if (!current) {
        // redo() then fails with the store's own explanation.
        m_new = changes;
        return;
    }
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        const QVariant old = current->values.value(it.key());
        if (!sameFieldValue(old, it.value())) {
            m_old.insert(it.key(), old);
            m_new.insert(it.key(), it.value());
        }
    }
}

int UpdateRecordCommand::id() const
{
    return m_new.size() == 1 ? int(CommandId::UpdateRecordField) : int(CommandId::None);
}

bool UpdateRecordCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const UpdateRecordCommand *>(other);
    if (!next || next->kind().table != kind().table || next->m_id != m_id ||
        next->m_new.size() != 1 || m_new.size() != 1 ||
        next->m_new.firstKey() != m_new.firstKey() || hasFailed() || next->hasFailed())
        return false;
    m_new = next->m_new;
    // Edited back to where it started: the step changes nothing, so drop it.
    if (sameFieldValue(m_old.first(), m_new.first()))
        setObsolete(true);
    return true;
}

void UpdateRecordCommand::redo()
{
    QString error;
    if (!store().update(kind(), m_id, m_new, &error))
        fail(error);
}

void UpdateRecordCommand::undo()
{
    QString error;
    if (!store().update(kind(), m_id, m_old, &error))
        fail(error);
}

DeleteRecordCommand::DeleteRecordCommand(Workspace &workspace, const RecordKind &kind, qint64 id,
                                         const QString &text, QUndoCommand *parent)
    : RecordCommand(workspace, kind, text, parent)
    , m_id(id)
{
}

void DeleteRecordCommand::redo()
{
    // Snapshot when deleting, so undo brings back exactly what was removed.
    m_record = store().get(kind(), m_id);
    QString error;
    if (!store().remove(kind(), m_id, &error))
        fail(error);
}

void DeleteRecordCommand::undo()
{
    QString error;
    if (m_record && !store().restore(kind(), *m_record, &error))
        fail(error);
}

} // namespace igw
