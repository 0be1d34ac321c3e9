#include "exchange/packagereader.h"

#include "exchange/exchangetr.h"
#include "exchange/package.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <archive.h>
#include <archive_entry.h>
#include <map>
#include <memory>

namespace igw::exchange {

namespace {

constexpr char Uuid[] = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
constexpr int MaxValues = 200;
constexpr int MaxParties = 50;
constexpr int MaxListedSignatures = 500;
constexpr qsizetype MaxTextChars = 100000;
constexpr qsizetype MaxTitleChars = 1000;

const QRegularExpression &memberPattern()
{
    static const QRegularExpression re(
        QStringLiteral("^(?:manifest\\.json|records/(?:assets|agreements|retention-classes)/%1"
                       "\\.json|signatures/%1\\.json|keys/next\\.json)$")
            .arg(QLatin1String(Uuid)));
    return re;
}

ReadResult refuse(Refusal why, const QString &message)
{
    ReadResult r;
    r.refusal = why;
    r.message = message;
    return r;
}

QString climbs(const QString &name)
{
    for (const QStringView part : QStringView(name).split(u'/')) {
        if (part == u"..")
            return name;
    }
    return {};
}

bool isHex64(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    return re.match(s).hasMatch();
}

bool isUuid(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^%1$").arg(QLatin1String(Uuid)));
    return re.match(s).hasMatch();
}

// A record's fields: flat names, plain values, bounded.
bool validValues(const QJsonObject &values)
{
    static const QRegularExpression key(QStringLiteral("^[a-z][a-z0-9_]{0,63}$"));
    if (values.size() > MaxValues)
        return false;
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (!key.match(it.key()).hasMatch())
            return false;
        const QJsonValue v = it.value();
        if (v.isString() && v.toString().size() > MaxTextChars)
            return false;
        if (!v.isString() && !v.isDouble() && !v.isBool() && !v.isNull())
            return false;
    }
    return true;
}

bool validStrings(const QJsonObject &o, int maxKeys)
{
    if (o.size() > maxKeys)
        return false;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QJsonValue v = it.value();
        if (!(v.isString() && v.toString().size() <= MaxTitleChars) && !v.isDouble())
            return false;
    }
    return true;
}

QString member(const QString &path)
{
    return path;
}

