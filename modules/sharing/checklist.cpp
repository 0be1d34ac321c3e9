#include "sharing/checklist.h"

#include "register/assets.h"
#include "ropa/activities.h"
#include "sharing/agreements.h"
#include "sharing/agreementview.h"
#include "sharing/sharingtr.h"

#include <QDate>

namespace igw {

namespace af = agreementField;

namespace {

const QString code = QStringLiteral("ICO Data Sharing Code of Practice");

class Checker {
public:
    explicit Checker(const AgreementView &view)
        : v(view)
    {
    }

    QList<ChecklistItem> run()
    {
        parties();
        text(af::purpose, QStringLiteral("purpose"),
             SharingTr::tr("The purpose of the sharing is not stated."),
             SharingTr::tr("%1, \u201cData sharing agreements\u201d: the purpose; UK GDPR Art. "
                           "5(1)(b)")
                 .arg(code),
             SharingTr::tr("Say specifically why the data is shared and what it will be used "
                           "for, in words the individuals concerned would understand."));
        text(af::benefits, QStringLiteral("benefits"),
             SharingTr::tr("The benefits the sharing is expected to bring are not stated."),
             SharingTr::tr("%1, \u201cData sharing agreements\u201d: the potential benefits")
                 .arg(code),
             SharingTr::tr("Describe the benefits to individuals or society, so the sharing "
                           "can be judged necessary and proportionate at review."));
        basis();
        data();
        text(af::informingIndividuals, QStringLiteral("informing"),
             SharingTr::tr("How individuals are told about the sharing is not stated."),
             SharingTr::tr("%1, \u201cTransparency\u201d; UK GDPR Arts. 13 and 14").arg(code),
             SharingTr::tr("Say which privacy notices cover the sharing, or which exemption "
                           "applies and why."));
        text(af::rightsHandling, QStringLiteral("rights"),
             SharingTr::tr("How requests from individuals to exercise their rights are handled "
                           "is not stated."),
             SharingTr::tr("%1, \u201cIndividuals' rights\u201d; UK GDPR Arts. 15-22").arg(code),
             SharingTr::tr("Say who answers subject access and other rights requests about the "
                           "shared data, and how the parties help each other meet the time "
                           "limit."));
        text(af::complaintsHandling, QStringLiteral("complaints"),
             SharingTr::tr("How complaints about the sharing are handled is not stated."),
             SharingTr::tr("%1, \u201cData sharing agreements\u201d: complaints").arg(code),
             SharingTr::tr("Name the party that takes complaints and how the others "
                           "contribute."));
        text(af::dataQuality, QStringLiteral("quality"),
             SharingTr::tr("How the accuracy of the shared data is kept is not stated."),
             SharingTr::tr("%1, \u201cAccuracy\u201d; UK GDPR Art. 5(1)(d)").arg(code),
             SharingTr::tr("Say how the parties check the data before sharing it and tell each "
                           "other of corrections."));
        text(af::security, QStringLiteral("security"),
             SharingTr::tr("The security measures are not stated."),
             SharingTr::tr("%1, \u201cSecurity\u201d; UK GDPR Arts. 5(1)(f) and 32").arg(code),
             SharingTr::tr("Describe the agreed technical and organisational measures: transfer "
                           "methods, encryption, access control and training."));
        text(af::retentionDeletion, QStringLiteral("retention"),
             SharingTr::tr("How long the shared data is kept, and how it is deleted, is not "
                           "stated."),
             SharingTr::tr("%1, \u201cRetention\u201d; UK GDPR Art. 5(1)(e)").arg(code),
             SharingTr::tr("Give each party's retention period for the shared data and how it "
                           "is destroyed at the end."));
        text(af::breachHandling, QStringLiteral("breach"),
             SharingTr::tr("How a personal data breach is reported between the parties is not "
                           "stated."),
             SharingTr::tr("%1, \u201cData sharing agreements\u201d: breaches; UK GDPR Arts. 33 "
                           "and 34")
                 .arg(code),
             SharingTr::tr("Say who is told, how quickly, and who reports to the ICO and to "
                           "individuals."));
        review();
        flowsToNonParties();
        return items;
    }

private:
    void add(const QString &id, const QString &field, const QString &missing,
             const QString &citation, const QString &todo, qint64 partyId = 0)
    {
        items.append({id, field, partyId, missing, citation, todo});
    }

    void text(const QString &field, const QString &id, const QString &missing,
              const QString &citation, const QString &todo)
    {
        if (v.value(field).trimmed().isEmpty())
            add(id, field, missing, citation, todo);
    }

