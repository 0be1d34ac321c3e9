#include "workspace/directory.h"

#include "workspace/tr.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace igw {

namespace {
} // namespace

namespace kinds {

const RecordKind &person()
{
    static const RecordKind kind{QStringLiteral("people"),
                                 QStringLiteral("PE"),
                                 QStringLiteral("people"),
                                 {personField::name, personField::role, personField::team,
                                  personField::email, personField::phone,
                                  personField::organisationId, personField::notes},
                                 personField::name};
    return kind;
}

const RecordKind &organisation()
{
    static const RecordKind kind{QStringLiteral("organisations"),
                                 QStringLiteral("ORG"),
                                 QStringLiteral("organisations"),
                                 {orgField::name, orgField::icoRegistration, orgField::orgType,
                                  orgField::address, orgField::email, orgField::phone,
                                  orgField::isSelf, orgField::dpoPersonId, orgField::siroPersonId,
                                  orgField::caldicottPersonId, orgField::notes,
                                  orgField::representative},
                                 orgField::name};
    return kind;
}

} // namespace kinds

bool hasErrors(const ValidationIssues &issues)
{
    for (const ValidationIssue &i : issues) {
        if (i.severity == ValidationIssue::Severity::Error)
            return true;
    }
    return false;
}

bool isValidIcoRegistration(const QString &number)
{
    static const QRegularExpression re(QStringLiteral("^Z[A-Z0-9]{7}$"));
    return re.match(number.trimmed().toUpper()).hasMatch();
}

namespace {

bool isValidEmail(const QString &email)
{
    // Deliberately simple: one @, a dot in the domain, no spaces. Full RFC 5322 is not
    // what users need; catching typos is.
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$"));
    return re.match(email.trimmed()).hasMatch();
}

void checkEmail(const QVariantMap &values, const QString &field, ValidationIssues &issues)
{
    const QString email = values.value(field).toString().trimmed();
    if (!email.isEmpty() && !isValidEmail(email))
        issues.append(
            {field,
             WorkspaceTr::tr("\"%1\" is not an email address. Use the form name@example.gov.uk.")
                 .arg(email),
             ValidationIssue::Severity::Error});
}

void checkPhone(const QVariantMap &values, const QString &field, ValidationIssues &issues)
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9+() \\-]{6,20}(\\s*(ext|x)\\.?\\s*[0-9]{1,6})?$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString phone = values.value(field).toString().trimmed();
    if (!phone.isEmpty() && !re.match(phone).hasMatch())
        issues.append(
            {field,
             WorkspaceTr::tr("\"%1\" does not look like a telephone number. Use digits, spaces "
                             "and + ( ) - only, for example 01632 960000.")
                 .arg(phone),
             ValidationIssue::Severity::Warning});
}

} // namespace

ValidationIssues validatePerson(const QVariantMap &values, const QStringList &otherEmails)
{
    ValidationIssues issues;
    if (values.value(personField::name).toString().trimmed().isEmpty())
        issues.append({personField::name, WorkspaceTr::tr("Enter the person's name."),
                       ValidationIssue::Severity::Error});
    checkEmail(values, personField::email, issues);
    const QString email = values.value(personField::email).toString().trimmed();
    if (!email.isEmpty() && otherEmails.contains(email, Qt::CaseInsensitive))
        issues.append(
            {personField::email,
             WorkspaceTr::tr("Someone else in the directory already has the address %1. Check "
                             "this is not the same person entered twice.")
                 .arg(email),
             ValidationIssue::Severity::Warning});
    checkPhone(values, personField::phone, issues);
    return issues;
}

ValidationIssues validateOrganisation(const QVariantMap &values)
{
    ValidationIssues issues;
    if (values.value(orgField::name).toString().trimmed().isEmpty())
        issues.append({orgField::name, WorkspaceTr::tr("Enter the organisation's name."),
                       ValidationIssue::Severity::Error});
    const QString ico = values.value(orgField::icoRegistration).toString().trimmed();
    if (!ico.isEmpty() && !isValidIcoRegistration(ico))
        issues.append(
            {orgField::icoRegistration,
             WorkspaceTr::tr("\"%1\" is not an ICO registration number. These are Z followed "
                             "by seven letters or digits, for example Z1234567; copy it from "
                             "the ICO's register of fee payers.")
                 .arg(ico),
             ValidationIssue::Severity::Error});
    const QString type = values.value(orgField::orgType).toString();
    if (!type.isEmpty() && !organisationTypes().contains(type))
        issues.append({orgField::orgType,
                       WorkspaceTr::tr("Unknown organisation type \"%1\".").arg(type),
                       ValidationIssue::Severity::Error});
    checkEmail(values, orgField::email, issues);
    checkPhone(values, orgField::phone, issues);
    return issues;
}

QStringList organisationTypes()
{
    return {
        QStringLiteral("council"),     QStringLiteral("nhs_trust"),  QStringLiteral("icb"),
        QStringLiteral("gp_practice"), QStringLiteral("police"),     QStringLiteral("fire_rescue"),
        QStringLiteral("housing"),     QStringLiteral("education"),  QStringLiteral("voluntary"),
        QStringLiteral("supplier"),    QStringLiteral("government"), QStringLiteral("other")};
}

QString organisationTypeLabel(const QString &key)
{
    if (key == QLatin1String("council"))
        return WorkspaceTr::tr("Local authority");
    if (key == QLatin1String("nhs_trust"))
        return WorkspaceTr::tr("NHS trust");
    if (key == QLatin1String("icb"))
        return WorkspaceTr::tr("Integrated care board");
    if (key == QLatin1String("gp_practice"))
        return WorkspaceTr::tr("GP practice");
    if (key == QLatin1String("police"))
        return WorkspaceTr::tr("Police force");
    if (key == QLatin1String("fire_rescue"))
        return WorkspaceTr::tr("Fire and rescue service");
    if (key == QLatin1String("housing"))
        return WorkspaceTr::tr("Housing provider");
    if (key == QLatin1String("education"))
        return WorkspaceTr::tr("School or academy trust");
    if (key == QLatin1String("voluntary"))
        return WorkspaceTr::tr("Voluntary or community organisation");
    if (key == QLatin1String("supplier"))
        return WorkspaceTr::tr("Supplier or processor");
    if (key == QLatin1String("government"))
        return WorkspaceTr::tr("Central government body");
    if (key == QLatin1String("other"))
        return WorkspaceTr::tr("Other");
    return key;
}

} // namespace igw