// Parses and checks one member; on failure returns the reason.
QString parseMember(const QString &path, const QByteArray &data, VerifiedPackage *package)
{
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(data, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return ExchangeTr::tr("%1 is not a JSON object.").arg(member(path));
    const QJsonObject o = doc.object();
    const QString uuid = QFileInfo(path).completeBaseName();
    if (path.startsWith(QLatin1String("records/"))) {
        static const QRegularExpression ref(QStringLiteral("^[A-Z]{1,6}-[0-9]{1,9}$"));
        IncomingRecord r;
        r.kind = path.section(QLatin1Char('/'), 1, 1);
        r.uuid = o.value(QStringLiteral("uuid")).toString();
        r.ref = o.value(QStringLiteral("ref")).toString();
        r.title = o.value(QStringLiteral("title")).toString();
        r.data = o;
        if (r.uuid != uuid || o.value(QStringLiteral("kind")).toString() != r.kind)
            return ExchangeTr::tr("%1 names another record than its file name does.").arg(path);
        if (!ref.match(r.ref).hasMatch())
            return ExchangeTr::tr("%1 has no valid reference.").arg(path);
        if (r.title.trimmed().isEmpty() || r.title.size() > MaxTitleChars)
            return ExchangeTr::tr("%1 has no title, or one over %2 characters.")
                .arg(path)
                .arg(MaxTitleChars);
        if (!o.value(QStringLiteral("values")).isObject() ||
            !validValues(o.value(QStringLiteral("values")).toObject()))
            return ExchangeTr::tr("%1 has fields that are not plain values.").arg(path);
        for (const char *list : {"parties", "signatures"}) {
            const QJsonValue v = o.value(QLatin1String(list));
            if (v.isUndefined())
                continue;
            if (r.kind != QLatin1String("agreements") || !v.isArray() ||
                v.toArray().size() >
                    (qstrcmp(list, "parties") == 0 ? MaxParties : MaxListedSignatures))
                return ExchangeTr::tr("%1 has a list it should not have.").arg(path);
            for (const QJsonValue &item : v.toArray()) {
                if (!item.isObject() || !validStrings(item.toObject(), 10))
                    return ExchangeTr::tr("%1 has a list entry that is not plain values.")
                        .arg(path);
            }
        }
        package->records << r;
        return {};
    }
    if (path.startsWith(QLatin1String("signatures/"))) {
        IncomingSignature s;
        s.uuid = o.value(QStringLiteral("uuid")).toString();
        s.agreementUuid = o.value(QStringLiteral("agreement_uuid")).toString();
        s.agreementRef = o.value(QStringLiteral("agreement_ref")).toString();
        s.version = o.value(QStringLiteral("version")).toInt();
        s.name = o.value(QStringLiteral("name")).toString().trimmed();
        s.role = o.value(QStringLiteral("role")).toString().trimmed();
        s.signedOn =
            QDate::fromString(o.value(QStringLiteral("signed_on")).toString(), Qt::ISODate);
        if (s.uuid != uuid || !isUuid(s.agreementUuid) || s.version < 1 || s.version > 10000 ||
            s.name.isEmpty() || s.name.size() > MaxTitleChars || s.role.isEmpty() ||
            s.role.size() > MaxTitleChars || !s.signedOn.isValid() || s.agreementRef.size() > 40 ||
            !validStrings(o, 10))
            return ExchangeTr::tr("%1 is not a complete signature (agreement, version, name, "
                                  "role and date).")
                .arg(path);
        package->signatures << s;
        return {};
    }
    // keys/next.json
    const auto number = keyNumberFromText(o.value(QStringLiteral("key_id")).toString());
    const auto pk =
        QByteArray::fromBase64Encoding(o.value(QStringLiteral("public_key")).toString().toLatin1(),
                                       QByteArray::AbortOnBase64DecodingErrors);
    if (!number || !pk || pk.decoded.size() != PublicKeyBytes)
        return ExchangeTr::tr("%1 does not announce a valid key.").arg(path);
    package->announcedKey = PublicKey{*number, pk.decoded};
    return {};
}

std::optional<Manifest> parseManifest(const QByteArray &data, const PackageLimits &limits,
                                      QString *why)
{
    QJsonParseError pe{};
    const QJsonObject o = QJsonDocument::fromJson(data, &pe).object();
    if (pe.error != QJsonParseError::NoError) {
        *why = ExchangeTr::tr("manifest.json is not valid JSON.");
        return std::nullopt;
    }
    if (o.value(QStringLiteral("format")).toString() != QLatin1String(PackageFormat)) {
        *why = ExchangeTr::tr("manifest.json is not an IG Workbench package manifest.");
        return std::nullopt;
    }
    if (o.value(QStringLiteral("format_version")).toInt() != PackageFormatVersion) {
        *why = ExchangeTr::tr("The package was made by a newer IG Workbench (package format "
                              "%1). Update IG Workbench and import it again.")
                   .arg(o.value(QStringLiteral("format_version")).toInt());
        return std::nullopt;
    }
    Manifest m;
    const QJsonObject sender = o.value(QStringLiteral("sender")).toObject();
    m.senderUuid = sender.value(QStringLiteral("id")).toString();
    m.senderName = sender.value(QStringLiteral("name")).toString().left(300);
    m.keyId = sender.value(QStringLiteral("key_id")).toString();
    const double seq = o.value(QStringLiteral("sequence")).toDouble(-1);
    m.sequence = qint64(seq);
    m.previousSha256 = o.value(QStringLiteral("previous_sha256")).toString();
    m.created =
        QDateTime::fromString(o.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
    if (!isUuid(m.senderUuid) || seq < 1 || seq > 1e15 || double(m.sequence) != seq ||
        (!m.previousSha256.isEmpty() && !isHex64(m.previousSha256)) || !m.created.isValid() ||
        !o.value(QStringLiteral("members")).isArray()) {
        *why = ExchangeTr::tr("manifest.json lacks the sender, sequence, previous package, "
                              "creation time or member list, or one of them is not valid.");
        return std::nullopt;
    }
    const QJsonArray members = o.value(QStringLiteral("members")).toArray();
    if (members.size() >= limits.maxEntries) {
        *why = ExchangeTr::tr("manifest.json lists %1 members; a package may hold at most %2.")
                   .arg(members.size())
                   .arg(limits.maxEntries - 1);
        return std::nullopt;
    }
    QSet<QString> seen;
    for (const QJsonValue &v : members) {
        const QJsonObject e = v.toObject();
        ManifestMember mm;
        mm.path = e.value(QStringLiteral("path")).toString();
        const double size = e.value(QStringLiteral("size")).toDouble(-1);
        mm.size = qint64(size);
        mm.sha256 = e.value(QStringLiteral("sha256")).toString();
        if (!memberPattern().match(mm.path).hasMatch() ||
            mm.path == QLatin1String("manifest.json") || size < 0 || double(mm.size) != size ||
            mm.size > limits.maxEntryBytes || !isHex64(mm.sha256) || seen.contains(mm.path)) {
            *why = ExchangeTr::tr("manifest.json lists a member that is not valid: \"%1\".")
                       .arg(mm.path.left(200));
            return std::nullopt;
        }
        seen.insert(mm.path);
        m.members << mm;
    }
    return m;
}

} // namespace

ReadResult readPackage(Workspace &workspace, const QByteArray &archive,
                       const QByteArray &signatureFile, const QString &name,
                       const PackageLimits &limits)
{
    const QString where = name.isEmpty() ? ExchangeTr::tr("the package") : name;
    // 1. The signature, over the exact bytes, before anything parses them.
    if (archive.size() > limits.maxArchiveBytes)
        return refuse(Refusal::TooLarge,
                      ExchangeTr::tr("%1 is %2 bytes; a package may be at most %3 bytes. It was "
                                     "not read. Ask the sender to share fewer records at a time.")
                          .arg(where)
                          .arg(archive.size())
                          .arg(limits.maxArchiveBytes));
    QString why;
    const auto signature = parseSignatureFile(signatureFile, &why);
    if (!signature)
        return refuse(Refusal::SignatureFile,
                      ExchangeTr::tr("The signature of %1 cannot be read: %2").arg(where, why));
    const QString keyId = keyIdText(signature->keyNumber);
    const auto key = trustedKeyById(workspace, keyId);
    if (!key)
        return refuse(Refusal::UnknownKey,
                      ExchangeTr::tr("%1 is signed with key %2, which is not on your trust list. "
                                     "Nothing was imported. If a partner sent it, add their "
                                     "public key with `igw trust add` after confirming its "
                                     "fingerprint with them; otherwise delete the package.")
                          .arg(where, keyId));
    if (key->status == QLatin1String("revoked"))
        return refuse(Refusal::RevokedKey,
                      ExchangeTr::tr("%1 is signed with key %2 of %3, which was revoked (%4). "
                                     "Nothing was imported. Ask %3 to send the package again "
                                     "signed with their current key.")
                          .arg(where, keyId, key->orgName, key->revokedReason));
    if (key->status == QLatin1String("replaced"))
        return refuse(Refusal::ReplacedKey,
                      ExchangeTr::tr("%1 is signed with key %2 of %3, which they replaced with a "
                                     "newer key. Nothing was imported. A package signed with an "
                                     "old key after its replacement may come from someone who "
                                     "has that key: tell %3.")
                          .arg(where, keyId, key->orgName));
    if (!verify(archive, *signature, key->publicKey, &why))
        return refuse(Refusal::BadSignature,
                      ExchangeTr::tr("%1 does not match its signature by %2: %3 Nothing was "
                                     "imported; fetch the package and its .minisig again.")
                          .arg(where, key->orgName, why));
    VerifiedPackage package;
    package.key = *key;
    package.sha256 = sha256Hex(archive);
    package.size = archive.size();
    static const QRegularExpression commentRe(
        QStringLiteral("^igw-package sender:(%1) sequence:([0-9]{1,15}) sha256:([0-9a-f]{64})$")
            .arg(QLatin1String(Uuid)));
    const auto cm = commentRe.match(QString::fromUtf8(signature->trustedComment));
    if (!cm.hasMatch() || cm.captured(1) != key->partnerUuid || cm.captured(3) != package.sha256)
        return refuse(Refusal::TrustedComment,
                      ExchangeTr::tr("The signature of %1 is valid, but its trusted comment does "
                                     "not name %2 as sender and this archive's SHA-256. Nothing "
                                     "was imported; tell %2.")
                          .arg(where, key->orgName));
    const qint64 signedSequence = cm.captured(2).toLongLong();

    // 2. The tar reader alone, each entry streamed and counted.
    std::unique_ptr<struct archive, int (*)(struct archive *)> a(archive_read_new(),
                                                                 archive_read_free);
    archive_read_support_format_tar(a.get());
    archive_read_support_filter_gzip(a.get());
    if (archive_read_open_memory(a.get(), archive.constData(), size_t(archive.size())) !=
        ARCHIVE_OK)
        return refuse(Refusal::NotATar,
                      ExchangeTr::tr("%1 is not a tar archive (%2). Nothing was imported.")
                          .arg(where, QString::fromUtf8(archive_error_string(a.get()))));
    std::optional<Manifest> manifest;
    std::map<QString, QByteArray> members;
    int entries = 0;
    qint64 total = 0;
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    for (;;) {
        archive_entry *entry = nullptr;
        const int rc = archive_read_next_header(a.get(), &entry);
        if (rc == ARCHIVE_EOF)
            break;
        if (rc != ARCHIVE_OK)
            return refuse(Refusal::NotATar,
                          ExchangeTr::tr("%1 is damaged or cut short after %2 entries (%3). "
                                         "Nothing was imported; fetch it again.")
                              .arg(where)
                              .arg(entries)
                              .arg(QString::fromUtf8(archive_error_string(a.get()))));
        if (++entries > limits.maxEntries)
            return refuse(Refusal::TooManyEntries,
                          ExchangeTr::tr("%1 holds more than %2 entries, more than any package "
                                         "IG Workbench makes. Nothing was imported; tell the "
                                         "sender.")
                              .arg(where)
                              .arg(limits.maxEntries));
        const char *rawName = archive_entry_pathname_utf8(entry);
        if (!rawName)
            rawName = archive_entry_pathname(entry);
        const QString path = rawName ? QString::fromUtf8(rawName) : QString();
        const QString shown = path.left(200);
        if (archive_entry_symlink(entry) || archive_entry_hardlink(entry) ||
            archive_entry_filetype(entry) == AE_IFLNK)
            return refuse(Refusal::Link,
                          ExchangeTr::tr("%1 contains a link, \"%2\"; packages hold only plain "
                                         "files. Nothing was imported; tell the sender.")
                              .arg(where, shown));
        if (path.startsWith(QLatin1Char('/')))
            return refuse(Refusal::UnsafeEntry,
                          ExchangeTr::tr("%1 contains an absolute path, \"%2\". Nothing was "
                                         "imported; the package was made to do harm or is "
                                         "damaged: tell the sender.")
                              .arg(where, shown));
        if (!climbs(path).isEmpty())
            return refuse(Refusal::UnsafeEntry,
                          ExchangeTr::tr("%1 contains a path that climbs out of the package, "
                                         "\"%2\". Nothing was imported; the package was made to "
                                         "do harm or is damaged: tell the sender.")
                              .arg(where, shown));
        if (!memberPattern().match(path).hasMatch())
            return refuse(Refusal::UnsafeEntry,
                          ExchangeTr::tr("%1 contains \"%2\", which is not a member an IG "
                                         "Workbench package has. Nothing was imported.")
                              .arg(where, shown));
        if (archive_entry_filetype(entry) != AE_IFREG)
            return refuse(Refusal::NotARegularFile,
                          ExchangeTr::tr("%1: \"%2\" is not a plain file. Nothing was imported.")
                              .arg(where, shown));
        if (members.count(path) || (manifest && path == QLatin1String("manifest.json")))
            return refuse(Refusal::UnsafeEntry,
                          ExchangeTr::tr("%1 contains \"%2\" twice. Nothing was imported.")
                              .arg(where, shown));
        const bool isManifest = path == QLatin1String("manifest.json");
        if (!manifest && !isManifest)
            return refuse(Refusal::Manifest,
                          ExchangeTr::tr("%1 does not start with its manifest.json. Nothing was "
                                         "imported.")
                              .arg(where));
        const qint64 cap = isManifest ? limits.maxManifestBytes : limits.maxEntryBytes;
        const qint64 declared = archive_entry_size_is_set(entry) ? archive_entry_size(entry) : -1;
        if (declared < 0 || declared > cap || total + declared > limits.maxTotalBytes)
            return refuse(Refusal::TooLarge,
                          ExchangeTr::tr("%1: \"%2\" declares %3 bytes; a member may hold at "
                                         "most %4 and a package %5. Nothing was read or "
                                         "imported.")
                              .arg(where, shown)
                              .arg(declared)
                              .arg(cap)
                              .arg(limits.maxTotalBytes));
        QByteArray data;
        data.reserve(qsizetype(declared));
        for (;;) {
            const la_ssize_t n = archive_read_data(a.get(), buffer.data(), size_t(buffer.size()));
            if (n == 0)
                break;
            if (n < 0)
                return refuse(
                    Refusal::NotATar,
                    ExchangeTr::tr("%1 is damaged or cut short in \"%2\" (%3). Nothing "
                                   "was imported; fetch it again.")
                        .arg(where, shown, QString::fromUtf8(archive_error_string(a.get()))));
            if (data.size() + n > declared)
                return refuse(Refusal::TooLarge,
                              ExchangeTr::tr("%1: \"%2\" holds more bytes than it declares. "
                                             "Nothing was imported.")
                                  .arg(where, shown));
            data.append(buffer.constData(), qsizetype(n));
        }
        if (data.size() != declared)
            return refuse(Refusal::NotATar,
                          ExchangeTr::tr("%1 is cut short in \"%2\". Nothing was imported; fetch "
                                         "it again.")
                              .arg(where, shown));
        total += data.size();
        if (isManifest) {
            manifest = parseManifest(data, limits, &why);
            if (!manifest)
                return refuse(Refusal::Manifest,
                              ExchangeTr::tr("%1: %2 Nothing was imported.").arg(where, why));
        } else {
            members.emplace(path, std::move(data));
        }
    }
    if (!manifest)
        return refuse(Refusal::Manifest,
                      ExchangeTr::tr("%1 has no manifest.json. Nothing was imported.").arg(where));

    // 3. The manifest must match exactly.
    const Manifest &m = *manifest;
    if (m.senderUuid != key->partnerUuid || m.keyId != key->keyId || m.sequence != signedSequence)
        return refuse(Refusal::TrustedComment,
                      ExchangeTr::tr("The manifest of %1 names sender %2, key %3 and sequence %4, "
                                     "but the signature is by %5 (key %6) for sequence %7. "
                                     "Nothing was imported; tell %5.")
                          .arg(where, m.senderUuid, m.keyId)
                          .arg(m.sequence)
                          .arg(key->orgName, key->keyId)
                          .arg(signedSequence));
    QSet<QString> listed;
    for (const ManifestMember &mm : m.members) {
        listed.insert(mm.path);
        const auto it = members.find(mm.path);
        if (it == members.end())
            return refuse(Refusal::ManifestMismatch,
                          ExchangeTr::tr("%1: the manifest lists \"%2\", which is not in the "
                                         "archive. Nothing was imported.")
                              .arg(where, mm.path));
        if (it->second.size() != mm.size || sha256Hex(it->second) != mm.sha256)
            return refuse(Refusal::ManifestMismatch,
                          ExchangeTr::tr("%1: \"%2\" does not have the size and SHA-256 the "
                                         "manifest gives. Nothing was imported.")
                              .arg(where, mm.path));
    }
    for (const auto &[path, data] : members) {
        if (!listed.contains(path))
            return refuse(Refusal::ManifestMismatch,
                          ExchangeTr::tr("%1 contains \"%2\", which its manifest does not list. "
                                         "Nothing was imported.")
                              .arg(where, path.left(200)));
    }
    for (const auto &[path, data] : members) {
        const QString problem = parseMember(path, data, &package);
        if (!problem.isEmpty())
            return refuse(Refusal::Content, ExchangeTr::tr("%1: %2 Nothing was imported; tell %3.")
                                                .arg(where, problem, key->orgName));
    }
    package.manifest = m;
    ReadResult r;
    r.package = std::move(package);
    return r;
}

ReadResult readPackageFile(Workspace &workspace, const QString &path, const PackageLimits &limits)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QString sigPath = path + QStringLiteral(".minisig");
    QFile f(path);
    QFile s(sigPath);
    if (!f.open(QIODevice::ReadOnly))
        return refuse(Refusal::Unreadable,
                      ExchangeTr::tr("Cannot read %1: %2").arg(shown, f.errorString()));
    if (!s.open(QIODevice::ReadOnly))
        return refuse(Refusal::Unreadable,
                      ExchangeTr::tr("Cannot read the signature %1: %2. A package is imported "
                                     "only with its signature beside it.")
                          .arg(QDir::toNativeSeparators(sigPath), s.errorString()));
    if (f.size() > limits.maxArchiveBytes)
        return refuse(Refusal::TooLarge,
                      ExchangeTr::tr("%1 is %2 bytes; a package may be at most %3 bytes. It was "
                                     "not read.")
                          .arg(shown)
                          .arg(f.size())
                          .arg(limits.maxArchiveBytes));
    const QByteArray archive = f.read(limits.maxArchiveBytes + 1);
    const QByteArray signature = s.read(8192);
    return readPackage(workspace, archive, signature, shown, limits);
}

} // namespace igw::exchange
