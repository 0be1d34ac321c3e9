#pragma once

#include "workspace/recordstore.h"

#include <QList>
#include <QString>

namespace igw {

// The organisation profile, the people directory and partner organisations: the record
// kinds every later module uses for owners, sign-offs and parties.
namespace kinds {
const RecordKind &person();       // people: PE-0001
const RecordKind &organisation(); // organisations (ours is is_self = 1): ORG-0001
} // namespace kinds

// Field names, so callers do not scatter string literals.
namespace personField {
inline const QString name = QStringLiteral("name");
inline const QString role = QStringLiteral("role");
inline const QString team = QStringLiteral("team");
inline const QString email = QStringLiteral("email");
inline const QString phone = QStringLiteral("phone");
inline const QString organisationId = QStringLiteral("organisation_id");
inline const QString notes = QStringLiteral("notes");
} // namespace personField

namespace orgField {
inline const QString name = QStringLiteral("name");
inline const QString icoRegistration = QStringLiteral("ico_registration");
inline const QString orgType = QStringLiteral("org_type");
inline const QString address = QStringLiteral("address");
inline const QString email = QStringLiteral("email");
inline const QString phone = QStringLiteral("phone");
inline const QString isSelf = QStringLiteral("is_self");
inline const QString dpoPersonId = QStringLiteral("dpo_person_id");
inline const QString siroPersonId = QStringLiteral("siro_person_id");
inline const QString caldicottPersonId = QStringLiteral("caldicott_person_id");
inline const QString notes = QStringLiteral("notes");
inline const QString representative = QStringLiteral("representative"); // Art. 27, for the ROPA
} // namespace orgField

struct ValidationIssue {
    enum class Severity { Error, Warning };
    QString field;
    QString message; // translated, says what to do
    Severity severity = Severity::Error;
};
using ValidationIssues = QList<ValidationIssue>;
bool hasErrors(const ValidationIssues &issues);

// Checks a person's values. `otherEmails` are the addresses already in the directory
// (excluding this person) for the duplicate warning.
ValidationIssues validatePerson(const QVariantMap &values, const QStringList &otherEmails = {});
ValidationIssues validateOrganisation(const QVariantMap &values);

// ICO registration numbers: "Z" then seven letters or digits (e.g. Z1234567, ZA123456).
bool isValidIcoRegistration(const QString &number);

// The organisation types offered in the UI (stored as these keys).
QStringList organisationTypes();
QString organisationTypeLabel(const QString &key);

} // namespace igw
