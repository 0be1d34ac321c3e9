#pragma once

#include "workspace/directory.h"

#include <QStringList>
#include <QVariantMap>

namespace igw {

// Checks an asset's values (as stored: keys from assetField, dates ISO text, flags 0/1).
// `subjectTerms` / `dataTerms` are the organisation's vocabularies; unknown terms are
// warnings that name the term and say how to add it.
ValidationIssues validateAsset(const QVariantMap &values, const QStringList &subjectTerms = {},
                               const QStringList &dataTerms = {});
ValidationIssues validateFlow(const QVariantMap &values);

} // namespace igw
