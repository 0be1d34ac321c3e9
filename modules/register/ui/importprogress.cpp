#include "register/ui/importprogress.h"

#include "register/ui/registeruitr.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <climits>

namespace igw {

namespace {
constexpr int UpdateMs = 50;
}

ImportProgress::ImportProgress(QWidget *parent)
    : QWidget(parent)
    , m_caption(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancelButton(new QPushButton(RegisterUiTr::tr("&Cancel"), this))
{
    m_caption->setObjectName(QStringLiteral("importProgressCaption"));
    m_detail->setObjectName(QStringLiteral("importProgressDetail"));
    m_bar->setObjectName(QStringLiteral("importProgress"));
    m_bar->setAccessibleName(RegisterUiTr::tr("Progress"));
    m_bar->setTextVisible(false); // the detail line says it in words
    m_cancelButton->setObjectName(QStringLiteral("importCancel"));
    m_cancelButton->setAccessibleDescription(
        RegisterUiTr::tr("Stops at once; nothing is written to the register."));
    m_caption->setBuddy(m_bar);

    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(m_caption);
    text->addWidget(m_detail);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(text);
    layout->addWidget(m_bar, 1);
    layout->addWidget(m_cancelButton);
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportProgress::requestCancel);
}

void ImportProgress::start(const QString &caption)
{
    m_running = true;
    m_cancel = false;
    m_writing = false;
    m_caption->setText(caption);
    m_detail->setText(RegisterUiTr::tr("Opening the file…"));
    m_bar->setRange(0, 0); // busy until the writing pass knows its total
    m_cancelButton->setEnabled(true);
    m_cancelButton->setFocus(Qt::OtherFocusReason);
    m_clock.invalidate();
    // Show the strip before opening the file, which can take a while for a large XLSX.
    QCoreApplication::processEvents();
}

void ImportProgress::finish()
{
    m_running = false;
    m_bar->setRange(0, 1);
    m_bar->setValue(0);
}

void ImportProgress::requestCancel()
{
    if (!m_running)
        return;
    m_cancel = true;
    m_cancelButton->setEnabled(false);
    m_detail->setText(RegisterUiTr::tr("Cancelling…"));
}

AssetImporter::Progress ImportProgress::callback()
{
    return [this](qint64 done, qint64 total) { return step(done, total); };
}

bool ImportProgress::step(qint64 done, qint64 total)
{
    if (m_cancel)
        return false;
    // The check pass reports done = 0 and the rows read so far; the write pass counts.
    const bool writing = done > 0;
    const bool phaseChanged = writing != m_writing;
    if (!phaseChanged && m_clock.isValid() && m_clock.elapsed() < UpdateMs)
        return true;
    m_writing = writing;
    if (writing) {
        m_detail->setText(RegisterUiTr::tr("Writing row %L1 of %L2…").arg(done).arg(total));
        const int scale = total > INT_MAX ? 1024 : 1; // QProgressBar counts in int
        m_bar->setRange(0, int(total / scale));
        m_bar->setValue(int(done / scale));
    } else {
        m_detail->setText(RegisterUiTr::tr("Checking: %L1 rows read…").arg(total));
    }
    QCoreApplication::processEvents();
    m_clock.restart();
    return !m_cancel;
}

} // namespace igw
