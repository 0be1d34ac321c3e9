#pragma once

class QCoreApplication;

namespace igw {

// Installs Qt's own and IG Workbench's translations for the user's languages, walking
// the locale fallback chain (e.g. en-GB, then en).
void installTranslators(QCoreApplication &app);

} // namespace igw
