#include "dpia/ui/dpiaformrows.h"

#include "dpia/ui/dpiauitr.h"
#include "ropa/ui/linkpicker.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalBlocker>

namespace igw::dpiaForms {

QLabel *addRow(QFormLayout *layout, const QString &text, QWidget *field, QWidget *buddy)
{
    QLabel *label = formRows::addRow(layout, text, field, buddy);
    if (auto *links = qobject_cast<LinkPicker *>(field))
        links->setAccessibleName(plainName(text));
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
