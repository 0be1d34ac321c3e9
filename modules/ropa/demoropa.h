#pragma once

#include <QString>

namespace igw {

class Workspace;

// Adds a realistic record of processing activities to the demo council (after the demo
// register): controller activities across its services linked to the demo assets and
// partners, two processor records, and a few gaps left for the completeness view to show.
bool addDemoRopa(Workspace &workspace, QString *error);

} // namespace igw
