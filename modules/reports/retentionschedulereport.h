#pragma once

#include <QString>

#include <functional>

namespace igw {

class Workspace;

// Writes the organisation's retention schedule for publication as an archival PDF/A-1b (A4,
// running header with the organisation and title, footer with the date and "Page x of y",
// Title, Author and Subject): an introduction saying how to read it, then each function with
// a table per activity (reference, records, trigger, period, disposal action, authority) and
// the classes' notes under it. Atomic; needs a QGuiApplication (fonts). `progress(done,
// total)` returns false to cancel.
bool writeRetentionScheduleReport(Workspace &workspace, const QString &path, QString *error,
                                  const std::function<bool(int, int)> &progress = {});

} // namespace igw
