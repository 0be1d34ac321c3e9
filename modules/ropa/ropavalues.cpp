#include "ropa/ropavalues.h"

#include "register/assets.h"
#include "ropa/activities.h"
#include "ropa/ropatr.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace igw::ropavalues {

namespace {

// Lower case, anything but letters and digits as one space: "Art. 6(1)(e)" -> "art 6 1 e".
QString words(const QString &text)
{
    static const QRegularExpression other(QStringLiteral("[^\\p{L}\\p{N}]+"));
    return text.toLower().replace(other, QStringLiteral(" ")).simplified();
}

struct Alias {
    QString key;
    QStringList phrases; // in words() form
};

QList<Alias>
aliasList(std::initializer_list<std::pair<const char *, std::initializer_list<const char *>>> list)
{
    QList<Alias> out;
    for (const auto &[key, phrases] : list) {
        Alias a{QString::fromLatin1(key), {}};
        for (const char *p : phrases)
            a.phrases << QString::fromLatin1(p);
        out << a;
    }
    return out;
}

// Names people give the choices besides the labels' own words.
QList<Alias> aliases(const QString &field)
{
    namespace f = activityField;
    if (field == f::lawfulBasis)
        return aliasList(
            {{"consent", {"consent"}},
             {"contract", {"contract", "contractual necessity"}},
             {"legal_obligation",
              {"legal obligation", "legal requirement", "statutory obligation"}},
             {"vital_interests", {"vital interest", "vital interests"}},
             {"public_task", {"public task", "public interest", "official authority"}},
             {"legitimate_interests", {"legitimate interest", "legitimate interests"}}});
    if (field == f::art9Condition)
        return aliasList({{"a", {"explicit consent"}},
                          {"b", {"employment", "social security", "social protection"}},
                          {"c", {"vital interest", "vital interests"}},
                          {"d", {"not for profit", "not for profit bodies"}},
                          {"e", {"made public", "manifestly made public"}},
                          {"f", {"legal claims", "judicial acts"}},
                          {"g", {"substantial public interest"}},
                          {"h",
                           {"health or social care", "health and social care", "social care",
                            "health care", "healthcare", "medical"}},
                          {"i", {"public health"}},
                          {"j", {"archiving", "research", "statistics", "statistical"}}});
    if (field == f::transferSafeguard)
        return aliasList(
            {{"adequacy", {"adequacy", "adequacy regulations", "adequacy decision"}},
             {"legal_instrument", {"legally binding instrument"}},
             {"bcr", {"binding corporate rules", "bcr", "bcrs"}},
             {"idta", {"idta", "international data transfer agreement"}},
             {"addendum",
              {"addendum", "uk addendum", "standard contractual clauses", "scc", "sccs"}},
             {"code_of_conduct", {"code of conduct"}},
             {"certification", {"certification"}},
             {"explicit_consent", {"explicit consent"}},
             {"contract", {"contract with the individual"}},
             {"public_interest", {"important reasons of public interest"}},
             {"legal_claims", {"legal claims"}},
             {"vital_interests", {"vital interests"}},
             {"public_register", {"public register"}},
             {"compelling_interests", {"compelling legitimate interests"}}});
    if (field == f::dpiaRequired)
        return aliasList({{"yes", {"yes", "y", "required", "needed", "true"}},
                          {"no", {"no", "n", "not required", "not needed", "false"}}});
    if (field == f::dpiaProgress)
        return aliasList(
            {{"not_started", {"not started", "not yet started", "to do", "pending", "not begun"}},
             {"in_progress",
              {"in progress", "ongoing", "underway", "under way", "started", "draft", "in draft"}},
             {"complete",
              {"complete", "completed", "done", "finished", "signed off", "approved"}}});
    if (field == f::role)
        return aliasList({{"controller", {"controller", "data controller"}},
                          {"processor", {"processor", "data processor"}}});
    return {};
}

// The choice a citation in the cell names: "" when there is none; nullopt when it names
// a paragraph that is not on the list.
std::optional<QString> citedKey(const QString &field, const QString &text)
{
    namespace f = activityField;
    const QString lower = text.toLower();
    const auto letter = [&](const QString &pattern, const Choices &list) -> QString {
        const QRegularExpression re(pattern);
        const auto m = re.match(lower);
        if (!m.hasMatch())
            return {};
        const int index = m.captured(1).at(0).unicode() - u'a';
        return index >= 0 && index < list.size() ? list.at(index).first : QString();
    };
    if (field == f::lawfulBasis)
        return letter(QStringLiteral("(?<![\\d.])6\\s*[.(]?\\s*1\\s*[.)]?\\s*[.(]?\\s*([a-f])"
                                     "\\s*\\)?(?![a-z])"),
                      choices::lawfulBasis());
    if (field == f::art9Condition)
        return letter(QStringLiteral("(?<![\\d.])9\\s*[.(]?\\s*2\\s*[.)]?\\s*[.(]?\\s*([a-j])"
                                     "\\s*\\)?(?![a-z])"),
                      choices::art9Condition());
    if (field == f::schedule1Condition) {
        static const QRegularExpression para(
            QStringLiteral("(?:\\bpara(?:graph)?s?\\.?|§|\\bcondition)\\s*(\\d{1,3})\\b"));
        static const QRegularExpression bare(QStringLiteral("^\\s*(\\d{1,3})\\s*$"));
        auto m = para.match(lower);
        if (!m.hasMatch())
            m = bare.match(lower);
        if (!m.hasMatch())
            return QString();
        const QString key = QStringLiteral("para") + QString::number(m.captured(1).toInt());
        for (const auto &c : choices::schedule1Condition()) {
            if (c.first == key)
                return key;
        }
        return std::nullopt;
    }
    return QString();
}

// Keys whose phrases occur in the cell as whole words; a phrase inside a longer one that
// also matched ("started" in "not started") does not count.
QStringList phraseKeys(const QString &field, const Choices &list, const QString &text)
{
    struct Hit {
        qsizetype from;
        qsizetype to;
        QString key;
    };
    QList<Alias> all = aliases(field);
    for (const auto &c : list) {
        // The label's words before the citation, e.g. "statutory and government purposes".
        all.append({c.first, {words(c.second.section(QStringLiteral(" — "), 0, 0))}});
    }
    const QString padded = QLatin1Char(' ') + words(text) + QLatin1Char(' ');
    QList<Hit> hits;
    for (const Alias &a : std::as_const(all)) {
        for (const QString &p : a.phrases) {
            if (p.isEmpty())
                continue;
            const QString needle = QLatin1Char(' ') + p + QLatin1Char(' ');
            for (qsizetype at = padded.indexOf(needle); at >= 0;
                 at = padded.indexOf(needle, at + 1))
                hits.append({at, at + needle.size(), a.key});
        }
    }
    QStringList keys;
    for (const Hit &h : std::as_const(hits)) {
        bool inside = false;
        for (const Hit &o : std::as_const(hits)) {
            if ((o.to - o.from) > (h.to - h.from) && o.from <= h.from && o.to >= h.to)
                inside = true;
        }
        if (!inside && !keys.contains(h.key))
            keys << h.key;
    }
    return keys;
}

QString describe(const QString &field)
{
    namespace f = activityField;
    if (field == f::lawfulBasis)
        return RopaTr::tr("an Article 6 lawful basis");
    if (field == f::art9Condition)
        return RopaTr::tr("an Article 9 condition");
    if (field == f::schedule1Condition)
        return RopaTr::tr("a DPA 2018 Schedule 1 condition");
    if (field == f::transferSafeguard)
        return RopaTr::tr("a transfer safeguard");
    if (field == f::dpiaRequired)
        return RopaTr::tr("an answer to whether a DPIA is required");
    if (field == f::dpiaProgress)
        return RopaTr::tr("a DPIA progress");
    if (field == f::role)
        return RopaTr::tr("a role");
    return RopaTr::tr("a value");
}

QString accepted(const QString &field, const Choices &list)
{
    namespace f = activityField;
    if (field == f::schedule1Condition)
        return RopaTr::tr("Use a paragraph of DPA 2018 Schedule 1 Part 1 or 2, such as "
                          "\"Sch. 1 para 6\", \"para 18\" or \"Statutory and government "
                          "purposes\", or N/A.");
    QStringList labels;
    for (const auto &c : list)
        labels << c.second;
    const QString joined = labels.join(QStringLiteral("; "));
    if (field == f::lawfulBasis)
        return RopaTr::tr("Use one of: %1; or the article alone, such as 6(1)(e).").arg(joined);
    if (field == f::art9Condition)
        return RopaTr::tr("Use one of: %1; or the article alone, such as 9(2)(h).").arg(joined);
    return RopaTr::tr("Use one of: %1.").arg(joined);
}

} // namespace

