#include "widgets/queueddialogs.h"

namespace igw {

namespace {

const char *typeName(int type)
{
    static const char *const names[] = {"a file name", "a button", "a choice", "a text",
                                        "an acknowledgement"};
    return names[type];
}

} // namespace

QueuedDialogs *QueuedDialogs::install()
{
    auto backend = std::make_unique<QueuedDialogs>();
    QueuedDialogs *raw = backend.get();
    Dialogs::setBackend(std::move(backend));
    return raw;
}

void QueuedDialogs::pushFileName(const QString &path)
{
    m_answers.append({AnswerType::FileName, path});
}

void QueuedDialogs::pushButton(QMessageBox::StandardButton button)
{
    m_answers.append({AnswerType::Button, int(button)});
}

void QueuedDialogs::pushChoice(int index)
{
    m_answers.append({AnswerType::Choice, index});
}

void QueuedDialogs::pushText(const QString &text)
{
    m_answers.append({AnswerType::Text, text});
}

void QueuedDialogs::pushOk()
{
    m_answers.append({AnswerType::Ok, true});
}

void QueuedDialogs::clear()
{
    m_answers.clear();
    m_seen.clear();
}

QVariant QueuedDialogs::take(AnswerType type, const QString &kind, const QString &title,
                             const QString &text)
{
    m_seen.append({kind, title, text});
    if (m_answers.isEmpty())
        qFatal("Unexpected %s dialog \"%s\": %s (no answer queued)", qPrintable(kind),
               qPrintable(title), qPrintable(text));
    const Answer answer = m_answers.takeFirst();
    if (answer.type != type)
        qFatal("The %s dialog \"%s\" (%s) needs %s but %s was queued", qPrintable(kind),
               qPrintable(title), qPrintable(text), typeName(int(type)),
               typeName(int(answer.type)));
    return answer.value;
}

QString QueuedDialogs::getOpenFileName(QWidget *, const QString &caption, const QString &,
                                       const QString &filter)
{
    return take(AnswerType::FileName, QStringLiteral("open"), caption, filter).toString();
}

QString QueuedDialogs::getSaveFileName(QWidget *, const QString &caption, const QString &,
                                       const QString &filter)
{
    return take(AnswerType::FileName, QStringLiteral("save"), caption, filter).toString();
}

QMessageBox::StandardButton QueuedDialogs::question(QWidget *, const QString &title,
                                                    const QString &text,
                                                    QMessageBox::StandardButtons buttons,
                                                    QMessageBox::StandardButton)
{
    const auto button = QMessageBox::StandardButton(
        take(AnswerType::Button, QStringLiteral("question"), title, text).toInt());
    if (!buttons.testFlag(button))
        qFatal("The question \"%s\" does not offer the queued button %d", qPrintable(title),
               int(button));
    return button;
}

void QueuedDialogs::message(QWidget *, MessageKind kind, const QString &title, const QString &text)
{
    static const char *const kinds[] = {"information", "warning", "critical", "about"};
    take(AnswerType::Ok, QString::fromLatin1(kinds[int(kind)]), title, text);
}

int QueuedDialogs::choose(QWidget *, QMessageBox::Icon, const QString &title, const QString &text,
                          const QStringList &labels)
{
    const int index = take(AnswerType::Choice, QStringLiteral("choose"), title, text).toInt();
    if (index < 0 || index >= labels.size())
        qFatal("The choice \"%s\" has %d buttons; %d was queued", qPrintable(title),
               int(labels.size()), index);
    return index;
}

bool QueuedDialogs::getText(QWidget *, const QString &title, const QString &label, QString *text)
{
    const QString answer = take(AnswerType::Text, QStringLiteral("text"), title, label).toString();
    if (answer.isNull())
        return false;
    *text = answer;
    return true;
}

} // namespace igw
