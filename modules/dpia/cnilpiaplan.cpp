#include "dpia/cnilpiaplan.h"

#include "dpia/cnilhtml.h"
#include "dpia/cnilmapping.h"
#include "dpia/cnilnotes.h"
#include "dpia/cnilpiavalidation.h"
#include "dpia/cnilstructure.h"
#include "dpia/cniltext.h"
#include "dpia/dpiarecords.h"
#include "dpia/dpiatr.h"
#include "dpia/riskmatrix.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace igw::cnil {

namespace {

QString riskPartLabel(RiskPart part)
{
    switch (part) {
    case RiskPart::Impacts:
        return DpiaTr::tr("impacts");
    case RiskPart::Threats:
        return DpiaTr::tr("threats");
    case RiskPart::Sources:
        return DpiaTr::tr("risk sources");
    case RiskPart::Controls:
        return DpiaTr::tr("controls");
    case RiskPart::Severity:
        return DpiaTr::tr("severity");
    case RiskPart::Likelihood:
        return DpiaTr::tr("likelihood");
    case RiskPart::None:
        break;
    }
    return {};
}

struct RiskParts {
    QStringList impacts;
    QStringList threats;
    QStringList sources;
    QStringList controls;
    QString severityText;
    QString likelihoodText;
    int severity = 0; // CNIL levels 1-4, 0 not assessed
    int likelihood = 0;
    bool any = false;
};

class Planner {
public:
    Planner(const PiaFile &file, const PlanOptions &options)
        : m_file(file)
        , m_options(options)
    {
        m_plan.problems = file.problems;
        for (const Measure &m : file.measures) {
            if (m.id != 0 && !m_measures.contains(m.id))
                m_measures.insert(m.id, &m);
        }
    }

    Plan run()
    {
        // Evaluations first: risks and measures take their scores and statuses from them.
        planEvaluations();
        planAnswers();
        planRisks();
        planMeasures();
        planComments();
        planValidation(m_file.pia, &m_plan.dpia, &m_noteValidation, &m_plan.problems);
        planNotes();
        checkLanguage();
        sortMapping();
        return m_plan;
    }

private:
    const PiaFile &m_file;
    PlanOptions m_options;
    Plan m_plan;
    QHash<qint64, const Measure *> m_measures;
    QHash<qint64, const Evaluation *> m_measureEvaluations;
    QMap<int, const Evaluation *> m_riskEvaluations; // by section 3 item
    QMap<int, RiskParts> m_riskParts;
    QStringList m_noteAnswers;
    QStringList m_noteEvaluations;
    QStringList m_noteComments;
    QStringList m_noteValidation;

    void warn(const QString &where, const QString &message)
    {
        m_plan.problems.append({where, message, false});
    }

    int level(int cnilLevel) const
    {
        return cnilLevel >= 1 && cnilLevel <= 4 ? mapRiskLevel(cnilLevel, 4, m_options.matrixLevels)
                                                : 0;
    }

    // A gauge as the CNIL writes it: 0 not assessed, 1-4 a level; anything else is
    // reported and treated as not assessed.
    int checkedGauge(int gauge, const QString &where)
    {
        if (gauge >= 0 && gauge <= 4)
            return gauge;
        warn(where, DpiaTr::tr("A gauge must be 0 (not assessed) to 4; this one is left "
                               "unassessed."));
        return 0;
    }

    QString measureTitle(qint64 id) const
    {
        const Measure *m = m_measures.value(id);
        const QString title = m ? htmlToPlainText(m->title).simplified() : QString();
        return title.isEmpty() ? DpiaTr::tr("measure %1").arg(id) : capped(title, MaxTitle);
    }

    // What a reference such as "1.1", "2.1.211" or "3.1.101" names.
    QString referenceLabel(const QString &ref) const
    {
        const QStringList parts = ref.split(QLatin1Char('.'));
        QList<int> n;
        for (const QString &p : parts) {
            bool ok = false;
            n << p.toInt(&ok);
            if (!ok)
                return DpiaTr::tr("CNIL reference %1").arg(ref);
        }
        if (n.size() == 1)
            return questionLabel(n[0]);
        if (n.size() == 2)
            return itemLabel(n[0], n[1]);
        if (n.size() == 3 && n[0] == 3 && n[1] == 1)
            return measureTitle(n[2]);
        if (n.size() == 3)
            return questionLabel(n[2]);
        return DpiaTr::tr("CNIL reference %1").arg(ref);
    }

