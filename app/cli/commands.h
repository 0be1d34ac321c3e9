#pragma once

#include "command.h"

namespace igw::cli {

// One factory per verb, each in its own cmd_<verb>.cpp.
Command newCommand();
Command infoCommand();
Command checkCommand();
Command backupCommand();
Command listCommand();
Command demoCommand();
Command importCommand();
Command exportCommand();
Command gapsCommand();
Command keysCommand();
Command trustCommand();
Command packageCommand();
Command verifyCommand();
Command shareCommand();
Command cosignCommand();

} // namespace igw::cli
