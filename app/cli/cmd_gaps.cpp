#include "commands.h"
#include "exitcode.h"
#include "openhelp.h"
#include "output.h"
#include "ropa/ropa.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace igw::cli {

namespace {

QJsonArray gapsJson(const QList<RopaGap> &gaps)
{
    QJsonArray out;
    for (const RopaGap &g : gaps)
        out.append(QJsonObject{{QStringLiteral("field"), g.field},
                               {QStringLiteral("item"), g.item},
                               {QStringLiteral("citation"), g.citation}});
    return out;
}

QString asJson(const Ropa &ropa)
{
    QJsonArray activities;
    for (const ActivityView &a : ropa.activities) {
        activities.append(QJsonObject{{QStringLiteral("ref"), a.record.ref},
                                      {QStringLiteral("name"), a.value(QStringLiteral("name"))},
                                      {QStringLiteral("required"), a.requiredItems},
                                      {QStringLiteral("gaps"), gapsJson(a.gaps)}});
    }
    const QJsonObject o{{QStringLiteral("percent_complete"), ropa.percentComplete()},
                        {QStringLiteral("required_items"), ropa.requiredItems()},
                        {QStringLiteral("missing_items"), ropa.missingItems()},
                        {QStringLiteral("activities"), int(ropa.activities.size())},
                        {QStringLiteral("complete_activities"), ropa.completeActivities()},
                        {QStringLiteral("header_gaps"), gapsJson(ropa.header.gaps)},
                        {QStringLiteral("activity_gaps"), activities}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)).trimmed();
}

QString asText(const Ropa &ropa)
{
    // No %n: the CLI has no catalogue with English plural forms.
    QStringList lines{
        tr("Record of processing activities: %1% complete.").arg(ropa.percentComplete()),
        tr("Activities with everything Art. 30 and Schedule 1 ask for: %1 of %2. Required "
           "items missing: %3.")
            .arg(ropa.completeActivities())
            .arg(ropa.activities.size())
            .arg(ropa.missingItems())};
    if (!ropa.header.gaps.isEmpty()) {
        lines << QString() << tr("Organisation profile:");
        for (const RopaGap &g : ropa.header.gaps)
            lines << tr("  missing: %1 (%2)").arg(g.item, g.citation);
    }
    for (const ActivityView &a : ropa.activities) {
        if (a.gaps.isEmpty())
            continue;
        lines << QString()
              << QStringLiteral("%1 %2").arg(a.record.ref, a.value(QStringLiteral("name")));
        for (const RopaGap &g : a.gaps)
            lines << tr("  missing: %1 (%2)").arg(g.item, g.citation);
    }
    return lines.join(QLatin1Char('\n'));
}

int runGaps(const Command &command, const QCommandLineParser &parser)
{
    int code = exitcode::Ok;
    if (!expectArguments(command, parser, {tr("KIND"), tr("FILE")}, &code))
        return code;
    const QStringList args = parser.positionalArguments();
    if (args.at(0) != QLatin1String("ropa"))
        return usageError(
            command,
            tr("\"%1\" has no completeness check yet. The kinds are: ropa.").arg(args.at(0)));
    int failUnder = -1;
    if (parser.isSet(QStringLiteral("fail-under"))) {
        bool ok = false;
        failUnder = parser.value(QStringLiteral("fail-under")).toInt(&ok);
        if (!ok || failUnder < 0 || failUnder > 100)
            return usageError(command, tr("--fail-under takes a percentage from 0 to 100."));
    }
    const Workspace::OpenResult result = openForReading(QFileInfo(args.at(1)).absoluteFilePath());
    if (!result.ok())
        return reportOpenFailure(command, result);
    reportWarnings(command, result.warnings);
    QString error;
    const std::optional<Ropa> ropa = loadRopa(*result.workspace, &error);
    if (!ropa)
        return failure(command, error, exitcode::IoError);
    printOut(parser.isSet(QStringLiteral("json")) ? asJson(*ropa) : asText(*ropa));
    return failUnder >= 0 && ropa->percentComplete() < failUnder ? exitcode::ProblemsFound
                                                                 : exitcode::Ok;
}

} // namespace

Command gapsCommand()
{
    Command c;
    c.name = QStringLiteral("gaps");
    c.arguments = tr("KIND FILE");
    c.summary = tr("Show what the record of processing activities is missing");
    c.description =
        tr("Lists, for the organisation profile and each processing activity, the items UK "
           "GDPR Art. 30 and DPA 2018 Schedule 1 para 41 require that are not yet recorded, "
           "with the percentage complete. Reads the workspace without changing it.");
    c.extraHelp = tr("Kinds: ropa");
    c.options = {QCommandLineOption(QStringLiteral("json"), tr("Print JSON instead of text.")),
                 QCommandLineOption(QStringLiteral("fail-under"),
                                    tr("Exit with status 1 when less than PERCENT is complete."),
                                    tr("PERCENT"))};
    c.examples = {QStringLiteral("$ igw gaps ropa council.igw"),
                  tr("Record of processing activities: 96% complete."), QStringLiteral("..."),
                  QStringLiteral("PA-0005 Early help family support"),
                  tr("  missing: Retention schedule (UK GDPR Art. 30(1)(f))")};
    c.run = runGaps;
    return c;
}

} // namespace igw::cli
