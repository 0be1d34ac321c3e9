#include "dpia/cnilpia.h"

#include "dpia/dpiarecords.h"
#include "dpia/dpiatr.h"
#include "dpia/questionbank.h"
#include "dpia/riskmatrix.h"
#include "workspace/recordstore.h"
#include "workspace/transaction.h"
#include "workspace/workspace.h"

#include <QFileInfo>

namespace igw {

namespace {

// The bank our mapping table was written against; used when the workspace has none.
const QString DefaultBankVersion = QStringLiteral("ico-2018.1");

} // namespace

CnilPiaImporter::CnilPiaImporter(Workspace &workspace)
    : m_ws(workspace)
{
}

CnilPiaReport CnilPiaImporter::run(const QString &path, const CnilPiaOptions &options)
{
    return import(cnil::readPiaFile(path), QFileInfo(path).fileName(), options);
}

CnilPiaReport CnilPiaImporter::runOnData(const QByteArray &json, const QString &sourceName,
                                         const CnilPiaOptions &options)
{
    return import(cnil::parsePiaJson(json), sourceName, options);
}

CnilPiaReport CnilPiaImporter::import(const cnil::PiaFile &file, const QString &sourceName,
                                      const CnilPiaOptions &options)
{
    CnilPiaReport report;
    if (!file.fatal.isEmpty()) {
        report.fatal = file.fatal;
        return report;
    }
    cnil::PlanOptions planOptions;
    planOptions.sourceName = sourceName;
    planOptions.bankVersion = options.bankVersion;
    if (planOptions.bankVersion.isEmpty())
        planOptions.bankVersion = currentQuestionBank(m_ws).version;
    if (planOptions.bankVersion.isEmpty())
        planOptions.bankVersion = DefaultBankVersion;
    planOptions.matrixLevels = RiskMatrix::cnil4().levels();
    cnil::Plan plan = cnil::planImport(file, planOptions);

    report.title = plan.dpia.value(dpiaField::title).toString();
    report.cnilStatus = file.pia.status;
    report.status = plan.dpia.value(dpiaField::status).toString();
    report.answers = int(file.answers.size());
    report.answersToQuestions = plan.answersToQuestions;
    report.answersToRisks = plan.answersToRisks;
    report.answersToNotes = plan.answersToNotes;
    report.emptyAnswers = plan.emptyAnswers;
    report.risks = int(plan.risks.size());
    report.measures = int(plan.measures.size());
    for (const cnil::PlannedMeasure &m : plan.measures)
        report.actionPlanMeasures += m.actionPlan ? 1 : 0;
    report.evaluations = int(file.evaluations.size());
    report.comments = int(file.comments.size());
    report.mapping = plan.mapping;
    report.importedNotes = plan.notes;

    // A second import of the same PIA is allowed (it may be a later revision) but said.
    QString error;
    const QList<Record> same =
        m_ws.records().list(kinds::dpia(), {}, QStringLiteral("title = ? AND source = ?"),
                            {report.title, QStringLiteral("cnil-pia")}, &error);
    if (!same.isEmpty())
        plan.problems.append({QString(),
                              DpiaTr::tr("%1 already has a DPIA imported from the CNIL tool "
                                         "with this title; this import adds another.")
                                  .arg(same.first().ref),
                              false});
    report.problems = plan.problems;
    for (const cnil::Problem &p : report.problems)
        ++(p.error ? report.errors : report.warnings);
    if (!report.ok() || options.dryRun)
        return report;
    write(plan, &report);
    return report;
}

bool CnilPiaImporter::write(const cnil::Plan &plan, CnilPiaReport *report)
{
    WriteTransaction tx(m_ws);
    if (!tx.isActive()) {
        report->writeError = tx.errorString();
        return false;
    }
    RecordStore &store = m_ws.records();
    QString error;
    const std::optional<Record> dpia = store.create(kinds::dpia(), plan.dpia, &error);
    if (!dpia) {
        report->writeError = error;
        return false;
    }
    for (const cnil::PlannedRisk &risk : plan.risks) {
        QVariantMap values = risk.values;
        values.insert(riskField::dpiaId, dpia->id);
        if (!store.create(kinds::risk(), values, &error)) {
            report->writeError = error;
            return false; // the transaction rolls back
        }
    }
    for (const cnil::PlannedMeasure &measure : plan.measures) {
        QVariantMap values = measure.values;
        values.insert(measureField::dpiaId, dpia->id);
        if (!store.create(kinds::measure(), values, &error)) {
            report->writeError = error;
            return false;
        }
    }
    if (!tx.commit()) {
        report->writeError = tx.errorString();
        return false;
    }
    report->dpiaId = dpia->id;
    report->dpiaRef = dpia->ref;
    report->written = true;
    return true;
}

} // namespace igw
