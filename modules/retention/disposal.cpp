#include "retention/disposal.h"

#include "register/assets.h"
#include "retention/duedates.h"
#include "retention/retentionclasses.h"
#include "retention/retentiontr.h"
#include "workspace/audit.h"
#include "workspace/sql.h"
#include "workspace/transaction.h"
#include "workspace/workspace.h"

#include <QLocale>
#include <QUuid>

namespace igw {

namespace {

const QString certificatePrefix = QStringLiteral("DC");
constexpr int maxText = retentionLimits::maxTextLength;

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString day(const QDate &date)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom)
        .toString(date, QStringLiteral("d MMMM yyyy"));
}

// The next certificate number from ref_counters, inside the caller's transaction.
QString nextCertificate(Workspace &workspace, QString *error)
{
    const QSqlDatabase db = workspace.database();
    const QVariant next =
        sql::scalar(db, QStringLiteral("SELECT next_value FROM ref_counters WHERE prefix = ?"),
                    {certificatePrefix}, error);
    const qint64 n = next.isValid() ? next.toLongLong() : 1;
    if (!sql::exec(db,
                   QStringLiteral("INSERT INTO ref_counters (prefix, next_value) VALUES (?, ?)"
                                  " ON CONFLICT (prefix) DO UPDATE SET"
                                  " next_value = excluded.next_value"),
                   {certificatePrefix, n + 1}, error))
        return {};
    return certificatePrefix + QLatin1Char('-') +
           QStringLiteral("%1").arg(n, 4, 10, QLatin1Char('0'));
}

const QString selectEntries =
    QStringLiteral("SELECT id, uuid, certificate, asset_id, asset_ref, asset_name, class_ref,"
                   " action, method, disposed_on, confirmed_by, notes, recorded_at, recorded_by"
                   " FROM disposal_log");

DisposalEntry entryOf(const QVariantList &r)
{
    DisposalEntry e;
    e.id = r.at(0).toLongLong();
    e.uuid = r.at(1).toString();
    e.certificate = r.at(2).toString();
    e.assetId = r.at(3).toLongLong();
    e.assetRef = r.at(4).toString();
    e.assetName = r.at(5).toString();
    e.classRef = r.at(6).toString();
    e.action = r.at(7).toString();
    e.method = r.at(8).toString();
    e.disposedOn = QDate::fromString(r.at(9).toString(), Qt::ISODate);
    e.confirmedBy = r.at(10).toString();
    e.notes = r.at(11).toString();
    e.recordedAt = QDateTime::fromString(r.at(12).toString(), Qt::ISODateWithMs);
    e.recordedBy = r.at(13).toString();
    return e;
}

} // namespace

QStringList disposalMethods()
{
    return {RetentionTr::tr("Cross-cut shredding on site"),
            RetentionTr::tr("Confidential waste contractor (shredding to BS EN 15713)"),
            RetentionTr::tr("Secure deletion from the system and its backups"),
            RetentionTr::tr("Destruction of the media with a certificate from the contractor"),
            RetentionTr::tr("Transfer to the record office")};
}

