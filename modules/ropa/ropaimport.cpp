#include "ropa/ropaimport.h"

#include "register/assetcolumns.h"
#include "ropa/activities.h"
#include "ropa/ropacolumns.h"
#include "ropa/ropaimportrow.h"
#include "ropa/ropatr.h"
#include "tabular/xlsxreader.h"
#include "workspace/bulkcreator.h"
#include "workspace/transaction.h"
#include "workspace/workspace.h"

#include <QFileInfo>
#include <QSet>

namespace igw {

namespace {

using ropaimport::ConvertedRow;
using ropaimport::Lookups;
using ropaimport::TablePlan;

// The heading row is the one with the most known headings, or the user's own headings.
tabular::ReadOptions withHeaderSearch(tabular::ReadOptions options,
                                      const QHash<QString, QString> &mapping)
{
    QSet<QString> own;
    for (const QString &heading : mapping)
        own.insert(normaliseHeading(heading));
    options.headerScore = [own](const QStringList &cells) {
        int score = ropaHeadingScore(cells);
        for (const QString &cell : cells)
            score += own.contains(normaliseHeading(cell)) && !cell.isEmpty() ? 1 : 0;
        return score;
    };
    return options;
}

std::unique_ptr<tabular::TableReader> openTable(const QString &path,
                                                const tabular::ReadOptions &options, QString *error)
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

QString sheetLabel(const QString &sheet)
{
    return RopaTr::tr("sheet \"%1\"").arg(sheet);
}

QString exampleHeadings()
{
    return RopaTr::tr("\"Purpose of processing\", \"Categories of individuals\", \"Categories "
                      "of personal data\" and \"Categories of recipients\"");
}

// Processor records when the sheet says so or has only the processor record's columns.
QString defaultRole(const QString &sheet, const QList<QPair<const RopaColumn *, int>> &columns)
{
    if (sheet.contains(QLatin1String("processor"), Qt::CaseInsensitive))
        return QStringLiteral("processor");
    bool processorOnly = false;
    bool controllerOnly = false;
    for (const auto &[column, index] : columns) {
        Q_UNUSED(index)
        processorOnly = processorOnly || column->group == RopaGroup::Processor;
        controllerOnly = controllerOnly || column->id == QLatin1String("purpose") ||
                         column->type == RopaColumn::Type::SubjectCategories ||
                         column->type == RopaColumn::Type::Recipients;
    }
    return processorOnly && !controllerOnly ? QStringLiteral("processor")
                                            : QStringLiteral("controller");
}

class Run {
public:
    Run(Workspace &ws, const QString &path, const RopaImportOptions &options,
        const RopaImporter::Progress &progress)
        : m_ws(ws)
        , m_path(path)
        , m_name(QFileInfo(path).fileName())
        , m_options(options)
        , m_progress(progress)
    {
    }
    RopaImportReport go();

private:
    bool chooseTables();
    bool planTable(const QString &sheet, bool mustMatch);
    bool check();
    bool write();
    bool forEachRow(const std::function<bool(const TablePlan &, const tabular::Row &)> &visit);
    void note(const RopaImportProblem &p);
    bool cancelled(qint64 done, qint64 total);

