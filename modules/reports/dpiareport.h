#pragma once

#include <QString>

#include <functional>

namespace igw {

class Workspace;

// Writes a DPIA as a report: `format` "pdf" (archival PDF/A-1b, A4, contents with page
// numbers) or "odt" (OpenDocument text, for editing in a word processor). The ICO
// template's steps 1-7 with the bank's questions, the risks with a heat map, the measures,
// sign-off and the Art. 36 decision. Atomic: the file appears only when complete, and
// cancelling or failing leaves any earlier file as it was.
// Needs a QGuiApplication (fonts); the CLI creates one on the offscreen platform.
// `progress(done, total)` returns false to cancel.
bool writeDpiaReport(Workspace &workspace, qint64 dpiaId, const QString &path,
                     const QString &format, QString *error,
                     const std::function<bool(int, int)> &progress = {});

} // namespace igw
