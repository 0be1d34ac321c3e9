#pragma once

#include <QWidget>

class QTextEdit;
class QToolButton;

namespace igw {

// A rich-text editor for answers and agreement additions: kept to what they need (bold, italic,
// bulleted lists) with a small toolbar and the usual shortcuts (Ctrl+B, Ctrl+I,
// Ctrl+Shift+L for a list). Tab moves on to the next control rather than typing
// a tab, so a long form stays keyboard-navigable. The editor grows with its
// text up to a limit and never loads images or other resources named in stored
// or pasted HTML.
class RichTextEdit : public QWidget {
    Q_OBJECT
public:
    explicit RichTextEdit(QWidget *parent = nullptr);

    // The answer as stored: the editor's HTML, or empty when there is no visible
    // text.
    QString html() const;
    // Loads stored text: HTML, or plain text when it does not look like markup.
    void setHtml(const QString &stored);
    // Inserts plain text at the end (paragraphs kept), as one step of the
    // editor's undo.
    void appendPlain(const QString &plain);
    bool isBlank() const;
    void setReadOnly(bool readOnly);
    void setAccessibleName(const QString &name);
    QTextEdit *textEdit() const { return m_edit; }

signals:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void toggleBold();
    void toggleItalic();
    void toggleList();
    void updateButtons();
    void fitHeight();

    QTextEdit *m_edit;
    QToolButton *m_bold;
    QToolButton *m_italic;
    QToolButton *m_list;
};

} // namespace igw
