#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace igw {

class Workspace;

// The starter retention schedule shipped as data (resources/retention/starter-schedule.json,
// format "igw-retention-starter-schedule" version 1): common local-authority classes by
// function then activity, each with its trigger, period, disposal action and authority.
// Installing it copies the classes into the workspace as ordinary retention classes, which the
// organisation then edits as its own; the installed version is kept in meta.
struct StarterSchedule {
    QString version; // e.g. "2026.1"
    QString title;
    QString source;             // where the periods come from, in words
    QList<QVariantMap> classes; // retentionField name -> value, validated

    // Parses and checks a schedule: the format tag, at most 2,000 classes, every class valid
    // (validateRetentionClass) and no function/activity/description given twice. nullopt
    // with *error naming the class and the problem otherwise.
    static std::optional<StarterSchedule> fromJson(const QByteArray &json, QString *error);
    static const StarterSchedule &builtIn();
    static QByteArray builtInJson();
};

struct StarterInstallResult {
    int added = 0;   // classes created
    int skipped = 0; // already in the workspace (same function, activity and description)
};

// Adds the schedule's classes the workspace does not have yet (matched by function, activity
// and description, ignoring case), in one transaction, audited; records the version in meta
// (`retention_starter_schedule`). Classes the organisation changed or added are left alone.
std::optional<StarterInstallResult>
installStarterSchedule(Workspace &workspace, const StarterSchedule &schedule, QString *error);
// The version of the starter schedule last installed, or empty.
QString installedStarterVersion(Workspace &workspace);

} // namespace igw
