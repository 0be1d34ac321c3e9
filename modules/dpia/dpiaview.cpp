#include "dpia/dpiaview.h"

#include "dpia/dpiarecords.h"
#include "dpia/dpiatr.h"
#include "register/assets.h"
#include "ropa/activities.h"
#include "workspace/workspace.h"

namespace igw {

namespace {

QList<DpiaLinkRef> refs(Workspace &workspace, const RecordKind &kind, const QVariant &ids)
{
    QList<DpiaLinkRef> out;
    for (const qint64 id : linkIds(ids)) {
        const auto r = workspace.records().get(kind, id);
        out << DpiaLinkRef{id, r ? r->ref : QString(), r ? r->title(kind) : QString()};
    }
    return out;
}

} // namespace

std::optional<RiskBand> DpiaView::highestResidual() const
{
    std::optional<RiskBand> highest;
    for (const DpiaRiskView &r : risks)
        if (r.residual && (!highest || int(*r.residual) > int(*highest)))
            highest = r.residual;
    return highest;
}

std::optional<DpiaView> loadDpia(Workspace &workspace, qint64 id, QString *error)
{
    RecordStore &store = workspace.records();
    const auto record = store.get(kinds::dpia(), id);
    if (!record) {
        if (error)
            *error = DpiaTr::tr("The DPIA no longer exists.");
        return std::nullopt;
    }
    DpiaView view;
    view.record = *record;
    view.matrix = loadRiskMatrix(workspace, record->value(dpiaField::matrix).toString());
    view.bank = questionBankVersion(workspace, record->value(dpiaField::bankVersion).toString())
                    .value_or(currentQuestionBank(workspace));
    view.answers = parseAnswers(record->value(dpiaField::answers));
    QString listError;
    view.measures =
        store.list(kinds::measure(), {}, QStringLiteral("dpia_id = ?"), {id}, &listError);
    const QList<Record> risks = store.list(kinds::risk(), riskField::sortOrder,
                                           QStringLiteral("dpia_id = ?"), {id}, &listError);
    if (!listError.isEmpty()) {
        if (error)
            *error = listError;
        return std::nullopt;
    }
    for (const Record &r : risks) {
        DpiaRiskView rv;
        rv.record = r;
        rv.inherent = view.matrix.band(r.value(riskField::likelihood).toInt(),
                                       r.value(riskField::severity).toInt());
        rv.residual = view.matrix.band(r.value(riskField::residualLikelihood).toInt(),
                                       r.value(riskField::residualSeverity).toInt());
        for (const Record &m : view.measures)
            if (m.value(measureField::riskId).toLongLong() == r.id)
                rv.measures << m;
        view.risks << rv;
    }
    for (const Record &m : view.measures)
        if (m.value(measureField::riskId).toLongLong() == 0)
            view.generalMeasures << m;
    view.activities = refs(workspace, kinds::activity(), record->value(dpiaField::activityIds));
    view.assets = refs(workspace, kinds::asset(), record->value(dpiaField::assetIds));
    const qint64 screeningId = record->value(dpiaField::screeningId).toLongLong();
    if (screeningId > 0)
        view.screening = store.get(kinds::screening(), screeningId);
    return view;
}

} // namespace igw
