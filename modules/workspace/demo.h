#pragma once

#include <QString>

namespace igw {

class Workspace;

// Fills a new workspace with a realistic fictional council: its profile, people and
// partner organisations. Later modules add their own demo records after this.
bool addDemoDirectory(Workspace &workspace, QString *error);

// The demo council's name, to create its workspace with.
QString demoOrganisationName();

} // namespace igw
