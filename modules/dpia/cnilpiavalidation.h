#pragma once

#include "dpia/cnilpiafile.h"

#include <QList>
#include <QStringList>
#include <QVariantMap>

namespace igw::cnil {

// The CNIL tool's validation (the PIA's status, the DPO's and the data subjects' opinions,
// the names of who wrote, evaluated and validated it) as our DPIA's status, rejection
// reason, DPO advice and decision, individuals' views and sign-offs (values into `dpia`).
// What has no field (the author and evaluator, an earlier refusal reason, adjustments,
// the category) becomes rich-text paragraphs in `notes`, for the imported notes.
//   status: in progress -> draft; refused -> rejected with its reason; simple or signed
//   validation -> approved; archived -> approved, noted.
//   DPO advice decision: accepted when the outcome followed the DPO's opinion, overruled
//   when the PIA was validated against it; none while in progress.
//   sign-offs: the DPOs -> dpo_advice; the validator of a validated PIA ->
//   measures_approved and residual_approved; no dates (the file has none).
void planValidation(const Pia &pia, QVariantMap *dpia, QStringList *notes,
                    QList<Problem> *problems);

} // namespace igw::cnil
