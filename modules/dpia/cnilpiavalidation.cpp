#include "dpia/cnilpiavalidation.h"

#include "dpia/cnilhtml.h"
#include "dpia/cnilnotes.h"
#include "dpia/cnilstructure.h"
#include "dpia/cniltext.h"
#include "dpia/dpiarecords.h"
#include "dpia/dpiatr.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace igw::cnil {

namespace {

bool isValidated(int status)
{
    return status == piaStatus::SimpleValidation || status == piaStatus::SignedValidation ||
           status == piaStatus::Archived;
}

class ValidationPlanner {
public:
    ValidationPlanner(const Pia &pia, QVariantMap *dpia, QStringList *notes,
                      QList<Problem> *problems)
        : m_pia(pia)
        , m_dpia(*dpia)
        , m_notes(*notes)
        , m_problems(*problems)
    {
    }

    void run()
    {
        planStatus();
        planOpinions();
        planSignoffs();
    }

private:
    const Pia &m_pia;
    QVariantMap &m_dpia;
    QStringList &m_notes;
    QList<Problem> &m_problems;

    void warn(const QString &where, const QString &message)
    {
        m_problems.append({where, message, false});
    }

    void planStatus()
    {
        const Pia &pia = m_pia;
        QString status = QStringLiteral("draft");
        switch (pia.status) {
        case piaStatus::InProgress:
            break;
        case piaStatus::Refused:
            status = QStringLiteral("rejected");
            if (pia.rejectionReason.trimmed().isEmpty()) {
                warn(QStringLiteral("pia.rejection_reason"),
                     DpiaTr::tr("The PIA was refused but the file gives no reason."));
                m_dpia.insert(dpiaField::rejectionReason,
                              DpiaTr::tr("Refused in the CNIL PIA tool; the file gives no "
                                         "reason."));
            } else {
                m_dpia.insert(dpiaField::rejectionReason, plainField(pia.rejectionReason));
            }
            break;
        case piaStatus::SimpleValidation:
        case piaStatus::SignedValidation:
        case piaStatus::Archived:
            status = QStringLiteral("approved");
            m_notes << plainTextToHtml(
                pia.status == piaStatus::Archived
                    ? DpiaTr::tr("Validated and then archived in the CNIL tool; imported as "
                                 "approved.")
                    : DpiaTr::tr("Validated in the CNIL tool (%1).")
                          .arg(piaStatusLabel(pia.status)));
            // A refusal before the validation leaves its reason in the file.
            if (!pia.rejectionReason.trimmed().isEmpty())
                m_notes << plainTextToHtml(DpiaTr::tr("Reason given when it was refused "
                                                      "earlier: %1")
                                               .arg(plainField(pia.rejectionReason)));
            break;
        default:
            warn(QStringLiteral("pia.status"),
                 DpiaTr::tr("%1 is not a PIA status of the CNIL tool (0-4); the DPIA is "
                            "imported as a draft.")
                     .arg(pia.status));
            break;
        }
        if (!pia.appliedAdjustments.trimmed().isEmpty())
            m_notes << plainTextToHtml(
                DpiaTr::tr("Adjustments made: %1").arg(plainField(pia.appliedAdjustments)));
        m_dpia.insert(dpiaField::status, status);
    }

