#include "dpia/cnilpiafile.h"

#include "dpia/dpiatr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace igw::cnil {

namespace {

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return DpiaTr::tr("null");
    case QJsonValue::Bool:
        return DpiaTr::tr("true or false");
    case QJsonValue::Double:
        return DpiaTr::tr("a number");
    case QJsonValue::String:
        return DpiaTr::tr("text");
    case QJsonValue::Array:
        return DpiaTr::tr("a list");
    case QJsonValue::Object:
        return DpiaTr::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return DpiaTr::tr("nothing");
}

// Reads typed values out of the JSON, recording a problem for each value of the wrong type
// (an error: the file is not what the CNIL tool writes, so we do not guess) and treating a
// missing or null value as absent, as the tool itself writes null for unanswered fields.
class Reader {
public:
    explicit Reader(QList<Problem> *problems)
        : m_problems(problems)
    {
    }

    void error(const QString &where, const QString &message)
    {
        m_problems->append({where, message, true});
    }
    void warn(const QString &where, const QString &message)
    {
        m_problems->append({where, message, false});
    }

    QString text(const QJsonObject &o, const QString &key, const QString &where,
                 qsizetype limit = MaxNameChars)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        const QString at = where + QLatin1Char('.') + key;
        if (!v.isString()) {
            error(at, DpiaTr::tr("Expected text, found %1.").arg(typeName(v)));
            return {};
        }
        const QString s = v.toString();
        if (s.size() > limit) {
            error(at, DpiaTr::tr("The text is %1 characters long; at most %2 are accepted.")
                          .arg(s.size())
                          .arg(limit));
            return {};
        }
        return s;
    }

    // A whole number written as a number or as digits in text (the tool's server edition
    // writes some ids as text).
    std::optional<qint64> integer(const QJsonObject &o, const QString &key, const QString &where)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        const QString at = where + QLatin1Char('.') + key;
        if (v.isDouble()) {
            const double d = v.toDouble();
            if (std::isfinite(d) && std::floor(d) == d && std::fabs(d) <= 9007199254740992.0)
                return qint64(d);
        } else if (v.isString()) {
            bool ok = false;
            const qint64 n = v.toString().trimmed().toLongLong(&ok);
            if (ok)
                return n;
        }
        error(at, DpiaTr::tr("Expected a whole number, found %1.").arg(typeName(v)));
        return std::nullopt;
    }

    // A small code (status, gauge): out-of-range numbers are kept as -1 for the plan to
    // report rather than being truncated into a valid-looking value.
    int code(const QJsonObject &o, const QString &key, const QString &where)
    {
        const std::optional<qint64> n = integer(o, key, where);
        if (!n)
            return 0;
        return (*n < 0 || *n > 1000) ? -1 : int(*n);
    }

    std::optional<bool> boolean(const QJsonObject &o, const QString &key, const QString &where)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (v.isBool())
            return v.toBool();
        if (v.isDouble() && (v.toDouble() == 0 || v.toDouble() == 1))
            return v.toDouble() == 1;
        error(where + QLatin1Char('.') + key,
              DpiaTr::tr("Expected true or false, found %1.").arg(typeName(v)));
        return std::nullopt;
    }

    // reference_to: the tool writes numbers for answers and text for evaluations.
    QString reference(const QJsonObject &o, const QString &where)
    {
        const QJsonValue v = o.value(QStringLiteral("reference_to"));
        if (v.isString())
            return text(o, QStringLiteral("reference_to"), where).trimmed();
        if (v.isDouble()) {
            const std::optional<qint64> n = integer(o, QStringLiteral("reference_to"), where);
            return n ? QString::number(*n) : QString();
        }
        error(where + QStringLiteral(".reference_to"),
              v.isUndefined()
                  ? DpiaTr::tr("Missing: every entry must say what it refers to.")
                  : DpiaTr::tr("Expected a number or text, found %1.").arg(typeName(v)));
        return {};
    }

    // The objects of an array member; a missing member is an empty list (with a warning
    // when `expected`), anything but an array of objects an error.
    QList<QJsonObject> objects(const QJsonObject &root, const QString &key)
    {
        QList<QJsonObject> out;
        const QJsonValue v = root.value(key);
        if (v.isUndefined() || v.isNull()) {
            warn(key, DpiaTr::tr("The file has no %1; none are imported.").arg(key));
            return out;
        }
        if (!v.isArray()) {
            error(key, DpiaTr::tr("Expected a list, found %1.").arg(typeName(v)));
            return out;
        }
        const QJsonArray a = v.toArray();
        if (a.size() > MaxItems) {
            error(key, DpiaTr::tr("The file has %1 %2; at most %3 are accepted.")
                           .arg(a.size())
                           .arg(key)
                           .arg(MaxItems));
            return out;
        }
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a.at(i).isObject()) {
                error(QStringLiteral("%1[%2]").arg(key).arg(i),
                      DpiaTr::tr("Expected an object, found %1.").arg(typeName(a.at(i))));
                continue;
            }
            out << a.at(i).toObject();
        }
        return out;
    }

