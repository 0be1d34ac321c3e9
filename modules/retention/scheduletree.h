#pragma once

#include "workspace/recordstore.h"

#include <QList>
#include <QString>

namespace igw {

class Workspace;

// The retention schedule as it is read and published: functions, each with its activities,
// each with its classes.
struct ScheduleActivity {
    QString name;
    QList<Record> classes; // by reference
};
struct ScheduleFunction {
    QString name;
    QList<ScheduleActivity> activities; // by name, ignoring case
};

// The tree of the workspace's classes, functions by name (ignoring case). `search`, when not
// blank, keeps the classes where every word of it appears (ignoring case and accents) in the
// reference, function, activity, description, trigger, authority or notes; functions and
// activities left without classes are dropped.
QList<ScheduleFunction> scheduleTree(Workspace &workspace, const QString &search = {});
// The same for classes already read.
QList<ScheduleFunction> scheduleTree(const QList<Record> &classes, const QString &search = {});

} // namespace igw
