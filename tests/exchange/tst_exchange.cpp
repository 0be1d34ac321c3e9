// Exchange with partner organisations through signed packages: keys, minisign's formats
// against the real minisign binary, two workspaces as partners, co-signing an agreement,
// key rotation and revocation, and hostile packages built at run time, each refused with
// its message and nothing imported.
#include "exchange/keys.h"
#include "exchange/minisign.h"
#include "exchange/package.h"
#include "exchange/packageimport.h"
#include "exchange/packagereader.h"
#include "exchange/trust.h"
#include "register/assets.h"
#include "retention/retentionclasses.h"
#include "sharing/agreements.h"
#include "sharing/lifecycle.h"
#include "workspace/directory.h"
#include "workspace/recordstore.h"
#include "workspace/sql.h"
#include "workspace/workspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <cstring>
#include <functional>

using namespace igw;
using namespace igw::exchange;

namespace {

const QByteArray Passphrase = "correct horse battery staple";

struct Party {
    QString path;
    std::unique_ptr<Workspace> ws;
    qint64 partnerRow = 0; // the other organisation in this one's directory
    QString keyFile;
    SecretKey key;
};

// A ustar header written by hand, so tests can declare sizes and types no writer would.
QByteArray tarHeader(const QByteArray &name, qint64 size, char type, const QByteArray &link = {})
{
    QByteArray h(512, '\0');
    std::memcpy(h.data(), name.constData(), size_t(qMin<qsizetype>(100, name.size())));
    std::memcpy(h.data() + 100, "0000644", 7);
    std::memcpy(h.data() + 108, "0000000", 7);
    std::memcpy(h.data() + 116, "0000000", 7);
    if (size < (qint64(1) << 33)) {
        const QByteArray octal = QByteArray::number(size, 8).rightJustified(11, '0');
        std::memcpy(h.data() + 124, octal.constData(), 11);
    } else {
        // GNU base-256: the top bit of the first byte set, the number big-endian.
        h[124] = char(0x80);
        for (int i = 0; i < 8; ++i)
            h[135 - i] = char((size >> (8 * i)) & 0xff);
    }
    std::memcpy(h.data() + 136, "00000000000", 11);
    std::memset(h.data() + 148, ' ', 8);
    h[156] = type;
    std::memcpy(h.data() + 157, link.constData(), size_t(qMin<qsizetype>(100, link.size())));
    std::memcpy(h.data() + 257, "ustar", 6);
    std::memcpy(h.data() + 263, "00", 2);
    unsigned sum = 0;
    for (const char c : std::as_const(h))
        sum += static_cast<unsigned char>(c);
    const QByteArray checksum = QByteArray::number(sum, 8).rightJustified(6, '0');
    std::memcpy(h.data() + 148, checksum.constData(), 6);
    h[154] = '\0';
    h[155] = ' ';
    return h;
}

QByteArray tarMember(const QByteArray &name, const QByteArray &data, char type = '0')
{
    QByteArray out = tarHeader(name, data.size(), type) + data;
    out.append(QByteArray((512 - data.size() % 512) % 512, '\0'));
    return out;
}

QByteArray tarEnd()
{
    return QByteArray(1024, '\0');
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray assetMember(const QString &uuid, const QString &ref, const QString &title)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("kind"), QStringLiteral("assets")},
                                     {QStringLiteral("uuid"), uuid},
                                     {QStringLiteral("ref"), ref},
                                     {QStringLiteral("title"), title},
                                     {QStringLiteral("values"),
                                      QJsonObject{{QStringLiteral("name"), title}}}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestExchange : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void keyFileOpensOnlyWithThePassphrase();
    void fingerprintsAndKeyIds();
    void minisignVerifiesOurPackage();
    void weVerifyMinisignSignatures();
    void partnersExchangeAPackage();
    void trustNeedsTheConfirmedFingerprint();
    void coSigningAnAgreementAcrossWorkspaces();
    void keyRotation();
    void revokedKeyIsRefused();
    void replayOlderAndGapAreRefused();
    void hostilePackagesAreRefused();
    void tooManyEntriesAreRefused();
    void gzipPackageIsRead();

private:
    void makeParty(Party &p, const QString &name, const QString &other);
    void trust(Party &from, Party &to);
    BuiltPackage build(Party &p, const QString &name);
    QByteArray sign(Party &p, const QByteArray &archive, qint64 sequence);
    QByteArray manifest(Party &p, qint64 sequence, const QString &previous,
                        const QList<std::pair<QByteArray, QByteArray>> &members);
    QString counts(Workspace &ws);
    QString minisign();
    qint64 sharedAsset(Party &p, const QString &name);

    QTemporaryDir m_dir;
    Party m_a;
    Party m_b;
};

void TestExchange::makeParty(Party &p, const QString &name, const QString &other)
{
    p.path = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QLatin1Char('-') +
                            name.section(QLatin1Char(' '), 0, 0) + QStringLiteral(".igw"));
    OpenOptions options;
    options.userName = QStringLiteral("tester");
    options.backupOnOpen = false;
    auto r = Workspace::create(p.path, name, options);
    QVERIFY2(r.ok(), qPrintable(r.errorString));
    p.ws = std::move(r.workspace);
    QString error;
    const auto org =
        p.ws->records().create(kinds::organisation(), {{orgField::name, other}}, &error);
    QVERIFY2(org, qPrintable(error));
    p.partnerRow = org->id;
    // Agreements go out for signature only with both parties' ICO registration numbers.
    QVERIFY2(p.ws->records().update(kinds::organisation(), p.partnerRow,
                                    {{orgField::icoRegistration, QStringLiteral("Z1111111")}},
                                    &error) &&
                 p.ws->records().update(kinds::organisation(), p.ws->selfOrganisationId(),
                                        {{orgField::icoRegistration, QStringLiteral("Z2222222")}},
                                        &error),
             qPrintable(error));
    p.keyFile = m_dir.filePath(QFileInfo(p.path).completeBaseName() + QStringLiteral(".key"));
    const auto own = initKeys(*p.ws, p.keyFile, Passphrase, &error, interactiveLimits());
    QVERIFY2(own, qPrintable(error));
    const auto key = loadKeyFile(p.keyFile, Passphrase, &error);
    QVERIFY2(key, qPrintable(error));
    p.key = *key;
}

