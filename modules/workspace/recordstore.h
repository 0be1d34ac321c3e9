#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace igw {

class Workspace;

// A many-to-many link owned by a record, kept in its own table (owner, target) and handled
// by RecordStore like a field: its value is the sorted target ids joined by ";" ("3;7;12"),
// so creating, updating, undoing, deleting and restoring a record carry its links and the
// audit trail records them. The table's owner column cascades on delete; the target column
// does not, so a target still linked cannot be deleted.
struct LinkSet {
    QString field;        // the pseudo-field name, e.g. "asset_ids"
    QString table;        // "activity_assets"
    QString ownerColumn;  // "activity_id"
    QString targetColumn; // "asset_id"
};

// Ids of a link set value and back ("3;7;12" <-> {3, 7, 12}); sorted, without duplicates.
QList<qint64> linkIds(const QVariant &value);
QString linkValue(QList<qint64> ids);

// Describes one record table. Every record table has the common columns
// id, uuid, ref, owner_org_id, created_at, created_by, updated_at, updated_by;
// `fields` are the table's own data columns.
struct RecordKind {
    QString table;      // "people"
    QString refPrefix;  // "PE" -> PE-0001
    QString listName;   // the CLI's KIND word: "people"
    QStringList fields; // data columns in display order
    QString titleField; // shown after the reference
    // Columns copied into the "<table>_fts" full-text index (ref may be one); empty: none.
    QStringList searchFields = {};
    QList<LinkSet> links = {};

    bool hasField(const QString &name) const;
    const LinkSet *link(const QString &name) const;
};

struct Record {
    qint64 id = 0;
    QString uuid;
    QString ref;
    qint64 ownerOrgId = 0;
    QDateTime createdAt;
    QString createdBy;
    QDateTime updatedAt;
    QString updatedBy;
    QVariantMap values;

    QVariant value(const QString &field) const { return values.value(field); }
    QString title(const RecordKind &kind) const { return values.value(kind.titleField).toString(); }
};

// Generic create/read/update/delete for record tables. Every write runs in a
// WriteTransaction and appends one audit entry per changed field in the same transaction.
class RecordStore {
public:
    explicit RecordStore(Workspace &workspace);

    // New uuid and the next reference for the kind. ownerOrgId 0 means our organisation.
    std::optional<Record> create(const RecordKind &kind, const QVariantMap &values, QString *error,
                                 qint64 ownerOrgId = 0);
    // Re-inserts a record exactly as it was (same id, uuid and reference): undo of delete.
    bool restore(const RecordKind &kind, const Record &record, QString *error);
    // Changes only the given fields; unchanged values write nothing.
    bool update(const RecordKind &kind, qint64 id, const QVariantMap &changes, QString *error);
    bool remove(const RecordKind &kind, qint64 id, QString *error);

    std::optional<Record> get(const RecordKind &kind, qint64 id) const;
    std::optional<Record> findByRef(const RecordKind &kind, const QString &ref) const;
    std::optional<Record> findByUuid(const RecordKind &kind, const QString &uuid) const;
    // All records of the kind ordered by `orderBy` (a field of the kind) then id; an
    // optional SQL condition on the table's columns with positional binds. A database
    // error gives an empty list (or count -1) and sets *error.
    QList<Record> list(const RecordKind &kind, const QString &orderBy = {},
                       const QString &where = {}, const QVariantList &binds = {},
                       QString *error = nullptr) const;
    qint64 count(const RecordKind &kind, QString *error = nullptr) const;

private:
    friend class BulkCreator;
    QString nextRef(const QString &prefix, QString *error);
    bool indexForSearch(const RecordKind &kind, const Record &record, bool removeOld,
                        QString *error);
    static Record fromRow(const RecordKind &kind, const QVariantList &row);
    Workspace &m_ws;
};

// Audit text of a value: how old and new values appear in the trail.
QString auditText(const QVariant &value);

} // namespace igw
