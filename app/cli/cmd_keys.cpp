#include "commands.h"
#include "exchange/keys.h"
#include "exchangeopts.h"
#include "exitcode.h"
#include "openhelp.h"
#include "output.h"

#include <QFileInfo>
#include <QSaveFile>

namespace igw::cli {

namespace {

QCommandLineOption outputOption()
{
    return {{QStringLiteral("o"), QStringLiteral("output")}, tr("Write to FILE."), tr("FILE")};
}

int runInitOrRotate(const Command &command, const QCommandLineParser &parser, const QString &path,
                    bool rotate)
{
    int code = exitcode::Ok;
    const auto passphrase = readPassphrase(command, parser, &code);
    if (!passphrase)
        return code;
    Workspace::OpenResult result;
    if (const int opened = openForWriting(command, parser, path, &result))
        return opened;
    Workspace &ws = *result.workspace;
    // The key id is known only once the key exists; the default name uses a placeholder that
    // is renamed below, so the file never has to be written twice.
    QString keyFile = parser.value(keyFileOption());
    const bool defaultName = keyFile.isEmpty();
    if (defaultName)
        keyFile = exchange::defaultKeyFile(path, rotate ? QStringLiteral("next")
                                                        : QStringLiteral("signing"));
    keyFile = QFileInfo(keyFile).absoluteFilePath();
    QString error;
    const auto key = rotate ? exchange::rotateKey(ws, keyFile, *passphrase, &error)
                            : exchange::initKeys(ws, keyFile, *passphrase, &error);
    if (!key)
        return failure(command, error, exitcode::IoError);
    if (defaultName) {
        const QString named = exchange::defaultKeyFile(path, key->keyId);
        if (QFile::rename(keyFile, named))
            keyFile = named;
    }
    printOut(rotate ? tr("Made key %1; the next package, signed with the current key, announces "
                         "it to your partners and from then on packages are signed with it.")
                          .arg(key->keyId)
                    : tr("Made signing key %1 for this workspace.").arg(key->keyId));
    printOut(tr("Fingerprint: %1").arg(key->fingerprint));
    printOut(tr("Secret key:  %1 (encrypted with your passphrase; keep a copy where your "
                "organisation keeps its other secrets: without it and the passphrase no package "
                "can be signed)")
                 .arg(keyFile));
    return exitcode::Ok;
}

int runExport(const Command &command, const QCommandLineParser &parser, const QString &path)
{
    if (!parser.isSet(outputOption()))
        return usageError(command, tr("Give the public key file to write with -o FILE."));
    const Workspace::OpenResult result = openForReading(path);
    if (!result.ok())
        return reportOpenFailure(command, result);
    QString error;
    const auto content = exchange::exportPublicKey(*result.workspace, &error);
    if (!content)
        return failure(command, error, exitcode::ProblemsFound);
    const QString out = QFileInfo(parser.value(outputOption())).absoluteFilePath();
    QSaveFile f(out);
    if (!f.open(QIODevice::WriteOnly) || f.write(*content) != content->size() || !f.commit())
        return failure(command, tr("Cannot write %1: %2").arg(out, f.errorString()),
                       exitcode::IoError);
    const auto key = exchange::currentKey(*result.workspace);
    printOut(tr("Wrote the public key %1 to %2.").arg(key->keyId, out));
    printOut(tr("Fingerprint: %1").arg(key->fingerprint));
    printOut(tr("Partner id:  %1").arg(exchange::selfUuid(*result.workspace)));
    printOut(tr("Send the file to your partners; read them the fingerprint on the phone (or "
                "send it on paper) so they can confirm it before they trust the key."));
    return exitcode::Ok;
}

int runKeys(const Command &command, const QCommandLineParser &parser)
{
    int code = exitcode::Ok;
    if (!expectArguments(command, parser, {tr("ACTION"), tr("FILE")}, &code))
        return code;
    const QString action = parser.positionalArguments().at(0);
    const QString path = QFileInfo(parser.positionalArguments().at(1)).absoluteFilePath();
    if (action == QLatin1String("init"))
        return runInitOrRotate(command, parser, path, false);
    if (action == QLatin1String("rotate"))
        return runInitOrRotate(command, parser, path, true);
    if (action == QLatin1String("export-public"))
        return runExport(command, parser, path);
    return usageError(command, tr("\"%1\" is not an action of keys. The actions are: init, "
                                  "export-public, rotate.")
                                   .arg(action));
}

} // namespace

Command keysCommand()
{
    Command c;
    c.name = QStringLiteral("keys");
    c.arguments = tr("init|export-public|rotate FILE");
    c.summary = tr("Make, export or rotate the key that signs packages for partners");
    c.description =
        tr("init: makes the organisation's Ed25519 signing key. The workspace keeps the public "
           "key; the secret key is written to a key file beside the workspace (or --key-file), "
           "encrypted with the passphrase (Argon2id), readable by you only. The passphrase "
           "comes from --passphrase-file or IGW_PASSPHRASE and is never stored.\n\n"
           "export-public: writes the public key in minisign's format, for partners' trust "
           "lists, and shows its fingerprint and your partner id.\n\n"
           "rotate: makes the next key; the next package, signed with the current key, "
           "announces it, so partners trust it without a new exchange of fingerprints.");
    c.options = {keyFileOption(), passphraseFileOption(), outputOption(), userOption()};
    c.examples = {QStringLiteral("$ igw keys init council.igw --passphrase-file ~/.igw-pass"),
                  QStringLiteral("$ igw keys export-public council.igw -o council.pub")};
    c.run = runKeys;
    return c;
}

} // namespace igw::cli
