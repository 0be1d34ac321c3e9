#include "dpia/versions.h"

#include "dpia/dpiaanswers.h"
#include "dpia/dpiarecords.h"
#include "dpia/dpiatexts.h"
#include "dpia/dpiatr.h"
#include "dpia/questionbank.h"
#include "dpia/riskmatrix.h"
#include "register/assets.h"
#include "ropa/activities.h"
#include "workspace/audit.h"
#include "workspace/directory.h"
#include "workspace/sql.h"
#include "workspace/transaction.h"
#include "workspace/workspace.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace igw::versions {

namespace {

const QString snapshotFormat = QStringLiteral("igw-dpia-snapshot");

// Snapshots are compared as they were written, so values keep their JSON form.
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

QJsonArray refsJson(Workspace &workspace, const RecordKind &kind, const QVariant &ids)
{
    QJsonArray out;
    for (const qint64 id : linkIds(ids)) {
        const auto r = workspace.records().get(kind, id);
        out.append(QJsonObject{{QStringLiteral("id"), id},
                               {QStringLiteral("ref"), r ? r->ref : QString()},
                               {QStringLiteral("name"), r ? r->title(kind) : QString()}});
    }
    return out;
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString jsonText(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return {};
    if (v.isDouble())
        return QString::number(v.toInteger());
    return v.toVariant().toString();
}

QString quoted(const QString &ref, const QString &title)
{
    return DpiaTr::tr("%1 \u201c%2\u201d").arg(ref, title);
}

// "3;7" -> "PA-0003 Name; PA-0007 Name" using the snapshot's own reference lists.
QString linkText(const QJsonArray &refs, const QJsonValue &ids)
{
    QStringList parts;
    for (const qint64 id : linkIds(jsonText(ids))) {
        QString text = QString::number(id);
        for (const QJsonValue &r : refs)
            if (r[QStringLiteral("id")].toInteger() == id)
                text = r[QStringLiteral("ref")].toString() + QLatin1Char(' ') +
                       r[QStringLiteral("name")].toString();
        parts << text;
    }
    return parts.join(QStringLiteral("; "));
}

QString signoffText(const QJsonObject &s)
{
    QStringList parts;
    for (const char *key : {"name", "position", "date"}) {
        const QString v = s.value(QLatin1String(key)).toString().trimmed();
        if (!v.isEmpty())
            parts << v;
    }
    return parts.join(QStringLiteral(", "));
}

RiskMatrix matrixOf(const QJsonObject &snap)
{
    return RiskMatrix::byKey(snap.value(QStringLiteral("matrix")).toString())
        .value_or(RiskMatrix::ico3());
}

// A value as people read it: references to people, risks and the screening by name (from
// the snapshot itself, so an old version reads as it was), everything else as dpiatexts.h
// shows it.
QString displayIn(const QJsonObject &snap, const RecordKind &kind, const QString &field,
                  const QJsonValue &value)
{
    const QString raw = jsonText(value);
    const auto lookup = [&](const QString &list, const QString &titleKey) {
        for (const QJsonValue &v : snap.value(list).toArray())
            if (QString::number(v[QStringLiteral("id")].toInteger()) == raw)
                return quoted(v[QStringLiteral("ref")].toString(),
                              titleKey.isEmpty()
                                  ? v[QStringLiteral("name")].toString()
                                  : v[QStringLiteral("values")][titleKey].toString());
        return raw;
    };
    if (raw.isEmpty())
        return raw;
    if (field == dpiaField::ownerPersonId) // the same name in dpias and measures
        return lookup(QStringLiteral("people"), {});
    if (&kind == &kinds::measure() && field == measureField::riskId)
        return lookup(QStringLiteral("risks"), riskField::title);
    if (&kind == &kinds::dpia() && field == dpiaField::screeningId)
        return lookup(QStringLiteral("screenings"), {});
    return dpiaDisplayValue(kind, field, value.toVariant(), matrixOf(snap));
}

void diffRecords(const RecordKind &kind, const QString &areaWord, const QString &list,
                 const QJsonObject &olderSnap, const QJsonObject &newerSnap, QList<Change> *out)
{
    const QJsonArray older = olderSnap.value(list).toArray();
    const QJsonArray newer = newerSnap.value(list).toArray();
    QHash<QString, QJsonObject> before, after;
    for (const QJsonValue &v : older)
        before.insert(v[QStringLiteral("uuid")].toString(), v.toObject());
    for (const QJsonValue &v : newer)
        after.insert(v[QStringLiteral("uuid")].toString(), v.toObject());
    const auto title = [&kind](const QJsonObject &o) {
        return o[QStringLiteral("values")][kind.titleField].toString();
    };
    const auto area = [&](const QJsonObject &o) {
        return DpiaTr::tr("%1 %2").arg(areaWord,
                                       quoted(o[QStringLiteral("ref")].toString(), title(o)));
    };
    for (const QJsonValue &v : older) {
        const QJsonObject o = v.toObject();
        if (!after.contains(o[QStringLiteral("uuid")].toString()))
            out->append({Change::Kind::Removed, area(o), {}, title(o), {}});
    }
    for (const QJsonValue &v : newer) {
        const QJsonObject n = v.toObject();
        const QString uuid = n[QStringLiteral("uuid")].toString();
        if (!before.contains(uuid)) {
            out->append({Change::Kind::Added, area(n), {}, {}, title(n)});
            continue;
        }
        const QJsonObject ov = before.value(uuid)[QStringLiteral("values")].toObject();
        const QJsonObject nv = n[QStringLiteral("values")].toObject();
        for (const QString &f : kind.fields) {
            if (f == riskField::dpiaId || f == measureField::dpiaId)
                continue;
            const QString a = displayIn(olderSnap, kind, f, ov.value(f));
            const QString b = displayIn(newerSnap, kind, f, nv.value(f));
            if (a != b)
                out->append({Change::Kind::Changed, area(n), dpiaFieldLabel(kind, f), a, b});
        }
    }
}

} // namespace

QString Change::text() const
{
    const QString where = item.isEmpty() ? area : DpiaTr::tr("%1: %2").arg(area, item);
    switch (kind) {
    case Kind::Added:
        return item.isEmpty() ? DpiaTr::tr("%1 added").arg(where)
                              : DpiaTr::tr("%1 added: \u201c%2\u201d").arg(where, after);
    case Kind::Removed:
        return item.isEmpty() ? DpiaTr::tr("%1 removed").arg(where)
                              : DpiaTr::tr("%1 removed (was \u201c%2\u201d)").arg(where, before);
    case Kind::Changed:
        return DpiaTr::tr("%1: \u201c%2\u201d \u2192 \u201c%3\u201d").arg(where, before, after);
    }
    return {};
}

std::optional<QJsonObject> snapshot(Workspace &workspace, qint64 dpiaId, QString *error)
{
    RecordStore &store = workspace.records();
    const auto dpia = store.get(kinds::dpia(), dpiaId);
    if (!dpia) {
        fail(error, DpiaTr::tr("The DPIA no longer exists."));
        return std::nullopt;
    }
    QString listError;
    const QList<Record> risks = store.list(kinds::risk(), riskField::sortOrder,
                                           QStringLiteral("dpia_id = ?"), {dpiaId}, &listError);
    const QList<Record> measures =
        store.list(kinds::measure(), {}, QStringLiteral("dpia_id = ?"), {dpiaId}, &listError);
    if (!listError.isEmpty()) {
        fail(error, listError);
        return std::nullopt;
    }
    QJsonArray riskArray, measureArray;
    QList<qint64> people;
    const auto addPerson = [&people](const QVariant &id) {
        if (id.toLongLong() > 0 && !people.contains(id.toLongLong()))
            people << id.toLongLong();
    };
    addPerson(dpia->value(dpiaField::ownerPersonId));
    for (const Record &r : risks)
        riskArray.append(recordJson(kinds::risk(), r));
    for (const Record &m : measures) {
        measureArray.append(recordJson(kinds::measure(), m));
        addPerson(m.value(measureField::ownerPersonId));
    }
    return QJsonObject{
        {QStringLiteral("format"), snapshotFormat},
        {QStringLiteral("format_version"), 1},
        {QStringLiteral("bank_version"), dpia->value(dpiaField::bankVersion).toString()},
        {QStringLiteral("matrix"), dpia->value(dpiaField::matrix).toString()},
        {QStringLiteral("dpia"), recordJson(kinds::dpia(), *dpia)},
        {QStringLiteral("activities"),
         refsJson(workspace, kinds::activity(), dpia->value(dpiaField::activityIds))},
        {QStringLiteral("assets"),
         refsJson(workspace, kinds::asset(), dpia->value(dpiaField::assetIds))},
        {QStringLiteral("people"), refsJson(workspace, kinds::person(), linkValue(people))},
        {QStringLiteral("screenings"),
         refsJson(workspace, kinds::screening(), dpia->value(dpiaField::screeningId))},
        {QStringLiteral("risks"), riskArray},
        {QStringLiteral("measures"), measureArray}};
}

std::optional<DpiaVersionInfo> freeze(Workspace &workspace, qint64 dpiaId, QString *error)
{
    const auto dpia = workspace.records().get(kinds::dpia(), dpiaId);
    const auto snap = snapshot(workspace, dpiaId, error);
    if (!dpia || !snap)
        return std::nullopt;
    const int version = dpia->value(dpiaField::version).toInt();
    const QByteArray json = QJsonDocument(*snap).toJson(QJsonDocument::Compact);
    WriteTransaction tx(workspace);
    if (!tx.isActive()) {
        fail(error, tx.errorString());
        return std::nullopt;
    }
    const QVariant existing = sql::scalar(
        workspace.database(),
        QStringLiteral("SELECT id FROM dpia_versions WHERE dpia_id = ? AND version = ?"),
        {dpiaId, version});
    if (existing.isValid()) {
        fail(error, DpiaTr::tr("Version %1 of %2 is already frozen; edit the DPIA to start a "
                               "new version.")
                        .arg(version)
                        .arg(dpia->ref));
        return std::nullopt;
    }
    DpiaVersionInfo info;
    info.dpiaId = dpiaId;
    info.version = version;
    info.frozenAt = QDateTime::fromString(
        QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), Qt::ISODateWithMs);
    info.frozenBy = workspace.userName();
    info.id = sql::insert(workspace.database(),
                          QStringLiteral("INSERT INTO dpia_versions (dpia_id, version, frozen_at,"
                                         " frozen_by, snapshot) VALUES (?, ?, ?, ?, ?)"),
                          {dpiaId, version, info.frozenAt.toString(Qt::ISODateWithMs),
                           info.frozenBy, QString::fromUtf8(json)},
                          error);
    if (info.id == 0)
        return std::nullopt;
    AuditEntry e;
    e.user = workspace.userName();
    e.recordTable = QStringLiteral("dpia_versions");
    e.recordUuid = dpia->uuid;
    e.recordRef = dpia->ref;
    e.action = QStringLiteral("create");
    e.field = QStringLiteral("version");
    e.newValue = DpiaTr::tr("Version %1 frozen (SHA-256 %2)")
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

QList<DpiaVersionInfo> list(Workspace &workspace, qint64 dpiaId)
{
    QList<DpiaVersionInfo> out;
    const auto rows = sql::rows(workspace.database(),
                                QStringLiteral("SELECT id, version, frozen_at, frozen_by FROM"
                                               " dpia_versions WHERE dpia_id = ? ORDER BY version"),
                                {dpiaId});
    for (const QVariantList &r : rows)
        out << DpiaVersionInfo{r.at(0).toLongLong(), dpiaId, r.at(1).toInt(),
                               QDateTime::fromString(r.at(2).toString(), Qt::ISODateWithMs),
                               r.at(3).toString()};
    return out;
}

std::optional<QJsonObject> load(Workspace &workspace, qint64 dpiaId, int version, QString *error)
{
    const QVariant stored = sql::scalar(
        workspace.database(),
        QStringLiteral("SELECT snapshot FROM dpia_versions WHERE dpia_id = ? AND version = ?"),
        {dpiaId, version});
    if (!stored.isValid()) {
        fail(error, DpiaTr::tr("Version %1 of this DPIA was never frozen.").arg(version));
        return std::nullopt;
    }
    const QJsonObject snap = QJsonDocument::fromJson(stored.toString().toUtf8()).object();
    if (snap.value(QStringLiteral("format")).toString() != snapshotFormat) {
        fail(error, DpiaTr::tr("Version %1 of this DPIA is damaged: its snapshot cannot be "
                               "read. Run \u201cigw check\u201d on the workspace.")
                        .arg(version));
        return std::nullopt;
    }
    return snap;
}

QList<Change> diff(const QJsonObject &older, const QJsonObject &newer, const QuestionBank &bank)
{
    QList<Change> out;
    const RecordKind &kind = kinds::dpia();
    const QJsonObject ov = older[QStringLiteral("dpia")][QStringLiteral("values")].toObject();
    const QJsonObject nv = newer[QStringLiteral("dpia")][QStringLiteral("values")].toObject();
    const QString dpiaArea = DpiaTr::tr("DPIA");
    for (const QString &f : kind.fields) {
        if (f == dpiaField::answers || f == dpiaField::signoffs)
            continue; // compared item by item below
        const QString a = displayIn(older, kind, f, ov.value(f));
        const QString b = displayIn(newer, kind, f, nv.value(f));
        if (a != b)
            out.append({Change::Kind::Changed, dpiaArea, dpiaFieldLabel(kind, f), a, b});
    }
    const struct {
        QString field;
        QString refs;
    } links[] = {{dpiaField::activityIds, QStringLiteral("activities")},
                 {dpiaField::assetIds, QStringLiteral("assets")}};
    for (const auto &l : links) {
        const QString a = linkText(older[l.refs].toArray(), ov.value(l.field));
        const QString b = linkText(newer[l.refs].toArray(), nv.value(l.field));
        if (a != b)
            out.append({Change::Kind::Changed, dpiaArea, dpiaFieldLabel(kind, l.field), a, b});
    }
    const QJsonObject os =
        QJsonDocument::fromJson(jsonText(ov.value(dpiaField::signoffs)).toUtf8()).object();
    const QJsonObject ns =
        QJsonDocument::fromJson(jsonText(nv.value(dpiaField::signoffs)).toUtf8()).object();
    for (const auto &role : choices::signoffRoles()) {
        const QString a = signoffText(os.value(role.first).toObject());
        const QString b = signoffText(ns.value(role.first).toObject());
        if (a != b)
            out.append({a.isEmpty()   ? Change::Kind::Added
                        : b.isEmpty() ? Change::Kind::Removed
                                      : Change::Kind::Changed,
                        DpiaTr::tr("Sign-off"), role.second, a, b});
    }
    const DpiaAnswers oa = parseAnswers(jsonText(ov.value(dpiaField::answers)));
    const DpiaAnswers na = parseAnswers(jsonText(nv.value(dpiaField::answers)));
    QStringList ids = bank.questionIds();
    for (const QString &id : oa.keys() + na.keys())
        if (!ids.contains(id))
            ids << id; // answers to questions the bank no longer has still show
    for (const QString &id : ids) {
        const QString a = htmlToPlain(oa.value(id));
        const QString b = htmlToPlain(na.value(id));
        if (a == b)
            continue;
        const BankQuestion *q = bank.question(id);
        out.append({a.isEmpty()   ? Change::Kind::Added
                    : b.isEmpty() ? Change::Kind::Removed
                                  : Change::Kind::Changed,
                    DpiaTr::tr("Answer"), q ? DpiaTr::tr("%1 %2").arg(id, q->text) : id, a, b});
    }
    diffRecords(kinds::risk(), DpiaTr::tr("Risk"), QStringLiteral("risks"), older, newer, &out);
    diffRecords(kinds::measure(), DpiaTr::tr("Measure"), QStringLiteral("measures"), older, newer,
                &out);
    return out;
}

} // namespace igw::versions
