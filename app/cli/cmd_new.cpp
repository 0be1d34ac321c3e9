#include "commands.h"
#include "exitcode.h"
#include "openhelp.h"
#include "output.h"

#include <QFileInfo>

namespace igw::cli {

namespace {

int runNew(const Command &command, const QCommandLineParser &parser)
{
    int code = exitcode::Ok;
    if (!expectArguments(command, parser, {tr("FILE")}, &code))
        return code;
    const QString organisation = parser.value(QStringLiteral("org")).trimmed();
    if (organisation.isEmpty())
        return usageError(command, tr("Give the organisation's name with --org, for example "
                                      "--org \"Kingsmere Borough Council\"."));
    const QString path = QFileInfo(parser.positionalArguments().constFirst()).absoluteFilePath();
    if (QFileInfo::exists(path))
        return usageError(command, tr("%1 already exists and was left unchanged. Choose "
                                      "another file name, or look at it with `igw info`.")
                                       .arg(path));
    OpenOptions options;
    options.userName = userName(parser);
    const Workspace::OpenResult result = Workspace::create(path, organisation, options);
    if (!result.ok())
        return reportOpenFailure(command, result);
    reportWarnings(command, result.warnings);
    printOut(tr("Created %1 for %2 (workspace format %3).")
                 .arg(path, organisation)
                 .arg(result.workspace->fileSchemaVersion()));
    return exitcode::Ok;
}

} // namespace

Command newCommand()
{
    Command c;
    c.name = QStringLiteral("new");
    c.arguments = tr("FILE --org NAME");
    c.summary = tr("Create an empty workspace for an organisation");
    c.description = tr("Creates a new workspace file holding only your organisation's "
                       "profile. It refuses to overwrite an existing file.");
    c.options = {QCommandLineOption(QStringLiteral("org"),
                                    tr("Your organisation's name (required)."), tr("NAME")),
                 userOption()};
    c.examples = {QStringLiteral("$ igw new council.igw --org \"Kingsmere Borough Council\""),
                  tr("Created /home/jo/council.igw for Kingsmere Borough Council (workspace "
                     "format 2).")};
    c.run = runNew;
    return c;
}

} // namespace igw::cli
