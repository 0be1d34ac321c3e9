#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace igw::cnil {

// Something wrong with a CNIL PIA file: errors stop the import, warnings do not.
struct Problem {
    QString where;   // "answers[3].data.text"; empty: the file as a whole
    QString message; // translated
    bool error = true;
};

// A PIA as the CNIL's PIA tool exports it (one JSON object: pia, answers, measures,
// evaluations, comments), read with every value's type checked. Values stay as the file
// has them (HTML included); what they mean is the import's business (cnilpiaplan.h).
struct Answer {
    QString where;      // "answers[3]"
    int questionId = 0; // reference_to
    QString text;       // data.text: HTML
    int gauge = 0;      // data.gauge: 0 none, else as written (checked later)
    QStringList list;   // data.list
};

struct Measure {
    QString where;
    qint64 id = 0; // 0: the file gave none
    QString title;
    QString content; // HTML
};

struct Evaluation {
    QString where;
    QString referenceTo; // "1.1", "2.1.211", "3.1.<measure id>", "3.2"
    int status = 0;      // see cnilstructure.h evaluationStatus
    QString evaluationComment;
    QString actionPlanComment;
    int gaugeX = 0; // severity, 0 not assessed
    int gaugeY = 0; // likelihood
    QString estimatedImplementationDate;
    QString personInCharge;
    int globalStatus = 0;
};

struct Comment {
    QString where;
    QString referenceTo; // a question id, an item ("3.2") or, for a measure, its id
    bool forMeasure = false;
    QString description; // plain text
    QString createdAt;
};

struct Pia {
    qint64 id = 0;
    int status = 0;
    QString name;
    QString category;
    QString authorName;
    QString evaluatorName;
    QString validatorName;
    QString dposNames;
    std::optional<int> dpoStatus; // 0 should not be implemented, 1 can be
    QString dpoOpinion;
    QString peopleNames;
    std::optional<bool> peopleSearched; // concerned_people_searched_opinion
    QString peopleNotSearchedReason;    // concerned_people_searched_content
    std::optional<int> peopleStatus;
    QString peopleOpinion;
    QString rejectionReason;
    QString appliedAdjustments;
    QString createdAt;
    QString updatedAt;
};

struct PiaFile {
    QString fatal; // not a PIA or unreadable: nothing else is filled
    Pia pia;
    QList<Answer> answers;
    QList<Measure> measures;
    QList<Evaluation> evaluations;
    QList<Comment> comments;
    QList<Problem> problems;
};

// Limits for a hostile file: the CNIL's own example is 60 KiB.
constexpr qint64 MaxFileBytes = 20 * 1024 * 1024;
constexpr qsizetype MaxTextChars = 1024 * 1024; // one answer, comment or measure
constexpr qsizetype MaxNameChars = 1000;        // names, titles, dates, references
constexpr qsizetype MaxItems = 5000;            // answers, measures, evaluations, comments
constexpr qsizetype MaxListEntries = 500;       // one list answer

// Reads and checks the file; a file over MaxFileBytes is refused unread.
PiaFile readPiaFile(const QString &path);
PiaFile parsePiaJson(const QByteArray &json);

} // namespace igw::cnil
