#pragma once

#include "workspace/recordstore.h"

#include <QHash>
#include <QList>
#include <QString>

namespace igw {

class Workspace;

// One end of a flow: exactly one of the two ids is set (the schema's CHECK constraints).
struct FlowEnd {
    qint64 assetId = 0;
    qint64 orgId = 0;
    bool isAsset() const { return assetId != 0; }
    bool isSet() const { return assetId != 0 || orgId != 0; }
    bool operator==(const FlowEnd &other) const
    {
        return assetId == other.assetId && orgId == other.orgId;
    }
};

FlowEnd flowFrom(const Record &flow);
FlowEnd flowTo(const Record &flow);

struct FlowAsset {
    qint64 id = 0;
    QString ref;
    QString name;
    QString businessFunction;
};

struct FlowOrganisation {
    qint64 id = 0;
    QString ref;
    QString name;
    bool isSelf = false;
};

// Everything the flow list and the map show: the flows and the names of the assets and
// organisations they touch, read in three queries so neither view asks per row.
struct FlowData {
    QList<Record> flows;
    QHash<qint64, FlowAsset> assets; // only assets that some flow touches
    QHash<qint64, FlowOrganisation> organisations;
    qint64 selfOrganisationId = 0;

    // "Payroll system (asset)", "Northshire Police (partner)".
    QString endLabel(const FlowEnd &end) const;
    // The name alone, or the reference when the record has gone.
    QString endName(const FlowEnd &end) const;
};

FlowData loadFlowData(Workspace &workspace);

// Orders names as people expect: case-insensitive, "Function 2" before "Function 10".
bool naturalLess(const QString &a, const QString &b);

// Methods that move data electronically, where encryption in transit applies.
bool isElectronicTransfer(const QString &method);
// Electronic and not recorded as encrypted in transit: the map marks these.
bool isUnencryptedElectronic(const Record &flow);

} // namespace igw
