#pragma once

#include <QString>

namespace igw {

class Workspace;

// Adds a realistic register to the demo council (after addDemoDirectory): a few hundred
// assets across its services, owned by its people, with flows to its partners.
bool addDemoRegister(Workspace &workspace, QString *error);

} // namespace igw
