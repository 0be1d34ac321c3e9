#include "dpia/ui/dpiaworkflowpanel.h"

#include "dpia/dpiarecords.h"
#include "dpia/ui/dpiauitexts.h"
#include "dpia/ui/dpiauitr.h"
#include "dpia/workflow.h"
#include "widgets/banner.h"
#include "widgets/dialogs.h"
#include "workspace/workspace.h"

#include <QDate>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace igw {

namespace {

namespace df = dpiaField;

} // namespace

DpiaWorkflowPanel::DpiaWorkflowPanel(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_status(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_art36(new Banner(Banner::Kind::Warning, this))
    , m_blockersLabel(new QLabel(this))
    , m_blockersList(new QListWidget(this))
    , m_buttons(new QHBoxLayout)
    , m_refresh(new QTimer(this))
{
    setObjectName(QStringLiteral("dpiaWorkflow"));
    m_status->setObjectName(QStringLiteral("workflowStatus"));
    m_detail->setObjectName(QStringLiteral("workflowDetail"));
    m_art36->setObjectName(QStringLiteral("workflowArt36"));
    m_blockersList->setObjectName(QStringLiteral("workflowBlockers"));
    m_status->setTextFormat(Qt::PlainText);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setWordWrap(true);
    QFont bold = m_status->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_status->setFont(bold);
    m_blockersLabel->setBuddy(m_blockersList);
    m_blockersLabel->setWordWrap(true);
    m_blockersList->setWordWrap(true);
    m_blockersList->setAlternatingRowColors(true);
    m_blockersList->setAccessibleName(DpiaUiTr::tr("What stops approval"));
    m_blockersList->setMaximumHeight(180);

    m_buttons->setContentsMargins(0, 0, 0, 0);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_detail);
    layout->addWidget(m_art36);
    layout->addLayout(m_buttons);
    layout->addWidget(m_blockersLabel);
    layout->addWidget(m_blockersList);
    layout->addStretch(1);

    m_refresh->setSingleShot(true);
    m_refresh->setInterval(0);
    connect(m_refresh, &QTimer::timeout, this, &DpiaWorkflowPanel::refresh);
    connect(&workspace, &Workspace::recordChanged, this, [this](const QString &table, qint64) {
        // Risks, measures and the DPIA's own fields all change what blocks approval.
        if (m_dpiaId > 0 && (table == kinds::dpia().table || table == kinds::risk().table ||
                             table == kinds::measure().table))
            m_refresh->start();
    });
    refresh();
}

void DpiaWorkflowPanel::setDpia(qint64 dpiaId)
{
    m_dpiaId = dpiaId;
    refresh();
}

QString DpiaWorkflowPanel::statusText() const
{
    return m_status->text();
}

QString DpiaWorkflowPanel::buttonText(const QString &from, const QString &to) const
{
    using namespace dpiaStatus;
    if (to == inReview)
        return from == draft ? DpiaUiTr::tr("Send for &Review") : DpiaUiTr::tr("Back to &Review");
    if (to == dpoReview)
        return DpiaUiTr::tr("Send to the &DPO");
    if (to == approved)
        return DpiaUiTr::tr("&Approve…");
    if (to == rejected)
        return DpiaUiTr::tr("Re&ject…");
    if (to == reviewDue)
        return DpiaUiTr::tr("Mark Review &Due");
    if (to == draft)
        return workflow::isFrozen(from) ? DpiaUiTr::tr("Start a &New Version…")
               : from == rejected       ? DpiaUiTr::tr("Reopen as &Draft")
                                        : DpiaUiTr::tr("Back to &Draft");
    return dpiaUiText::statusText(to);
}

void DpiaWorkflowPanel::rebuildButtons(const QString &from, bool readOnly)
{
    bool hadFocus = false;
    for (QPushButton *b : std::as_const(m_transitions)) {
        hadFocus = hadFocus || b->hasFocus();
        // The clicked button may be the one being replaced: delete it once its signal is done.
        b->hide();
        b->setObjectName(QString());
        b->deleteLater();
    }
    m_transitions.clear();
    while (QLayoutItem *item = m_buttons->takeAt(0))
        delete item;
    if (m_dpiaId <= 0)
        return;
    for (const QString &to : workflow::allowedTransitions(from)) {
        auto *button = new QPushButton(buttonText(from, to), this);
        button->setObjectName(QStringLiteral("transition_") + to);
        button->setEnabled(!readOnly);
        if (to == dpiaStatus::approved && !m_blockers.isEmpty()) {
            button->setEnabled(false);
            // Said in words where a disabled button cannot explain itself.
            button->setToolTip(DpiaUiTr::tr("Approval is blocked: see the list below"));
            button->setAccessibleDescription(
                m_blockers.size() == 1
                    ? DpiaUiTr::tr("Blocked: 1 reason is listed below")
                    : DpiaUiTr::tr("Blocked: %1 reasons are listed below").arg(m_blockers.size()));
        }
        const QString target = to;
        connect(button, &QPushButton::clicked, this, [this, target] { moveTo(target); });
        m_buttons->addWidget(button);
        m_transitions.insert(to, button);
    }
    m_buttons->addStretch(1);
    // A keyboard user who just moved the DPIA stays among the workflow's buttons.
    if (hadFocus)
        for (int i = 0; i < m_buttons->count(); ++i)
            if (QWidget *w = m_buttons->itemAt(i)->widget(); w && w->isEnabled()) {
                w->setFocus(Qt::OtherFocusReason);
                break;
            }
}

void DpiaWorkflowPanel::refresh()
{
    const auto dpia =
        m_dpiaId > 0 ? m_workspace.records().get(kinds::dpia(), m_dpiaId) : std::nullopt;
    if (!dpia) {
        m_dpiaId = 0;
        m_status->setText(DpiaUiTr::tr("No DPIA selected"));
        m_detail->clear();
        m_art36->setMessage({});
        m_blockers.clear();
        m_blockersLabel->hide();
        m_blockersList->hide();
        rebuildButtons({}, true);
        return;
    }
    const QString status = dpia->value(df::status).toString().isEmpty()
                               ? dpiaStatus::draft
                               : dpia->value(df::status).toString();
    const int version = std::max(1, dpia->value(df::version).toInt());
    m_status->setText(DpiaUiTr::tr("%1: %2, version %3")
                          .arg(dpia->ref, dpiaUiText::statusText(status))
                          .arg(version));

    QStringList detail;
    if (status == dpiaStatus::rejected && !dpia->value(df::rejectionReason).toString().isEmpty())
        detail << DpiaUiTr::tr("Rejected because: %1")
                      .arg(dpia->value(df::rejectionReason).toString());
    if (workflow::isFrozen(status)) {
        detail << DpiaUiTr::tr("This version is approved and frozen; any change starts version %1.")
                      .arg(version + 1);
        const QDate review = QDate::fromString(dpia->value(df::reviewDate).toString(), Qt::ISODate);
        if (review.isValid())
            detail << DpiaUiTr::tr("Review by %1.").arg(dpiaUiText::dateText(review));
    }
    m_detail->setText(detail.join(QLatin1Char(' ')));
    m_detail->setVisible(!detail.isEmpty());

    if (workflow::art36Required(m_workspace, m_dpiaId)) {
        const bool recorded =
            dpia->value(df::art36Decision).toString() == QLatin1String("consult_ico");
        m_art36->setMessage(
            recorded ? DpiaUiTr::tr("Prior consultation (UK GDPR Art. 36): a residual risk is "
                                    "still high. The decision to consult the ICO is recorded; "
                                    "the processing must wait for the ICO's advice.")
                     : DpiaUiTr::tr("Prior consultation required (UK GDPR Art. 36): a residual "
                                    "risk is still high. Consult the ICO before the processing "
                                    "starts, and record the decision in step 7."));
    } else {
        m_art36->setMessage({});
    }

    const bool frozen = workflow::isFrozen(status);
    m_blockers = frozen ? QStringList() : workflow::approvalBlockers(m_workspace, m_dpiaId);
    m_blockersList->clear();
    m_blockersList->addItems(m_blockers);
    m_blockersLabel->setText(
        m_blockers.isEmpty()
            ? DpiaUiTr::tr("Nothing stops approval.")
            : DpiaUiTr::tr("Before it can be &approved (%1):").arg(m_blockers.size()));
    m_blockersLabel->setVisible(!frozen);
    m_blockersList->setVisible(!m_blockers.isEmpty());
    rebuildButtons(status, m_workspace.isReadOnly());
}

QPushButton *DpiaWorkflowPanel::transitionButton(const QString &status) const
{
    return m_transitions.value(status);
}

bool DpiaWorkflowPanel::moveTo(const QString &status)
{
    const auto dpia =
        m_dpiaId > 0 ? m_workspace.records().get(kinds::dpia(), m_dpiaId) : std::nullopt;
    if (!dpia || m_workspace.isReadOnly())
        return false;
    const QString label = dpiaUiText::dpiaLabel(*dpia);
    const int version = std::max(1, dpia->value(df::version).toInt());
    QString reason;
    if (status == dpiaStatus::rejected) {
        reason = Dialogs::getText(this, DpiaUiTr::tr("Reject DPIA"),
                                  DpiaUiTr::tr("Why is %1 rejected?").arg(label));
        if (reason.isNull())
            return false;
        if (reason.trimmed().isEmpty()) {
            Dialogs::warning(this, DpiaUiTr::tr("Not Rejected"),
                             DpiaUiTr::tr("A DPIA is rejected only with the reason, so its "
                                          "authors know what to change."));
            return false;
        }
    } else if (status == dpiaStatus::approved) {
        if (Dialogs::question(this, DpiaUiTr::tr("Approve DPIA"),
                              DpiaUiTr::tr("Approve %1? Version %2 is frozen as approved and "
                                           "kept as it is; later changes start a new version.")
                                  .arg(label)
                                  .arg(version),
                              QMessageBox::Yes | QMessageBox::No,
                              QMessageBox::No) != QMessageBox::Yes)
            return false;
    } else if (status == dpiaStatus::draft &&
               workflow::isFrozen(dpia->value(df::status).toString())) {
        if (Dialogs::question(this, DpiaUiTr::tr("Start a New Version"),
                              DpiaUiTr::tr("Start version %1 of %2 as a draft? Version %3 stays "
                                           "as it was approved; the new version needs signing "
                                           "off again.")
                                  .arg(version + 1)
                                  .arg(label)
                                  .arg(version),
                              QMessageBox::Yes | QMessageBox::No,
                              QMessageBox::No) != QMessageBox::Yes)
            return false;
    }
    QString error;
    if (!workflow::transition(m_workspace, m_dpiaId, status, reason, &error)) {
        Dialogs::warning(this, DpiaUiTr::tr("Status Not Changed"), error);
        refresh();
        return false;
    }
    refresh();
    emit statusChanged(m_dpiaId, status);
    return true;
}

} // namespace igw
