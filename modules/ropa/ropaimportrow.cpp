#include "ropa/ropaimportrow.h"

#include "register/assets.h"
#include "ropa/activities.h"
#include "ropa/ropacolumns.h"
#include "ropa/ropatr.h"
#include "ropa/ropavalues.h"
#include "workspace/bulkcreator.h"
#include "workspace/directory.h"
#include "workspace/sql.h"
#include "workspace/workspace.h"

#include <QSet>

namespace igw::ropaimport {

namespace {

namespace f = activityField;
using T = RopaColumn::Type;

constexpr qsizetype MaxDerivedName = 80;

QString textOf(const QVariant &v)
{
    return v.isNull() ? QString() : v.toString().trimmed();
}

bool isLink(const QString &field)
{
    return kinds::activity().link(field) != nullptr;
}

// Blank equals NULL; link sets compare as sets.
bool sameValue(const QString &field, const QVariant &current, const QVariant &wanted)
{
    if (isLink(field))
        return linkValue(linkIds(current)) == linkValue(linkIds(wanted));
    return textOf(current) == textOf(wanted);
}

// The terms of `wanted` that are not in `from`, ignoring case, in order.
QStringList minus(const QStringList &wanted, const QStringList &from)
{
    QStringList out;
    for (const QString &t : wanted) {
        if (!from.contains(t, Qt::CaseInsensitive))
            out << t;
    }
    return out;
}

void addUnique(QStringList *list, const QStringList &terms)
{
    for (const QString &t : terms) {
        if (!list->contains(t.trimmed(), Qt::CaseInsensitive) && !t.trimmed().isEmpty())
            list->append(t.trimmed());
    }
}

// A name for an activity the file does not name: the first line of its purpose, cut at a
// word.
QString derivedName(const QString &text)
{
    QString name = text.section(QLatin1Char('\n'), 0, 0).simplified();
    if (name.size() > MaxDerivedName) {
        const qsizetype cut = name.lastIndexOf(QLatin1Char(' '), MaxDerivedName);
        name = name.left(cut > 20 ? cut : MaxDerivedName) + QStringLiteral("…");
    }
    return name;
}

// Everything one row states, column by column, before it is resolved against the
// workspace.
class RowReader {
public:
    RowReader(const TablePlan &plan, const Lookups &lookups, const tabular::Row &row,
              ConvertedRow *out)
        : m_plan(plan)
        , m_lookups(lookups)
        , m_row(row)
        , m_out(out)
    {
    }
    void run();

private:
    struct Stated {
        QString value;
        int index = -1;
    };

    void problem(int index, const QString &message, bool error = true);
    void readColumn(const RopaColumn &column, int index);
    void state(const RopaColumn &column, int index, const QString &value);
    qint64 organisation(const QString &term) const;
    void resolveReference();
    void resolveAssets();
    void resolveCategories(T type, const QString &extraField, const QString &excludedField,
                           const QStringList &proposed);
    void resolveOrganisations();
    void resolveDerivedFlags();
    void resolveTransfers();
    void resolveName();
    void finish();

    const TablePlan &m_plan;
    const Lookups &m_lookups;
    const tabular::Row &m_row;
    ConvertedRow *m_out;