    // Answers first, then evaluations, each in the CNIL's order ("2.1.212" before "3.1.101"
    // before "3.2"), whatever order the file had.
    void sortMapping()
    {
        const auto key = [](const MappingRow &row) {
            return QList<qint64>{row.cnil.contains(QLatin1Char('.')) ? 1 : 0} +
                   referenceKey(row.cnil);
        };
        std::stable_sort(
            m_plan.mapping.begin(), m_plan.mapping.end(),
            [&key](const MappingRow &a, const MappingRow &b) { return key(a) < key(b); });
    }

    // ---- evaluations ----

    static QList<qint64> referenceKey(const QString &ref)
    {
        QList<qint64> key;
        for (const QString &part : ref.split(QLatin1Char('.')))
            key << part.toLongLong();
        return key;
    }

    void planEvaluations()
    {
        // In the CNIL's order, so the imported notes read like the assessment.
        QList<const Evaluation *> evaluations;
        for (const Evaluation &e : m_file.evaluations)
            evaluations << &e;
        std::stable_sort(evaluations.begin(), evaluations.end(),
                         [](const Evaluation *a, const Evaluation *b) {
                             return referenceKey(a->referenceTo) < referenceKey(b->referenceTo);
                         });
        for (const Evaluation *evaluation : evaluations) {
            const Evaluation &e = *evaluation;
            const QStringList parts = e.referenceTo.split(QLatin1Char('.'));
            bool measureOk = false;
            const qint64 measureId = parts.size() == 3 && parts[0] == QLatin1String("3") &&
                                             parts[1] == QLatin1String("1")
                                         ? parts[2].toLongLong(&measureOk)
                                         : 0;
            if (measureOk && m_measures.contains(measureId) &&
                !m_measureEvaluations.contains(measureId)) {
                m_measureEvaluations.insert(measureId, &e);
                continue; // planned with its measure
            }
            if (measureOk && !m_measures.contains(measureId))
                warn(e.where, DpiaTr::tr("The evaluation is of measure %1, which the file does "
                                         "not have; it is kept in the imported notes.")
                                  .arg(measureId));
            const int item = parts.size() == 2 && parts[0] == QLatin1String("3")
                                 ? itemOfFearedEvent(fearedEventOfItem(parts[1].toInt()))
                                 : 0;
            QString target = DpiaTr::tr("imported notes");
            if (item != 0 && !m_riskEvaluations.contains(item)) {
                m_riskEvaluations.insert(item, &e);
                target =
                    DpiaTr::tr("risk %1: residual score; comments to the imported notes")
                        .arg(quoted(choiceLabel(choices::fearedEvent(), fearedEventOfItem(item))));
            }
            noteEvaluation(e);
            m_plan.mapping << MappingRow{
                e.referenceTo,
                DpiaTr::tr("Evaluation of %1").arg(quoted(referenceLabel(e.referenceTo))), target};
        }
    }

    QString evaluationDetails(const Evaluation &e) const
    {
        QString html =
            plainTextToHtml(DpiaTr::tr("Evaluation: %1.").arg(evaluationStatusLabel(e.status)));
        const QString comment = sanitiseHtml(e.evaluationComment);
        if (!htmlToPlainText(comment).isEmpty())
            html += boldLine(DpiaTr::tr("Evaluator's comment")) + comment;
        const QString plan = sanitiseHtml(e.actionPlanComment);
        if (!htmlToPlainText(plan).isEmpty())
            html += boldLine(DpiaTr::tr("Action plan")) + plan;
        QStringList when;
        if (!e.estimatedImplementationDate.isEmpty())
            when << DpiaTr::tr("to be done by %1")
                        .arg(pickedDay(e.estimatedImplementationDate).isEmpty()
                                 ? e.estimatedImplementationDate
                                 : pickedDay(e.estimatedImplementationDate));
        if (!e.personInCharge.isEmpty())
            when << DpiaTr::tr("person in charge: %1").arg(plainField(e.personInCharge));
        if (!when.isEmpty())
            html += plainTextToHtml(when.join(QStringLiteral("; ")));
        return html;
    }