bool isNotApplicable(const QString &text)
{
    static const QSet<QString> none{QString(),
                                    QStringLiteral("n a"),
                                    QStringLiteral("na"),
                                    QStringLiteral("not applicable"),
                                    QStringLiteral("none"),
                                    QStringLiteral("nil")};
    return none.contains(words(text));
}

std::optional<QString> matchChoice(const QString &field, const QString &text, QString *problem)
{
    const Choices *list = choices::forActivityField(field);
    if (!list) {
        if (problem)
            *problem = RopaTr::tr("%1 is not a field with a list of values.").arg(field);
        return std::nullopt;
    }
    if (isNotApplicable(text))
        return QString();
    const QString direct = choices::match(*list, text);
    if (!direct.isEmpty())
        return direct;
    const std::optional<QString> cited = citedKey(field, text);
    if (!cited) {
        if (problem)
            *problem = RopaTr::tr("\"%1\" names a paragraph that is not a condition in DPA 2018 "
                                  "Schedule 1 Parts 1 and 2. %2")
                           .arg(text.left(200), accepted(field, *list));
        return std::nullopt;
    }
    const QStringList named = phraseKeys(field, *list, text);
    if (!cited->isEmpty()) {
        if (!named.isEmpty() && !named.contains(*cited)) {
            if (problem)
                *problem = RopaTr::tr("\"%1\" cites %2 but names %3. Correct one of them.")
                               .arg(text.left(200), choices::label(*list, *cited),
                                    choices::label(*list, named.constFirst()));
            return std::nullopt;
        }
        return *cited;
    }
    if (named.size() == 1)
        return named.constFirst();
    if (problem) {
        if (named.size() > 1) {
            QStringList labels;
            for (const QString &k : named)
                labels << choices::label(*list, k);
            *problem = RopaTr::tr("\"%1\" names more than one (%2), but the record holds one. "
                                  "Keep the main one and note the others in Notes.")
                           .arg(text.left(200), labels.join(QStringLiteral("; ")));
        } else {
            *problem = RopaTr::tr("\"%1\" is not %2 that this import recognises. %3")
                           .arg(text.left(200), describe(field), accepted(field, *list));
        }
    }
    return std::nullopt;
}

