#include "cli.h"

#include "command.h"
#include "commands.h"
#include "exitcode.h"
#include "output.h"

#include <algorithm>

namespace igw::cli {

namespace {

// The verbs in the order `igw --help` lists them.
QList<Command> allCommands()
{
    return {newCommand(),   infoCommand(),   checkCommand(),   backupCommand(), listCommand(),
            demoCommand(),  importCommand(), exportCommand(),  gapsCommand(),   keysCommand(),
            trustCommand(), shareCommand(),  packageCommand(), verifyCommand(), cosignCommand()};
}

const Command *find(const QList<Command> &commands, const QString &name)
{
    const auto it = std::find_if(commands.cbegin(), commands.cend(),
                                 [&name](const Command &c) { return c.name == name; });
    return it == commands.cend() ? nullptr : &*it;
}

QStringList names(const QList<Command> &commands)
{
    QStringList out;
    for (const Command &c : commands)
        out << c.name;
    return out;
}

QString topHelp(const QList<Command> &commands)
{
    QStringList lines{tr("Usage: igw VERB [KIND] FILE [OPTIONS]"), QString(),
                      tr("Works with IG Workbench workspace files (.igw) without the app: "
                         "creates, checks, backs up and lists them."),
                      QString(), tr("Verbs:")};
    for (const Command &c : commands)
        lines << QStringLiteral("  ") + c.name.leftJustified(8) + c.summary;
    lines << QStringLiteral("  ") + QStringLiteral("help").leftJustified(8) +
                 tr("Show the help of a verb: igw help VERB")
          << QString() << tr("Options:")
          << QStringLiteral("  -h, --help     ") + tr("Show this help and exit.")
          << QStringLiteral("  -v, --version  ") + tr("Show the version and exit.") << QString()
          << tr("Exit status: 0 success, 1 check found problems, 2 usage error, 3 cannot open "
                "the file, 4 in use by another program, 5 other file or database error.")
          << tr("Run `igw help VERB` or `igw VERB --help` for the details of a verb.");
    return lines.join(QLatin1Char('\n'));
}

int unknownVerb(const QString &verb, const QList<Command> &commands)
{
    printErr(
        tr("igw: \"%1\" is not a verb. The verbs are: %2. Run `igw --help` for help.")
            .arg(verb, (names(commands) << QStringLiteral("help")).join(QStringLiteral(", "))));
    return exitcode::Usage;
}

int help(const QStringList &arguments, const QList<Command> &commands)
{
    if (arguments.isEmpty()) {
        printOut(topHelp(commands));
        return exitcode::Ok;
    }
    if (arguments.size() > 1) {
        printErr(tr("igw help: give one verb, for example `igw help list`."));
        return exitcode::Usage;
    }
    if (arguments.constFirst() == QLatin1String("help")) {
        printOut(topHelp(commands));
        return exitcode::Ok;
    }
    const Command *command = find(commands, arguments.constFirst());
    if (!command)
        return unknownVerb(arguments.constFirst(), commands);
    printOut(helpText(*command));
    return exitcode::Ok;
}

int runCommand(const Command &command, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions(command.options);
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, QString());
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")},
                                           QString());
    parser.addOption(helpOption);
    parser.addOption(versionOption);
    // The parser takes the first element as the program's name.
    if (!parser.parse(QStringList{QStringLiteral("igw")} + arguments))
        return usageError(command, parser.errorText());
    if (parser.isSet(helpOption)) {
        printOut(helpText(command));
        return exitcode::Ok;
    }
    if (parser.isSet(versionOption)) {
        printOut(versionText());
        return exitcode::Ok;
    }
    return command.run(command, parser);
}

} // namespace

int run(const QStringList &arguments)
{
    const QList<Command> commands = allCommands();
    if (arguments.isEmpty()) {
        printErr(tr("igw: give a verb, for example `igw info council.igw`. The verbs are: %1. "
                    "Run `igw --help` for help.")
                     .arg(names(commands).join(QStringLiteral(", "))));
        return exitcode::Usage;
    }
    const QString first = arguments.constFirst();
    if (first == QLatin1String("-h") || first == QLatin1String("--help")) {
        printOut(topHelp(commands));
        return exitcode::Ok;
    }
    if (first == QLatin1String("-v") || first == QLatin1String("--version")) {
        printOut(versionText());
        return exitcode::Ok;
    }
    if (first == QLatin1String("help"))
        return help(arguments.mid(1), commands);
    if (first.startsWith(QLatin1Char('-'))) {
        printErr(tr("igw: unknown option \"%1\"; the verb comes first, for example "
                    "`igw check --full council.igw`. Run `igw --help` for help.")
                     .arg(first));
        return exitcode::Usage;
    }
    const Command *command = find(commands, first);
    if (!command)
        return unknownVerb(first, commands);
    return runCommand(*command, arguments.mid(1));
}

} // namespace igw::cli
