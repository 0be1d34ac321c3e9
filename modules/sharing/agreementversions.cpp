#include "sharing/agreementversions.h"

#include "register/assets.h"
#include "ropa/activities.h"
#include "sharing/agreements.h"
#include "sharing/agreementview.h"
#include "sharing/sharingtr.h"
#include "workspace/audit.h"
#include "workspace/sql.h"
#include "workspace/transaction.h"
#include "workspace/workspace.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace igw::agreementVersions {

namespace {

const QString snapshotFormat = QStringLiteral("igw-agreement-snapshot");

QJsonObject recordJson(const RecordKind &kind, const Record &r)
{
    QJsonObject values;
    for (const QString &f : kind.fields)
        values.insert(f, QJsonValue::fromVariant(r.value(f)));
    for (const LinkSet &l : kind.links)
        values.insert(l.field, QJsonValue::fromVariant(r.value(l.field)));
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("uuid"), r.uuid},
            {QStringLiteral("ref"), r.ref},
            {QStringLiteral("values"), values}};
}

QJsonArray refsJson(const RecordKind &kind, const QList<Record> &records)
{
    QJsonArray out;
    for (const Record &r : records)
        out.append(QJsonObject{{QStringLiteral("id"), r.id},
                               {QStringLiteral("ref"), r.ref},
                               {QStringLiteral("name"), r.title(kind)}});
    return out;
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

std::optional<QJsonObject> snapshot(Workspace &workspace, qint64 agreementId, QString *error)
{
    const auto view = loadAgreementView(workspace, agreementId, error);
    if (!view)
        return std::nullopt;
    QJsonArray parties;
    for (const AgreementPartyView &p : view->parties) {
        QJsonObject o = recordJson(kinds::agreementParty(), p.party);
        o.insert(QStringLiteral("name"), p.name);
        o.insert(QStringLiteral("ico_registration"), p.icoRegistration);
        parties.append(o);
    }
    return QJsonObject{
        {QStringLiteral("format"), snapshotFormat},
        {QStringLiteral("format_version"), 1},
        {QStringLiteral("library_version"), view->value(agreementField::libraryVersion)},
        {QStringLiteral("agreement"), recordJson(kinds::agreement(), view->agreement)},
        {QStringLiteral("parties"), parties},
        {QStringLiteral("assets"), refsJson(kinds::asset(), view->assets)},
        {QStringLiteral("flows"), refsJson(kinds::flow(), view->flows)},
        {QStringLiteral("activities"), refsJson(kinds::activity(), view->activities)}};
}

std::optional<AgreementVersionInfo> freeze(Workspace &workspace, qint64 agreementId, QString *error)
{
    const auto agreement = workspace.records().get(kinds::agreement(), agreementId);
    const auto snap = snapshot(workspace, agreementId, error);
    if (!agreement || !snap)
        return std::nullopt;
    const int version = qMax(1, agreement->value(agreementField::version).toInt());
    const QByteArray json = QJsonDocument(*snap).toJson(QJsonDocument::Compact);
    WriteTransaction tx(workspace);
    if (!tx.isActive()) {
        fail(error, tx.errorString());
        return std::nullopt;
    }
    if (sql::scalar(workspace.database(),
                    QStringLiteral("SELECT id FROM agreement_versions WHERE agreement_id = ? AND"
                                   " version = ?"),
                    {agreementId, version})
            .isValid()) {
        fail(error, SharingTr::tr("Version %1 of %2 is already frozen; change the agreement to "
                                  "start a new version.")
                        .arg(version)
                        .arg(agreement->ref));
        return std::nullopt;
    }
    AgreementVersionInfo info;
    info.agreementId = agreementId;
    info.version = version;
    info.frozenAt = QDateTime::fromString(
        QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), Qt::ISODateWithMs);
    info.frozenBy = workspace.userName();
    info.id = sql::insert(workspace.database(),
                          QStringLiteral("INSERT INTO agreement_versions (agreement_id, version,"
                                         " frozen_at, frozen_by, snapshot) VALUES (?, ?, ?, ?, ?)"),
                          {agreementId, version, info.frozenAt.toString(Qt::ISODateWithMs),
                           info.frozenBy, QString::fromUtf8(json)},
                          error);
    if (info.id == 0)
        return std::nullopt;
    AuditEntry e;
    e.user = workspace.userName();
    e.recordTable = QStringLiteral("agreement_versions");
    e.recordUuid = agreement->uuid;
    e.recordRef = agreement->ref;
    e.action = QStringLiteral("create");
    e.field = QStringLiteral("version");
    e.newValue = SharingTr::tr("Version %1 frozen for signature (SHA-256 %2)")
                     .arg(version)
                     .arg(QString::fromLatin1(
                         QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex()));
    if (!audit::append(workspace.database(), e, error))
        return std::nullopt;
    if (!tx.commit()) {
        fail(error, tx.errorString());
        return std::nullopt;
    }
    return info;
}

QList<AgreementVersionInfo> list(Workspace &workspace, qint64 agreementId)
{
    QList<AgreementVersionInfo> out;
    const auto rows = sql::rows(workspace.database(),
                                QStringLiteral("SELECT id, version, frozen_at, frozen_by FROM"
                                               " agreement_versions WHERE agreement_id = ?"
                                               " ORDER BY version"),
                                {agreementId});
    for (const QVariantList &r : rows)
        out << AgreementVersionInfo{r.at(0).toLongLong(), agreementId, r.at(1).toInt(),
                                    QDateTime::fromString(r.at(2).toString(), Qt::ISODateWithMs),
                                    r.at(3).toString()};
    return out;
}

std::optional<QJsonObject> load(Workspace &workspace, qint64 agreementId, int version,
                                QString *error)
{
    const QVariant stored = sql::scalar(workspace.database(),
                                        QStringLiteral("SELECT snapshot FROM agreement_versions"
                                                       " WHERE agreement_id = ? AND version = ?"),
                                        {agreementId, version});
    if (!stored.isValid()) {
        fail(error, SharingTr::tr("Version %1 of the agreement was never sent for signature, so "
                                  "there is no frozen copy of it.")
                        .arg(version));
        return std::nullopt;
    }
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(stored.toString().toUtf8(), &e);
    if (e.error != QJsonParseError::NoError || !doc.isObject() ||
        doc.object().value(QStringLiteral("format")).toString() != snapshotFormat) {
        fail(error, SharingTr::tr("The frozen copy of version %1 cannot be read; run igw check "
                                  "on the workspace.")
                        .arg(version));
        return std::nullopt;
    }
    return doc.object();
}

} // namespace igw::agreementVersions
