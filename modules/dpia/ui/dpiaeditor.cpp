#include "dpia/ui/dpiaeditor.h"

#include "dpia/dpiarecords.h"
#include "dpia/ui/dpiaanswerseditor.h"
#include "dpia/ui/dpiacommands.h"
#include "dpia/ui/dpiadata.h"
#include "dpia/ui/dpiahistory.h"
#include "dpia/ui/dpiauitexts.h"
#include "dpia/ui/dpiauitr.h"
#include "dpia/ui/dpiaworkflowpanel.h"
#include "dpia/ui/riskregister.h"
#include "register/assets.h"
#include "register/ui/assetformbinder.h"
#include "ropa/activities.h"
#include "ropa/ui/linkpicker.h"
#include "widgets/dialogs.h"
#include "widgets/validationlabel.h"
#include "workspace/directory.h"
#include "workspace/sql.h"
#include "workspace/ui/formhelpers.h"
#include "workspace/ui/recordcommands.h"
#include "workspace/ui/recordeditor.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace igw {

namespace {

QList<LinkPicker::Candidate> candidates(Workspace &ws, const QString &table)
{
    QList<LinkPicker::Candidate> out;
    const QList<QVariantList> rows = sql::rows(
        ws.database(), QStringLiteral("SELECT id, ref, name FROM %1 ORDER BY ref, id").arg(table));
    out.reserve(rows.size());
    for (const QVariantList &row : rows)
        out.append({row.value(0).toLongLong(),
                    DpiaUiTr::tr("%1 %2").arg(row.value(1).toString(), row.value(2).toString()),
                    {}});
    return out;
}

} // namespace

DpiaEditor::DpiaEditor(RecordEditor &editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_form(DpiaForm::build(this))
    , m_answers(new DpiaAnswersEditor(editor, this))
    , m_risks(new RiskRegister(editor, this))
    , m_workflow(new DpiaWorkflowPanel(editor.workspace(), this))
    , m_history(new DpiaHistory(this))
    , m_title(new QLabel(this))
    , m_meta(new QLabel(this))
    , m_issues(new ValidationLabel(this))
    , m_buttons(new QWidget(this))
    , m_apply(new QPushButton(DpiaUiTr::tr("A&pply"), m_buttons))
    , m_revert(new QPushButton(DpiaUiTr::tr("Re&vert"), m_buttons))
    , m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("dpiaEditor"));
    m_title->setObjectName(QStringLiteral("dpiaEditorTitle"));
    m_meta->setObjectName(QStringLiteral("dpiaEditorMeta"));
    m_issues->setObjectName(QStringLiteral("dpiaIssues"));
    m_apply->setObjectName(QStringLiteral("dpiaApply"));
    m_revert->setObjectName(QStringLiteral("dpiaRevert"));
    m_apply->setToolTip(DpiaUiTr::tr("Store the changes to the details and links (Enter)"));
    m_revert->setToolTip(DpiaUiTr::tr("Discard the changes to the details and links"));
    m_answersTab = m_form.tabs->addTab(m_answers, DpiaUiTr::tr("A&nswers"));
    m_risksTab = m_form.tabs->addTab(m_risks, DpiaUiTr::tr("&Risks"));
    m_reviewTab = m_form.tabs->addTab(m_workflow, DpiaUiTr::tr("Revie&w"));
    m_historyTab = m_form.tabs->addTab(m_history, DpiaUiTr::tr("&History"));

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_meta->setWordWrap(true);
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

    // Reading order: the tabs, the form top to bottom, Apply and Revert.
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
        if (m_historyStale && m_record) {
            m_historyStale = false;
            m_history->showDpia(m_editor.workspace(), &*m_record);
        }
    });
    connect(m_form.binder, &AssetFormBinder::edited, this, [this] {
        if (!m_loading)
            updateState();
    });
    for (LinkPicker *picker : {m_form.activities, m_form.assets})
        connect(picker, &LinkPicker::changed, this, &DpiaEditor::updateState);
    // The Apply row belongs to the details and links; the risks have their own.
    connect(m_form.tabs, &QTabWidget::currentChanged, this, &DpiaEditor::updateState);
    connect(m_form.tabs, &QTabWidget::currentChanged, this, &DpiaEditor::syncAnswers);
    connect(m_form.matrix, &QComboBox::currentIndexChanged, this, [this] {
        if (const auto m = RiskMatrix::byKey(m_form.matrix->currentData().toString()))
            m_form.matrixHint->setText(dpiaUiText::matrixDescription(*m));
    });
    connect(m_form.title, &QLineEdit::returnPressed, this, &DpiaEditor::apply);
    connect(m_apply, &QPushButton::clicked, this, &DpiaEditor::apply);
    connect(m_revert, &QPushButton::clicked, this, &DpiaEditor::revert);
    connect(&m_editor.workspace(), &Workspace::recordChanged, this, &DpiaEditor::onRecordChanged);

    forms::fillPeople(m_form.owner, m_editor.workspace(), DpiaUiTr::tr("(nobody)"));
    refreshCandidates();
    display(std::nullopt);
}

