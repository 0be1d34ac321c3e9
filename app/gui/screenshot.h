#pragma once

#include <QString>

namespace igw {

class MainWindow;

// For documentation only (a hidden command-line option): shows the Organisation & People
// page of the open workspace at a fixed size and saves the window as a PNG.
bool saveScreenshot(MainWindow &window, const QString &pngPath, QString *error);

} // namespace igw
