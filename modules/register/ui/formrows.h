#pragma once

#include <QString>

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QWidget;

namespace igw::formRows {

// Adds a labelled row whose label moves the focus to `buddy` (default: the field) and
// names the input for assistive technology, without the mnemonic marker and colon. A
// composite field with its own naming (a link picker) is named by the caller.
QLabel *addRow(QFormLayout *layout, const QString &text, QWidget *field, QWidget *buddy = nullptr);
// The label's text as an accessible name: "&Title:" -> "Title".
QString plainName(const QString &labelText);
// A plain-text box `lines` high where Tab moves on, so long forms never trap the keyboard.
QPlainTextEdit *textBox(QWidget *owner, int lines);
// Grey, wrapping, selectable text under a field.
QLabel *hint(QWidget *owner);

} // namespace igw::formRows
