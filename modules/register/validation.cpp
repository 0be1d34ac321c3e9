#include "register/validation.h"

#include "register/assets.h"
#include "register/registertr.h"
#include "register/vocabulary.h"

#include <QDate>

namespace igw {

namespace {

using Severity = ValidationIssue::Severity;

bool flag(const QVariantMap &v, const QString &field)
{
    return v.value(field).toInt() == 1;
}
QString text(const QVariantMap &v, const QString &field)
{
    return v.value(field).toString().trimmed();
}

void checkChoice(const QVariantMap &v, const QString &field, const Choices &list,
                 const QString &what, ValidationIssues &issues)
{
    const QString value = text(v, field);
    if (value.isEmpty())
        return;
    for (const auto &c : list) {
        if (c.first == value)
            return;
    }
    QStringList labels;
    for (const auto &c : list)
        labels << c.second;
    issues.append({field,
                   RegisterTr::tr("\"%1\" is not a %2. Choose one of: %3.")
                       .arg(value, what, labels.join(QStringLiteral("; "))),
                   Severity::Error});
}

QDate checkDate(const QVariantMap &v, const QString &field, const QString &what,
                ValidationIssues &issues)
{
    const QString value = text(v, field);
    if (value.isEmpty())
        return {};
    const QDate d = QDate::fromString(value, Qt::ISODate);
    if (!d.isValid())
        issues.append({field,
                       RegisterTr::tr("The %1 \"%2\" is not a date. Use a date such as "
                                      "2026-03-31.")
                           .arg(what, value),
                       Severity::Error});
    return d;
}

void checkTerms(const QVariantMap &v, const QString &field, const QStringList &known,
                const QString &what, ValidationIssues &issues)
{
    if (known.isEmpty())
        return;
    QStringList unknown;
    for (const QString &term : splitTerms(text(v, field))) {
        if (vocabulary::canonical(known, term).isEmpty())
            unknown << term;
    }
    if (!unknown.isEmpty())
        issues.append({field,
                       RegisterTr::tr("%1 not in your organisation's list of %2: %3. Add them "
                                      "to the list, or pick an existing term.")
                           .arg(unknown.size() == 1 ? RegisterTr::tr("This term is")
                                                    : RegisterTr::tr("These terms are"),
                                what, unknown.join(QStringLiteral("; "))),
                       Severity::Warning});
}

void checkCount(const QVariantMap &v, const QString &field, const QString &what,
                ValidationIssues &issues)
{
    const QVariant value = v.value(field);
    if (value.isNull() || value.toString().trimmed().isEmpty())
        return;
    bool ok = false;
    const qlonglong n = value.toString().trimmed().toLongLong(&ok);
    if (!ok || n < 0)
        issues.append({field,
                       RegisterTr::tr("The %1 \"%2\" must be a whole number of 0 or more.")
                           .arg(what, value.toString()),
                       Severity::Error});
}

} // namespace

ValidationIssues validateAsset(const QVariantMap &v, const QStringList &subjectTerms,
                               const QStringList &dataTerms)
{
    using namespace assetField;
    ValidationIssues issues;
    if (text(v, name).isEmpty())
        issues.append({name, RegisterTr::tr("Enter the asset's name."), Severity::Error});
    checkChoice(v, securityClassification, choices::securityClassification(),
                RegisterTr::tr("security classification"), issues);
    checkChoice(v, format, choices::assetFormat(), RegisterTr::tr("format"), issues);
    checkChoice(v, status, choices::assetStatus(), RegisterTr::tr("status"), issues);
    checkChoice(v, criticality, choices::criticality(), RegisterTr::tr("criticality"), issues);
    checkChoice(v, lawfulBasis, choices::lawfulBasis(), RegisterTr::tr("lawful basis"), issues);
    checkChoice(v, art9Condition, choices::art9Condition(), RegisterTr::tr("Art. 9 condition"),
                issues);
    checkCount(v, volumeRecords, RegisterTr::tr("number of records"), issues);
    checkCount(v, volumeIndividuals, RegisterTr::tr("number of individuals"), issues);
    const QDate last = checkDate(v, lastReview, RegisterTr::tr("last review date"), issues);
    const QDate next = checkDate(v, nextReview, RegisterTr::tr("next review date"), issues);
    if (last.isValid() && next.isValid() && next < last)
        issues.append({nextReview,
                       RegisterTr::tr("The next review (%1) is before the last review (%2).")
                           .arg(next.toString(Qt::ISODate), last.toString(Qt::ISODate)),
                       Severity::Error});
    // Retention (schema v7): when the period starts, and a hold that says why.
    checkDate(v, triggerDate, RegisterTr::tr("retention trigger date"), issues);
    checkDate(v, closedOn, RegisterTr::tr("date the records were closed"), issues);
    const QString rule = text(v, triggerRule);
    if (!rule.isEmpty() && rule != QLatin1String("created") &&
        rule != QLatin1String("last_review") && rule != QLatin1String("closed"))
        issues.append({triggerRule,
                       RegisterTr::tr("\"%1\" is not a trigger rule. Choose the date the asset "
                                      "was created, its last review or the date its records "
                                      "were closed.")
                           .arg(rule),
                       Severity::Error});
    if (flag(v, legalHold) && text(v, legalHoldReason).isEmpty())
        issues.append({legalHoldReason,
                       RegisterTr::tr("Say why the asset is on legal hold (the claim, inquiry, "
                                      "request or investigation), so the hold can be released "
                                      "when it ends."),
                       Severity::Error});
    checkTerms(v, dataSubjectCategories, subjectTerms, RegisterTr::tr("data subject categories"),
               issues);
    checkTerms(v, personalDataCategories, dataTerms, RegisterTr::tr("personal data categories"),
               issues);

    const bool personal = !v.contains(containsPersonalData) || flag(v, containsPersonalData);
    const QString st = text(v, status);
    const bool live = st.isEmpty() || st == QLatin1String("live");
    if (v.value(ownerPersonId).toLongLong() <= 0 && live)
        issues.append({ownerPersonId,
                       RegisterTr::tr("No Information Asset Owner is named. Every live asset "
                                      "needs an accountable owner."),
                       Severity::Warning});
    if (personal && live && text(v, lawfulBasis).isEmpty())
        issues.append({lawfulBasis,
                       RegisterTr::tr("The asset holds personal data but no Art. 6 lawful "
                                      "basis is recorded."),
                       Severity::Warning});
    if (flag(v, specialCategory) && text(v, art9Condition).isEmpty())
        issues.append({art9Condition,
                       RegisterTr::tr("Special category data needs an Art. 9 condition (and "
                                      "often a DPA 2018 Schedule 1 condition). Record which "
                                      "applies."),
                       Severity::Warning});
    if ((flag(v, specialCategory) || flag(v, criminalOffence)) && !personal)
        issues.append({containsPersonalData,
                       RegisterTr::tr("Special category or criminal offence data is personal "
                                      "data: tick \"Contains personal data\"."),
                       Severity::Error});
    if (flag(v, criminalOffence) && text(v, lawfulBasis).isEmpty())
        issues.append({lawfulBasis,
                       RegisterTr::tr("Criminal offence data (Art. 10) needs a lawful basis "
                                      "and a Schedule 1 condition or official authority."),
                       Severity::Warning});
    const QString country = text(v, hostingCountry);
    if (personal && !country.isEmpty() &&
        country.compare(QStringLiteral("United Kingdom"), Qt::CaseInsensitive) != 0 &&
        country.compare(QStringLiteral("UK"), Qt::CaseInsensitive) != 0)
        issues.append({hostingCountry,
                       RegisterTr::tr("Hosted in %1: check that a UK adequacy regulation or "
                                      "another transfer safeguard covers it.")
                           .arg(country),
                       Severity::Warning});
    return issues;
}

ValidationIssues validateFlow(const QVariantMap &v)
{
    using namespace flowField;
    ValidationIssues issues;
    if (text(v, title).isEmpty())
        issues.append(
            {title, RegisterTr::tr("Enter a short title for the flow."), Severity::Error});
    const qint64 fa = v.value(fromAssetId).toLongLong();
    const qint64 fo = v.value(fromOrgId).toLongLong();
    const qint64 ta = v.value(toAssetId).toLongLong();
    const qint64 to = v.value(toOrgId).toLongLong();
    if ((fa > 0) == (fo > 0))
        issues.append({fromAssetId,
                       RegisterTr::tr("Choose where the data comes from: one of your assets "
                                      "or one partner organisation."),
                       Severity::Error});
    if ((ta > 0) == (to > 0))
        issues.append({toAssetId,
                       RegisterTr::tr("Choose where the data goes: one of your assets or one "
                                      "partner organisation."),
                       Severity::Error});
    if ((fa > 0 && fa == ta) || (fo > 0 && fo == to))
        issues.append({toAssetId, RegisterTr::tr("A flow cannot go from a place to itself."),
                       Severity::Error});
    checkChoice(v, transferMethod, choices::transferMethod(), RegisterTr::tr("transfer method"),
                issues);
    checkChoice(v, frequency, choices::frequency(), RegisterTr::tr("frequency"), issues);
    checkChoice(v, riskRating, choices::riskRating(), RegisterTr::tr("risk rating"), issues);
    checkChoice(v, lawfulBasis, choices::lawfulBasis(), RegisterTr::tr("lawful basis"), issues);
    const QString method = text(v, transferMethod);
    const bool electronic =
        !method.isEmpty() && method != QLatin1String("paper") && method != QLatin1String("verbal");
    if (electronic && v.contains(encryptedInTransit) && !v.value(encryptedInTransit).isNull() &&
        !flag(v, encryptedInTransit))
        issues.append({encryptedInTransit,
                       RegisterTr::tr("Personal data sent electronically without encryption in "
                                      "transit: record why, or change the method."),
                       Severity::Warning});
    if (text(v, lawfulBasis).isEmpty())
        issues.append({lawfulBasis, RegisterTr::tr("No lawful basis is recorded for sharing."),
                       Severity::Warning});
    return issues;
}

} // namespace igw
