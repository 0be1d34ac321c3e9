#include "sharing/ui/agreementeditor.h"

#include "register/assets.h"
#include "register/ui/assetformbinder.h"
#include "register/ui/domainwritecommand.h"
#include "ropa/activities.h"
#include "ropa/ui/linkpicker.h"
#include "sharing/agreements.h"
#include "sharing/lifecycle.h"
#include "sharing/ui/checklistview.h"
#include "sharing/ui/clausespanel.h"
#include "sharing/ui/documentspanel.h"
#include "sharing/ui/lifecyclepanel.h"
#include "sharing/ui/partiespanel.h"
#include "sharing/ui/sharinguitexts.h"
#include "sharing/ui/sharinguitr.h"
#include "widgets/dialogs.h"
#include "widgets/validationlabel.h"
#include "workspace/directory.h"
#include "workspace/sql.h"
#include "workspace/ui/recordcommands.h"
#include "workspace/ui/recordeditor.h"
#include "workspace/workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace igw {

namespace af = agreementField;

namespace {

QList<LinkPicker::Candidate> candidates(Workspace &ws, const QString &table, const QString &title)
{
    QList<LinkPicker::Candidate> out;
    const QList<QVariantList> rows =
        sql::rows(ws.database(),
                  QStringLiteral("SELECT id, ref, %2 FROM %1 ORDER BY ref, id").arg(table, title));
    out.reserve(rows.size());
    for (const QVariantList &row : rows)
        out.append({row.value(0).toLongLong(),
                    SharingUiTr::tr("%1 %2").arg(row.value(1).toString(), row.value(2).toString()),
                    {}});
    return out;
}

} // namespace

AgreementEditor::AgreementEditor(RecordEditor &editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_form(AgreementForm::build(this))
    , m_clauses(new ClausesPanel(editor.workspace(), this))
    , m_parties(new PartiesPanel(editor, this))
    , m_checklist(new ChecklistView(editor.workspace(), this))
    , m_lifecycle(new LifecyclePanel(editor.workspace(), this))
    , m_documents(new DocumentsPanel(editor.workspace(), this))
    , m_title(new QLabel(this))
    , m_meta(new QLabel(this))
    , m_issues(new ValidationLabel(this))
    , m_buttons(new QWidget(this))
    , m_apply(new QPushButton(SharingUiTr::tr("A&pply"), m_buttons))
    , m_revert(new QPushButton(SharingUiTr::tr("Re&vert"), m_buttons))
    , m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("agreementEditor"));
    m_title->setObjectName(QStringLiteral("agreementEditorTitle"));
    m_meta->setObjectName(QStringLiteral("agreementEditorMeta"));
    m_issues->setObjectName(QStringLiteral("agreementIssues"));
    m_apply->setObjectName(QStringLiteral("agreementApply"));
    m_revert->setObjectName(QStringLiteral("agreementRevert"));
    m_apply->setToolTip(SharingUiTr::tr("Store the changes to the agreement's fields"));
    m_revert->setToolTip(SharingUiTr::tr("Discard the changes and show what is stored"));
    m_clausesTab = m_form.tabs->addTab(m_clauses, SharingUiTr::tr("C&lauses"));
    m_partiesTab = m_form.tabs->addTab(m_parties, SharingUiTr::tr("Par&ties"));
    m_checklistTab = m_form.tabs->addTab(m_checklist, SharingUiTr::tr("Chec&klist"));
    m_lifecycleTab = m_form.tabs->addTab(m_lifecycle, SharingUiTr::tr("Si&gnatures"));
    m_form.tabs->addTab(m_documents, SharingUiTr::tr("Doc&uments"));

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_meta->setWordWrap(true);
    m_meta->setTextFormat(Qt::PlainText);
    m_meta->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QHBoxLayout(m_buttons);
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_apply);
    buttons->addWidget(m_revert);
    buttons->addStretch(1);
    auto *heading = new QHBoxLayout;
    heading->addWidget(m_title, 1);
    heading->addWidget(m_meta, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(heading);
    layout->addWidget(m_form.tabs, 1);
    layout->addWidget(m_issues);
    layout->addWidget(m_buttons);

    QWidget *previous = m_form.tabs;
    for (QWidget *next : std::as_const(m_form.tabOrder)) {
        setTabOrder(previous, next);
        previous = next;
    }
    setTabOrder(previous, m_apply);
    setTabOrder(m_apply, m_revert);

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        if (m_candidatesStale)
            refreshCandidates();
        m_checklist->refresh();
    });
    connect(m_form.binder, &AssetFormBinder::edited, this, [this] {
        if (!m_loading)
            updateState();
    });
    for (LinkPicker *picker : {m_form.assets, m_form.flows, m_form.activities})
        connect(picker, &LinkPicker::changed, this, &AgreementEditor::updateState);
    connect(m_clauses, &ClausesPanel::edited, this, &AgreementEditor::updateState);
    connect(m_form.tabs, &QTabWidget::currentChanged, this, &AgreementEditor::updateState);
    connect(m_form.title, &QLineEdit::returnPressed, this, &AgreementEditor::apply);
    connect(m_apply, &QPushButton::clicked, this, &AgreementEditor::apply);
    connect(m_revert, &QPushButton::clicked, this, &AgreementEditor::revert);
    connect(m_checklist, &ChecklistView::fieldRequested, this, &AgreementEditor::showField);
    connect(m_lifecycle, &LifecyclePanel::checklistRequested, this,
            [this] { m_form.tabs->setCurrentIndex(m_checklistTab); });
    connect(&m_editor.workspace(), &Workspace::recordChanged, this,
            &AgreementEditor::onRecordChanged);

    refreshCandidates();
    display(std::nullopt);
}

