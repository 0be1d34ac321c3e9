#include "dpia/ui/dpiaanswerseditor.h"

#include "dpia/dpiarecords.h"
#include "dpia/ui/dpiaanswersform.h"
#include "dpia/ui/dpiaattachmentspanel.h"
#include "dpia/ui/dpiacommentsview.h"
#include "dpia/ui/dpiarisksummary.h"
#include "dpia/ui/dpiasignoffform.h"
#include "dpia/ui/dpiauitr.h"
#include "widgets/dialogs.h"
#include "widgets/validationlabel.h"
#include "workspace/ui/recordeditor.h"
#include "workspace/workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace igw {

DpiaAnswersEditor::DpiaAnswersEditor(RecordEditor &editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_title(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_problems(new ValidationLabel(this))
    , m_apply(new QPushButton(DpiaUiTr::tr("A&pply"), this))
    , m_revert(new QPushButton(DpiaUiTr::tr("Re&vert"), this))
    , m_refresh(new QTimer(this))
{
    setObjectName(QStringLiteral("dpiaAnswersEditor"));
    m_title->setObjectName(QStringLiteral("answersTitle"));
    m_tabs->setObjectName(QStringLiteral("answersTabs"));
    m_problems->setObjectName(QStringLiteral("answersProblems"));
    m_apply->setObjectName(QStringLiteral("answersApply"));
    m_revert->setObjectName(QStringLiteral("answersRevert"));
    m_apply->setToolTip(DpiaUiTr::tr("Save the changed answers and sign-off as one step"));
    m_revert->setToolTip(DpiaUiTr::tr("Discard the changes and show what is saved"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_tabs->setUsesScrollButtons(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_apply);
    buttons->addWidget(m_revert);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_problems);
    layout->addLayout(buttons);

    m_refresh->setSingleShot(true);
    m_refresh->setInterval(0);
    connect(m_refresh, &QTimer::timeout, this, [this] {
        if (m_dpiaStale && m_form && !m_form->isDirty()) {
            const auto record = m_editor.workspace().records().get(kinds::dpia(), m_dpiaId);
            // Another bank version means other questions: only then are the tabs rebuilt.
            if (!record || !m_form->record() ||
                record->value(dpiaField::bankVersion).toString() !=
                    m_form->record()->value(dpiaField::bankVersion).toString())
                rebuild();
            else
                m_form->reload(false);
        } else if (m_risksStale && m_form) {
            for (DpiaRiskSummary *s : std::as_const(m_summaries))
                s->refresh();
            m_form->refreshArt36();
        }
        m_dpiaStale = m_risksStale = false;
        updateState();
    });
    connect(m_apply, &QPushButton::clicked, this, &DpiaAnswersEditor::apply);
    connect(m_revert, &QPushButton::clicked, this, &DpiaAnswersEditor::revert);
    connect(&editor.workspace(), &Workspace::recordChanged, this,
            &DpiaAnswersEditor::onRecordChanged);
    rebuild();
}

bool DpiaAnswersEditor::hasUnappliedChanges() const
{
    return m_form && m_form->isDirty();
}

bool DpiaAnswersEditor::showDpia(qint64 id)
{
    if (id == m_dpiaId)
        return true;
    if (!settle())
        return false;
    m_dpiaId = id;
    rebuild();
    return true;
}

void DpiaAnswersEditor::rebuild()
{
    const int tab = m_tabs->currentIndex();
    // Widgets are made per DPIA: each may have been written with a different bank version.
    while (m_tabs->count() > 0) {
        QWidget *page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete page;
    }
    m_summaries.clear();
    m_attachments = nullptr;
    m_comments = nullptr;
    delete m_form;
    m_form = nullptr;
    if (m_dpiaId <= 0 || !m_editor.workspace().records().get(kinds::dpia(), m_dpiaId)) {
        m_dpiaId = 0;
        m_title->setText(DpiaUiTr::tr("No DPIA selected"));
        updateState();
        return;
    }
    m_form = new DpiaAnswersForm(m_editor, m_dpiaId, this);
    m_title->setText(DpiaUiTr::tr("%1: the ICO template's steps (question bank %2)")
                         .arg(m_form->label(), m_form->bank().version));
    for (const BankStep &step : m_form->bank().steps) {
        auto *content = new QWidget;
        auto *column = new QVBoxLayout(content);
        column->setSpacing(12);
        if (!step.guidance.isEmpty()) {
            auto *guidance = new QLabel(step.guidance, content);
            guidance->setTextFormat(Qt::PlainText);
            guidance->setWordWrap(true);
            guidance->setForegroundRole(QPalette::PlaceholderText);
            column->addWidget(guidance);
        }
        if (step.id == QLatin1String("5") || step.id == QLatin1String("6")) {
            auto *summary =
                new DpiaRiskSummary(m_editor.workspace(), m_dpiaId,
                                    step.id == QLatin1String("5") ? DpiaRiskSummary::Mode::Risks
                                                                  : DpiaRiskSummary::Mode::Measures,
                                    content);
            m_summaries.append(summary);
            column->addWidget(summary);
        }
        if (QWidget *questions = m_form->createQuestions(step, true, content))
            column->addWidget(questions);
        if (step.id == QLatin1String("7"))
            column->addWidget(m_form->createSignoffForm(content));
        column->addStretch(1);
        auto *scroll = new QScrollArea;
        scroll->setObjectName(QStringLiteral("answersStep") + step.id);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(content);
        const int index = m_tabs->addTab(scroll, DpiaUiTr::tr("&%1 %2").arg(step.id, step.title));
        m_tabs->setTabToolTip(index, step.title);
    }
    // Evidence and the conversation about the whole DPIA, beside the steps.
    auto *files = new QWidget;
    files->setObjectName(QStringLiteral("answersFiles"));
    auto *filesLayout = new QVBoxLayout(files);
    m_attachments = new DpiaAttachmentsPanel(m_editor.workspace(), files);
    m_attachments->setDpia(m_dpiaId);
    m_comments = new DpiaCommentsView(m_editor.workspace(), m_dpiaId, QString(), files);
    filesLayout->addWidget(m_attachments, 1);
    filesLayout->addWidget(new QLabel(DpiaUiTr::tr("Comments on the whole DPIA:"), files));
    filesLayout->addWidget(m_comments);
    m_tabs->addTab(files, DpiaUiTr::tr("&Attachments and comments"));
    m_tabs->setCurrentIndex(tab >= 0 && tab < m_tabs->count() ? tab : 0);
    connect(m_form, &DpiaAnswersForm::edited, this, &DpiaAnswersEditor::updateState);
    updateState();
}

void DpiaAnswersEditor::updateState()
{
    const bool has = m_form != nullptr;
    const bool dirty = has && m_form->isDirty();
    const bool readOnly = !has || m_form->isReadOnly();
    QList<ValidationLabel::Message> messages =
        has ? m_form->problems() : QList<ValidationLabel::Message>();
    if (has && m_form->startsNewVersion() && !readOnly)
        messages.prepend({ValidationLabel::Severity::Information,
                          DpiaUiTr::tr("%1 is approved: applying changes starts a new version "
                                       "as a draft.")
                              .arg(m_form->label())});
    if (has && m_editor.isReadOnly())
        messages.prepend({ValidationLabel::Severity::Information,
                          DpiaUiTr::tr("The workspace is open read-only.")});
    m_problems->setMessages(messages);
    m_apply->setEnabled(!readOnly && dirty && !m_form->hasErrors());
    m_revert->setEnabled(!readOnly && dirty);
}

bool DpiaAnswersEditor::apply()
{
    if (!m_form)
        return false;
    if (!m_form->save(this)) {
        updateState();
        return false;
    }
    updateState();
    emit applied(m_dpiaId);
    return true;
}

void DpiaAnswersEditor::revert()
{
    if (m_form)
        m_form->reload(true);
    updateState();
}

bool DpiaAnswersEditor::settle()
{
    if (!hasUnappliedChanges())
        return true;
    const auto answer = Dialogs::question(
        this, DpiaUiTr::tr("Unapplied Changes"),
        DpiaUiTr::tr("%1 has changes that are not applied yet. Apply them now?")
            .arg(m_form->label()),
        QMessageBox::Apply | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Apply);
    if (answer == QMessageBox::Apply)
        return apply();
    if (answer == QMessageBox::Discard) {
        revert();
        return true;
    }
    return false;
}

void DpiaAnswersEditor::onRecordChanged(const QString &table, qint64 id)
{
    if (m_dpiaId <= 0)
        return;
    if (table == kinds::dpia().table && (id == 0 || id == m_dpiaId)) {
        // Undo, redo or an edit elsewhere: shown unless the user is mid-edit.
        m_dpiaStale = true;
        m_refresh->start();
    } else if (table == kinds::risk().table || table == kinds::measure().table) {
        m_risksStale = true;
        m_refresh->start();
    }
}

} // namespace igw
