#include "dpia/questionbank.h"

#include "dpia/dpiatr.h"
#include "workspace/sql.h"
#include "workspace/versioneddata.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace igw {

namespace {

// Limits for a bank read from outside: generous for a real template, small enough that a
// hostile file cannot make the program hold megabytes of text per DPIA.
constexpr qsizetype maxSteps = 20;
constexpr qsizetype maxQuestionsPerStep = 200;
constexpr qsizetype maxIdLength = 64;
constexpr qsizetype maxTitleLength = 500;
constexpr qsizetype maxTextLength = 2000;
constexpr qsizetype maxGuidanceLength = 10000;

const QString formatTag = QStringLiteral("igw-dpia-question-bank");
const versionedData::Keys metaKeys{QStringLiteral("dpia_question_bank:"),
                                   QStringLiteral("dpia_question_bank_current")};

bool isValidId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
    return !id.isEmpty() && id.size() <= maxIdLength && pattern.match(id).hasMatch();
}

// Reads an optional string member; false (with *error) when it is there but not a string
// or longer than `limit`.
bool readText(const QJsonObject &object, const QString &key, qsizetype limit, const QString &where,
              QString *out, QString *error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        out->clear();
        return true;
    }
    if (!value.isString()) {
        *error = DpiaTr::tr("%1: \"%2\" must be text.").arg(where, key);
        return false;
    }
    *out = value.toString().trimmed();
    if (out->size() > limit) {
        *error = DpiaTr::tr("%1: \"%2\" is longer than %3 characters; shorten it.")
                     .arg(where, key)
                     .arg(limit);
        return false;
    }
    return true;
}

