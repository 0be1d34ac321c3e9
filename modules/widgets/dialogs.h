#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>

#include <memory>

class QWidget;

namespace igw {

// What a modal dialog would do. The application uses the real dialogs; tests install a
// QueuedDialogs backend and push the answers, so no test ever blocks on a modal.
class DialogBackend {
public:
    enum class MessageKind { Information, Warning, Critical, About };

    virtual ~DialogBackend();
    virtual QString getOpenFileName(QWidget *parent, const QString &caption, const QString &dir,
                                    const QString &filter) = 0;
    virtual QString getSaveFileName(QWidget *parent, const QString &caption, const QString &dir,
                                    const QString &filter) = 0;
    virtual QMessageBox::StandardButton question(QWidget *parent, const QString &title,
                                                 const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton) = 0;
    virtual void message(QWidget *parent, MessageKind kind, const QString &title,
                         const QString &text) = 0;
    // Returns the index of the chosen label; the last label is the cancel (Escape) choice.
    virtual int choose(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                       const QString &text, const QStringList &labels) = 0;
    // Returns false when the user cancelled.
    virtual bool getText(QWidget *parent, const QString &title, const QString &label,
                         QString *text) = 0;
};

// The seam every file dialog, message box and input prompt goes through.
class Dialogs {
public:
    static QString getOpenFileName(QWidget *parent, const QString &caption, const QString &dir = {},
                                   const QString &filter = {});
    static QString getSaveFileName(QWidget *parent, const QString &caption, const QString &dir = {},
                                   const QString &filter = {});
    static QMessageBox::StandardButton
    question(QWidget *parent, const QString &title, const QString &text,
             QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
             QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    static void information(QWidget *parent, const QString &title, const QString &text);
    static void warning(QWidget *parent, const QString &title, const QString &text);
    static void critical(QWidget *parent, const QString &title, const QString &text);
    static void about(QWidget *parent, const QString &title, const QString &text);
    static int choose(QWidget *parent, const QString &title, const QString &text,
                      const QStringList &buttonLabels,
                      QMessageBox::Icon icon = QMessageBox::Question);
    // The entered text, or a null QString when cancelled.
    static QString getText(QWidget *parent, const QString &title, const QString &label,
                           const QString &initial = {});

    // Replaces the backend (nullptr restores the real dialogs); returns the previous one.
    static std::unique_ptr<DialogBackend> setBackend(std::unique_ptr<DialogBackend> backend);
    static DialogBackend &backend();
};

} // namespace igw
