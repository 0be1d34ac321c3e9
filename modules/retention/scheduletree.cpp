#include "retention/scheduletree.h"

#include "retention/retentionclasses.h"
#include "workspace/workspace.h"

#include <QMap>

namespace igw {

namespace {

// Lower case without accents, for matching "creche" to "crèche".
QString folded(const QString &text)
{
    QString out;
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c.toLower());
    }
    return out;
}

bool matches(const Record &c, const QStringList &words)
{
    if (words.isEmpty())
        return true;
    namespace f = retentionField;
    QString haystack = c.ref;
    for (const QString &field :
         {f::function, f::activity, f::description, f::triggerEvent, f::authority, f::notes})
        haystack += QLatin1Char('\n') + c.value(field).toString();
    haystack = folded(haystack);
    for (const QString &w : words) {
        if (!haystack.contains(w))
            return false;
    }
    return true;
}

} // namespace

QList<ScheduleFunction> scheduleTree(const QList<Record> &classes, const QString &search)
{
    namespace f = retentionField;
    const QStringList words = folded(search).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // Keys fold case so "Finance" and "finance" are one function; the first spelling is shown.
    QMap<QString, QPair<QString, QMap<QString, ScheduleActivity>>> functions;
    for (const Record &c : classes) {
        if (!matches(c, words))
            continue;
        const QString function = c.value(f::function).toString().simplified();
        const QString activity = c.value(f::activity).toString().simplified();
        auto &fn = functions[function.toLower()];
        if (fn.first.isEmpty())
            fn.first = function;
        ScheduleActivity &act = fn.second[activity.toLower()];
        if (act.name.isEmpty())
            act.name = activity;
        act.classes.append(c);
    }
    QList<ScheduleFunction> out;
    for (auto it = functions.begin(); it != functions.end(); ++it) {
        ScheduleFunction fn{it->first, {}};
        for (ScheduleActivity &act : it->second) {
            std::sort(act.classes.begin(), act.classes.end(),
                      [](const Record &x, const Record &y) { return x.ref < y.ref; });
            fn.activities.append(act);
        }
        out.append(fn);
    }
    return out;
}

QList<ScheduleFunction> scheduleTree(Workspace &workspace, const QString &search)
{
    return scheduleTree(workspace.records().list(kinds::retentionClass()), search);
}

} // namespace igw
