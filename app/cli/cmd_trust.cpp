#include "commands.h"
#include "exchange/trust.h"
#include "exchangeopts.h"
#include "exitcode.h"
#include "openhelp.h"
#include "output.h"
#include "workspace/directory.h"
#include "workspace/recordstore.h"

#include <QFile>
#include <QFileInfo>

namespace igw::cli {

namespace {

QCommandLineOption orgOption()
{
    return {QStringLiteral("org"),
            tr("The partner in your directory the key belongs to, by reference (ORG-0004)."),
            tr("REF")};
}
QCommandLineOption fingerprintOption()
{
    return {QStringLiteral("fingerprint"),
            tr("The key's fingerprint as the partner gave it to you out of band."), tr("FP")};
}
QCommandLineOption partnerIdOption()
{
    return {QStringLiteral("partner-id"),
            tr("The partner's id, when the key file does not carry it."), tr("UUID")};
}
QCommandLineOption reasonOption()
{
    return {QStringLiteral("reason"), tr("Why the key is revoked (kept in the audit trail)."),
            tr("TEXT")};
}

int runAdd(const Command &command, const QCommandLineParser &parser, const QString &path)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 3)
        return usageError(command, tr("Give the workspace and the partner's public key file."));
    QFile f(args.at(2));
    if (!f.open(QIODevice::ReadOnly))
        return failure(command, tr("Cannot read %1: %2").arg(args.at(2), f.errorString()),
                       exitcode::CannotOpen);
    QString error;
    const auto file = exchange::readPartnerKeyFile(f.read(8192), &error);
    if (!file)
        return failure(command, tr("%1: %2").arg(args.at(2), error), exitcode::CannotOpen);
    if (!parser.isSet(fingerprintOption()) || !parser.isSet(orgOption())) {
        printOut(tr("Key %1%2")
                     .arg(exchange::keyIdText(file->key.keyNumber),
                          file->partnerName.isEmpty()
                              ? QString()
                              : tr(", says it is of %1").arg(file->partnerName)));
        printOut(tr("Fingerprint: %1").arg(exchange::fingerprint(file->key.key)));
        return usageError(command,
                          tr("Nothing was added. Confirm the fingerprint with the partner by "
                             "phone or on paper, then run again with --fingerprint and --org "
                             "REF (the partner in your directory)."));
    }
    Workspace::OpenResult result;
    if (const int opened = openForWriting(command, parser, path, &result))
        return opened;
    const auto org =
        result.workspace->records().findByRef(kinds::organisation(), parser.value(orgOption()));
    if (!org)
        return failure(command,
                       tr("%1 is not an organisation in the directory. `igw list organisations "
                          "%2` shows them.")
                           .arg(parser.value(orgOption()), path),
                       exitcode::ProblemsFound);
    const auto added =
        exchange::addTrustedKey(*result.workspace, org->id, *file, parser.value(partnerIdOption()),
                                parser.value(fingerprintOption()), &error);
    if (!added)
        return failure(command, error, exitcode::ProblemsFound);
    printOut(tr("Trusted key %1 of %2 (%3), fingerprint %4.")
                 .arg(added->keyId, added->orgName, added->orgRef, added->fingerprint));
    return exitcode::Ok;
}

int runList(const Command &command, const QCommandLineParser &parser, const QString &path)
{
    if (parser.positionalArguments().size() != 2)
        return usageError(
            command, tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().value(2)));
    const Workspace::OpenResult result = openForReading(path);
    if (!result.ok())
        return reportOpenFailure(command, result);
    // One key a line: a tab or line break inside a name would break that.
    const auto oneLine = [](QString text) {
        for (QChar &c : text) {
            if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
                c = QLatin1Char(' ');
        }
        return text;
    };
    for (const exchange::TrustedKey &k : exchange::trustList(*result.workspace))
        printOut(QStringList{k.keyId, k.orgRef, oneLine(k.orgName), exchange::statusText(k.status),
                             k.fingerprint, k.confirmedAt.toString(Qt::ISODate),
                             oneLine(k.confirmedBy)}
                     .join(QLatin1Char('\t')));
    return exitcode::Ok;
}

int runRevoke(const Command &command, const QCommandLineParser &parser, const QString &path)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 3)
        return usageError(command, tr("Give the workspace and the key id to revoke."));
    Workspace::OpenResult result;
    if (const int opened = openForWriting(command, parser, path, &result))
        return opened;
    QString error;
    if (!exchange::revokeKey(*result.workspace, args.at(2), parser.value(reasonOption()), &error))
        return failure(command, error, exitcode::ProblemsFound);
    printOut(tr("Revoked key %1: packages signed with it are refused from now on.")
                 .arg(args.at(2).toUpper()));
    return exitcode::Ok;
}

int runTrust(const Command &command, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() < 2)
        return usageError(command,
                          tr("Missing %1.").arg(args.isEmpty() ? tr("ACTION") : tr("FILE")));
    const QString path = QFileInfo(args.at(1)).absoluteFilePath();
    if (args.at(0) == QLatin1String("add"))
        return runAdd(command, parser, path);
    if (args.at(0) == QLatin1String("list"))
        return runList(command, parser, path);
    if (args.at(0) == QLatin1String("revoke"))
        return runRevoke(command, parser, path);
    return usageError(command, tr("\"%1\" is not an action of trust. The actions are: add, "
                                  "list, revoke.")
                                   .arg(args.at(0)));
}

} // namespace

Command trustCommand()
{
    Command c;
    c.name = QStringLiteral("trust");
    c.arguments = tr("add FILE KEYFILE | list FILE | revoke FILE KEYID");
    c.summary = tr("Manage the partners' keys whose packages you accept");
    c.description =
        tr("add: trusts a partner's public key (minisign's format, as `igw keys export-public` "
           "writes it) for an organisation in your directory. Without --fingerprint it only "
           "shows the key's fingerprint: confirm it with the partner by phone or on paper, "
           "then give it with --fingerprint; a mismatch adds nothing.\n\n"
           "list: one key a line: key id, organisation reference and name, status, "
           "fingerprint, when and by whom it was confirmed (tab-separated).\n\n"
           "revoke: packages signed with the key are refused from now on (--reason is "
           "required).");
    c.options = {orgOption(), fingerprintOption(), partnerIdOption(), reasonOption(), userOption()};
    c.examples = {QStringLiteral("$ igw trust add council.igw trust.pub --org ORG-0002 "
                                 "--fingerprint \"3F2A 9C01 ...\""),
                  QStringLiteral("$ igw trust revoke council.igw 8B2C40E19A6D7F31 --reason "
                                 "\"key lost\"")};
    c.run = runTrust;
    return c;
}

} // namespace igw::cli
