#pragma once

#include "register/ui/formrows.h"

#include <QString>
#include <QStringList>

class QComboBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QWidget;

namespace igw::dpiaForms {

// Adds a labelled row whose label moves the focus to `buddy` (default: the field) and
// names the input for assistive technology, without the mnemonic marker and colon.
QLabel *addRow(QFormLayout *layout, const QString &text, QWidget *field, QWidget *buddy = nullptr);
using formRows::hint;
using formRows::plainName;
using formRows::textBox;
// Refills a level combo: "(not assessed)" without data, then level 1.. with the labels,
// keeping the chosen level when it still exists.
void fillLevels(QComboBox *combo, const QStringList &labels);

} // namespace igw::dpiaForms
