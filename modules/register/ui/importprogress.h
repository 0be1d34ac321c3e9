#pragma once

#include "register/assetimport.h"

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace igw {

// The progress of a check or an import, with its Cancel button. The importer runs on the
// GUI thread; its progress callback keeps events flowing (at most every 50 ms) so the
// window repaints and Cancel can be pressed.
class ImportProgress : public QWidget {
    Q_OBJECT
public:
    explicit ImportProgress(QWidget *parent = nullptr);

    // Resets the bar and the cancel request, and lets the window repaint before the work.
    void start(const QString &caption);
    void finish();
    // For AssetImporter::run: false once Cancel was pressed.
    AssetImporter::Progress callback();

    bool isRunning() const { return m_running; }
    bool cancelRequested() const { return m_cancel; }
    void requestCancel();

    QProgressBar *bar() const { return m_bar; }
    QPushButton *cancelButton() const { return m_cancelButton; }

private:
    bool step(qint64 done, qint64 total);

    QLabel *m_caption;
    QLabel *m_detail;
    QProgressBar *m_bar;
    QPushButton *m_cancelButton;
    QElapsedTimer m_clock;
    bool m_writing = false;
    bool m_running = false;
    bool m_cancel = false;
};

} // namespace igw