QVariantMap DpiaEditor::linkValues() const
{
    return {{dpiaField::activityIds, linkValue(m_form.activities->chosen())},
            {dpiaField::assetIds, linkValue(m_form.assets->chosen())}};
}

QVariantMap DpiaEditor::editedChanges() const
{
    QVariantMap changes = m_form.binder->changes();
    const QVariantMap links = linkValues();
    for (auto it = links.cbegin(); it != links.cend(); ++it) {
        if (!sameFieldValue(it.value(), m_linkBaseline.value(it.key())))
            changes.insert(it.key(), it.value());
    }
    return changes;
}

bool DpiaEditor::detailsDirty() const
{
    return m_record && !editedChanges().isEmpty();
}

bool DpiaEditor::hasUnappliedChanges() const
{
    return detailsDirty() || m_answers->hasUnappliedChanges() || m_risks->hasUnappliedChanges();
}

bool DpiaEditor::showDpia(qint64 id)
{
    if (id == currentId())
        return true;
    if (!settle())
        return false;
    display(id > 0 ? m_editor.workspace().records().get(kinds::dpia(), id) : std::nullopt);
    return true;
}

void DpiaEditor::display(const std::optional<Record> &record)
{
    const qint64 before = currentId();
    m_loading = true;
    m_record = record;
    const QVariantMap values = record ? record->values : QVariantMap();
    m_form.binder->load(values);
    m_form.activities->setChosen(linkIds(values.value(dpiaField::activityIds)));
    m_form.assets->setChosen(linkIds(values.value(dpiaField::assetIds)));
    if (before != currentId()) {
        for (LinkPicker *picker : {m_form.activities, m_form.assets})
            picker->searchEdit()->clear();
    }
    m_loading = false;
    // What the pickers show is the baseline, as the binder does for its fields.
    m_linkBaseline = linkValues();

    if (record) {
        const QLocale locale;
        m_title->setText(dpiaUiText::dpiaLabel(*record));
        m_meta->setText(
            DpiaUiTr::tr("%1, version %2. Last changed %3 by %4.")
                .arg(dpiaUiText::statusText(record->value(dpiaField::status).toString()))
                .arg(qMax(1, record->value(dpiaField::version).toInt()))
                .arg(locale.toString(record->updatedAt.toLocalTime(), QLocale::ShortFormat),
                     record->updatedBy));
        m_form.status->setText(dpiaUiText::statusText(record->value(dpiaField::status).toString()));
        m_form.version->setText(
            locale.toString(qMax(1, record->value(dpiaField::version).toInt())));
    } else {
        m_title->setText(DpiaUiTr::tr("No DPIA selected"));
        m_meta->setText(m_editor.isReadOnly()
                            ? DpiaUiTr::tr("Choose a DPIA in the list.")
                            : DpiaUiTr::tr("Choose a DPIA in the list, or start a new one."));
        m_form.status->clear();
        m_form.version->clear();
    }
    if (const auto m = RiskMatrix::byKey(m_form.matrix->currentData().toString()))
        m_form.matrixHint->setText(dpiaUiText::matrixDescription(*m));
    else
        m_form.matrixHint->clear();
    m_risks->setDpia(record);
    syncAnswers();
    m_workflow->setDpia(currentId());
    m_history->showDpia(m_editor.workspace(), record ? &*record : nullptr);
    m_issues->clear();
    updateState();
    if (before != currentId())
        emit currentDpiaChanged(currentId());
}

void DpiaEditor::syncAnswers()
{
    // A step's questions are dozens of rich-text editors: build them only for the DPIA whose
    // Answers tab is open. Edits there are settled before another DPIA is shown.
    const bool open = m_form.tabs->currentIndex() == m_answersTab;
    const qint64 wanted = open ? currentId() : 0;
    if (m_answers->currentId() != wanted && (open || !m_answers->hasUnappliedChanges()))
        m_answers->showDpia(wanted);
}

void DpiaEditor::refreshCandidates()
{
    m_candidatesStale = false;
    Workspace &ws = m_editor.workspace();
    m_form.activities->setCandidates(candidates(ws, kinds::activity().table));
    m_form.assets->setCandidates(candidates(ws, kinds::asset().table));
}

void DpiaEditor::updateState()
{
    const bool readOnly = m_editor.isReadOnly();
    const bool has = m_record.has_value();
    const bool dirty = detailsDirty();
    if (has && m_form.title->text().trimmed().isEmpty())
        m_issues->setMessages(
            {{ValidationLabel::Severity::Error, DpiaUiTr::tr("Give the DPIA a title.")}});
    else
        m_issues->clear();
    m_apply->setEnabled(!readOnly && dirty && !m_issues->hasErrors());
    m_revert->setEnabled(!readOnly && dirty);
    const int tab = m_form.tabs->currentIndex();
    const bool ownTab = tab == m_form.detailsTab || tab == m_form.linksTab;
    m_buttons->setVisible(ownTab);
    m_issues->setVisible(ownTab && !m_issues->messages().isEmpty());
    const bool locked = readOnly || !has;
    m_form.binder->setReadOnly(locked);
    for (LinkPicker *picker : {m_form.activities, m_form.assets})
        picker->setReadOnly(locked);
    for (int i : {m_form.linksTab, m_answersTab, m_risksTab, m_reviewTab, m_historyTab})
        m_form.tabs->setTabEnabled(i, has);
}

