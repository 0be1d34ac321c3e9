#pragma once

#include <QString>

namespace igw {

class Workspace;

// Adds the demo council's information sharing agreements (after the demo register and ROPA),
// linked to its flows, assets and activities, one in each state of the lifecycle:
//   "Hospital discharge and adult social care assessments"  active, signed by both parties;
//   "Multi-Agency Safeguarding Hub (MASH)"                   out for signature, the council
//                                                            has signed, the police have not;
//   "Social housing nominations"                             review due (review date passed);
//   "Debt and homelessness advice referrals"                 draft, with checklist gaps;
//   "Children missing education and school attendance"       expired;
//   "Cross-border placements of looked after children"       terminated, with the reason.
// Flows such as the continuing healthcare referrals stay uncovered, so the check for flows
// without an agreement has something to show.
bool addDemoAgreements(Workspace &workspace, QString *error);

} // namespace igw