    void noteEvaluation(const Evaluation &e)
    {
        const QString label = referenceLabel(e.referenceTo);
        QString html =
            heading(DpiaTr::tr("Evaluation of %1 (CNIL %2)").arg(quoted(label), e.referenceTo), 4) +
            evaluationDetails(e);
        if (e.gaugeX != 0 || e.gaugeY != 0)
            html += plainTextToHtml(DpiaTr::tr("Residual risk after the action plan: severity %1, "
                                               "likelihood %2 (of 4).")
                                        .arg(e.gaugeX)
                                        .arg(e.gaugeY));
        m_noteEvaluations << html;
        m_plan.notes << DpiaTr::tr("Evaluation of %1").arg(quoted(label));
    }

    // ---- answers ----

    QString answerHtml(const Answer &a) const
    {
        QString html = sanitiseHtml(a.text);
        if (htmlToPlainText(html).isEmpty())
            html.clear();
        if (!a.list.isEmpty()) {
            html += QStringLiteral("<ul>");
            for (const QString &entry : a.list)
                html += QStringLiteral("<li>") + htmlToPlainText(entry).toHtmlEscaped() +
                        QStringLiteral("</li>");
            html += QStringLiteral("</ul>");
        }
        return html;
    }

    void planAnswers()
    {
        // In the CNIL's order, whatever order the file has them in.
        QList<const Answer *> answers;
        for (const Answer &a : m_file.answers)
            answers << &a;
        std::stable_sort(answers.begin(), answers.end(), [](const Answer *x, const Answer *y) {
            return x->questionId < y->questionId;
        });
        QMap<QString, QList<QPair<int, QString>>> parts; // our question -> (CNIL id, HTML)
        QSet<int> seen;
        for (const Answer *a : answers) {
            const QString id = QString::number(a->questionId);
            const QString label = questionLabel(a->questionId);
            const QString html = answerHtml(*a);
            const AnswerTarget target = answerTarget(a->questionId);
            const bool duplicate = seen.contains(a->questionId);
            seen.insert(a->questionId);
            if (html.isEmpty() && a->gauge == 0) {
                ++m_plan.emptyAnswers;
                m_plan.mapping << MappingRow{id, label, DpiaTr::tr("empty: nothing to import")};
                continue;
            }
            if (duplicate || target.isNull()) {
                if (duplicate)
                    warn(a->where, DpiaTr::tr("Question %1 is answered twice; the second answer "
                                              "is kept in the imported notes.")
                                       .arg(id));
                m_noteAnswers << heading(DpiaTr::tr("%1 (CNIL question %2)").arg(label, id)) +
                                     (html.isEmpty()
                                          ? plainTextToHtml(
                                                DpiaTr::tr("Gauge: %1 of 4.").arg(a->gauge))
                                          : html);
                m_plan.notes << label;
                ++m_plan.answersToNotes;
                m_plan.mapping << MappingRow{id, label, DpiaTr::tr("imported notes")};
                continue;
            }
            if (!target.questionId.isEmpty()) {
                parts[target.questionId] << qMakePair(a->questionId, html);
                ++m_plan.answersToQuestions;
                m_plan.mapping << MappingRow{id, label, target.questionId};
                continue;
            }
            addRiskPart(*a, target);
            ++m_plan.answersToRisks;
            m_plan.mapping << MappingRow{
                id, label,
                DpiaTr::tr("risk %1: %2")
                    .arg(quoted(choiceLabel(choices::fearedEvent(), target.fearedEvent)),
                         riskPartLabel(target.riskPart))};
        }
        QJsonObject json;
        for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
            if (it->size() == 1) {
                json.insert(it.key(), it->first().second);
                continue;
            }
            // Several CNIL questions share this one: each part under its CNIL question.
            QString html;
            for (const auto &[cnilId, part] : *it)
                html += heading(questionLabel(cnilId)) + part;
            json.insert(it.key(), html);
        }
        if (!json.isEmpty())
            m_plan.dpia.insert(dpiaField::answers, QString::fromUtf8(QJsonDocument(json).toJson(
                                                       QJsonDocument::Compact)));
    }