void TestExchange::trust(Party &from, Party &to)
{
    QString error;
    const auto exported = exportPublicKey(*from.ws, &error);
    QVERIFY2(exported, qPrintable(error));
    const auto file = readPartnerKeyFile(*exported, &error);
    QVERIFY2(file, qPrintable(error));
    QCOMPARE(file->partnerUuid, selfUuid(*from.ws));
    const auto added =
        addTrustedKey(*to.ws, to.partnerRow, *file, {}, fingerprint(file->key.key), &error);
    QVERIFY2(added, qPrintable(error));
}

void TestExchange::init()
{
    QVERIFY(m_dir.isValid());
    makeParty(m_a, QStringLiteral("Kingsmere Borough Council"),
              QStringLiteral("Wealdshire Hospitals NHS Trust"));
    makeParty(m_b, QStringLiteral("Wealdshire Hospitals NHS Trust"),
              QStringLiteral("Kingsmere Borough Council"));
    trust(m_a, m_b);
    trust(m_b, m_a);
}

void TestExchange::cleanup()
{
    m_a.ws.reset();
    m_b.ws.reset();
}

BuiltPackage TestExchange::build(Party &p, const QString &name)
{
    QString error;
    const auto built = buildPackage(
        *p.ws, p.key,
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QLatin1Char('-') + name),
        &error);
    if (!built)
        qWarning("build: %s", qPrintable(error));
    return built.value_or(BuiltPackage{});
}

QByteArray TestExchange::sign(Party &p, const QByteArray &archive, qint64 sequence)
{
    return signatureFile(archive, p.key,
                         trustedComment(selfUuid(*p.ws), sequence, sha256Hex(archive)),
                         QStringLiteral("test"));
}

QByteArray TestExchange::manifest(Party &p, qint64 sequence, const QString &previous,
                                  const QList<std::pair<QByteArray, QByteArray>> &members)
{
    QJsonArray list;
    for (const auto &[name, data] : members)
        list.append(QJsonObject{{QStringLiteral("path"), QString::fromUtf8(name)},
                                {QStringLiteral("size"), data.size()},
                                {QStringLiteral("sha256"), sha256Hex(data)}});
    const auto own = currentKey(*p.ws);
    return QJsonDocument(
               QJsonObject{{QStringLiteral("format"), QLatin1String(PackageFormat)},
                           {QStringLiteral("format_version"), 1},
                           {QStringLiteral("sender"),
                            QJsonObject{{QStringLiteral("id"), selfUuid(*p.ws)},
                                        {QStringLiteral("name"), QStringLiteral("x")},
                                        {QStringLiteral("key_id"), own ? own->keyId : QString()}}},
                           {QStringLiteral("sequence"), sequence},
                           {QStringLiteral("previous_sha256"), previous},
                           {QStringLiteral("created"),
                            QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                           {QStringLiteral("members"), list}})
        .toJson();
}

// Everything an import could change, to prove a refusal changed nothing.
QString TestExchange::counts(Workspace &ws)
{
    QStringList parts;
    for (const char *table : {"partner_records", "exchange_log", "exchange_senders",
                              "exchange_trust", "agreement_signatures", "audit_log"})
        parts << QStringLiteral("%1=%2").arg(
            QLatin1String(table),
            sql::scalar(ws.database(),
                        QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
                .toString());
    parts << sql::scalar(ws.database(),
                         QStringLiteral("SELECT group_concat(status) FROM exchange_trust"))
                 .toString();
    return parts.join(QLatin1Char(' '));
}

QString TestExchange::minisign()
{
    const QString exe = QStandardPaths::findExecutable(QStringLiteral("minisign"));
    if (exe.isEmpty())
        qWarning("minisign is not installed: apt-get install minisign (scripts/setup lists it)");
    return exe;
}

qint64 TestExchange::sharedAsset(Party &p, const QString &name)
{
    QString error;
    const auto asset = p.ws->records().create(
        kinds::asset(),
        {{assetField::name, name}, {assetField::notes, QStringLiteral("internal note")}}, &error);
    if (!asset || !setShareable(*p.ws, kinds::asset(), asset->id, true, &error)) {
        qWarning("asset: %s", qPrintable(error));
        return 0;
    }
    return asset->id;
}

void TestExchange::keyFileOpensOnlyWithThePassphrase()
{
    const SecretKey key = generateKey();
    QVERIFY(key.isValid());
    QString error;
    const auto file = encryptSecretKey(key, Passphrase, &error, interactiveLimits());
    QVERIFY2(file, qPrintable(error));
    QVERIFY(!file->contains(QByteArray(reinterpret_cast<const char *>(key.bytes), 64).toBase64()));
    QVERIFY(!file->contains(Passphrase));
    const auto back = decryptSecretKey(*file, Passphrase, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->publicKey.key, key.publicKey.key);
    QCOMPARE(QByteArray(reinterpret_cast<const char *>(back->bytes), 64),
             QByteArray(reinterpret_cast<const char *>(key.bytes), 64));
    QVERIFY(!decryptSecretKey(*file, "wrong passphrase", &error));
    QVERIFY2(error.contains(QStringLiteral("passphrase is wrong")), qPrintable(error));
    // A hostile key file may not make us spend unbounded memory or time.
    QJsonObject o = QJsonDocument::fromJson(*file).object();
    o.insert(QStringLiteral("memlimit"), QStringLiteral("1099511627776"));
    QVERIFY(!decryptSecretKey(QJsonDocument(o).toJson(), Passphrase, &error));
    QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
    QVERIFY(!decryptSecretKey("{}", Passphrase, &error));
    QVERIFY2(error.contains(QStringLiteral("not an IG Workbench key file")), qPrintable(error));
    // The key file is the owner's alone and never overwritten.
    QCOMPARE(QFile::permissions(m_a.keyFile) & (QFile::ReadGroup | QFile::ReadOther),
             QFileDevice::Permissions());
    QVERIFY(!writeKeyFile(m_a.keyFile, *file, &error));
    QVERIFY2(error.contains(QStringLiteral("never overwritten")), qPrintable(error));
    // The workspace holds the public half only, and one current key.
    const QString stored = sql::scalar(m_a.ws->database(),
                                       QStringLiteral("SELECT group_concat(key_id || public_key ||"
                                                      " fingerprint || status) FROM exchange_keys"))
                               .toString();
    QVERIFY(!stored.contains(QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(m_a.key.bytes), 32).toBase64())));
    QVERIFY(!initKeys(*m_a.ws, m_dir.filePath(QStringLiteral("second.key")), Passphrase, &error,
                      interactiveLimits()));
    QVERIFY2(error.contains(QStringLiteral("already has signing key")), qPrintable(error));
    QVERIFY(!initKeys(*m_a.ws, m_dir.filePath(QStringLiteral("short.key")), "short", &error,
                      interactiveLimits()));
}