bool DpiaEditor::apply()
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
    const QString text = DpiaUiTr::tr("Edit %1").arg(dpiaUiText::dpiaLabel(*m_record));
    bool ok = false;
    if (changes.contains(dpiaField::matrix)) {
        Workspace &ws = m_editor.workspace();
        const RiskMatrix from = loadRiskMatrix(ws, m_record->value(dpiaField::matrix).toString());
        const RiskMatrix to = loadRiskMatrix(ws, changes.value(dpiaField::matrix).toString());
        int assessed = 0;
        for (const Record &risk : loadRisks(ws, id))
            assessed += RiskLevels::of(risk).anyAssessed() ? 1 : 0;
        if (assessed > 0) {
            // Levels mean different things on another scale: say what will happen first.
            const QString question =
                DpiaUiTr::tr("Change the risk matrix from %1 to %2?\n\n%3 The levels are moved "
                             "onto the new scale keeping the ends (the lowest stays lowest, the "
                             "highest stays highest); check them afterwards. You can undo this "
                             "with Edit > Undo.")
                    .arg(from.name, to.name,
                         assessed == 1
                             ? DpiaUiTr::tr("1 risk is already assessed.")
                             : DpiaUiTr::tr("%1 risks are already assessed.").arg(assessed));
            if (Dialogs::question(this, DpiaUiTr::tr("Change Risk Matrix"), question,
                                  QMessageBox::Yes | QMessageBox::Cancel,
                                  QMessageBox::Cancel) != QMessageBox::Yes)
                return false;
            ok = dpiaCommands::changeMatrix(m_editor, id, changes, from, to, text);
        } else {
            ok = m_editor.update(kinds::dpia(), id, changes, text);
        }
    } else {
        ok = m_editor.update(kinds::dpia(), id, changes, text);
    }
    if (!ok)
        return false;
    display(m_editor.workspace().records().get(kinds::dpia(), id));
    return true;
}

void DpiaEditor::revert()
{
    display(m_record ? m_editor.workspace().records().get(kinds::dpia(), m_record->id)
                     : std::nullopt);
}

bool DpiaEditor::settle()
{
    if (detailsDirty()) {
        const auto answer = Dialogs::question(
            this, DpiaUiTr::tr("Unapplied Changes"),
            DpiaUiTr::tr("%1 has changes that are not applied yet. Apply them now?")
                .arg(dpiaUiText::dpiaLabel(*m_record)),
            QMessageBox::Apply | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Apply);
        if (answer == QMessageBox::Cancel)
            return false;
        if (answer == QMessageBox::Apply && !apply())
            return false;
        if (answer == QMessageBox::Discard)
            revert();
    }
    return m_answers->settle() && m_risks->settle();
}

void DpiaEditor::focusForm()
{
    m_form.tabs->setCurrentIndex(m_form.detailsTab);
    m_form.title->setFocus(Qt::OtherFocusReason);
}

void DpiaEditor::showRisksTab()
{
    m_form.tabs->setCurrentIndex(m_risksTab);
}

void DpiaEditor::showAnswersTab()
{
    m_form.tabs->setCurrentIndex(m_answersTab);
}

void DpiaEditor::showReviewTab()
{
    m_form.tabs->setCurrentIndex(m_reviewTab);
}

void DpiaEditor::onRecordChanged(const QString &table, qint64 id)
{
    if (table == kinds::activity().table || table == kinds::asset().table) {
        m_candidatesStale = true;
        m_refreshTimer->start();
        return;
    }
    if (table == kinds::person().table) {
        forms::fillPeople(m_form.owner, m_editor.workspace(), DpiaUiTr::tr("(nobody)"));
        return;
    }
    if (!m_record)
        return;
    if (table == kinds::risk().table || table == kinds::measure().table) {
        m_historyStale = true;
        m_refreshTimer->start();
        return;
    }
    if (table != kinds::dpia().table || (id != 0 && id != m_record->id))
        return;
    const std::optional<Record> record =
        m_editor.workspace().records().get(kinds::dpia(), m_record->id);
    if (!record) {
        // Deleted, for example by an undo: nothing to show any more.
        display(std::nullopt);
        return;
    }
    // Reflect a change made elsewhere (undo, redo) unless the user is mid-edit.
    if (!detailsDirty()) {
        display(record);
    } else {
        // The form keeps the user's edits; the register follows the stored matrix.
        m_risks->setDpia(record);
        m_history->showDpia(m_editor.workspace(), &*record);
    }
}

} // namespace igw
