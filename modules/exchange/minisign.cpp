#include "exchange/minisign.h"

#include "exchange/exchangetr.h"

#include <QCryptographicHash>
#include <QList>
#include <QRegularExpression>

#include <algorithm>
#include <cstring>
#include <sodium.h>

namespace igw::exchange {

namespace {

constexpr char UntrustedPrefix[] = "untrusted comment: ";
constexpr char TrustedPrefix[] = "trusted comment: ";
// minisign's own limit on a comment line.
constexpr qsizetype CommentMaxBytes = 1024;
// A key or signature file is a few lines; anything bigger is not one.
constexpr qsizetype FileMaxBytes = 4096;

bool ensureSodium()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

QByteArray prehash(const QByteArray &data)
{
    QByteArray out(crypto_generichash_BYTES_MAX, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), size_t(out.size()),
                       reinterpret_cast<const unsigned char *>(data.constData()),
                       quint64(data.size()), nullptr, 0);
    return out;
}

QByteArray sign(const QByteArray &message, const SecretKey &key)
{
    QByteArray sig(SignatureBytes, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(sig.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()),
                         quint64(message.size()), key.bytes);
    return sig;
}

bool verifyDetached(const QByteArray &sig, const QByteArray &message, const QByteArray &pk)
{
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(sig.constData()),
                                       reinterpret_cast<const unsigned char *>(message.constData()),
                                       quint64(message.size()),
                                       reinterpret_cast<const unsigned char *>(pk.constData())) ==
           0;
}

// Lines without their "\r\n" or "\n"; a file ends with at most one empty line.
QList<QByteArray> lines(const QByteArray &text)
{
    QList<QByteArray> out = text.split('\n');
    for (QByteArray &l : out) {
        if (l.endsWith('\r'))
            l.chop(1);
    }
    while (!out.isEmpty() && out.constLast().isEmpty())
        out.removeLast();
    return out;
}

std::optional<QByteArray> strictBase64(const QByteArray &text, qsizetype expected)
{
    const auto r =
        QByteArray::fromBase64Encoding(text.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (!r || r.decoded.size() != expected)
        return std::nullopt;
    return r.decoded;
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

SecretKey::SecretKey(const SecretKey &other)
    : publicKey(other.publicKey)
{
    std::memcpy(bytes, other.bytes, sizeof bytes);
}

SecretKey &SecretKey::operator=(const SecretKey &other)
{
    if (this != &other) {
        publicKey = other.publicKey;
        std::memcpy(bytes, other.bytes, sizeof bytes);
    }
    return *this;
}

SecretKey::~SecretKey()
{
    sodium_memzero(bytes, sizeof bytes);
}

SecretKey generateKey()
{
    SecretKey key;
    if (!ensureSodium())
        return key;
    QByteArray pk(PublicKeyBytes, Qt::Uninitialized);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(pk.data()), key.bytes);
    QByteArray number(KeyNumberBytes, Qt::Uninitialized);
    randombytes_buf(number.data(), size_t(number.size()));
    key.publicKey = {number, pk};
    return key;
}

QString keyIdText(const QByteArray &keyNumber)
{
    QByteArray reversed(keyNumber);
    std::reverse(reversed.begin(), reversed.end());
    return QString::fromLatin1(reversed.toHex().toUpper());
}

std::optional<QByteArray> keyNumberFromText(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[0-9A-Fa-f]{16}$"));
    if (!re.match(text.trimmed()).hasMatch())
        return std::nullopt;
    QByteArray bytes = QByteArray::fromHex(text.trimmed().toLatin1());
    std::reverse(bytes.begin(), bytes.end());
    return bytes;
}

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QString fingerprint(const QByteArray &publicKey)
{
    const QString hex = sha256Hex(publicKey).toUpper();
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 4)
        groups << hex.mid(i, 4);
    return groups.join(QLatin1Char(' '));
}

bool fingerprintMatches(const QString &typed, const QByteArray &publicKey)
{
    QString compact;
    for (const QChar c : typed) {
        if (c.isLetterOrNumber())
            compact += c.toUpper();
        else if (!c.isSpace() && c != QLatin1Char(':') && c != QLatin1Char('-'))
            return false;
    }
    return compact == sha256Hex(publicKey).toUpper();
}

QByteArray publicKeyFile(const PublicKey &key, const QString &untrustedComment)
{
    QString comment = untrustedComment;
    comment.replace(QLatin1Char('\n'), QLatin1Char(' '))
        .replace(QLatin1Char('\r'), QLatin1Char(' '));
    return QByteArray(UntrustedPrefix) + comment.toUtf8().left(CommentMaxBytes) + '\n' +
           QByteArray(QByteArray("Ed") + key.keyNumber + key.key).toBase64() + '\n';
}

