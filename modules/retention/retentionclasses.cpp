#include "retention/retentionclasses.h"

#include "retention/retentiontr.h"

#include <QHash>

namespace igw {

namespace kinds {

const RecordKind &retentionClass()
{
    using namespace retentionField;
    static const RecordKind kind{QStringLiteral("retention_classes"),
                                 QStringLiteral("RC"),
                                 QStringLiteral("retention-classes"),
                                 {function, activity, description, triggerEvent, periodYears,
                                  periodMonths, periodDays, periodKind, disposalAction,
                                  authorityKind, authority, ownerPersonId, notes},
                                 description};
    return kind;
}

} // namespace kinds

namespace choices {

const Choices &periodKind()
{
    static const Choices c{
        {QStringLiteral("fixed"), RetentionTr::tr("Fixed period after the trigger")},
        {QStringLiteral("permanent"), RetentionTr::tr("Permanent")},
        {QStringLiteral("until_superseded"), RetentionTr::tr("Until superseded")}};
    return c;
}

const Choices &disposalAction()
{
    static const Choices c{
        {QStringLiteral("destroy"), RetentionTr::tr("Destroy securely")},
        {QStringLiteral("review"), RetentionTr::tr("Review")},
        {QStringLiteral("transfer_archives"), RetentionTr::tr("Transfer to archives")},
        {QStringLiteral("retain_permanently"), RetentionTr::tr("Retain permanently")}};
    return c;
}

const Choices &authorityKind()
{
    static const Choices c{{QStringLiteral("statute"), RetentionTr::tr("Statute")},
                           {QStringLiteral("guideline"), RetentionTr::tr("Guideline")},
                           {QStringLiteral("business_need"), RetentionTr::tr("Business need")}};
    return c;
}

const Choices &triggerRule()
{
    static const Choices c{
        {QStringLiteral("created"), RetentionTr::tr("Date the asset was created")},
        {QStringLiteral("last_review"), RetentionTr::tr("Date of the asset's last review")},
        {QStringLiteral("closed"), RetentionTr::tr("Date the records were closed")}};
    return c;
}

const Choices &disposalDone()
{
    static const Choices c{
        {QStringLiteral("destroy"), RetentionTr::tr("Destroyed")},
        {QStringLiteral("transfer_archives"), RetentionTr::tr("Transferred to archives")}};
    return c;
}

const Choices *forRetentionField(const QString &field)
{
    namespace f = retentionField;
    if (field == f::periodKind)
        return &periodKind();
    if (field == f::disposalAction)
        return &disposalAction();
    if (field == f::authorityKind)
        return &authorityKind();
    return nullptr;
}

} // namespace choices

QString periodText(const QVariantMap &v)
{
    namespace f = retentionField;
    const QString kind = v.value(f::periodKind).toString();
    if (kind == retentionPeriodKind::permanent)
        return RetentionTr::tr("Permanent");
    if (kind == retentionPeriodKind::untilSuperseded)
        return RetentionTr::tr("Until superseded");
    const int years = v.value(f::periodYears).toInt();
    const int months = v.value(f::periodMonths).toInt();
    const int days = v.value(f::periodDays).toInt();
    // No %n: the schedule is written in English; plural forms are spelt out.
    QStringList parts;
    if (years > 0)
        parts << (years == 1 ? RetentionTr::tr("1 year") : RetentionTr::tr("%1 years").arg(years));
    if (months > 0)
        parts << (months == 1 ? RetentionTr::tr("1 month")
                              : RetentionTr::tr("%1 months").arg(months));
    if (days > 0)
        parts << (days == 1 ? RetentionTr::tr("1 day") : RetentionTr::tr("%1 days").arg(days));
    if (parts.isEmpty())
        return RetentionTr::tr("No period");
    return parts.join(QLatin1Char(' '));
}

QString classTitle(const Record &c)
{
    namespace f = retentionField;
    return RetentionTr::tr("%1 %2 / %3")
        .arg(c.ref, c.value(f::function).toString(), c.value(f::activity).toString());
}

QString retentionFieldLabel(const QString &field)
{
    namespace f = retentionField;
    static const QHash<QString, QString> labels{
        {QStringLiteral("ref"), RetentionTr::tr("Reference")},
        {f::function, RetentionTr::tr("Function")},
        {f::activity, RetentionTr::tr("Activity")},
        {f::description, RetentionTr::tr("Records")},
        {f::triggerEvent, RetentionTr::tr("Trigger event")},
        {f::periodYears, RetentionTr::tr("Years")},
        {f::periodMonths, RetentionTr::tr("Months")},
        {f::periodDays, RetentionTr::tr("Days")},
        {f::periodKind, RetentionTr::tr("Period")},
        {f::disposalAction, RetentionTr::tr("Disposal action")},
        {f::authorityKind, RetentionTr::tr("Kind of authority")},
        {f::authority, RetentionTr::tr("Authority")},
        {f::ownerPersonId, RetentionTr::tr("Owner")},
        {f::notes, RetentionTr::tr("Notes")}};
    return labels.value(field, field);
}

QList<RetentionIssue> validateRetentionClass(const QVariantMap &v)
{
    namespace f = retentionField;
    QList<RetentionIssue> out;
    const auto text = [&](const QString &field) { return v.value(field).toString().trimmed(); };
    for (const QString &field : {f::function, f::activity, f::description}) {
        if (text(field).isEmpty())
            out.append({field, RetentionTr::tr("%1 is empty. Every class needs a function, an "
                                               "activity and a description of its records.")
                                   .arg(retentionFieldLabel(field))});
    }
    for (const QString &field : kinds::retentionClass().fields) {
        if (text(field).size() > retentionLimits::maxTextLength)
            out.append({field, RetentionTr::tr("%1 is longer than %2 characters. Shorten it.")
                                   .arg(retentionFieldLabel(field))
                                   .arg(retentionLimits::maxTextLength)});
    }
    for (const QString &field : {f::periodKind, f::disposalAction, f::authorityKind}) {
        const QString key = text(field);
        const Choices *list = choices::forRetentionField(field);
        bool known = key.isEmpty();
        for (const auto &c : *list)
            known = known || c.first == key;
        if (!known)
            out.append({field, RetentionTr::tr("\"%1\" is not a known %2.")
                                   .arg(key, retentionFieldLabel(field).toLower())});
    }
    const struct {
        QString field;
        int max;
    } parts[] = {{f::periodYears, retentionLimits::maxYears},
                 {f::periodMonths, retentionLimits::maxMonths},
                 {f::periodDays, retentionLimits::maxDays}};
    int total = 0;
    for (const auto &p : parts) {
        const QVariant value = v.value(p.field);
        if (value.isNull() || text(p.field).isEmpty())
            continue;
        bool ok = false;
        const int n = value.toString().toInt(&ok);
        if (!ok || n < 0 || n > p.max)
            out.append({p.field, RetentionTr::tr("%1 must be a whole number from 0 to %2.")
                                     .arg(retentionFieldLabel(p.field))
                                     .arg(p.max)});
        else
            total += n;
    }
    const QString kind =
        text(f::periodKind).isEmpty() ? retentionPeriodKind::fixed : text(f::periodKind);
    const QString action = text(f::disposalAction);
    if (kind == retentionPeriodKind::fixed && total == 0)
        out.append({f::periodYears,
                    RetentionTr::tr("A fixed period needs years, months or days after the "
                                    "trigger. Give the period, or make the class permanent or "
                                    "until superseded.")});
    if (kind != retentionPeriodKind::fixed && total > 0)
        out.append(
            {f::periodKind, RetentionTr::tr("A %1 class has no period in years, months or "
                                            "days. Clear them, or make the period fixed.")
                                .arg(choices::label(choices::periodKind(), kind).toLower())});
    if (kind == retentionPeriodKind::permanent && action == retentionAction::destroy)
        out.append({f::disposalAction,
                    RetentionTr::tr("A permanent class cannot be destroyed. Choose \"Retain "
                                    "permanently\" or \"Transfer to archives\".")});
    if (kind == retentionPeriodKind::fixed && action == retentionAction::retainPermanently)
        out.append({f::disposalAction,
                    RetentionTr::tr("A class kept for a fixed period is not retained "
                                    "permanently. Make the period permanent, or choose another "
                                    "disposal action.")});
    const QString authorityKind = text(f::authorityKind);
    if ((authorityKind == retentionAuthority::statute ||
         authorityKind == retentionAuthority::guideline) &&
        text(f::authority).isEmpty())
        out.append({f::authority,
                    RetentionTr::tr("Name the %1 the period comes from, e.g. \"Limitation Act "
                                    "1980 s.5\", or choose \"Business need\".")
                        .arg(choices::label(choices::authorityKind(), authorityKind).toLower())});
    return out;
}

} // namespace igw
