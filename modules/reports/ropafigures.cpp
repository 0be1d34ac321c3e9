#include "reports/ropafigures.h"

#include "ropa/activities.h"
#include "ropa/ropa.h"

namespace igw {

RopaFigures ropaFigures(const Ropa &ropa)
{
    namespace af = activityField;
    RopaFigures f;
    f.activities = int(ropa.activities.size());
    f.requiredItems = ropa.requiredItems();
    f.missingItems = ropa.missingItems();
    f.percentComplete = ropa.percentComplete();
    f.completeActivities = ropa.completeActivities();
    for (const ActivityView &a : ropa.activities) {
        ++(a.isProcessor() ? f.asProcessor : f.asController);
        f.specialOrCriminal += (a.specialCategory || a.criminalOffence) ? 1 : 0;
        f.internationalTransfers += a.value(af::internationalTransfers) == QLatin1String("1");
        f.breaches += a.value(af::breachOccurred) == QLatin1String("1");
        const QString required = a.value(af::dpiaRequired);
        if (required.isEmpty()) {
            ++f.dpiaNotDecided;
        } else if (required == QLatin1String("yes")) {
            ++f.dpiaRequired;
            const QString progress = a.value(af::dpiaProgress);
            if (progress == QLatin1String("complete"))
                ++f.dpiaComplete;
            else if (progress == QLatin1String("in_progress"))
                ++f.dpiaInProgress;
            else if (progress == QLatin1String("not_started"))
                ++f.dpiaNotStarted;
            else
                ++f.dpiaProgressNotRecorded;
        }
    }
    return f;
}

} // namespace igw