    void parties()
    {
        const QString partiesCitation =
            SharingTr::tr("%1, \u201cData sharing agreements\u201d: the parties and their roles")
                .arg(code);
        if (v.parties.size() < 2)
            add(QStringLiteral("parties"), {},
                SharingTr::tr("An agreement needs at least two parties; this one has %1.")
                    .arg(v.parties.size()),
                partiesCitation,
                SharingTr::tr("Add every organisation that gives or receives the data, with its "
                              "role."));
        bool self = false;
        for (const AgreementPartyView &p : v.parties)
            self = self || p.self;
        if (!self && !v.parties.isEmpty())
            add(QStringLiteral("parties_self"), {},
                SharingTr::tr("%1 is not a party to the agreement.").arg(v.ourOrganisation),
                partiesCitation,
                SharingTr::tr("Add your own organisation as a party: this workspace records the "
                              "sharing it takes part in."));
        for (const AgreementPartyView &p : v.parties) {
            const QString key = QString::number(p.party.id);
            if (p.icoRegistration.isEmpty())
                add(QStringLiteral("party_ico:") + key, {},
                    SharingTr::tr("%1 has no ICO registration number.").arg(p.name),
                    SharingTr::tr("%1, \u201cData sharing agreements\u201d: the parties; the "
                                  "Data Protection (Charges and Information) Regulations 2018")
                        .arg(code),
                    p.self ? SharingTr::tr("Enter your organisation's ICO registration number in "
                                           "Organisation & People.")
                           : SharingTr::tr("Enter %1's ICO registration number in Organisation & "
                                           "People (the ICO's public register lists it).")
                                 .arg(p.name),
                    p.party.id);
            if (p.signatoryName.isEmpty() || p.signatoryRole.isEmpty())
                add(QStringLiteral("party_signatory:") + key, {},
                    SharingTr::tr("%1 has no signatory named with their role.").arg(p.name),
                    SharingTr::tr("%1, \u201cData sharing agreements\u201d: sign-off by each "
                                  "party")
                        .arg(code),
                    SharingTr::tr("Name the person who will sign for %1 and their role, "
                                  "usually the SIRO or the Caldicott Guardian.")
                        .arg(p.name),
                    p.party.id);
            if (p.contact.isEmpty())
                add(QStringLiteral("party_contact:") + key, {},
                    SharingTr::tr("%1 has no single point of contact.").arg(p.name),
                    SharingTr::tr("%1, \u201cData sharing agreements\u201d: who is responsible")
                        .arg(code),
                    SharingTr::tr("Give the name, role and email of the person who runs the "
                                  "sharing day to day for %1.")
                        .arg(p.name),
                    p.party.id);
        }
    }

    void basis()
    {
        text(af::lawfulBasis, QStringLiteral("lawful_basis"),
             SharingTr::tr("The lawful basis for the sharing is not chosen."),
             SharingTr::tr("%1, \u201cLawfulness\u201d; UK GDPR Art. 6(1)").arg(code),
             SharingTr::tr("Choose the Art. 6 basis each party relies on; for a council this is "
                           "usually public task, with the statutory power behind it."));
        const QString art9 = v.value(af::art9Condition);
        if (v.specialCategory() && art9.isEmpty())
            add(QStringLiteral("art9"), af::art9Condition,
                SharingTr::tr("Special category data is shared, but no Art. 9 condition is "
                              "chosen."),
                SharingTr::tr("%1, \u201cLawfulness\u201d; UK GDPR Art. 9(2)").arg(code),
                SharingTr::tr("Choose the Art. 9(2) condition for the special category data "
                              "(for social care usually (h), or (g) with a Schedule 1 "
                              "condition)."));
        if (!art9.isEmpty() && art9NeedsSchedule1(art9) &&
            v.value(af::schedule1Condition).isEmpty())
            add(QStringLiteral("schedule1"), af::schedule1Condition,
                SharingTr::tr("The Art. 9 condition \u201c%1\u201d needs a DPA 2018 Schedule 1 "
                              "condition, and none is chosen.")
                    .arg(choices::label(choices::art9Condition(), art9)),
                SharingTr::tr("DPA 2018 s.10(1)-(3) and Schedule 1"),
                SharingTr::tr("Choose the Schedule 1 paragraph the parties rely on, and check an "
                              "appropriate policy document is in place where Part 4 requires "
                              "one."));
        if (v.criminalOffence() && v.value(af::art10).isEmpty())
            add(QStringLiteral("art10"), af::art10,
                SharingTr::tr("Criminal offence data is shared, but no Art. 10 basis is chosen."),
                SharingTr::tr("%1, \u201cLawfulness\u201d; UK GDPR Art. 10; DPA 2018 s.10(5)")
                    .arg(code),
                SharingTr::tr("Say whether the data is processed under official authority or "
                              "under a Schedule 1 condition, and which."));
    }

