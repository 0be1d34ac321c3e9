#pragma once

#include "workspace/recordstore.h"

#include <QByteArray>

namespace igw {

class Workspace;

// Creates many records of one kind inside the caller's WriteTransaction, as RecordStore
// would (uuid, reference, owner, audit entry, search index), without its per-record costs:
// references are counted in memory, the audit chain's head is carried instead of re-read,
// and nothing is read back. For imports; finish() must run before the caller commits.
class BulkCreator {
public:
    BulkCreator(Workspace &workspace, const RecordKind &kind);

    // Nothing else may write audit entries or records of this kind until finish().
    bool start(QString *error);
    // Generated references start above `number` (e.g. the highest reference a file carries).
    void reserveUpTo(qint64 number);
    // `ref` empty: the next free reference. Returns the new record's id, or 0 with *error.
    qint64 add(const QVariantMap &values, const QString &ref, QString *error);
    bool finish(QString *error);
    qint64 created() const { return m_created; }

private:
    Workspace &m_ws;
    const RecordKind &m_kind;
    qint64 m_nextNumber = 1;
    qint64 m_highestExplicit = 0;
    qint64 m_seq = 0;
    QByteArray m_prevHash;
    qint64 m_created = 0;
    qint64 m_firstId = 0;
    qint64 m_ownerOrgId = 0;
    bool m_started = false;
};

// The number in a reference such as "IA-0042" for the given prefix, or 0.
qint64 referenceNumber(const QString &ref, const QString &prefix);

} // namespace igw
