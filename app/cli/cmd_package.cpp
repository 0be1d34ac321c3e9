#include "commands.h"
#include "exchange/keys.h"
#include "exchange/package.h"
#include "exchangeopts.h"
#include "exitcode.h"
#include "openhelp.h"
#include "output.h"

#include <QFileInfo>

namespace igw::cli {

namespace {

QCommandLineOption outputOption()
{
    return {{QStringLiteral("o"), QStringLiteral("output")},
            tr("Write the package to FILE and its signature to FILE.minisig."),
            tr("FILE")};
}

int runPackage(const Command &command, const QCommandLineParser &parser)
{
    int code = exitcode::Ok;
    if (!expectArguments(command, parser, {tr("FILE")}, &code))
        return code;
    if (!parser.isSet(outputOption()))
        return usageError(command, tr("Give the package file to write with -o FILE."));
    const auto passphrase = readPassphrase(command, parser, &code);
    if (!passphrase)
        return code;
    const QString path = QFileInfo(parser.positionalArguments().at(0)).absoluteFilePath();
    Workspace::OpenResult result;
    if (const int opened = openForWriting(command, parser, path, &result))
        return opened;
    Workspace &ws = *result.workspace;
    const auto current = exchange::currentKey(ws);
    if (!current)
        return failure(command,
                       tr("%1 has no signing key yet. Make one with `igw keys init`.").arg(path),
                       exitcode::ProblemsFound);
    const QString keyFile = parser.isSet(keyFileOption())
                                ? parser.value(keyFileOption())
                                : exchange::defaultKeyFile(path, current->keyId);
    QString error;
    const auto key = exchange::loadKeyFile(keyFile, *passphrase, &error);
    if (!key)
        return failure(command, error, exitcode::ProblemsFound);
    const auto built = exchange::buildPackage(ws, *key, parser.value(outputOption()), &error);
    if (!built)
        return failure(command, error, exitcode::IoError);
    printOut(tr("Wrote package %1 (%2) to %3 and its signature to %4.")
                 .arg(built->sequence)
                 .arg(built->counts.text(), built->path, built->signaturePath));
    printOut(tr("SHA-256: %1").arg(built->sha256));
    printOut(tr("Signed with key %1.").arg(built->keyId));
    return exitcode::Ok;
}

} // namespace

Command packageCommand()
{
    Command c;
    c.name = QStringLiteral("package");
    c.arguments = tr("FILE");
    c.summary = tr("Build the next signed package for partners");
    c.description =
        tr("Puts the records marked to share with partners (assets, agreements, retention "
           "classes: their details, no notes and no links to your people), your signatures on "
           "partners' agreements and, after `igw keys rotate`, your next key into a tar archive "
           "with a manifest, and signs it with your key in minisign's format (FILE.minisig). "
           "Each package carries the next number and the SHA-256 of the one before, so partners "
           "notice a missing or replayed one. Existing files are never replaced.");
    c.options = {outputOption(), keyFileOption(), passphraseFileOption(), userOption()};
    c.examples = {QStringLiteral("$ igw package council.igw -o outbox/council-1.tar "
                                 "--passphrase-file ~/.igw-pass")};
    c.run = runPackage;
    return c;
}

} // namespace igw::cli
