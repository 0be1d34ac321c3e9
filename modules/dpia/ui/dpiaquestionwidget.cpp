#include "dpia/ui/dpiaquestionwidget.h"

#include "dpia/ui/dpiauitr.h"
#include "widgets/richtextedit.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace igw {

namespace {

// Proposals can be long lists; the note shows the start and the editor gets all of it.
constexpr int maxShownProposal = 400;

} // namespace

DpiaQuestionWidget::DpiaQuestionWidget(const BankQuestion &question, const QString &number,
                                       QWidget *parent)
    : QWidget(parent)
    , m_question(question)
    , m_label(new QLabel(this))
    , m_guidanceButton(new QToolButton(this))
    , m_guidance(new QLabel(question.guidance, this))
    , m_editor(new RichTextEdit(this))
    , m_proposalBox(new QFrame(this))
    , m_proposalLabel(new QLabel(m_proposalBox))
    , m_insert(new QPushButton(DpiaUiTr::tr("Insert proposal"), m_proposalBox))
    , m_layout(new QVBoxLayout(this))
{
    const QString id = question.id;
    setObjectName(QStringLiteral("question_") + id);
    m_editor->setObjectName(QStringLiteral("answer_") + id);
    m_guidanceButton->setObjectName(QStringLiteral("guidance_") + id);
    m_guidance->setObjectName(QStringLiteral("guidanceText_") + id);
    m_insert->setObjectName(QStringLiteral("insert_") + id);
    m_proposalLabel->setObjectName(QStringLiteral("proposal_") + id);

    // The bank is the organisation's text: shown as written, never as markup.
    const QString shown = number.isEmpty() ? id : number;
    const QString text = question.required
                             ? DpiaUiTr::tr("%1 %2 (required)").arg(shown, question.text)
                             : DpiaUiTr::tr("%1 %2").arg(shown, question.text);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_label->setText(text);
    QFont bold = m_label->font();
    bold.setBold(true);
    m_label->setFont(bold);
    m_editor->setAccessibleName(text);
    m_editor->textEdit()->setAccessibleDescription(
        question.guidance.isEmpty()
            ? m_editor->textEdit()->accessibleDescription()
            : question.guidance + QLatin1Char(' ') + m_editor->textEdit()->accessibleDescription());

    m_guidanceButton->setText(DpiaUiTr::tr("?"));
    m_guidanceButton->setCheckable(true);
    m_guidanceButton->setAccessibleName(DpiaUiTr::tr("Guidance for question %1").arg(shown));
    m_guidanceButton->setToolTip(DpiaUiTr::tr("Show or hide the guidance for this question"));
    m_guidanceButton->setVisible(!question.guidance.isEmpty());
    m_guidance->setTextFormat(Qt::PlainText);
    m_guidance->setWordWrap(true);
    m_guidance->setForegroundRole(QPalette::PlaceholderText);
    m_guidance->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_guidance->hide();

    m_proposalBox->setObjectName(QStringLiteral("proposalBox_") + id);
    m_proposalBox->setFrameShape(QFrame::StyledPanel);
    m_proposalLabel->setTextFormat(Qt::PlainText);
    m_proposalLabel->setWordWrap(true);
    m_insert->setAccessibleName(DpiaUiTr::tr("Insert the proposal into question %1").arg(id));
    m_insert->setToolTip(DpiaUiTr::tr("Copy the proposed text into the empty answer to edit it"));
    auto *proposalLayout = new QHBoxLayout(m_proposalBox);
    proposalLayout->setContentsMargins(6, 4, 6, 4);
    proposalLayout->addWidget(m_proposalLabel, 1);
    proposalLayout->addWidget(m_insert, 0, Qt::AlignTop);
    m_proposalBox->hide();

    auto *head = new QHBoxLayout;
    head->setContentsMargins(0, 0, 0, 0);
    head->addWidget(m_label, 1);
    head->addWidget(m_guidanceButton, 0, Qt::AlignTop);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);
    m_layout->addLayout(head);
    m_layout->addWidget(m_guidance);
    m_layout->addWidget(m_editor);
    m_layout->addWidget(m_proposalBox);

    connect(m_guidanceButton, &QToolButton::toggled, m_guidance, &QLabel::setVisible);
    connect(m_insert, &QPushButton::clicked, this, &DpiaQuestionWidget::insertProposal);
    connect(m_editor, &RichTextEdit::changed, this, [this] {
        updateProposal();
        emit edited();
    });
}

QString DpiaQuestionWidget::html() const
{
    return m_editor->html();
}

void DpiaQuestionWidget::setHtml(const QString &stored)
{
    m_editor->setHtml(stored);
    updateProposal();
}

bool DpiaQuestionWidget::isBlank() const
{
    return m_editor->isBlank();
}

void DpiaQuestionWidget::setProposal(const QString &plain)
{
    m_proposalText = plain.trimmed();
    QString shown = m_proposalText;
    if (shown.size() > maxShownProposal)
        shown = shown.left(maxShownProposal).trimmed() + QStringLiteral("\u2026");
    m_proposalLabel->setText(DpiaUiTr::tr("Proposed from the linked activities: %1").arg(shown));
    updateProposal();
}

bool DpiaQuestionWidget::canInsertProposal() const
{
    return !m_readOnly && !m_proposalText.isEmpty() && isBlank();
}

bool DpiaQuestionWidget::insertProposal()
{
    if (!canInsertProposal())
        return false;
    m_editor->appendPlain(m_proposalText);
    m_editor->setFocus(Qt::OtherFocusReason);
    return true;
}

void DpiaQuestionWidget::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_editor->setReadOnly(readOnly);
    updateProposal();
}

void DpiaQuestionWidget::setFooter(QWidget *footer)
{
    footer->setParent(this);
    m_layout->addWidget(footer);
}

void DpiaQuestionWidget::updateProposal()
{
    // Moving focus off a button that is about to hide would strand a keyboard user.
    const bool show = canInsertProposal();
    if (!show && m_insert->hasFocus())
        m_editor->setFocus(Qt::OtherFocusReason);
    m_proposalBox->setVisible(show);
}

} // namespace igw
