#include "retention/retentioncolumns.h"

#include "register/assetcolumns.h"
#include "retention/retentionclasses.h"
#include "retention/retentiontr.h"

#include <QRegularExpression>

namespace igw {

namespace {

QStringList words(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *w : list)
        out << QString::fromLatin1(w);
    return out;
}

} // namespace

const QList<RetentionColumn> &retentionColumns()
{
    using T = RetentionColumn::Type;
    using namespace retentionField;
    static const QList<RetentionColumn> columns{
        {QStringLiteral("ref"), RetentionTr::tr("Reference"), T::Reference,
         words({"reference", "ref", "class", "class ref", "class reference", "retention class",
                "id", "rc ref"})},
        {function, RetentionTr::tr("Function"), T::Text,
         words({"function", "business function", "service", "service area", "directorate"})},
        {activity, RetentionTr::tr("Activity"), T::Text,
         words({"activity", "business activity", "sub function", "process"})},
        {description, RetentionTr::tr("Records"), T::Text,
         words({"records", "description", "record description", "description of records",
                "record type", "records series", "record series", "document type"})},
        {triggerEvent, RetentionTr::tr("Trigger event"), T::Text,
         words({"trigger event", "trigger", "event", "retention trigger", "starts from",
                "retention starts"})},
        {periodYears, RetentionTr::tr("Years"), T::Integer,
         words({"years", "period years", "retention years"})},
        {periodMonths, RetentionTr::tr("Months"), T::Integer,
         words({"months", "period months", "retention months"})},
        {periodDays, RetentionTr::tr("Days"), T::Integer,
         words({"days", "period days", "retention days"})},
        {periodKind, RetentionTr::tr("Period kind"), T::Choice,
         words({"period kind", "kind of period", "period type"})},
        {retentionPeriodColumn, RetentionTr::tr("Retention period"), T::Period,
         words({"retention period", "period", "retention", "how long", "keep for"}), false},
        {disposalAction, RetentionTr::tr("Disposal action"), T::Choice,
         words({"disposal action", "action", "action at end", "action at end of retention",
                "disposal", "final action", "action at the end of the retention period"})},
        {authorityKind, RetentionTr::tr("Kind of authority"), T::Choice,
         words({"kind of authority", "authority kind", "authority type", "basis"})},
        {authority, RetentionTr::tr("Authority"), T::Text,
         words({"authority", "citation", "legal authority", "statutory authority",
                "authority or rationale", "rationale", "legislation", "source"})},
        {ownerPersonId, RetentionTr::tr("Owner"), T::Person,
         words({"owner", "class owner", "responsible officer", "record owner"})},
        {notes, RetentionTr::tr("Notes"), T::Text, words({"notes", "comments", "remarks"})}};
    return columns;
}

const RetentionColumn *retentionColumn(const QString &field)
{
    for (const RetentionColumn &c : retentionColumns()) {
        if (c.field == field)
            return &c;
    }
    return nullptr;
}

QHash<QString, int> autoMatchRetentionHeadings(const QStringList &headings)
{
    QHash<QString, int> out;
    QList<bool> used(headings.size(), false);
    // Exact exported headings first, then synonyms in the columns' order.
    for (int pass = 0; pass < 2; ++pass) {
        for (const RetentionColumn &c : retentionColumns()) {
            if (out.contains(c.field))
                continue;
            for (int i = 0; i < headings.size(); ++i) {
                if (used.at(i))
                    continue;
                const QString h = normaliseHeading(headings.at(i));
                const bool hit =
                    pass == 0 ? h == normaliseHeading(c.heading) : c.synonyms.contains(h);
                if (hit && !h.isEmpty()) {
                    out.insert(c.field, i);
                    used[i] = true;
                    break;
                }
            }
        }
    }
    return out;
}

int retentionHeadingScore(const QStringList &cells)
{
    return int(autoMatchRetentionHeadings(cells).size());
}

