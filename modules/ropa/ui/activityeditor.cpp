#include "ropa/ui/activityeditor.h"

#include "register/assets.h"
#include "register/ui/assetformbinder.h"
#include "register/ui/termsedit.h"
#include "register/vocabulary.h"
#include "ropa/activities.h"
#include "ropa/ui/activitychecks.h"
#include "ropa/ui/activityhistory.h"
#include "ropa/ui/categorypicker.h"
#include "ropa/ui/linkpicker.h"
#include "ropa/ui/ropatexts.h"
#include "ropa/ui/ropauitr.h"
#include "widgets/dialogs.h"
#include "widgets/validationlabel.h"
#include "workspace/directory.h"
#include "workspace/sql.h"
#include "workspace/ui/recordcommands.h"
#include "workspace/ui/recordeditor.h"
#include "workspace/workspace.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStringListModel>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace igw {

namespace {

namespace af = activityField;

// The fields the editor reads itself rather than through the binder.
const QStringList &ownFields()
{
    static const QStringList fields{af::assetIds,
                                    af::recipientOrgIds,
                                    af::controllerOrgIds,
                                    af::subjectCategoriesExtra,
                                    af::subjectCategoriesExcluded,
                                    af::dataCategoriesExtra,
                                    af::dataCategoriesExcluded};
    return fields;
}

QStringList functionsInUse(Workspace &workspace)
{
    QStringList out;
    const QList<QVariantList> rows = sql::rows(
        workspace.database(),
        QStringLiteral("SELECT business_function FROM activities WHERE business_function"
                       " IS NOT NULL UNION SELECT business_function FROM assets WHERE"
                       " business_function IS NOT NULL ORDER BY 1 COLLATE NOCASE LIMIT 1000"));
    for (const QVariantList &row : rows) {
        const QString f = row.value(0).toString().trimmed();
        if (!f.isEmpty() && !out.contains(f, Qt::CaseInsensitive))
            out << f;
    }
    return out;
}

} // namespace

ActivityEditor::ActivityEditor(RecordEditor &editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_form(ActivityForm::build(this))
    , m_title(new QLabel(this))
    , m_meta(new QLabel(this))
    , m_checks(new ActivityChecks(this))
    , m_issues(new ValidationLabel(this))
    , m_apply(new QPushButton(RopaUiTr::tr("A&pply"), this))
    , m_revert(new QPushButton(RopaUiTr::tr("Re&vert"), this))
    , m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("activityEditor"));
    m_title->setObjectName(QStringLiteral("activityTitle"));
    m_issues->setObjectName(QStringLiteral("activityIssues"));
    m_apply->setObjectName(QStringLiteral("activityApply"));
    m_revert->setObjectName(QStringLiteral("activityRevert"));
    m_apply->setToolTip(RopaUiTr::tr("Save the changes in the form (Enter)"));
    m_revert->setToolTip(RopaUiTr::tr("Discard the changes in the form"));

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_meta->setWordWrap(true);
    m_meta->setForegroundRole(QPalette::PlaceholderText);

    auto *completer = new QCompleter(new QStringListModel(this), m_form.businessFunction);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_form.businessFunction->setCompleter(completer);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_apply);
    buttons->addWidget(m_revert);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_meta);
    layout->addWidget(m_form.tabs, 1);
    layout->addWidget(m_checks);
    layout->addWidget(m_issues);
    layout->addLayout(buttons);

    // Reading order: the tabs, the form top to bottom, what is missing, Apply and Revert.
    QWidget *previous = m_form.tabs;
    for (QWidget *next : std::as_const(m_form.tabOrder)) {
        setTabOrder(previous, next);
        previous = next;
    }
    setTabOrder(previous, m_checks->list());
    setTabOrder(m_checks->list(), m_apply);
    setTabOrder(m_apply, m_revert);

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        if (m_candidatesStale)
            refreshCandidates();
        if (m_vocabularyStale)
            refreshVocabulary();
        refreshView();
        updateState();
    });
    connect(m_form.binder, &AssetFormBinder::edited, this, &ActivityEditor::onEdited);
    for (CategoryPicker *picker : {m_form.subjects, m_form.data})
        connect(picker, &CategoryPicker::edited, this, &ActivityEditor::onEdited);
    for (LinkPicker *picker : {m_form.assets, m_form.recipients, m_form.controllers})
        connect(picker, &LinkPicker::changed, this, &ActivityEditor::onEdited);
    connect(m_checks, &ActivityChecks::gapActivated, this, &ActivityEditor::focusField);
    connect(m_apply, &QPushButton::clicked, this, &ActivityEditor::apply);
    connect(m_revert, &QPushButton::clicked, this, &ActivityEditor::revert);
    connect(&m_editor.workspace(), &Workspace::recordChanged, this,
            &ActivityEditor::onRecordChanged);
    for (const QString &field : m_form.binder->fields()) {
        auto *line = qobject_cast<QLineEdit *>(m_form.binder->widget(field));
        if (!line)
            continue;
        connect(line, &QLineEdit::returnPressed, this, [this, line] {
            // Enter chooses a completion when the pop-up is open.
            if (!line->completer() || !line->completer()->popup()->isVisible())
                apply();
        });
    }

    refreshCandidates();
    refreshVocabulary();
    display(std::nullopt);
}

