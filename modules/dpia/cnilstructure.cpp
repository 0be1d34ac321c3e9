#include "dpia/cnilstructure.h"

#include "dpia/dpiatr.h"

#include <QCoreApplication>

namespace igw::cnil {

const QList<Question> &questions()
{
    // Generated from the tool's pia_architecture.json and en.json; tst_cnilpia checks the
    // table against both files.
    static const QList<Question> list{
        {111, AnswerType::Text,
         QT_TRANSLATE_NOOP("igw::dpia", "What is the processing under consideration?")},
        {112, AnswerType::Text,
         QT_TRANSLATE_NOOP("igw::dpia", "What are the responsibilities linked to the processing?")},
        {113, AnswerType::Text,
         QT_TRANSLATE_NOOP("igw::dpia", "Are there standards applicable to the processing?")},
        {121, AnswerType::Text, QT_TRANSLATE_NOOP("igw::dpia", "What are the data processed?")},
        {122, AnswerType::Text,
         QT_TRANSLATE_NOOP("igw::dpia", "How does the life cycle of data and processes work?")},
        {123, AnswerType::Text,
         QT_TRANSLATE_NOOP("igw::dpia", "What are the data supporting assets?")},
        {211, AnswerType::Text,
         QT_TRANSLATE_NOOP("igw::dpia",
                           "Are the processing purposes specified, explicit and legitimate?")},
        {212, AnswerType::Text,
         QT_TRANSLATE_NOOP("igw::dpia", "What are the legal basis making the processing lawful?")},
        {213, AnswerType::Text,
         QT_TRANSLATE_NOOP(
             "igw::dpia",
             "Are the data collected adequate, relevant and limited to what is necessary in "
             "relation to the purposes for which they are processed ('data minimisation')?")},
        {214, AnswerType::Text,
         QT_TRANSLATE_NOOP("igw::dpia", "Are the data accurate and kept up to date?")},
        {215, AnswerType::Text,
         QT_TRANSLATE_NOOP("igw::dpia", "What are the storage duration of the data?")},
        {221, AnswerType::Text,
         QT_TRANSLATE_NOOP("igw::dpia", "How are the data subjects informed on the processing?")},
        {222, AnswerType::Text,
         QT_TRANSLATE_NOOP("igw::dpia",
                           "If applicable, how is the consent of data subjects obtained?")},
        {223, AnswerType::Text,
         QT_TRANSLATE_NOOP(
             "igw::dpia",
             "How can data subjects exercise their rights of access and to data portability?")},
        {224, AnswerType::Text,
         QT_TRANSLATE_NOOP(
             "igw::dpia",
             "How can data subjects exercise their rights to rectification and erasure?")},
        {225, AnswerType::Text,
         QT_TRANSLATE_NOOP(
             "igw::dpia",
             "How can data subjects exercise their rights to restriction and to object?")},
        {226, AnswerType::Text,
         QT_TRANSLATE_NOOP("igw::dpia", "Are the obligations of the processors clearly identified "
                                        "and governed by a contract?")},
        {227, AnswerType::Text,
         QT_TRANSLATE_NOOP("igw::dpia", "In the case of data transfer outside the European Union, "
                                        "are the data adequately protected?")},
        {321, AnswerType::List,
         QT_TRANSLATE_NOOP(
             "igw::dpia",
             "What could be the main impacts on the data subjects if the risk were to occur?")},
        {322, AnswerType::List,
         QT_TRANSLATE_NOOP("igw::dpia", "What are the main threats that could lead to the risk?")},
        {323, AnswerType::List, QT_TRANSLATE_NOOP("igw::dpia", "What are the risk sources?")},
        {324, AnswerType::List,
         QT_TRANSLATE_NOOP(
             "igw::dpia",
             "Which of the identified planned controls contribute to addressing the risk?")},
        {325, AnswerType::Gauge,
         QT_TRANSLATE_NOOP("igw::dpia", "How do you estimate the risk severity, especially "
                                        "according to potential impacts and planned controls?")},
        {326, AnswerType::Gauge,
         QT_TRANSLATE_NOOP("igw::dpia",
                           "How do you estimate the likelihood of the risk, especially in respect "
                           "of threats, sources of risk and planned controls?")},
        {331, AnswerType::List,
         QT_TRANSLATE_NOOP(
             "igw::dpia",
             "What could be the main impacts on the data subjects if the risk were to occur?")},
        {332, AnswerType::List,
         QT_TRANSLATE_NOOP("igw::dpia", "What are the main threats that could lead to the risk?")},
        {333, AnswerType::List, QT_TRANSLATE_NOOP("igw::dpia", "What are the risk sources?")},
        {334, AnswerType::List,
         QT_TRANSLATE_NOOP("igw::dpia",
                           "Which of the identified controls contribute to addressing the risk?")},
        {335, AnswerType::Gauge,
         QT_TRANSLATE_NOOP("igw::dpia", "How do you estimate the risk severity, especially "
                                        "according to potential impacts and planned controls?")},
        {336, AnswerType::Gauge,
         QT_TRANSLATE_NOOP("igw::dpia",
                           "How do you estimate the likelihood of the risk, especially in respect "
                           "of threats, sources of risk and planned controls?")},
        {341, AnswerType::List,
         QT_TRANSLATE_NOOP(
             "igw::dpia",
             "What could be the main impacts on the data subjects if the risk were to occur?")},
        {342, AnswerType::List,
         QT_TRANSLATE_NOOP("igw::dpia", "What are the main threats that could lead to the risk?")},
        {343, AnswerType::List, QT_TRANSLATE_NOOP("igw::dpia", "What are the risk sources?")},
        {344, AnswerType::List,
         QT_TRANSLATE_NOOP("igw::dpia",
                           "Which of the identified controls contribute to addressing the risk?")},
        {345, AnswerType::Gauge,
         QT_TRANSLATE_NOOP("igw::dpia", "How do you estimate the risk severity, especially "
                                        "according to potential impacts and planned controls?")},
        {346, AnswerType::Gauge,
         QT_TRANSLATE_NOOP("igw::dpia",
                           "How do you estimate the likelihood of the risk, especially in respect "
                           "of threats, sources of risk and planned controls?")},
    };
    return list;
}

const Question *question(int id)
{
    for (const Question &q : questions()) {
        if (q.id == id)
            return &q;
    }
    return nullptr;
}

QString questionLabel(int id)
{
    if (const Question *q = question(id))
        return DpiaTr::tr(q->label);
    return DpiaTr::tr("CNIL question %1").arg(id);
}

QString itemLabel(int section, int item)
{
    struct Item {
        int section;
        int item;
        const char *label;
    };
    static const Item items[] = {
        {1, 1, QT_TRANSLATE_NOOP("igw::dpia", "Overview")},
        {1, 2, QT_TRANSLATE_NOOP("igw::dpia", "Data, processes and supporting assets")},
        {2, 1, QT_TRANSLATE_NOOP("igw::dpia", "Proportionality and necessity")},
        {2, 2,
         QT_TRANSLATE_NOOP("igw::dpia",
                           "Controls to protect the personal rights of data subjects")},
        {3, 1, QT_TRANSLATE_NOOP("igw::dpia", "Planned or existing measures")},
        {3, 2, QT_TRANSLATE_NOOP("igw::dpia", "Illegitimate access to data")},
        {3, 3, QT_TRANSLATE_NOOP("igw::dpia", "Unwanted modification of data")},
        {3, 4, QT_TRANSLATE_NOOP("igw::dpia", "Data disappearance")},
        {3, 5, QT_TRANSLATE_NOOP("igw::dpia", "Risks overview")},
        {4, 1, QT_TRANSLATE_NOOP("igw::dpia", "Risk mapping")},
        {4, 2, QT_TRANSLATE_NOOP("igw::dpia", "Action plan")},
        {4, 3, QT_TRANSLATE_NOOP("igw::dpia", "DPO and data subjects' opinions")},
        {4, 4, QT_TRANSLATE_NOOP("igw::dpia", "Validate the PIA")},
        {4, 5, QT_TRANSLATE_NOOP("igw::dpia", "Rejected PIA")}};
    for (const Item &i : items) {
        if (i.section == section && i.item == item)
            return DpiaTr::tr(i.label);
    }
    return DpiaTr::tr("CNIL item %1.%2").arg(section).arg(item);
}

QString sectionLabel(int section)
{
    switch (section) {
    case 1:
        return DpiaTr::tr("Context");
    case 2:
        return DpiaTr::tr("Fundamental principles");
    case 3:
        return DpiaTr::tr("Risks");
    case 4:
        return DpiaTr::tr("Validation");
    }
    return DpiaTr::tr("CNIL section %1").arg(section);
}

QString fearedEventOfItem(int item)
{
    switch (item) {
    case 2:
        return QStringLiteral("illegitimate_access");
    case 3:
        return QStringLiteral("unwanted_modification");
    case 4:
        return QStringLiteral("disappearance");
    }
    return {};
}

int itemOfFearedEvent(const QString &fearedEvent)
{
    for (int item = 2; item <= 4; ++item) {
        if (fearedEventOfItem(item) == fearedEvent)
            return item;
    }
    return 0;
}

QString piaStatusLabel(int status)
{
    switch (status) {
    case piaStatus::InProgress:
        return DpiaTr::tr("in progress");
    case piaStatus::Refused:
        return DpiaTr::tr("refused");
    case piaStatus::SimpleValidation:
        return DpiaTr::tr("simple validation");
    case piaStatus::SignedValidation:
        return DpiaTr::tr("signed validation");
    case piaStatus::Archived:
        return DpiaTr::tr("archived");
    }
    return DpiaTr::tr("unknown status %1").arg(status);
}

QString evaluationStatusLabel(int status)
{
    switch (status) {
    case evaluationStatus::Pending:
        return DpiaTr::tr("pending");
    case evaluationStatus::ToCorrect:
        return DpiaTr::tr("to correct");
    case evaluationStatus::Improvable:
        return DpiaTr::tr("improvable");
    case evaluationStatus::Acceptable:
        return DpiaTr::tr("acceptable");
    }
    return DpiaTr::tr("unknown status %1").arg(status);
}

} // namespace igw::cnil
