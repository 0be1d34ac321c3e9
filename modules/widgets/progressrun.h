#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace igw {

// Progress callback handed to long work: done and total so far; false means "cancel".
using ProgressStep = std::function<bool(qint64 done, qint64 total)>;

// Runs `work` on the GUI thread behind a window-modal progress dialog (objectName
// `objectName`) that appears only if the work takes over half a second and whose Cancel
// makes the callback return false. The callback repaints at most every 50 ms, which keeps
// the window responsive. Returns what `work` returned; *cancelled tells a cancel apart.
bool runWithProgress(QWidget *parent, const QString &title, const QString &caption,
                     const QString &objectName,
                     const std::function<bool(const ProgressStep &)> &work, bool *cancelled);

} // namespace igw
