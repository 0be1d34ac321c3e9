#include "command.h"

#include "exitcode.h"
#include "output.h"
#include "workspace/workspace.h"

#include <algorithm>

namespace igw::cli {

namespace {

QString optionNames(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &name : option.names())
        names << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
    QString text = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty())
        text += QLatin1Char(' ') + option.valueName();
    // Long-only options line up with the long names of options that have a short one.
    if (option.names().constFirst().size() > 1)
        text.prepend(QStringLiteral("    "));
    return text;
}

QList<QCommandLineOption> standardOptions()
{
    return {QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                               tr("Show this help and exit.")),
            QCommandLineOption({QStringLiteral("v"), QStringLiteral("version")},
                               tr("Show the version and exit."))};
}

} // namespace

QString helpText(const Command &command)
{
    QStringList lines;
    lines << tr("Usage: igw %1 %2").arg(command.name, command.arguments) << QString()
          << command.description;
    if (!command.extraHelp.isEmpty())
        lines << QString() << command.extraHelp;

    const QList<QCommandLineOption> options = command.options + standardOptions();
    qsizetype width = 0;
    for (const QCommandLineOption &o : options)
        width = std::max(width, optionNames(o).size());
    lines << QString() << tr("Options:");
    for (const QCommandLineOption &o : options)
        lines << QStringLiteral("  ") + optionNames(o).leftJustified(width + 2) + o.description();

    if (!command.examples.isEmpty()) {
        lines << QString() << tr("Examples:");
        for (const QString &example : command.examples)
            lines << QStringLiteral("  ") + example;
    }
    return lines.join(QLatin1Char('\n'));
}

QString versionText()
{
    return tr("igw %1 (IG Workbench)\nWorkspace format %2")
        .arg(QStringLiteral(IGW_VERSION))
        .arg(Workspace::currentSchemaVersion());
}

int failure(const Command &command, const QString &message, int code)
{
    printErr(QStringLiteral("igw %1: %2").arg(command.name, message));
    return code;
}

int usageError(const Command &command, const QString &message)
{
    failure(command, message, exitcode::Usage);
    printErr(tr("Usage: igw %1 %2 (see `igw help %1`)").arg(command.name, command.arguments));
    return exitcode::Usage;
}

bool expectArguments(const Command &command, const QCommandLineParser &parser,
                     const QStringList &names, int *exitCode)
{
    const QStringList given = parser.positionalArguments();
    if (given.size() == names.size())
        return true;
    if (given.size() > names.size())
        *exitCode =
            usageError(command, tr("Unexpected argument \"%1\".").arg(given.at(names.size())));
    else
        *exitCode = usageError(command, tr("Missing %1.").arg(names.at(given.size())));
    return false;
}

QCommandLineOption userOption()
{
    return QCommandLineOption(
        QStringLiteral("user"),
        tr("Record NAME as the author of the changes in the audit trail (default: your "
           "account name)."),
        tr("NAME"));
}

QString userName(const QCommandLineParser &parser)
{
    return parser.value(QStringLiteral("user")).trimmed();
}

} // namespace igw::cli