    QHash<QString, Stated> m_stated;   // plain fields: the first non-empty value given
    QHash<int, Stated> m_lists;        // list columns by type: their cell
    QVariantMap m_want;                // field -> value the row asks for
    const Record *m_current = nullptr; // the activity the row updates
    QString m_ownRef;                  // a reference that is not ours, kept in the notes
    QList<qint64> m_assetIds;
    QStringList m_proposedSubjects;
    QStringList m_proposedData;
    bool m_assetsSpecial = false;
    bool m_assetsCriminal = false;
    QStringList m_specialRefs;
    QStringList m_criminalRefs;
    QString m_derivedArt9;
};

void RowReader::problem(int index, const QString &message, bool error)
{
    m_out->problems.append({m_plan.sheet, m_row.line, m_plan.headings.value(index),
                            m_row.cells.value(index).left(200), message, error});
}

void RowReader::state(const RopaColumn &column, int index, const QString &value)
{
    auto it = m_stated.find(column.field);
    if (it == m_stated.end()) {
        m_stated.insert(column.field, {value, index});
        return;
    }
    if (it->value.isEmpty()) {
        if (!value.isEmpty())
            *it = {value, index};
        return;
    }
    // The ICO template repeats the lawful basis; both columns must say the same.
    if (!value.isEmpty() && value != it->value)
        problem(index, RopaTr::tr("This column and \"%1\" (column %2) give different values "
                                  "for the same item: \"%3\" and \"%4\". Make them the same, "
                                  "or clear one of them.")
                           .arg(m_plan.headings.value(it->index))
                           .arg(it->index + 1)
                           .arg(m_row.cells.value(index).trimmed().left(100),
                                m_row.cells.value(it->index).trimmed().left(100)));
}

void RowReader::readColumn(const RopaColumn &column, int index)
{
    const QString text = ropavalues::unguard(m_row.cells.value(index).trimmed());
    switch (column.type) {
    case T::Text:
    case T::Reference:
        state(column, index, text);
        return;
    case T::Choice: {
        QString why;
        const std::optional<QString> key = ropavalues::matchChoice(column.field, text, &why);
        if (!key) {
            problem(index, why);
            return;
        }
        state(column, index, *key);
        return;
    }
    case T::Flag: {
        const std::optional<QString> flag = ropavalues::parseYesNo(text);
        if (!flag) {
            problem(index, RopaTr::tr("\"%1\" should be Yes or No (or N/A when it does not "
                                      "apply).")
                               .arg(text.left(200)));
            return;
        }
        state(column, index, *flag);
        return;
    }
    case T::Date: {
        if (text.isEmpty()) {
            state(column, index, QString());
            return;
        }
        const QDate date = ropavalues::parseDate(text);
        if (!date.isValid()) {
            problem(index, RopaTr::tr("\"%1\" is not a date. Use 31/03/2026 or 2026-03-31.")
                               .arg(text.left(200)));
            return;
        }
        state(column, index, date.toString(Qt::ISODate));
        return;
    }
    case T::SubjectCategories:
    case T::DataCategories:
    case T::Recipients:
    case T::Controllers:
    case T::Assets:
        m_lists.insert(int(column.type), {text, index});
        return;
    }
}

qint64 RowReader::organisation(const QString &term) const
{
    const auto key = [](const QString &s) { return s.simplified().toLower(); };
    if (const qint64 id = m_lookups.organisationByName.value(key(term)))
        return id;
    return m_lookups.organisationByName.value(key(ropavalues::organisationNamePart(term)));
}

void RowReader::resolveReference()
{
    const Stated ref = m_stated.value(QStringLiteral("ref"));
    if (ref.value.isEmpty())
        return;
    const QString upper = ref.value.simplified().toUpper();
    if (referenceNumber(upper, kinds::activity().refPrefix) == 0) {
        m_ownRef = ref.value.simplified();
        problem(ref.index,
                RopaTr::tr("\"%1\" is not an IG Workbench reference such as PA-0042, so the "
                           "activity gets a new reference and \"%1\" is kept in its notes.")
                    .arg(m_ownRef.left(100)),
                false);
        return;
    }
    m_out->ref = upper;
    const auto it = m_lookups.activityByRef.constFind(upper);
    if (it != m_lookups.activityByRef.cend()) {
        m_current = &it.value();
        m_out->existingId = it->id;
    }
}

void RowReader::resolveAssets()
{
    if (m_lists.contains(int(T::Assets))) {
        const Stated cell = m_lists.value(int(T::Assets));
        QStringList unknown;
        QStringList ambiguous;
        for (const QString &term : ropavalues::splitCell(cell.value)) {
            qint64 id = m_lookups.assetByRef.value(term.toUpper());
            const QList<qint64> named = m_lookups.assetByName.value(term.simplified().toLower());
            if (id == 0 && named.size() == 1)
                id = named.constFirst();
            if (id > 0)
                m_assetIds << id;
            else
                (named.size() > 1 ? ambiguous : unknown) << term.left(100);
        }
        // One warning per cell, however many references it holds.
        if (!unknown.isEmpty())
            problem(cell.index,
                    RopaTr::tr("Not assets in this workspace, so the activity is not linked to "
                               "them: %1. Add them to the register, or correct the references, "
                               "and import again.")
                        .arg(unknown.join(QStringLiteral(", "))),
                    false);
        if (!ambiguous.isEmpty())
            problem(cell.index,
                    RopaTr::tr("More than one asset has each of these names, so the activity is "
                               "not linked to them: %1. Give the assets' references (IA-0042) "
                               "instead.")
                        .arg(ambiguous.join(QStringLiteral(", "))),
                    false);
        m_assetIds = linkIds(linkValue(m_assetIds));
        m_want.insert(f::assetIds, linkValue(m_assetIds));
    } else if (m_current) {
        m_assetIds = linkIds(m_current->value(f::assetIds));
    }
    // What the linked assets propose, as the ROPA computes it (ropa.cpp, resolve()).
    for (qint64 id : std::as_const(m_assetIds)) {
        const Lookups::Asset a = m_lookups.assets.value(id);
        addUnique(&m_proposedSubjects, a.subjects);
        addUnique(&m_proposedData, a.data);
        if (a.specialCategory) {
            m_assetsSpecial = true;
            m_specialRefs << a.ref;
            if (m_derivedArt9.isEmpty())
                m_derivedArt9 = a.art9Condition;
        }
        if (a.criminalOffence) {
            m_assetsCriminal = true;
            m_criminalRefs << a.ref;
        }
    }
}

// "Ask once": terms the linked assets propose stay proposals; proposals missing from the
// cell are struck out; the rest are the activity's own additions.
void RowReader::resolveCategories(T type, const QString &extraField, const QString &excludedField,
                                  const QStringList &proposed)
{
    if (!m_lists.contains(int(type)))
        return;
    const QStringList wanted = ropavalues::splitCell(m_lists.value(int(type)).value);
    m_want.insert(extraField, joinTerms(minus(wanted, proposed)));
    m_want.insert(excludedField, joinTerms(minus(proposed, wanted)));
}

void RowReader::resolveOrganisations()
{
    if (m_lists.contains(int(T::Recipients))) {
        QList<qint64> ids;
        QStringList categories;
        for (const QString &term : ropavalues::splitCell(m_lists.value(int(T::Recipients)).value)) {
            if (const qint64 id = organisation(term))
                ids << id;
            else
                categories << term;
        }
        m_want.insert(f::recipientOrgIds, linkValue(ids));
        m_want.insert(f::recipientCategories, joinTerms(categories));
    }
    if (m_lists.contains(int(T::Controllers))) {
        const Stated cell = m_lists.value(int(T::Controllers));
        QList<qint64> ids;
        QStringList unknown;
        for (const QString &term : ropavalues::splitCell(cell.value)) {
            if (const qint64 id = organisation(term)) {
                ids << id;
                continue;
            }
            unknown << term;
        }
        if (!unknown.isEmpty())
            problem(cell.index,
                    RopaTr::tr("Not organisations in this workspace, so they are kept as text "
                               "with the controllers' representatives and DPOs: %1. Add them "
                               "under Organisation & People and import again to link them.")
                        .arg(unknown.join(QStringLiteral("; ")).left(300)),
                    false);
        m_want.insert(f::controllerOrgIds, linkValue(ids));
        if (!unknown.isEmpty()) {
            QString details =
                m_stated.contains(f::controllerDetails)
                    ? m_stated.value(f::controllerDetails).value
                    : (m_current ? textOf(m_current->value(f::controllerDetails)) : QString());
            for (const QString &u : std::as_const(unknown)) {
                if (!details.contains(u, Qt::CaseInsensitive))
                    details = details.isEmpty() ? u : details + QLatin1Char('\n') + u;
            }
            m_want.insert(f::controllerDetails, details);
        }
    }
}

// Special category and criminal offence data also come from the linked assets; the
// activity's own flag holds only what the assets do not say.
void RowReader::resolveDerivedFlags()
{
    const struct {
        QString field;
        bool fromAssets;
        QStringList refs;
    } flags[] = {{f::specialCategory, m_assetsSpecial, m_specialRefs},
                 {f::criminalOffence, m_assetsCriminal, m_criminalRefs}};
    for (const auto &flag : flags) {
        const Stated stated = m_stated.value(flag.field);
        if (stated.value.isEmpty())
            continue;
        const int current = m_current ? m_current->value(flag.field).toInt() : 0;
        if (stated.value == QLatin1String("1")) {
            if (!flag.fromAssets && current != 1)
                m_want.insert(flag.field, 1);
            continue;
        }
        if (current == 1)
            m_want.insert(flag.field, 0);
        if (flag.fromAssets)
            problem(stated.index,
                    RopaTr::tr("The linked assets %1 hold such data, so the activity does too "
                               "whatever this cell says. If an asset is wrong, correct it in "
                               "the register.")
                        .arg(flag.refs.join(QStringLiteral(", "))),
                    false);
    }
    if (m_stated.contains(f::art9Condition)) {
        const QString key = m_stated.value(f::art9Condition).value;
        const QString own = m_current ? textOf(m_current->value(f::art9Condition)) : QString();
        // The condition the assets give is shown in the export; it is not copied in.
        if (key.isEmpty() || key != m_derivedArt9 || !own.isEmpty())
            m_want.insert(f::art9Condition, key);
    }
}

void RowReader::resolveTransfers()
{
    if (!m_stated.contains(f::thirdCountries))
        return;
    const QString countries = m_stated.value(f::thirdCountries).value;
    const bool none = ropavalues::isNotApplicable(countries);
    if (none)
        m_want.insert(f::thirdCountries, QString()); // "N/A" is not a country
    // A template without our "International transfers" column says it with the countries.
    const QString current =
        m_current ? textOf(m_current->value(f::internationalTransfers)) : QString();
    if (!m_stated.contains(f::internationalTransfers) && current.isEmpty() && !countries.isEmpty())
        m_want.insert(f::internationalTransfers, none ? QStringLiteral("0") : QStringLiteral("1"));
}

void RowReader::resolveName()
{
    const Stated name = m_stated.value(f::name);
    if (!name.value.isEmpty())
        return;
    m_want.remove(f::name); // blank: keep the current name
    if (m_current)
        return;
    for (const QString &field : {f::purpose, f::processingCategories, f::businessFunction}) {
        const QString text = m_stated.value(field).value;
        if (!text.isEmpty()) {
            m_want.insert(f::name, derivedName(text));
            return;
        }
    }
    problem(name.index,
            RopaTr::tr("The row does not say what the processing activity is. Fill in its "
                       "\"Processing activity\" or \"Purpose of processing\"."));
}

void RowReader::finish()
{
    if (!m_ownRef.isEmpty()) {
        QString notes = m_stated.contains(f::notes)
                            ? m_stated.value(f::notes).value
                            : (m_current ? textOf(m_current->value(f::notes)) : QString());
        const QString line = RopaTr::tr("Reference in the imported file: %1").arg(m_ownRef);
        if (!notes.contains(line))
            notes = notes.isEmpty() ? line : notes + QLatin1Char('\n') + line;
        m_want.insert(f::notes, notes);
    }
    for (auto it = m_want.cbegin(); it != m_want.cend(); ++it) {
        if (m_current) {
            if (!sameValue(it.key(), m_current->value(it.key()), it.value()))
                m_out->values.insert(it.key(), it.value());
        } else if (!textOf(it.value()).isEmpty()) {
            m_out->values.insert(it.key(), it.value());
        }
    }
}

void RowReader::run()
{
    if (isRopaMarkerRow(m_row.cells)) {
        m_out->skip = true;
        return;
    }
    bool any = false;
    for (const auto &[column, index] : m_plan.columns) {
        any = any || !m_row.cells.value(index).trimmed().isEmpty();
        readColumn(*column, index);
    }
    if (!any) {
        m_out->skip = true;
        problem(-1, RopaTr::tr("The row has nothing in the columns read, so it was skipped."),
                false);
        return;
    }
    resolveReference();
    // Plain fields as stated; the ones derived or resolved below are set there.
    static const QSet<QString> special{QStringLiteral("ref"), f::specialCategory,
                                       f::criminalOffence, f::art9Condition, f::role};
    for (auto it = m_stated.cbegin(); it != m_stated.cend(); ++it) {
        if (!special.contains(it.key()))
            m_want.insert(it.key(), it->value);
    }
    QString role = m_stated.value(f::role).value;
    if (role.isEmpty())
        role = m_current ? textOf(m_current->value(f::role)) : m_plan.defaultRole;
    m_want.insert(f::role, role.isEmpty() ? QStringLiteral("controller") : role);

    resolveAssets();
    resolveCategories(T::SubjectCategories, f::subjectCategoriesExtra, f::subjectCategoriesExcluded,
                      m_proposedSubjects);
    resolveCategories(T::DataCategories, f::dataCategoriesExtra, f::dataCategoriesExcluded,
                      m_proposedData);
    resolveOrganisations();
    resolveDerivedFlags();
    resolveTransfers();
    resolveName();
    finish();
}

} // namespace

bool ConvertedRow::hasErrors() const
{
    for (const RopaImportProblem &p : problems) {
        if (p.error)
            return true;
    }
    return false;
}

bool loadLookups(Workspace &workspace, Lookups *lookups, QString *error)
{
    bool ok = false;
    const auto assets = sql::rows(
        workspace.database(),
        QStringLiteral("SELECT id, ref, name, data_subject_categories, personal_data_categories,"
                       " special_category, criminal_offence, art9_condition FROM assets"),
        {}, error, &ok);
    if (!ok)
        return false;
    for (const QVariantList &r : assets) {
        Lookups::Asset a;
        a.id = r.at(0).toLongLong();
        a.ref = r.at(1).toString();
        a.subjects = splitTerms(r.at(3).toString());
        a.data = splitTerms(r.at(4).toString());
        a.specialCategory = r.at(5).toInt() == 1;
        a.criminalOffence = r.at(6).toInt() == 1;
        a.art9Condition = r.at(7).toString();
        lookups->assets.insert(a.id, a);
        lookups->assetByRef.insert(a.ref.toUpper(), a.id);
        lookups->assetByName[r.at(2).toString().simplified().toLower()].append(a.id);
    }
    const auto organisations = sql::rows(
        workspace.database(), QStringLiteral("SELECT id, name FROM organisations WHERE id <> ?"),
        {workspace.selfOrganisationId()}, error, &ok);
    if (!ok)
        return false;
    for (const QVariantList &r : organisations)
        lookups->organisationByName.insert(r.at(1).toString().simplified().toLower(),
                                           r.at(0).toLongLong());
    QString listError;
    for (const Record &a : workspace.records().list(kinds::activity(), {}, {}, {}, &listError))
        lookups->activityByRef.insert(a.ref.toUpper(), a);
    if (!listError.isEmpty()) {
        if (error)
            *error = listError;
        return false;
    }
    return true;
}

ConvertedRow convertRow(const TablePlan &plan, const Lookups &lookups, const tabular::Row &row)
{
    ConvertedRow out;
    RowReader(plan, lookups, row, &out).run();
    return out;
}

} // namespace igw::ropaimport
