#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace igw {

// A strip above the content that says something about the whole view (read-only,
// a warning from opening the file). Icon plus words, so it never relies on colour alone.
class Banner : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Information, Warning, ReadOnly };

    explicit Banner(Kind kind, QWidget *parent = nullptr);

    // Shows the banner with this text; an empty text hides it.
    void setMessage(const QString &text);
    QString message() const;
    // Adds a close button; closing hides the banner and emits dismissed().
    void setDismissible(bool dismissible);

signals:
    void dismissed();

private:
    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_close;
};

} // namespace igw
