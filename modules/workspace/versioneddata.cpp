#include "workspace/versioneddata.h"

#include "workspace/audit.h"
#include "workspace/sql.h"
#include "workspace/transaction.h"
#include "workspace/workspace.h"

#include <QJsonDocument>

namespace igw::versionedData {

namespace {

QVariant metaValue(Workspace &workspace, const QString &key)
{
    return sql::scalar(workspace.database(), QStringLiteral("SELECT value FROM meta WHERE key = ?"),
                       {key});
}

bool writeMeta(Workspace &workspace, const QString &key, const QString &value, QString *error)
{
    const QVariant old = metaValue(workspace, key);
    AuditEntry e;
    e.user = workspace.userName();
    e.recordTable = QStringLiteral("meta");
    e.recordUuid = key;
    e.recordRef = key;
    e.action = old.isValid() ? QStringLiteral("update") : QStringLiteral("create");
    e.field = QStringLiteral("value");
    e.oldValue = old.toString();
    e.newValue = value;
    return sql::exec(workspace.database(),
                     QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key)"
                                    " DO UPDATE SET value = excluded.value"),
                     {key, value}, error) &&
           audit::append(workspace.database(), e, error);
}

} // namespace

QString compactJson(const QByteArray &json)
{
    return QString::fromUtf8(QJsonDocument::fromJson(json).toJson(QJsonDocument::Compact));
}

QString currentVersion(Workspace &workspace, const Keys &keys)
{
    return metaValue(workspace, keys.currentKey).toString();
}

QVariant storedJson(Workspace &workspace, const Keys &keys, const QString &version)
{
    return version.isEmpty() ? QVariant() : metaValue(workspace, keys.prefix + version);
}

QStringList installedVersions(Workspace &workspace, const Keys &keys)
{
    QStringList versions;
    const auto rows = sql::rows(workspace.database(),
                                QStringLiteral("SELECT substr(key, ?) FROM meta"
                                               " WHERE substr(key, 1, ?) = ? ORDER BY key"),
                                {keys.prefix.size() + 1, keys.prefix.size(), keys.prefix});
    for (const QVariantList &row : rows)
        versions << row.value(0).toString();
    return versions;
}

bool install(Workspace &workspace, const Keys &keys, const QString &version, const QByteArray &json,
             const QString &builtInVersion, const QByteArray &builtInJson, Refusal *refusal,
             QString *error)
{
    if (refusal)
        *refusal = Refusal::None;
    const QString content = compactJson(json);
    const QString key = keys.prefix + version;
    const QVariant existing = metaValue(workspace, key);
    if (existing.isValid() && existing.toString() != content) {
        if (refusal)
            *refusal = Refusal::VersionTaken;
        return false;
    }
    if (!existing.isValid() && version == builtInVersion && content != compactJson(builtInJson)) {
        if (refusal)
            *refusal = Refusal::BuiltInVersion;
        return false;
    }
    WriteTransaction tx(workspace);
    if (!tx.isActive()) {
        if (error)
            *error = tx.errorString();
        return false;
    }
    if (!existing.isValid() && !writeMeta(workspace, key, content, error))
        return false;
    if (metaValue(workspace, keys.currentKey).toString() != version &&
        !writeMeta(workspace, keys.currentKey, version, error))
        return false;
    if (!tx.commit()) {
        if (error)
            *error = tx.errorString();
        return false;
    }
    return true;
}

} // namespace igw::versionedData