bool ActivityEditor::hasUnappliedChanges() const
{
    return m_record && !editedChanges().isEmpty();
}

QVariantMap ActivityEditor::ownValues() const
{
    return {{af::assetIds, linkValue(m_form.assets->chosen())},
            {af::recipientOrgIds, linkValue(m_form.recipients->chosen())},
            {af::controllerOrgIds, linkValue(m_form.controllers->chosen())},
            {af::subjectCategoriesExtra, m_form.subjects->extraText()},
            {af::subjectCategoriesExcluded, m_form.subjects->excludedText()},
            {af::dataCategoriesExtra, m_form.data->extraText()},
            {af::dataCategoriesExcluded, m_form.data->excludedText()}};
}

QVariantMap ActivityEditor::editedValues() const
{
    QVariantMap values = m_form.binder->values();
    values.insert(ownValues());
    return values;
}

QVariantMap ActivityEditor::editedChanges() const
{
    QVariantMap changes = m_form.binder->changes();
    const QVariantMap own = ownValues();
    for (const QString &field : ownFields()) {
        if (!sameFieldValue(own.value(field), m_ownBaseline.value(field)))
            changes.insert(field, own.value(field));
    }
    return changes;
}

bool ActivityEditor::showActivity(qint64 id)
{
    if (id == currentId())
        return true;
    if (!settle())
        return false;
    display(id > 0 ? m_editor.workspace().records().get(kinds::activity(), id) : std::nullopt);
    return true;
}

void ActivityEditor::display(const std::optional<Record> &record)
{
    const qint64 before = currentId();
    m_loading = true;
    m_record = record;
    const QVariantMap values = record ? record->values : QVariantMap();
    m_form.binder->load(values);
    m_form.assets->setChosen(linkIds(values.value(af::assetIds)));
    m_form.recipients->setChosen(linkIds(values.value(af::recipientOrgIds)));
    m_form.controllers->setChosen(linkIds(values.value(af::controllerOrgIds)));
    // Agreements link activities from their side (Sharing page); here they are only shown.
    QStringList agreements;
    if (record)
        for (const QVariantList &row :
             sql::rows(m_editor.workspace().database(),
                       QStringLiteral("SELECT g.ref, g.title, g.status FROM agreement_activities l"
                                      " JOIN agreements g ON g.id = l.agreement_id"
                                      " WHERE l.activity_id = ? ORDER BY g.ref"),
                       {record->id}))
            agreements << RopaUiTr::tr("%1 %2 (%3)")
                              .arg(row.value(0).toString(), row.value(1).toString(),
                                   ropaText::agreementStatusText(row.value(2).toString()));
    m_form.agreements->setText(agreements.isEmpty()
                                   ? RopaUiTr::tr("No sharing agreement covers this activity.")
                                   : agreements.join(QLatin1Char('\n')));
    if (before != currentId()) {
        for (LinkPicker *picker : {m_form.assets, m_form.recipients, m_form.controllers})
            picker->searchEdit()->clear();
    }
    m_form.subjects->load(values.value(af::subjectCategoriesExcluded).toString(),
                          values.value(af::subjectCategoriesExtra).toString());
    m_form.data->load(values.value(af::dataCategoriesExcluded).toString(),
                      values.value(af::dataCategoriesExtra).toString());
    m_loading = false;
    // What the widgets show is the baseline, as FieldBinder does for its fields.
    m_ownBaseline = ownValues();
    if (auto *model =
            qobject_cast<QStringListModel *>(m_form.businessFunction->completer()->model()))
        model->setStringList(functionsInUse(m_editor.workspace()));

    if (record) {
        m_title->setText(ropaText::activityLabel(*record));
        const QLocale locale;
        m_meta->setText(
            RopaUiTr::tr("Added %1 by %2. Last changed %3 by %4.")
                .arg(locale.toString(record->createdAt.toLocalTime(), QLocale::ShortFormat),
                     record->createdBy,
                     locale.toString(record->updatedAt.toLocalTime(), QLocale::ShortFormat),
                     record->updatedBy));
    } else {
        m_title->setText(RopaUiTr::tr("No processing activity selected"));
        m_meta->setText(m_editor.isReadOnly()
                            ? RopaUiTr::tr("Choose an activity in the list.")
                            : RopaUiTr::tr("Choose an activity in the list, or add a new one."));
    }
    m_form.history->showRecord(m_editor.workspace(), record ? record->uuid : QString());
    refreshView();
    updateState();
    if (before != currentId())
        emit currentActivityChanged(currentId());
}

