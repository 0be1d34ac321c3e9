#include "dpia/ui/dpiaformrows.h"

#include "dpia/ui/dpiauitr.h"
#include "register/ui/optionaldateedit.h"
#include "ropa/ui/linkpicker.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalBlocker>

namespace igw::dpiaForms {

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
    if (auto *date = qobject_cast<OptionalDateEdit *>(field))
        date->setAccessibleName(name);
    else if (auto *links = qobject_cast<LinkPicker *>(field))
        links->setAccessibleName(name);
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

void fillLevels(QComboBox *combo, const QStringList &labels)
{
    const QSignalBlocker blocker(combo);
    const int current = combo->currentData().toInt();
    combo->clear();
    combo->addItem(DpiaUiTr::tr("(not assessed)"));
    for (int i = 0; i < labels.size(); ++i)
        combo->addItem(labels.at(i), i + 1);
    combo->setCurrentIndex(current >= 1 && current <= labels.size() ? current : 0);
}

} // namespace igw::dpiaForms
