#include "ropa/ui/ropasummary.h"

#include "ropa/ropa.h"
#include "ropa/ui/ropauitr.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>

namespace igw {

RopaSummary::RopaSummary(QWidget *parent)
    : QWidget(parent)
    , m_bar(new QProgressBar(this))
    , m_label(new QLabel(this))
{
    m_bar->setObjectName(QStringLiteral("ropaCompleteness"));
    m_bar->setAccessibleName(RopaUiTr::tr("Completeness of the record of processing"));
    m_bar->setRange(0, 100);
    m_bar->setTextVisible(true);
    m_bar->setFormat(RopaUiTr::tr("%p% complete"));
    m_bar->setFixedWidth(m_bar->fontMetrics().horizontalAdvance(m_bar->format()) * 2);
    m_label->setObjectName(QStringLiteral("ropaSummary"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_label, 1);
}

QString RopaSummary::describe(const Ropa &ropa)
{
    const QLocale locale;
    const int total = int(ropa.activities.size());
    const int complete = ropa.completeActivities();
    const int missing = ropa.missingItems();
    // Counted phrases spelt out in full, so each reads correctly in the singular.
    QString activities;
    if (total == 0)
        activities = RopaUiTr::tr("no processing activities recorded yet");
    else if (total == 1)
        activities = complete == 1
                         ? RopaUiTr::tr("the one activity has everything Art. 30 asks for")
                         : RopaUiTr::tr("the one activity is missing something Art. 30 asks for");
    else if (complete == 1)
        activities = RopaUiTr::tr("1 of %1 activities has everything Art. 30 asks for")
                         .arg(locale.toString(total));
    else
        activities = RopaUiTr::tr("%1 of %2 activities have everything Art. 30 asks for")
                         .arg(locale.toString(complete), locale.toString(total));
    QString items;
    if (missing == 0)
        items = RopaUiTr::tr("nothing missing");
    else if (missing == 1)
        items = RopaUiTr::tr("1 item missing");
    else
        items = RopaUiTr::tr("%1 items missing").arg(locale.toString(missing));
    return RopaUiTr::tr("%1% complete — %2; %3")
        .arg(locale.toString(ropa.percentComplete()), activities, items);
}

void RopaSummary::setRopa(const Ropa &ropa)
{
    m_bar->setValue(ropa.percentComplete());
    const QString text = describe(ropa);
    m_label->setText(text);
    m_bar->setAccessibleDescription(text);
    m_bar->setToolTip(text);
}

} // namespace igw