    void data()
    {
        if (v.assets.isEmpty() && v.flows.isEmpty())
            add(QStringLiteral("data_items"), af::flowIds,
                SharingTr::tr("No information assets or flows are linked, so the data items "
                              "shared are not specified."),
                SharingTr::tr("%1, \u201cData sharing agreements\u201d: the data items; UK GDPR "
                              "Art. 5(1)(c)")
                    .arg(code),
                SharingTr::tr("Link the flows that carry the data (or the assets it comes "
                              "from); their data items make the schedule of the agreement."));
        else if (v.dataItems().isEmpty())
            add(QStringLiteral("data_items"), af::flowIds,
                SharingTr::tr("The linked flows and assets do not say which data items are "
                              "shared."),
                SharingTr::tr("%1, \u201cData sharing agreements\u201d: the data items; UK GDPR "
                              "Art. 5(1)(c)")
                    .arg(code),
                SharingTr::tr("Fill in the data items of the linked flows in the register."));
        if (v.dataSubjects().isEmpty())
            add(QStringLiteral("data_subjects"), af::dataSubjects,
                SharingTr::tr("Whose data is shared (the data subjects) is not stated."),
                SharingTr::tr("%1, \u201cData sharing agreements\u201d: the data subjects")
                    .arg(code),
                SharingTr::tr("List the categories of individuals, or record them on the linked "
                              "assets."));
    }

    void review()
    {
        const QString citation =
            SharingTr::tr("%1, \u201cData sharing agreements\u201d: review").arg(code);
        const QDate reviewDate = QDate::fromString(v.value(af::reviewDate), Qt::ISODate);
        const QDate start = QDate::fromString(v.value(af::startDate), Qt::ISODate);
        const QDate end = QDate::fromString(v.value(af::endDate), Qt::ISODate);
        if (!reviewDate.isValid()) {
            add(QStringLiteral("review_date"), af::reviewDate,
                SharingTr::tr("No review date is set."), citation,
                SharingTr::tr("Set the date by which the parties will review the agreement, "
                              "usually within a year."));
        } else if (start.isValid() && reviewDate < start) {
            add(QStringLiteral("review_date"), af::reviewDate,
                SharingTr::tr("The review date is before the start date."), citation,
                SharingTr::tr("Set a review date after the agreement starts."));
        } else if (end.isValid() && reviewDate > end) {
            add(QStringLiteral("review_date"), af::reviewDate,
                SharingTr::tr("The review date is after the end date."), citation,
                SharingTr::tr("Set a review date before the agreement ends, or a later end "
                              "date."));
        }
        if (start.isValid() && end.isValid() && end < start)
            add(QStringLiteral("end_date"), af::endDate,
                SharingTr::tr("The end date is before the start date."), citation,
                SharingTr::tr("Correct the start or the end date."));
    }

    void flowsToNonParties()
    {
        for (const Record &f : v.flows) {
            for (const QString &field : {flowField::fromOrgId, flowField::toOrgId}) {
                const qint64 org = f.value(field).toLongLong();
                if (org <= 0 || v.partyByOrg(org))
                    continue;
                add(QStringLiteral("flow_party:%1").arg(f.id), af::flowIds,
                    SharingTr::tr("Flow %1 \u201c%2\u201d involves %3, which is not a party.")
                        .arg(f.ref, f.title(kinds::flow()), v.organisationNames.value(org)),
                    SharingTr::tr("%1, \u201cData sharing agreements\u201d: the parties").arg(code),
                    SharingTr::tr("Add %1 as a party, or unlink the flow.")
                        .arg(v.organisationNames.value(org)));
            }
        }
    }

    const AgreementView &v;
    QList<ChecklistItem> items;
};

} // namespace

QList<ChecklistItem> checkAgreement(const AgreementView &view)
{
    return Checker(view).run();
}

QList<ChecklistItem> checkAgreement(Workspace &workspace, qint64 agreementId)
{
    QString error;
    const auto view = loadAgreementView(workspace, agreementId, &error);
    if (!view)
        return {{QStringLiteral("agreement"), {}, 0, error, {}, {}}};
    return checkAgreement(*view);
}

} // namespace igw
