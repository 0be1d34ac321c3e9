#include "sharing/ui/partiespanel.h"

#include "register/ui/domainwritecommand.h"
#include "sharing/agreements.h"
#include "sharing/agreementview.h"
#include "sharing/lifecycle.h"
#include "sharing/ui/partydialog.h"
#include "sharing/ui/sharinguitexts.h"
#include "sharing/ui/sharinguitr.h"
#include "widgets/dialogs.h"
#include "workspace/directory.h"
#include "workspace/ui/recordeditor.h"
#include "workspace/workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace igw {

namespace pf = partyField;

namespace {
constexpr int PartyIdRole = Qt::UserRole + 1;
}

PartiesPanel::PartiesPanel(RecordEditor &editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_add(new QPushButton(SharingUiTr::tr("Add &Party…"), this))
    , m_edit(new QPushButton(SharingUiTr::tr("&Edit Party…"), this))
    , m_remove(new QPushButton(SharingUiTr::tr("Re&move Party"), this))
{
    setObjectName(QStringLiteral("partiesPanel"));
    m_summary->setObjectName(QStringLiteral("partiesSummary"));
    m_list->setObjectName(QStringLiteral("partiesList"));
    m_add->setObjectName(QStringLiteral("partyAdd"));
    m_edit->setObjectName(QStringLiteral("partyEdit"));
    m_remove->setObjectName(QStringLiteral("partyRemove"));
    m_list->setAccessibleName(SharingUiTr::tr("Parties to the agreement"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({SharingUiTr::tr("Organisation"), SharingUiTr::tr("Role"),
                             SharingUiTr::tr("ICO registration"), SharingUiTr::tr("Signatory"),
                             SharingUiTr::tr("Contact"), SharingUiTr::tr("This version")});
    m_list->header()->setStretchLastSection(true);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &PartiesPanel::updateState);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { m_edit->click(); });
    connect(m_add, &QPushButton::clicked, this, [this] {
        PartyDialog dialog(m_editor.workspace(), m_agreementId, {}, this);
        if (dialog.exec() == QDialog::Accepted)
            addParty(dialog.values());
    });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        const qint64 id = currentPartyId();
        const auto party = m_editor.workspace().records().get(kinds::agreementParty(), id);
        if (!party)
            return;
        PartyDialog dialog(m_editor.workspace(), m_agreementId, party->values, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        QVariantMap changes;
        const QVariantMap values = dialog.values();
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            if (it.value() != party->value(it.key()))
                changes.insert(it.key(), it.value());
        if (!changes.isEmpty())
            updateParty(id, changes);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeParty(currentPartyId()); });
    connect(&m_editor.workspace(), &Workspace::recordChanged, this, [this](const QString &table) {
        if (m_agreementId != 0 &&
            (table == kinds::agreementParty().table || table == kinds::agreement().table ||
             table == kinds::organisation().table))
            refresh();
    });
    refresh();
}

void PartiesPanel::setAgreement(qint64 agreementId)
{
    m_agreementId = agreementId;
    refresh();
}

qint64 PartiesPanel::currentPartyId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, PartyIdRole).toLongLong() : 0;
}

bool PartiesPanel::isDraft() const
{
    const auto a = m_editor.workspace().records().get(kinds::agreement(), m_agreementId);
    return a && a->value(agreementField::status).toString() == agreementStatus::draft;
}

void PartiesPanel::refresh()
{
    const qint64 current = currentPartyId();
    m_list->clear();
    QString error;
    const auto view = m_agreementId ? loadAgreementView(m_editor.workspace(), m_agreementId, &error)
                                    : std::nullopt;
    if (!view) {
        m_summary->setText(m_agreementId ? error : SharingUiTr::tr("No agreement selected."));
        updateState();
        return;
    }
    QHash<qint64, AgreementSignature> signedBy;
    for (const AgreementSignature &s :
         sharing::currentSignatures(m_editor.workspace(), m_agreementId))
        signedBy.insert(s.partyId, s);
    const QLocale locale;
    for (const AgreementPartyView &p : view->parties) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(0, PartyIdRole, p.party.id);
        item->setText(0, p.self ? SharingUiTr::tr("%1 (us)").arg(p.name) : p.name);
        item->setText(1, sharingUiText::roleText(p.role));
        item->setText(2, p.icoRegistration.isEmpty() ? SharingUiTr::tr("Not recorded")
                                                     : p.icoRegistration);
        item->setText(3, p.signatoryName.isEmpty()
                             ? SharingUiTr::tr("Not named")
                             : SharingUiTr::tr("%1, %2").arg(p.signatoryName, p.signatoryRole));
        item->setText(4, p.contact);
        const auto s = signedBy.constFind(p.party.id);
        item->setText(5,
                      s == signedBy.cend()
                          ? SharingUiTr::tr("Not signed")
                          : SharingUiTr::tr("Signed %1 by %2")
                                .arg(locale.toString(s->signedOn, QLocale::ShortFormat), s->name));
        if (p.party.id == current)
            m_list->setCurrentItem(item);
    }
    for (int c = 0; c < m_list->columnCount() - 1; ++c)
        m_list->resizeColumnToContents(c);
    const int signedCount = int(signedBy.size());
    m_summary->setText(SharingUiTr::tr("%1 parties; %2 signed version %3. %4")
                           .arg(view->parties.size())
                           .arg(signedCount)
                           .arg(view->version())
                           .arg(sharingUiText::statusMeaning(view->status())));
    updateState();
}

