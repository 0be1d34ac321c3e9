#include "retention/retentionimport.h"

#include "register/assetcolumns.h"
#include "retention/retentionclasses.h"
#include "retention/retentioncolumns.h"
#include "retention/retentiontr.h"
#include "workspace/bulkcreator.h"
#include "workspace/directory.h"
#include "workspace/transaction.h"
#include "workspace/workspace.h"

#include <QSet>

namespace igw {

namespace {

using Type = RetentionColumn::Type;
namespace f = retentionField;

QString personKey(const QString &text)
{
    return text.simplified().toLower();
}

struct Context {
    QList<QPair<const RetentionColumn *, int>> columns; // column, source index
    QStringList headings;
    QHash<QString, qint64> people;   // name or email (normalised) -> id
    QHash<QString, Record> existing; // reference -> class
};

struct Converted {
    QVariantMap values; // the row's values (fields it gives)
    QString ref;        // the file's reference, upper case; empty: none
    qint64 existingId = 0;
    QVariantMap changes; // for an existing class: the fields that differ
    QList<RetentionImportProblem> problems;
};

QString cellText(const QString &raw)
{
    const QString text = raw.trimmed();
    // Our CSV export guards formula-like text with a leading quote; take it off.
    if (text.size() > 1 && text.front() == QLatin1Char('\'') &&
        QStringLiteral("=+-@").contains(text.at(1)))
        return text.mid(1);
    return text;
}

QString labels(const Choices &list)
{
    QStringList out;
    for (const auto &c : list)
        out << c.second;
    return out.join(QStringLiteral("; "));
}

Converted convert(const Context &ctx, const tabular::Row &row)
{
    Converted out;
    const auto problem = [&](int index, const QString &message, bool error = true) {
        out.problems.append({row.line, ctx.headings.value(index), row.cells.value(index).left(200),
                             message, error});
    };
    int periodIndex = -1;
    QString periodText;
    QSet<QString> reported; // fields whose cell was reported: the class checks would repeat it
    for (const auto &[column, index] : ctx.columns) {
        const QString text = cellText(row.cells.value(index));
        if (text.isEmpty())
            continue;
        if (text.size() > retentionLimits::maxTextLength) {
            problem(index, RetentionTr::tr("The cell holds %1 characters; at most %2 are "
                                           "accepted. Shorten it.")
                               .arg(text.size())
                               .arg(retentionLimits::maxTextLength));
            reported.insert(column->field);
            continue;
        }
        switch (column->type) {
        case Type::Reference:
            if (referenceNumber(text, kinds::retentionClass().refPrefix) == 0)
                problem(index, RetentionTr::tr("\"%1\" is not a retention class reference such "
                                               "as RC-0042. Correct it, or leave the cell empty "
                                               "to add the class with a new reference.")
                                   .arg(text));
            else
                out.ref = text.toUpper();
            break;
        case Type::Text:
            out.values.insert(column->field, text);
            break;
        case Type::Integer: {
            bool ok = false;
            const int n = text.toInt(&ok);
            if (!ok || n < 0)
                problem(index, RetentionTr::tr("\"%1\" is not a whole number of %2. Write the "
                                               "number alone, e.g. 6.")
                                   .arg(text, column->heading.toLower()));
            else
                out.values.insert(column->field, n);
            break;
        }
        case Type::Choice: {
            const QString key = matchRetentionChoice(column->field, text);
            if (key.isEmpty())
                problem(index, RetentionTr::tr("\"%1\" is not a known %2. Use one of: %3.")
                                   .arg(text, column->heading.toLower(),
                                        labels(*choices::forRetentionField(column->field))));
            else
                out.values.insert(column->field, key);
            break;
        }
        case Type::Person: {
            const qint64 id = ctx.people.value(personKey(text));
            if (id > 0)
                out.values.insert(column->field, id);
            else
                problem(index, RetentionTr::tr("%1 is not in the people directory. Add them "
                                               "under Organisation & People, or correct the "
                                               "name.")
                                   .arg(text.simplified()));
            break;
        }
        case Type::Period:
            periodIndex = index;
            periodText = text;
            break;
        }
    }
    // A period in words fills the parts the row leaves empty.
    const bool parts = out.values.contains(f::periodYears) ||
                       out.values.contains(f::periodMonths) || out.values.contains(f::periodDays) ||
                       out.values.contains(f::periodKind);
    if (periodIndex >= 0 && !parts) {
        if (const auto p = parsePeriod(periodText)) {
            out.values.insert(f::periodKind, p->kind);
            if (p->years > 0)
                out.values.insert(f::periodYears, p->years);
            if (p->months > 0)
                out.values.insert(f::periodMonths, p->months);
            if (p->days > 0)
                out.values.insert(f::periodDays, p->days);
        } else {
            problem(periodIndex,
                    RetentionTr::tr("\"%1\" is not a period IG Workbench can read. Write it as "
                                    "\"6 years\", \"1 year 6 months\", \"31 days\", "
                                    "\"Permanent\" or \"Until superseded\".")
                        .arg(periodText));
            reported << f::periodYears << f::periodKind;
        }
    }
    // The class as it would be stored: an existing one with the row's values over it.
    QVariantMap merged = out.values;
    if (!out.ref.isEmpty() && ctx.existing.contains(out.ref)) {
        const Record &old = ctx.existing.value(out.ref);
        out.existingId = old.id;
        merged = old.values;
        // Parts of a period come as a set: a row giving any of them replaces all.
        if (parts || periodIndex >= 0) {
            for (const QString &p : {f::periodYears, f::periodMonths, f::periodDays})
                merged.remove(p);
        }
        for (auto it = out.values.cbegin(); it != out.values.cend(); ++it)
            merged.insert(it.key(), it.value());
        for (const QString &field : kinds::retentionClass().fields) {
            const QVariant now = merged.value(field);
            const QVariant before = old.values.value(field);
            if (auditText(now) != auditText(before))
                out.changes.insert(field, now);
        }
    }
    if (!merged.contains(f::periodKind))
        merged.insert(f::periodKind, retentionPeriodKind::fixed);
    // No action given: what the period implies.
    if (!merged.contains(f::disposalAction)) {
        const QString kind = merged.value(f::periodKind).toString();
        merged.insert(f::disposalAction,
                      kind == retentionPeriodKind::permanent ? retentionAction::retainPermanently
                      : kind == retentionPeriodKind::untilSuperseded ? retentionAction::review
                                                                     : retentionAction::destroy);
    }
    if (!merged.contains(f::authorityKind))
        merged.insert(f::authorityKind, retentionAuthority::businessNeed);
    if (out.existingId == 0)
        out.values = merged;
    for (const RetentionIssue &issue : validateRetentionClass(merged)) {
        int index = -1;
        for (const auto &[column, i] : ctx.columns) {
            if (column->field == issue.field ||
                (column->type == Type::Period &&
                 (issue.field == f::periodYears || issue.field == f::periodKind)))
                index = i;
        }
        if (reported.contains(issue.field))
            continue;
        out.problems.append({row.line, ctx.headings.value(index), row.cells.value(index).left(200),
                             issue.message, true});
    }
    return out;
}

// The heading row is the one most like a schedule's, counting the user's own headings too.
tabular::ReadOptions withHeaderSearch(tabular::ReadOptions options,
                                      const QHash<QString, QString> &mapping = {})
{
    if (options.headerScore)
        return options;
    QSet<QString> own;
    for (const QString &heading : mapping)
        own.insert(normaliseHeading(heading));
    options.headerScore = [own](const QStringList &cells) {
        int score = retentionHeadingScore(cells);
        for (const QString &cell : cells)
            score += !cell.isEmpty() && own.contains(normaliseHeading(cell)) ? 1 : 0;
        return score;
    };
    return options;
}

std::unique_ptr<tabular::TableReader>
openReader(const QString &path, const tabular::ReadOptions &options, QString *error)
{
    auto reader = tabular::TableReader::forFile(path, error);
    if (!reader)
        return nullptr;
    if (!reader->open(path, options)) {
        if (error)
            *error = reader->errorString();
        return nullptr;
    }
    return reader;
}

} // namespace

QString RetentionImportProblem::where() const
{
    if (line == 0)
        return RetentionTr::tr("the file");
    if (column.isEmpty())
        return RetentionTr::tr("row %1").arg(line);
    return RetentionTr::tr("row %1, column \"%2\"").arg(line).arg(column);
}

RetentionImportOptions::RetentionImportOptions()
{
    read.maxCellBytes = 64 << 10;
    read.maxRows = 20'000;
    read.maxColumns = 256;
}

RetentionImporter::RetentionImporter(Workspace &workspace)
    : m_ws(workspace)
{
}

bool RetentionImporter::preview(const QString &path, const tabular::ReadOptions &options, int rows,
                                QStringList *headings, QList<QStringList> *firstRows,
                                QStringList *sheets, QHash<QString, int> *matched, QString *error)
{
    auto reader = openReader(path, withHeaderSearch(options), error);
    if (!reader)
        return false;
    if (headings)
        *headings = reader->headers();
    if (sheets)
        *sheets = reader->sheetNames();
    if (matched)
        *matched = autoMatchRetentionHeadings(reader->headers());
    tabular::Row row;
    while (firstRows && firstRows->size() < rows && reader->next(&row))
        firstRows->append(row.cells);
    if (reader->hasError()) {
        if (error)
            *error = reader->errorString();
        return false;
    }
    return true;
}

RetentionImportReport RetentionImporter::run(const QString &path,
                                             const RetentionImportOptions &options,
                                             const Progress &progress)
{
    RetentionImportReport report;
    const tabular::ReadOptions read = withHeaderSearch(options.read, options.mapping);
    auto reader = openReader(path, read, &report.fatal);
    if (!reader)
        return report;
    report.headings = reader->headers();

    Context ctx;
    ctx.headings = report.headings;
    if (options.mapping.isEmpty()) {
        const QHash<QString, int> matched = autoMatchRetentionHeadings(report.headings);
        for (auto it = matched.cbegin(); it != matched.cend(); ++it)
            report.mapping.insert(it.key(), report.headings.at(it.value()));
    } else {
        report.mapping = options.mapping;
    }
    QSet<int> used;
    for (const RetentionColumn &c : retentionColumns()) {
        if (!report.mapping.contains(c.field))
            continue;
        const int index = report.headings.indexOf(report.mapping.value(c.field));
        if (index < 0) {
            report.fatal = RetentionTr::tr("The mapping reads \"%1\" for %2, but %3 has no such "
                                           "column. Choose the columns again.")
                               .arg(report.mapping.value(c.field), c.heading, path);
            return report;
        }
        ctx.columns.append({&c, index});
        used.insert(index);
    }
    for (const QString &needed : {f::function, f::activity, f::description}) {
        if (!report.mapping.contains(needed)) {
            report.fatal = RetentionTr::tr("No column gives the classes' %1. Map a column to "
                                           "\"%2\"; a schedule needs function, activity and "
                                           "records columns.")
                               .arg(retentionColumn(needed)->heading.toLower(),
                                    retentionColumn(needed)->heading);
            return report;
        }
    }
    for (int i = 0; i < report.headings.size(); ++i) {
        if (!used.contains(i) && !report.headings.at(i).isEmpty())
            report.unmappedHeadings << report.headings.at(i);
    }
    for (const Record &p : m_ws.records().list(kinds::person())) {
        ctx.people.insert(personKey(p.title(kinds::person())), p.id);
        const QString email = p.value(personField::email).toString();
        if (!email.isEmpty())
            ctx.people.insert(personKey(email), p.id);
    }
    for (const Record &c : m_ws.records().list(kinds::retentionClass()))
        ctx.existing.insert(c.ref, c);

    // Pass 1: check every row; keep nothing but the problems and the counts.
    QSet<QString> refsInFile;
    qint64 highestNewRef = 0;
    const auto note = [&](const RetentionImportProblem &p) {
        (p.error ? report.errors : report.warnings)++;
        if (report.problems.size() < options.maxProblemsListed)
            report.problems.append(p);
    };
    tabular::Row row;
    while (reader->next(&row)) {
        ++report.rows;
        const Converted c = convert(ctx, row);
        for (const RetentionImportProblem &p : c.problems)
            note(p);
        if (!c.ref.isEmpty()) {
            if (refsInFile.contains(c.ref))
                note({row.line, QString(), c.ref,
                      RetentionTr::tr("%1 appears more than once in the file. Each class is "
                                      "one row.")
                          .arg(c.ref),
                      true});
            refsInFile.insert(c.ref);
            if (c.existingId == 0)
                highestNewRef =
                    qMax(highestNewRef, referenceNumber(c.ref, kinds::retentionClass().refPrefix));
        }
        if (c.existingId == 0)
            ++report.created;
        else
            (c.changes.isEmpty() ? report.unchanged : report.updated)++;
        if (progress && (report.rows % 256) == 0 && !progress(0, report.rows)) {
            report.cancelled = true;
            return report;
        }
    }
    report.readerWarnings = reader->warnings();
    if (reader->hasError()) {
        report.fatal = reader->errorString();
        return report;
    }
    if (report.rows == 0)
        report.fatal = RetentionTr::tr("%1 has headings but no classes to import.").arg(path);
    if (!report.ok() || options.dryRun)
        return report;

    // Pass 2: write everything in one transaction, or nothing. New classes first (the bulk
    // creator must finish before anything else writes to the audit trail), then the updates.
    reader = openReader(path, read, &report.fatal);
    if (!reader)
        return report;
    WriteTransaction tx(m_ws);
    if (!tx.isActive()) {
        report.fatal = tx.errorString();
        return report;
    }
    QString error;
    BulkCreator creator(m_ws, kinds::retentionClass());
    if (!creator.start(&error)) {
        report.fatal = error;
        return report;
    }
    creator.reserveUpTo(highestNewRef);
    QList<QPair<qint64, QVariantMap>> updates;
    qint64 done = 0;
    while (reader->next(&row)) {
        const Converted c = convert(ctx, row);
        if (!c.problems.isEmpty()) { // the file changed between the passes
            report.fatal = RetentionTr::tr("%1 changed while it was imported; nothing was "
                                           "written. Import it again.")
                               .arg(path);
            return report;
        }
        if (c.existingId == 0) {
            if (!creator.add(c.values, c.ref, &error)) {
                report.fatal =
                    RetentionTr::tr("Row %1 could not be written: %2").arg(row.line).arg(error);
                return report; // the transaction rolls back
            }
        } else if (!c.changes.isEmpty()) {
            updates.append({c.existingId, c.changes});
        }
        ++done;
        if (progress && (done % 256) == 0 && !progress(done, report.rows)) {
            report.cancelled = true;
            return report;
        }
    }
    if (reader->hasError()) {
        report.fatal = reader->errorString();
        return report;
    }
    if (!creator.finish(&error)) {
        report.fatal = error;
        return report;
    }
    for (const auto &[id, changes] : std::as_const(updates)) {
        if (!m_ws.records().update(kinds::retentionClass(), id, changes, &error)) {
            report.fatal = error;
            return report;
        }
    }
    if (!tx.commit()) {
        report.fatal = tx.errorString();
        return report;
    }
    report.written = true;
    if (progress)
        progress(report.rows, report.rows);
    return report;
}

} // namespace igw