    void addRiskPart(const Answer &a, const AnswerTarget &target)
    {
        RiskParts &r = m_riskParts[itemOfFearedEvent(target.fearedEvent)];
        r.any = true;
        QStringList entries;
        for (const QString &e : a.list) {
            const QString text = htmlToPlainText(e).simplified();
            if (!text.isEmpty())
                entries << text;
        }
        const QString text = htmlToPlainText(a.text);
        switch (target.riskPart) {
        case RiskPart::Impacts:
            r.impacts << entries;
            break;
        case RiskPart::Threats:
            r.threats << entries;
            break;
        case RiskPart::Sources:
            r.sources << entries;
            break;
        case RiskPart::Controls:
            r.controls << entries;
            break;
        case RiskPart::Severity:
            r.severityText = text;
            r.severity = checkedGauge(a.gauge, a.where + QStringLiteral(".data.gauge"));
            break;
        case RiskPart::Likelihood:
            r.likelihoodText = text;
            r.likelihood = checkedGauge(a.gauge, a.where + QStringLiteral(".data.gauge"));
            break;
        case RiskPart::None:
            break;
        }
        // Text on a list question (or a list on a gauge one) is not lost.
        if (!text.isEmpty() && target.riskPart != RiskPart::Severity &&
            target.riskPart != RiskPart::Likelihood)
            (target.riskPart == RiskPart::Impacts ? r.impacts : r.threats) << text;
    }

    // ---- risks ----

    void planRisks()
    {
        for (int item = 2; item <= 4; ++item) {
            const RiskParts parts = m_riskParts.value(item);
            const Evaluation *evaluation = m_riskEvaluations.value(item);
            if (!parts.any && !evaluation)
                continue;
            const QString event = fearedEventOfItem(item);
            const QString eventLabel = choiceLabel(choices::fearedEvent(), event);
            QVariantMap v;
            v.insert(riskField::fearedEvent, event);
            v.insert(riskField::sortOrder, item - 1);
            v.insert(riskField::title,
                     capped(parts.sources.isEmpty()
                                ? eventLabel
                                : DpiaTr::tr("%1 — sources: %2")
                                      .arg(eventLabel, parts.sources.join(QStringLiteral(", "))),
                            MaxTitle));
            QStringList impact;
            if (!parts.impacts.isEmpty())
                impact << noteLabel(NoteLabel::Impacts) + parts.impacts.join(listSeparator());
            if (!parts.severityText.isEmpty())
                impact << noteLabel(NoteLabel::Severity) + parts.severityText;
            if (!impact.isEmpty())
                v.insert(riskField::impact, joinParagraphs(impact));
            QStringList notes;
            if (!parts.threats.isEmpty())
                notes << noteLabel(NoteLabel::Threats) + parts.threats.join(listSeparator());
            if (!parts.sources.isEmpty())
                notes << noteLabel(NoteLabel::Sources) + parts.sources.join(listSeparator());
            if (!parts.controls.isEmpty())
                notes << noteLabel(NoteLabel::Controls) + parts.controls.join(listSeparator());
            if (!parts.likelihoodText.isEmpty())
                notes << noteLabel(NoteLabel::Likelihood) + parts.likelihoodText;

            const int severity = level(parts.severity);
            const int likelihood = level(parts.likelihood);
            int residualSeverity = severity;
            int residualLikelihood = likelihood;
            if (evaluation) {
                const QString where = evaluation->where + QStringLiteral(".gauges");
                if (const int x = level(checkedGauge(evaluation->gaugeX, where)))
                    residualSeverity = x;
                if (const int y = level(checkedGauge(evaluation->gaugeY, where)))
                    residualLikelihood = y;
                if (residualSeverity != severity || residualLikelihood != likelihood)
                    notes << scoresNote();
            }
            if (!notes.isEmpty())
                v.insert(riskField::notes, joinParagraphs(notes));
            const auto put = [&v](const QString &field, int value) {
                if (value > 0)
                    v.insert(field, value);
            };
            put(riskField::severity, severity);
            put(riskField::likelihood, likelihood);
            put(riskField::residualSeverity, residualSeverity);
            put(riskField::residualLikelihood, residualLikelihood);
            if (residualSeverity == 0 || residualLikelihood == 0)
                warn(QString(), DpiaTr::tr("The risk %1 has no severity or likelihood in the "
                                           "file; assess it after the import.")
                                    .arg(quoted(eventLabel)));
            m_plan.risks << PlannedRisk{event, v};
        }
    }

