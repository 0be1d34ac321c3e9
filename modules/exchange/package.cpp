#include "exchange/package.h"

#include "exchange/exchangetr.h"
#include "exchange/keys.h"
#include "register/assets.h"
#include "retention/retentionclasses.h"
#include "sharing/agreements.h"
#include "sharing/lifecycle.h"
#include "workspace/audit.h"
#include "workspace/recordstore.h"
#include "workspace/sql.h"
#include "workspace/transaction.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <archive.h>
#include <archive_entry.h>
#include <map>
#include <memory>

namespace igw::exchange {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// The fields of a record that go to partners: its data, not our internal links (ids of our
// people and records mean nothing elsewhere), not notes and not the shareable flag itself.
bool published(const QString &field)
{
    return !field.endsWith(QLatin1String("_id")) && !field.endsWith(QLatin1String("_ids")) &&
           field != QLatin1String("notes") && field != QLatin1String("shareable") &&
           field != QLatin1String("section_additions") &&
           field != QLatin1String("clause_overrides");
}

QJsonObject valuesJson(const RecordKind &kind, const Record &r)
{
    QJsonObject values;
    for (const QString &f : kind.fields) {
        if (!published(f))
            continue;
        const QVariant v = r.value(f);
        if (!v.isValid() || v.isNull())
            continue;
        values.insert(f, QJsonValue::fromVariant(v));
    }
    return values;
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

struct TarWriter {
    QByteArray out;
    static la_ssize_t write(archive *, void *self, const void *buffer, size_t length)
    {
        static_cast<TarWriter *>(self)->out.append(static_cast<const char *>(buffer),
                                                   qsizetype(length));
        return la_ssize_t(length);
    }
};

std::optional<QByteArray> makeTar(const QList<std::pair<QString, QByteArray>> &members,
                                  const QDateTime &when, QString *error)
{
    TarWriter writer;
    std::unique_ptr<archive, int (*)(archive *)> a(archive_write_new(), archive_write_free);
    const auto broken = [&] {
        fail(error, ExchangeTr::tr("Cannot build the package: %1")
                        .arg(QString::fromUtf8(archive_error_string(a.get()))));
        return std::nullopt;
    };
    if (archive_write_set_format_pax_restricted(a.get()) != ARCHIVE_OK ||
        archive_write_add_filter_none(a.get()) != ARCHIVE_OK ||
        archive_write_set_bytes_in_last_block(a.get(), 1) != ARCHIVE_OK ||
        archive_write_open(a.get(), &writer, nullptr, &TarWriter::write, nullptr) != ARCHIVE_OK)
        return broken();
    for (const auto &[name, data] : members) {
        std::unique_ptr<archive_entry, void (*)(archive_entry *)> e(archive_entry_new(),
                                                                    archive_entry_free);
        const QByteArray utf8 = name.toUtf8();
        archive_entry_set_pathname(e.get(), utf8.constData());
        archive_entry_set_filetype(e.get(), AE_IFREG);
        archive_entry_set_perm(e.get(), 0644);
        archive_entry_set_size(e.get(), data.size());
        archive_entry_set_mtime(e.get(), when.toSecsSinceEpoch(), 0);
        if (archive_write_header(a.get(), e.get()) != ARCHIVE_OK ||
            archive_write_data(a.get(), data.constData(), size_t(data.size())) != data.size())
            return broken();
    }
    if (archive_write_close(a.get()) != ARCHIVE_OK)
        return broken();
    return writer.out;
}

bool writeNew(const QString &path, const QByteArray &data, QString *error)
{
    if (QFileInfo::exists(path))
        return fail(error, ExchangeTr::tr("%1 already exists; packages are never overwritten. "
                                          "Choose another name.")
                               .arg(QDir::toNativeSeparators(path)));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit())
        return fail(error, ExchangeTr::tr("Cannot write %1: %2")
                               .arg(QDir::toNativeSeparators(path), f.errorString()));
    return true;
}

} // namespace

QJsonObject PackageCounts::toJson() const
{
    return {{QStringLiteral("assets"), assets},
            {QStringLiteral("agreements"), agreements},
            {QStringLiteral("retention-classes"), retentionClasses},
            {QStringLiteral("signatures"), signatures},
            {QStringLiteral("key-announcements"), announcesKey ? 1 : 0}};
}

