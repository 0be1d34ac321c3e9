#include "register/assetimport.h"

#include "register/assetcolumns.h"
#include "register/assets.h"
#include "register/registertr.h"
#include "register/validation.h"
#include "register/vocabulary.h"
#include "workspace/bulkcreator.h"
#include "workspace/directory.h"
#include "workspace/sql.h"
#include "workspace/transaction.h"
#include "workspace/workspace.h"

#include <QDate>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

namespace igw {

namespace {

using Type = AssetColumn::Type;

// Dates as councils type them: ISO first, then UK day-first forms (never US month-first).
QDate parseDate(const QString &text)
{
    const QString t = text.trimmed();
    QDate d = QDate::fromString(t.left(10), Qt::ISODate);
    if (d.isValid())
        return d;
    static const char *const formats[] = {"d/M/yyyy",    "d/M/yy",     "d.M.yyyy",   "d-M-yyyy",
                                          "d MMMM yyyy", "d MMM yyyy", "d-MMM-yyyy", "d-MMM-yy"};
    for (const char *f : formats) {
        d = QLocale(QLocale::English, QLocale::UnitedKingdom).toDate(t, QString::fromLatin1(f));
        if (d.isValid()) {
            if (d.year() < 1950) // two-digit years mean this century
                d = d.addYears(100);
            return d;
        }
    }
    return {};
}

std::optional<int> parseFlag(const QString &text)
{
    const QString t = text.trimmed().toLower();
    static const QStringList yes{QStringLiteral("yes"), QStringLiteral("y"), QStringLiteral("true"),
                                 QStringLiteral("1"),   QStringLiteral("x"), QStringLiteral("✓")};
    static const QStringList no{QStringLiteral("no"), QStringLiteral("n"), QStringLiteral("false"),
                                QStringLiteral("0"), QString()};
    if (yes.contains(t))
        return 1;
    if (no.contains(t))
        return 0;
    return std::nullopt;
}

QString personKey(const QString &text)
{
    return text.simplified().toLower();
}

// Everything a row needs to be turned into values: the column plan and lookups.
struct RowContext {
    QList<QPair<const AssetColumn *, int>> columns; // column, source index
    QStringList headings;
    QHash<QString, qint64> people; // name or email (normalised) -> id
    QStringList subjectTerms;
    QStringList dataTerms;
    QSet<QString> existingRefs;
    QHash<QString, qint64> retentionClasses; // reference -> id
};

struct Converted {
    QVariantMap values;
    QString ref;
    QList<ImportProblem> problems;
    QList<QPair<QString, int>> unknownPeople; // name, source column
};

// `validate`: also run the asset checks (the writing pass skips them: pass 1 did them).
Converted convert(const RowContext &ctx, const tabular::Row &row, bool validate = true)
{
    Converted out;
    const auto problem = [&](int index, const QString &message, bool error = true) {
        out.problems.append({row.line, ctx.headings.value(index), row.cells.value(index).left(200),
                             message, error});
    };
    for (const auto &[column, index] : ctx.columns) {
        const QString text = row.cells.value(index).trimmed();
        if (text.isEmpty())
            continue;
        switch (column->type) {
        case Type::Text:
            // Our CSV export guards formula-like text with a leading quote; take it off.
            if (text.size() > 1 && text.front() == QLatin1Char('\'') &&
                QStringLiteral("=+-@").contains(text.at(1)))
                out.values.insert(column->field, text.mid(1));
            else
                out.values.insert(column->field, text);
            break;
        case Type::Reference:
            if (referenceNumber(text, kinds::asset().refPrefix) == 0)
                problem(index, RegisterTr::tr("\"%1\" is not an asset reference such as IA-0042. "
                                              "Correct it, or leave the Reference column "
                                              "unmapped to number the assets afresh.")
                                   .arg(text));
            else if (ctx.existingRefs.contains(text.toUpper()))
                problem(index, RegisterTr::tr("%1 already exists in this workspace. Importing "
                                              "adds new assets; leave the Reference column "
                                              "unmapped to number them afresh.")
                                   .arg(text));
            else
                out.ref = text.toUpper();
            break;
        case Type::Integer: {
            QString digits = text;
            digits.remove(QLatin1Char(',')).remove(QLatin1Char(' '));
            bool ok = false;
            const qlonglong n = digits.toLongLong(&ok);
            if (!ok || n < 0)
                problem(index, RegisterTr::tr("\"%1\" is not a whole number.").arg(text));
            else
                out.values.insert(column->field, n);
            break;
        }
        case Type::Date: {
            const QDate d = parseDate(text);
            if (!d.isValid())
                problem(index, RegisterTr::tr("\"%1\" is not a date. Use 31/03/2026 or "
                                              "2026-03-31.")
                                   .arg(text));
            else
                out.values.insert(column->field, d.toString(Qt::ISODate));
            break;
        }
        case Type::Flag: {
            const auto flag = parseFlag(text);
            if (!flag)
                problem(index, RegisterTr::tr("\"%1\" should be Yes or No.").arg(text));
            else
                out.values.insert(column->field, *flag);
            break;
        }
        case Type::Choice: {
            const Choices *list = choices::forAssetField(column->field);
            const QString key = list ? choices::match(*list, text) : QString();
            if (key.isEmpty()) {
                QStringList labels;
                for (const auto &c : *list)
                    labels << c.second;
                problem(index, RegisterTr::tr("\"%1\" is not a known %2. Use one of: %3.")
                                   .arg(text, column->heading.toLower(),
                                        labels.join(QStringLiteral("; "))));
            } else {
                out.values.insert(column->field, key);
            }
            break;
        }
        case Type::Terms: {
            QString joined = text;
            joined.replace(QLatin1Char('\n'), QLatin1Char(';'));
            const QStringList &known = column->field == assetField::dataSubjectCategories
                                           ? ctx.subjectTerms
                                           : ctx.dataTerms;
            QStringList terms;
            for (const QString &t : splitTerms(joined)) {
                const QString c = vocabulary::canonical(known, t);
                terms << (c.isEmpty() ? t : c);
            }
            out.values.insert(column->field, joinTerms(terms));
            break;
        }
        case Type::RetentionClass: {
            const qint64 id = ctx.retentionClasses.value(text.toUpper());
            if (id > 0)
                out.values.insert(column->field, id);
            else
                problem(index, RegisterTr::tr("%1 is not a class of this workspace's retention "
                                              "schedule. Add the class (or import the schedule) "
                                              "first, or correct the reference.")
                                   .arg(text));
            break;
        }
        case Type::Person: {
            const qint64 id = ctx.people.value(personKey(text));
            if (id > 0)
                out.values.insert(column->field, id);
            else
                out.unknownPeople.append({text.simplified(), index});
            break;
        }
        }
    }
    if (!validate)
        return out;
    for (const ValidationIssue &issue :
         validateAsset(out.values, ctx.subjectTerms, ctx.dataTerms)) {
        // An owner that is merely unknown has been reported as such already.
        if (issue.field == assetField::ownerPersonId && !out.unknownPeople.isEmpty())
            continue;
        int index = -1;
        for (const auto &[column, i] : ctx.columns) {
            if (column->field == issue.field)
                index = i;
        }
        out.problems.append({row.line, ctx.headings.value(index), row.cells.value(index).left(200),
                             issue.message, issue.severity == ValidationIssue::Severity::Error});
    }
    return out;
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

AssetImporter::AssetImporter(Workspace &workspace)
    : m_ws(workspace)
{
}

bool AssetImporter::preview(const QString &path, const tabular::ReadOptions &options, int rows,
                            QStringList *headings, QList<QStringList> *firstRows,
                            QStringList *sheets, QString *error)
{
    auto reader = openReader(path, options, error);
    if (!reader)
        return false;
    if (headings)
        *headings = reader->headers();
    if (sheets)
        *sheets = reader->sheetNames();
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

ImportReport AssetImporter::run(const QString &path, const ImportOptions &options,
                                const Progress &progress)
{
    ImportReport report;
    auto reader = openReader(path, options.read, &report.fatal);
    if (!reader)
        return report;
    report.headings = reader->headers();

    // The plan: which source column feeds which field.
    RowContext ctx;
    ctx.headings = report.headings;
    if (options.mapping.isEmpty()) {
        const QHash<QString, int> matched = autoMatchHeadings(report.headings);
        for (auto it = matched.cbegin(); it != matched.cend(); ++it)
            report.mapping.insert(it.key(), report.headings.at(it.value()));
    } else {
        report.mapping = options.mapping;
    }
    QSet<int> usedColumns;
    for (const AssetColumn &c : assetColumns()) {
        if (!report.mapping.contains(c.field))
            continue;
        const int index = report.headings.indexOf(report.mapping.value(c.field));
        if (index < 0) {
            report.fatal = RegisterTr::tr("The mapping reads \"%1\" for %2, but %3 has no such "
                                          "column. Choose the columns again.")
                               .arg(report.mapping.value(c.field), c.heading, path);
            return report;
        }
        ctx.columns.append({&c, index});
        usedColumns.insert(index);
    }
    if (!report.mapping.contains(assetField::name)) {
        report.fatal = RegisterTr::tr("No column gives the assets' names. Map a column to "
                                      "\"Name\" (its heading could be \"Asset\" or \"Asset "
                                      "name\").");
        return report;
    }
    for (int i = 0; i < report.headings.size(); ++i) {
        if (!usedColumns.contains(i) && !report.headings.at(i).isEmpty())
            report.unmappedHeadings << report.headings.at(i);
    }
    for (const Record &p : m_ws.records().list(kinds::person())) {
        ctx.people.insert(personKey(p.title(kinds::person())), p.id);
        const QString email = p.value(personField::email).toString();
        if (!email.isEmpty())
            ctx.people.insert(personKey(email), p.id);
    }
    ctx.subjectTerms = vocabulary::terms(m_ws, vocabulary::dataSubjects);
    ctx.dataTerms = vocabulary::terms(m_ws, vocabulary::personalData);
    for (const QVariantList &row :
         sql::rows(m_ws.database(), QStringLiteral("SELECT ref FROM assets")))
        ctx.existingRefs.insert(row.at(0).toString());
    for (const QVariantList &row :
         sql::rows(m_ws.database(), QStringLiteral("SELECT ref, id FROM retention_classes")))
        ctx.retentionClasses.insert(row.at(0).toString(), row.at(1).toLongLong());

    // Pass 1: check every row; keep nothing but the problems.
    QHash<QString, QString> unknown; // normalised -> first spelling seen
    QSet<QString> refsInFile;
    qint64 highestRef = 0;
    const auto note = [&](const ImportProblem &p) {
        (p.error ? report.errors : report.warnings)++;
        if (report.problems.size() < options.maxProblemsListed)
            report.problems.append(p);
    };
    tabular::Row row;
    while (reader->next(&row)) {
        ++report.rows;
        Converted c = convert(ctx, row);
        for (const ImportProblem &p : std::as_const(c.problems))
            note(p);
        for (const auto &[name, index] : std::as_const(c.unknownPeople)) {
            if (!unknown.contains(personKey(name)))
                unknown.insert(personKey(name), name);
            if (!options.createUnknownPeople)
                note({row.line, report.headings.value(index), name,
                      RegisterTr::tr("%1 is not in the people directory. Add them under "
                                     "Organisation & People, correct the name, or let the "
                                     "import create them.")
                          .arg(name),
                      true});
        }
        if (!c.ref.isEmpty()) {
            if (refsInFile.contains(c.ref))
                note({row.line, QString(), c.ref,
                      RegisterTr::tr("%1 appears more than once in the file.").arg(c.ref), true});
            refsInFile.insert(c.ref);
            highestRef = qMax(highestRef, referenceNumber(c.ref, kinds::asset().refPrefix));
        }
        if (progress && (report.rows % 1024) == 0 && !progress(0, report.rows)) {
            report.cancelled = true;
            return report;
        }
    }
    report.readerWarnings = reader->warnings();
    if (reader->hasError()) {
        report.fatal = reader->errorString();
        return report;
    }
    report.unknownPeople = unknown.values();
    report.unknownPeople.sort(Qt::CaseInsensitive);
    if (report.rows == 0)
        report.fatal = RegisterTr::tr("%1 has headings but no rows to import.").arg(path);
    if (!report.ok() || options.dryRun)
        return report;

    // Pass 2: write everything in one transaction, or nothing.
    reader = openReader(path, options.read, &report.fatal);
    if (!reader)
        return report;
    WriteTransaction tx(m_ws);
    if (!tx.isActive()) {
        report.fatal = tx.errorString();
        return report;
    }
    QString error;
    for (const QString &name : std::as_const(report.unknownPeople)) {
        const auto person = m_ws.records().create(
            kinds::person(),
            {{personField::name, name},
             {personField::notes, RegisterTr::tr("Added by the import of %1.").arg(path)}},
            &error);
        if (!person) {
            report.fatal = error;
            return report;
        }
        ctx.people.insert(personKey(name), person->id);
        report.createdPeople << name;
    }
    BulkCreator creator(m_ws, kinds::asset());
    if (!creator.start(&error)) {
        report.fatal = error;
        return report;
    }
    creator.reserveUpTo(highestRef);
    qint64 done = 0;
    while (reader->next(&row)) {
        const Converted c = convert(ctx, row, false);
        if (!creator.add(c.values, c.ref, &error)) {
            report.fatal =
                RegisterTr::tr("Row %1 could not be written: %2").arg(row.line).arg(error);
            return report; // the transaction rolls back
        }
        ++done;
        if (progress && (done % 256) == 0 && !progress(done, report.rows)) {
            report.cancelled = true;
            return report;
        }
    }
    if (reader->hasError()) {
        report.fatal = reader->errorString(); // the file changed between the passes
        return report;
    }
    if (!creator.finish(&error) || !tx.commit()) {
        report.fatal = error.isEmpty() ? tx.errorString() : error;
        return report;
    }
    report.imported = creator.created();
    if (progress)
        progress(report.rows, report.rows);
    return report;
}

bool saveMapping(const QString &path, const QHash<QString, QString> &mapping, QString *error)
{
    QJsonObject columns;
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
        columns.insert(it.key(), it.value());
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("igw-asset-mapping")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("columns"), columns}};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson()) < 0 ||
        !file.commit()) {
        if (error)
            *error =
                RegisterTr::tr("Cannot save the mapping to %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool loadMapping(const QString &path, QHash<QString, QString> *mapping, QString *error)
{
    QFile file(path);
    if (file.size() > 1 << 20 || !file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = RegisterTr::tr("Cannot read the mapping %1.").arg(path);
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject root = doc.object();
    if (parseError.error != QJsonParseError::NoError ||
        root.value(QStringLiteral("format")).toString() != QLatin1String("igw-asset-mapping") ||
        root.value(QStringLiteral("version")).toInt() != 1) {
        if (error)
            *error =
                RegisterTr::tr("%1 is not an IG Workbench asset mapping (version 1).").arg(path);
        return false;
    }
    const QJsonObject columns = root.value(QStringLiteral("columns")).toObject();
    mapping->clear();
    for (auto it = columns.constBegin(); it != columns.constEnd(); ++it) {
        if (!assetColumn(it.key())) {
            if (error)
                *error = RegisterTr::tr("The mapping %1 names an unknown field \"%2\".")
                             .arg(path, it.key());
            return false;
        }
        mapping->insert(it.key(), it.value().toString());
    }
    return true;
}

} // namespace igw
