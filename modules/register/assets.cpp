#include "register/assets.h"

#include "register/registertr.h"

namespace igw {

namespace kinds {

const RecordKind &asset()
{
    using namespace assetField;
    static const RecordKind kind{
        QStringLiteral("assets"),
        QStringLiteral("IA"),
        QStringLiteral("assets"),
        {name,
         description,
         businessFunction,
         ownerPersonId,
         administratorPersonId,
         systemLocation,
         hostingCountry,
         format,
         containsPersonalData,
         dataSubjectCategories,
         personalDataCategories,
         specialCategory,
         art9Condition,
         criminalOffence,
         volumeRecords,
         volumeIndividuals,
         securityClassification,
         criticality,
         accessControls,
         lawfulBasis,
         retentionClass,
         status,
         lastReview,
         nextReview,
         notes,
         retentionClassId,
         triggerDate,
         triggerRule,
         closedOn,
         legalHold,
         legalHoldReason},
        name,
        {QStringLiteral("ref"), name, description, businessFunction, systemLocation}};
    return kind;
}

const RecordKind &flow()
{
    using namespace flowField;
    static const RecordKind kind{QStringLiteral("flows"),
                                 QStringLiteral("FL"),
                                 QStringLiteral("flows"),
                                 {title, fromAssetId, fromOrgId, toAssetId, toOrgId, dataItems,
                                  purpose, transferMethod, frequency, volume, encryptedInTransit,
                                  lawfulBasis, agreementRef, riskRating, notes},
                                 title};
    return kind;
}

} // namespace kinds

namespace choices {

const Choices &securityClassification()
{
    static const Choices c{
        {QStringLiteral("OFFICIAL"), RegisterTr::tr("OFFICIAL")},
        {QStringLiteral("OFFICIAL-SENSITIVE"), RegisterTr::tr("OFFICIAL-SENSITIVE")},
        {QStringLiteral("SECRET"), RegisterTr::tr("SECRET")},
        {QStringLiteral("TOP SECRET"), RegisterTr::tr("TOP SECRET")}};
    return c;
}

const Choices &assetFormat()
{
    static const Choices c{{QStringLiteral("electronic"), RegisterTr::tr("Electronic")},
                           {QStringLiteral("paper"), RegisterTr::tr("Paper")},
                           {QStringLiteral("both"), RegisterTr::tr("Electronic and paper")}};
    return c;
}

const Choices &assetStatus()
{
    static const Choices c{{QStringLiteral("live"), RegisterTr::tr("Live")},
                           {QStringLiteral("archived"), RegisterTr::tr("Archived")},
                           {QStringLiteral("disposed"), RegisterTr::tr("Disposed")}};
    return c;
}

const Choices &criticality()
{
    static const Choices c{{QStringLiteral("low"), RegisterTr::tr("Low")},
                           {QStringLiteral("medium"), RegisterTr::tr("Medium")},
                           {QStringLiteral("high"), RegisterTr::tr("High")},
                           {QStringLiteral("critical"), RegisterTr::tr("Critical")}};
    return c;
}

const Choices &lawfulBasis()
{
    static const Choices c{
        {QStringLiteral("consent"), RegisterTr::tr("Consent — UK GDPR Art. 6(1)(a)")},
        {QStringLiteral("contract"), RegisterTr::tr("Contract — UK GDPR Art. 6(1)(b)")},
        {QStringLiteral("legal_obligation"),
         RegisterTr::tr("Legal obligation — UK GDPR Art. 6(1)(c)")},
        {QStringLiteral("vital_interests"),
         RegisterTr::tr("Vital interests — UK GDPR Art. 6(1)(d)")},
        {QStringLiteral("public_task"), RegisterTr::tr("Public task — UK GDPR Art. 6(1)(e)")},
        {QStringLiteral("legitimate_interests"),
         RegisterTr::tr("Legitimate interests — UK GDPR Art. 6(1)(f)")}};
    return c;
}

const Choices &art9Condition()
{
    static const Choices c{
        {QStringLiteral("a"), RegisterTr::tr("Explicit consent — Art. 9(2)(a)")},
        {QStringLiteral("b"),
         RegisterTr::tr("Employment, social security and social protection — Art. 9(2)(b)")},
        {QStringLiteral("c"), RegisterTr::tr("Vital interests — Art. 9(2)(c)")},
        {QStringLiteral("d"), RegisterTr::tr("Not-for-profit bodies — Art. 9(2)(d)")},
        {QStringLiteral("e"), RegisterTr::tr("Made public by the data subject — Art. 9(2)(e)")},
        {QStringLiteral("f"), RegisterTr::tr("Legal claims and judicial acts — Art. 9(2)(f)")},
        {QStringLiteral("g"), RegisterTr::tr("Substantial public interest — Art. 9(2)(g)")},
        {QStringLiteral("h"), RegisterTr::tr("Health or social care — Art. 9(2)(h)")},
        {QStringLiteral("i"), RegisterTr::tr("Public health — Art. 9(2)(i)")},
        {QStringLiteral("j"), RegisterTr::tr("Archiving, research and statistics — Art. 9(2)(j)")}};
    return c;
}

const Choices &transferMethod()
{
    static const Choices c{
        {QStringLiteral("secure_email"), RegisterTr::tr("Secure email")},
        {QStringLiteral("sftp"), RegisterTr::tr("SFTP")},
        {QStringLiteral("api"), RegisterTr::tr("API / system interface")},
        {QStringLiteral("portal"), RegisterTr::tr("Web portal")},
        {QStringLiteral("shared_system"), RegisterTr::tr("Shared system access")},
        {QStringLiteral("email"), RegisterTr::tr("Ordinary email")},
        {QStringLiteral("paper"), RegisterTr::tr("Paper / post")},
        {QStringLiteral("removable_media"), RegisterTr::tr("Removable media")},
        {QStringLiteral("verbal"), RegisterTr::tr("Verbal / telephone")}};
    return c;
}

const Choices &frequency()
{
    static const Choices c{{QStringLiteral("one_off"), RegisterTr::tr("One-off")},
                           {QStringLiteral("ad_hoc"), RegisterTr::tr("As needed")},
                           {QStringLiteral("continuous"), RegisterTr::tr("Continuous")},
                           {QStringLiteral("daily"), RegisterTr::tr("Daily")},
                           {QStringLiteral("weekly"), RegisterTr::tr("Weekly")},
                           {QStringLiteral("monthly"), RegisterTr::tr("Monthly")},
                           {QStringLiteral("quarterly"), RegisterTr::tr("Quarterly")},
                           {QStringLiteral("annually"), RegisterTr::tr("Annually")}};
    return c;
}

const Choices &riskRating()
{
    static const Choices c{{QStringLiteral("low"), RegisterTr::tr("Low")},
                           {QStringLiteral("medium"), RegisterTr::tr("Medium")},
                           {QStringLiteral("high"), RegisterTr::tr("High")}};
    return c;
}

const Choices &assetTriggerRule()
{
    static const Choices c{
        {QStringLiteral("created"), RegisterTr::tr("Date the asset was created")},
        {QStringLiteral("last_review"), RegisterTr::tr("Date of the asset's last review")},
        {QStringLiteral("closed"), RegisterTr::tr("Date the records were closed")}};
    return c;
}

const Choices *forAssetField(const QString &field)
{
    if (field == assetField::format)
        return &assetFormat();
    if (field == assetField::art9Condition)
        return &art9Condition();
    if (field == assetField::securityClassification)
        return &securityClassification();
    if (field == assetField::criticality)
        return &criticality();
    if (field == assetField::lawfulBasis)
        return &lawfulBasis();
    if (field == assetField::status)
        return &assetStatus();
    if (field == assetField::triggerRule)
        return &assetTriggerRule();
    return nullptr;
}

QString label(const Choices &list, const QString &key)
{
    for (const auto &c : list) {
        if (c.first == key)
            return c.second;
    }
    return key;
}

QString match(const Choices &list, const QString &text)
{
    const auto simplify = [](QString s) {
        s = s.trimmed().toLower();
        s.replace(QLatin1Char('_'), QLatin1Char(' ')).replace(QLatin1Char('-'), QLatin1Char(' '));
        return s.simplified();
    };
    const QString wanted = simplify(text);
    if (wanted.isEmpty())
        return {};
    for (const auto &c : list) {
        if (simplify(c.first) == wanted || simplify(c.second) == wanted)
            return c.first;
    }
    // Labels carry a citation after " — "; accept the part before it, and the citation
    // alone ("6(1)(e)", "Art. 9(2)(h)", "9(2)(h)").
    for (const auto &c : list) {
        const QString head = simplify(c.second.section(QStringLiteral(" — "), 0, 0));
        const QString cite = simplify(c.second.section(QStringLiteral(" — "), 1));
        if (head == wanted || (!cite.isEmpty() && (cite == wanted || cite.endsWith(wanted)) &&
                               wanted.contains(QLatin1Char('('))))
            return c.first;
    }
    return {};
}

} // namespace choices

QStringList splitTerms(const QString &stored)
{
    QStringList out;
    const QStringList parts = stored.split(QLatin1Char(';'));
    for (const QString &p : parts) {
        const QString term = p.simplified();
        if (!term.isEmpty() && !out.contains(term, Qt::CaseInsensitive))
            out << term;
    }
    return out;
}

QString joinTerms(const QStringList &terms)
{
    return splitTerms(terms.join(QLatin1Char(';'))).join(QStringLiteral("; "));
}

ReviewState reviewState(const QVariant &nextReview, const QDate &today, int soonDays)
{
    const QDate due = QDate::fromString(nextReview.toString(), Qt::ISODate);
    if (!due.isValid())
        return ReviewState::NotSet;
    if (due < today)
        return ReviewState::Overdue;
    return due <= today.addDays(soonDays) ? ReviewState::DueSoon : ReviewState::Ok;
}

} // namespace igw
