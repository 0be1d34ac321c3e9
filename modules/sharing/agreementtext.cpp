#include "sharing/agreementtext.h"

#include "register/assets.h"
#include "ropa/activities.h"
#include "sharing/agreements.h"
#include "sharing/agreementview.h"
#include "sharing/placeholders.h"
#include "sharing/sharingtr.h"

#include <QDate>
#include <QJsonDocument>
#include <QLocale>

namespace igw {

namespace af = agreementField;

namespace {

QString longDate(const QString &iso)
{
    const QDate date = QDate::fromString(iso.left(10), Qt::ISODate);
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMMM yyyy")) : iso;
}

QString choiceText(const Choices &list, const QString &key)
{
    return key.isEmpty() ? QString() : choices::label(list, key);
}

QString partyDescription(const AgreementPartyView &p)
{
    QString text = p.name;
    if (!p.icoRegistration.isEmpty())
        text = SharingTr::tr("%1 (ICO registration %2)").arg(text, p.icoRegistration);
    if (!p.address.trimmed().isEmpty())
        text = SharingTr::tr("%1 of %2").arg(text, p.address.trimmed());
    return text;
}

QString roleWord(const QString &role)
{
    if (role == QLatin1String("joint_controller"))
        return SharingTr::tr("joint controller");
    if (role == QLatin1String("processor"))
        return SharingTr::tr("processor");
    return SharingTr::tr("controller");
}

// "A, B and C".
QString listInWords(const QStringList &items)
{
    if (items.size() <= 1)
        return items.value(0);
    return SharingTr::tr("%1 and %2")
        .arg(items.mid(0, items.size() - 1).join(QStringLiteral("; ")), items.constLast());
}

} // namespace

QString missingPlaceholderText(const QString &placeholder)
{
    // Dates that may stay open read as what they mean, not as a gap.
    if (placeholder == QLatin1String("startDate"))
        return SharingTr::tr("the date of the last signature");
    if (placeholder == QLatin1String("endDate"))
        return SharingTr::tr("the end of the sharing it governs");
    static const QHash<QString, QString> what{
        {QStringLiteral("parties"), SharingTr::tr("the parties")},
        {QStringLiteral("partyRoles"), SharingTr::tr("the role of each party")},
        {QStringLiteral("contacts"), SharingTr::tr("a contact for each party")},
        {QStringLiteral("purpose"), SharingTr::tr("the purpose of the sharing")},
        {QStringLiteral("benefits"), SharingTr::tr("the benefits expected")},
        {QStringLiteral("dataItems"), SharingTr::tr("the data items shared")},
        {QStringLiteral("dataSubjects"), SharingTr::tr("whose data is shared")},
        {QStringLiteral("lawfulBasis"), SharingTr::tr("the lawful basis under UK GDPR Art. 6")},
        {QStringLiteral("art9Condition"), SharingTr::tr("the condition under UK GDPR Art. 9")},
        {QStringLiteral("schedule1Condition"),
         SharingTr::tr("the condition in DPA 2018 Schedule 1")},
        {QStringLiteral("art10"), SharingTr::tr("the basis under UK GDPR Art. 10")},
        {QStringLiteral("statutoryGateway"), SharingTr::tr("the statutory gateway")},
        {QStringLiteral("informingIndividuals"),
         SharingTr::tr("how individuals are told about the sharing")},
        {QStringLiteral("rightsHandling"), SharingTr::tr("how rights requests are handled")},
        {QStringLiteral("foiHandling"), SharingTr::tr("how FOI requests are handled")},
        {QStringLiteral("complaintsHandling"), SharingTr::tr("how complaints are handled")},
        {QStringLiteral("dataQuality"), SharingTr::tr("the data quality arrangements")},
        {QStringLiteral("security"), SharingTr::tr("the security measures")},
        {QStringLiteral("retentionDeletion"), SharingTr::tr("the retention periods")},
        {QStringLiteral("breachHandling"), SharingTr::tr("the breach arrangements")},
        {QStringLiteral("onwardSharing"), SharingTr::tr("the onward sharing arrangements")},
        {QStringLiteral("reviewArrangements"), SharingTr::tr("the review arrangements")},
        {QStringLiteral("variation"), SharingTr::tr("how the agreement is varied")},
        {QStringLiteral("termination"), SharingTr::tr("the notice period for withdrawal")},
        {QStringLiteral("reviewDate"), SharingTr::tr("the review date")},
    };
    return SharingTr::tr("[to be agreed: %1]").arg(what.value(placeholder, placeholder));
}

AgreementFacts agreementFacts(const AgreementView &v)
{
    AgreementFacts facts;
    QHash<QString, QString> &x = facts.values;
    x.insert(QStringLiteral("ourOrganisation"), v.ourOrganisation);
    x.insert(QStringLiteral("title"), v.value(af::title));
    x.insert(QStringLiteral("reference"), v.agreement.ref);
    x.insert(QStringLiteral("version"), QString::number(v.version()));
    QStringList parties, roles, contacts;
    for (const AgreementPartyView &p : v.parties) {
        parties << partyDescription(p);
        roles << SharingTr::tr("%1 is a %2").arg(p.name, roleWord(p.role));
        if (!p.contact.isEmpty())
            contacts << SharingTr::tr("for %1, %2").arg(p.name, p.contact);
        if (p.role == QLatin1String("processor"))
            facts.conditions.insert(QStringLiteral("processor"));
        if (p.role == QLatin1String("joint_controller"))
            facts.conditions.insert(QStringLiteral("joint_controller"));
    }
    x.insert(QStringLiteral("parties"), listInWords(parties));
    x.insert(QStringLiteral("partyRoles"), listInWords(roles));
    if (contacts.size() == v.parties.size())
        x.insert(QStringLiteral("contacts"), listInWords(contacts));
    x.insert(QStringLiteral("dataItems"), v.dataItems().join(QStringLiteral("; ")));
    x.insert(QStringLiteral("dataSubjects"), v.dataSubjects().join(QStringLiteral("; ")));
    x.insert(QStringLiteral("lawfulBasis"),
             choiceText(choices::lawfulBasis(), v.value(af::lawfulBasis)));
    x.insert(QStringLiteral("art9Condition"),
             choiceText(choices::art9Condition(), v.value(af::art9Condition)));
    x.insert(QStringLiteral("schedule1Condition"),
             choiceText(choices::schedule1Condition(), v.value(af::schedule1Condition)));
    x.insert(QStringLiteral("art10"), choiceText(choices::art10Basis(), v.value(af::art10)));
    const QList<std::pair<const char *, QString>> plain{
        {"purpose", af::purpose},
        {"benefits", af::benefits},
        {"statutoryGateway", af::statutoryGateway},
        {"informingIndividuals", af::informingIndividuals},
        {"rightsHandling", af::rightsHandling},
        {"foiHandling", af::foiHandling},
        {"complaintsHandling", af::complaintsHandling},
        {"dataQuality", af::dataQuality},
        {"security", af::security},
        {"retentionDeletion", af::retentionDeletion},
        {"breachHandling", af::breachHandling},
        {"onwardSharing", af::onwardSharing},
        {"reviewArrangements", af::reviewArrangements},
        {"variation", af::variation},
        {"termination", af::termination}};
    for (const auto &[name, field] : plain) {
        // Clause sentences end with their own full stop.
        QString text = v.value(field).trimmed();
        while (text.endsWith(u'.'))
            text.chop(1);
        x.insert(QLatin1String(name), text);
    }
    for (const auto &[name, field] :
         {std::pair{"startDate", af::startDate}, std::pair{"reviewDate", af::reviewDate},
          std::pair{"endDate", af::endDate}})
        x.insert(QLatin1String(name), longDate(v.value(field)));
    if (v.specialCategory())
        facts.conditions.insert(QStringLiteral("special_category"));
    if (v.criminalOffence())
        facts.conditions.insert(QStringLiteral("criminal_offence"));
    if (!v.value(af::statutoryGateway).trimmed().isEmpty())
        facts.conditions.insert(QStringLiteral("statutory_gateway"));
    return facts;
}

QList<DraftSection> draftAgreement(const ClauseLibrary &library, const AgreementFacts &facts,
                                   const QJsonObject &overrides, const QJsonObject &additions)
{
    // Numbers first, so cross-references can point forwards.
    QHash<QString, QString> numbers;
    QList<DraftSection> out;
    int s = 0;
    for (const LibrarySection &section : library.sections) {
        DraftSection d;
        d.id = section.id;
        d.number = QString::number(++s);
        d.title = section.title;
        numbers.insert(QStringLiteral("section:") + section.id, d.number);
        int c = 0;
        for (const LibraryClause &clause : section.clauses) {
            if (!clause.when.isEmpty() && !facts.conditions.contains(clause.when))
                continue;
            const QString number = QStringLiteral("%1.%2").arg(d.number).arg(++c);
            numbers.insert(QStringLiteral("clause:") + clause.id, number);
            d.clauses.append({clause.id, number, 1, clause.text, false});
            int sub = 0;
            for (const LibraryClause &subClause : clause.clauses) {
                if (!subClause.when.isEmpty() && !facts.conditions.contains(subClause.when))
                    continue;
                const QString subNumber = QStringLiteral("%1.%2").arg(number).arg(++sub);
                numbers.insert(QStringLiteral("clause:") + subClause.id, subNumber);
                d.clauses.append({subClause.id, subNumber, 2, subClause.text, false});
            }
        }
        const QJsonValue addition = additions.value(section.id);
        if (addition.isString())
            d.addition = addition.toString();
        out.append(d);
    }
    QHash<QString, QString> values = facts.values;
    for (auto it = numbers.cbegin(); it != numbers.cend(); ++it)
        values.insert(it.key(), it.value());
    const auto missing = [](const QString &name) {
        if (name.startsWith(QLatin1String("clause:")) || name.startsWith(QLatin1String("section:")))
            return SharingTr::tr("[not applicable]");
        return missingPlaceholderText(name);
    };
    for (DraftSection &d : out)
        for (DraftClause &c : d.clauses) {
            const QJsonValue own = overrides.value(c.id);
            if (own.isString() && !own.toString().trimmed().isEmpty()) {
                c.text = own.toString().trimmed();
                c.reworded = true;
            }
            c.text = placeholders::fill(c.text, values, missing);
        }
    return out;
}

ClauseLibrary libraryFor(Workspace &workspace, const AgreementView &view)
{
    return clauseLibraryVersion(workspace, view.value(af::libraryVersion))
        .value_or(currentClauseLibrary(workspace));
}

QJsonObject agreementJson(const QString &stored)
{
    if (stored.trimmed().isEmpty())
        return {};
    return QJsonDocument::fromJson(stored.toUtf8()).object();
}

} // namespace igw
