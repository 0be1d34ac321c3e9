#include "widgets/dialogs.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QPushButton>

#include <utility>

namespace igw {

DialogBackend::~DialogBackend() = default;

namespace {

// The real dialogs.
class WidgetDialogs final : public DialogBackend {
public:
    QString getOpenFileName(QWidget *parent, const QString &caption, const QString &dir,
                            const QString &filter) override
    {
        return QFileDialog::getOpenFileName(parent, caption, dir, filter);
    }

    QString getSaveFileName(QWidget *parent, const QString &caption, const QString &dir,
                            const QString &filter) override
    {
        return QFileDialog::getSaveFileName(parent, caption, dir, filter);
    }

    QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                         QMessageBox::StandardButtons buttons,
                                         QMessageBox::StandardButton defaultButton) override
    {
        return QMessageBox::question(parent, title, text, buttons, defaultButton);
    }

    void message(QWidget *parent, MessageKind kind, const QString &title,
                 const QString &text) override
    {
        switch (kind) {
        case MessageKind::Information:
            QMessageBox::information(parent, title, text);
            break;
        case MessageKind::Warning:
            QMessageBox::warning(parent, title, text);
            break;
        case MessageKind::Critical:
            QMessageBox::critical(parent, title, text);
            break;
        case MessageKind::About:
            QMessageBox::about(parent, title, text);
            break;
        }
    }

    int choose(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
               const QStringList &labels) override
    {
        QMessageBox box(icon, title, text, QMessageBox::NoButton, parent);
        QList<QPushButton *> buttons;
        for (qsizetype i = 0; i < labels.size(); ++i) {
            const bool last = i == labels.size() - 1 && labels.size() > 1;
            buttons << box.addButton(labels.at(i),
                                     last ? QMessageBox::RejectRole : QMessageBox::AcceptRole);
        }
        if (!buttons.isEmpty()) {
            box.setDefaultButton(buttons.constFirst());
            box.setEscapeButton(buttons.constLast());
        }
        box.exec();
        const auto index = buttons.indexOf(qobject_cast<QPushButton *>(box.clickedButton()));
        return index < 0 ? int(labels.size()) - 1 : int(index);
    }

    bool getText(QWidget *parent, const QString &title, const QString &label,
                 QString *text) override
    {
        bool ok = false;
        const QString entered =
            QInputDialog::getText(parent, title, label, QLineEdit::Normal, *text, &ok);
        if (ok)
            *text = entered;
        return ok;
    }
};

std::unique_ptr<DialogBackend> &current()
{
    static std::unique_ptr<DialogBackend> backend = std::make_unique<WidgetDialogs>();
    return backend;
}

} // namespace

std::unique_ptr<DialogBackend> Dialogs::setBackend(std::unique_ptr<DialogBackend> backend)
{
    if (!backend)
        backend = std::make_unique<WidgetDialogs>();
    return std::exchange(current(), std::move(backend));
}

DialogBackend &Dialogs::backend()
{
    return *current();
}

QString Dialogs::getOpenFileName(QWidget *parent, const QString &caption, const QString &dir,
                                 const QString &filter)
{
    return backend().getOpenFileName(parent, caption, dir, filter);
}

QString Dialogs::getSaveFileName(QWidget *parent, const QString &caption, const QString &dir,
                                 const QString &filter)
{
    return backend().getSaveFileName(parent, caption, dir, filter);
}

QMessageBox::StandardButton Dialogs::question(QWidget *parent, const QString &title,
                                              const QString &text,
                                              QMessageBox::StandardButtons buttons,
                                              QMessageBox::StandardButton defaultButton)
{
    return backend().question(parent, title, text, buttons, defaultButton);
}

void Dialogs::information(QWidget *parent, const QString &title, const QString &text)
{
    backend().message(parent, DialogBackend::MessageKind::Information, title, text);
}

void Dialogs::warning(QWidget *parent, const QString &title, const QString &text)
{
    backend().message(parent, DialogBackend::MessageKind::Warning, title, text);
}

void Dialogs::critical(QWidget *parent, const QString &title, const QString &text)
{
    backend().message(parent, DialogBackend::MessageKind::Critical, title, text);
}

void Dialogs::about(QWidget *parent, const QString &title, const QString &text)
{
    backend().message(parent, DialogBackend::MessageKind::About, title, text);
}

int Dialogs::choose(QWidget *parent, const QString &title, const QString &text,
                    const QStringList &buttonLabels, QMessageBox::Icon icon)
{
    return backend().choose(parent, icon, title, text, buttonLabels);
}

QString Dialogs::getText(QWidget *parent, const QString &title, const QString &label,
                         const QString &initial)
{
    QString text = initial;
    if (!backend().getText(parent, title, label, &text))
        return QString();
    return text;
}

} // namespace igw
