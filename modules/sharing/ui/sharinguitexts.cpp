#include "sharing/ui/sharinguitexts.h"

#include "register/assets.h"
#include "sharing/agreements.h"
#include "sharing/ui/sharinguitr.h"

namespace igw::sharingUiText {

QString statusText(const QString &status)
{
    return status.isEmpty() ? SharingUiTr::tr("Draft")
                            : choices::label(choices::agreementStatus(), status);
}

QString roleText(const QString &role)
{
    return role.isEmpty() ? SharingUiTr::tr("(no role)")
                          : choices::label(choices::partyRole(), role);
}

bool isFinal(const QString &status)
{
    return status == agreementStatus::expired || status == agreementStatus::terminated;
}

QString statusMeaning(const QString &status)
{
    if (status == agreementStatus::outForSignature)
        return SharingUiTr::tr("Sent for signature: the data may be shared once every party has "
                               "signed this version.");
    if (status == agreementStatus::active)
        return SharingUiTr::tr("In force: every party has signed this version.");
    if (status == agreementStatus::reviewDue)
        return SharingUiTr::tr("In force, but its review date has passed: review it and set the "
                               "next review date.");
    if (status == agreementStatus::expired)
        return SharingUiTr::tr("Expired: its end date has passed. The sharing it covered needs a "
                               "new agreement.");
    if (status == agreementStatus::terminated)
        return SharingUiTr::tr("Terminated: the sharing it covered has stopped.");
    return SharingUiTr::tr("Draft: complete the checklist, then send it for signature.");
}

} // namespace igw::sharingUiText
