#include "retention/duedates.h"

#include "register/assets.h"
#include "retention/retentionclasses.h"
#include "retention/retentiontr.h"

#include <QLocale>

namespace igw {

QDate addRetentionPeriod(const QDate &trigger, int years, int months, int days)
{
    if (!trigger.isValid())
        return {};
    return trigger.addMonths(12 * years + months).addDays(days);
}

std::optional<QDate> dueDate(const QDate &trigger, const QVariantMap &v)
{
    namespace f = retentionField;
    const QString kind = v.value(f::periodKind).toString();
    if (!trigger.isValid() || (!kind.isEmpty() && kind != retentionPeriodKind::fixed))
        return std::nullopt;
    const int years = v.value(f::periodYears).toInt();
    const int months = v.value(f::periodMonths).toInt();
    const int days = v.value(f::periodDays).toInt();
    if (years <= 0 && months <= 0 && days <= 0)
        return std::nullopt;
    return addRetentionPeriod(trigger, years, months, days);
}

QDate triggerDateOf(const Record &asset)
{
    namespace a = assetField;
    const QDate own = QDate::fromString(asset.value(a::triggerDate).toString(), Qt::ISODate);
    if (own.isValid())
        return own;
    const QString rule = asset.value(a::triggerRule).toString();
    if (rule == triggerRule::created)
        return asset.createdAt.toUTC().date();
    if (rule == triggerRule::lastReview)
        return QDate::fromString(asset.value(a::lastReview).toString(), Qt::ISODate);
    if (rule == triggerRule::closed)
        return QDate::fromString(asset.value(a::closedOn).toString(), Qt::ISODate);
    return {};
}

AssetDue assetDue(const Record &asset, const std::optional<Record> &retentionClass,
                  const QDate &today)
{
    namespace a = assetField;
    AssetDue out;
    if (asset.value(a::status).toString() == QLatin1String("disposed")) {
        out.state = DueState::Disposed;
        return out;
    }
    if (!retentionClass)
        return out;
    out.action = retentionClass->value(retentionField::disposalAction).toString();
    out.trigger = triggerDateOf(asset);
    const QString kind = retentionClass->value(retentionField::periodKind).toString();
    const bool onHold = asset.value(a::legalHold).toInt() == 1;
    if (kind == retentionPeriodKind::permanent) {
        out.state = DueState::Permanent;
    } else if (kind == retentionPeriodKind::untilSuperseded) {
        out.state = DueState::UntilSuperseded;
    } else if (const auto due = dueDate(out.trigger, retentionClass->values)) {
        out.due = *due;
        out.state = *due < today ? DueState::Overdue : DueState::Scheduled;
    } else {
        out.state = DueState::NoTrigger;
    }
    if (onHold && out.state != DueState::Permanent) {
        out.state = DueState::OnHold;
        out.holdReason = asset.value(a::legalHoldReason).toString().trimmed();
    }
    return out;
}

QString dueText(const AssetDue &d)
{
    const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
    const auto day = [&](const QDate &date) {
        return uk.toString(date, QStringLiteral("d MMMM yyyy"));
    };
    switch (d.state) {
    case DueState::NoClass:
        return RetentionTr::tr("No retention class");
    case DueState::Permanent:
        return RetentionTr::tr("Retained permanently");
    case DueState::UntilSuperseded:
        return RetentionTr::tr("Kept until superseded");
    case DueState::NoTrigger:
        return RetentionTr::tr("No trigger date");
    case DueState::Scheduled:
        return RetentionTr::tr("Due on %1").arg(day(d.due));
    case DueState::Overdue:
        return RetentionTr::tr("Overdue since %1").arg(day(d.due));
    case DueState::OnHold:
        return d.holdReason.isEmpty() ? RetentionTr::tr("On legal hold")
                                      : RetentionTr::tr("On legal hold: %1").arg(d.holdReason);
    case DueState::Disposed:
        return RetentionTr::tr("Disposed");
    }
    return {};
}

QString triggerDateSql(const QString &a)
{
    return QStringLiteral("coalesce(date(%1.trigger_date), CASE %1.trigger_rule"
                          " WHEN 'created' THEN date(substr(%1.created_at, 1, 10))"
                          " WHEN 'last_review' THEN date(%1.last_review)"
                          " WHEN 'closed' THEN date(%1.closed_on) END)")
        .arg(a);
}

QString dueDateSql(const QString &t, const QString &c)
{
    // The month the period ends in, then the trigger's day clamped to that month's last day.
    const QString months =
        QStringLiteral("(12 * ifnull(%1.period_years, 0) + ifnull(%1.period_months, 0))").arg(c);
    const QString monthStart =
        QStringLiteral("date(%1, 'start of month', '+' || %2 || ' months')").arg(t, months);
    const QString lastDay =
        QStringLiteral("CAST(strftime('%d', date(%1, '+1 month', '-1 day')) AS INTEGER)")
            .arg(monthStart);
    const QString day =
        QStringLiteral("min(CAST(strftime('%d', %1) AS INTEGER), %2)").arg(t, lastDay);
    return QStringLiteral("date(%1, '+' || (%2 - 1 + ifnull(%3.period_days, 0)) || ' days')")
        .arg(monthStart, day, c);
}

} // namespace igw