QVariantMap AgreementEditor::linkValues() const
{
    return {{af::assetIds, linkValue(m_form.assets->chosen())},
            {af::flowIds, linkValue(m_form.flows->chosen())},
            {af::activityIds, linkValue(m_form.activities->chosen())}};
}

QVariantMap AgreementEditor::editedChanges() const
{
    QVariantMap changes = m_form.binder->changes();
    const QVariantMap links = linkValues();
    for (auto it = links.cbegin(); it != links.cend(); ++it)
        if (!sameFieldValue(it.value(), m_linkBaseline.value(it.key())))
            changes.insert(it.key(), it.value());
    const QVariant additions = m_clauses->additionsValue();
    if (!sameFieldValue(additions, m_additionsBaseline))
        changes.insert(af::sectionAdditions, additions);
    return changes;
}

bool AgreementEditor::hasUnappliedChanges() const
{
    return m_record && !editedChanges().isEmpty();
}

bool AgreementEditor::showAgreement(qint64 id)
{
    if (id == currentId())
        return true;
    if (!settle())
        return false;
    display(id > 0 ? m_editor.workspace().records().get(kinds::agreement(), id) : std::nullopt);
    return true;
}

void AgreementEditor::display(const std::optional<Record> &record)
{
    const qint64 before = currentId();
    m_loading = true;
    m_record = record;
    const QVariantMap values = record ? record->values : QVariantMap();
    m_form.binder->load(values);
    m_form.assets->setChosen(linkIds(values.value(af::assetIds)));
    m_form.flows->setChosen(linkIds(values.value(af::flowIds)));
    m_form.activities->setChosen(linkIds(values.value(af::activityIds)));
    if (before != currentId())
        for (LinkPicker *picker : {m_form.assets, m_form.flows, m_form.activities})
            picker->searchEdit()->clear();
    m_clauses->setAgreement(currentId());
    m_loading = false;
    m_linkBaseline = linkValues();
    m_additionsBaseline = m_clauses->additionsValue();

    if (record) {
        const QLocale locale;
        const QString status = record->value(af::status).toString();
        const int version = qMax(1, record->value(af::version).toInt());
        m_title->setText(
            SharingUiTr::tr("%1 %2").arg(record->ref, record->title(kinds::agreement())));
        m_meta->setText(
            SharingUiTr::tr("%1, version %2. Last changed %3 by %4.")
                .arg(sharingUiText::statusText(status))
                .arg(version)
                .arg(locale.toString(record->updatedAt.toLocalTime(), QLocale::ShortFormat),
                     record->updatedBy));
        m_form.status->setText(sharingUiText::statusText(status));
        m_form.version->setText(locale.toString(version));
    } else {
        m_title->setText(SharingUiTr::tr("No agreement selected"));
        m_meta->setText(m_editor.isReadOnly()
                            ? SharingUiTr::tr("Choose an agreement in the list.")
                            : SharingUiTr::tr("Choose an agreement in the list, or start a new "
                                              "one."));
        m_form.status->clear();
        m_form.version->clear();
    }
    m_parties->setAgreement(currentId());
    m_checklist->setAgreement(currentId());
    m_lifecycle->setAgreement(currentId());
    m_documents->setAgreement(currentId());
    m_issues->clear();
    updateState();
    if (before != currentId())
        emit currentAgreementChanged(currentId());
}

