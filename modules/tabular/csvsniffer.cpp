#include "tabular/csvsniffer.h"

#include <QList>

#include <algorithm>
#include <map>

namespace igw::tabular {

namespace {

constexpr int SampleRecords = 50;

// Number of fields in each non-blank record of the sample when split on `delimiter`.
QList<int> fieldCounts(QStringView sample, QChar delimiter, bool complete)
{
    QList<int> counts;
    bool inQuotes = false;
    int fields = 1;
    bool blank = true;
    for (const QChar c : sample) {
        if (c == u'"') {
            inQuotes = !inQuotes; // a doubled "" toggles twice, which is right
            blank = false;
        } else if (inQuotes) {
            continue;
        } else if (c == u'\n' || c == u'\r') {
            if (!blank)
                counts.append(fields);
            if (counts.size() == SampleRecords)
                return counts;
            fields = 1;
            blank = true;
        } else if (c == delimiter) {
            ++fields;
            blank = false;
        } else if (!c.isSpace()) {
            blank = false;
        }
    }
    if (complete && !blank && !inQuotes)
        counts.append(fields);
    return counts;
}

} // namespace

QChar sniffDelimiter(QStringView sample, bool complete)
{
    static constexpr char16_t candidates[] = {u',', u';', u'\t', u'|'};
    QChar best = u',';
    double bestConsistency = 0;
    int bestFields = 1;
    for (const char16_t candidate : candidates) {
        const QList<int> counts = fieldCounts(sample, QChar(candidate), complete);
        if (counts.isEmpty())
            continue;
        std::map<int, int> frequency;
        for (const int n : counts)
            ++frequency[n];
        // The most common field count; on a tie the larger, since it explains more text.
        int modal = 1;
        int modalFrequency = 0;
        for (const auto &[fields, times] : frequency) {
            if (times >= modalFrequency) {
                modal = fields;
                modalFrequency = times;
            }
        }
        if (modal <= 1)
            continue;
        const double consistency = double(modalFrequency) / double(counts.size());
        if (consistency > bestConsistency ||
            (consistency == bestConsistency && modal > bestFields)) {
            best = QChar(candidate);
            bestConsistency = consistency;
            bestFields = modal;
        }
    }
    return best;
}

} // namespace igw::tabular
