#include "dpia/ui/dpiacommentsview.h"

#include "dpia/attachments.h"
#include "dpia/ui/dpiauitr.h"
#include "widgets/dialogs.h"
#include "workspace/workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace igw {

DpiaCommentsView::DpiaCommentsView(Workspace &workspace, qint64 dpiaId, const QString &questionId,
                                   QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_dpiaId(dpiaId)
    , m_questionId(questionId)
    , m_heading(new QLabel(this))
    , m_list(new QVBoxLayout)
    , m_add(new QPushButton(DpiaUiTr::tr("Add comment…"), this))
{
    setObjectName(questionId.isEmpty() ? QStringLiteral("comments")
                                       : QStringLiteral("comments_") + questionId);
    m_add->setObjectName(QStringLiteral("addComment"));
    m_add->setAccessibleName(questionId.isEmpty()
                                 ? DpiaUiTr::tr("Add a comment on the DPIA")
                                 : DpiaUiTr::tr("Add a comment on question %1").arg(questionId));
    m_add->setToolTip(DpiaUiTr::tr("Comments are saved at once and kept in the DPIA's history"));
    m_heading->setForegroundRole(QPalette::PlaceholderText);
    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_heading);
    top->addStretch(1);
    top->addWidget(m_add);
    m_list->setContentsMargins(12, 0, 0, 0);
    m_list->setSpacing(2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addLayout(m_list);
    connect(m_add, &QPushButton::clicked, this, &DpiaCommentsView::addComment);
    refresh();
}

void DpiaCommentsView::refresh()
{
    while (QLayoutItem *item = m_list->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QList<DpiaComment> comments = attachments::comments(m_workspace, m_dpiaId, m_questionId);
    m_count = int(comments.size());
    const QLocale locale;
    for (const DpiaComment &c : comments) {
        auto *label = new QLabel(this);
        // Comments are other people's words: plain text, never markup.
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        label->setText(
            DpiaUiTr::tr("%1, %2: %3")
                .arg(c.author, locale.toString(c.at.toLocalTime(), QLocale::ShortFormat), c.text));
        m_list->addWidget(label);
    }
    m_heading->setText(m_count == 0   ? DpiaUiTr::tr("No comments")
                       : m_count == 1 ? DpiaUiTr::tr("1 comment")
                                      : DpiaUiTr::tr("%1 comments").arg(m_count));
    m_add->setEnabled(!m_workspace.isReadOnly());
}

QStringList DpiaCommentsView::texts() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        if (auto *label = qobject_cast<QLabel *>(m_list->itemAt(i)->widget()))
            out << label->text();
    return out;
}

bool DpiaCommentsView::addComment()
{
    if (m_workspace.isReadOnly())
        return false;
    const QString text = Dialogs::getText(
        this, DpiaUiTr::tr("Add Comment"),
        m_questionId.isEmpty() ? DpiaUiTr::tr("Comment on the DPIA:")
                               : DpiaUiTr::tr("Comment on question %1:").arg(m_questionId));
    if (text.trimmed().isEmpty())
        return false;
    QString error;
    if (!attachments::addComment(m_workspace, m_dpiaId, m_questionId, text.trimmed(), &error)) {
        Dialogs::warning(this, DpiaUiTr::tr("Comment Not Saved"), error);
        return false;
    }
    refresh();
    emit commentAdded();
    return true;
}

} // namespace igw
