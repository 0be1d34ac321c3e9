#pragma once

#include "ropa/ropa.h"

#include <QString>

namespace igw {

class Workspace;

// How the ROPA page words records and values, shared by the list, the editor and history.
namespace ropaText {

// "Public task" from "Public task — UK GDPR Art. 6(1)(e)": the words before the citation.
QString shortChoice(const QString &label);
// "PA-0003 Council tax billing".
QString activityLabel(const Record &record);
// "IA-0012 Adult social care case records".
QString assetLabel(const LinkedAsset &asset);
// "Retention schedule — UK GDPR Art. 30(1)(f)".
QString gapText(const RopaGap &gap);
// A sharing agreement's status (stored key) in words, for the links the ROPA shows.
QString agreementStatusText(const QString &status);
// A stored activity value as a person reads it: references and names for link sets,
// choice labels with their citations, Yes/No for flags, dates in the user's format.
QString readableValue(Workspace &workspace, const QString &field, const QString &stored);

} // namespace ropaText
} // namespace igw