    Workspace &m_ws;
    QString m_path;
    QString m_name;
    const RopaImportOptions &m_options;
    const RopaImporter::Progress &m_progress;
    RopaImportReport m_report;
    QList<TablePlan> m_plans;
    Lookups m_lookups;
    qint64 m_highestNewRef = 0;
};

void Run::note(const RopaImportProblem &p)
{
    (p.error ? m_report.errors : m_report.warnings)++;
    if (m_report.problems.size() < m_options.maxProblemsListed)
        m_report.problems.append(p);
}

bool Run::cancelled(qint64 done, qint64 total)
{
    if (m_progress && !m_progress(done, total))
        m_report.cancelled = true;
    return m_report.cancelled;
}

// One sheet (or the CSV): find its heading row and match the headings to columns.
bool Run::planTable(const QString &sheet, bool mustMatch)
{
    tabular::ReadOptions read = withHeaderSearch(m_options.read, m_options.mapping);
    read.sheet = sheet;
    QString error;
    auto reader = openTable(m_path, read, &error);
    if (!reader) {
        if (mustMatch)
            m_report.fatal = error;
        else
            m_report.skippedSheets
                << RopaTr::tr("%1 was not read: %2").arg(sheetLabel(sheet), error);
        return !mustMatch;
    }
    TablePlan plan;
    plan.sheet = sheet;
    plan.headings = reader->headers();
    const QString where =
        sheet.isEmpty() ? m_name : m_name + QStringLiteral(", ") + sheetLabel(sheet);
    QHash<QString, int> matched;
    if (m_options.mapping.isEmpty()) {
        if (ropaHeadingScore(plan.headings) < RopaMinimumHeadingScore) {
            if (!mustMatch) {
                m_report.skippedSheets
                    << RopaTr::tr("%1 has no ROPA headings in its first %2 rows, so it was not "
                                  "read.")
                           .arg(sheetLabel(sheet))
                           .arg(read.headerSearchRows);
                return true;
            }
            m_report.fatal =
                RopaTr::tr("%1 does not look like a record of processing activities: none of "
                           "its first %2 rows has the ICO template's headings, such as %3. Check "
                           "you chose the right file and sheet, or give the columns those "
                           "headings.")
                    .arg(where)
                    .arg(read.headerSearchRows)
                    .arg(exampleHeadings());
            return false;
        }
        matched = matchRopaHeadings(plan.headings);
    } else {
        QList<bool> used(plan.headings.size(), false);
        for (auto it = m_options.mapping.cbegin(); it != m_options.mapping.cend(); ++it) {
            const RopaColumn *column = ropaColumn(it.key());
            if (!column) {
                m_report.fatal =
                    RopaTr::tr("The mapping names an unknown column \"%1\".").arg(it.key());
                return false;
            }
            int index = -1;
            for (int i = 0; i < plan.headings.size() && index < 0; ++i) {
                if (!used.at(i) && plan.headings.at(i) == it.value().trimmed())
                    index = i;
            }
            if (index < 0) {
                m_report.fatal = RopaTr::tr("The mapping reads \"%1\" for \"%2\", but %3 has no "
                                            "such column. Choose the columns again.")
                                     .arg(it.value(), column->heading, where);
                return false;
            }
            used[index] = true;
            matched.insert(it.key(), index);
        }
    }
    RopaImportSheet info;
    info.name = sheet;
    info.headerLine = reader->headerLine();
    info.headings = plan.headings;
    QSet<int> usedColumns;
    for (const RopaColumn &c : ropaColumns()) {
        if (!matched.contains(c.id))
            continue;
        plan.columns.append({&c, matched.value(c.id)});
        usedColumns.insert(matched.value(c.id));
        info.mapping.insert(c.id, plan.headings.at(matched.value(c.id)));
    }
    for (int i = 0; i < plan.headings.size(); ++i) {
        if (!usedColumns.contains(i) && !plan.headings.at(i).isEmpty())
            info.unmappedHeadings << plan.headings.at(i);
    }
    if (!matched.contains(activityField::name) && !matched.contains(activityField::purpose) &&
        !matched.contains(activityField::processingCategories)) {
        m_report.fatal = RopaTr::tr("%1 has no column that says what each processing activity "
                                    "is. Add a \"Processing activity\" or \"Purpose of "
                                    "processing\" column.")
                             .arg(where);
        return false;
    }
    plan.defaultRole = defaultRole(sheet, plan.columns);
    m_plans.append(plan);
    m_report.sheets.append(info);
    return true;
}

bool Run::chooseTables()
{
    tabular::ReadOptions read = withHeaderSearch(m_options.read, m_options.mapping);
    QString error;
    auto reader = openTable(m_path, read, &error);
    if (!reader) {
        m_report.fatal = error;
        return false;
    }
    const QStringList sheets = reader->sheetNames();
    reader.reset();
    // One table: a CSV, a chosen sheet, or a mapping (made for one sheet).
    if (sheets.isEmpty() || !m_options.read.sheet.isEmpty())
        return planTable(m_options.read.sheet, true);
    if (!m_options.mapping.isEmpty()) {
        // The first sheet that has every heading the mapping reads.
        for (const QString &sheet : sheets) {
            tabular::ReadOptions probe = read;
            probe.sheet = sheet;
            auto r = openTable(m_path, probe, &error);
            bool all = r != nullptr;
            for (const QString &heading : m_options.mapping)
                all = all && r->headers().contains(heading.trimmed());
            if (all)
                return planTable(sheet, true);
        }
        return planTable(sheets.constFirst(), true);
    }
    for (const QString &sheet : sheets) {
        if (!planTable(sheet, false))
            return false;
    }
    if (m_plans.isEmpty()) {
        QStringList quoted;
        for (const QString &s : sheets)
            quoted << QLatin1Char('"') + s + QLatin1Char('"');
        m_report.fatal = RopaTr::tr("%1 does not look like a record of processing activities: "
                                    "no sheet has the ICO template's headings, such as %2, in "
                                    "its first %3 rows. Its sheets are: %4. Check you chose the "
                                    "right file, or give the columns those headings.")
                             .arg(m_name, exampleHeadings())
                             .arg(read.headerSearchRows)
                             .arg(quoted.join(QStringLiteral(", ")));
        return false;
    }
    return true;
}

bool Run::forEachRow(const std::function<bool(const TablePlan &, const tabular::Row &)> &visit)
{
    for (const TablePlan &plan : std::as_const(m_plans)) {
        tabular::ReadOptions read = withHeaderSearch(m_options.read, m_options.mapping);
        read.sheet = plan.sheet;
        QString error;
        auto reader = openTable(m_path, read, &error);
        if (!reader || reader->headers() != plan.headings) {
            m_report.fatal = reader ? RopaTr::tr("%1 changed while it was being imported. "
                                                 "Import it again.")
                                          .arg(m_name)
                                    : error;
            return false;
        }
        tabular::Row row;
        while (reader->next(&row)) {
            if (!visit(plan, row))
                return false;
        }
        if (reader->hasError()) {
            m_report.fatal = reader->errorString();
            return false;
        }
        for (const QString &w : reader->warnings()) {
            const QString text =
                plan.sheet.isEmpty() ? w : sheetLabel(plan.sheet) + QStringLiteral(": ") + w;
            if (!m_report.readerWarnings.contains(text))
                m_report.readerWarnings << text;
        }
    }
    return true;
}

// Pass 1: every row is checked; nothing but the problems and the references is kept.
bool Run::check()
{
    QHash<QString, QString> seen; // reference -> where it first appeared
    QHash<QString, qint64> perSheet;
    const bool read = forEachRow([&](const TablePlan &plan, const tabular::Row &row) {
        const ConvertedRow c = ropaimport::convertRow(plan, m_lookups, row);
        for (const RopaImportProblem &p : c.problems)
            note(p);
        if (c.skip)
            return true;
        ++m_report.rows;
        ++perSheet[plan.sheet];
        if (!c.ref.isEmpty()) {
            const QString here =
                plan.sheet.isEmpty()
                    ? RopaTr::tr("line %1").arg(row.line)
                    : RopaTr::tr("%1, row %2").arg(sheetLabel(plan.sheet)).arg(row.line);
            if (seen.contains(c.ref))
                note({plan.sheet, row.line, RopaTr::tr("Reference"), c.ref,
                      RopaTr::tr("%1 appears more than once in the file (first at %2). Each "
                                 "processing activity must have one row: remove the copy or "
                                 "clear its reference.")
                          .arg(c.ref, seen.value(c.ref)),
                      true});
            else
                seen.insert(c.ref, here);
        }
        if (c.existingId > 0) {
            (c.values.isEmpty() ? m_report.unchanged : m_report.updated)++;
        } else {
            ++m_report.created;
            m_highestNewRef =
                qMax(m_highestNewRef, referenceNumber(c.ref, kinds::activity().refPrefix));
        }
        return (m_report.rows % 64) != 0 || !cancelled(0, m_report.rows);
    });
    for (RopaImportSheet &s : m_report.sheets)
        s.rows = perSheet.value(s.name);
    if (!read || m_report.cancelled)
        return false;
    if (m_report.rows == 0) {
        m_report.fatal =
            RopaTr::tr("%1 has ROPA headings but no rows to import under them.").arg(m_name);
        return false;
    }
    return true;
}

// Pass 2, in one transaction: new activities first (BulkCreator keeps the file's
// references), then their links, then the updates of existing ones.
bool Run::write()
{
    WriteTransaction tx(m_ws);
    if (!tx.isActive()) {
        m_report.fatal = tx.errorString();
        return false;
    }
    QString error;
    const qint64 total = m_report.rows;
    qint64 done = 0;
    const auto failRow = [&](const TablePlan &plan, const tabular::Row &row) {
        const QString where =
            plan.sheet.isEmpty()
                ? RopaTr::tr("line %1").arg(row.line)
                : RopaTr::tr("%1, row %2").arg(sheetLabel(plan.sheet)).arg(row.line);
        m_report.fatal =
            RopaTr::tr("%1 could not be written: %2. Nothing was imported.").arg(where, error);
        return false;
    };

    QList<QPair<qint64, QVariantMap>> links; // new activity -> its link sets
    BulkCreator creator(m_ws, kinds::activity());
    if (!creator.start(&error)) {
        m_report.fatal = error;
        return false;
    }
    creator.reserveUpTo(m_highestNewRef);
    bool ok = forEachRow([&](const TablePlan &plan, const tabular::Row &row) {
        ConvertedRow c = ropaimport::convertRow(plan, m_lookups, row);
        if (c.skip || c.existingId > 0)
            return true;
        QVariantMap linkValues;
        for (const LinkSet &l : kinds::activity().links) {
            if (c.values.contains(l.field))
                linkValues.insert(l.field, c.values.take(l.field));
        }
        const qint64 id = creator.add(c.values, c.ref, &error);
        if (id == 0)
            return failRow(plan, row);
        if (!linkValues.isEmpty())
            links.append({id, linkValues});
        return !cancelled(++done, total);
    });
    if (!ok || !creator.finish(&error)) {
        if (ok)
            m_report.fatal = error;
        return false;
    }
    for (const auto &[id, values] : std::as_const(links)) {
        if (!m_ws.records().update(kinds::activity(), id, values, &error)) {
            m_report.fatal = RopaTr::tr("The links of a new activity could not be written: %1. "
                                        "Nothing was imported.")
                                 .arg(error);
            return false;
        }
    }
    ok = forEachRow([&](const TablePlan &plan, const tabular::Row &row) {
        const ConvertedRow c = ropaimport::convertRow(plan, m_lookups, row);
        if (c.skip || c.existingId == 0)
            return true;
        if (!c.values.isEmpty() &&
            !m_ws.records().update(kinds::activity(), c.existingId, c.values, &error))
            return failRow(plan, row);
        return !cancelled(++done, total);
    });
    if (!ok)
        return false;
    if (!tx.commit()) {
        m_report.fatal = tx.errorString();
        return false;
    }
    m_report.written = true;
    if (m_progress)
        m_progress(total, total);
    return true;
}

RopaImportReport Run::go()
{
    if (!chooseTables())
        return m_report;
    if (!ropaimport::loadLookups(m_ws, &m_lookups, &m_report.fatal))
        return m_report;
    if (!check() || !m_report.ok() || m_options.dryRun)
        return m_report;
    write(); // on failure the transaction rolls back and the report says why
    return m_report;
}

} // namespace

QString RopaImportProblem::where() const
{
    QString at = sheet.isEmpty()
                     ? (line > 0 ? RopaTr::tr("line %1").arg(line) : QString())
                     : (line > 0 ? RopaTr::tr("sheet \"%1\", row %2").arg(sheet).arg(line)
                                 : RopaTr::tr("sheet \"%1\"").arg(sheet));
    if (!column.isEmpty())
        at = at.isEmpty() ? RopaTr::tr("column \"%1\"").arg(column)
                          : RopaTr::tr("%1, column \"%2\"").arg(at, column);
    return at;
}

RopaImporter::RopaImporter(Workspace &workspace)
    : m_ws(workspace)
{
}

RopaImportReport RopaImporter::run(const QString &path, const RopaImportOptions &options,
                                   const Progress &progress)
{
    return Run(m_ws, path, options, progress).go();
}

bool RopaImporter::preview(const QString &path, const tabular::ReadOptions &options, int rows,
                           RopaPreview *preview, QString *error)
{
    tabular::ReadOptions read = withHeaderSearch(options, {});
    auto reader = openTable(path, read, error);
    if (!reader)
        return false;
    preview->sheets = reader->sheetNames();
    // Without a chosen sheet, the first one with ROPA headings.
    if (options.sheet.isEmpty() && ropaHeadingScore(reader->headers()) < RopaMinimumHeadingScore) {
        for (const QString &sheet : std::as_const(preview->sheets)) {
            read.sheet = sheet;
            QString ignored;
            auto candidate = openTable(path, read, &ignored);
            if (candidate && ropaHeadingScore(candidate->headers()) >= RopaMinimumHeadingScore) {
                reader = std::move(candidate);
                break;
            }
        }
    }
    if (auto *xlsx = dynamic_cast<tabular::XlsxReader *>(reader.get()))
        preview->sheet = xlsx->sheetName();
    preview->headerLine = reader->headerLine();
    preview->headings = reader->headers();
    preview->matched = matchRopaHeadings(preview->headings);
    tabular::Row row;
    while (preview->rows.size() < rows && reader->next(&row)) {
        if (!isRopaMarkerRow(row.cells))
            preview->rows.append(row.cells);
    }
    if (reader->hasError()) {
        if (error)
            *error = reader->errorString();
        return false;
    }
    return true;
}

} // namespace igw