QString PackageCounts::text() const
{
    QStringList parts{ExchangeTr::tr("%n asset(s)", nullptr, assets),
                      ExchangeTr::tr("%n agreement(s)", nullptr, agreements),
                      ExchangeTr::tr("%n retention class(es)", nullptr, retentionClasses),
                      ExchangeTr::tr("%n signature(s)", nullptr, signatures)};
    if (announcesKey)
        parts << ExchangeTr::tr("a new signing key");
    return parts.join(QStringLiteral(", "));
}

QString packageFileName(const QString &senderUuid, qint64 sequence, const QString &sha256)
{
    return QStringLiteral("%1-%2-%3.tar").arg(senderUuid).arg(sequence).arg(sha256.left(12));
}

QByteArray trustedComment(const QString &senderUuid, qint64 sequence, const QString &sha256)
{
    return QStringLiteral("igw-package sender:%1 sequence:%2 sha256:%3")
        .arg(senderUuid)
        .arg(sequence)
        .arg(sha256)
        .toUtf8();
}

bool setShareable(Workspace &workspace, const RecordKind &kind, qint64 id, bool shareable,
                  QString *error)
{
    if (kind.table != kinds::asset().table && kind.table != kinds::agreement().table &&
        kind.table != kinds::retentionClass().table)
        return fail(error, ExchangeTr::tr("Only assets, agreements and retention classes can be "
                                          "shared with partners."));
    const auto record = workspace.records().get(kind, id);
    if (!record)
        return fail(error, ExchangeTr::tr("The record no longer exists."));
    const QVariant old =
        sql::scalar(workspace.database(),
                    QStringLiteral("SELECT shareable FROM %1 WHERE id = ?").arg(kind.table), {id});
    if ((old.toInt() == 1) == shareable)
        return true;
    WriteTransaction tx(workspace);
    AuditEntry e;
    e.user = workspace.userName();
    e.recordTable = kind.table;
    e.recordUuid = record->uuid;
    e.recordRef = record->ref;
    e.action = QStringLiteral("update");
    e.field = QStringLiteral("shareable");
    e.oldValue = old.isNull() ? QString() : old.toString();
    e.newValue = shareable ? QStringLiteral("1") : QStringLiteral("0");
    if (!tx.isActive() ||
        !sql::exec(workspace.database(),
                   QStringLiteral("UPDATE %1 SET shareable = ? WHERE id = ?").arg(kind.table),
                   {shareable ? 1 : 0, id}, error) ||
        !audit::append(workspace.database(), e, error))
        return false;
    if (!tx.commit())
        return fail(error, tx.errorString());
    workspace.queueChange(kind.table, id);
    return true;
}

