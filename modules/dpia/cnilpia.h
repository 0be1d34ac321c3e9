#pragma once

#include "dpia/cnilpiafile.h"
#include "dpia/cnilpiaplan.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace igw {

class Workspace;

struct CnilPiaOptions {
    bool dryRun = false; // check and report only
    // The question bank the answers are keyed for; empty: the workspace's current bank.
    QString bankVersion;
};

struct CnilPiaReport {
    QString fatal;      // the file is unreadable or not a PIA: nothing was checked
    QString writeError; // checked, but writing failed (rolled back)

    QString title;
    int cnilStatus = 0; // the tool's code, see cnil::piaStatus
    QString status;     // ours (choices::dpiaStatus())

    int answers = 0;
    int answersToQuestions = 0;
    int answersToRisks = 0;
    int answersToNotes = 0;
    int emptyAnswers = 0;
    int risks = 0;
    int measures = 0;
    int actionPlanMeasures = 0; // evaluated "improvable"
    int evaluations = 0;
    int comments = 0;
    QList<cnil::MappingRow> mapping; // every answer and evaluation, and where it went
    QStringList importedNotes;       // the labels of what went to imported_notes

    QList<cnil::Problem> problems;
    int errors = 0;
    int warnings = 0;

    // What was written (or on a dry run, nothing: 0 / empty).
    qint64 dpiaId = 0;
    QString dpiaRef;
    bool written = false;

    bool ok() const { return fatal.isEmpty() && writeError.isEmpty() && errors == 0; }
};

// Imports a PIA exported by the CNIL's PIA tool (its JSON: pia, answers, measures,
// evaluations, comments) as one DPIA on the CNIL's 4 x 4 matrix, with source "cnil-pia":
// answers keyed by our question bank (cnilmapping.h), the three feared events as risks,
// the measures with their evaluations (improvable ones form the action plan), the DPO's
// and individuals' opinions, sign-off names and status; what has no place goes to the
// DPIA's imported notes under its CNIL label, so nothing is dropped. The choices are
// documented in cnilpiaplan.h.
//
// Check, then write: the file is read and checked in full (size cap, JSON errors with
// their offset, every value's type, text limits; a structure export is recognised and
// refused), the plan and report are made, and only if there is no error is everything
// written in one WriteTransaction, or nothing. HTML is sanitised (cnilhtml.h).
class CnilPiaImporter {
public:
    explicit CnilPiaImporter(Workspace &workspace);
    CnilPiaReport run(const QString &path, const CnilPiaOptions &options);
    // The same for a file already in memory; `sourceName` names it in the imported notes.
    CnilPiaReport runOnData(const QByteArray &json, const QString &sourceName,
                            const CnilPiaOptions &options);

private:
    CnilPiaReport import(const cnil::PiaFile &file, const QString &sourceName,
                         const CnilPiaOptions &options);
    bool write(const cnil::Plan &plan, CnilPiaReport *report);
    Workspace &m_ws;
};

} // namespace igw
