#pragma once

#include <QString>

namespace igw {

class MainWindow;

// For documentation only (a hidden command-line option): shows a page of the open workspace
// ("organisation", the default, "assets", "ropa" or "dpias") at a fixed size and saves the
// window as a PNG.
bool saveScreenshot(MainWindow &window, const QString &pngPath, QString *error,
                    const QString &page = {});

} // namespace igw
