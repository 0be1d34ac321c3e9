#include "commands.h"
#include "exchange/packageimport.h"
#include "exitcode.h"
#include "kinds.h"
#include "openhelp.h"
#include "output.h"

#include <QFileInfo>

#include <algorithm>

namespace igw::cli {

namespace {

// "PE-0002" before "PE-0010" before "PE-10000": by prefix, then by number.
bool refLess(const QString &a, const QString &b)
{
    const qsizetype da = a.lastIndexOf(QLatin1Char('-'));
    const qsizetype db = b.lastIndexOf(QLatin1Char('-'));
    const int prefix = QStringView(a).left(da).compare(QStringView(b).left(db));
    if (prefix != 0)
        return prefix < 0;
    bool okA = false;
    bool okB = false;
    const qlonglong na = QStringView(a).mid(da + 1).toLongLong(&okA);
    const qlonglong nb = QStringView(b).mid(db + 1).toLongLong(&okB);
    if (okA && okB && na != nb)
        return na < nb;
    return a < b;
}

// One record a line: a tab or line break inside a title would break that.
QString oneLine(QString text)
{
    for (QChar &c : text) {
        if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            c = QLatin1Char(' ');
    }
    return text;
}

int runList(const Command &command, const QCommandLineParser &parser)
{
    int code = exitcode::Ok;
    if (!expectArguments(command, parser, {tr("KIND"), tr("FILE")}, &code))
        return code;
    const QString word = parser.positionalArguments().at(0);
    const RecordKind *kind = findKind(word);
    if (!kind)
        return usageError(command, tr("\"%1\" is not a kind of record. The kinds are: %2.")
                                       .arg(word, kindWords().join(QStringLiteral(", "))));
    const QString path = QFileInfo(parser.positionalArguments().at(1)).absoluteFilePath();
    const Workspace::OpenResult result = openForReading(path);
    if (!result.ok())
        return reportOpenFailure(command, result);
    reportWarnings(command, result.warnings);

    QList<Record> records = result.workspace->records().list(*kind);
    std::stable_sort(records.begin(), records.end(),
                     [](const Record &a, const Record &b) { return refLess(a.ref, b.ref); });
    QStringList lines;
    lines.reserve(records.size());
    for (const Record &r : std::as_const(records))
        lines << r.ref + QLatin1Char('\t') + oneLine(r.title(*kind));
    // Partners' records (from their signed packages) follow ours, read-only, each with a
    // third column naming the organisation that owns it.
    QList<exchange::PartnerRecord> theirs = exchange::partnerRecords(*result.workspace, word);
    std::stable_sort(theirs.begin(), theirs.end(),
                     [](const exchange::PartnerRecord &a, const exchange::PartnerRecord &b) {
                         if (a.orgName != b.orgName)
                             return a.orgName < b.orgName;
                         return refLess(a.ref, b.ref);
                     });
    for (const exchange::PartnerRecord &p : std::as_const(theirs))
        lines << p.ref + QLatin1Char('\t') + oneLine(p.title) + QLatin1Char('\t') +
                     oneLine(p.orgName);
    if (!lines.isEmpty())
        printOut(lines.join(QLatin1Char('\n')));
    return exitcode::Ok;
}

QString kindsHelp()
{
    QStringList lines{tr("Kinds:")};
    for (const CliKind &k : cliKinds())
        lines << QStringLiteral("  ") + k.kind->listName.leftJustified(15) + k.description;
    return lines.join(QLatin1Char('\n'));
}

} // namespace

Command listCommand()
{
    Command c;
    c.name = QStringLiteral("list");
    c.arguments = tr("KIND FILE");
    c.summary = tr("List the records of one kind");
    c.description = tr("Prints one record a line: its reference, a tab, then its title, "
                       "sorted by reference. Partners' records received in their signed "
                       "packages follow, read-only, with a third column naming the "
                       "organisation they belong to. Reads the file without changing it, also "
                       "while IG Workbench has it open.");
    c.extraHelp = kindsHelp();
    c.examples = {QStringLiteral("$ igw list people council.igw"),
                  QStringLiteral("PE-0001\tPriya Raman"),
                  QStringLiteral("PE-0002\tMartin Greaves")};
    c.run = runList;
    return c;
}

} // namespace igw::cli