std::optional<QString> parseYesNo(const QString &text)
{
    static const QSet<QString> yes{QStringLiteral("yes"), QStringLiteral("y"),
                                   QStringLiteral("true"), QStringLiteral("1"),
                                   QStringLiteral("x")};
    static const QSet<QString> no{QStringLiteral("no"), QStringLiteral("n"),
                                  QStringLiteral("false"), QStringLiteral("0"),
                                  QStringLiteral("none")};
    const QString t = text.trimmed();
    if (t == QStringLiteral("✓") || t == QStringLiteral("✔"))
        return QStringLiteral("1");
    const QString w = words(t);
    if (yes.contains(w))
        return QStringLiteral("1");
    if (no.contains(w))
        return QStringLiteral("0");
    if (isNotApplicable(t))
        return QString();
    const QString first = w.section(QLatin1Char(' '), 0, 0);
    if (first == QLatin1String("yes"))
        return QStringLiteral("1");
    if (first == QLatin1String("no"))
        return QStringLiteral("0");
    return std::nullopt;
}

QDate parseDate(const QString &text)
{
    const QString t = text.trimmed();
    QDate d = QDate::fromString(t.left(10), Qt::ISODate);
    if (d.isValid())
        return d;
    static const char *const formats[] = {"d/M/yyyy",    "d/M/yy",     "d.M.yyyy",   "d-M-yyyy",
                                          "d MMMM yyyy", "d MMM yyyy", "d-MMM-yyyy", "d-MMM-yy"};
    const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
    for (const char *format : formats) {
        d = uk.toDate(t, QString::fromLatin1(format));
        if (d.isValid()) {
            if (d.year() < 1950) // two-digit years mean this century
                d = d.addYears(100);
            return d;
        }
    }
    return {};
}

QStringList splitCell(const QString &text)
{
    QStringList parts;
    QString current;
    int depth = 0;
    for (const QChar c : text) {
        if (c == u'(')
            ++depth;
        else if (c == u')' && depth > 0)
            --depth;
        if (depth == 0 && (c == u';' || c == u'\n' || c == u'\r')) {
            parts << current;
            current.clear();
        } else {
            current += c;
        }
    }
    parts << current;
    static const QRegularExpression bullet(QStringLiteral("^[\\s•·*–-]+"));
    QStringList out;
    for (QString p : std::as_const(parts)) {
        p = unguard(p.simplified()).remove(bullet).simplified();
        if (!p.isEmpty() && !out.contains(p, Qt::CaseInsensitive))
            out << p;
    }
    return out;
}

QString unguard(const QString &text)
{
    if (text.size() > 1 && text.front() == u'\'' && QStringLiteral("=+-@").contains(text.at(1)))
        return text.mid(1);
    return text;
}

QString organisationNamePart(const QString &term)
{
    const QString t = term.simplified();
    if (t.endsWith(u')')) {
        const qsizetype open = t.indexOf(QStringLiteral(" ("));
        if (open > 0)
            return t.left(open).simplified();
    }
    return t;
}

} // namespace igw::ropavalues
