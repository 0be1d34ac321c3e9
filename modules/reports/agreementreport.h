#pragma once

#include <QString>

#include <functional>

namespace igw {

class Workspace;

// Writes an information sharing agreement as a document for the parties to sign: `format`
// "pdf" (archival PDF/A-1b, A4, contents with page numbers, running header with the reference
// and version, "Page x of y", Title, Author and Subject) or "odt" (OpenDocument text, for
// editing in a word processor). The cover with the parties, their roles and ICO numbers; the
// numbered clauses of the clause library filled from the agreement; each section's additions;
// the signature blocks; the schedule of data items. Atomic: the file appears only when
// complete, and cancelling or failing leaves any earlier file as it was.
// Needs a QGuiApplication (fonts); the CLI creates one on the offscreen platform.
// `progress(done, total)` returns false to cancel.
bool writeAgreementReport(Workspace &workspace, qint64 agreementId, const QString &path,
                          const QString &format, QString *error,
                          const std::function<bool(int, int)> &progress = {});

} // namespace igw
