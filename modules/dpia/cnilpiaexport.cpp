#include "dpia/cnilpiaexport.h"

#include "dpia/cnilhtml.h"
#include "dpia/cnilmapping.h"
#include "dpia/cnilnotes.h"
#include "dpia/cnilstructure.h"
#include "dpia/cniltext.h"
#include "dpia/dpiarecords.h"
#include "dpia/dpiatr.h"
#include "dpia/questionbank.h"
#include "dpia/riskmatrix.h"
#include "workspace/recordstore.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSaveFile>
#include <QSet>

namespace igw {

namespace {

using cnil::NoteLabel;

QString stamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject jsonObject(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

// A plain-text field the import wrote as labelled paragraphs, read back: each label's text
// (a paragraph without a known label continues the one before it) and what had no label.
struct Labelled {
    QMap<NoteLabel, QString> texts;
    QStringList other;
};

Labelled readLabelled(const QString &text, const QList<NoteLabel> &labels,
                      const QStringList &ignored = {})
{
    Labelled out;
    std::optional<NoteLabel> current;
    for (const QString &p : cnil::paragraphs(text)) {
        if (ignored.contains(p)) {
            current.reset();
            continue;
        }
        bool found = false;
        for (const NoteLabel label : labels) {
            const QString prefix = cnil::noteLabel(label);
            if (p.startsWith(prefix)) {
                out.texts[label] = p.mid(prefix.size());
                current = label;
                found = true;
                break;
            }
        }
        if (found)
            continue;
        if (current)
            out.texts[*current] += QStringLiteral("\n\n") + p;
        else
            out.other << p;
    }
    return out;
}

QJsonArray listOf(const QString &joined)
{
    QJsonArray list;
    for (const QString &entry : joined.split(cnil::listSeparator(), Qt::SkipEmptyParts))
        list << entry.trimmed();
    return list;
}

class Exporter {
public:
    Exporter(Workspace &ws, const Record &dpia)
        : m_ws(ws)
        , m_dpia(dpia)
    {
        const std::optional<RiskMatrix> matrix =
            RiskMatrix::byKey(dpia.value(dpiaField::matrix).toString());
        m_levels = matrix ? matrix->levels() : 3;
        m_created = stamp(dpia.createdAt);
        m_updated = stamp(dpia.updatedAt);
    }

    QByteArray run()
    {
        exportAnswers();
        exportRisks();
        exportMeasures();
        exportOtherFields();
        QJsonObject root;
        root.insert(QStringLiteral("pia"), pia());
        root.insert(QStringLiteral("answers"), m_answers);
        root.insert(QStringLiteral("measures"), m_measures);
        root.insert(QStringLiteral("evaluations"), m_evaluations);
        root.insert(QStringLiteral("comments"), m_comments);
        return QJsonDocument(root).toJson(QJsonDocument::Indented);
    }

private:
    Workspace &m_ws;
    Record m_dpia;
    int m_levels = 4;
    QString m_created;
    QString m_updated;
    QJsonArray m_answers;
    QJsonArray m_measures;
    QJsonArray m_evaluations;
    QJsonArray m_comments;
    qint64 m_nextId = 1;

    QString value(const QString &field) const { return m_dpia.value(field).toString(); }

    int cnilLevel(const QVariant &level) const { return mapRiskLevel(level.toInt(), m_levels, 4); }

    void addAnswer(int questionId, const QJsonObject &data)
    {
        m_answers << QJsonObject{{QStringLiteral("id"), m_nextId++},
                                 {QStringLiteral("pia_id"), m_dpia.id},
                                 {QStringLiteral("reference_to"), questionId},
                                 {QStringLiteral("data"), data},
                                 {QStringLiteral("created_at"), m_created},
                                 {QStringLiteral("updated_at"), m_updated}};
    }

    void addText(int questionId, const QString &html, int gauge = 0)
    {
        addAnswer(questionId, {{QStringLiteral("text"), html},
                               {QStringLiteral("gauge"), gauge},
                               {QStringLiteral("list"), QJsonArray()}});
    }

    void addList(int questionId, const QJsonArray &list)
    {
        if (list.isEmpty())
            return;
        addAnswer(questionId, {{QStringLiteral("text"), QJsonValue()},
                               {QStringLiteral("gauge"), QJsonValue()},
                               {QStringLiteral("list"), list}});
    }

    // What the CNIL format has no field for: a comment on its first question, labelled.
    void noPlace(const QString &label, const QString &text, int questionId = 111)
    {
        if (text.trimmed().isEmpty())
            return;
        m_comments << QJsonObject{{QStringLiteral("id"), m_nextId++},
                                  {QStringLiteral("pia_id"), m_dpia.id},
                                  {QStringLiteral("reference_to"), questionId},
                                  {QStringLiteral("for_measure"), false},
                                  {QStringLiteral("description"),
                                   QString(label + QStringLiteral("\n\n") + text.trimmed())},
                                  {QStringLiteral("created_at"), m_updated}};
    }

    // ---- answers ----

    // The parts of an answer several CNIL questions share, split at the headings the import
    // put above each; without them, everything belongs to the first.
    QList<QPair<int, QString>> split(const QString &html, const QList<int> &cnilIds) const
    {
        QList<QPair<int, qsizetype>> found; // CNIL id, where its heading starts
        for (const int id : cnilIds) {
            const qsizetype at =
                html.indexOf(QStringLiteral("<h4>") + cnil::questionLabel(id).toHtmlEscaped() +
                             QStringLiteral("</h4>"));
            if (at >= 0)
                found << qMakePair(id, at);
        }
        std::sort(found.begin(), found.end(),
                  [](const auto &a, const auto &b) { return a.second < b.second; });
        if (found.isEmpty())
            return {qMakePair(cnilIds.first(), html)};
        QList<QPair<int, QString>> parts;
        const QString before = html.left(found.first().second);
        for (qsizetype i = 0; i < found.size(); ++i) {
            const qsizetype start =
                found[i].second + 9 + cnil::questionLabel(found[i].first).toHtmlEscaped().size();
            const qsizetype end = i + 1 < found.size() ? found[i + 1].second : html.size();
            QString part = html.mid(start, end - start);
            if (i == 0 && !cnil::htmlToPlainText(before).isEmpty())
                part = before + part;
            parts << qMakePair(found[i].first, part);
        }
        return parts;
    }

    void exportAnswers()
    {
        const QJsonObject answers = jsonObject(m_dpia.value(dpiaField::answers));
        QMap<QString, QList<int>> cnilIdsOf; // ours -> CNIL ids, in the CNIL's order
        for (const auto &[cnilId, ours] : cnil::questionMapping())
            cnilIdsOf[ours] << cnilId;
        const std::optional<QuestionBank> bank =
            questionBankVersion(m_ws, value(dpiaField::bankVersion));
        for (auto it = answers.constBegin(); it != answers.constEnd(); ++it) {
            const QString html = cnil::sanitiseHtml(it.value().toString());
            if (cnil::htmlToPlainText(html).isEmpty())
                continue;
            if (!cnilIdsOf.contains(it.key())) {
                const BankQuestion *q = bank ? bank->question(it.key()) : nullptr;
                noPlace(DpiaTr::tr("%1 (IG Workbench question %2)")
                            .arg(q ? q->text : it.key(), it.key()),
                        cnil::htmlToPlainText(html));
                continue;
            }
            for (const auto &[cnilId, part] : split(html, cnilIdsOf.value(it.key())))
                addText(cnilId, part);
        }
    }

    // ---- risks ----

    void exportRisks()
    {
        QString error;
        const QList<Record> risks =
            m_ws.records().list(kinds::risk(), riskField::sortOrder, QStringLiteral("dpia_id = ?"),
                                {m_dpia.id}, &error);
        QSet<int> filled;
        for (const Record &risk : risks) {
            const int item = cnil::itemOfFearedEvent(risk.value(riskField::fearedEvent).toString());
            if (item == 0 || filled.contains(item)) {
                noPlace(DpiaTr::tr("Risk %1 %2").arg(risk.ref, risk.title(kinds::risk())),
                        riskSummary(risk));
                continue;
            }
            filled.insert(item);
            exportRisk(risk, item);
        }
    }

    QString riskSummary(const Record &risk) const
    {
        QStringList lines;
        for (const QString &field : {riskField::impact, riskField::notes}) {
            if (!risk.value(field).toString().isEmpty())
                lines << risk.value(field).toString();
        }
        lines << DpiaTr::tr("Likelihood %1, severity %2; residual likelihood %3, severity %4 "
                            "(of %5).")
                     .arg(risk.value(riskField::likelihood).toInt())
                     .arg(risk.value(riskField::severity).toInt())
                     .arg(risk.value(riskField::residualLikelihood).toInt())
                     .arg(risk.value(riskField::residualSeverity).toInt())
                     .arg(m_levels);
        return cnil::joinParagraphs(lines);
    }

    void exportRisk(const Record &risk, int item)
    {
        const int base = 300 + item * 10;
        const Labelled impact = readLabelled(risk.value(riskField::impact).toString(),
                                             {NoteLabel::Impacts, NoteLabel::Severity});
        const Labelled notes = readLabelled(
            risk.value(riskField::notes).toString(),
            {NoteLabel::Threats, NoteLabel::Sources, NoteLabel::Controls, NoteLabel::Likelihood},
            {cnil::scoresNote()});
        QJsonArray sources = listOf(notes.texts.value(NoteLabel::Sources));
        // A risk of our own names its source in its title.
        const QString title = risk.title(kinds::risk());
        const QString eventLabel =
            cnil::choiceLabel(choices::fearedEvent(), cnil::fearedEventOfItem(item));
        if (sources.isEmpty() && !title.isEmpty() && title != eventLabel)
            sources << title;
        addList(base + 1, listOf(impact.texts.value(NoteLabel::Impacts)));
        addList(base + 2, listOf(notes.texts.value(NoteLabel::Threats)));
        addList(base + 3, sources);
        addList(base + 4, listOf(notes.texts.value(NoteLabel::Controls)));
        // Free text of ours justifies the severity (the CNIL asks for it "according to
        // potential impacts") or, from the notes, the likelihood.
        QStringList severity = impact.other;
        if (impact.texts.contains(NoteLabel::Severity))
            severity.prepend(impact.texts.value(NoteLabel::Severity));
        QStringList likelihood = notes.other;
        if (notes.texts.contains(NoteLabel::Likelihood))
            likelihood.prepend(notes.texts.value(NoteLabel::Likelihood));
        const int s = cnilLevel(risk.value(riskField::severity));
        const int l = cnilLevel(risk.value(riskField::likelihood));
        if (!severity.isEmpty() || s > 0)
            addText(base + 5, cnil::plainTextToHtml(cnil::joinParagraphs(severity)), s);
        if (!likelihood.isEmpty() || l > 0)
            addText(base + 6, cnil::plainTextToHtml(cnil::joinParagraphs(likelihood)), l);
        // The evaluator's view after the action plan, when it differs.
        const int rs = cnilLevel(risk.value(riskField::residualSeverity));
        const int rl = cnilLevel(risk.value(riskField::residualLikelihood));
        if ((rs > 0 && rs != s) || (rl > 0 && rl != l))
            addEvaluation(QStringLiteral("3.%1").arg(item), cnil::evaluationStatus::Pending, {}, {},
                          {}, {}, rs, rl);
    }

    // ---- measures ----

    void addEvaluation(const QString &reference, int status, const QString &comment,
                       const QString &actionPlan, const QString &dueDate, const QString &person,
                       int x = 0, int y = 0)
    {
        QJsonObject e{
            {QStringLiteral("id"), m_nextId++},
            {QStringLiteral("pia_id"), m_dpia.id},
            {QStringLiteral("reference_to"), reference},
            {QStringLiteral("status"), status},
            {QStringLiteral("gauges"),
             QJsonObject{{QStringLiteral("x"), x}, {QStringLiteral("y"), y}}},
            {QStringLiteral("global_status"), status == cnil::evaluationStatus::Pending ? 0 : 2},
            {QStringLiteral("created_at"), m_updated}};
        if (!comment.isEmpty())
            e.insert(QStringLiteral("evaluation_comment"), cnil::plainTextToHtml(comment));
        if (!actionPlan.isEmpty())
            e.insert(QStringLiteral("action_plan_comment"), cnil::plainTextToHtml(actionPlan));
        // Midnight UTC: the import (and the tool) read the day back unchanged.
        e.insert(QStringLiteral("estimated_implementation_date"),
                 dueDate.isEmpty() ? QJsonValue()
                                   : QJsonValue(dueDate + QStringLiteral("T00:00:00.000Z")));
        e.insert(QStringLiteral("person_in_charge"),
                 person.isEmpty() ? QJsonValue() : QJsonValue(person));
        m_evaluations << e;
    }

    void exportMeasures()
    {
        QString error;
        const QList<Record> measures = m_ws.records().list(
            kinds::measure(), {}, QStringLiteral("dpia_id = ?"), {m_dpia.id}, &error);
        QStringList evaluationNotes;
        for (int s = cnil::evaluationStatus::Pending; s <= cnil::evaluationStatus::Acceptable; ++s)
            evaluationNotes << cnil::measureEvaluationNote(s);
        for (const Record &m : measures) {
            m_measures << QJsonObject{
                {QStringLiteral("id"), m.id},
                {QStringLiteral("pia_id"), m_dpia.id},
                {QStringLiteral("title"), m.value(measureField::title).toString()},
                {QStringLiteral("content"),
                 cnil::plainTextToHtml(m.value(measureField::description).toString())},
                {QStringLiteral("placeholder"), QString()},
                {QStringLiteral("created_at"), stamp(m.createdAt)},
                {QStringLiteral("updated_at"), stamp(m.updatedAt)}};
            const QString noteText = m.value(measureField::notes).toString();
            const Labelled notes = readLabelled(
                noteText, {NoteLabel::EvaluatorComment, NoteLabel::ActionPlan}, evaluationNotes);
            const QString dueDate = m.value(measureField::dueDate).toString();
            const QString owner = m.value(measureField::ownerName).toString();
            QString plan = notes.texts.value(NoteLabel::ActionPlan);
            QString comment = notes.texts.value(NoteLabel::EvaluatorComment);
            if (!notes.other.isEmpty())
                comment = cnil::joinParagraphs(QStringList(comment) + notes.other).trimmed();
            int status = cnil::evaluationStatus::Pending;
            if (m.value(measureField::approved).toInt() == 1 ||
                m.value(measureField::status).toString() == QLatin1String("done"))
                status = cnil::evaluationStatus::Acceptable;
            else if (cnil::paragraphs(noteText).contains(
                         cnil::measureEvaluationNote(cnil::evaluationStatus::ToCorrect)))
                status = cnil::evaluationStatus::ToCorrect;
            else if (!dueDate.isEmpty() || !owner.isEmpty() || !plan.isEmpty())
                status = cnil::evaluationStatus::Improvable;
            if (status == cnil::evaluationStatus::Pending && comment.isEmpty())
                continue;
            addEvaluation(QStringLiteral("3.1.%1").arg(m.id), status, comment, plan, dueDate,
                          owner);
        }
    }

    // ---- the PIA ----

    void exportOtherFields()
    {
        const auto other = [this](const QString &label, const QString &field) {
            noPlace(label, value(field));
        };
        other(DpiaTr::tr("Summary"), dpiaField::summary);
        other(DpiaTr::tr("Notes"), dpiaField::notes);
        other(DpiaTr::tr("Review date"), dpiaField::reviewDate);
        other(DpiaTr::tr("Why the DPO's advice was overruled"), dpiaField::dpoOverruleReason);
        other(DpiaTr::tr("Why the decision departs from individuals' views"),
              dpiaField::consultationDepartureReason);
        for (const auto &[key, label] : choices::art36Decision()) {
            if (key == value(dpiaField::art36Decision))
                noPlace(DpiaTr::tr("Prior consultation (UK GDPR Art. 36)"),
                        cnil::joinParagraphs({label, value(dpiaField::art36Reason)}));
        }
        other(DpiaTr::tr("Imported notes"), dpiaField::importedNotes);
    }

    QJsonObject pia() const
    {
        const QString status = value(dpiaField::status);
        const int cnilStatus = status == QLatin1String("approved")   ? 2
                               : status == QLatin1String("rejected") ? 1
                                                                     : 0;
        const QJsonObject signoffs = jsonObject(m_dpia.value(dpiaField::signoffs));
        const auto signer = [&signoffs](const QString &role) {
            return signoffs.value(role).toObject().value(QStringLiteral("name")).toString();
        };
        QString validator = signer(QStringLiteral("measures_approved"));
        if (validator.isEmpty())
            validator = signer(QStringLiteral("residual_approved"));

        // The DPO's opinion: the first line of the advice when the import wrote it there,
        // else what the decision implies.
        QStringList advice = cnil::paragraphs(value(dpiaField::dpoAdvice));
        QJsonValue dpoStatus;
        for (const int s : {0, 1}) {
            if (!advice.isEmpty() && advice.first() == cnil::dpoOpinionLine(s)) {
                dpoStatus = s;
                advice.removeFirst();
            }
        }
        const QString decision = value(dpiaField::dpoAdviceDecision);
        if (dpoStatus.isNull() && !decision.isEmpty() && cnilStatus != 0)
            dpoStatus = (decision == QLatin1String("accepted")) == (cnilStatus == 2) ? 1 : 0;

        const QString views = value(dpiaField::individualsViews);
        // The translated text before the reason, found by giving a marker as the reason.
        const QString notSought = cnil::viewsNotSought(QStringLiteral("\x01"));
        const QString notSoughtPrefix = notSought.left(notSought.indexOf(QLatin1Char('\x01')));
        QJsonValue searched;
        QString notSoughtReason;
        QString peopleOpinion;
        if (views == cnil::viewsNotSought({})) {
            searched = false;
        } else if (views.startsWith(notSoughtPrefix)) {
            searched = false;
            notSoughtReason = views.mid(notSoughtPrefix.size());
        } else if (!views.isEmpty()) {
            searched = true;
            peopleOpinion = views;
        }
        const QString rejection = value(dpiaField::rejectionReason);
        return QJsonObject{{QStringLiteral("id"), m_dpia.id},
                           {QStringLiteral("tableName"), QStringLiteral("pia")},
                           {QStringLiteral("name"), value(dpiaField::title)},
                           {QStringLiteral("status"), cnilStatus},
                           {QStringLiteral("category"), QString()},
                           {QStringLiteral("author_name"), m_dpia.createdBy},
                           {QStringLiteral("evaluator_name"), QString()},
                           {QStringLiteral("validator_name"), validator},
                           {QStringLiteral("dpos_names"), signer(QStringLiteral("dpo_advice"))},
                           {QStringLiteral("dpo_status"), dpoStatus},
                           {QStringLiteral("dpo_opinion"), cnil::joinParagraphs(advice)},
                           {QStringLiteral("people_names"), QString()},
                           {QStringLiteral("concerned_people_searched_opinion"), searched},
                           {QStringLiteral("concerned_people_searched_content"), notSoughtReason},
                           {QStringLiteral("concerned_people_status"), QJsonValue()},
                           {QStringLiteral("concerned_people_opinion"), peopleOpinion},
                           // Both spellings: the tool's exports and its import code disagree.
                           {QStringLiteral("rejection_reason"), rejection},
                           {QStringLiteral("rejected_reason"), rejection},
                           {QStringLiteral("applied_adjustments"), QString()},
                           {QStringLiteral("applied_adjustements"), QString()},
                           {QStringLiteral("created_at"), m_created},
                           {QStringLiteral("updated_at"), m_updated}};
    }
};

} // namespace

std::optional<QByteArray> cnilPiaJson(Workspace &workspace, qint64 dpiaId, QString *error)
{
    const std::optional<Record> dpia = workspace.records().get(kinds::dpia(), dpiaId);
    if (!dpia) {
        if (error)
            *error = DpiaTr::tr("There is no DPIA %1 in this workspace.").arg(dpiaId);
        return std::nullopt;
    }
    return Exporter(workspace, *dpia).run();
}

bool exportCnilPia(Workspace &workspace, qint64 dpiaId, const QString &path, QString *error)
{
    const std::optional<QByteArray> json = cnilPiaJson(workspace, dpiaId, error);
    if (!json)
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*json) != json->size() || !file.commit()) {
        if (error)
            *error = DpiaTr::tr("Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace igw