QString matchRetentionChoice(const QString &field, const QString &text)
{
    namespace f = retentionField;
    const Choices *list = choices::forRetentionField(field);
    if (!list)
        return {};
    const QString key = choices::match(*list, text);
    if (!key.isEmpty())
        return key;
    const QString t = normaliseHeading(text);
    static const QList<std::pair<QString, QStringList>> disposal{
        {retentionAction::destroy,
         words({"destruction", "secure destruction", "destroy", "shred", "delete",
                "confidential destruction", "securely destroy", "dispose"})},
        {retentionAction::review, words({"review", "review for archive", "appraise"})},
        {retentionAction::transferArchives,
         words({"transfer to archives", "archive", "archives", "transfer to record office",
                "offer to archives", "permanent preservation", "transfer"})},
        {retentionAction::retainPermanently,
         words({"retain permanently", "retain", "keep permanently", "permanent"})}};
    static const QList<std::pair<QString, QStringList>> authority{
        {retentionAuthority::statute,
         words({"statute", "statutory", "legislation", "law", "legal", "regulation", "act"})},
        {retentionAuthority::guideline,
         words({"guideline", "guidance", "best practice", "code of practice", "irms"})},
        {retentionAuthority::businessNeed,
         words({"business need", "business", "operational", "operational need", "local"})}};
    static const QList<std::pair<QString, QStringList>> kinds{
        {retentionPeriodKind::fixed, words({"fixed", "fixed period", "period"})},
        {retentionPeriodKind::permanent, words({"permanent", "permanently", "forever"})},
        {retentionPeriodKind::untilSuperseded, words({"until superseded", "superseded"})}};
    const auto &table = field == f::disposalAction  ? disposal
                        : field == f::authorityKind ? authority
                                                    : kinds;
    for (const auto &[k, spellings] : table) {
        if (spellings.contains(t))
            return k;
    }
    return {};
}

std::optional<ParsedPeriod> parsePeriod(const QString &text)
{
    const QString t = normaliseHeading(text);
    if (t.isEmpty())
        return std::nullopt;
    if (t == QLatin1String("permanent") || t == QLatin1String("permanently") ||
        t == QLatin1String("retain permanently") || t == QLatin1String("keep permanently") ||
        t == QLatin1String("indefinitely") || t == QLatin1String("permanent preservation") ||
        t == QLatin1String("forever") || t == QLatin1String("for ever"))
        return ParsedPeriod{retentionPeriodKind::permanent};
    if (t == QLatin1String("until superseded") || t == QLatin1String("superseded") ||
        t == QLatin1String("until superseded then destroy") || t == QLatin1String("while current"))
        return ParsedPeriod{retentionPeriodKind::untilSuperseded};
    static const QRegularExpression part(
        QStringLiteral("^(\\d{1,5})\\s*(years?|yrs?|y|months?|mths?|m|days?|d|weeks?|wks?|w)$"));
    ParsedPeriod p{retentionPeriodKind::fixed};
    // "6 years 3 months", "6 years and 3 months", "6y".
    QString rest = t;
    rest.replace(QStringLiteral(" and "), QStringLiteral(" "));
    static const QRegularExpression splitter(QStringLiteral("(\\d{1,5}\\s*[a-z]+)"));
    auto it = splitter.globalMatch(rest);
    QString consumed;
    bool any = false;
    while (it.hasNext()) {
        const auto m = it.next();
        const auto pm = part.match(m.captured(1));
        if (!pm.hasMatch())
            return std::nullopt;
        const int n = pm.captured(1).toInt();
        const QChar unit = pm.captured(2).front();
        if (unit == QLatin1Char('y'))
            p.years += n;
        else if (unit == QLatin1Char('m'))
            p.months += n;
        else if (unit == QLatin1Char('w'))
            p.days += 7 * n;
        else
            p.days += n;
        consumed += m.captured(1);
        any = true;
    }
    QString compactRest = rest;
    compactRest.remove(QLatin1Char(' '));
    consumed.remove(QLatin1Char(' '));
    if (!any || compactRest != consumed)
        return std::nullopt;
    return p;
}

} // namespace igw