std::optional<BuiltPackage> buildPackage(Workspace &workspace, const SecretKey &signer,
                                         const QString &path, QString *error)
{
    if (workspace.isReadOnly()) {
        fail(error, workspace.readOnlyMessage());
        return std::nullopt;
    }
    const auto current = currentKey(workspace);
    if (!current) {
        fail(error, ExchangeTr::tr("This workspace has no signing key yet. Make one with `igw "
                                   "keys init`."));
        return std::nullopt;
    }
    if (current->publicKey.key != signer.publicKey.key ||
        current->publicKey.keyNumber != signer.publicKey.keyNumber) {
        fail(error, ExchangeTr::tr("The key file holds key %1, but the workspace signs with key "
                                   "%2. Give the key file of key %2.")
                        .arg(keyIdText(signer.publicKey.keyNumber), current->keyId));
        return std::nullopt;
    }
    const QSqlDatabase db = workspace.database();
    const QString sender = selfUuid(workspace);
    const QString senderName =
        sql::scalar(db, QStringLiteral("SELECT name FROM organisations WHERE id = ?"),
                    {workspace.selfOrganisationId()})
            .toString();
    const auto last = sql::rows(db, QStringLiteral("SELECT sequence, sha256 FROM exchange_log"
                                                   " WHERE direction = 'sent' ORDER BY sequence"
                                                   " DESC LIMIT 1"));
    BuiltPackage built;
    built.sequence = last.isEmpty() ? 1 : last.constFirst().at(0).toLongLong() + 1;
    built.previousSha256 = last.isEmpty() ? QString() : last.constFirst().at(1).toString();
    built.keyId = current->keyId;

    // Partner ids of the organisations in our directory that are on the trust list, so an
    // agreement's parties name each other the way each workspace knows itself.
    std::map<qint64, QString> partnerIds;
    for (const QVariantList &r : sql::rows(db, QStringLiteral("SELECT org_id, partner_uuid FROM"
                                                              " exchange_trust ORDER BY id")))
        partnerIds[r.at(0).toLongLong()] = r.at(1).toString();

    std::map<QString, QByteArray> members; // sorted by path
    QString listError;
    RecordStore &store = workspace.records();
    const QString shared = QStringLiteral("shareable = 1");
    const auto addRecords = [&](const RecordKind &kind, const QString &word, int *count) {
        for (const Record &r : store.list(kind, {}, shared, {}, &listError)) {
            QJsonObject o{{QStringLiteral("kind"), word},
                          {QStringLiteral("uuid"), r.uuid},
                          {QStringLiteral("ref"), r.ref},
                          {QStringLiteral("title"), r.title(kind)},
                          {QStringLiteral("updated_at"), r.updatedAt.toString(Qt::ISODateWithMs)},
                          {QStringLiteral("values"), valuesJson(kind, r)}};
            if (&kind == &kinds::agreement()) {
                QJsonArray parties;
                for (const Record &p : store.list(kinds::agreementParty(), partyField::sortOrder,
                                                  QStringLiteral("agreement_id = ?"), {r.id})) {
                    const qint64 org = p.value(partyField::orgId).toLongLong();
                    const QString orgName =
                        sql::scalar(db,
                                    QStringLiteral("SELECT name FROM organisations WHERE id = ?"),
                                    {org ? org : workspace.selfOrganisationId()})
                            .toString();
                    const auto it = partnerIds.find(org);
                    parties.append(QJsonObject{
                        {QStringLiteral("organisation"), orgName},
                        {QStringLiteral("partner_id"),
                         org == 0 ? sender : (it != partnerIds.end() ? it->second : QString())},
                        {QStringLiteral("role"), p.value(partyField::role).toString()},
                        {QStringLiteral("signatory_name"),
                         p.value(partyField::signatoryName).toString()},
                        {QStringLiteral("signatory_role"),
                         p.value(partyField::signatoryRole).toString()}});
                }
                o.insert(QStringLiteral("parties"), parties);
                QJsonArray signed_;
                for (const AgreementSignature &s : sharing::currentSignatures(workspace, r.id))
                    signed_.append(
                        QJsonObject{{QStringLiteral("party"), s.partyName},
                                    {QStringLiteral("name"), s.name},
                                    {QStringLiteral("role"), s.role},
                                    {QStringLiteral("signed_on"), s.signedOn.toString(Qt::ISODate)},
                                    {QStringLiteral("version"), s.version}});
                o.insert(QStringLiteral("signatures"), signed_);
            }
            members[QStringLiteral("records/%1/%2.json").arg(word, r.uuid)] = compact(o);
            ++*count;
        }
    };
    addRecords(kinds::asset(), QStringLiteral("assets"), &built.counts.assets);
    addRecords(kinds::agreement(), QStringLiteral("agreements"), &built.counts.agreements);
    addRecords(kinds::retentionClass(), QStringLiteral("retention-classes"),
               &built.counts.retentionClasses);
    if (!listError.isEmpty()) {
        fail(error, listError);
        return std::nullopt;
    }
    for (const QVariantList &r :
         sql::rows(db, QStringLiteral("SELECT uuid, agreement_uuid, agreement_ref, version, name,"
                                      " role, signed_on FROM exchange_signatures ORDER BY id"))) {
        members[QStringLiteral("signatures/%1.json").arg(r.at(0).toString())] =
            compact({{QStringLiteral("uuid"), r.at(0).toString()},
                     {QStringLiteral("agreement_uuid"), r.at(1).toString()},
                     {QStringLiteral("agreement_ref"), r.at(2).toString()},
                     {QStringLiteral("version"), r.at(3).toInt()},
                     {QStringLiteral("name"), r.at(4).toString()},
                     {QStringLiteral("role"), r.at(5).toString()},
                     {QStringLiteral("signed_on"), r.at(6).toString()}});
        ++built.counts.signatures;
    }
    const auto pending = pendingKey(workspace);
    if (pending) {
        members[QStringLiteral("keys/next.json")] = compact(
            {{QStringLiteral("key_id"), pending->keyId},
             {QStringLiteral("public_key"), QString::fromLatin1(pending->publicKey.key.toBase64())},
             {QStringLiteral("fingerprint"), pending->fingerprint}});
        built.counts.announcesKey = true;
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonArray list;
    for (const auto &[name, data] : members)
        list.append(QJsonObject{{QStringLiteral("path"), name},
                                {QStringLiteral("size"), data.size()},
                                {QStringLiteral("sha256"), sha256Hex(data)}});
    const QJsonObject manifest{
        {QStringLiteral("format"), QLatin1String(PackageFormat)},
        {QStringLiteral("format_version"), PackageFormatVersion},
        {QStringLiteral("sender"), QJsonObject{{QStringLiteral("id"), sender},
                                               {QStringLiteral("name"), senderName},
                                               {QStringLiteral("key_id"), current->keyId}}},
        {QStringLiteral("sequence"), built.sequence},
        {QStringLiteral("previous_sha256"), built.previousSha256},
        {QStringLiteral("created"), now.toString(Qt::ISODateWithMs)},
        {QStringLiteral("recipients"), QStringLiteral("all-partners")},
        {QStringLiteral("counts"), built.counts.toJson()},
        {QStringLiteral("members"), list}};
    QList<std::pair<QString, QByteArray>> ordered{
        {QStringLiteral("manifest.json"), QJsonDocument(manifest).toJson(QJsonDocument::Indented)}};
    for (const auto &[name, data] : members)
        ordered.append({name, data});
    const auto archive = makeTar(ordered, now, error);
    if (!archive)
        return std::nullopt;
    built.sha256 = sha256Hex(*archive);
    built.path = QFileInfo(path).absoluteFilePath();
    built.signaturePath = built.path + QStringLiteral(".minisig");
    const QByteArray signature =
        signatureFile(*archive, signer, trustedComment(sender, built.sequence, built.sha256),
                      QStringLiteral("signature from IG Workbench, key %1").arg(current->keyId));
    if (QFileInfo::exists(built.signaturePath)) {
        fail(error, ExchangeTr::tr("%1 already exists; packages are never overwritten. Choose "
                                   "another name.")
                        .arg(QDir::toNativeSeparators(built.signaturePath)));
        return std::nullopt;
    }
    WriteTransaction tx(workspace);
    if (!tx.isActive()) {
        fail(error, tx.errorString());
        return std::nullopt;
    }
    const QString at = now.toString(Qt::ISODateWithMs);
    AuditEntry e;
    e.user = workspace.userName();
    e.recordTable = QStringLiteral("exchange_log");
    e.recordUuid = sender;
    e.recordRef = sql::scalar(db, QStringLiteral("SELECT ref FROM organisations WHERE id = ?"),
                              {workspace.selfOrganisationId()})
                      .toString();
    e.action = QStringLiteral("create");
    e.field = QStringLiteral("package");
    e.newValue = ExchangeTr::tr("package %1 sent (%2), SHA-256 %3, signed with key %4")
                     .arg(built.sequence)
                     .arg(built.counts.text(), built.sha256, current->keyId);
    bool ok =
        sql::exec(db,
                  QStringLiteral("INSERT INTO exchange_log (direction, partner_uuid, org_id,"
                                 " sequence, sha256, previous_sha256, key_id, file_name,"
                                 " counts, result, at, by) VALUES ('sent', ?, ?, ?, ?, ?,"
                                 " ?, ?, ?, 'sent', ?, ?)"),
                  {sender, workspace.selfOrganisationId(), built.sequence, built.sha256,
                   built.previousSha256, current->keyId, QFileInfo(path).fileName(),
                   QString::fromUtf8(compact(built.counts.toJson())), at, workspace.userName()},
                  error) &&
        audit::append(db, e, error);
    if (ok && pending) {
        ok = sql::exec(db,
                       QStringLiteral("UPDATE exchange_keys SET status = 'retired', retired_at ="
                                      " ?, replaced_by = ? WHERE id = ?"),
                       {at, pending->id, current->id}, error) &&
             sql::exec(db,
                       QStringLiteral("UPDATE exchange_keys SET status = 'current' WHERE id = ?"),
                       {pending->id}, error);
        AuditEntry k = e;
        k.recordTable = QStringLiteral("exchange_keys");
        k.action = QStringLiteral("update");
        k.field = QStringLiteral("signing_key");
        k.oldValue = ExchangeTr::tr("key %1 (current)").arg(current->keyId);
        k.newValue = ExchangeTr::tr("key %1 (current), announced in package %2")
                         .arg(pending->keyId)
                         .arg(built.sequence);
        ok = ok && audit::append(db, k, error);
    }
    // Files first, then the commit: a package that was not written is never logged as sent,
    // and one whose log entry failed is removed again.
    if (!ok || !writeNew(built.path, *archive, error))
        return std::nullopt;
    if (!writeNew(built.signaturePath, signature, error)) {
        QFile::remove(built.path);
        return std::nullopt;
    }
    if (!tx.commit()) {
        QFile::remove(built.path);
        QFile::remove(built.signaturePath);
        fail(error, tx.errorString());
        return std::nullopt;
    }
    return built;
}

} // namespace igw::exchange
