#pragma once

#include <QString>

#include <functional>

namespace igw {

class Workspace;

// Writes the ROPA board report as a PDF (A4): summary figures, completeness and gaps, and
// one row per processing activity. Atomic: the file appears only when complete.
// Needs a QGuiApplication (fonts); the CLI creates one on the offscreen platform.
// `progress(done, total)` returns false to cancel.
bool writeRopaReport(Workspace &workspace, const QString &path, QString *error,
                     const std::function<bool(int, int)> &progress = {});

} // namespace igw
