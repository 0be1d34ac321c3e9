#pragma once

#include <QStringList>

namespace igw::cli {

// Runs one `igw` command line (without the program name) and returns the exit status.
int run(const QStringList &arguments);

} // namespace igw::cli
