#pragma once

#include <QDate>
#include <QString>

namespace igw {

class Workspace;

// Adds the demo council's retention schedule (after the demo register and ROPA): the starter
// schedule installed, plus one class of its own ("Records centre boxes", kept permanently on
// business need, so the flag for permanent personal data without an authority has something
// to show); classes given to the demo assets by what they hold (the ICT systems are left
// without one) and to each processing activity from its linked assets. Live systems run
// their periods from closure (no date yet). Paper files from before 2015 and read-only legacy
// systems have closure dates that make some overdue, some due this month, this quarter and
// later; the paper safeguarding files are on legal hold for an Ombudsman investigation; three
// legacy systems were already destroyed and are in the disposal log with certificates.
// `today` fixes the dates (tests); all in one transaction.
bool addDemoRetention(Workspace &workspace, QString *error,
                      const QDate &today = QDate::currentDate());

} // namespace igw
