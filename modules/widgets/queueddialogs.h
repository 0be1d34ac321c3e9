#pragma once

#include "widgets/dialogs.h"

#include <QList>
#include <QVariant>

namespace igw {

// A dialog backend for tests: every dialog takes the next queued answer, which must be of
// the matching type. A dialog with no answer queued (or the wrong type) stops the test
// program with a message naming the dialog, rather than blocking on a modal.
class QueuedDialogs final : public DialogBackend {
public:
    struct Seen {
        QString kind; // "open", "save", "question", "choose", "text", "information", ...
        QString title;
        QString text;
    };

    // Installs a new instance as the Dialogs backend; Dialogs owns it.
    static QueuedDialogs *install();

    void pushFileName(const QString &path); // answers getOpenFileName / getSaveFileName
    void pushButton(QMessageBox::StandardButton button);
    void pushChoice(int index);
    void pushText(const QString &text); // a null QString cancels
    void pushOk();                      // acknowledges information/warning/critical/about

    qsizetype pending() const { return m_answers.size(); }
    const QList<Seen> &seen() const { return m_seen; }
    Seen lastSeen() const { return m_seen.isEmpty() ? Seen{} : m_seen.constLast(); }
    void clear();

    QString getOpenFileName(QWidget *parent, const QString &caption, const QString &dir,
                            const QString &filter) override;
    QString getSaveFileName(QWidget *parent, const QString &caption, const QString &dir,
                            const QString &filter) override;
    QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                         QMessageBox::StandardButtons buttons,
                                         QMessageBox::StandardButton defaultButton) override;
    void message(QWidget *parent, MessageKind kind, const QString &title,
                 const QString &text) override;
    int choose(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
               const QStringList &labels) override;
    bool getText(QWidget *parent, const QString &title, const QString &label,
                 QString *text) override;

private:
    enum class AnswerType { FileName, Button, Choice, Text, Ok };
    struct Answer {
        AnswerType type;
        QVariant value;
    };
    QVariant take(AnswerType type, const QString &kind, const QString &title, const QString &text);

    QList<Answer> m_answers;
    QList<Seen> m_seen;
};

} // namespace igw
