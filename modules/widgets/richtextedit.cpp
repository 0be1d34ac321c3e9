#include "widgets/richtextedit.h"

#include "widgets/widgetstr.h"

#include <QAbstractTextDocumentLayout>
#include <QHBoxLayout>
#include <QShortcut>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextEdit>
#include <QTextList>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace igw {

namespace {

constexpr int minLines = 4;
constexpr int maxLines = 18;

// Stored answers come from imports and other people: never fetch what they
// point at.
class AnswerTextEdit : public QTextEdit {
public:
    using QTextEdit::QTextEdit;

protected:
    QVariant loadResource(int, const QUrl &) override { return {}; }
};

QToolButton *formatButton(const QString &text, const QString &name, const QString &tip,
                          QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setObjectName(name);
    b->setToolTip(tip);
    b->setAccessibleName(tip);
    b->setCheckable(true);
    b->setAutoRaise(true);
    // The shortcuts reach these from the editor; keeping them out of the Tab
    // chain keeps a page of forty questions quick to move through.
    b->setFocusPolicy(Qt::NoFocus);
    return b;
}

} // namespace

RichTextEdit::RichTextEdit(QWidget *parent)
    : QWidget(parent)
    , m_edit(new AnswerTextEdit(this))
    , m_bold(formatButton(WidgetsTr::tr("B"), QStringLiteral("bold"),
                          WidgetsTr::tr("Bold (Ctrl+B)"), this))
    , m_italic(formatButton(WidgetsTr::tr("I"), QStringLiteral("italic"),
                            WidgetsTr::tr("Italic (Ctrl+I)"), this))
    , m_list(formatButton(WidgetsTr::tr("\u2022 List"), QStringLiteral("bullets"),
                          WidgetsTr::tr("Bulleted list (Ctrl+Shift+L)"), this))
{
    m_edit->setObjectName(QStringLiteral("answerText"));
    m_edit->setTabChangesFocus(true);
    m_edit->setAcceptRichText(true);
    m_edit->setAccessibleDescription(
        WidgetsTr::tr("Rich text: Ctrl+B bold, Ctrl+I italic, Ctrl+Shift+L bulleted list."));
    QFont boldFont = m_bold->font();
    boldFont.setBold(true);
    m_bold->setFont(boldFont);
    QFont italicFont = m_italic->font();
    italicFont.setItalic(true);
    m_italic->setFont(italicFont);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->setSpacing(2);
    bar->addWidget(m_bold);
    bar->addWidget(m_italic);
    bar->addWidget(m_list);
    bar->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(m_edit);
    setFocusProxy(m_edit);

    const struct {
        QKeySequence keys;
        void (RichTextEdit::*act)();
    } shortcuts[] = {{QKeySequence(Qt::CTRL | Qt::Key_B), &RichTextEdit::toggleBold},
                     {QKeySequence(Qt::CTRL | Qt::Key_I), &RichTextEdit::toggleItalic},
                     {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), &RichTextEdit::toggleList}};
    for (const auto &s : shortcuts) {
        auto *shortcut = new QShortcut(s.keys, m_edit);
        shortcut->setContext(Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, s.act);
    }
    connect(m_bold, &QToolButton::clicked, this, &RichTextEdit::toggleBold);
    connect(m_italic, &QToolButton::clicked, this, &RichTextEdit::toggleItalic);
    connect(m_list, &QToolButton::clicked, this, &RichTextEdit::toggleList);
    connect(m_edit, &QTextEdit::textChanged, this, [this] {
        fitHeight();
        emit changed();
    });
    connect(m_edit, &QTextEdit::cursorPositionChanged, this, &RichTextEdit::updateButtons);
    connect(m_edit, &QTextEdit::currentCharFormatChanged, this, &RichTextEdit::updateButtons);
    // A new width rewraps the text: the height follows.
    m_edit->viewport()->installEventFilter(this);
    fitHeight();
}

bool RichTextEdit::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit->viewport() && event->type() == QEvent::Resize)
        fitHeight();
    return QWidget::eventFilter(watched, event);
}

QString RichTextEdit::html() const
{
    return isBlank() ? QString() : m_edit->toHtml();
}

void RichTextEdit::setHtml(const QString &stored)
{
    const QSignalBlocker block(m_edit);
    if (stored.isEmpty())
        m_edit->clear();
    else if (Qt::mightBeRichText(stored))
        m_edit->setHtml(stored);
    else
        m_edit->setPlainText(stored);
    fitHeight();
    updateButtons();
}

void RichTextEdit::appendPlain(const QString &plain)
{
    QTextCursor cursor(m_edit->document());
    cursor.movePosition(QTextCursor::End);
    cursor.beginEditBlock();
    if (!isBlank())
        cursor.insertBlock();
    const QStringList lines = plain.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        if (i > 0)
            cursor.insertBlock();
        cursor.insertText(lines.at(i));
    }
    cursor.endEditBlock();
}

bool RichTextEdit::isBlank() const
{
    return m_edit->document()->toPlainText().trimmed().isEmpty();
}

void RichTextEdit::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
    for (QToolButton *b : {m_bold, m_italic, m_list})
        b->setEnabled(!readOnly);
}

void RichTextEdit::setAccessibleName(const QString &name)
{
    m_edit->setAccessibleName(name);
}

void RichTextEdit::toggleBold()
{
    if (m_edit->isReadOnly())
        return;
    QTextCharFormat format;
    format.setFontWeight(m_edit->fontWeight() >= QFont::Bold ? QFont::Normal : QFont::Bold);
    m_edit->mergeCurrentCharFormat(format);
    updateButtons();
}

void RichTextEdit::toggleItalic()
{
    if (m_edit->isReadOnly())
        return;
    QTextCharFormat format;
    format.setFontItalic(!m_edit->fontItalic());
    m_edit->mergeCurrentCharFormat(format);
    updateButtons();
}

void RichTextEdit::toggleList()
{
    if (m_edit->isReadOnly())
        return;
    QTextCursor cursor = m_edit->textCursor();
    cursor.beginEditBlock();
    if (QTextList *list = cursor.currentList()) {
        // Out of the list: the paragraphs become plain paragraphs again.
        QTextBlockFormat plain = cursor.blockFormat();
        plain.setObjectIndex(-1);
        plain.setIndent(0);
        const int first = cursor.selectionStart();
        const int last = cursor.selectionEnd();
        QTextBlock block = m_edit->document()->findBlock(first);
        while (block.isValid() && block.position() <= last) {
            if (list == block.textList())
                list->remove(block);
            QTextCursor c(block);
            c.setBlockFormat(plain);
            block = block.next();
        }
    } else {
        cursor.createList(QTextListFormat::ListDisc);
    }
    cursor.endEditBlock();
    updateButtons();
}

void RichTextEdit::updateButtons()
{
    m_bold->setChecked(m_edit->fontWeight() >= QFont::Bold);
    m_italic->setChecked(m_edit->fontItalic());
    m_list->setChecked(m_edit->textCursor().currentList() != nullptr);
}

void RichTextEdit::fitHeight()
{
    // Grow with the text so a page of questions scrolls as one, not box by box.
    const QFontMetrics metrics(m_edit->font());
    const int frame = 2 * m_edit->frameWidth() + int(2 * m_edit->document()->documentMargin());
    const int content = int(m_edit->document()->documentLayout()->documentSize().height());
    const int height = std::clamp(content + frame, minLines * metrics.lineSpacing() + frame,
                                  maxLines * metrics.lineSpacing() + frame);
    if (m_edit->height() != height)
        m_edit->setFixedHeight(height);
}

} // namespace igw