    // ---- measures ----

    void planMeasures()
    {
        QSet<qint64> ids;
        for (const Measure &m : m_file.measures) {
            QString title = capped(htmlToPlainText(m.title).simplified(), MaxTitle);
            if (title.isEmpty()) {
                title = DpiaTr::tr("Untitled measure %1 from the CNIL tool").arg(m.id);
                warn(m.where, DpiaTr::tr("The measure has no title; it is imported as %1.")
                                  .arg(quoted(title)));
            }
            if (m.id != 0 && ids.contains(m.id))
                warn(m.where, DpiaTr::tr("Another measure has the same id %1; its evaluation "
                                         "applies to the first one only.")
                                  .arg(m.id));
            const bool first = m.id != 0 && !ids.contains(m.id);
            ids.insert(m.id);
            PlannedMeasure planned;
            planned.cnilId = m.id;
            QVariantMap &v = planned.values;
            v.insert(measureField::title, title);
            const QString description = htmlToPlainText(m.content);
            if (!description.isEmpty())
                v.insert(measureField::description, description);
            v.insert(measureField::effect, QStringLiteral("reduce"));
            QStringList notes;
            const Evaluation *e = first ? m_measureEvaluations.value(m.id) : nullptr;
            const int status = e ? e->status : evaluationStatus::Pending;
            switch (status) {
            case evaluationStatus::Acceptable:
                v.insert(measureField::approved, 1);
                v.insert(measureField::status, QStringLiteral("done"));
                notes << measureEvaluationNote(status);
                break;
            case evaluationStatus::Improvable:
                v.insert(measureField::approved, 0);
                v.insert(measureField::status, QStringLiteral("planned"));
                planned.actionPlan = true;
                notes << measureEvaluationNote(status);
                break;
            case evaluationStatus::ToCorrect:
                v.insert(measureField::approved, 0);
                v.insert(measureField::status, QStringLiteral("planned"));
                notes << measureEvaluationNote(status);
                warn(m.where, DpiaTr::tr("The evaluator asked for the measure %1 to be "
                                         "corrected; it is imported as planned, not approved.")
                                  .arg(quoted(title)));
                break;
            default:
                v.insert(measureField::approved, 0);
                v.insert(measureField::status, QStringLiteral("planned"));
                notes << measureEvaluationNote(evaluationStatus::Pending);
                if (status != evaluationStatus::Pending)
                    warn(e->where + QStringLiteral(".status"),
                         DpiaTr::tr("%1 is not an evaluation status of the CNIL tool (0-3); "
                                    "the measure is imported as not evaluated.")
                             .arg(status));
                break;
            }
            if (e)
                planMeasureEvaluation(*e, title, &v, &notes);
            v.insert(measureField::notes, joinParagraphs(notes));
            m_plan.measures << planned;
        }
    }

    void planMeasureEvaluation(const Evaluation &e, const QString &title, QVariantMap *v,
                               QStringList *notes)
    {
        const QString comment = htmlToPlainText(e.evaluationComment);
        if (!comment.isEmpty())
            *notes << noteLabel(NoteLabel::EvaluatorComment) + comment;
        const QString plan = htmlToPlainText(e.actionPlanComment);
        if (!plan.isEmpty())
            *notes << noteLabel(NoteLabel::ActionPlan) + plan;
        if (!e.estimatedImplementationDate.isEmpty()) {
            const QString day = pickedDay(e.estimatedImplementationDate);
            if (day.isEmpty()) {
                warn(e.where + QStringLiteral(".estimated_implementation_date"),
                     DpiaTr::tr("%1 is not a date; it is kept in the measure's notes.")
                         .arg(quoted(e.estimatedImplementationDate)));
                *notes << noteLabel(NoteLabel::DateAsWritten) + e.estimatedImplementationDate;
            } else {
                v->insert(measureField::dueDate, day);
            }
        }
        const QString person = capped(plainField(e.personInCharge).simplified(), MaxPersonName);
        if (!person.isEmpty())
            v->insert(measureField::ownerName, person);
        m_plan.mapping << MappingRow{
            e.referenceTo, title,
            DpiaTr::tr("measure %1: status, approval, due date, owner, notes").arg(quoted(title))};
    }

