#pragma once

#include <QChar>
#include <QStringView>

namespace igw::tabular {

// Picks the delimiter among , ; TAB and | that splits the first records of a sample most
// consistently, honouring quotes. `complete` says the sample is the whole file, so its
// last record is not cut short. Falls back to a comma for one-column files.
QChar sniffDelimiter(QStringView sample, bool complete);

} // namespace igw::tabular
