#include "retention/starterschedule.h"

#include "retention/retentionclasses.h"
#include "retention/retentiontr.h"
#include "workspace/audit.h"
#include "workspace/sql.h"
#include "workspace/transaction.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace igw {

namespace {

const QString formatTag = QStringLiteral("igw-retention-starter-schedule");
const QString metaKey = QStringLiteral("retention_starter_schedule");
constexpr qsizetype maxClasses = 2000;
constexpr qsizetype maxJsonBytes = 8 << 20;

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString identity(const QVariantMap &v)
{
    namespace f = retentionField;
    return v.value(f::function).toString().simplified().toLower() + QLatin1Char('\x1f') +
           v.value(f::activity).toString().simplified().toLower() + QLatin1Char('\x1f') +
           v.value(f::description).toString().simplified().toLower();
}

} // namespace

std::optional<StarterSchedule> StarterSchedule::fromJson(const QByteArray &json, QString *error)
{
    if (json.size() > maxJsonBytes) {
        fail(error, RetentionTr::tr("The retention schedule is larger than 8 MiB."));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject root = doc.object();
    if (parseError.error != QJsonParseError::NoError || !doc.isObject() ||
        root.value(QStringLiteral("format")).toString() != formatTag ||
        root.value(QStringLiteral("format_version")).toInt() != 1) {
        fail(error, RetentionTr::tr("This is not an IG Workbench starter retention schedule "
                                    "(format \"%1\", version 1).")
                        .arg(formatTag));
        return std::nullopt;
    }
    StarterSchedule s;
    s.version = root.value(QStringLiteral("version")).toString().trimmed();
    s.title = root.value(QStringLiteral("title")).toString().trimmed();
    s.source = root.value(QStringLiteral("source")).toString().trimmed();
    if (s.version.isEmpty() || s.version.size() > 64) {
        fail(error, RetentionTr::tr("The starter retention schedule has no \"version\"."));
        return std::nullopt;
    }
    const QJsonArray classes = root.value(QStringLiteral("classes")).toArray();
    if (classes.isEmpty() || classes.size() > maxClasses) {
        fail(error, RetentionTr::tr("A starter retention schedule holds from 1 to %1 classes.")
                        .arg(maxClasses));
        return std::nullopt;
    }
    QSet<QString> seen;
    const QStringList &fields = kinds::retentionClass().fields;
    for (qsizetype i = 0; i < classes.size(); ++i) {
        const QJsonObject o = classes.at(i).toObject();
        QVariantMap v;
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (!fields.contains(it.key()) || it.key() == retentionField::ownerPersonId) {
                fail(error, RetentionTr::tr("Class %1 of the starter schedule has an unknown "
                                            "field \"%2\".")
                                .arg(i + 1)
                                .arg(it.key()));
                return std::nullopt;
            }
            if (it.value().isDouble())
                v.insert(it.key(), it.value().toInt());
            else
                v.insert(it.key(), it.value().toString().trimmed());
        }
        for (const QString &part : {retentionField::periodYears, retentionField::periodMonths,
                                    retentionField::periodDays}) {
            if (v.value(part).toInt() == 0)
                v.remove(part);
        }
        const QList<RetentionIssue> issues = validateRetentionClass(v);
        if (!issues.isEmpty()) {
            fail(error, RetentionTr::tr("Class %1 of the starter schedule (%2 / %3): %4")
                            .arg(i + 1)
                            .arg(v.value(retentionField::function).toString(),
                                 v.value(retentionField::activity).toString(),
                                 issues.constFirst().message));
            return std::nullopt;
        }
        if (seen.contains(identity(v))) {
            fail(error, RetentionTr::tr("Class %1 of the starter schedule (%2 / %3) appears "
                                        "twice.")
                            .arg(i + 1)
                            .arg(v.value(retentionField::function).toString(),
                                 v.value(retentionField::activity).toString()));
            return std::nullopt;
        }
        seen.insert(identity(v));
        s.classes.append(v);
    }
    return s;
}

QByteArray StarterSchedule::builtInJson()
{
    QFile file(QStringLiteral(":/retention/starter-schedule.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

const StarterSchedule &StarterSchedule::builtIn()
{
    static const StarterSchedule schedule = [] {
        QString error;
        auto parsed = fromJson(builtInJson(), &error);
        // Only a broken build gets here; the tests catch it.
        if (!parsed)
            qWarning("Built-in starter retention schedule: %s", qUtf8Printable(error));
        return parsed.value_or(StarterSchedule{});
    }();
    return schedule;
}

std::optional<StarterInstallResult>
installStarterSchedule(Workspace &workspace, const StarterSchedule &schedule, QString *error)
{
    if (schedule.classes.isEmpty()) {
        fail(error, RetentionTr::tr("The starter retention schedule has no classes."));
        return std::nullopt;
    }
    WriteTransaction tx(workspace);
    if (!tx.isActive()) {
        fail(error, tx.errorString());
        return std::nullopt;
    }
    QSet<QString> existing;
    for (const Record &r : workspace.records().list(kinds::retentionClass()))
        existing.insert(identity(r.values));
    StarterInstallResult result;
    for (const QVariantMap &v : schedule.classes) {
        if (existing.contains(identity(v))) {
            ++result.skipped;
            continue;
        }
        if (!workspace.records().create(kinds::retentionClass(), v, error))
            return std::nullopt;
        existing.insert(identity(v));
        ++result.added;
    }
    const QVariant old = sql::scalar(
        workspace.database(), QStringLiteral("SELECT value FROM meta WHERE key = ?"), {metaKey});
    if (old.toString() != schedule.version) {
        AuditEntry e;
        e.user = workspace.userName();
        e.recordTable = QStringLiteral("meta");
        e.recordUuid = metaKey;
        e.recordRef = metaKey;
        e.action = old.isValid() ? QStringLiteral("update") : QStringLiteral("create");
        e.field = QStringLiteral("value");
        e.oldValue = old.toString();
        e.newValue = schedule.version;
        if (!sql::exec(workspace.database(),
                       QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT"
                                      " (key) DO UPDATE SET value = excluded.value"),
                       {metaKey, schedule.version}, error) ||
            !audit::append(workspace.database(), e, error))
            return std::nullopt;
    }
    if (!tx.commit()) {
        fail(error, tx.errorString());
        return std::nullopt;
    }
    return result;
}

QString installedStarterVersion(Workspace &workspace)
{
    return sql::scalar(workspace.database(), QStringLiteral("SELECT value FROM meta WHERE key = ?"),
                       {metaKey})
        .toString();
}

} // namespace igw
