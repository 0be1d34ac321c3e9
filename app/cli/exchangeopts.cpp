#include "exchangeopts.h"

#include "exitcode.h"
#include "openhelp.h"
#include "output.h"

#include <QFile>

namespace igw::cli {

QCommandLineOption passphraseFileOption()
{
    return {QStringLiteral("passphrase-file"),
            tr("Read the key file's passphrase from the first line of FILE (else from the "
               "environment variable IGW_PASSPHRASE)."),
            tr("FILE")};
}

QCommandLineOption keyFileOption()
{
    return {QStringLiteral("key-file"),
            tr("The secret key file (default: beside the workspace, named after it and the "
               "key id)."),
            tr("FILE")};
}

std::optional<QByteArray> readPassphrase(const Command &command, const QCommandLineParser &parser,
                                         int *exitCode)
{
    QByteArray passphrase;
    if (parser.isSet(passphraseFileOption())) {
        QFile f(parser.value(passphraseFileOption()));
        if (!f.open(QIODevice::ReadOnly)) {
            *exitCode = failure(command,
                                tr("Cannot read the passphrase file %1: %2")
                                    .arg(parser.value(passphraseFileOption()), f.errorString()),
                                exitcode::CannotOpen);
            return std::nullopt;
        }
        passphrase = f.readLine(4096);
        while (passphrase.endsWith('\n') || passphrase.endsWith('\r'))
            passphrase.chop(1);
    } else {
        passphrase = qgetenv("IGW_PASSPHRASE");
    }
    if (passphrase.isEmpty()) {
        *exitCode = usageError(command, tr("No passphrase: give --passphrase-file FILE or set "
                                           "IGW_PASSPHRASE. A passphrase is never given as an "
                                           "argument."));
        return std::nullopt;
    }
    return passphrase;
}

int openForWriting(const Command &command, const QCommandLineParser &parser, const QString &path,
                   Workspace::OpenResult *result)
{
    OpenOptions open;
    open.userName = userName(parser);
    open.backupOnOpen = true;
    *result = Workspace::open(path, open);
    if (!result->ok())
        return reportOpenFailure(command, *result);
    reportWarnings(command, result->warnings);
    if (result->workspace->isReadOnly())
        return failure(command, result->workspace->readOnlyMessage(), exitcode::CannotOpen);
    return exitcode::Ok;
}

} // namespace igw::cli
