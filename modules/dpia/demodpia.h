#pragma once

#include <QString>

namespace igw {

class Workspace;

// Adds the demo council's DPIA work (after the demo ROPA): screenings of several processing
// activities (one where no DPIA is needed, one where it is only recommended) and four DPIAs
// at different stages of the workflow, with realistic risks and measures:
//   "CCTV at council buildings"                        approved, version 1 frozen;
//   "Children's social care case management system"   with the DPO, a residual high risk and
//                                                      the Art. 36 decision pending (blocked);
//   "Early help family support"                        draft, pre-filled from the ROPA;
//   "Staff IT accounts and email (Microsoft 365)"      in review.
bool addDemoDpias(Workspace &workspace, QString *error);

} // namespace igw
