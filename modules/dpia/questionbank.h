#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace igw {

class Workspace;

// The DPIA question bank: the ICO template's steps 1-7 as data, so an organisation can add
// questions and guidance without a rebuild. The built-in bank is resources/dpia/
// question-bank.json (compiled in); an organisation installs its own into the workspace,
// where every installed version is kept, because each DPIA records the bank version it was
// written with and must still read back after the bank changes.
//
// JSON: {"format": "igw-dpia-question-bank", "version": "ico-2018.1", "title": "...",
//        "steps": [{"id": "2", "title": "...", "guidance": "...",
//                   "questions": [{"id": "2.scope.data", "text": "...", "guidance": "...",
//                                  "prefill": "data_categories", "required": true}]}]}
// Question ids are stable keys of DPIA answers; "prefill" names what the linked processing
// activities and assets can propose (see prefill.h); steps 5-7 hold risks, measures and
// sign-off and may have no questions.
struct BankQuestion {
    QString id;
    QString text;     // plain text, translated by the bank's author
    QString guidance; // plain text, may be empty
    QString prefill;  // empty, or a prefill key
    bool required = false;
};

struct BankStep {
    QString id; // "1" .. "7"
    QString title;
    QString guidance;
    QList<BankQuestion> questions;
};

struct QuestionBank {
    QString version;
    QString title;
    QList<BankStep> steps;

    const BankQuestion *question(const QString &id) const;
    const BankStep *step(const QString &id) const;
    QStringList questionIds() const;
    const BankStep *stepOf(const QString &questionId) const; // the step holding a question

    static constexpr qsizetype maxBankBytes = 1024 * 1024; // fromJson() refuses larger files

    // Parses and checks a bank (hostile input: size cap, format tag, unique non-empty ids,
    // known prefill keys, text limits). Errors say what and where ("step 2, question 4").
    static std::optional<QuestionBank> fromJson(const QByteArray &json, QString *error);
    // The bank compiled into the program.
    static const QuestionBank &builtIn();
    static QByteArray builtInJson(); // its file: a starting point for an organisation's own bank
};

// The keys a question's "prefill" may name (see prefill.h).
QStringList prefillKeys();

// The bank new DPIAs use: the organisation's installed one if any, else the built-in.
QuestionBank currentQuestionBank(Workspace &workspace);
// A specific version (the one a DPIA was written with): installed or built-in; nullopt if
// the workspace never had it.
std::optional<QuestionBank> questionBankVersion(Workspace &workspace, const QString &version);
// Installs a bank as the organisation's current one (audited); refuses a version already
// installed with different content.
bool installQuestionBank(Workspace &workspace, const QByteArray &json, QString *error);
// The versions installed in the workspace (meta keys "dpia_question_bank:<version>";
// "dpia_question_bank_current" names the current one), sorted.
QStringList installedQuestionBankVersions(Workspace &workspace);

} // namespace igw
