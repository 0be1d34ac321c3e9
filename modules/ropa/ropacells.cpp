#include "ropa/ropacells.h"

#include "ropa/activities.h"
#include "ropa/ropa.h"
#include "ropa/ropacolumns.h"
#include "ropa/ropatr.h"

#include <QDate>

namespace igw {

namespace {

QVariant text(const QString &value)
{
    return value.trimmed().isEmpty() ? QVariant() : QVariant(value);
}

QVariant yesNo(bool value)
{
    return value ? RopaTr::tr("Yes") : RopaTr::tr("No");
}

} // namespace

QVariant ropaCellValue(const RopaColumn &column, const ActivityView &activity)
{
    using T = RopaColumn::Type;
    namespace f = activityField;
    const QString stored =
        column.field == QLatin1String("ref") ? activity.record.ref : activity.value(column.field);
    switch (column.type) {
    case T::Reference:
    case T::Text:
        return text(stored);
    case T::Choice:
        if (column.field == f::art9Condition) // own, else the linked assets'
            return text(activityDisplayValue(f::art9Condition, activity.art9Condition));
        // The DPA 2018 group repeats the lawful basis; it applies only to special category
        // and criminal offence data, as the ICO's template says.
        if (column.id == QLatin1String("dpa_lawful_basis") && !activity.specialCategory &&
            !activity.criminalOffence)
            return {};
        return text(activityDisplayValue(column.field, stored));
    case T::Flag:
        // Derived from the linked assets as well as the activity's own flag.
        if (column.field == f::specialCategory)
            return yesNo(activity.specialCategory);
        if (column.field == f::criminalOffence)
            return yesNo(activity.criminalOffence);
        if (stored.isEmpty())
            return {};
        return yesNo(stored == QLatin1String("1"));
    case T::Date: {
        const QDate date = QDate::fromString(stored, Qt::ISODate);
        return date.isValid() ? QVariant(date) : text(stored);
    }
    case T::SubjectCategories:
        return text(activity.subjects.effective().join(QStringLiteral("; ")));
    case T::DataCategories:
        return text(activity.data.effective().join(QStringLiteral("; ")));
    case T::Recipients:
        return text(activity.recipientTexts().join(QStringLiteral("; ")));
    case T::Controllers: {
        QStringList lines;
        for (const LinkedOrganisation &o : activity.controllers)
            lines << (o.contact.isEmpty() ? o.name : RopaTr::tr("%1 (%2)").arg(o.name, o.contact));
        return text(lines.join(QLatin1Char('\n')));
    }
    case T::Assets: {
        QStringList refs;
        for (const LinkedAsset &a : activity.assets)
            refs << a.ref;
        return text(refs.join(QStringLiteral("; ")));
    }
    }
    return {};
}

} // namespace igw
