#include "widgets/progressrun.h"

#include "widgets/widgetstr.h"

#include <QElapsedTimer>
#include <QProgressDialog>

#include <climits>

namespace igw {

bool runWithProgress(QWidget *parent, const QString &title, const QString &caption,
                     const QString &objectName,
                     const std::function<bool(const ProgressStep &)> &work, bool *cancelled)
{
    QProgressDialog progress(caption, WidgetsTr::tr("Cancel"), 0, 0, parent);
    progress.setObjectName(objectName);
    progress.setWindowTitle(title);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500); // quick work shows no dialog at all
    progress.setAutoReset(false);
    QElapsedTimer clock;
    bool wasCancelled = false;
    const ProgressStep step = [&](qint64 done, qint64 total) {
        if (!clock.isValid() || clock.elapsed() >= 50) {
            progress.setMaximum(int(qMin<qint64>(total, INT_MAX)));
            progress.setValue(int(qMin(done, total))); // keeps events flowing when modal
            clock.restart();
        }
        wasCancelled = progress.wasCanceled();
        return !wasCancelled;
    };
    const bool ok = work(step);
    progress.close();
    if (cancelled)
        *cancelled = wasCancelled;
    return ok;
}

} // namespace igw
