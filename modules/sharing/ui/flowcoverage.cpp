#include "sharing/ui/flowcoverage.h"

#include "register/assets.h"
#include "sharing/coverage.h"
#include "sharing/ui/sharinguitr.h"
#include "widgets/icons.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace igw {

namespace {
constexpr int AgreementRole = Qt::UserRole + 1;
}

FlowCoverage::FlowCoverage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("flowCoverage"));
    m_summary->setObjectName(QStringLiteral("flowCoverageSummary"));
    m_list->setObjectName(QStringLiteral("flowCoverageList"));
    m_list->setAccessibleName(SharingUiTr::tr("Flows without an agreement in force"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({SharingUiTr::tr("Flow"), SharingUiTr::tr("Partner"),
                             SharingUiTr::tr("Why flagged"),
                             SharingUiTr::tr("Agreements not in force")});
    m_list->header()->setStretchLastSection(true);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (const qint64 id = item->data(0, AgreementRole).toLongLong())
            emit agreementRequested(id);
    });
}

int FlowCoverage::flaggedCount() const
{
    return m_list->topLevelItemCount();
}

QString FlowCoverage::summary() const
{
    return m_summary->text();
}

void FlowCoverage::refresh()
{
    m_list->clear();
    QString error;
    const QList<UncoveredFlow> flows = flowsWithoutActiveAgreement(m_workspace, &error);
    if (!error.isEmpty()) {
        m_summary->setText(SharingUiTr::tr("The flows could not be read: %1").arg(error));
        return;
    }
    for (const UncoveredFlow &u : flows) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setIcon(0, icon(QStringLiteral("warning")));
        item->setText(0, SharingUiTr::tr("%1 %2").arg(u.flow.ref, u.flow.title(kinds::flow())));
        item->setText(1, u.partner);
        item->setText(2, u.reason);
        QStringList refs;
        for (const Record &a : u.agreements)
            refs << a.ref;
        item->setText(3,
                      refs.isEmpty() ? SharingUiTr::tr("None") : refs.join(QStringLiteral(", ")));
        item->setData(0, AgreementRole, u.agreements.isEmpty() ? 0 : u.agreements.first().id);
        for (int c = 0; c < 4; ++c)
            item->setToolTip(c, item->text(c));
    }
    for (int c = 0; c < 3; ++c)
        m_list->resizeColumnToContents(c);
    m_summary->setText(
        flows.isEmpty()
            ? SharingUiTr::tr("Every flow to or from another organisation is covered by an "
                              "agreement in force.")
            : SharingUiTr::tr("%1 flow(s) to or from other organisations have no agreement in "
                              "force. Draw one up, or link the flow to an agreement on its Data "
                              "shared tab.")
                  .arg(flows.size()));
}

} // namespace igw