std::optional<BankQuestion> parseQuestion(const QJsonValue &value, const QString &where,
                                          QString *error)
{
    if (!value.isObject()) {
        *error = DpiaTr::tr("%1 is not a JSON object.").arg(where);
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    BankQuestion q;
    if (!readText(object, QStringLiteral("id"), maxIdLength, where, &q.id, error) ||
        !readText(object, QStringLiteral("text"), maxTextLength, where, &q.text, error) ||
        !readText(object, QStringLiteral("guidance"), maxGuidanceLength, where, &q.guidance,
                  error) ||
        !readText(object, QStringLiteral("prefill"), maxIdLength, where, &q.prefill, error))
        return std::nullopt;
    if (!isValidId(q.id)) {
        *error = DpiaTr::tr("%1 needs an \"id\" of letters, digits, dots, hyphens or "
                            "underscores (at most %2 characters).")
                     .arg(where)
                     .arg(maxIdLength);
        return std::nullopt;
    }
    if (q.text.isEmpty()) {
        *error = DpiaTr::tr("%1 (\"%2\") has no question text.").arg(where, q.id);
        return std::nullopt;
    }
    if (!q.prefill.isEmpty() && !prefillKeys().contains(q.prefill)) {
        *error = DpiaTr::tr("%1 (\"%2\") names an unknown prefill \"%3\"; use one of: %4.")
                     .arg(where, q.id, q.prefill, prefillKeys().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    const QJsonValue required = object.value(QStringLiteral("required"));
    if (!required.isUndefined() && !required.isBool()) {
        *error = DpiaTr::tr("%1 (\"%2\"): \"required\" must be true or false.").arg(where, q.id);
        return std::nullopt;
    }
    q.required = required.toBool(false);
    return q;
}

std::optional<QuestionBank> parseBank(const QJsonObject &root, QString *error)
{
    if (root.value(QStringLiteral("format")).toString() != formatTag) {
        *error = DpiaTr::tr("This is not a DPIA question bank: \"format\" must be \"%1\".")
                     .arg(formatTag);
        return std::nullopt;
    }
    QuestionBank bank;
    const QString top = DpiaTr::tr("The question bank");
    if (!readText(root, QStringLiteral("version"), maxIdLength, top, &bank.version, error) ||
        !readText(root, QStringLiteral("title"), maxTitleLength, top, &bank.title, error))
        return std::nullopt;
    if (!isValidId(bank.version)) {
        *error = DpiaTr::tr("The question bank needs a \"version\" of letters, digits, dots, "
                            "hyphens or underscores (at most %1 characters).")
                     .arg(maxIdLength);
        return std::nullopt;
    }
    const QJsonValue stepsValue = root.value(QStringLiteral("steps"));
    if (!stepsValue.isArray() || stepsValue.toArray().isEmpty()) {
        *error = DpiaTr::tr("The question bank has no \"steps\" list.");
        return std::nullopt;
    }
    const QJsonArray steps = stepsValue.toArray();
    if (steps.size() > maxSteps) {
        *error = DpiaTr::tr("The question bank has %1 steps; at most %2 are allowed.")
                     .arg(steps.size())
                     .arg(maxSteps);
        return std::nullopt;
    }
    QSet<QString> stepIds;
    QSet<QString> questionIds;
    for (qsizetype s = 0; s < steps.size(); ++s) {
        const QString stepWhere = DpiaTr::tr("Step %1").arg(s + 1);
        if (!steps.at(s).isObject()) {
            *error = DpiaTr::tr("%1 is not a JSON object.").arg(stepWhere);
            return std::nullopt;
        }
        const QJsonObject stepObject = steps.at(s).toObject();
        BankStep step;
        if (!readText(stepObject, QStringLiteral("id"), maxIdLength, stepWhere, &step.id, error) ||
            !readText(stepObject, QStringLiteral("title"), maxTitleLength, stepWhere, &step.title,
                      error) ||
            !readText(stepObject, QStringLiteral("guidance"), maxGuidanceLength, stepWhere,
                      &step.guidance, error))
            return std::nullopt;
        if (!isValidId(step.id)) {
            *error = DpiaTr::tr("%1 needs an \"id\" such as \"2\".").arg(stepWhere);
            return std::nullopt;
        }
        if (stepIds.contains(step.id)) {
            *error = DpiaTr::tr("%1: the step id \"%2\" is used twice.").arg(stepWhere, step.id);
            return std::nullopt;
        }
        stepIds.insert(step.id);
        if (step.title.isEmpty()) {
            *error = DpiaTr::tr("%1 (\"%2\") has no title.").arg(stepWhere, step.id);
            return std::nullopt;
        }
        const QJsonValue questionsValue = stepObject.value(QStringLiteral("questions"));
        if (!questionsValue.isUndefined() && !questionsValue.isArray()) {
            *error = DpiaTr::tr("%1: \"questions\" must be a list.").arg(stepWhere);
            return std::nullopt;
        }
        const QJsonArray questions = questionsValue.toArray();
        if (questions.size() > maxQuestionsPerStep) {
            *error = DpiaTr::tr("%1 has %2 questions; at most %3 are allowed.")
                         .arg(stepWhere)
                         .arg(questions.size())
                         .arg(maxQuestionsPerStep);
            return std::nullopt;
        }
        for (qsizetype q = 0; q < questions.size(); ++q) {
            const QString where = DpiaTr::tr("Step %1, question %2").arg(s + 1).arg(q + 1);
            auto question = parseQuestion(questions.at(q), where, error);
            if (!question)
                return std::nullopt;
            if (questionIds.contains(question->id)) {
                *error = DpiaTr::tr("%1: the question id \"%2\" is used twice; every question "
                                    "needs its own id.")
                             .arg(where, question->id);
                return std::nullopt;
            }
            questionIds.insert(question->id);
            step.questions << *question;
        }
        bank.steps << step;
    }
    return bank;
}

} // namespace

QStringList prefillKeys()
{
    static const QStringList keys{
        QStringLiteral("purposes"),         QStringLiteral("subjects"),
        QStringLiteral("data_categories"),  QStringLiteral("special_category"),
        QStringLiteral("recipients"),       QStringLiteral("transfers"),
        QStringLiteral("retention"),        QStringLiteral("security"),
        QStringLiteral("lawful_basis"),     QStringLiteral("sources"),
        QStringLiteral("volume"),           QStringLiteral("systems"),
        QStringLiteral("screening_reasons")};
    return keys;
}

const BankQuestion *QuestionBank::question(const QString &id) const
{
    for (const BankStep &s : steps)
        for (const BankQuestion &q : s.questions)
            if (q.id == id)
                return &q;
    return nullptr;
}

const BankStep *QuestionBank::step(const QString &id) const
{
    for (const BankStep &s : steps)
        if (s.id == id)
            return &s;
    return nullptr;
}

QStringList QuestionBank::questionIds() const
{
    QStringList ids;
    for (const BankStep &s : steps)
        for (const BankQuestion &q : s.questions)
            ids << q.id;
    return ids;
}

const BankStep *QuestionBank::stepOf(const QString &questionId) const
{
    for (const BankStep &s : steps)
        for (const BankQuestion &q : s.questions)
            if (q.id == questionId)
                return &s;
    return nullptr;
}

std::optional<QuestionBank> QuestionBank::fromJson(const QByteArray &json, QString *error)
{
    QString local;
    QString &err = error ? *error : local;
    if (json.size() > maxBankBytes) {
        err = DpiaTr::tr("The question bank is %1 bytes; at most %2 are allowed. Remove "
                         "unneeded guidance or split the file.")
                  .arg(json.size())
                  .arg(maxBankBytes);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        err = DpiaTr::tr("The question bank is not valid JSON at byte %1: %2.")
                  .arg(parseError.offset)
                  .arg(parseError.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        err = DpiaTr::tr("The question bank must be a JSON object with \"format\", "
                         "\"version\" and \"steps\".");
        return std::nullopt;
    }
    return parseBank(doc.object(), &err);
}

QByteArray QuestionBank::builtInJson()
{
    static const QByteArray json = [] {
        QFile file(QStringLiteral(":/dpia/question-bank.json"));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    return json;
}

const QuestionBank &QuestionBank::builtIn()
{
    static const QuestionBank bank = [] {
        QString error;
        auto parsed = fromJson(builtInJson(), &error);
        // Only a broken build gets here; an empty bank keeps the program usable and the
        // tests catch it.
        if (!parsed)
            qWarning("Built-in DPIA question bank: %s", qUtf8Printable(error));
        return parsed.value_or(QuestionBank{});
    }();
    return bank;
}

QuestionBank currentQuestionBank(Workspace &workspace)
{
    if (auto bank =
            questionBankVersion(workspace, versionedData::currentVersion(workspace, metaKeys)))
        return *bank;
    return QuestionBank::builtIn();
}

std::optional<QuestionBank> questionBankVersion(Workspace &workspace, const QString &version)
{
    if (version.isEmpty())
        return std::nullopt;
    const QVariant stored = versionedData::storedJson(workspace, metaKeys, version);
    if (stored.isValid()) {
        // Stored banks were checked when installed; a damaged one is refused, not guessed.
        QString ignored;
        if (auto bank = QuestionBank::fromJson(stored.toString().toUtf8(), &ignored))
            return bank;
    }
    if (version == QuestionBank::builtIn().version)
        return QuestionBank::builtIn();
    return std::nullopt;
}

QStringList installedQuestionBankVersions(Workspace &workspace)
{
    return versionedData::installedVersions(workspace, metaKeys);
}

bool installQuestionBank(Workspace &workspace, const QByteArray &json, QString *error)
{
    QString local;
    QString &err = error ? *error : local;
    const auto bank = QuestionBank::fromJson(json, &err);
    if (!bank)
        return false;
    // A version is a promise: DPIAs written with it must read back the same questions.
    versionedData::Refusal refusal = versionedData::Refusal::None;
    if (versionedData::install(workspace, metaKeys, bank->version, json,
                               QuestionBank::builtIn().version, QuestionBank::builtInJson(),
                               &refusal, &err))
        return true;
    if (refusal == versionedData::Refusal::VersionTaken)
        err = DpiaTr::tr("Version \"%1\" of the question bank is already installed "
                         "with different content. Give the new bank a new \"version\".")
                  .arg(bank->version);
    else if (refusal == versionedData::Refusal::BuiltInVersion)
        err = DpiaTr::tr("Version \"%1\" is the built-in question bank's. Give your "
                         "bank its own \"version\".")
                  .arg(bank->version);
    return false;
}

} // namespace igw
