#pragma once

#include <QString>

namespace igw {

class Workspace;

// Writes the certificate of destruction (or of transfer to archives) for one entry of the
// disposal log, named by its certificate number (DC-0001), as an archival PDF/A-1b: the
// organisation, the records (asset reference and name as they were), the class they were
// disposed of under with its period and authority, what was done, how, when and who
// confirmed it, the notes, when it was recorded and by whom, and a declaration with blank
// signature lines for the officer who witnessed it. Atomic; needs a QGuiApplication (fonts).
bool writeDisposalCertificate(Workspace &workspace, const QString &certificate, const QString &path,
                              QString *error);

} // namespace igw
