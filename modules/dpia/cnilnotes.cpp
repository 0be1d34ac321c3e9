#include "dpia/cnilnotes.h"

#include "dpia/cnilstructure.h"
#include "dpia/dpiatr.h"

#include <QRegularExpression>

namespace igw::cnil {

QString noteLabel(NoteLabel label)
{
    switch (label) {
    case NoteLabel::Impacts:
        return DpiaTr::tr("Impacts: ");
    case NoteLabel::Severity:
        return DpiaTr::tr("Severity: ");
    case NoteLabel::Threats:
        return DpiaTr::tr("Threats: ");
    case NoteLabel::Sources:
        return DpiaTr::tr("Risk sources: ");
    case NoteLabel::Controls:
        return DpiaTr::tr("Controls that address it (measures): ");
    case NoteLabel::Likelihood:
        return DpiaTr::tr("Likelihood: ");
    case NoteLabel::EvaluatorComment:
        return DpiaTr::tr("Evaluator's comment: ");
    case NoteLabel::ActionPlan:
        return DpiaTr::tr("Action plan: ");
    case NoteLabel::DateAsWritten:
        return DpiaTr::tr("Implementation date as written: ");
    }
    return {};
}

QString measureEvaluationNote(int evaluationStatus)
{
    switch (evaluationStatus) {
    case evaluationStatus::Acceptable:
        return DpiaTr::tr("CNIL evaluation: acceptable.");
    case evaluationStatus::Improvable:
        return DpiaTr::tr("CNIL evaluation: improvable; in the action plan.");
    case evaluationStatus::ToCorrect:
        return DpiaTr::tr("CNIL evaluation: to correct.");
    }
    return DpiaTr::tr("Not evaluated in the CNIL tool.");
}

QString scoresNote()
{
    return DpiaTr::tr("The inherent score is the CNIL's estimate with the planned controls; the "
                      "residual score is the evaluator's, after the action plan.");
}

QString dpoOpinionLine(int status)
{
    return status == 1 ? DpiaTr::tr("The DPO's opinion: the processing can be implemented.")
                       : DpiaTr::tr("The DPO's opinion: the processing should not be "
                                    "implemented.");
}

QString peopleOpinionLine(int status)
{
    return status == 1 ? DpiaTr::tr("Their opinion: the processing can be implemented.")
                       : DpiaTr::tr("Their opinion: the processing should not be implemented.");
}

QString viewsSoughtFromLine(const QString &names)
{
    return DpiaTr::tr("Views sought from: %1.").arg(names);
}

QString viewsNotSought(const QString &reason)
{
    return reason.isEmpty()
               ? DpiaTr::tr("Individuals' views were not sought; the file gives no reason.")
               : DpiaTr::tr("Individuals' views were not sought: %1").arg(reason);
}

QStringList paragraphs(const QString &text)
{
    static const QRegularExpression blank(QStringLiteral("\\n[ \\t]*\\n"));
    QStringList out;
    for (const QString &p : text.split(blank, Qt::SkipEmptyParts)) {
        if (!p.trimmed().isEmpty())
            out << p.trimmed();
    }
    return out;
}

QString joinParagraphs(const QStringList &paragraphs)
{
    return paragraphs.join(QStringLiteral("\n\n"));
}

} // namespace igw::cnil