std::optional<DisposalEntry> confirmDisposal(Workspace &workspace, const DisposalRequest &r,
                                             QString *error, const QDate &today)
{
    namespace a = assetField;
    // Checked and written under one write lock, so nothing changes the asset in between.
    WriteTransaction tx(workspace);
    if (!tx.isActive()) {
        fail(error, tx.errorString());
        return std::nullopt;
    }
    const auto asset = workspace.records().get(kinds::asset(), r.assetId);
    if (!asset) {
        fail(error, RetentionTr::tr("There is no information asset with id %1.").arg(r.assetId));
        return std::nullopt;
    }
    const QString name = asset->title(kinds::asset());
    const auto refuse = [&](const QString &message) {
        fail(error,
             RetentionTr::tr("%1 %2 cannot be disposed of: %3").arg(asset->ref, name, message));
        return std::nullopt;
    };
    if (asset->value(a::legalHold).toInt() == 1) {
        const QString reason = asset->value(a::legalHoldReason).toString().trimmed();
        return refuse(RetentionTr::tr("it is on legal hold (%1). Release the hold when the "
                                      "matter is closed, then confirm the disposal.")
                          .arg(reason.isEmpty() ? RetentionTr::tr("no reason given") : reason));
    }
    if (asset->value(a::status).toString() == QLatin1String("disposed")) {
        const QList<DisposalEntry> done = disposalsOfAsset(workspace, r.assetId);
        return refuse(done.isEmpty() ? RetentionTr::tr("it is already marked disposed.")
                                     : RetentionTr::tr("it was already disposed of on %1 "
                                                       "(certificate %2).")
                                           .arg(day(done.constFirst().disposedOn),
                                                done.constFirst().certificate));
    }
    const qint64 classId = asset->value(a::retentionClassId).toLongLong();
    const auto retentionClass =
        classId > 0 ? workspace.records().get(kinds::retentionClass(), classId) : std::nullopt;
    if (!retentionClass)
        return refuse(RetentionTr::tr("it has no retention class. Give it the class of the "
                                      "schedule it is disposed of under first."));
    const QString kind = retentionClass->value(retentionField::periodKind).toString();
    const QString classAction = retentionClass->value(retentionField::disposalAction).toString();
    if (kind == retentionPeriodKind::permanent || classAction == retentionAction::retainPermanently)
        return refuse(RetentionTr::tr("its class %1 keeps the records permanently. Change the "
                                      "asset's class if these records are not what the class "
                                      "describes.")
                          .arg(retentionClass->ref));
    if (kind == retentionPeriodKind::untilSuperseded && r.notes.trimmed().isEmpty())
        return refuse(RetentionTr::tr("its class %1 keeps the records until they are "
                                      "superseded. Say in the notes what superseded them.")
                          .arg(retentionClass->ref));
    if (r.action != retentionAction::destroy && r.action != retentionAction::transferArchives)
        return refuse(RetentionTr::tr("\"%1\" is not a disposal. Choose destroy or transfer to "
                                      "archives.")
                          .arg(r.action));
    if ((classAction == retentionAction::destroy && r.action != retentionAction::destroy) ||
        (classAction == retentionAction::transferArchives &&
         r.action != retentionAction::transferArchives))
        return refuse(RetentionTr::tr("its class %1 says \"%2\", not \"%3\". Follow the "
                                      "schedule, or change the class first.")
                          .arg(retentionClass->ref,
                               choices::label(choices::disposalAction(), classAction),
                               choices::label(choices::disposalDone(), r.action)));
    if (r.method.trimmed().isEmpty())
        return refuse(RetentionTr::tr("say how the records were disposed of (the method)."));
    if (r.confirmedBy.trimmed().isEmpty())
        return refuse(RetentionTr::tr("say who confirmed the disposal."));
    for (const QString *text : {&r.method, &r.confirmedBy, &r.notes}) {
        if (text->size() > maxText)
            return refuse(RetentionTr::tr("a text is longer than %1 characters.").arg(maxText));
    }
    if (!r.disposedOn.isValid())
        return refuse(RetentionTr::tr("give the date of the disposal."));
    if (r.disposedOn > today)
        return refuse(RetentionTr::tr("the date %1 is in the future. Confirm a disposal once it "
                                      "has happened.")
                          .arg(day(r.disposedOn)));
    const AssetDue due = assetDue(*asset, retentionClass, today);
    if (due.trigger.isValid() && r.disposedOn < due.trigger)
        return refuse(RetentionTr::tr("the date %1 is before the trigger date %2.")
                          .arg(day(r.disposedOn), day(due.trigger)));
    if (kind == retentionPeriodKind::fixed && (!due.due.isValid() || r.disposedOn < due.due) &&
        r.notes.trimmed().isEmpty())
        return refuse(due.due.isValid()
                          ? RetentionTr::tr("it is not due until %1. Say in the notes why it "
                                            "was disposed of early.")
                                .arg(day(due.due))
                          : RetentionTr::tr("it has no trigger date, so it has no due date. "
                                            "Give the trigger date, or say in the notes why it "
                                            "was disposed of."));

    DisposalEntry e;
    e.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.certificate = nextCertificate(workspace, error);
    if (e.certificate.isEmpty())
        return std::nullopt;
    e.assetId = asset->id;
    e.assetRef = asset->ref;
    e.assetName = name;
    e.classRef = retentionClass->ref;
    e.action = r.action;
    e.method = r.method.trimmed();
    e.disposedOn = r.disposedOn;
    e.confirmedBy = r.confirmedBy.trimmed();
    e.notes = r.notes.trimmed();
    e.recordedAt = QDateTime::currentDateTimeUtc();
    e.recordedBy = workspace.userName();
    e.id = sql::insert(workspace.database(),
                       QStringLiteral("INSERT INTO disposal_log (uuid, certificate, asset_id,"
                                      " asset_ref, asset_name, class_ref, action, method,"
                                      " disposed_on, confirmed_by, notes, recorded_at,"
                                      " recorded_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"),
                       {e.uuid, e.certificate, e.assetId, e.assetRef, e.assetName, e.classRef,
                        e.action, e.method, e.disposedOn.toString(Qt::ISODate), e.confirmedBy,
                        e.notes.isEmpty() ? QVariant() : QVariant(e.notes),
                        e.recordedAt.toString(Qt::ISODateWithMs), e.recordedBy},
                       error);
    if (e.id == 0)
        return std::nullopt;
    AuditEntry audit;
    audit.user = workspace.userName();
    audit.recordTable = QStringLiteral("disposal_log");
    audit.recordUuid = asset->uuid;
    audit.recordRef = asset->ref;
    audit.action = QStringLiteral("create");
    audit.field = QStringLiteral("disposal");
    audit.newValue =
        RetentionTr::tr("%1: %2 on %3 under %4 by %5, confirmed by %6")
            .arg(e.certificate, choices::label(choices::disposalDone(), e.action),
                 e.disposedOn.toString(Qt::ISODate), e.classRef, e.method, e.confirmedBy);
    if (!audit::append(workspace.database(), audit, error))
        return std::nullopt;
    if (!workspace.records().update(kinds::asset(), asset->id,
                                    {{a::status, QStringLiteral("disposed")}}, error))
        return std::nullopt;
    if (!tx.commit()) {
        fail(error, tx.errorString());
        return std::nullopt;
    }
    return e;
}

