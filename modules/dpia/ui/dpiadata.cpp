#include "dpia/ui/dpiadata.h"

#include "dpia/dpiarecords.h"
#include "dpia/ui/dpiauitexts.h"
#include "dpia/ui/dpiauitr.h"
#include "workspace/directory.h"
#include "workspace/sql.h"
#include "workspace/workspace.h"

namespace igw {

namespace {

int level(const QVariant &value)
{
    bool ok = false;
    const int n = value.toInt(&ok);
    return ok ? n : 0;
}

QHash<qint64, QString> activityRefs(Workspace &workspace)
{
    QHash<qint64, QString> refs;
    const QList<QVariantList> rows =
        sql::rows(workspace.database(), QStringLiteral("SELECT id, ref FROM activities"));
    for (const QVariantList &row : rows)
        refs.insert(row.value(0).toLongLong(), row.value(1).toString());
    return refs;
}

} // namespace

RiskLevels RiskLevels::of(const QVariantMap &values)
{
    return {level(values.value(riskField::likelihood)), level(values.value(riskField::severity)),
            level(values.value(riskField::residualLikelihood)),
            level(values.value(riskField::residualSeverity))};
}

RiskLevels RiskLevels::of(const Record &risk)
{
    return of(risk.values);
}

bool RiskLevels::anyAssessed() const
{
    return likelihood > 0 || severity > 0 || residualLikelihood > 0 || residualSeverity > 0;
}

std::optional<RiskBand> RiskLevels::inherent(const RiskMatrix &matrix) const
{
    return matrix.band(likelihood, severity);
}

std::optional<RiskBand> RiskLevels::residual(const RiskMatrix &matrix) const
{
    return matrix.band(residualLikelihood, residualSeverity);
}

const RiskMatrix &MatrixCache::get(const QString &key)
{
    auto it = m_matrices.find(key);
    if (it == m_matrices.end())
        it = m_matrices.insert(key, loadRiskMatrix(m_workspace, key));
    return it.value();
}

QDate isoDate(const QVariant &value)
{
    return QDate::fromString(value.toString().left(10), Qt::ISODate);
}

QHash<qint64, QString> personNames(Workspace &workspace)
{
    QHash<qint64, QString> names;
    const QList<QVariantList> rows =
        sql::rows(workspace.database(), QStringLiteral("SELECT id, name, ref FROM people"));
    for (const QVariantList &row : rows) {
        const QString name = row.value(1).toString();
        names.insert(row.value(0).toLongLong(), name.isEmpty() ? row.value(2).toString() : name);
    }
    return names;
}

std::optional<QList<DpiaRow>> loadDpiaRows(Workspace &workspace, QString *error)
{
    RecordStore &store = workspace.records();
    QString e;
    const QList<Record> dpias = store.list(kinds::dpia(), {}, {}, {}, &e);
    const QList<Record> risks =
        e.isEmpty() ? store.list(kinds::risk(), riskField::sortOrder, {}, {}, &e) : QList<Record>();
    if (!e.isEmpty()) {
        if (error)
            *error = e;
        return std::nullopt;
    }
    QHash<qint64, QList<const Record *>> risksOf;
    for (const Record &risk : risks)
        risksOf[risk.value(riskField::dpiaId).toLongLong()].append(&risk);
    const QHash<qint64, QString> refs = activityRefs(workspace);
    const QHash<qint64, QString> people = personNames(workspace);
    MatrixCache matrices(workspace);

    QList<DpiaRow> rows;
    rows.reserve(dpias.size());
    for (const Record &dpia : dpias) {
        DpiaRow row;
        row.record = dpia;
        row.matrix = matrices.get(dpia.value(dpiaField::matrix).toString());
        for (qint64 id : linkIds(dpia.value(dpiaField::activityIds)))
            row.activityRefs << refs.value(id, QString::number(id));
        row.activityRefs.sort();
        row.ownerName = people.value(dpia.value(dpiaField::ownerPersonId).toLongLong());
        row.reviewDate = isoDate(dpia.value(dpiaField::reviewDate));
        const QList<const Record *> own = risksOf.value(dpia.id);
        row.riskCount = int(own.size());
        for (const Record *risk : own) {
            const auto band = RiskLevels::of(*risk).residual(row.matrix);
            if (!band)
                ++row.unassessedRisks;
            else if (!row.highestResidual || int(*band) > int(*row.highestResidual))
                row.highestResidual = band;
        }
        rows.append(row);
    }
    return rows;
}

QList<Record> loadRisks(Workspace &workspace, qint64 dpiaId)
{
    return workspace.records().list(kinds::risk(), riskField::sortOrder,
                                    QStringLiteral("dpia_id = ?"), {dpiaId});
}

QList<Record> loadMeasures(Workspace &workspace, qint64 dpiaId, qint64 riskId)
{
    if (riskId == 0)
        return workspace.records().list(
            kinds::measure(), {}, QStringLiteral("dpia_id = ? AND risk_id IS NULL"), {dpiaId});
    return workspace.records().list(
        kinds::measure(), {}, QStringLiteral("dpia_id = ? AND risk_id = ?"), {dpiaId, riskId});
}

std::optional<QList<ActionItem>> loadActionPlan(Workspace &workspace, QString *error)
{
    RecordStore &store = workspace.records();
    QString e;
    const QList<Record> measures = store.list(kinds::measure(), {}, {}, {}, &e);
    const QList<Record> risks =
        e.isEmpty() ? store.list(kinds::risk(), riskField::sortOrder, {}, {}, &e) : QList<Record>();
    const QList<Record> dpias =
        e.isEmpty() ? store.list(kinds::dpia(), {}, {}, {}, &e) : QList<Record>();
    if (!e.isEmpty()) {
        if (error)
            *error = e;
        return std::nullopt;
    }
    // Risks are numbered within their DPIA in register order, as the register shows them.
    QHash<qint64, int> counters;
    QHash<qint64, QString> riskLabels;
    for (const Record &risk : risks) {
        const int number = ++counters[risk.value(riskField::dpiaId).toLongLong()];
        riskLabels.insert(risk.id,
                          dpiaUiText::riskLabel(number, risk.value(riskField::title).toString()));
    }
    QHash<qint64, const Record *> dpiaById;
    for (const Record &dpia : dpias)
        dpiaById.insert(dpia.id, &dpia);
    const QHash<qint64, QString> people = personNames(workspace);

    QList<ActionItem> items;
    items.reserve(measures.size());
    for (const Record &m : measures) {
        ActionItem item;
        item.measure = m;
        item.dpiaId = m.value(measureField::dpiaId).toLongLong();
        if (const Record *dpia = dpiaById.value(item.dpiaId)) {
            item.dpiaRef = dpia->ref;
            item.dpiaTitle = dpia->value(dpiaField::title).toString();
        }
        item.riskId = m.value(measureField::riskId).toLongLong();
        item.riskLabel =
            item.riskId == 0 ? DpiaUiTr::tr("Whole DPIA") : riskLabels.value(item.riskId);
        item.ownerPersonId = m.value(measureField::ownerPersonId).toLongLong();
        item.owner = item.ownerPersonId ? people.value(item.ownerPersonId)
                                        : m.value(measureField::ownerName).toString().trimmed();
        item.due = isoDate(m.value(measureField::dueDate));
        item.done = m.value(measureField::status).toString() == QLatin1String("done");
        item.approved = m.value(measureField::approved).toInt() == 1;
        items.append(item);
    }
    return items;
}

} // namespace igw
