#pragma once

#include "widgets/validationlabel.h"
#include "workspace/directory.h"

class QComboBox;

namespace igw {

class Workspace;

// Small pieces the directory forms share.
namespace forms {

QList<ValidationLabel::Message> messages(const ValidationIssues &issues);

// "Jane Smith (PE-0004)", or the reference alone when there is no name.
QString recordLabel(const Record &record, const RecordKind &kind);

// Refills a combo with the people directory (item data: person id), keeping the current
// choice. `noneText` adds a first item with no data, meaning "nobody".
void fillPeople(QComboBox *combo, Workspace &workspace, const QString &noneText);
// Our organisation first, then partners (item data: organisation id).
void fillOrganisations(QComboBox *combo, Workspace &workspace);
// The organisation types (item data: the stored key), after a "not set" item.
void fillOrganisationTypes(QComboBox *combo);

} // namespace forms
} // namespace igw
