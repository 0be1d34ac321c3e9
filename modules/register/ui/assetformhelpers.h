#pragma once

#include "register/assets.h"

class QComboBox;
class QLabel;
class QWidget;

namespace igw {

class Workspace;

namespace assetForms {

// Refills a combo with fixed choices (item data: the stored key), keeping the current
// choice; `noneText` adds a first item with no data, meaning "not set".
void fillChoices(QComboBox *combo, const Choices &list, const QString &noneText = {});
// The business functions already used in the register, for completion.
QStringList businessFunctions(Workspace &workspace);
// A form label whose mnemonic moves focus to `buddy`.
QLabel *buddyLabel(const QString &text, QWidget *buddy);
// A bold section heading inside a form.
QLabel *sectionHeading(const QString &text);
// Countries assets are commonly hosted in, for completion.
QStringList commonCountries();

} // namespace assetForms
} // namespace igw
