#include "dpia/dpiatr.h"
#include "dpia/screening.h"

// The screening questionnaire as data: its ids are stable keys of stored answers.
namespace igw::screening {

namespace {

QString icoCitation(int item)
{
    return DpiaTr::tr("ICO list under UK GDPR Art. 35(4), item %1").arg(item);
}

QString wp248Citation(int criterion)
{
    return DpiaTr::tr("WP248 rev.01, criterion %1").arg(criterion);
}

QList<Question> buildQuestions()
{
    using G = Group;
    return {
        {QStringLiteral("art35.profiling"), G::Art35,
         DpiaTr::tr("Extensive profiling with significant effects"),
         DpiaTr::tr("Will you systematically and extensively evaluate people's personal aspects "
                    "by automated processing, including profiling, and base decisions on it "
                    "that have legal or similarly significant effects on them?"),
         DpiaTr::tr("For example automated eligibility decisions or risk scores that decide who "
                    "gets a service or an intervention."),
         DpiaTr::tr("UK GDPR Art. 35(3)(a)")},
        {QStringLiteral("art35.large_scale_special"), G::Art35,
         DpiaTr::tr("Large-scale special category or criminal offence data"),
         DpiaTr::tr("Will you process special category data or criminal offence data on a "
                    "large scale?"),
         DpiaTr::tr("Special category data: health, racial or ethnic origin, religion, sexual "
                    "life or orientation, trade union membership, political opinions, genetic "
                    "and biometric data. Consider the number of people, the amount of data, "
                    "how long and how widely it is processed."),
         DpiaTr::tr("UK GDPR Art. 35(3)(b)")},
        {QStringLiteral("art35.public_monitoring"), G::Art35,
         DpiaTr::tr("Large-scale monitoring of a public place"),
         DpiaTr::tr("Will you systematically monitor a publicly accessible place on a large "
                    "scale?"),
         DpiaTr::tr("For example CCTV or sensors covering streets, car parks, parks or public "
                    "buildings."),
         DpiaTr::tr("UK GDPR Art. 35(3)(c)")},

        {QStringLiteral("ico.innovative_technology"), G::IcoList,
         DpiaTr::tr("Innovative technology"),
         DpiaTr::tr("Will you use new technologies, or existing technologies in a novel way "
                    "(including artificial intelligence)?"),
         DpiaTr::tr("High risk when combined with any other criterion from WP248."), icoCitation(1),
         true},
        {QStringLiteral("ico.denial_of_service"), G::IcoList, DpiaTr::tr("Denial of service"),
         DpiaTr::tr("Will you make decisions about people's access to a product, service, "
                    "opportunity or benefit based to any extent on automated decision-making "
                    "(including profiling), or on special category data?"),
         DpiaTr::tr("For example deciding eligibility for a grant, a service or housing."),
         icoCitation(2)},
        {QStringLiteral("ico.large_scale_profiling"), G::IcoList,
         DpiaTr::tr("Large-scale profiling"),
         DpiaTr::tr("Will you profile individuals on a large scale?"),
         DpiaTr::tr("Profiling means evaluating personal aspects, such as behaviour, needs or "
                    "risk, by automated means."),
         icoCitation(3)},
        {QStringLiteral("ico.biometric"), G::IcoList, DpiaTr::tr("Biometric data"),
         DpiaTr::tr("Will you process biometric data to identify people uniquely?"),
         DpiaTr::tr("For example facial recognition or fingerprint entry. High risk when "
                    "combined with any other criterion from WP248."),
         icoCitation(4), true},
        {QStringLiteral("ico.genetic"), G::IcoList, DpiaTr::tr("Genetic data"),
         DpiaTr::tr("Will you process genetic data (other than by a GP or health professional "
                    "to provide health care directly to the person)?"),
         DpiaTr::tr("High risk when combined with any other criterion from WP248."), icoCitation(5),
         true},
        {QStringLiteral("ico.data_matching"), G::IcoList, DpiaTr::tr("Data matching"),
         DpiaTr::tr("Will you combine, compare or match personal data obtained from several "
                    "sources?"),
         DpiaTr::tr("For example matching records for fraud prevention or to find families "
                    "who may need help. High risk when combined with any other criterion from "
                    "WP248."),
         icoCitation(6), true},
        {QStringLiteral("ico.invisible_processing"), G::IcoList, DpiaTr::tr("Invisible processing"),
         DpiaTr::tr("Will you process personal data not obtained from the people themselves, "
                    "where telling them (Art. 14) would be impossible or take disproportionate "
                    "effort?"),
         DpiaTr::tr("High risk when combined with any other criterion from WP248."), icoCitation(7),
         true},
        {QStringLiteral("ico.tracking"), G::IcoList, DpiaTr::tr("Tracking"),
         DpiaTr::tr("Will you track people's location or behaviour, online or offline?"),
         DpiaTr::tr("For example vehicle tracking, location data from apps, or monitoring how "
                    "people use a website. High risk when combined with any other criterion "
                    "from WP248."),
         icoCitation(8), true},
        {QStringLiteral("ico.targeting_vulnerable"), G::IcoList,
         DpiaTr::tr("Targeting children or other vulnerable individuals"),
         DpiaTr::tr("Will you use the personal data of children or other vulnerable people for "
                    "marketing, profiling or other automated decision-making, or offer online "
                    "services directly to children?"),
         DpiaTr::tr("Vulnerable people include those who may find it hard to understand or "
                    "object to the processing."),
         icoCitation(9)},
        {QStringLiteral("ico.risk_of_harm"), G::IcoList, DpiaTr::tr("Risk of physical harm"),
         DpiaTr::tr("Could a personal data breach put someone's physical health or safety at "
                    "risk?"),
         DpiaTr::tr("For example the address of someone fleeing domestic abuse, or details of a "
                    "child in care."),
         icoCitation(10)},

        {QStringLiteral("wp248.evaluation_scoring"), G::Wp248, DpiaTr::tr("Evaluation or scoring"),
         DpiaTr::tr("Will you evaluate or score people, including profiling and predicting?"),
         DpiaTr::tr("For example assessing risk, needs, performance, reliability or behaviour."),
         wp248Citation(1)},
        {QStringLiteral("wp248.automated_decisions"), G::Wp248,
         DpiaTr::tr("Automated decisions with legal or similar effect"),
         DpiaTr::tr("Will decisions with legal or similarly significant effects on people be "
                    "made automatically?"),
         DpiaTr::tr("Decisions that could exclude or discriminate against people, made without "
                    "meaningful human involvement."),
         wp248Citation(2)},
        {QStringLiteral("wp248.systematic_monitoring"), G::Wp248,
         DpiaTr::tr("Systematic monitoring"),
         DpiaTr::tr("Will you observe, monitor or control people systematically?"),
         DpiaTr::tr("Including CCTV, monitoring staff use of systems, or data collected through "
                    "networks."),
         wp248Citation(3)},
        {QStringLiteral("wp248.sensitive_data"), G::Wp248,
         DpiaTr::tr("Sensitive or highly personal data"),
         DpiaTr::tr("Will you process special category data, criminal offence data, or other "
                    "highly personal data?"),
         DpiaTr::tr("Highly personal data includes financial details, social care records, "
                    "and private communications."),
         wp248Citation(4)},
        {QStringLiteral("wp248.large_scale"), G::Wp248, DpiaTr::tr("Large scale"),
         DpiaTr::tr("Will the processing be on a large scale?"),
         DpiaTr::tr("Consider the number of people, the volume and range of data, how long it "
                    "goes on and the geographical area it covers."),
         wp248Citation(5)},
        {QStringLiteral("wp248.matching_combining"),
         G::Wp248,
         DpiaTr::tr("Matching or combining datasets"),
         DpiaTr::tr("Will you match or combine datasets from different processing operations "
                    "or controllers in ways people would not expect?"),
         {},
         wp248Citation(6)},
        {QStringLiteral("wp248.vulnerable_subjects"), G::Wp248,
         DpiaTr::tr("Vulnerable data subjects"), DpiaTr::tr("Are the people concerned vulnerable?"),
         DpiaTr::tr("Children, employees (because of the imbalance of power), people with "
                    "mental health needs, older people, asylum seekers, patients and others "
                    "who cannot easily consent or object."),
         wp248Citation(7)},
        {QStringLiteral("wp248.innovative_technology"), G::Wp248,
         DpiaTr::tr("Innovative use or new technology"),
         DpiaTr::tr("Will you use new technology, or apply technology or organisational "
                    "solutions in a new way?"),
         DpiaTr::tr("For example fingerprint and face recognition, the Internet of Things, or "
                    "artificial intelligence."),
         wp248Citation(8)},
        {QStringLiteral("wp248.prevents_rights"), G::Wp248,
         DpiaTr::tr("Prevents exercising a right or using a service"),
         DpiaTr::tr("Could the processing prevent people from exercising a right or using a "
                    "service or contract?"),
         DpiaTr::tr("For example screening people to decide whether they may have a service."),
         wp248Citation(9)},
    };
}

} // namespace

const QList<Question> &questions()
{
    static const QList<Question> list = buildQuestions();
    return list;
}

const Question *question(const QString &id)
{
    for (const Question &q : questions())
        if (q.id == id)
            return &q;
    return nullptr;
}

QString groupTitle(Group group)
{
    switch (group) {
    case Group::Art35:
        return DpiaTr::tr("Always required (UK GDPR Art. 35(3))");
    case Group::IcoList:
        return DpiaTr::tr("The ICO's list of processing likely to result in high risk");
    case Group::Wp248:
        return DpiaTr::tr("WP248 criteria (two or more usually mean a DPIA is needed)");
    }
    return {};
}

} // namespace igw::screening