void TestExchange::fingerprintsAndKeyIds()
{
    const SecretKey key = generateKey();
    const QString fp = fingerprint(key.publicKey.key);
    QCOMPARE(fp.size(), 16 * 4 + 15);
    QVERIFY(fingerprintMatches(fp.toLower(), key.publicKey.key));
    QVERIFY(fingerprintMatches(QString(fp).remove(QLatin1Char(' ')), key.publicKey.key));
    QVERIFY(!fingerprintMatches(fp.left(70) + QStringLiteral("0000"), key.publicKey.key));
    QVERIFY(!fingerprintMatches(QString(), key.publicKey.key));
    const QString id = keyIdText(key.publicKey.keyNumber);
    QCOMPARE(id.size(), 16);
    QCOMPARE(keyNumberFromText(id).value_or(QByteArray()), key.publicKey.keyNumber);
}

void TestExchange::minisignVerifiesOurPackage()
{
    const QString exe = minisign();
    if (exe.isEmpty())
        QFAIL("minisign is not installed: apt-get install minisign (scripts/setup lists it)");
    sharedAsset(m_a, QStringLiteral("Council tax accounts"));
    const BuiltPackage built = build(m_a, QStringLiteral("a-1.tar"));
    QVERIFY(!built.path.isEmpty());
    QString error;
    const QString pub = m_dir.filePath(QStringLiteral("kingsmere.pub"));
    QFile f(pub);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(exportPublicKey(*m_a.ws, &error).value_or(QByteArray()));
    f.close();
    for (const QStringList &extra : {QStringList{}, QStringList{QStringLiteral("-H")}}) {
        QProcess p;
        p.start(exe, QStringList{QStringLiteral("-V")} + extra +
                         QStringList{QStringLiteral("-m"), built.path, QStringLiteral("-p"), pub});
        QVERIFY(p.waitForFinished(30000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        QVERIFY2(p.exitCode() == 0, qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Trusted comment: igw-package sender:") +
                              selfUuid(*m_a.ws) + QStringLiteral(" sequence:1 sha256:") +
                              built.sha256),
                 qPrintable(out));
    }
    // One byte changed: minisign refuses it too.
    QFile tar(built.path);
    QVERIFY(tar.open(QIODevice::ReadWrite));
    tar.seek(600);
    tar.write("X");
    tar.close();
    QProcess p;
    p.start(exe, {QStringLiteral("-Vm"), built.path, QStringLiteral("-p"), pub});
    QVERIFY(p.waitForFinished(30000));
    QVERIFY(p.exitCode() != 0);
}

void TestExchange::weVerifyMinisignSignatures()
{
    const QString exe = minisign();
    if (exe.isEmpty())
        QFAIL("minisign is not installed: apt-get install minisign (scripts/setup lists it)");
    const QString pub = m_dir.filePath(QStringLiteral("partner.pub"));
    const QString sec = m_dir.filePath(QStringLiteral("partner.key"));
    QFile::remove(pub);
    QFile::remove(sec);
    QProcess g;
    g.start(exe, {QStringLiteral("-G"), QStringLiteral("-W"), QStringLiteral("-p"), pub,
                  QStringLiteral("-s"), sec});
    QVERIFY(g.waitForFinished(30000));
    QVERIFY2(g.exitCode() == 0, g.readAllStandardError().constData());
    const QString data = m_dir.filePath(QStringLiteral("minutes.txt"));
    QFile d(data);
    QVERIFY(d.open(QIODevice::WriteOnly));
    d.write(QByteArray("Minutes of the information governance board\n").repeated(1000));
    d.close();
    QFile pf(pub);
    QVERIFY(pf.open(QIODevice::ReadOnly));
    QString error;
    const auto key = parsePublicKeyFile(pf.readAll(), &error);
    QVERIFY2(key, qPrintable(error));
    QFile df(data);
    QVERIFY(df.open(QIODevice::ReadOnly));
    const QByteArray bytes = df.readAll();
    // Prehashed (minisign's default) and legacy.
    for (const QString &mode : {QStringLiteral("ED"), QStringLiteral("Ed")}) {
        const QString sig = data + QLatin1Char('.') + mode + QStringLiteral(".minisig");
        QStringList args{QStringLiteral("-S"),
                         QStringLiteral("-s"),
                         sec,
                         QStringLiteral("-m"),
                         data,
                         QStringLiteral("-x"),
                         sig,
                         QStringLiteral("-t"),
                         QStringLiteral("board minutes")};
        if (mode == QLatin1String("Ed"))
            args << QStringLiteral("-l");
        QProcess s;
        s.start(exe, args);
        QVERIFY(s.waitForFinished(30000));
        QVERIFY2(s.exitCode() == 0, s.readAllStandardError().constData());
        QFile sf(sig);
        QVERIFY(sf.open(QIODevice::ReadOnly));
        const auto parsed = parseSignatureFile(sf.readAll(), &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(QString::fromLatin1(parsed->algorithm), mode);
        QCOMPARE(parsed->trustedComment, QByteArray("board minutes"));
        QVERIFY2(verify(bytes, *parsed, key->key, &error), qPrintable(error));
        QByteArray changed = bytes;
        changed[10] = 'x';
        QVERIFY(!verify(changed, *parsed, key->key, &error));
        Signature forged = *parsed;
        forged.trustedComment = "board minutes, approved";
        QVERIFY(!verify(bytes, forged, key->key, &error));
        QVERIFY2(error.contains(QStringLiteral("trusted comment")), qPrintable(error));
    }
}

void TestExchange::partnersExchangeAPackage()
{
    const qint64 asset = sharedAsset(m_a, QStringLiteral("Housing benefit claims"));
    QVERIFY(asset);
    QString error;
    // Not shared: stays at home.
    QVERIFY(m_a.ws->records().create(kinds::asset(),
                                     {{assetField::name, QStringLiteral("HR files")}}, &error));
    const auto rc =
        m_a.ws->records().create(kinds::retentionClass(),
                                 {{retentionField::function, QStringLiteral("Finance")},
                                  {retentionField::activity, QStringLiteral("Benefits")},
                                  {retentionField::description, QStringLiteral("Claims")},
                                  {retentionField::periodYears, 6}},
                                 &error);
    QVERIFY2(rc, qPrintable(error));
    QVERIFY(setShareable(*m_a.ws, kinds::retentionClass(), rc->id, true, &error));
    const BuiltPackage built = build(m_a, QStringLiteral("a-1.tar"));
    QCOMPARE(built.sequence, 1);
    QCOMPARE(built.counts.assets, 1);
    QCOMPARE(built.counts.retentionClasses, 1);
    QVERIFY(QFile::exists(built.signaturePath));
    QCOMPARE(QFileInfo(built.path).fileName(), QStringLiteral("partnersExchangeAPackage-a-1.tar"));

    const ImportResult r = importPackageFile(*m_b.ws, built.path);
    QVERIFY2(r.ok, qPrintable(r.message));
    QCOMPARE(r.records, 2);
    QCOMPARE(r.partner, QStringLiteral("Kingsmere Borough Council"));
    const auto held = partnerRecords(*m_b.ws, QStringLiteral("assets"));
    QCOMPARE(held.size(), 1);
    QCOMPARE(held.constFirst().title, QStringLiteral("Housing benefit claims"));
    QCOMPARE(held.constFirst().orgName, QStringLiteral("Kingsmere Borough Council"));
    // Metadata only: no notes, no internal ids.
    QVERIFY(!held.constFirst()
                 .data.value(QStringLiteral("values"))
                 .toObject()
                 .contains(QStringLiteral("notes")));
    // Never mixed with B's own records.
    QCOMPARE(m_b.ws->records().count(kinds::asset()), 0);
    // The same package again is a harmless repeat.
    const QString before = counts(*m_b.ws);
    const ImportResult again = importPackageFile(*m_b.ws, built.path);
    QVERIFY2(again.ok && again.repeat, qPrintable(again.message));
    QCOMPARE(counts(*m_b.ws), before);

    // Unsharing propagates: the next package no longer carries the asset.
    QVERIFY(setShareable(*m_a.ws, kinds::asset(), asset, false, &error));
    const BuiltPackage second = build(m_a, QStringLiteral("a-2.tar"));
    QCOMPARE(second.sequence, 2);
    QCOMPARE(second.previousSha256, built.sha256);
    const ImportResult r2 = importPackageFile(*m_b.ws, second.path);
    QVERIFY2(r2.ok, qPrintable(r2.message));
    QCOMPARE(r2.removed, 1);
    QCOMPARE(partnerRecords(*m_b.ws, QStringLiteral("assets")).size(), 0);
    QCOMPARE(partnerRecords(*m_b.ws, QStringLiteral("retention-classes")).size(), 1);
    // Packages are never overwritten.
    QVERIFY(!buildPackage(*m_a.ws, m_a.key, second.path, &error));
    QVERIFY2(error.contains(QStringLiteral("never overwritten")), qPrintable(error));
    QCOMPARE(sql::scalar(m_a.ws->database(),
                         QStringLiteral("SELECT count(*) FROM exchange_log WHERE direction ="
                                        " 'sent'"))
                 .toInt(),
             2);
}

void TestExchange::trustNeedsTheConfirmedFingerprint()
{
    // A third organisation's key: refused without its fingerprint, refused for ourselves.
    const SecretKey other = generateKey();
    const QByteArray file = publicKeyFile(
        other.publicKey, QStringLiteral("minisign public key %1 of Someone (partner id "
                                        "%2)")
                             .arg(keyIdText(other.publicKey.keyNumber), newUuid()));
    QString error;
    const auto parsed = readPartnerKeyFile(file, &error);
    QVERIFY2(parsed, qPrintable(error));
    const auto org = m_b.ws->records().create(kinds::organisation(),
                                              {{orgField::name, QStringLiteral("Police")}}, &error);
    QVERIFY(org);
    const QString before = counts(*m_b.ws);
    QVERIFY(!addTrustedKey(*m_b.ws, org->id, *parsed, {}, QStringLiteral("AAAA BBBB"), &error));
    QVERIFY2(error.contains(QStringLiteral("does not match")) &&
                 error.contains(fingerprint(other.publicKey.key)),
             qPrintable(error));
    QVERIFY(!addTrustedKey(*m_b.ws, m_b.ws->selfOrganisationId(), *parsed, {},
                           fingerprint(other.publicKey.key), &error));
    QVERIFY2(error.contains(QStringLiteral("your own organisation")), qPrintable(error));
    // A key file without a partner id needs one given.
    const auto bare =
        readPartnerKeyFile(publicKeyFile(other.publicKey, QStringLiteral("minisign "
                                                                         "public key")),
                           &error);
    QVERIFY(bare && bare->partnerUuid.isEmpty());
    QVERIFY(!addTrustedKey(*m_b.ws, org->id, *bare, {}, fingerprint(other.publicKey.key), &error));
    QVERIFY2(error.contains(QStringLiteral("--partner-id")), qPrintable(error));
    QCOMPARE(counts(*m_b.ws), before);
    QVERIFY2(
        addTrustedKey(*m_b.ws, org->id, *bare, newUuid(), fingerprint(other.publicKey.key), &error),
        qPrintable(error));
    // Hostile key files.
    QVERIFY(!readPartnerKeyFile(QByteArray(10000, 'A'), &error));
    QVERIFY(!readPartnerKeyFile("untrusted comment: x\nnot base64!\n", &error));
    QVERIFY(!readPartnerKeyFile("untrusted comment: x\n" + QByteArray("Ed123").toBase64() + "\n",
                                &error));
}

void TestExchange::coSigningAnAgreementAcrossWorkspaces()
{
    Workspace &a = *m_a.ws;
    QString error;
    const qint64 asset = sharedAsset(m_a, QStringLiteral("Discharge records"));
    const auto flow = a.records().create(kinds::flow(),
                                         {{flowField::title, QStringLiteral("Discharge notices")},
                                          {flowField::fromOrgId, m_a.partnerRow},
                                          {flowField::toAssetId, asset},
                                          {flowField::dataItems, QStringLiteral("Name")},
                                          {flowField::transferMethod, QStringLiteral("api")},
                                          {flowField::frequency, QStringLiteral("daily")}},
                                         &error);
    QVERIFY2(flow, qPrintable(error));
    namespace af = agreementField;
    namespace pf = partyField;
    const auto agreement = sharing::createAgreement(
        a,
        {{af::title, QStringLiteral("Hospital discharge")},
         {af::purpose, QStringLiteral("Planning safe discharge")},
         {af::benefits, QStringLiteral("Fewer delays")},
         {af::lawfulBasis, QStringLiteral("public_task")},
         {af::dataSubjects, QStringLiteral("Patients")},
         {af::informingIndividuals, QStringLiteral("Privacy notices")},
         {af::rightsHandling, QStringLiteral("Each party answers its own")},
         {af::complaintsHandling, QStringLiteral("Own procedures")},
         {af::dataQuality, QStringLiteral("Checked before sending")},
         {af::security, QStringLiteral("Encrypted API")},
         {af::retentionDeletion, QStringLiteral("Six years")},
         {af::breachHandling, QStringLiteral("Within 24 hours")},
         {af::reviewDate, QDate::currentDate().addYears(1).toString(Qt::ISODate)},
         {af::flowIds, QString::number(flow->id)},
         {af::assetIds, QString::number(asset)}},
        &error);
    QVERIFY2(agreement, qPrintable(error));
    const auto us = sharing::addParty(a,
                                      {{pf::agreementId, agreement->id},
                                       {pf::role, QStringLiteral("controller")},
                                       {pf::signatoryName, QStringLiteral("Sam Siro")},
                                       {pf::signatoryRole, QStringLiteral("SIRO")},
                                       {pf::contact, QStringLiteral("ig@kingsmere.example")}},
                                      &error);
    const auto them = sharing::addParty(a,
                                        {{pf::agreementId, agreement->id},
                                         {pf::orgId, m_a.partnerRow},
                                         {pf::role, QStringLiteral("controller")},
                                         {pf::signatoryName, QStringLiteral("Cal Guardian")},
                                         {pf::signatoryRole, QStringLiteral("Caldicott Guardian")},
                                         {pf::contact, QStringLiteral("ig@wealdshire.example")}},
                                        &error);
    QVERIFY2(us && them, qPrintable(error));
    QVERIFY2(sharing::sendForSignature(a, agreement->id, &error), qPrintable(error));
    QVERIFY2(sharing::recordSignature(a, agreement->id, us->id, QStringLiteral("Sam Siro"),
                                      QStringLiteral("SIRO"), QDate(2026, 12, 1), &error),
             qPrintable(error));
    QVERIFY(setShareable(a, kinds::agreement(), agreement->id, true, &error));
    const BuiltPackage out = build(m_a, QStringLiteral("a-1.tar"));
    QCOMPARE(out.counts.agreements, 1);
    const ImportResult in = importPackageFile(*m_b.ws, out.path);
    QVERIFY2(in.ok, qPrintable(in.message));
    const auto theirs = partnerRecords(*m_b.ws, QStringLiteral("agreements"));
    QCOMPARE(theirs.size(), 1);
    QCOMPARE(theirs.constFirst().ref, agreement->ref);

    // B signs A's agreement; its next package carries the signature.
    QVERIFY2(signPartnerAgreement(*m_b.ws, theirs.constFirst().id, QStringLiteral("Cal Guardian"),
                                  QStringLiteral("Caldicott Guardian"), QDate(2026, 12, 2), &error),
             qPrintable(error));
    QVERIFY(!signPartnerAgreement(*m_b.ws, theirs.constFirst().id, QStringLiteral("Cal Guardian"),
                                  QStringLiteral("Caldicott Guardian"), QDate(2026, 12, 2),
                                  &error));
    QVERIFY2(error.contains(QStringLiteral("already")), qPrintable(error));
    const BuiltPackage back = build(m_b, QStringLiteral("b-1.tar"));
    QCOMPARE(back.counts.signatures, 1);
    const ImportResult signedIn = importPackageFile(a, back.path);
    QVERIFY2(signedIn.ok, qPrintable(signedIn.message));
    QCOMPARE(signedIn.signaturesRecorded, 1);
    QCOMPARE(signedIn.activated, QStringList{agreement->ref});
    QCOMPARE(a.records().get(kinds::agreement(), agreement->id)->value(af::status).toString(),
             agreementStatus::active);
    const auto sigs = sharing::currentSignatures(a, agreement->id);
    QCOMPARE(sigs.size(), 2);
    QCOMPARE(sigs.constLast().name, QStringLiteral("Cal Guardian"));
    QCOMPARE(sigs.constLast().signedOn, QDate(2026, 12, 2));
    // B's next package carries the signature again: it is not recorded twice.
    const BuiltPackage again = build(m_b, QStringLiteral("b-2.tar"));
    const ImportResult second = importPackageFile(a, again.path);
    QVERIFY2(second.ok, qPrintable(second.message));
    QCOMPARE(second.signaturesRecorded, 0);
    QCOMPARE(sharing::signatures(a, agreement->id).size(), 2);
}

void TestExchange::keyRotation()
{
    QString error;
    const auto old = currentKey(*m_a.ws);
    QVERIFY(old);
    const QString newFile = m_dir.filePath(QStringLiteral("kingsmere-next.key"));
    QFile::remove(newFile);
    const auto pending = rotateKey(*m_a.ws, newFile, Passphrase, &error, interactiveLimits());
    QVERIFY2(pending, qPrintable(error));
    QCOMPARE(pending->status, QStringLiteral("pending"));
    QVERIFY(!rotateKey(*m_a.ws, newFile + QStringLiteral("2"), Passphrase, &error,
                       interactiveLimits()));
    // The announcement travels in a package signed with the old key.
    const BuiltPackage announce = build(m_a, QStringLiteral("a-1.tar"));
    QVERIFY(announce.counts.announcesKey);
    QCOMPARE(announce.keyId, old->keyId);
    QCOMPARE(currentKey(*m_a.ws)->keyId, pending->keyId);
    QCOMPARE(ownKey(*m_a.ws, old->keyId)->status, QStringLiteral("retired"));
    // The old key can no longer build packages.
    QVERIFY(!buildPackage(*m_a.ws, m_a.key, m_dir.filePath(QStringLiteral("a-x.tar")), &error));
    QVERIFY2(error.contains(pending->keyId), qPrintable(error));
    const ImportResult r = importPackageFile(*m_b.ws, announce.path);
    QVERIFY2(r.ok, qPrintable(r.message));
    QVERIFY(r.keyRotated);
    const auto newTrust = trustedKeyById(*m_b.ws, pending->keyId);
    QVERIFY(newTrust);
    QCOMPARE(newTrust->status, QStringLiteral("trusted"));
    QVERIFY(newTrust->confirmedBy.contains(old->keyId));
    QCOMPARE(trustedKeyById(*m_b.ws, old->keyId)->status, QStringLiteral("replaced"));
    // Packages signed with the new key are imported.
    const auto next = loadKeyFile(newFile, Passphrase, &error);
    QVERIFY2(next, qPrintable(error));
    m_a.key = *next;
    const BuiltPackage after = build(m_a, QStringLiteral("a-2.tar"));
    QCOMPARE(after.keyId, pending->keyId);
    const ImportResult r2 = importPackageFile(*m_b.ws, after.path);
    QVERIFY2(r2.ok, qPrintable(r2.message));
    // One signed with the replaced key, even with the right sequence, is refused.
    const QByteArray m = manifest(m_a, 3, after.sha256, {});
    const QByteArray archive = tarMember("manifest.json", m) + tarEnd();
    SecretKey oldKey = *loadKeyFile(m_a.keyFile, Passphrase, &error);
    const QByteArray sig =
        signatureFile(archive, oldKey, trustedComment(selfUuid(*m_a.ws), 3, sha256Hex(archive)),
                      QStringLiteral("x"));
    const QString before = counts(*m_b.ws);
    const ImportResult refused = importPackage(*m_b.ws, archive, sig, QStringLiteral("old.tar"));
    QVERIFY(!refused.ok);
    QCOMPARE(refused.refusal, Refusal::ReplacedKey);
    QVERIFY2(refused.message.contains(QStringLiteral("replaced")), qPrintable(refused.message));
    QCOMPARE(counts(*m_b.ws), before);
}

void TestExchange::revokedKeyIsRefused()
{
    sharedAsset(m_a, QStringLiteral("Council tax accounts"));
    const BuiltPackage built = build(m_a, QStringLiteral("a-1.tar"));
    QString error;
    const QString keyId = currentKey(*m_a.ws)->keyId;
    QVERIFY(!revokeKey(*m_b.ws, keyId, QString(), &error));
    QVERIFY2(revokeKey(*m_b.ws, keyId, QStringLiteral("laptop stolen"), &error), qPrintable(error));
    const QString before = counts(*m_b.ws);
    const ImportResult r = importPackageFile(*m_b.ws, built.path);
    QVERIFY(!r.ok);
    QCOMPARE(r.refusal, Refusal::RevokedKey);
    QVERIFY2(r.message.contains(QStringLiteral("revoked")) &&
                 r.message.contains(QStringLiteral("laptop stolen")),
             qPrintable(r.message));
    QCOMPARE(counts(*m_b.ws), before);
    QCOMPARE(partnerRecords(*m_b.ws).size(), 0);
}

void TestExchange::replayOlderAndGapAreRefused()
{
    sharedAsset(m_a, QStringLiteral("Council tax accounts"));
    const BuiltPackage p1 = build(m_a, QStringLiteral("a-1.tar"));
    const BuiltPackage p2 = build(m_a, QStringLiteral("a-2.tar"));
    const BuiltPackage p3 = build(m_a, QStringLiteral("a-3.tar"));
    QString before = counts(*m_b.ws);
    ImportResult r = importPackageFile(*m_b.ws, p2.path);
    QCOMPARE(r.refusal, Refusal::Gap);
    QVERIFY2(r.message.contains(QStringLiteral("missing")), qPrintable(r.message));
    QCOMPARE(counts(*m_b.ws), before);
    QVERIFY(importPackageFile(*m_b.ws, p1.path).ok);
    r = importPackageFile(*m_b.ws, p3.path);
    QCOMPARE(r.refusal, Refusal::Gap);
    QVERIFY2(r.message.contains(QStringLiteral("2 to 2")), qPrintable(r.message));
    QVERIFY(importPackageFile(*m_b.ws, p2.path).ok);
    QVERIFY(importPackageFile(*m_b.ws, p3.path).ok);
    before = counts(*m_b.ws);
    // An older package imported before is a harmless repeat; one with the same number but
    // other content is refused.
    r = importPackageFile(*m_b.ws, p1.path);
    QVERIFY2(r.ok && r.repeat, qPrintable(r.message));
    QCOMPARE(counts(*m_b.ws), before);
    const QByteArray other = tarMember("manifest.json", manifest(m_a, 2, p1.sha256, {})) + tarEnd();
    r = importPackage(*m_b.ws, other, sign(m_a, other, 2), QStringLiteral("a-2-other.tar"));
    QCOMPARE(r.refusal, Refusal::Replay);
    QVERIFY2(r.message.contains(QStringLiteral("never imported again")), qPrintable(r.message));
    QCOMPARE(counts(*m_b.ws), before);
    // A package 4 that does not chain to package 3.
    const QByteArray m = manifest(m_a, 4, QString(64, QLatin1Char('0')), {});
    const QByteArray archive = tarMember("manifest.json", m) + tarEnd();
    r = importPackage(*m_b.ws, archive, sign(m_a, archive, 4), QStringLiteral("a-4.tar"));
    QCOMPARE(r.refusal, Refusal::ChainBroken);
    QCOMPARE(counts(*m_b.ws), before);
}

void TestExchange::hostilePackagesAreRefused()
{
    const QString uuid = newUuid();
    const QByteArray good = assetMember(uuid, QStringLiteral("IA-0001"), QStringLiteral("Rates"));
    const QByteArray goodName = "records/assets/" + uuid.toLatin1() + ".json";
    const auto withManifest = [&](const QList<std::pair<QByteArray, QByteArray>> &listed,
                                  const QByteArray &body) -> QByteArray {
        return tarMember("manifest.json", manifest(m_a, 1, QString(), listed)) + body + tarEnd();
    };
    const BuiltPackage real = [&] {
        sharedAsset(m_a, QStringLiteral("Business rates"));
        return build(m_a, QStringLiteral("a-real.tar"));
    }();
    QFile realFile(real.path);
    QVERIFY(realFile.open(QIODevice::ReadOnly));
    const QByteArray realBytes = realFile.readAll();
    QFile realSig(real.signaturePath);
    QVERIFY(realSig.open(QIODevice::ReadOnly));
    const QByteArray realSignature = realSig.readAll();

    struct Case {
        const char *name;
        std::function<std::pair<QByteArray, QByteArray>()> make; // archive, signature
        Refusal expected;
        QString fragment;
    };
    const auto signedByA = [&](const QByteArray &archive) {
        return std::pair{archive, sign(m_a, archive, 1)};
    };
    const QList<Case> cases{
        {"bad signature",
         [&] {
             QByteArray changed = realBytes;
             changed[700] = char(changed.at(700) ^ 1);
             return std::pair{changed, realSignature};
         },
         Refusal::BadSignature, QStringLiteral("does not match its signature")},
        {"signature file is garbage",
         [&] {
             return std::pair{realBytes, QByteArray("hello\nworld\n")};
         },
         Refusal::SignatureFile, QStringLiteral("minisign's format")},
        {"unknown key",
         [&] {
             const SecretKey stranger = generateKey();
             return std::pair{realBytes,
                              signatureFile(realBytes, stranger,
                                            trustedComment(selfUuid(*m_a.ws), 1, real.sha256),
                                            QStringLiteral("x"))};
         },
         Refusal::UnknownKey, QStringLiteral("not on your trust list")},
        {"trusted comment names another archive",
         [&] {
             return std::pair{
                 realBytes,
                 signatureFile(realBytes, m_a.key,
                               trustedComment(selfUuid(*m_a.ws), 1, QString(64, QLatin1Char('a'))),
                               QStringLiteral("x"))};
         },
         Refusal::TrustedComment, QStringLiteral("trusted comment")},
        {"truncated archive", [&] { return signedByA(realBytes.left(realBytes.size() / 2 + 100)); },
         Refusal::NotATar, QStringLiteral("cut short")},
        {"not a tar at all",
         [&] { return signedByA(QByteArray("PK\x03\x04 this is a zip, honest").repeated(40)); },
         Refusal::NotATar, QStringLiteral("not a tar archive")},
        {"manifest hash mismatch",
         [&] {
             return signedByA(withManifest({{goodName, QByteArray(good).replace("Rates", "Rxtes")}},
                                           tarMember(goodName, good)));
         },
         Refusal::ManifestMismatch, QStringLiteral("size and SHA-256")},
        {"member missing",
         [&] {
             return signedByA(withManifest({{goodName, good}}, {}));
         },
         Refusal::ManifestMismatch, QStringLiteral("not in the archive")},
        {"extra member",
         [&] {
             const QByteArray extra = "records/assets/" + newUuid().toLatin1() + ".json";
             return signedByA(withManifest({{goodName, good}},
                                           tarMember(goodName, good) + tarMember(extra, good)));
         },
         Refusal::ManifestMismatch, QStringLiteral("does not list")},
        {"manifest not first",
         [&] {
             return signedByA(
                 tarMember(goodName, good) +
                 tarMember("manifest.json", manifest(m_a, 1, QString(), {{goodName, good}})) +
                 tarEnd());
         },
         Refusal::Manifest, QStringLiteral("does not start with its manifest")},
        {"path traversal",
         [&] {
             return signedByA(withManifest({}, tarMember("records/../../../etc/cron.d/x", good)));
         },
         Refusal::UnsafeEntry, QStringLiteral("climbs out")},
        {"absolute path",
         [&] { return signedByA(withManifest({}, tarMember("/etc/passwd", good))); },
         Refusal::UnsafeEntry, QStringLiteral("absolute path")},
        {"name outside the pattern",
         [&] { return signedByA(withManifest({}, tarMember("records/assets/evil.sh", good))); },
         Refusal::UnsafeEntry, QStringLiteral("not a member")},
        {"symbolic link",
         [&] {
             return signedByA(
                 withManifest({}, tarHeader(goodName, 0, '2', "/home/user/.ssh/id_ed25519")));
         },
         Refusal::Link, QStringLiteral("link")},
        {"hard link",
         [&] { return signedByA(withManifest({}, tarHeader(goodName, 0, '1', "manifest.json"))); },
         Refusal::Link, QStringLiteral("link")},
        {"directory",
         [&] { return signedByA(withManifest({}, tarHeader("records/assets/", 0, '5'))); },
         Refusal::UnsafeEntry, QStringLiteral("not a member")},
        {"duplicate member",
         [&] {
             return signedByA(withManifest({{goodName, good}},
                                           tarMember(goodName, good) + tarMember(goodName, good)));
         },
         Refusal::UnsafeEntry, QStringLiteral("twice")},
        {"entry declaring 10 GB",
         [&] {
             // Only the header: the reader must refuse on the declared size, not read on.
             return signedByA(withManifest({{goodName, good}},
                                           tarHeader(goodName, 10LL * 1024 * 1024 * 1024, '0') +
                                               QByteArray(4096, 'x')));
         },
         Refusal::TooLarge, QStringLiteral("declares 10737418240 bytes")},
        {"member not a record",
         [&] {
             const QByteArray junk = "[1, 2, 3]";
             return signedByA(withManifest({{goodName, junk}}, tarMember(goodName, junk)));
         },
         Refusal::Content, QStringLiteral("not a JSON object")},
        {"record with nested values",
         [&] {
             QJsonObject o = QJsonDocument::fromJson(good).object();
             o.insert(QStringLiteral("values"),
                      QJsonObject{{QStringLiteral("name"), QJsonObject{{QStringLiteral("a"), 1}}}});
             const QByteArray bad = QJsonDocument(o).toJson();
             return signedByA(withManifest({{goodName, bad}}, tarMember(goodName, bad)));
         },
         Refusal::Content, QStringLiteral("not plain values")},
        {"manifest of another sender",
         [&] {
             QJsonObject o = QJsonDocument::fromJson(manifest(m_a, 1, QString(), {})).object();
             QJsonObject sender = o.value(QStringLiteral("sender")).toObject();
             sender.insert(QStringLiteral("id"), newUuid());
             o.insert(QStringLiteral("sender"), sender);
             return signedByA(tarMember("manifest.json", QJsonDocument(o).toJson()) + tarEnd());
         },
         Refusal::TrustedComment, QStringLiteral("names sender")},
    };
    const QString before = counts(*m_b.ws);
    for (const Case &c : cases) {
        const auto [archive, signature] = c.make();
        const ImportResult r = importPackage(*m_b.ws, archive, signature, QStringLiteral("p.tar"));
        QVERIFY2(!r.ok, c.name);
        QVERIFY2(r.refusal == c.expected,
                 qPrintable(QStringLiteral("%1: refusal %2, expected %3: %4")
                                .arg(QLatin1String(c.name))
                                .arg(int(r.refusal))
                                .arg(int(c.expected))
                                .arg(r.message)));
        QVERIFY2(r.message.contains(c.fragment),
                 qPrintable(QLatin1String(c.name) + QStringLiteral(": ") + r.message));
        QVERIFY2(r.message.contains(QStringLiteral("p.tar")) ||
                     r.message.contains(QStringLiteral("Nothing")),
                 qPrintable(r.message));
        QCOMPARE(counts(*m_b.ws), before);
    }
    // After all that, the real package still imports.
    const ImportResult ok = importPackage(*m_b.ws, realBytes, realSignature, real.path);
    QVERIFY2(ok.ok, qPrintable(ok.message));
}

void TestExchange::tooManyEntriesAreRefused()
{
    QElapsedTimer timer;
    timer.start();
    QByteArray archive = tarMember("manifest.json", manifest(m_a, 1, QString(), {}));
    archive.reserve(100000 * 512 + 4096);
    for (int i = 0; i < 100000; ++i) {
        const QByteArray name = "records/assets/" +
                                QUuid::createUuidV5(QUuid(), QString::number(i))
                                    .toString(QUuid::WithoutBraces)
                                    .toLatin1() +
                                ".json";
        archive += tarHeader(name, 0, '0');
    }
    archive += tarEnd();
    const QString before = counts(*m_b.ws);
    const ImportResult r =
        importPackage(*m_b.ws, archive, sign(m_a, archive, 1), QStringLiteral("many.tar"));
    QCOMPARE(r.refusal, Refusal::TooManyEntries);
    QVERIFY2(r.message.contains(QStringLiteral("more than 20000 entries")), qPrintable(r.message));
    QCOMPARE(counts(*m_b.ws), before);
    QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
}

// exchange.md allows a package gzip-compressed; the same checks apply to what it inflates to.
void TestExchange::gzipPackageIsRead()
{
    const QString gzip = QStandardPaths::findExecutable(QStringLiteral("gzip"));
    if (gzip.isEmpty())
        QSKIP("gzip is not installed");
    sharedAsset(m_a, QStringLiteral("Electoral register"));
    const BuiltPackage built = build(m_a, QStringLiteral("a-1.tar"));
    QProcess p;
    p.start(gzip, {QStringLiteral("-9c"), built.path});
    QVERIFY(p.waitForFinished(30000));
    const QByteArray compressed = p.readAllStandardOutput();
    QVERIFY(compressed.startsWith("\x1f\x8b"));
    const ImportResult r =
        importPackage(*m_b.ws, compressed, sign(m_a, compressed, 1), QStringLiteral("a-1.tar.gz"));
    QVERIFY2(r.ok, qPrintable(r.message));
    QCOMPARE(partnerRecords(*m_b.ws, QStringLiteral("assets")).size(), 1);
    // A gzip stream that inflates to an entry over its cap is refused like a plain one.
    const QByteArray big =
        tarMember("manifest.json", manifest(m_a, 2, r.ok ? sha256Hex(compressed) : QString(), {})) +
        tarHeader("records/assets/" + newUuid().toLatin1() + ".json", 64LL * 1024 * 1024, '0') +
        QByteArray(64 * 1024 * 1024, '\0') + tarEnd();
    QProcess z;
    z.start(gzip, {QStringLiteral("-1c")});
    QVERIFY(z.waitForStarted());
    z.write(big);
    z.closeWriteChannel();
    QVERIFY(z.waitForFinished(60000));
    const QByteArray bomb = z.readAllStandardOutput();
    QVERIFY(bomb.size() < 1024 * 1024);
    const QString before = counts(*m_b.ws);
    const ImportResult refused =
        importPackage(*m_b.ws, bomb, sign(m_a, bomb, 2), QStringLiteral("a-2.tar.gz"));
    QCOMPARE(refused.refusal, Refusal::TooLarge);
    QCOMPARE(counts(*m_b.ws), before);
}

QTEST_GUILESS_MAIN(TestExchange)
#include "tst_exchange.moc"
