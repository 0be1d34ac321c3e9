#include "sharing/ui/lifecyclepanel.h"

#include "sharing/agreements.h"
#include "sharing/agreementversions.h"
#include "sharing/checklist.h"
#include "sharing/lifecycle.h"
#include "sharing/ui/sharinguitexts.h"
#include "sharing/ui/sharinguitr.h"
#include "sharing/ui/signaturedialog.h"
#include "widgets/banner.h"
#include "widgets/dialogs.h"
#include "workspace/workspace.h"

#include <QCalendarWidget>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace igw {

namespace af = agreementField;

namespace {

QTreeWidget *table(QWidget *parent, const QString &name, const QString &accessible,
                   const QStringList &headers)
{
    auto *t = new QTreeWidget(parent);
    t->setObjectName(name);
    t->setAccessibleName(accessible);
    t->setRootIsDecorated(false);
    t->setAlternatingRowColors(true);
    t->setHeaderLabels(headers);
    t->header()->setStretchLastSection(true);
    return t;
}

// Asks for the next review date (a year on by default); an invalid date when cancelled.
QDate askReviewDate(QWidget *parent)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(SharingUiTr::tr("Complete Review"));
    auto *label = new QLabel(SharingUiTr::tr("The review found the agreement still fit for "
                                             "purpose. Review it again by:"),
                             &dialog);
    label->setWordWrap(true);
    auto *calendar = new QCalendarWidget(&dialog);
    calendar->setObjectName(QStringLiteral("nextReviewDate"));
    calendar->setAccessibleName(SharingUiTr::tr("Next review date"));
    calendar->setMinimumDate(QDate::currentDate().addDays(1));
    calendar->setSelectedDate(QDate::currentDate().addYears(1));
    label->setBuddy(calendar);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(label);
    layout->addWidget(calendar);
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    return dialog.exec() == QDialog::Accepted ? calendar->selectedDate() : QDate();
}

} // namespace