void AgreementEditor::refreshCandidates()
{
    m_candidatesStale = false;
    Workspace &ws = m_editor.workspace();
    m_form.assets->setCandidates(candidates(ws, kinds::asset().table, kinds::asset().titleField));
    m_form.flows->setCandidates(candidates(ws, kinds::flow().table, kinds::flow().titleField));
    m_form.activities->setCandidates(
        candidates(ws, kinds::activity().table, kinds::activity().titleField));
}

void AgreementEditor::updateState()
{
    const bool readOnly = m_editor.isReadOnly();
    const bool has = m_record.has_value();
    const QString status = has ? m_record->value(af::status).toString() : QString();
    const bool final = sharingUiText::isFinal(status);
    const bool dirty = hasUnappliedChanges();
    QList<ValidationLabel::Message> messages;
    if (has && m_form.title->text().trimmed().isEmpty())
        messages << ValidationLabel::Message{ValidationLabel::Severity::Error,
                                             SharingUiTr::tr("Give the agreement a title.")};
    if (has && dirty && status != agreementStatus::draft && !final) {
        bool versioned = false;
        const QVariantMap changes = editedChanges();
        for (const QString &f : versionedAgreementFields())
            versioned = versioned || changes.contains(f);
        if (versioned)
            messages << ValidationLabel::Message{
                ValidationLabel::Severity::Warning,
                SharingUiTr::tr("Applying starts version %1: the lawful basis or the data "
                                "shared changes, so every party signs again.")
                    .arg(qMax(1, m_record->value(af::version).toInt()) + 1)};
    }
    if (final)
        messages << ValidationLabel::Message{
            ValidationLabel::Severity::Information,
            SharingUiTr::tr("This agreement has ended and is kept as a record: only its notes "
                            "can change.")};
    m_issues->setMessages(messages);
    m_apply->setEnabled(!readOnly && dirty && !m_issues->hasErrors());
    m_revert->setEnabled(!readOnly && dirty);
    const int tab = m_form.tabs->currentIndex();
    const bool ownTab = tab == m_form.detailsTab || tab == m_form.basisTab ||
                        tab == m_form.handlingTab || tab == m_form.dataTab || tab == m_clausesTab;
    m_buttons->setVisible(ownTab);
    m_issues->setVisible(ownTab && !m_issues->messages().isEmpty());
    const bool locked = readOnly || !has;
    m_form.binder->setReadOnly(locked || final);
    if (has && final)
        m_form.notes->setReadOnly(readOnly);
    for (LinkPicker *picker : {m_form.assets, m_form.flows, m_form.activities})
        picker->setReadOnly(locked || final);
    m_clauses->setReadOnly(locked || final);
    for (int i = 0; i < m_form.tabs->count(); ++i)
        if (i != m_form.detailsTab)
            m_form.tabs->setTabEnabled(i, has);
}

