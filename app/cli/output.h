#pragma once

#include <QString>

namespace igw::cli {

// Translation in the CLI's own context.
QString tr(const char *text, int n = -1);

// Results go to stdout, errors and warnings to stderr; each call prints one line.
void printOut(const QString &line);
void printErr(const QString &line);

} // namespace igw::cli