private:
    QList<Problem> *m_problems;
};

void readPia(Reader &r, const QJsonObject &o, Pia *pia)
{
    const QString w = QStringLiteral("pia");
    pia->id = r.integer(o, QStringLiteral("id"), w).value_or(0);
    pia->status = r.code(o, QStringLiteral("status"), w);
    pia->name = r.text(o, QStringLiteral("name"), w).trimmed();
    pia->category = r.text(o, QStringLiteral("category"), w).trimmed();
    pia->authorName = r.text(o, QStringLiteral("author_name"), w).trimmed();
    pia->evaluatorName = r.text(o, QStringLiteral("evaluator_name"), w).trimmed();
    pia->validatorName = r.text(o, QStringLiteral("validator_name"), w).trimmed();
    pia->dposNames = r.text(o, QStringLiteral("dpos_names"), w).trimmed();
    if (const auto s = r.integer(o, QStringLiteral("dpo_status"), w))
        pia->dpoStatus = int(std::clamp<qint64>(*s, -1, 1000));
    pia->dpoOpinion = r.text(o, QStringLiteral("dpo_opinion"), w, MaxTextChars);
    pia->peopleNames = r.text(o, QStringLiteral("people_names"), w).trimmed();
    pia->peopleSearched = r.boolean(o, QStringLiteral("concerned_people_searched_opinion"), w);
    pia->peopleNotSearchedReason =
        r.text(o, QStringLiteral("concerned_people_searched_content"), w, MaxTextChars);
    if (const auto s = r.integer(o, QStringLiteral("concerned_people_status"), w))
        pia->peopleStatus = int(std::clamp<qint64>(*s, -1, 1000));
    pia->peopleOpinion = r.text(o, QStringLiteral("concerned_people_opinion"), w, MaxTextChars);
    // The tool's model spells these two differently from its exports; read both.
    pia->rejectionReason = r.text(o, QStringLiteral("rejection_reason"), w, MaxTextChars);
    if (pia->rejectionReason.isEmpty())
        pia->rejectionReason = r.text(o, QStringLiteral("rejected_reason"), w, MaxTextChars);
    pia->appliedAdjustments = r.text(o, QStringLiteral("applied_adjustments"), w, MaxTextChars);
    if (pia->appliedAdjustments.isEmpty())
        pia->appliedAdjustments =
            r.text(o, QStringLiteral("applied_adjustements"), w, MaxTextChars);
    pia->createdAt = r.text(o, QStringLiteral("created_at"), w);
    pia->updatedAt = r.text(o, QStringLiteral("updated_at"), w);
    if (!o.contains(QStringLiteral("status")))
        r.warn(w + QStringLiteral(".status"),
               DpiaTr::tr("The PIA has no status; it is imported as a draft."));
}