std::optional<PublicKeyFile> parsePublicKeyFile(const QByteArray &text, QString *error)
{
    const QString what = ExchangeTr::tr(
        "It is not a public key in minisign's format (an \"untrusted comment:\" line, then one "
        "line of base64). Ask the partner to send the file IG Workbench or minisign wrote.");
    if (text.size() > FileMaxBytes) {
        fail(error, ExchangeTr::tr("The file is too large for a public key. %1").arg(what));
        return std::nullopt;
    }
    const QList<QByteArray> l = lines(text);
    if (l.size() != 2 || !l.at(0).startsWith(UntrustedPrefix)) {
        fail(error, what);
        return std::nullopt;
    }
    const auto decoded = strictBase64(l.at(1), 2 + KeyNumberBytes + PublicKeyBytes);
    if (!decoded || !decoded->startsWith("Ed")) {
        fail(error, what);
        return std::nullopt;
    }
    PublicKeyFile f;
    f.untrustedComment = QString::fromUtf8(l.at(0).mid(qsizetype(sizeof UntrustedPrefix) - 1));
    f.key.keyNumber = decoded->mid(2, KeyNumberBytes);
    f.key.key = decoded->mid(2 + KeyNumberBytes);
    return f;
}

QByteArray signatureFile(const QByteArray &data, const SecretKey &key,
                         const QByteArray &trustedComment, const QString &untrustedComment)
{
    ensureSodium();
    const QByteArray sig = sign(prehash(data), key);
    const QByteArray global = sign(QByteArray(sig + trustedComment), key);
    QString comment = untrustedComment;
    comment.replace(QLatin1Char('\n'), QLatin1Char(' '))
        .replace(QLatin1Char('\r'), QLatin1Char(' '));
    return QByteArray(UntrustedPrefix) + comment.toUtf8().left(CommentMaxBytes) + '\n' +
           QByteArray(QByteArray("ED") + key.publicKey.keyNumber + sig).toBase64() + '\n' +
           TrustedPrefix + trustedComment + '\n' + global.toBase64() + '\n';
}

std::optional<Signature> parseSignatureFile(const QByteArray &text, QString *error)
{
    const QString what = ExchangeTr::tr(
        "The signature file is not in minisign's format (an \"untrusted comment:\" line, the "
        "signature in base64, a \"trusted comment:\" line and the global signature in base64). "
        "Fetch the .minisig file again from the sender.");
    if (text.size() > FileMaxBytes) {
        fail(error, ExchangeTr::tr("The signature file is too large. %1").arg(what));
        return std::nullopt;
    }
    const QList<QByteArray> l = lines(text);
    if (l.size() != 4 || !l.at(0).startsWith(UntrustedPrefix) ||
        !l.at(2).startsWith(TrustedPrefix)) {
        fail(error, what);
        return std::nullopt;
    }
    const auto sig = strictBase64(l.at(1), 2 + KeyNumberBytes + SignatureBytes);
    const auto global = strictBase64(l.at(3), SignatureBytes);
    if (!sig || !global) {
        fail(error, what);
        return std::nullopt;
    }
    Signature s;
    s.algorithm = sig->left(2);
    if (s.algorithm != "ED" && s.algorithm != "Ed") {
        fail(error, ExchangeTr::tr("The signature uses an algorithm minisign does not define "
                                   "(\"%1\"). Fetch the .minisig file again from the sender.")
                        .arg(QString::fromLatin1(s.algorithm.toHex())));
        return std::nullopt;
    }
    s.keyNumber = sig->mid(2, KeyNumberBytes);
    s.signature = sig->mid(2 + KeyNumberBytes);
    s.untrustedComment = QString::fromUtf8(l.at(0).mid(qsizetype(sizeof UntrustedPrefix) - 1));
    s.trustedComment = l.at(2).mid(qsizetype(sizeof TrustedPrefix) - 1);
    s.globalSignature = *global;
    return s;
}

bool verify(const QByteArray &data, const Signature &signature, const PublicKey &key,
            QString *error)
{
    if (!ensureSodium())
        return fail(error, ExchangeTr::tr("The cryptography library could not start."));
    if (!key.isValid() || signature.keyNumber != key.keyNumber)
        return fail(error, ExchangeTr::tr("The signature was made with key %1, not with key %2.")
                               .arg(keyIdText(signature.keyNumber), keyIdText(key.keyNumber)));
    const QByteArray message = signature.algorithm == "ED" ? prehash(data) : data;
    if (!verifyDetached(signature.signature, message, key.key))
        return fail(error, ExchangeTr::tr("The signature does not match the file: the file was "
                                          "changed or damaged after it was signed, or the "
                                          "signature belongs to another file."));
    if (!verifyDetached(signature.globalSignature,
                        QByteArray(signature.signature + signature.trustedComment), key.key))
        return fail(error, ExchangeTr::tr("The signature's trusted comment was changed after it "
                                          "was signed."));
    return true;
}

} // namespace igw::exchange
