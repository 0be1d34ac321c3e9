#include "ropa/ui/activitychecks.h"

#include "register/assets.h"
#include "ropa/ui/ropatexts.h"
#include "ropa/ui/ropauitr.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace igw {

namespace {

constexpr int FieldRole = Qt::UserRole + 1;
constexpr int ListedRows = 4;

} // namespace

DerivedHints derivedHints(const ActivityView &view)
{
    DerivedHints hints;
    QStringList special;
    QStringList criminal;
    const LinkedAsset *art9From = nullptr;
    for (const LinkedAsset &asset : view.assets) {
        if (asset.specialCategory)
            special << ropaText::assetLabel(asset);
        if (asset.criminalOffence)
            criminal << ropaText::assetLabel(asset);
        if (!art9From && view.art9FromAssets && asset.specialCategory &&
            asset.art9Condition == view.art9Condition)
            art9From = &asset;
    }
    if (!special.isEmpty())
        hints.special = RopaUiTr::tr("Special category data comes from %1.")
                            .arg(special.join(QStringLiteral("; ")));
    if (!criminal.isEmpty())
        hints.criminal = RopaUiTr::tr("Criminal offence data comes from %1.")
                             .arg(criminal.join(QStringLiteral("; ")));
    if (art9From)
        hints.art9 = RopaUiTr::tr("Article 9 condition taken from %1: %2.")
                         .arg(ropaText::assetLabel(*art9From),
                              choices::label(choices::art9Condition(), view.art9Condition));
    return hints;
}

ActivityChecks::ActivityChecks(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_hints(new QLabel(this))
{
    m_heading->setObjectName(QStringLiteral("activityGapsHeading"));
    m_list->setObjectName(QStringLiteral("activityGaps"));
    m_hints->setObjectName(QStringLiteral("activityHints"));
    m_list->setAccessibleName(RopaUiTr::tr("Missing for Article 30"));
    m_list->setToolTip(RopaUiTr::tr("Activate an item to go to its field"));
    // One line per item, cut short if need be (the tooltip has it all), so the panel takes
    // only the room its items need and the form keeps the rest.
    m_list->setUniformItemSizes(true);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_heading->setBuddy(m_list);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_hints->setWordWrap(true);
    m_hints->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_heading);
    layout->addWidget(m_list);
    layout->addWidget(m_hints);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString field = item->data(FieldRole).toString();
        if (!field.isEmpty())
            emit gapActivated(field);
    });
    setView(nullptr);
}

void ActivityChecks::setView(const ActivityView *view)
{
    const int current = m_list->currentRow();
    m_list->clear();
    if (!view) {
        m_heading->setText(RopaUiTr::tr("Completeness"));
        m_hints->clear();
        m_hints->hide();
        m_list->hide();
        return;
    }
    m_list->show();
    const qsizetype gaps = view->gaps.size();
    m_heading->setText(gaps == 0   ? RopaUiTr::tr("Complete: nothing missing")
                       : gaps == 1 ? RopaUiTr::tr("Missing for Article 30: 1 item")
                                   : RopaUiTr::tr("Missing for Article 30: %1 items").arg(gaps));
    for (const RopaGap &gap : view->gaps) {
        auto *item = new QListWidgetItem(ropaText::gapText(gap), m_list);
        item->setData(FieldRole, gap.field);
        item->setToolTip(ropaText::gapText(gap));
    }
    if (gaps == 0) {
        auto *item = new QListWidgetItem(
            RopaUiTr::tr("This activity records everything Art. 30 asks for."), m_list);
        item->setFlags(Qt::ItemIsEnabled);
    }
    if (current >= 0 && current < m_list->count())
        m_list->setCurrentRow(current);
    const int rows = qMin(m_list->count(), ListedRows);
    m_list->setFixedHeight(rows * m_list->sizeHintForRow(0) + 2 * m_list->frameWidth() + 2);
    const DerivedHints hints = derivedHints(*view);
    QStringList lines;
    for (const QString &line : {hints.special, hints.criminal, hints.art9}) {
        if (!line.isEmpty())
            lines << line;
    }
    m_hints->setText(lines.join(QLatin1Char('\n')));
    m_hints->setVisible(!lines.isEmpty());
}

} // namespace igw
