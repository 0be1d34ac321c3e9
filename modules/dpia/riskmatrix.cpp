#include "dpia/riskmatrix.h"

#include "dpia/dpiatr.h"
#include "workspace/audit.h"
#include "workspace/sql.h"
#include "workspace/transaction.h"
#include "workspace/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace igw {

namespace {

QList<QList<RiskBand>> productBands(int levels, int lowMax, int mediumMax)
{
    QList<QList<RiskBand>> bands;
    for (int l = 1; l <= levels; ++l) {
        QList<RiskBand> row;
        for (int s = 1; s <= levels; ++s) {
            const int score = l * s;
            row << (score <= lowMax      ? RiskBand::Low
                    : score <= mediumMax ? RiskBand::Medium
                                         : RiskBand::High);
        }
        bands << row;
    }
    return bands;
}

QString metaKey(const QString &matrixKey)
{
    return QStringLiteral("risk_bands_") + matrixKey;
}

std::optional<RiskBand> bandFromKey(const QString &key)
{
    if (key == QLatin1String("low"))
        return RiskBand::Low;
    if (key == QLatin1String("medium"))
        return RiskBand::Medium;
    if (key == QLatin1String("high"))
        return RiskBand::High;
    return std::nullopt;
}

} // namespace

QString riskBandLabel(RiskBand band)
{
    switch (band) {
    case RiskBand::Low:
        return DpiaTr::tr("Low risk");
    case RiskBand::Medium:
        return DpiaTr::tr("Medium risk");
    case RiskBand::High:
        return DpiaTr::tr("High risk");
    }
    return {};
}

QString riskBandKey(RiskBand band)
{
    switch (band) {
    case RiskBand::Low:
        return QStringLiteral("low");
    case RiskBand::Medium:
        return QStringLiteral("medium");
    case RiskBand::High:
        return QStringLiteral("high");
    }
    return {};
}

std::optional<RiskBand> RiskMatrix::band(int likelihood, int severity) const
{
    if (!isValidLevel(likelihood) || !isValidLevel(severity) || bands.size() != levels() ||
        bands.at(likelihood - 1).size() != levels())
        return std::nullopt;
    return bands.at(likelihood - 1).at(severity - 1);
}

RiskMatrix RiskMatrix::ico3()
{
    return {QStringLiteral("ico3"),
            DpiaTr::tr("ICO 3 x 3"),
            {DpiaTr::tr("Remote"), DpiaTr::tr("Possible"), DpiaTr::tr("Probable")},
            {DpiaTr::tr("Minimal"), DpiaTr::tr("Significant"), DpiaTr::tr("Severe")},
            productBands(3, 2, 4)};
}

RiskMatrix RiskMatrix::cnil4()
{
    const QStringList levels{DpiaTr::tr("Negligible"), DpiaTr::tr("Limited"),
                             DpiaTr::tr("Significant"), DpiaTr::tr("Maximum")};
    return {QStringLiteral("cnil4"), DpiaTr::tr("CNIL 4 x 4"), levels, levels,
            productBands(4, 3, 8)};
}

std::optional<RiskMatrix> RiskMatrix::byKey(const QString &key)
{
    if (key == QLatin1String("ico3"))
        return ico3();
    if (key == QLatin1String("cnil4"))
        return cnil4();
    return std::nullopt;
}

RiskMatrix loadRiskMatrix(Workspace &workspace, const QString &key)
{
    RiskMatrix matrix = RiskMatrix::byKey(key).value_or(RiskMatrix::ico3());
    const QVariant stored =
        sql::scalar(workspace.database(), QStringLiteral("SELECT value FROM meta WHERE key = ?"),
                    {metaKey(matrix.key)});
    if (!stored.isValid())
        return matrix;
    // A hand-edited or damaged mapping is ignored rather than trusted half-way.
    const QJsonArray rows = QJsonDocument::fromJson(stored.toString().toUtf8()).array();
    if (rows.size() != matrix.levels())
        return matrix;
    QList<QList<RiskBand>> bands;
    for (const QJsonValue &row : rows) {
        const QJsonArray cells = row.toArray();
        if (cells.size() != matrix.levels())
            return matrix;
        QList<RiskBand> out;
        for (const QJsonValue &cell : cells) {
            const auto b = bandFromKey(cell.toString());
            if (!b)
                return matrix;
            out << *b;
        }
        bands << out;
    }
    matrix.bands = bands;
    return matrix;
}

bool saveRiskBands(Workspace &workspace, const RiskMatrix &matrix, QString *error)
{
    if (matrix.bands.size() != matrix.levels()) {
        if (error)
            *error = DpiaTr::tr("The band mapping for %1 needs %2 rows.")
                         .arg(matrix.name)
                         .arg(matrix.levels());
        return false;
    }
    QJsonArray rows;
    for (const QList<RiskBand> &row : matrix.bands) {
        if (row.size() != matrix.levels()) {
            if (error)
                *error = DpiaTr::tr("The band mapping for %1 needs %2 cells in every row.")
                             .arg(matrix.name)
                             .arg(matrix.levels());
            return false;
        }
        QJsonArray cells;
        for (RiskBand b : row)
            cells.append(riskBandKey(b));
        rows.append(cells);
    }
    const QString value = QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact));
    WriteTransaction tx(workspace);
    if (!tx.isActive()) {
        if (error)
            *error = tx.errorString();
        return false;
    }
    const QVariant old =
        sql::scalar(workspace.database(), QStringLiteral("SELECT value FROM meta WHERE key = ?"),
                    {metaKey(matrix.key)});
    AuditEntry e;
    e.user = workspace.userName();
    e.recordTable = QStringLiteral("meta");
    e.recordUuid = metaKey(matrix.key);
    e.recordRef = metaKey(matrix.key);
    e.action = QStringLiteral("update");
    e.field = QStringLiteral("value");
    e.oldValue = old.toString();
    e.newValue = value;
    if (!sql::exec(workspace.database(),
                   QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key)"
                                  " DO UPDATE SET value = excluded.value"),
                   {metaKey(matrix.key), value}, error) ||
        !audit::append(workspace.database(), e, error))
        return false;
    if (!tx.commit()) {
        if (error)
            *error = tx.errorString();
        return false;
    }
    return true;
}

int mapRiskLevel(int level, int fromLevels, int toLevels)
{
    if (level < 1 || level > fromLevels || fromLevels < 1 || toLevels < 1)
        return 0;
    if (fromLevels == 1)
        return toLevels;
    const double position = double(level - 1) / double(fromLevels - 1);
    return 1 + int(std::lround(position * double(toLevels - 1)));
}

} // namespace igw
