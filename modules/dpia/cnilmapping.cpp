#include "dpia/cnilmapping.h"

#include "dpia/cnilstructure.h"

namespace igw::cnil {

const QList<QPair<int, QString>> &questionMapping()
{
    static const QList<QPair<int, QString>> table{{111, QStringLiteral("1.aims")},
                                                  {112, QStringLiteral("2.nature.sharing")},
                                                  {113, QStringLiteral("2.context.codes")},
                                                  {121, QStringLiteral("2.scope.data")},
                                                  {122, QStringLiteral("2.nature.use")},
                                                  {123, QStringLiteral("2.nature.storage")},
                                                  {211, QStringLiteral("2.purposes.aims")},
                                                  {212, QStringLiteral("4.lawful_basis")},
                                                  {213, QStringLiteral("4.minimisation")},
                                                  {214, QStringLiteral("4.data_quality")},
                                                  {215, QStringLiteral("2.scope.retention")},
                                                  {221, QStringLiteral("4.information")},
                                                  {222, QStringLiteral("4.lawful_basis")},
                                                  {223, QStringLiteral("4.rights")},
                                                  {224, QStringLiteral("4.rights")},
                                                  {225, QStringLiteral("4.rights")},
                                                  {226, QStringLiteral("4.processors")},
                                                  {227, QStringLiteral("4.transfers")}};
    return table;
}

AnswerTarget answerTarget(int cnilQuestionId)
{
    AnswerTarget target;
    for (const auto &[cnil, ours] : questionMapping()) {
        if (cnil == cnilQuestionId) {
            target.questionId = ours;
            return target;
        }
    }
    // Section 3's risk items only for the standard structure's questions: a custom
    // structure may number other questions in the same range.
    if (!question(cnilQuestionId) || sectionOf(cnilQuestionId) != 3)
        return target;
    target.fearedEvent = fearedEventOfItem(itemOf(cnilQuestionId));
    if (target.fearedEvent.isEmpty())
        return target;
    static const RiskPart parts[] = {RiskPart::Impacts,  RiskPart::Threats,  RiskPart::Sources,
                                     RiskPart::Controls, RiskPart::Severity, RiskPart::Likelihood};
    const int q = cnilQuestionId % 10;
    if (q >= 1 && q <= 6)
        target.riskPart = parts[q - 1];
    else
        target.fearedEvent.clear();
    return target;
}

} // namespace igw::cnil
