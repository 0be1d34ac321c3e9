#pragma once

#include "workspace/recordstore.h"

#include <QDate>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace igw {

// Adds a retention period to a trigger date: the years and months first, together, as
// QDate::addMonths does (the 31st becomes the last day of a shorter month, 29 February
// the 28th in a year that has none), then the days. Invalid trigger: invalid date.
QDate addRetentionPeriod(const QDate &trigger, int years, int months, int days);

// When a class's period ends for a trigger date: nullopt for a permanent or until-superseded
// class, a fixed class without a period, or an invalid trigger.
std::optional<QDate> dueDate(const QDate &trigger, const QVariantMap &classValues);

// The date an asset's period starts from: its trigger_date, or else the date its trigger rule
// names (created: the day it was created, in UTC; last_review; closed: closed_on). Invalid
// when neither gives a date.
QDate triggerDateOf(const Record &asset);

enum class DueState {
    NoClass,         // the asset has no retention class
    Permanent,       // the class keeps the records permanently
    UntilSuperseded, // kept until replaced: never falls due by date
    NoTrigger,       // a fixed class, but no trigger date or rule gives a date
    Scheduled,       // due on `due` (today or later)
    Overdue,         // `due` has passed
    OnHold,          // a legal hold suspends disposal; `due` is when it would be due
    Disposed,        // the asset's status is disposed
};

struct AssetDue {
    DueState state = DueState::NoClass;
    QDate trigger;
    QDate due;
    QString action;     // the class's disposal action (disposalAction key)
    QString holdReason; // with OnHold
};

// Where an asset stands against its class on `today`. `retentionClass` is the asset's class
// (nullopt: none).
AssetDue assetDue(const Record &asset, const std::optional<Record> &retentionClass,
                  const QDate &today);

// The state in words, translated: "Due on 31 March 2027", "Overdue since 1 May 2026", "On
// legal hold: Ombudsman complaint", "Retained permanently", "Kept until superseded",
// "No trigger date", "No retention class", "Disposed".
QString dueText(const AssetDue &due);

// SQL for the planner and the bench: the trigger date of the assets row `a` (a text ISO date
// or NULL), and the due date given the trigger expression and the retention_classes row `c`,
// computed exactly as addRetentionPeriod() does.
QString triggerDateSql(const QString &assetAlias = QStringLiteral("a"));
QString dueDateSql(const QString &triggerSql, const QString &classAlias = QStringLiteral("c"));

} // namespace igw
