#include "commands.h"
#include "exchange/packageimport.h"
#include "exchangeopts.h"
#include "exitcode.h"
#include "openhelp.h"
#include "output.h"
#include "workspace/directory.h"
#include "workspace/recordstore.h"

#include <QDate>
#include <QFileInfo>

namespace igw::cli {

namespace {

QCommandLineOption nameOption()
{
    return {QStringLiteral("name"), tr("Who signed for your organisation."), tr("NAME")};
}
QCommandLineOption roleOption()
{
    return {QStringLiteral("role"), tr("Their role, e.g. \"Senior Information Risk Owner\"."),
            tr("ROLE")};
}
QCommandLineOption dateOption()
{
    return {QStringLiteral("date"), tr("The date of signing, YYYY-MM-DD (default: today)."),
            tr("DATE")};
}

int runCosign(const Command &command, const QCommandLineParser &parser)
{
    int code = exitcode::Ok;
    if (!expectArguments(command, parser, {tr("FILE"), tr("ORG"), tr("REF")}, &code))
        return code;
    const QStringList args = parser.positionalArguments();
    if (parser.value(nameOption()).trimmed().isEmpty() ||
        parser.value(roleOption()).trimmed().isEmpty())
        return usageError(command, tr("Give who signed with --name and their role with --role."));
    const QDate date = parser.isSet(dateOption())
                           ? QDate::fromString(parser.value(dateOption()), Qt::ISODate)
                           : QDate::currentDate();
    if (!date.isValid())
        return usageError(
            command,
            tr("\"%1\" is not a date; write it as YYYY-MM-DD.").arg(parser.value(dateOption())));
    const QString path = QFileInfo(args.at(0)).absoluteFilePath();
    Workspace::OpenResult result;
    if (const int opened = openForWriting(command, parser, path, &result))
        return opened;
    Workspace &ws = *result.workspace;
    const auto org = ws.records().findByRef(kinds::organisation(), args.at(1));
    if (!org)
        return failure(command, tr("%1 is not an organisation in the directory.").arg(args.at(1)),
                       exitcode::ProblemsFound);
    std::optional<exchange::PartnerRecord> agreement;
    for (const exchange::PartnerRecord &p :
         exchange::partnerRecords(ws, QStringLiteral("agreements"))) {
        if (p.orgId == org->id && p.ref == args.at(2))
            agreement = p;
    }
    if (!agreement)
        return failure(command,
                       tr("%1 has not shared an agreement %2 with you. `igw list agreements %3` "
                          "shows the agreements partners shared (third column).")
                           .arg(org->values.value(orgField::name).toString(), args.at(2), path),
                       exitcode::ProblemsFound);
    QString error;
    if (!exchange::signPartnerAgreement(ws, agreement->id, parser.value(nameOption()),
                                        parser.value(roleOption()), date, &error))
        return failure(command, error, exitcode::ProblemsFound);
    printOut(tr("Recorded your signature on %1 of %2; your next package (`igw package`) carries "
                "it to them.")
                 .arg(agreement->ref, agreement->orgName));
    return exitcode::Ok;
}

} // namespace

Command cosignCommand()
{
    Command c;
    c.name = QStringLiteral("cosign");
    c.arguments = tr("FILE ORG REF");
    c.summary = tr("Sign an agreement a partner shared with you");
    c.description =
        tr("Records your organisation's signature on agreement REF that partner ORG (its "
           "reference in your directory) shared in a package and sent for signature. Your next "
           "package carries the signature; when the partner imports it, it is recorded on their "
           "agreement, which becomes active once every party has signed. Refused when the "
           "agreement does not name you as a party, is not out for signature, or you have "
           "signed this version already.");
    c.options = {nameOption(), roleOption(), dateOption(), userOption()};
    c.examples = {QStringLiteral("$ igw cosign trust.igw ORG-0002 ISA-0002 --name \"Cal Guardian\" "
                                 "--role \"Caldicott Guardian\"")};
    c.run = runCosign;
    return c;
}

} // namespace igw::cli
