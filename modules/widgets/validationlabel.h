#pragma once

#include <QList>
#include <QWidget>

class QVBoxLayout;

namespace igw {

// Inline messages under a form: each line has an icon and starts with its severity word
// ("Error:", "Warning:"), so the meaning does not depend on colour.
class ValidationLabel : public QWidget {
    Q_OBJECT
public:
    enum class Severity { Error, Warning, Information };
    struct Message {
        Severity severity = Severity::Error;
        QString text;
    };

    explicit ValidationLabel(QWidget *parent = nullptr);

    void setMessages(const QList<Message> &messages);
    void clear() { setMessages({}); }
    const QList<Message> &messages() const { return m_messages; }
    bool hasErrors() const;
    // All lines as shown, one per line (for tests and the accessible description).
    QString plainText() const;

    static QString severityWord(Severity severity);

private:
    QVBoxLayout *m_layout;
    QList<Message> m_messages;
};

} // namespace igw