void readAnswers(Reader &r, const QJsonObject &root, PiaFile *file)
{
    const QList<QJsonObject> items = r.objects(root, QStringLiteral("answers"));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject &o = items[i];
        Answer a;
        a.where = QStringLiteral("answers[%1]").arg(i);
        const std::optional<qint64> ref = r.integer(o, QStringLiteral("reference_to"), a.where);
        if (!ref) {
            if (!o.contains(QStringLiteral("reference_to")))
                r.error(a.where + QStringLiteral(".reference_to"),
                        DpiaTr::tr("Missing: an answer must name its question."));
            continue;
        }
        if (*ref < 1 || *ref > 999999) {
            r.error(a.where + QStringLiteral(".reference_to"),
                    DpiaTr::tr("%1 is not a question number of the CNIL tool.").arg(*ref));
            continue;
        }
        a.questionId = int(*ref);
        const QJsonValue data = o.value(QStringLiteral("data"));
        if (!data.isObject()) {
            r.error(
                a.where + QStringLiteral(".data"),
                DpiaTr::tr("Expected an object with the answer, found %1.").arg(typeName(data)));
            continue;
        }
        const QJsonObject d = data.toObject();
        const QString dw = a.where + QStringLiteral(".data");
        a.text = r.text(d, QStringLiteral("text"), dw, MaxTextChars);
        a.gauge = r.code(d, QStringLiteral("gauge"), dw);
        const QJsonValue list = d.value(QStringLiteral("list"));
        if (list.isArray()) {
            const QJsonArray entries = list.toArray();
            if (entries.size() > MaxListEntries) {
                r.error(dw + QStringLiteral(".list"),
                        DpiaTr::tr("The list has %1 entries; at most %2 are accepted.")
                            .arg(entries.size())
                            .arg(MaxListEntries));
            } else {
                for (qsizetype j = 0; j < entries.size(); ++j) {
                    const QString at = QStringLiteral("%1.list[%2]").arg(dw).arg(j);
                    if (!entries.at(j).isString()) {
                        r.error(
                            at,
                            DpiaTr::tr("Expected text, found %1.").arg(typeName(entries.at(j))));
                    } else if (entries.at(j).toString().size() > MaxNameChars) {
                        r.error(at, DpiaTr::tr("The entry is %1 characters long; at most %2 "
                                               "are accepted.")
                                        .arg(entries.at(j).toString().size())
                                        .arg(MaxNameChars));
                    } else {
                        a.list << entries.at(j).toString();
                    }
                }
            }
        } else if (!list.isUndefined() && !list.isNull()) {
            r.error(dw + QStringLiteral(".list"),
                    DpiaTr::tr("Expected a list, found %1.").arg(typeName(list)));
        }
        file->answers << a;
    }
}

void readMeasures(Reader &r, const QJsonObject &root, PiaFile *file)
{
    const QList<QJsonObject> items = r.objects(root, QStringLiteral("measures"));
    for (qsizetype i = 0; i < items.size(); ++i) {
        Measure m;
        m.where = QStringLiteral("measures[%1]").arg(i);
        m.id = r.integer(items[i], QStringLiteral("id"), m.where).value_or(0);
        m.title = r.text(items[i], QStringLiteral("title"), m.where, MaxTextChars);
        m.content = r.text(items[i], QStringLiteral("content"), m.where, MaxTextChars);
        file->measures << m;
    }
}

void readEvaluations(Reader &r, const QJsonObject &root, PiaFile *file)
{
    const QList<QJsonObject> items = r.objects(root, QStringLiteral("evaluations"));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject &o = items[i];
        Evaluation e;
        e.where = QStringLiteral("evaluations[%1]").arg(i);
        e.referenceTo = r.reference(o, e.where);
        if (e.referenceTo.isEmpty())
            continue;
        e.status = r.code(o, QStringLiteral("status"), e.where);
        e.evaluationComment =
            r.text(o, QStringLiteral("evaluation_comment"), e.where, MaxTextChars);
        e.actionPlanComment =
            r.text(o, QStringLiteral("action_plan_comment"), e.where, MaxTextChars);
        e.estimatedImplementationDate =
            r.text(o, QStringLiteral("estimated_implementation_date"), e.where).trimmed();
        e.personInCharge = r.text(o, QStringLiteral("person_in_charge"), e.where).trimmed();
        e.globalStatus = r.code(o, QStringLiteral("global_status"), e.where);
        const QJsonValue gauges = o.value(QStringLiteral("gauges"));
        if (gauges.isObject()) {
            const QString gw = e.where + QStringLiteral(".gauges");
            e.gaugeX = r.code(gauges.toObject(), QStringLiteral("x"), gw);
            e.gaugeY = r.code(gauges.toObject(), QStringLiteral("y"), gw);
        } else if (!gauges.isUndefined() && !gauges.isNull()) {
            r.error(e.where + QStringLiteral(".gauges"),
                    DpiaTr::tr("Expected an object with x and y, found %1.").arg(typeName(gauges)));
        }
        file->evaluations << e;
    }
}

