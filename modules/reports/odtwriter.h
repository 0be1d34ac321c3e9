#pragma once

#include "reports/pdfdocument.h"

#include <QString>

#include <functional>

class QTextDocument;

namespace igw::reports {

// Fills a report's document; `step(done, steps)` reports progress and returns false to cancel.
using BuildDocument = std::function<bool(QTextDocument &document,
                                         const std::function<bool(int done, int steps)> &step)>;

// Writes a report as OpenDocument text (editable in Word or LibreOffice): the document is
// built, zipped in memory (Qt's writer may seek) and saved through QSaveFile, so the file
// appears only when complete and a cancel or failure leaves any earlier file as it was.
// Building takes all but the last step of `progress`, saving the last.
bool writeOdt(const QString &path, const QString &title, const BuildDocument &build, QString *error,
              const Progress &progress);

} // namespace igw::reports
