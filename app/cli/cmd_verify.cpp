#include "commands.h"
#include "exchange/packageimport.h"
#include "exchange/packagereader.h"
#include "exitcode.h"
#include "openhelp.h"
#include "output.h"

#include <QFileInfo>

namespace igw::cli {

namespace {

int runVerify(const Command &command, const QCommandLineParser &parser)
{
    int code = exitcode::Ok;
    if (!expectArguments(command, parser, {tr("FILE"), tr("PACKAGE")}, &code))
        return code;
    const QString path = QFileInfo(parser.positionalArguments().at(0)).absoluteFilePath();
    const QString package = QFileInfo(parser.positionalArguments().at(1)).absoluteFilePath();
    const Workspace::OpenResult result = openForReading(path);
    if (!result.ok())
        return reportOpenFailure(command, result);
    const exchange::ReadResult read = exchange::readPackageFile(*result.workspace, package);
    if (!read.ok())
        return failure(command, read.message, exitcode::ProblemsFound);
    const exchange::VerifiedPackage &p = *read.package;
    printOut(
        tr("Signature: good, key %1 of %2 (%3).").arg(p.key.keyId, p.key.orgName, p.key.orgRef));
    printOut(tr("Package:   %1 from %2, made %3, SHA-256 %4.")
                 .arg(p.manifest.sequence)
                 .arg(p.manifest.senderUuid, p.manifest.created.toString(Qt::ISODate), p.sha256));
    printOut(tr("Contents:  %1 record(s), %2 signature(s)%3; every member matches the manifest.")
                 .arg(p.records.size())
                 .arg(p.signatures.size())
                 .arg(p.announcedKey ? tr(", a new signing key") : QString()));
    exchange::Refusal refusal = exchange::Refusal::None;
    QString message;
    const auto state = exchange::checkSequence(*result.workspace, p, &refusal, &message);
    if (!state)
        return failure(command, message, exitcode::ProblemsFound);
    printOut(*state == exchange::SequenceState::Repeat
                 ? tr("Sequence:  imported already; importing it again changes nothing.")
                 : tr("Sequence:  the next one expected; `igw import package` would import it."));
    return exitcode::Ok;
}

} // namespace

Command verifyCommand()
{
    Command c;
    c.name = QStringLiteral("verify");
    c.arguments = tr("FILE PACKAGE");
    c.summary = tr("Check a partner's package without importing it");
    c.description =
        tr("Checks PACKAGE and PACKAGE.minisig against the trust list of workspace FILE, exactly "
           "as an import would (signature first, then the archive, the manifest, every member "
           "and the sequence), and says what it holds. Changes nothing. Exit status 1 when the "
           "package would be refused, with the reason.");
    c.examples = {QStringLiteral("$ igw verify council.igw inbox/trust-7.tar")};
    c.run = runVerify;
    return c;
}

} // namespace igw::cli