void ActivityEditor::onEdited()
{
    if (m_loading)
        return;
    refreshView();
    updateState();
}

void ActivityEditor::refreshView()
{
    if (!m_record) {
        m_view = ActivityView();
        m_checks->setView(nullptr);
        m_form.subjects->setProposals({}, {});
        m_form.data->setProposals({}, {});
        m_form.specialHint->clear();
        m_form.art9Hint->clear();
        m_form.recipientOrganisations->clear();
        return;
    }
    // The unsaved values, resolved as the store would: proposals follow the form's links.
    Record unsaved = *m_record;
    const QVariantMap values = editedValues();
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        unsaved.values.insert(it.key(), it.value());
    m_view = resolveActivity(m_editor.workspace(), unsaved);

    QHash<QString, QString> assetNames;
    for (const LinkedAsset &asset : std::as_const(m_view.assets))
        assetNames.insert(asset.ref, ropaText::assetLabel(asset));
    m_form.subjects->setProposals(m_view.subjects, assetNames);
    m_form.data->setProposals(m_view.data, assetNames);
    m_checks->setView(&m_view);

    const DerivedHints hints = derivedHints(m_view);
    QStringList special;
    for (const QString &line : {hints.special, hints.criminal}) {
        if (!line.isEmpty())
            special << line;
    }
    m_form.specialHint->setText(
        special.isEmpty()
            ? RopaUiTr::tr("No asset used holds special category or criminal offence data.")
            : special.join(QLatin1Char('\n')));
    m_form.art9Hint->setText(hints.art9);
    m_form.art9Hint->setVisible(!hints.art9.isEmpty());
    QStringList organisations;
    for (const LinkedOrganisation &o : std::as_const(m_view.recipients))
        organisations << o.name;
    m_form.recipientOrganisations->setText(
        organisations.isEmpty() ? RopaUiTr::tr("Recipient organisations: none chosen (Links tab).")
                                : RopaUiTr::tr("Recipient organisations (Links tab): %1.")
                                      .arg(organisations.join(QStringLiteral("; "))));
}

void ActivityEditor::refreshCandidates()
{
    m_candidatesStale = false;
    Workspace &ws = m_editor.workspace();
    QList<LinkPicker::Candidate> assets;
    const QList<QVariantList> assetRows = sql::rows(
        ws.database(), QStringLiteral("SELECT id, ref, name FROM assets ORDER BY ref, id"));
    assets.reserve(assetRows.size());
    for (const QVariantList &row : assetRows)
        assets.append({row.value(0).toLongLong(),
                       RopaUiTr::tr("%1 %2").arg(row.value(1).toString(), row.value(2).toString()),
                       {}});
    QList<LinkPicker::Candidate> organisations;
    const QList<QVariantList> orgRows =
        sql::rows(ws.database(), QStringLiteral("SELECT id, ref, name FROM organisations"
                                                " WHERE coalesce(is_self, 0) = 0"
                                                " ORDER BY name COLLATE NOCASE, id"));
    for (const QVariantList &row : orgRows)
        organisations.append(
            {row.value(0).toLongLong(), row.value(2).toString(), row.value(1).toString()});
    m_form.assets->setCandidates(assets);
    m_form.recipients->setCandidates(organisations);
    m_form.controllers->setCandidates(organisations);
}

void ActivityEditor::refreshVocabulary()
{
    m_vocabularyStale = false;
    Workspace &ws = m_editor.workspace();
    m_form.subjects->setKnownTerms(vocabulary::terms(ws, vocabulary::dataSubjects));
    m_form.data->setKnownTerms(vocabulary::terms(ws, vocabulary::personalData));
}