void PartiesPanel::updateState()
{
    const auto a = m_editor.workspace().records().get(kinds::agreement(), m_agreementId);
    const bool editable = a && !m_editor.isReadOnly() &&
                          !sharingUiText::isFinal(a->value(agreementField::status).toString());
    m_add->setEnabled(editable);
    m_edit->setEnabled(editable && currentPartyId() != 0);
    m_remove->setEnabled(editable && currentPartyId() != 0);
}

bool PartiesPanel::confirmNewVersion(const QString &what)
{
    if (isDraft())
        return true;
    return Dialogs::question(
               this, SharingUiTr::tr("New Version"),
               SharingUiTr::tr("%1 changes the parties of an agreement that has gone out for "
                               "signature. A new version starts and every party must sign it "
                               "again; this is recorded in the history and cannot be undone. "
                               "Continue?")
                   .arg(what),
               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes;
}

bool PartiesPanel::addParty(const QVariantMap &values)
{
    if (m_agreementId == 0 || m_editor.isReadOnly())
        return false;
    const bool draft = isDraft();
    if (!confirmNewVersion(SharingUiTr::tr("Adding a party")))
        return false;
    QVariantMap v = values;
    v.insert(pf::agreementId, m_agreementId);
    if (!v.contains(pf::sortOrder)) {
        int last = 0;
        for (const Record &p : m_editor.workspace().records().list(
                 kinds::agreementParty(), {}, QStringLiteral("agreement_id = ?"), {m_agreementId}))
            last = qMax(last, p.value(pf::sortOrder).toInt());
        v.insert(pf::sortOrder, last + 1);
    }
    QString error;
    const auto party = sharing::addParty(m_editor.workspace(), v, &error);
    if (!party) {
        Dialogs::warning(this, SharingUiTr::tr("Party Not Added"), error);
        return false;
    }
    if (draft)
        DomainWriteCommand::push(m_editor, SharingUiTr::tr("Add party"), {},
                                 {{&kinds::agreementParty(), party->id}});
    refresh();
    return true;
}

bool PartiesPanel::updateParty(qint64 partyId, const QVariantMap &changes)
{
    const auto before = m_editor.workspace().records().get(kinds::agreementParty(), partyId);
    if (!before || m_editor.isReadOnly())
        return false;
    const bool draft = isDraft();
    // Only who the parties are and their roles start a version; contacts do not.
    const bool matters = changes.contains(pf::orgId) || changes.contains(pf::role);
    if (matters && !confirmNewVersion(SharingUiTr::tr("Changing a party's organisation or role")))
        return false;
    QVariantMap old;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it)
        old.insert(it.key(), before->value(it.key()));
    QString error;
    if (!sharing::updateParty(m_editor.workspace(), partyId, changes, &error)) {
        Dialogs::warning(this, SharingUiTr::tr("Party Not Changed"), error);
        return false;
    }
    if (draft || !matters)
        DomainWriteCommand::push(m_editor, SharingUiTr::tr("Edit party"),
                                 {{&kinds::agreementParty(), partyId, old}}, {});
    refresh();
    return true;
}

bool PartiesPanel::removeParty(qint64 partyId)
{
    const auto party = m_editor.workspace().records().get(kinds::agreementParty(), partyId);
    if (!party || m_editor.isReadOnly())
        return false;
    if (isDraft()) {
        if (Dialogs::question(this, SharingUiTr::tr("Remove Party"),
                              SharingUiTr::tr("Remove this party from the agreement? You can "
                                              "bring it back with Edit > Undo."),
                              QMessageBox::Yes | QMessageBox::No,
                              QMessageBox::No) != QMessageBox::Yes)
            return false;
        const bool ok =
            m_editor.remove(kinds::agreementParty(), partyId, SharingUiTr::tr("Remove party"));
        refresh();
        return ok;
    }
    if (!confirmNewVersion(SharingUiTr::tr("Removing a party")))
        return false;
    QString error;
    if (!sharing::removeParty(m_editor.workspace(), partyId, &error)) {
        Dialogs::warning(this, SharingUiTr::tr("Party Not Removed"), error);
        return false;
    }
    refresh();
    return true;
}

} // namespace igw
