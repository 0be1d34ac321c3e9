#include "reports/dpiareportdata.h"

#include "dpia/dpiarecords.h"
#include "register/assets.h"
#include "reports/reportstr.h"
#include "ropa/activities.h"
#include "workspace/directory.h"
#include "workspace/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace igw {

namespace {

QString refAndName(const Record &r, const RecordKind &kind)
{
    const QString name = r.title(kind);
    return name.isEmpty() ? r.ref : ReportsTr::tr("%1: %2").arg(r.ref, name);
}

QJsonObject jsonObject(const QString &text, bool *unreadable)
{
    if (text.trimmed().isEmpty())
        return {};
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &e);
    if (e.error != QJsonParseError::NoError || !doc.isObject()) {
        if (unreadable)
            *unreadable = true;
        return {};
    }
    return doc.object();
}

int level(const Record &r, const QString &field)
{
    const QVariant v = r.value(field);
    return v.isNull() ? 0 : v.toInt();
}

} // namespace

QString DpiaReportData::answer(const QString &questionId) const
{
    const QJsonValue v = answers.value(questionId);
    if (v.isString())
        return v.toString();
    if (v.isUndefined() || v.isNull())
        return {};
    // Not the text the editor stores: shown as the data it is.
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return v.toVariant().toString();
}

bool DpiaReportData::residualHigh(const DpiaReportRisk &risk) const
{
    const auto residual = matrix.band(risk.residualLikelihood, risk.residualSeverity);
    if (residual)
        return *residual == RiskBand::High;
    const auto inherent = matrix.band(risk.likelihood, risk.severity);
    return inherent && *inherent == RiskBand::High;
}

bool DpiaReportData::anyResidualHigh() const
{
    for (const DpiaReportRisk &r : risks) {
        if (residualHigh(r))
            return true;
    }
    return false;
}

std::optional<DpiaReportData> loadDpiaReportData(Workspace &ws, qint64 dpiaId, QString *error)
{
    RecordStore &store = ws.records();
    const auto dpia = store.get(kinds::dpia(), dpiaId);
    if (!dpia) {
        if (error)
            *error = ReportsTr::tr("There is no DPIA with id %1 in this workspace.").arg(dpiaId);
        return std::nullopt;
    }
    DpiaReportData d;
    d.dpia = *dpia;
    if (const auto self = store.get(kinds::organisation(), ws.selfOrganisationId()))
        d.organisation = self->value(orgField::name).toString();
    const auto personName = [&](qint64 id) -> QString {
        if (id <= 0)
            return {};
        if (const auto it = d.people.constFind(id); it != d.people.constEnd())
            return it.value();
        const auto person = store.get(kinds::person(), id);
        const QString name = person ? person->value(personField::name).toString() : QString();
        d.people.insert(id, name);
        return name;
    };
    d.owner = personName(d.dpia.value(dpiaField::ownerPersonId).toLongLong());
    if (const qint64 sc = d.dpia.value(dpiaField::screeningId).toLongLong(); sc > 0) {
        if (const auto s = store.get(kinds::screening(), sc))
            d.screening = refAndName(*s, kinds::screening());
    }
    for (const qint64 id : linkIds(d.dpia.value(dpiaField::activityIds))) {
        if (const auto a = store.get(kinds::activity(), id))
            d.activities << refAndName(*a, kinds::activity());
    }
    for (const qint64 id : linkIds(d.dpia.value(dpiaField::assetIds))) {
        if (const auto a = store.get(kinds::asset(), id))
            d.assets << refAndName(*a, kinds::asset());
    }
    d.matrix = loadRiskMatrix(ws, d.value(dpiaField::matrix));

    const QString bankVersion = d.value(dpiaField::bankVersion);
    std::optional<QuestionBank> bank;
    if (!bankVersion.isEmpty())
        bank = questionBankVersion(ws, bankVersion);
    if (bank) {
        d.bank = *bank;
    } else {
        d.bank = currentQuestionBank(ws);
        d.missingBank = bankVersion;
    }
    d.answers = jsonObject(d.value(dpiaField::answers), &d.answersUnreadable);
    bool signoffsUnreadable = false;
    d.signoffs = jsonObject(d.value(dpiaField::signoffs), &signoffsUnreadable);

    QString e;
    const QList<Record> risks = store.list(kinds::risk(), riskField::sortOrder,
                                           QStringLiteral("dpia_id = ?"), {dpiaId}, &e);
    if (!e.isEmpty()) {
        if (error)
            *error = ReportsTr::tr("Cannot read the risks of %1: %2").arg(d.dpia.ref, e);
        return std::nullopt;
    }
    QHash<qint64, int> riskIndex;
    for (const Record &r : risks) {
        DpiaReportRisk risk;
        risk.record = r;
        risk.number = ReportsTr::tr("R%1").arg(d.risks.size() + 1);
        risk.likelihood = level(r, riskField::likelihood);
        risk.severity = level(r, riskField::severity);
        risk.residualLikelihood = level(r, riskField::residualLikelihood);
        risk.residualSeverity = level(r, riskField::residualSeverity);
        riskIndex.insert(r.id, int(d.risks.size()));
        d.risks.append(risk);
    }
    const QList<Record> measures =
        store.list(kinds::measure(), {}, QStringLiteral("dpia_id = ?"), {dpiaId}, &e);
    if (!e.isEmpty()) {
        if (error)
            *error = ReportsTr::tr("Cannot read the measures of %1: %2").arg(d.dpia.ref, e);
        return std::nullopt;
    }
    for (const Record &m : measures) {
        personName(m.value(measureField::ownerPersonId).toLongLong());
        const auto it = riskIndex.constFind(m.value(measureField::riskId).toLongLong());
        if (it == riskIndex.constEnd())
            d.generalMeasures.append(m);
        else
            d.risks[it.value()].measures.append(m);
    }
    return d;
}

} // namespace igw