QList<DisposalEntry> disposalLog(Workspace &workspace, QString *error)
{
    QList<DisposalEntry> out;
    for (const QVariantList &r : sql::rows(
             workspace.database(), selectEntries + QStringLiteral(" ORDER BY id DESC"), {}, error))
        out.append(entryOf(r));
    return out;
}

std::optional<DisposalEntry> disposalByCertificate(Workspace &workspace, const QString &certificate)
{
    const auto rows =
        sql::rows(workspace.database(), selectEntries + QStringLiteral(" WHERE certificate = ?"),
                  {certificate.trimmed().toUpper()});
    if (rows.isEmpty())
        return std::nullopt;
    return entryOf(rows.constFirst());
}

QList<DisposalEntry> disposalsOfAsset(Workspace &workspace, qint64 assetId)
{
    QList<DisposalEntry> out;
    for (const QVariantList &r : sql::rows(
             workspace.database(),
             selectEntries + QStringLiteral(" WHERE asset_id = ? ORDER BY id DESC"), {assetId}))
        out.append(entryOf(r));
    return out;
}

bool placeLegalHold(Workspace &workspace, qint64 assetId, const QString &reason, QString *error)
{
    namespace a = assetField;
    WriteTransaction tx(workspace);
    if (!tx.isActive())
        return fail(error, tx.errorString());
    const auto asset = workspace.records().get(kinds::asset(), assetId);
    if (!asset)
        return fail(error,
                    RetentionTr::tr("There is no information asset with id %1.").arg(assetId));
    if (reason.trimmed().isEmpty())
        return fail(error, RetentionTr::tr("Say why %1 is held (the claim, inquiry, request or "
                                           "investigation), so the hold can be released when it "
                                           "ends.")
                               .arg(asset->ref));
    if (reason.size() > maxText)
        return fail(error,
                    RetentionTr::tr("The reason is longer than %1 characters.").arg(maxText));
    if (asset->value(a::status).toString() == QLatin1String("disposed"))
        return fail(error, RetentionTr::tr("%1 has already been disposed of.").arg(asset->ref));
    return workspace.records().update(kinds::asset(), assetId,
                                      {{a::legalHold, 1}, {a::legalHoldReason, reason.trimmed()}},
                                      error) &&
           (tx.commit() || fail(error, tx.errorString()));
}

bool releaseLegalHold(Workspace &workspace, qint64 assetId, QString *error)
{
    namespace a = assetField;
    WriteTransaction tx(workspace);
    if (!tx.isActive())
        return fail(error, tx.errorString());
    const auto asset = workspace.records().get(kinds::asset(), assetId);
    if (!asset)
        return fail(error,
                    RetentionTr::tr("There is no information asset with id %1.").arg(assetId));
    if (asset->value(a::legalHold).toInt() != 1)
        return fail(error, RetentionTr::tr("%1 is not on legal hold.").arg(asset->ref));
    return workspace.records().update(kinds::asset(), assetId,
                                      {{a::legalHold, 0}, {a::legalHoldReason, QVariant()}},
                                      error) &&
           (tx.commit() || fail(error, tx.errorString()));
}

} // namespace igw
