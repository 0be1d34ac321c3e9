#include "reports/dpiareportcontent.h"

#include "dpia/dpiarecords.h"
#include "reports/dpiareportdata.h"
#include "reports/heatmap.h"
#include "reports/reportstr.h"
#include "reports/richtext.h"

#include <QLocale>
#include <QSet>
#include <QTextDocument>

namespace igw {

namespace {

namespace df = dpiaField;
using reports::ReportTable;

// The ICO template's step titles, for a bank that lacks a step.
QString stepTitle(const QuestionBank &bank, int step)
{
    if (const BankStep *s = bank.step(QString::number(step)); s && !s->title.isEmpty())
        return s->title;
    switch (step) {
    case 1:
        return ReportsTr::tr("Identify the need for a DPIA");
    case 2:
        return ReportsTr::tr("Describe the processing");
    case 3:
        return ReportsTr::tr("Consultation process");
    case 4:
        return ReportsTr::tr("Assess necessity and proportionality");
    case 5:
        return ReportsTr::tr("Identify and assess risks");
    case 6:
        return ReportsTr::tr("Identify measures to reduce risk");
    case 7:
        return ReportsTr::tr("Sign off and record outcomes");
    }
    return {};
}

// Step 2 of the ICO template falls into four parts, named in its question ids
// ("2.scope.data").
QString questionGroup(const QString &questionId)
{
    const QStringList parts = questionId.split(u'.');
    if (parts.size() < 3)
        return {};
    const QString &group = parts.at(1);
    if (group == QLatin1String("nature"))
        return ReportsTr::tr("Nature of the processing");
    if (group == QLatin1String("scope"))
        return ReportsTr::tr("Scope of the processing");
    if (group == QLatin1String("context"))
        return ReportsTr::tr("Context of the processing");
    if (group == QLatin1String("purposes"))
        return ReportsTr::tr("Purposes of the processing");
    return {};
}

QString longDate(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

// An ISO date as the report writes dates; anything else as stored.
QString dateText(const QString &iso)
{
    const QDate date = QDate::fromString(iso.left(10), Qt::ISODate);
    return date.isValid() ? longDate(date) : iso;
}

QString orNone(const QString &text, const QString &none)
{
    return text.trimmed().isEmpty() ? none : text;
}

QString levelText(const RiskMatrix &m, const QStringList &labels, int level)
{
    return m.isValidLevel(level) ? labels.at(level - 1) : ReportsTr::tr("Not assessed");
}

QString bandText(const RiskMatrix &m, int likelihood, int severity)
{
    const auto band = m.band(likelihood, severity);
    return band ? riskBandLabel(*band) : ReportsTr::tr("Not assessed");
}

} // namespace

DpiaReportContent::DpiaReportContent(const DpiaReportData &data, QTextDocument *document,
                                     bool pageNumbers, const QDateTime &generated)
    : m_data(data)
    , m_document(document)
    , m_pageNumbers(pageNumbers)
    , m_generated(generated)
    , m_b(document, reports::PdfDocument::unitsPerPoint())
{
    m_b.keepHeadingsWithNext(true);
    planSections();
}

void DpiaReportContent::planSections()
{
    for (int step = 1; step <= 7; ++step)
        m_sections.append({ReportsTr::tr("%1. %2").arg(step).arg(stepTitle(m_data.bank, step))});
    const QStringList known = m_data.bank.questionIds();
    const QSet<QString> bankIds(known.cbegin(), known.cend());
    for (auto it = m_data.answers.constBegin(); it != m_data.answers.constEnd(); ++it) {
        if (!bankIds.contains(it.key()) && !m_data.answer(it.key()).trimmed().isEmpty())
            m_otherAnswerIds << it.key();
    }
    if (!m_otherAnswerIds.isEmpty() || m_data.answersUnreadable)
        m_sections.append({ReportsTr::tr("Appendix A. Other answers")});
    if (!m_data.value(df::importedNotes).trimmed().isEmpty())
        m_sections.append({m_otherAnswerIds.isEmpty() && !m_data.answersUnreadable
                               ? ReportsTr::tr("Appendix A. Notes kept from the import")
                               : ReportsTr::tr("Appendix B. Notes kept from the import")});
}

int DpiaReportContent::steps() const
{
    int questions = 0;
    for (int step = 1; step <= 4; ++step) {
        if (const BankStep *s = m_data.bank.step(QString::number(step)))
            questions += int(s->questions.size());
    }
    // build() takes one after the contents, one per question and risk, then three more.
    return questions + int(m_data.risks.size()) + 4;
}

int DpiaReportContent::startSection(int index, bool newPage)
{
    m_sections[index].position = m_b.heading(m_sections.at(index).title, newPage);
    return m_sections.at(index).position;
}

bool DpiaReportContent::build(const reports::Progress &progress)
{
    int done = 0;
    const auto step = [&] { return !progress || progress(++done, steps()); };
    coverPage();
    contentsPage();
    if (!step() || !questionSections(progress, &done) || !risksSection(progress, &done))
        return false;
    measuresSection();
    if (!step())
        return false;
    signoffSection();
    if (!step())
        return false;
    otherAnswers();
    importedNotes();
    return step();
}

void DpiaReportContent::coverPage()
{
    const QString status = m_data.value(df::status);
    const int version = qMax(1, m_data.dpia.value(df::version).toInt());
    m_b.title(orNone(m_data.value(df::title), m_data.dpia.ref),
              ReportsTr::tr("Data protection impact assessment (UK GDPR Art. 35)"));
    QString approval;
    if (status == QLatin1String("approved"))
        approval = ReportsTr::tr("Approved version %1").arg(version);
    else if (status == QLatin1String("review_due"))
        approval = ReportsTr::tr("Approved version %1 — review due").arg(version);
    else if (status == QLatin1String("rejected"))
        approval = ReportsTr::tr("Rejected — not approved");
    else
        approval = ReportsTr::tr("Draft — not approved");
    m_b.keyMessage(approval);

    const QString none = ReportsTr::tr("None linked");
    QList<std::pair<QString, QString>> facts{
        {ReportsTr::tr("Reference"), m_data.dpia.ref},
        {ReportsTr::tr("Version"), QString::number(version)},
        {ReportsTr::tr("Status"), choices::label(choices::dpiaStatus(), status)},
        {ReportsTr::tr("Organisation"), orNone(m_data.organisation, ReportsTr::tr("Not recorded"))},
        {ReportsTr::tr("Owner"), orNone(m_data.owner, ReportsTr::tr("Not recorded"))},
        {ReportsTr::tr("Processing activities"), orNone(m_data.activities.join(u'\n'), none)},
        {ReportsTr::tr("Information assets"), orNone(m_data.assets.join(u'\n'), none)}};
    if (!m_data.screening.isEmpty())
        facts.append({ReportsTr::tr("Screening"), m_data.screening});
    if (status == QLatin1String("rejected"))
        facts.append({ReportsTr::tr("Reason for rejection"),
                      orNone(m_data.value(df::rejectionReason), ReportsTr::tr("Not recorded"))});
    if (!m_data.value(df::reviewDate).isEmpty())
        facts.append({ReportsTr::tr("Next review"), dateText(m_data.value(df::reviewDate))});
    facts.append({ReportsTr::tr("Risk matrix"), m_data.matrix.name});
    facts.append({ReportsTr::tr("Question bank"),
                  m_data.missingBank.isEmpty()
                      ? ReportsTr::tr("%1 (version %2)").arg(m_data.bank.title, m_data.bank.version)
                      : ReportsTr::tr("Version %1, which this workspace does not hold; the "
                                      "questions shown are those of version %2")
                            .arg(m_data.missingBank, m_data.bank.version)});
    facts.append({ReportsTr::tr("Date of report"), longDate(m_generated.date())});
    m_b.facts(facts, 30);
    const QString summary = m_data.value(df::summary);
    if (!summary.trimmed().isEmpty()) {
        m_b.subheading(ReportsTr::tr("Summary"));
        m_b.paragraph(summary);
    }
}

void DpiaReportContent::contentsPage()
{
    m_b.heading(ReportsTr::tr("Contents"), true);
    QStringList entries;
    for (const Section &s : m_sections)
        entries << s.title;
    m_contents = m_b.contents(entries, m_pageNumbers);
}

void DpiaReportContent::fillPageNumbers(const reports::PdfDocument &pdf)
{
    // All pages first: each number written into the contents moves the positions after it.
    QList<int> pages;
    for (const Section &s : m_sections)
        pages << (s.position >= 0 ? pdf.pageOf(s.position) : 0);
    for (int i = 0; i < pages.size(); ++i) {
        if (pages.at(i) > 0)
            reports::ReportBuilder::setPageNumber(m_contents, i, pages.at(i));
    }
}

bool DpiaReportContent::questionSections(const reports::Progress &progress, int *done)
{
    for (int step = 1; step <= 4; ++step) {
        startSection(step - 1, step == 1);
        const BankStep *s = m_data.bank.step(QString::number(step));
        if (!s || s->questions.isEmpty()) {
            m_b.absent(ReportsTr::tr("The question bank has no questions for this step."));
            continue;
        }
        QString group;
        for (const BankQuestion &q : s->questions) {
            if (progress && !progress(++*done, steps()))
                return false;
            if (const QString g = questionGroup(q.id); !g.isEmpty() && g != group) {
                m_b.subheading(g);
                group = g;
            }
            m_b.label(q.text);
            const reports::RichText answer = reports::RichText::fromAnswer(m_data.answer(q.id));
            if (answer.isEmpty()) {
                m_b.absent(ReportsTr::tr("Not answered"));
                continue;
            }
            m_b.richText(answer);
            if (answer.truncated)
                m_b.note(ReportsTr::tr("The rest of this answer is too long for the report; "
                                       "it is in the workspace."));
        }
    }
    return true;
}

void DpiaReportContent::otherAnswers()
{
    if (m_otherAnswerIds.isEmpty() && !m_data.answersUnreadable)
        return;
    startSection(7, true);
    if (m_data.answersUnreadable)
        m_b.paragraph(ReportsTr::tr("The stored answers could not be read, so none are shown. "
                                    "The workspace keeps them as they were."));
    if (m_otherAnswerIds.isEmpty())
        return;
    m_b.paragraph(ReportsTr::tr("Answers to questions that question bank %1 does not have, "
                                "for example from an earlier bank or an import, under the "
                                "question's identifier.")
                      .arg(m_data.bank.version));
    for (const QString &id : m_otherAnswerIds) {
        m_b.label(id);
        m_b.richText(reports::RichText::fromAnswer(m_data.answer(id)));
    }
}

void DpiaReportContent::importedNotes()
{
    const QString notes = m_data.value(df::importedNotes);
    if (notes.trimmed().isEmpty())
        return;
    startSection(int(m_sections.size()) - 1,
                 m_otherAnswerIds.isEmpty() && !m_data.answersUnreadable);
    const QString source = m_data.value(df::source);
    m_b.paragraph(source.isEmpty()
                      ? ReportsTr::tr("What the import could not place in the DPIA's fields, "
                                      "kept as it was.")
                      : ReportsTr::tr("What the import (%1) could not place in the DPIA's "
                                      "fields, kept as it was.")
                            .arg(source));
    // An import writes its notes as rich text (HTML), like the answers.
    m_b.richText(reports::RichText::fromAnswer(notes));
}

bool DpiaReportContent::risksSection(const reports::Progress &progress, int *done)
{
    const RiskMatrix &m = m_data.matrix;
    startSection(4, true);
    if (m_data.risks.isEmpty()) {
        m_b.absent(ReportsTr::tr("No risks have been recorded."));
        return true;
    }
    m_b.introduction(ReportsTr::tr("Each risk to individuals is scored on the %1 matrix for "
                                   "likelihood (%2) and severity (%3), before measures "
                                   "(inherent) and after them (residual).")
                         .arg(m.name, m.likelihoodLabels.join(QStringLiteral(", ")).toLower(),
                              m.severityLabels.join(QStringLiteral(", ")).toLower()));
    ReportTable table({{ReportsTr::tr("No."), 5},
                       {ReportsTr::tr("Source of risk"), 22},
                       {ReportsTr::tr("Impact on individuals"), 22},
                       {ReportsTr::tr("Likelihood"), 13},
                       {ReportsTr::tr("Severity"), 12},
                       {ReportsTr::tr("Inherent risk"), 13},
                       {ReportsTr::tr("Residual risk"), 13}});
    QList<reports::HeatMapRisk> points;
    QStringList unassessed;
    for (const DpiaReportRisk &r : m_data.risks) {
        if (progress && !progress(++*done, steps()))
            return false;
        QString source = r.record.value(riskField::title).toString();
        const QString feared = r.record.value(riskField::fearedEvent).toString();
        if (!feared.isEmpty())
            source += u'\n' + ReportsTr::tr("Feared event: %1")
                                  .arg(choices::label(choices::fearedEvent(), feared));
        table.addRow({r.number, source, r.record.value(riskField::impact).toString(),
                      levelText(m, m.likelihoodLabels, r.likelihood),
                      levelText(m, m.severityLabels, r.severity),
                      bandText(m, r.likelihood, r.severity),
                      bandText(m, r.residualLikelihood, r.residualSeverity)});
        points.append(
            {r.number, r.likelihood, r.severity, r.residualLikelihood, r.residualSeverity});
        if (!m.band(r.likelihood, r.severity) && !m.band(r.residualLikelihood, r.residualSeverity))
            unassessed << r.number;
    }
    m_b.table(table);

    m_b.subheading(ReportsTr::tr("Heat map"));
    const reports::HeatMap map(m, points);
    // About 300 dpi at the width it is printed.
    constexpr qreal WidthPoints = 440;
    const int pixels = int(WidthPoints / 72 * 300);
    m_b.image(map.toImage(QSize(pixels, int(pixels / map.aspectRatio()))),
              QStringLiteral("igw-heat-map.png"), WidthPoints);
    m_b.note(ReportsTr::tr("Each cell is named by its band. A hollow marker shows a risk before "
                           "measures, a filled marker after them; an arrow shows the change."));
    if (!unassessed.isEmpty())
        m_b.note(ReportsTr::tr("Not on the map because not yet scored: %1.")
                     .arg(unassessed.join(QStringLiteral(", "))));
    return true;
}

void DpiaReportContent::measuresSection()
{
    startSection(5, false);
    const RiskMatrix &m = m_data.matrix;
    bool any = !m_data.generalMeasures.isEmpty();
    for (const DpiaReportRisk &r : m_data.risks)
        any = any || !r.measures.isEmpty();
    if (!any) {
        m_b.absent(ReportsTr::tr("No measures have been recorded."));
        return;
    }
    m_b.introduction(ReportsTr::tr("The measures to reduce or eliminate each risk, who owns them, "
                                   "by when, and whether they were approved."));
    ReportTable table({{ReportsTr::tr("Measure"), 32},
                       {ReportsTr::tr("Effect on risk"), 11},
                       {ReportsTr::tr("Owner"), 16},
                       {ReportsTr::tr("Due"), 15},
                       {ReportsTr::tr("Approved"), 12},
                       {ReportsTr::tr("Status"), 14}});
    const auto row = [&](const Record &measure) {
        QString text = measure.value(measureField::title).toString();
        const QString description = measure.value(measureField::description).toString();
        if (!description.trimmed().isEmpty())
            text += u'\n' + description;
        QString owner =
            m_data.people.value(measure.value(measureField::ownerPersonId).toLongLong());
        if (owner.isEmpty())
            owner = measure.value(measureField::ownerName).toString();
        const QString effect = measure.value(measureField::effect).toString();
        const QString due = measure.value(measureField::dueDate).toString();
        table.addRow({text,
                      effect.isEmpty() ? ReportsTr::tr("Not recorded")
                                       : choices::label(choices::measureEffect(), effect),
                      orNone(owner, ReportsTr::tr("Not recorded")),
                      due.isEmpty() ? ReportsTr::tr("None set") : dateText(due),
                      measure.value(measureField::approved).toInt() == 1 ? ReportsTr::tr("Yes")
                                                                         : ReportsTr::tr("No"),
                      choices::label(choices::measureStatus(),
                                     measure.value(measureField::status).toString())});
    };
    for (const DpiaReportRisk &r : m_data.risks) {
        table.addGroupRow(ReportsTr::tr("%1: %2 — residual risk: %3")
                              .arg(r.number, r.record.value(riskField::title).toString(),
                                   bandText(m, r.residualLikelihood, r.residualSeverity)));
        if (r.measures.isEmpty())
            table.addRow({ReportsTr::tr("No measures recorded for this risk.")});
        for (const Record &measure : r.measures)
            row(measure);
    }
    if (!m_data.generalMeasures.isEmpty()) {
        table.addGroupRow(ReportsTr::tr("Measures for the whole DPIA"));
        for (const Record &measure : m_data.generalMeasures)
            row(measure);
    }
    m_b.table(table);
}

void DpiaReportContent::signoffSection()
{
    startSection(6, true);
    const QString notRecorded = ReportsTr::tr("Not recorded");
    ReportTable table({{ReportsTr::tr("Item"), 34},
                       {ReportsTr::tr("Name"), 24},
                       {ReportsTr::tr("Position"), 24},
                       {ReportsTr::tr("Date"), 18}});
    for (const auto &[key, label] : choices::signoffRoles()) {
        const QJsonObject s = m_data.signoffs.value(key).toObject();
        const QString name = s.value(QStringLiteral("name")).toString();
        if (name.trimmed().isEmpty()) {
            table.addRow({label, ReportsTr::tr("Not signed")});
            continue;
        }
        table.addRow({label, name, s.value(QStringLiteral("position")).toString(),
                      dateText(s.value(QStringLiteral("date")).toString())});
    }
    m_b.table(table);

    m_b.subheading(ReportsTr::tr("Advice of the data protection officer"));
    const QString advice = m_data.value(df::dpoAdvice);
    if (advice.trimmed().isEmpty())
        m_b.absent(ReportsTr::tr("No advice recorded."));
    else
        m_b.paragraph(advice);
    const QString decision = m_data.value(df::dpoAdviceDecision);
    QList<std::pair<QString, QString>> dpo{
        {ReportsTr::tr("DPO advice accepted or overruled"),
         decision.isEmpty() ? notRecorded
                            : choices::label(choices::dpoAdviceDecision(), decision)}};
    if (decision == QLatin1String("overruled"))
        dpo.append({ReportsTr::tr("Reasons for overruling the advice"),
                    orNone(m_data.value(df::dpoOverruleReason), notRecorded)});
    m_b.facts(dpo);

    m_b.subheading(ReportsTr::tr("Views of individuals"));
    const QString views = m_data.value(df::individualsViews);
    if (views.trimmed().isEmpty())
        m_b.absent(ReportsTr::tr("No views recorded."));
    else
        m_b.paragraph(views);
    const QString departure = m_data.value(df::consultationDepartureReason);
    if (!departure.trimmed().isEmpty())
        m_b.facts({{ReportsTr::tr("Reasons for departing from individuals' views"), departure}});

    m_b.subheading(ReportsTr::tr("Prior consultation with the ICO (UK GDPR Art. 36)"));
    QStringList high;
    for (const DpiaReportRisk &r : m_data.risks) {
        if (m_data.residualHigh(r))
            high << r.number;
    }
    if (high.isEmpty()) {
        m_b.paragraph(ReportsTr::tr("No high risk remains after the measures, so the ICO need "
                                    "not be consulted before the processing starts."));
        return;
    }
    m_b.keyMessage(ReportsTr::tr("A high risk remains after the measures (%1). Where it cannot "
                                 "be reduced, the ICO must be consulted before the processing "
                                 "starts.")
                       .arg(high.join(QStringLiteral(", "))));
    const QString art36 = m_data.value(df::art36Decision);
    m_b.facts({{ReportsTr::tr("Decision"), art36.isEmpty()
                                               ? ReportsTr::tr("No decision recorded")
                                               : choices::label(choices::art36Decision(), art36)},
               {ReportsTr::tr("Reasons"), orNone(m_data.value(df::art36Reason), notRecorded)}});
}

} // namespace igw