    void planOpinions()
    {
        const Pia &pia = m_pia;
        const bool dpoStatusKnown = pia.dpoStatus && (*pia.dpoStatus == 0 || *pia.dpoStatus == 1);
        if (pia.dpoStatus && !dpoStatusKnown)
            warn(QStringLiteral("pia.dpo_status"),
                 DpiaTr::tr("%1 is not a DPO opinion of the CNIL tool (0 or 1); only the DPO's "
                            "text is imported.")
                     .arg(*pia.dpoStatus));
        QStringList advice;
        if (dpoStatusKnown)
            advice << dpoOpinionLine(*pia.dpoStatus);
        if (!plainField(pia.dpoOpinion).isEmpty())
            advice << plainField(pia.dpoOpinion);
        if (!advice.isEmpty())
            m_dpia.insert(dpiaField::dpoAdvice, joinParagraphs(advice));
        // Accepted when the outcome followed the advice; a validation against it overruled it.
        if (dpoStatusKnown && isValidated(pia.status)) {
            m_dpia.insert(dpiaField::dpoAdviceDecision, *pia.dpoStatus == 1
                                                            ? QStringLiteral("accepted")
                                                            : QStringLiteral("overruled"));
            if (*pia.dpoStatus == 0)
                warn(QStringLiteral("pia.dpo_status"),
                     DpiaTr::tr("The PIA was validated although the DPO advised against the "
                                "processing, and the file gives no reason: record why the "
                                "advice was overruled."));
        } else if (dpoStatusKnown && pia.status == piaStatus::Refused && *pia.dpoStatus == 0) {
            m_dpia.insert(dpiaField::dpoAdviceDecision, QStringLiteral("accepted"));
        }

        QStringList views;
        if (pia.peopleSearched == false) {
            const QString reason = plainField(pia.peopleNotSearchedReason);
            views << viewsNotSought(reason);
        } else if (pia.peopleSearched == true || !pia.peopleNames.isEmpty() ||
                   !plainField(pia.peopleOpinion).isEmpty()) {
            if (!pia.peopleNames.isEmpty())
                views << viewsSoughtFromLine(plainField(pia.peopleNames));
            if (pia.peopleStatus && (*pia.peopleStatus == 0 || *pia.peopleStatus == 1))
                views << peopleOpinionLine(*pia.peopleStatus);
            if (!plainField(pia.peopleOpinion).isEmpty())
                views << plainField(pia.peopleOpinion);
        }
        if (!views.isEmpty())
            m_dpia.insert(dpiaField::individualsViews, joinParagraphs(views));
    }

    void planSignoffs()
    {
        const Pia &pia = m_pia;
        QJsonObject signoffs;
        const auto sign = [&signoffs](const QString &role, const QString &name) {
            signoffs.insert(role, QJsonObject{{QStringLiteral("name"), name}});
        };
        const QString dpos = capped(plainField(pia.dposNames).simplified(), MaxPersonName);
        const QString validator = capped(plainField(pia.validatorName).simplified(), MaxPersonName);
        if (!dpos.isEmpty())
            sign(QStringLiteral("dpo_advice"), dpos);
        // Validating a PIA in the tool approves its measures and its residual risks.
        if (!validator.isEmpty() && isValidated(pia.status)) {
            sign(QStringLiteral("measures_approved"), validator);
            sign(QStringLiteral("residual_approved"), validator);
        }
        if (!signoffs.isEmpty())
            m_dpia.insert(dpiaField::signoffs, QString::fromUtf8(QJsonDocument(signoffs).toJson(
                                                   QJsonDocument::Compact)));
        QStringList people;
        if (!pia.authorName.isEmpty())
            people << DpiaTr::tr("Author: %1.").arg(plainField(pia.authorName));
        if (!pia.evaluatorName.isEmpty())
            people << DpiaTr::tr("Evaluator: %1.").arg(plainField(pia.evaluatorName));
        if (!validator.isEmpty())
            people << DpiaTr::tr("Validator: %1.").arg(validator);
        if (!people.isEmpty())
            m_notes.prepend(plainTextToHtml(people.join(QLatin1Char(' '))));
        if (!pia.category.isEmpty())
            m_notes << plainTextToHtml(
                DpiaTr::tr("Category in the CNIL tool: %1").arg(plainField(pia.category)));
    }
};

} // namespace

void planValidation(const Pia &pia, QVariantMap *dpia, QStringList *notes, QList<Problem> *problems)
{
    ValidationPlanner(pia, dpia, notes, problems).run();
}

} // namespace igw::cnil
