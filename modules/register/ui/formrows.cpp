#include "register/ui/formrows.h"

#include "register/ui/optionaldateedit.h"

#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>

namespace igw::formRows {

QString plainName(const QString &labelText)
{
    return QString(labelText).remove(QLatin1Char('&')).remove(QLatin1Char(':')).trimmed();
}

QLabel *addRow(QFormLayout *layout, const QString &text, QWidget *field, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy ? buddy : field);
    layout->addRow(label, field);
    const QString name = plainName(text);
    // A date names its check box and editor; other inputs take the name as it is.
    if (auto *date = qobject_cast<OptionalDateEdit *>(field))
        date->setAccessibleName(name);
    else
        (buddy ? buddy : field)->setAccessibleName(name);
    return label;
}

QPlainTextEdit *textBox(QWidget *owner, int lines)
{
    auto *edit = new QPlainTextEdit(owner);
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

QLabel *hint(QWidget *owner)
{
    auto *label = new QLabel(owner);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace igw::formRows
