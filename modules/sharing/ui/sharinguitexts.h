#pragma once

#include <QString>

namespace igw::sharingUiText {

// An agreement status or party role in words ("Out for signature", "Joint controller").
QString statusText(const QString &status);
QString roleText(const QString &role);
// Expired and terminated agreements are records: only their notes change.
bool isFinal(const QString &status);
// What a status means for the data shared, one sentence.
QString statusMeaning(const QString &status);

} // namespace igw::sharingUiText
