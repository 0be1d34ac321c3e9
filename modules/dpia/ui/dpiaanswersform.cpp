#include "dpia/ui/dpiaanswersform.h"

#include "dpia/dpiaanswers.h"
#include "dpia/dpiarecords.h"
#include "dpia/prefill.h"
#include "dpia/ui/dpiacommentsview.h"
#include "dpia/ui/dpiaquestionwidget.h"
#include "dpia/ui/dpiasignoffform.h"
#include "dpia/ui/dpiauitexts.h"
#include "dpia/ui/dpiauitr.h"
#include "dpia/workflow.h"
#include "widgets/dialogs.h"
#include "workspace/ui/recordcommands.h"
#include "workspace/ui/recordeditor.h"
#include "workspace/workspace.h"

#include <QVBoxLayout>
#include <QWidget>

namespace igw {

DpiaAnswersForm::DpiaAnswersForm(RecordEditor &editor, qint64 dpiaId, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_dpiaId(dpiaId)
{
    Workspace &ws = editor.workspace();
    readRecord();
    const QString version =
        m_record ? m_record->value(dpiaField::bankVersion).toString() : QString();
    std::optional<QuestionBank> bank =
        version.isEmpty() ? std::nullopt : questionBankVersion(ws, version);
    m_bankMissing = !version.isEmpty() && !bank;
    m_bank = bank ? *bank : currentQuestionBank(ws);
    if (m_record)
        m_proposals = prefill::proposals(ws, prefill::sourcesOf(ws, dpiaId), m_bank);
}

void DpiaAnswersForm::readRecord()
{
    Workspace &ws = m_editor.workspace();
    m_record = ws.records().get(kinds::dpia(), m_dpiaId);
    m_art36Required = m_record && workflow::art36Required(ws, m_dpiaId);
}

bool DpiaAnswersForm::startsNewVersion() const
{
    return m_record && workflow::isFrozen(m_record->value(dpiaField::status).toString());
}

bool DpiaAnswersForm::isReadOnly() const
{
    return m_editor.isReadOnly() || !m_record;
}

QString DpiaAnswersForm::label() const
{
    return m_record ? dpiaUiText::dpiaLabel(*m_record) : DpiaUiTr::tr("DPIA");
}

QWidget *DpiaAnswersForm::createQuestions(const BankStep &step, bool withComments, QWidget *parent)
{
    if (step.questions.isEmpty())
        return nullptr;
    auto *column = new QWidget(parent);
    column->setObjectName(QStringLiteral("questions_") + step.id);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(18);
    const DpiaAnswers answers =
        m_record ? parseAnswers(m_record->value(dpiaField::answers)) : DpiaAnswers();
    int number = 0;
    for (const BankQuestion &q : step.questions) {
        auto *w =
            new DpiaQuestionWidget(q, DpiaUiTr::tr("%1.%2").arg(step.id).arg(++number), column);
        m_loading = true;
        w->setHtml(answers.value(q.id));
        m_storedAnswers.insert(q.id, answers.value(q.id));
        w->setProposal(m_proposals.value(q.id));
        m_loading = false;
        w->setReadOnly(isReadOnly());
        if (withComments && m_record)
            w->setFooter(new DpiaCommentsView(m_editor.workspace(), m_dpiaId, q.id, w));
        // What the editor made of the stored HTML is the baseline, not the stored string.
        m_baselineAnswers.insert(q.id, w->html());
        connect(w, &DpiaQuestionWidget::edited, this, [this] {
            if (!m_loading)
                emit edited();
        });
        layout->addWidget(w);
        m_questions.insert(q.id, w);
        m_order.append(w);
    }
    return column;
}

DpiaSignoffForm *DpiaAnswersForm::createSignoffForm(QWidget *parent)
{
    m_signoff = new DpiaSignoffForm(parent);
    loadSignoff();
    m_baselineFields = m_signoff->values();
    connect(m_signoff, &DpiaSignoffForm::edited, this, &DpiaAnswersForm::edited);
    return m_signoff;
}

QStringList DpiaAnswersForm::changedQuestions() const
{
    QStringList out;
    for (const DpiaQuestionWidget *w : m_order)
        if (w->html() != m_baselineAnswers.value(w->question().id))
            out << w->question().id;
    return out;
}

QVariantMap DpiaAnswersForm::changedFields() const
{
    QVariantMap out;
    if (!m_signoff)
        return out;
    const QVariantMap now = m_signoff->values();
    for (auto it = now.cbegin(); it != now.cend(); ++it)
        if (!sameFieldValue(it.value(), m_baselineFields.value(it.key())))
            out.insert(it.key(), it.value());
    return out;
}

bool DpiaAnswersForm::isDirty() const
{
    return !changedQuestions().isEmpty() || !changedFields().isEmpty();
}

QList<ValidationLabel::Message> DpiaAnswersForm::problems() const
{
    QList<ValidationLabel::Message> out;
    if (!m_record)
        return {{ValidationLabel::Severity::Error, DpiaUiTr::tr("The DPIA no longer exists.")}};
    if (m_bankMissing)
        out.append({ValidationLabel::Severity::Warning,
                    DpiaUiTr::tr("This DPIA was written with question bank %1, which this "
                                 "workspace no longer has; the current bank's questions are "
                                 "shown.")
                        .arg(m_record->value(dpiaField::bankVersion).toString())});
    if (m_signoff)
        out.append(m_signoff->problems());
    return out;
}

bool DpiaAnswersForm::hasErrors() const
{
    for (const ValidationLabel::Message &m : problems())
        if (m.severity == ValidationLabel::Severity::Error)
            return true;
    return false;
}

bool DpiaAnswersForm::save(QWidget *dialogParent)
{
    if (isReadOnly())
        return false;
    if (!isDirty())
        return true;
    if (hasErrors()) {
        if (m_signoff)
            m_signoff->focusFirstProblem();
        return false;
    }
    Workspace &ws = m_editor.workspace();
    readRecord();
    if (!m_record) {
        Dialogs::warning(dialogParent, DpiaUiTr::tr("DPIA Not Saved"),
                         DpiaUiTr::tr("The DPIA no longer exists."));
        return false;
    }
    const bool newVersion = startsNewVersion();
    if (newVersion) {
        const int version = m_record->value(dpiaField::version).toInt();
        const auto answer = Dialogs::question(
            dialogParent, DpiaUiTr::tr("Start a New Version"),
            DpiaUiTr::tr("%1 is approved as version %2. Saving these changes starts version %3 "
                         "as a draft; version %2 stays exactly as it was approved, with its "
                         "sign-offs. Start version %3?")
                .arg(label())
                .arg(version)
                .arg(version + 1),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return false;
        QString error;
        // The workflow's own transition (audited, not an undo step): the approved version
        // is frozen and stays, so there is nothing for undo to take back.
        if (!workflow::beginEdit(ws, m_dpiaId, &error)) {
            Dialogs::warning(dialogParent, DpiaUiTr::tr("DPIA Not Saved"), error);
            return false;
        }
        readRecord();
        if (!m_record)
            return false;
    }
    QVariantMap changes = changedFields();
    const QStringList changed = changedQuestions();
    if (!changed.isEmpty()) {
        DpiaAnswers answers = parseAnswers(m_record->value(dpiaField::answers));
        for (const QString &id : changed) {
            const QString html = m_questions.value(id)->html();
            if (html.isEmpty())
                answers.remove(id);
            else
                answers.insert(id, html);
        }
        const QString json = answersToJson(answers);
        changes.insert(dpiaField::answers, json.isEmpty() ? QVariant() : QVariant(json));
    }
    if (!m_editor.update(kinds::dpia(), m_dpiaId, changes,
                         DpiaUiTr::tr("Edit the answers of %1").arg(label())))
        return false;
    // What was saved is what the widgets show: no reload, so the cursor stays put.
    readRecord();
    const DpiaAnswers stored =
        m_record ? parseAnswers(m_record->value(dpiaField::answers)) : DpiaAnswers();
    for (const QString &id : changed)
        m_storedAnswers.insert(id, stored.value(id));
    if (newVersion)
        loadSignoff(); // no longer the approved version's note
    m_storedFields = storedFields();
    m_shownAsNewVersion = startsNewVersion();
    takeBaseline();
    emit saved();
    return true;
}

void DpiaAnswersForm::takeBaseline()
{
    for (const DpiaQuestionWidget *w : std::as_const(m_order))
        m_baselineAnswers.insert(w->question().id, w->html());
    if (m_signoff)
        m_baselineFields = m_signoff->values();
}

QVariantMap DpiaAnswersForm::storedFields() const
{
    QVariantMap out;
    if (!m_record)
        return out;
    for (const QString &field :
         {dpiaField::signoffs, dpiaField::dpoAdvice, dpiaField::dpoAdviceDecision,
          dpiaField::dpoOverruleReason, dpiaField::individualsViews,
          dpiaField::consultationDepartureReason, dpiaField::art36Decision, dpiaField::art36Reason})
        out.insert(field, m_record->value(field));
    return out;
}

void DpiaAnswersForm::loadSignoff()
{
    if (!m_signoff)
        return;
    m_loading = true;
    if (m_record)
        m_signoff->load(*m_record, m_art36Required, startsNewVersion());
    m_signoff->setReadOnly(isReadOnly());
    m_loading = false;
    m_storedFields = storedFields();
    m_shownAsNewVersion = startsNewVersion();
}

void DpiaAnswersForm::reload(bool force)
{
    readRecord();
    m_loading = true;
    const DpiaAnswers answers =
        m_record ? parseAnswers(m_record->value(dpiaField::answers)) : DpiaAnswers();
    for (DpiaQuestionWidget *w : std::as_const(m_order)) {
        const QString id = w->question().id;
        const QString stored = answers.value(id);
        if (force || stored != m_storedAnswers.value(id)) {
            w->setHtml(stored);
            m_storedAnswers.insert(id, stored);
            m_baselineAnswers.insert(id, w->html());
        }
        w->setReadOnly(isReadOnly());
    }
    m_loading = false;
    if (m_signoff) {
        const QVariantMap stored = storedFields();
        bool same = !force && m_shownAsNewVersion == startsNewVersion();
        for (auto it = stored.cbegin(); same && it != stored.cend(); ++it)
            same = sameFieldValue(it.value(), m_storedFields.value(it.key()));
        if (!same) {
            loadSignoff();
            m_baselineFields = m_signoff->values();
        }
        m_signoff->setArt36Required(m_art36Required);
    }
    emit edited();
}

void DpiaAnswersForm::refreshArt36()
{
    const bool required = workflow::art36Required(m_editor.workspace(), m_dpiaId);
    if (required == m_art36Required)
        return;
    m_art36Required = required;
    if (m_signoff)
        m_signoff->setArt36Required(required);
    emit edited();
}

} // namespace igw
