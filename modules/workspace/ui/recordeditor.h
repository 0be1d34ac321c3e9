#pragma once

#include "workspace/recordstore.h"

#include <QObject>
#include <QPointer>
#include <QVariantMap>

#include <optional>

class QUndoStack;

namespace igw {

class Workspace;

// What the UI calls to change records: each change becomes an undo command on the
// workspace's stack. Every failure, also of a later undo or redo, is reported through
// failed() so one place can show it.
class RecordEditor : public QObject {
    Q_OBJECT
public:
    RecordEditor(Workspace &workspace, QUndoStack &stack, QObject *parent = nullptr);

    Workspace &workspace() const { return m_workspace; }
    QUndoStack &undoStack() const { return m_stack; }
    bool isReadOnly() const;

    // The new record's id, or nullopt when it was not created.
    std::optional<qint64> create(const RecordKind &kind, const QVariantMap &values,
                                 const QString &text);
    // True when the change was made or there was nothing to change.
    bool update(const RecordKind &kind, qint64 id, const QVariantMap &changes, const QString &text);
    bool remove(const RecordKind &kind, qint64 id, const QString &text);

signals:
    void failed(const QString &message);

private:
    Workspace &m_workspace;
    QUndoStack &m_stack;
};

} // namespace igw