void readComments(Reader &r, const QJsonObject &root, PiaFile *file)
{
    const QList<QJsonObject> items = r.objects(root, QStringLiteral("comments"));
    for (qsizetype i = 0; i < items.size(); ++i) {
        Comment c;
        c.where = QStringLiteral("comments[%1]").arg(i);
        c.referenceTo = r.reference(items[i], c.where);
        c.forMeasure = r.boolean(items[i], QStringLiteral("for_measure"), c.where).value_or(false);
        c.description = r.text(items[i], QStringLiteral("description"), c.where, MaxTextChars);
        c.createdAt = r.text(items[i], QStringLiteral("created_at"), c.where).trimmed();
        file->comments << c;
    }
}

QString notAPia()
{
    return DpiaTr::tr("This is not a PIA exported by the CNIL's PIA tool: such a file is one JSON "
                      "object with \"pia\", \"answers\", \"measures\", \"evaluations\" and "
                      "\"comments\".");
}

} // namespace

PiaFile parsePiaJson(const QByteArray &json)
{
    PiaFile file;
    if (json.size() > MaxFileBytes) {
        file.fatal = DpiaTr::tr("The file is %1 MiB; a PIA of more than %2 MiB is not accepted.")
                         .arg(json.size() / (1024 * 1024))
                         .arg(MaxFileBytes / (1024 * 1024));
        return file;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        file.fatal = DpiaTr::tr("The file is not valid JSON (%1 at byte %2), so it is not a PIA "
                                "exported by the CNIL's PIA tool, or it was cut short.")
                         .arg(parseError.errorString())
                         .arg(parseError.offset);
        return file;
    }
    if (!doc.isObject()) {
        file.fatal = notAPia();
        return file;
    }
    const QJsonObject root = doc.object();
    const QJsonValue pia = root.value(QStringLiteral("pia"));
    if (!root.contains(QStringLiteral("pia"))) {
        const QJsonValue structure = root.value(QStringLiteral("structure"));
        if (structure.isObject()) {
            const QString name = structure.toObject().value(QStringLiteral("name")).toString();
            file.fatal =
                DpiaTr::tr("This is a structure exported by the CNIL's PIA tool (a template of "
                           "questions%1), not a PIA: it holds no assessment to import. Export "
                           "the PIA itself from the tool and import that file.")
                    .arg(name.isEmpty() ? QString()
                                        : QStringLiteral(", \"%1\"").arg(name.left(200)));
        } else {
            file.fatal = notAPia();
        }
        return file;
    }
    if (!pia.isObject()) {
        file.fatal = DpiaTr::tr("The file's \"pia\" is %1, not the PIA's details; it is not a PIA "
                                "exported by the CNIL's PIA tool.")
                         .arg(typeName(pia));
        return file;
    }
    Reader r(&file.problems);
    readPia(r, pia.toObject(), &file.pia);
    readAnswers(r, root, &file);
    readMeasures(r, root, &file);
    readEvaluations(r, root, &file);
    readComments(r, root, &file);
    return file;
}

PiaFile readPiaFile(const QString &path)
{
    PiaFile file;
    QFile f(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        file.fatal = DpiaTr::tr("There is no file %1.").arg(QDir::toNativeSeparators(path));
        return file;
    }
    if (info.size() > MaxFileBytes) {
        file.fatal = DpiaTr::tr("%1 is %2 MiB; a PIA of more than %3 MiB is not accepted.")
                         .arg(QDir::toNativeSeparators(path))
                         .arg(info.size() / (1024 * 1024))
                         .arg(MaxFileBytes / (1024 * 1024));
        return file;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        file.fatal =
            DpiaTr::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), f.errorString());
        return file;
    }
    // One byte more than the cap, in case the file grew after the size check.
    return parsePiaJson(f.read(MaxFileBytes + 1));
}

} // namespace igw::cnil
