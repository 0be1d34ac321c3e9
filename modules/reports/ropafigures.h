#pragma once

namespace igw {

struct Ropa;

// The counts a board sees on the first page of the ROPA report, from the loaded ROPA.
struct RopaFigures {
    int activities = 0;
    int asController = 0;
    int asProcessor = 0;
    int requiredItems = 0; // header and activities together
    int missingItems = 0;
    int percentComplete = 100; // Ropa::percentComplete()
    int completeActivities = 0;
    int specialOrCriminal = 0; // special category or criminal offence data, own or from assets
    int dpiaRequired = 0;
    int dpiaComplete = 0;
    int dpiaInProgress = 0;
    int dpiaNotStarted = 0;
    int dpiaProgressNotRecorded = 0;
    int dpiaNotDecided = 0; // "DPIA required" left blank
    int internationalTransfers = 0;
    int breaches = 0;
};

RopaFigures ropaFigures(const Ropa &ropa);

} // namespace igw
