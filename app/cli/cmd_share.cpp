#include "commands.h"
#include "exchange/package.h"
#include "exchangeopts.h"
#include "exitcode.h"
#include "kinds.h"
#include "openhelp.h"
#include "output.h"
#include "register/assets.h"
#include "retention/retentionclasses.h"
#include "sharing/agreements.h"
#include "workspace/recordstore.h"
#include "workspace/transaction.h"

#include <QFileInfo>

namespace igw::cli {

namespace {

QCommandLineOption stopOption()
{
    return {QStringLiteral("stop"), tr("Stop sharing the records instead.")};
}

int runShare(const Command &command, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() < 3)
        return usageError(command, tr("Give the workspace, the kind and at least one reference."));
    const RecordKind *kind = nullptr;
    for (const RecordKind *k : {&kinds::asset(), &kinds::agreement(), &kinds::retentionClass()}) {
        if (k->listName == args.at(1))
            kind = k;
    }
    if (!kind)
        return usageError(command, tr("\"%1\" cannot be shared. The kinds are: assets, "
                                      "agreements, retention-classes.")
                                       .arg(args.at(1)));
    const QString path = QFileInfo(args.at(0)).absoluteFilePath();
    Workspace::OpenResult result;
    if (const int opened = openForWriting(command, parser, path, &result))
        return opened;
    Workspace &ws = *result.workspace;
    const bool share = !parser.isSet(stopOption());
    // Every reference is checked before anything changes: all or none.
    QList<Record> records;
    for (const QString &ref : args.mid(2)) {
        const auto r = ws.records().findByRef(*kind, ref);
        if (!r)
            return failure(command,
                           tr("%1 is not one of the %2 in %3; nothing was changed. `igw list %2 "
                              "%3` shows them.")
                               .arg(ref, kind->listName, path),
                           exitcode::ProblemsFound);
        records << *r;
    }
    WriteTransaction tx(ws);
    QString error;
    for (const Record &r : std::as_const(records)) {
        if (!exchange::setShareable(ws, *kind, r.id, share, &error))
            return failure(command, error, exitcode::IoError);
    }
    if (!tx.commit())
        return failure(command, tx.errorString(), exitcode::IoError);
    for (const Record &r : std::as_const(records))
        printOut(share ? tr("%1\tshared with partners from the next package").arg(r.ref)
                       : tr("%1\tno longer shared; the next package withdraws it").arg(r.ref));
    return exitcode::Ok;
}

} // namespace

Command shareCommand()
{
    Command c;
    c.name = QStringLiteral("share");
    c.arguments = tr("FILE KIND REF...");
    c.summary = tr("Mark records to share with partners in the next package");
    c.description =
        tr("Marks assets, agreements or retention classes (KIND: assets, agreements, "
           "retention-classes) to go into the packages `igw package` builds: their details "
           "only, never notes or links to your people. With --stop they are withdrawn: the "
           "next package no longer carries them and partners' copies are removed when they "
           "import it. Every change is in the audit trail; all references must exist or "
           "nothing changes.");
    c.options = {stopOption(), userOption()};
    c.examples = {QStringLiteral("$ igw share council.igw assets IA-0001 IA-0002"),
                  QStringLiteral("IA-0001\tshared with partners from the next package"),
                  QStringLiteral("IA-0002\tshared with partners from the next package")};
    c.run = runShare;
    return c;
}

} // namespace igw::cli
