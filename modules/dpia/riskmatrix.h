#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace igw {

class Workspace;

enum class RiskBand { Low, Medium, High };
QString riskBandLabel(RiskBand band); // "Low risk", "Medium risk", "High risk"
QString riskBandKey(RiskBand band);   // low, medium, high

// A likelihood x severity matrix and the band of each cell. The ICO's template uses 3 x 3
// (remote/possible/probable x minimal/significant/severe); the CNIL's method 4 x 4
// (negligible/limited/significant/maximum on both axes). The organisation chooses the
// matrix per DPIA and may change the band of any cell (stored in the workspace).
struct RiskMatrix {
    QString key;                  // "ico3" or "cnil4"
    QString name;                 // translated
    QStringList likelihoodLabels; // level 1 first
    QStringList severityLabels;
    QList<QList<RiskBand>> bands; // bands[likelihood - 1][severity - 1]

    int levels() const { return int(likelihoodLabels.size()); }
    bool isValidLevel(int level) const { return level >= 1 && level <= levels(); }
    // nullopt when a level is missing or out of range (not yet assessed).
    std::optional<RiskBand> band(int likelihood, int severity) const;

    static RiskMatrix ico3();  // the default bands: L x S <= 2 low, 3-4 medium, >= 6 high
    static RiskMatrix cnil4(); // L x S <= 3 low, 4-8 medium, >= 9 high
    static std::optional<RiskMatrix> byKey(const QString &key); // built-in bands
};

// The workspace's matrix for `key`: built-in labels with the organisation's band mapping
// (meta key "risk_bands_<key>") when one was saved and is valid, else the built-in bands.
RiskMatrix loadRiskMatrix(Workspace &workspace, const QString &key);
// Saves the band mapping (audited). Refuses a mapping of the wrong shape.
bool saveRiskBands(Workspace &workspace, const RiskMatrix &matrix, QString *error);

// A level on a scale of `fromLevels` moved onto `toLevels` (e.g. a CNIL 1-4 gauge onto the
// ICO's 1-3), keeping the ends: 1 -> 1, fromLevels -> toLevels, the rest proportionally
// rounded. 0 or out of range gives 0 (not assessed).
int mapRiskLevel(int level, int fromLevels, int toLevels);

} // namespace igw