bool AgreementEditor::apply()
{
    if (m_editor.isReadOnly() || !m_record)
        return false;
    if (m_form.title->text().trimmed().isEmpty()) {
        updateState();
        m_form.tabs->setCurrentIndex(m_form.detailsTab);
        m_form.title->setFocus(Qt::OtherFocusReason);
        return false;
    }
    const QVariantMap changes = editedChanges();
    if (changes.isEmpty())
        return true;
    const qint64 id = m_record->id;
    const QString status = m_record->value(af::status).toString();
    bool versioned = false;
    for (const QString &f : versionedAgreementFields())
        versioned = versioned || changes.contains(f);
    if (versioned && status != agreementStatus::draft &&
        Dialogs::question(
            this, SharingUiTr::tr("New Version"),
            SharingUiTr::tr("%1 has gone out for signature. Changing its lawful basis or the "
                            "data shared starts version %2, and every party must sign again. "
                            "This is recorded in the history and cannot be undone. Continue?")
                .arg(m_record->ref)
                .arg(qMax(1, m_record->value(af::version).toInt()) + 1),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return false;

    // What undo puts back: the agreement's fields, and the register's reference on each flow
    // the agreement takes up or lets go.
    Workspace &ws = m_editor.workspace();
    QVariantMap before;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it)
        before.insert(it.key(), m_record->value(it.key()));
    QHash<qint64, QVariant> flowRefs;
    for (const qint64 flow :
         linkIds(m_record->value(af::flowIds)) + linkIds(changes.value(af::flowIds))) {
        if (const auto f = ws.records().get(kinds::flow(), flow))
            flowRefs.insert(flow, f->value(flowField::agreementRef));
    }
    QString error;
    bool newVersion = false;
    if (!sharing::updateAgreement(ws, id, changes, &error, &newVersion)) {
        Dialogs::warning(this, SharingUiTr::tr("Not Applied"), error);
        return false;
    }
    if (!newVersion) {
        QList<DomainWriteCommand::Changed> changed{{&kinds::agreement(), id, before}};
        for (auto it = flowRefs.cbegin(); it != flowRefs.cend(); ++it) {
            const auto f = ws.records().get(kinds::flow(), it.key());
            if (f && !sameFieldValue(f->value(flowField::agreementRef), it.value()))
                changed.append({&kinds::flow(), it.key(), {{flowField::agreementRef, it.value()}}});
        }
        DomainWriteCommand::push(m_editor, SharingUiTr::tr("Edit %1").arg(m_record->ref), changed,
                                 {});
    }
    display(ws.records().get(kinds::agreement(), id));
    return true;
}

void AgreementEditor::revert()
{
    display(m_record ? m_editor.workspace().records().get(kinds::agreement(), m_record->id)
                     : std::nullopt);
}

bool AgreementEditor::settle()
{
    if (!hasUnappliedChanges())
        return true;
    const auto answer = Dialogs::question(
        this, SharingUiTr::tr("Unapplied Changes"),
        SharingUiTr::tr("%1 has changes that are not applied yet. Apply them now?")
            .arg(m_record->ref),
        QMessageBox::Apply | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Apply);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Apply)
        return apply();
    revert();
    return true;
}

void AgreementEditor::focusForm()
{
    m_form.tabs->setCurrentIndex(m_form.detailsTab);
    m_form.title->setFocus(Qt::OtherFocusReason);
}

void AgreementEditor::showTab(QWidget *page)
{
    const int i = m_form.tabs->indexOf(page);
    if (i >= 0)
        m_form.tabs->setCurrentIndex(i);
}

void AgreementEditor::showField(const QString &field)
{
    if (field == QLatin1String("parties")) {
        m_form.tabs->setCurrentIndex(m_partiesTab);
        m_parties->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (field == QLatin1String("links")) {
        m_form.tabs->setCurrentIndex(m_form.dataTab);
        m_form.flows->searchEdit()->setFocus(Qt::OtherFocusReason);
        return;
    }
    const int tab = m_form.tabOf(field);
    if (tab < 0)
        return;
    m_form.tabs->setCurrentIndex(tab);
    if (QWidget *w = m_form.binder->widget(field))
        w->setFocus(Qt::OtherFocusReason);
    else if (tab == m_form.dataTab)
        m_form.flows->searchEdit()->setFocus(Qt::OtherFocusReason);
}

void AgreementEditor::onRecordChanged(const QString &table, qint64 id)
{
    if (table == kinds::asset().table || table == kinds::flow().table ||
        table == kinds::activity().table) {
        m_candidatesStale = true;
        m_refreshTimer->start();
        return;
    }
    if (!m_record)
        return;
    if (table == kinds::agreementParty().table || table == kinds::organisation().table) {
        m_refreshTimer->start();
        return;
    }
    if (table != kinds::agreement().table || (id != 0 && id != m_record->id))
        return;
    const auto record = m_editor.workspace().records().get(kinds::agreement(), m_record->id);
    if (!record) {
        display(std::nullopt);
        return;
    }
    if (!hasUnappliedChanges())
        display(record);
    else
        m_refreshTimer->start();
}

} // namespace igw