LifecyclePanel::LifecyclePanel(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_status(new QLabel(this))
    , m_meaning(new QLabel(this))
    , m_blocked(new Banner(Banner::Kind::Warning, this))
    , m_send(new QPushButton(SharingUiTr::tr("&Send for Signature…"), this))
    , m_sign(new QPushButton(SharingUiTr::tr("Record &Signature…"), this))
    , m_review(new QPushButton(SharingUiTr::tr("Complete Re&view…"), this))
    , m_terminate(new QPushButton(SharingUiTr::tr("&Terminate…"), this))
    , m_signatures(table(this, QStringLiteral("signaturesList"), SharingUiTr::tr("Signatures"),
                         {SharingUiTr::tr("Party"), SharingUiTr::tr("Signed by"),
                          SharingUiTr::tr("Position"), SharingUiTr::tr("Date"),
                          SharingUiTr::tr("Version"), SharingUiTr::tr("Counts")}))
    , m_versions(table(
          this, QStringLiteral("agreementVersions"), SharingUiTr::tr("Versions sent for signature"),
          {SharingUiTr::tr("Version"), SharingUiTr::tr("Sent"), SharingUiTr::tr("By")}))
{
    setObjectName(QStringLiteral("lifecyclePanel"));
    m_status->setObjectName(QStringLiteral("lifecycleStatus"));
    m_meaning->setObjectName(QStringLiteral("lifecycleMeaning"));
    m_blocked->setObjectName(QStringLiteral("lifecycleBlocked"));
    m_send->setObjectName(QStringLiteral("agreementSend"));
    m_sign->setObjectName(QStringLiteral("agreementSign"));
    m_review->setObjectName(QStringLiteral("agreementReviewDone"));
    m_terminate->setObjectName(QStringLiteral("agreementTerminate"));
    m_send->setToolTip(SharingUiTr::tr("Freeze this version and send it to the parties to sign; "
                                       "possible when the checklist is complete"));
    m_sign->setToolTip(SharingUiTr::tr("Record that a party signed this version"));
    m_review->setToolTip(SharingUiTr::tr("The agreement was reviewed and stays in force"));
    m_terminate->setToolTip(SharingUiTr::tr("End the agreement before its end date, with the "
                                            "reason"));
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);
    for (QLabel *l : {m_status, m_meaning}) {
        l->setWordWrap(true);
        l->setTextFormat(Qt::PlainText);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_send, m_sign, m_review, m_terminate})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *signaturesLabel = new QLabel(SharingUiTr::tr("Si&gnatures given:"), this);
    signaturesLabel->setBuddy(m_signatures);
    auto *versionsLabel = new QLabel(SharingUiTr::tr("Versions sent for signat&ure:"), this);
    versionsLabel->setBuddy(m_versions);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_meaning);
    layout->addWidget(m_blocked);
    layout->addLayout(buttons);
    layout->addWidget(signaturesLabel);
    layout->addWidget(m_signatures, 2);
    layout->addWidget(versionsLabel);
    layout->addWidget(m_versions, 1);

    connect(m_send, &QPushButton::clicked, this, &LifecyclePanel::sendForSignature);
    connect(m_sign, &QPushButton::clicked, this, [this] {
        SignatureDialog dialog(m_workspace, m_agreementId, this);
        if (dialog.exec() == QDialog::Accepted)
            recordSignature(dialog.partyId(), dialog.name(), dialog.role(), dialog.signedOn());
    });
    connect(m_review, &QPushButton::clicked, this, [this] {
        const QDate next = askReviewDate(this);
        if (next.isValid())
            completeReview(next);
    });
    connect(m_terminate, &QPushButton::clicked, this, [this] {
        const QString reason = Dialogs::getText(
            this, SharingUiTr::tr("Terminate Agreement"),
            SharingUiTr::tr("Why is the agreement ending? (required; the parties and the "
                            "history will show it)"));
        if (!reason.isNull())
            terminate(reason);
    });
    connect(&m_workspace, &Workspace::recordChanged, this, [this](const QString &table) {
        if (m_agreementId != 0 &&
            (table == kinds::agreement().table || table == kinds::agreementParty().table))
            refresh();
    });
    refresh();
}

void LifecyclePanel::setAgreement(qint64 agreementId)
{
    m_agreementId = agreementId;
    refresh();
}

QString LifecyclePanel::statusText() const
{
    return m_status->text();
}