    // ---- comments ----

    void planComments()
    {
        for (const Comment &c : m_file.comments) {
            const QString text = plainField(c.description);
            bool numeric = false;
            const qint64 n = c.referenceTo.toLongLong(&numeric);
            const QString label =
                c.forMeasure && numeric ? measureTitle(n) : referenceLabel(c.referenceTo);
            QString title = DpiaTr::tr("Comment on %1 (CNIL %2)").arg(quoted(label), c.referenceTo);
            if (!c.createdAt.isEmpty())
                title += DpiaTr::tr(", %1").arg(dayOf(c.createdAt));
            m_noteComments << heading(title) +
                                  plainTextToHtml(text.isEmpty() ? DpiaTr::tr("(empty)") : text);
            m_plan.notes << DpiaTr::tr("Comment on %1").arg(quoted(label));
        }
    }

    // ---- the DPIA itself ----

    void planNotes()
    {
        const Pia &pia = m_file.pia;
        QString title = capped(plainField(pia.name).simplified(), MaxTitle);
        if (title.isEmpty()) {
            title = DpiaTr::tr("PIA %1 from the CNIL tool").arg(pia.id);
            warn(QStringLiteral("pia.name"),
                 DpiaTr::tr("The PIA has no name; the DPIA is called %1.").arg(quoted(title)));
        }
        m_plan.dpia.insert(dpiaField::title, title);
        m_plan.dpia.insert(dpiaField::matrix, QStringLiteral("cnil4"));
        m_plan.dpia.insert(dpiaField::bankVersion, m_options.bankVersion);
        m_plan.dpia.insert(dpiaField::source, QStringLiteral("cnil-pia"));

        QString html = heading(DpiaTr::tr("Imported from the CNIL PIA tool"), 3);
        QStringList about;
        if (!m_options.sourceName.isEmpty())
            about << DpiaTr::tr("File: %1.").arg(m_options.sourceName);
        about << DpiaTr::tr("PIA %1 (number %2 in the tool), created %3, last changed %4; "
                            "status in the tool: %5.")
                     .arg(quoted(plainField(pia.name)))
                     .arg(pia.id)
                     .arg(dayOf(pia.createdAt), dayOf(pia.updatedAt), piaStatusLabel(pia.status));
        html += plainTextToHtml(about.join(QLatin1Char(' ')));
        const auto section = [&html](const QString &name, const QStringList &entries) {
            if (!entries.isEmpty())
                html += heading(name, 3) + entries.join(QString());
        };
        section(DpiaTr::tr("Validation and people"), m_noteValidation);
        section(DpiaTr::tr("Answers with no place in this DPIA"), m_noteAnswers);
        section(DpiaTr::tr("Evaluations"), m_noteEvaluations);
        section(DpiaTr::tr("Comments"), m_noteComments);
        m_plan.dpia.insert(dpiaField::importedNotes, html);
    }

    // The CNIL's example and many real PIAs are in French: said once, so nobody expects a
    // translation.
    void checkLanguage()
    {
        static const QRegularExpression french(
            QStringLiteral("\\b(les|des|est|une|pour|avec|sont|dans|données|traitement)\\b"),
            QRegularExpression::CaseInsensitiveOption |
                QRegularExpression::UseUnicodePropertiesOption);
        qsizetype hits = 0;
        for (const Answer &a : m_file.answers) {
            auto it = french.globalMatch(a.text);
            while (it.hasNext() && hits < 50) {
                it.next();
                ++hits;
            }
        }
        if (hits >= 20)
            warn(QString(), DpiaTr::tr("The PIA is written in French; its text is imported as "
                                       "it is, not translated."));
    }
};

} // namespace

Plan planImport(const PiaFile &file, const PlanOptions &options)
{
    return Planner(file, options).run();
}

} // namespace igw::cnil
