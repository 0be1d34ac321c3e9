#include "dpia/ui/dpiawizard.h"

#include "dpia/dpiarecords.h"
#include "dpia/ui/dpiaanswersform.h"
#include "dpia/ui/dpiarisksummary.h"
#include "dpia/ui/dpiasignoffform.h"
#include "dpia/ui/dpiauitr.h"
#include "widgets/banner.h"
#include "widgets/dialogs.h"
#include "widgets/validationlabel.h"
#include "workspace/ui/recordeditor.h"
#include "workspace/workspace.h"

#include <QAbstractButton>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace igw {

namespace {

// A page's content in a scroll area: step 2 alone has over twenty questions.
QScrollArea *scrolled(QWidget *content, QWidget *parent)
{
    auto *scroll = new QScrollArea(parent);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    return scroll;
}

} // namespace

DpiaWizard::DpiaWizard(RecordEditor &editor, qint64 dpiaId, QWidget *parent)
    : QWizard(parent)
    , m_editor(editor)
    , m_form(new DpiaAnswersForm(editor, dpiaId, this))
{
    setObjectName(QStringLiteral("dpiaWizard"));
    setWindowTitle(DpiaUiTr::tr("DPIA: %1").arg(m_form->label()));
    setWizardStyle(QWizard::ClassicStyle);
    setOptions(QWizard::HaveFinishButtonOnEarlyPages | QWizard::NoBackButtonOnStartPage |
               QWizard::NoDefaultButton);
    // The bank is the organisation's text: titles never read as markup.
    setTitleFormat(Qt::PlainText);
    setButtonText(QWizard::FinishButton,
                  m_form->isReadOnly() ? DpiaUiTr::tr("&Close") : DpiaUiTr::tr("&Save and Close"));
    button(QWizard::FinishButton)
        ->setToolTip(DpiaUiTr::tr("Save every change as one step you can undo, and close"));

    for (int i = 0; i < m_form->bank().steps.size(); ++i) {
        const int id = addPage(buildStep(i));
        Q_ASSERT(id == m_stepIds.size());
        m_stepIds.append(m_form->bank().steps.at(i).id);
    }
    connect(m_form, &DpiaAnswersForm::edited, this, &DpiaWizard::updateProblems);
    connect(&editor.workspace(), &Workspace::recordChanged, this,
            [this](const QString &table, qint64) {
                if (table != kinds::risk().table && table != kinds::measure().table)
                    return;
                for (DpiaRiskSummary *s : std::as_const(m_summaries))
                    s->refresh();
                m_form->refreshArt36();
            });
    updateProblems();
    resize(960, 760);
}

QWizardPage *DpiaWizard::buildStep(int index)
{
    const BankStep &step = m_form->bank().steps.at(index);
    auto *page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("wizardStep") + step.id);
    page->setTitle(DpiaUiTr::tr("Step %1 of %2: %3")
                       .arg(index + 1)
                       .arg(m_form->bank().steps.size())
                       .arg(step.title));
    // Finish on every page: a DPIA is written over weeks, not in one sitting.
    page->setFinalPage(true);

    auto *content = new QWidget(page);
    auto *column = new QVBoxLayout(content);
    column->setSpacing(12);
    if (index == 0) {
        auto *banner = new Banner(Banner::Kind::Information, content);
        banner->setObjectName(QStringLiteral("wizardBanner"));
        QStringList notes;
        if (m_form->isReadOnly())
            notes << DpiaUiTr::tr("The workspace is open read-only: the DPIA can be read here "
                                  "but not changed.");
        if (m_form->startsNewVersion())
            notes << DpiaUiTr::tr("%1 is approved. Saving changes starts a new version as a "
                                  "draft; the approved version stays as it was.")
                         .arg(m_form->label());
        banner->setMessage(notes.join(QLatin1Char(' ')));
        column->addWidget(banner);
    }
    // The step's guidance scrolls with the page: a subtitle would cut long guidance off.
    if (!step.guidance.isEmpty()) {
        auto *guidance = new QLabel(step.guidance, content);
        guidance->setObjectName(QStringLiteral("stepGuidance"));
        guidance->setTextFormat(Qt::PlainText);
        guidance->setWordWrap(true);
        guidance->setForegroundRole(QPalette::PlaceholderText);
        column->addWidget(guidance);
    }
    if (step.id == QLatin1String("5") || step.id == QLatin1String("6")) {
        auto *summary =
            new DpiaRiskSummary(m_editor.workspace(), m_form->dpiaId(),
                                step.id == QLatin1String("5") ? DpiaRiskSummary::Mode::Risks
                                                              : DpiaRiskSummary::Mode::Measures,
                                content);
        m_summaries.append(summary);
        column->addWidget(summary);
    }
    if (QWidget *questions = m_form->createQuestions(step, false, content))
        column->addWidget(questions);
    if (step.id == QLatin1String("7")) {
        column->addWidget(m_form->createSignoffForm(content));
        m_problems = new ValidationLabel(content);
        m_problems->setObjectName(QStringLiteral("wizardProblems"));
        column->addWidget(m_problems);
    }
    column->addStretch(1);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scrolled(content, page));
    return page;
}

int DpiaWizard::pageOfStep(const QString &stepId) const
{
    return int(m_stepIds.indexOf(stepId));
}

void DpiaWizard::updateProblems()
{
    if (m_problems)
        m_problems->setMessages(m_form->problems());
}

void DpiaWizard::done(int result)
{
    if (result == QDialog::Accepted && m_form->isReadOnly()) {
        result = QDialog::Rejected; // nothing to save; Finish just closes
    } else if (result == QDialog::Accepted) {
        if (m_form->hasErrors()) {
            // Say what is missing where it is asked, rather than in a box.
            updateProblems();
            const int page = pageOfStep(QStringLiteral("7"));
            if (page >= 0 && currentId() != page)
                setCurrentId(page);
            if (m_form->signoffForm())
                m_form->signoffForm()->focusFirstProblem();
            return;
        }
        if (!m_form->save(this))
            return;
        m_saved = true;
    } else if (m_form->isDirty() && !m_form->isReadOnly()) {
        const auto answer = Dialogs::question(
            this, DpiaUiTr::tr("Discard Changes"),
            DpiaUiTr::tr("The changes to %1 are not saved. Discard them?").arg(m_form->label()),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    QWizard::done(result);
}

bool DpiaWizard::run(RecordEditor &editor, qint64 dpiaId, QWidget *parent)
{
    DpiaWizard wizard(editor, dpiaId, parent);
    wizard.exec();
    return wizard.saved();
}

} // namespace igw