void ActivityEditor::updateState()
{
    const bool readOnly = m_editor.isReadOnly();
    const bool has = m_record.has_value();
    const bool dirty = has && !editedChanges().isEmpty();
    if (has && m_form.name->text().trimmed().isEmpty())
        m_issues->setMessages({{ValidationLabel::Severity::Error,
                                RopaUiTr::tr("Give the processing activity a name.")}});
    else
        m_issues->clear();
    m_apply->setEnabled(!readOnly && dirty && !m_issues->hasErrors());
    m_revert->setEnabled(!readOnly && dirty);
    const bool locked = readOnly || !has;
    m_form.binder->setReadOnly(locked);
    for (CategoryPicker *picker : {m_form.subjects, m_form.data})
        picker->setReadOnly(locked);
    for (LinkPicker *picker : {m_form.assets, m_form.recipients, m_form.controllers})
        picker->setReadOnly(locked);
    // Art. 30(2) applies to processor records only.
    const bool processor = m_form.role->currentData().toString() == QLatin1String("processor");
    m_form.tabs->setTabEnabled(m_form.processorTab, processor);
    m_form.tabs->setTabToolTip(
        m_form.processorTab,
        processor ? RopaUiTr::tr("What a processor records (UK GDPR Art. 30(2))")
                  : RopaUiTr::tr("For processor records only: set Role to Processor"));
}

bool ActivityEditor::apply()
{
    if (m_editor.isReadOnly() || !m_record)
        return false;
    if (m_form.name->text().trimmed().isEmpty()) {
        updateState();
        m_form.tabs->setCurrentIndex(0);
        m_form.name->setFocus(Qt::OtherFocusReason);
        return false;
    }
    const QVariantMap changes = editedChanges();
    if (changes.isEmpty())
        return true;
    const qint64 id = m_record->id;
    if (!m_editor.update(kinds::activity(), id, changes,
                         RopaUiTr::tr("Edit %1").arg(ropaText::activityLabel(*m_record))))
        return false;
    display(m_editor.workspace().records().get(kinds::activity(), id));
    return true;
}

void ActivityEditor::revert()
{
    display(m_record ? m_editor.workspace().records().get(kinds::activity(), m_record->id)
                     : std::nullopt);
}

bool ActivityEditor::settle()
{
    if (!hasUnappliedChanges())
        return true;
    const auto answer = Dialogs::question(
        this, RopaUiTr::tr("Unapplied Changes"),
        RopaUiTr::tr("%1 has changes that are not applied yet. Apply them now?")
            .arg(ropaText::activityLabel(*m_record)),
        QMessageBox::Apply | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Apply);
    if (answer == QMessageBox::Apply)
        return apply();
    if (answer == QMessageBox::Discard) {
        revert();
        return true;
    }
    return false;
}

void ActivityEditor::focusField(const QString &field)
{
    QWidget *w = m_form.focusFor.value(field);
    if (!w)
        return;
    // Categories: the proposed terms when there are some, else the own additions.
    if (auto *picker = qobject_cast<CategoryPicker *>(w))
        w = picker->list()->count() > 0 ? static_cast<QWidget *>(picker->list())
                                        : picker->extra()->lineEdit();
    for (int i = 0; i < m_form.tabs->count(); ++i) {
        QWidget *page = m_form.tabs->widget(i);
        if (!page->isAncestorOf(w))
            continue;
        if (!m_form.tabs->isTabEnabled(i))
            return;
        m_form.tabs->setCurrentIndex(i);
        if (auto *scroll = qobject_cast<QScrollArea *>(page))
            scroll->ensureWidgetVisible(w);
        break;
    }
    w->setFocus(Qt::OtherFocusReason);
}

void ActivityEditor::focusForm()
{
    m_form.tabs->setCurrentIndex(0);
    m_form.name->setFocus(Qt::OtherFocusReason);
}

void ActivityEditor::onRecordChanged(const QString &table, qint64 id)
{
    if (table == kinds::asset().table || table == kinds::organisation().table) {
        m_candidatesStale = true;
        m_refreshTimer->start();
        return;
    }
    if (table == QLatin1String("vocabulary")) {
        m_vocabularyStale = true;
        m_refreshTimer->start();
        return;
    }
    if (table != kinds::activity().table || !m_record || (id != 0 && id != m_record->id))
        return;
    const std::optional<Record> record =
        m_editor.workspace().records().get(kinds::activity(), m_record->id);
    if (!record) {
        // Deleted, for example by an undo: nothing to show any more.
        display(std::nullopt);
        return;
    }
    // Reflect a change made elsewhere (undo, redo, an import) unless the user is mid-edit.
    if (editedChanges().isEmpty())
        display(record);
    else
        m_form.history->showRecord(m_editor.workspace(), record->uuid);
}

} // namespace igw