void LifecyclePanel::refresh()
{
    m_signatures->clear();
    m_versions->clear();
    const auto a =
        m_agreementId ? m_workspace.records().get(kinds::agreement(), m_agreementId) : std::nullopt;
    const bool readOnly = m_workspace.isReadOnly();
    if (!a) {
        m_status->setText(SharingUiTr::tr("No agreement selected"));
        m_meaning->clear();
        m_blocked->hide();
        for (QPushButton *b : {m_send, m_sign, m_review, m_terminate})
            b->setEnabled(false);
        return;
    }
    const QString status = a->value(af::status).toString();
    const int version = qMax(1, a->value(af::version).toInt());
    const QLocale locale;
    m_status->setText(SharingUiTr::tr("%1: %2, version %3")
                          .arg(a->ref, sharingUiText::statusText(status))
                          .arg(version));
    QString meaning = sharingUiText::statusMeaning(status);
    if (status == agreementStatus::terminated)
        meaning += QLatin1Char(' ') +
                   SharingUiTr::tr("Reason: %1").arg(a->value(af::terminatedReason).toString());
    m_meaning->setText(meaning);

    const int gaps = status == agreementStatus::draft
                         ? int(checkAgreement(m_workspace, m_agreementId).size())
                         : 0;
    m_blocked->setVisible(gaps > 0);
    if (gaps > 0)
        m_blocked->setMessage(
            SharingUiTr::tr("It cannot go out for signature yet: the checklist lists %1 missing "
                            "item(s).")
                .arg(gaps));
    const bool unsigned_ = !sharing::unsignedParties(m_workspace, m_agreementId).isEmpty();
    m_send->setEnabled(!readOnly && status == agreementStatus::draft && gaps == 0);
    m_sign->setEnabled(!readOnly && status == agreementStatus::outForSignature && unsigned_);
    m_review->setEnabled(
        !readOnly && (status == agreementStatus::reviewDue || status == agreementStatus::active));
    m_terminate->setEnabled(!readOnly && !sharingUiText::isFinal(status) &&
                            status != agreementStatus::draft);

    for (const AgreementSignature &s : sharing::signatures(m_workspace, m_agreementId)) {
        auto *item = new QTreeWidgetItem(m_signatures);
        item->setText(0, s.partyName);
        item->setText(1, s.name);
        item->setText(2, s.role);
        item->setText(3, locale.toString(s.signedOn, QLocale::ShortFormat));
        item->setText(4, locale.toString(s.version));
        item->setText(5, s.version == version ? SharingUiTr::tr("Yes")
                                              : SharingUiTr::tr("No: an earlier version"));
    }
    for (const AgreementVersionInfo &v : agreementVersions::list(m_workspace, m_agreementId)) {
        auto *item = new QTreeWidgetItem(m_versions);
        item->setText(0, locale.toString(v.version));
        item->setText(1, locale.toString(v.frozenAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(2, v.frozenBy);
    }
    for (QTreeWidget *t : {m_signatures, m_versions})
        for (int c = 0; c < t->columnCount() - 1; ++c)
            t->resizeColumnToContents(c);
}

void LifecyclePanel::failed(const QString &title, const QString &error)
{
    Dialogs::warning(this, title, error);
    refresh();
}

bool LifecyclePanel::sendForSignature()
{
    const auto a = m_workspace.records().get(kinds::agreement(), m_agreementId);
    if (!a)
        return false;
    if (Dialogs::question(this, SharingUiTr::tr("Send for Signature"),
                          SharingUiTr::tr("Send version %1 of %2 for signature? The version is "
                                          "frozen as it is now; a later change to the lawful "
                                          "basis, the data shared or the parties starts a new "
                                          "version to sign.")
                              .arg(qMax(1, a->value(af::version).toInt()))
                              .arg(a->ref),
                          QMessageBox::Yes | QMessageBox::Cancel,
                          QMessageBox::Cancel) != QMessageBox::Yes)
        return false;
    QString error;
    if (!sharing::sendForSignature(m_workspace, m_agreementId, &error)) {
        failed(SharingUiTr::tr("Not Sent"), error);
        emit checklistRequested();
        return false;
    }
    refresh();
    return true;
}

bool LifecyclePanel::recordSignature(qint64 partyId, const QString &name, const QString &role,
                                     const QDate &signedOn)
{
    QString error;
    bool active = false;
    if (!sharing::recordSignature(m_workspace, m_agreementId, partyId, name, role, signedOn, &error,
                                  &active)) {
        failed(SharingUiTr::tr("Signature Not Recorded"), error);
        return false;
    }
    refresh();
    if (active)
        Dialogs::information(this, SharingUiTr::tr("Agreement in Force"),
                             SharingUiTr::tr("Every party has signed: the agreement is now "
                                             "active."));
    return true;
}

bool LifecyclePanel::completeReview(const QDate &nextReview)
{
    QString error;
    if (!sharing::completeReview(m_workspace, m_agreementId, nextReview, &error)) {
        failed(SharingUiTr::tr("Review Not Recorded"), error);
        return false;
    }
    refresh();
    return true;
}

bool LifecyclePanel::terminate(const QString &reason)
{
    if (reason.trimmed().isEmpty()) {
        failed(SharingUiTr::tr("Not Terminated"),
               SharingUiTr::tr("Give the reason the agreement ends."));
        return false;
    }
    QString error;
    if (!sharing::terminate(m_workspace, m_agreementId, reason.trimmed(), &error)) {
        failed(SharingUiTr::tr("Not Terminated"), error);
        return false;
    }
    refresh();
    return true;
}

} // namespace igw
