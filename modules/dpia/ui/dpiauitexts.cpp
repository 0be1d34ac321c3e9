#include "dpia/ui/dpiauitexts.h"

#include "dpia/dpiarecords.h"
#include "dpia/ui/dpiauitr.h"

#include <QHash>
#include <QLocale>

namespace igw::dpiaUiText {

QString dpiaLabel(const Record &dpia)
{
    const QString title = dpia.value(dpiaField::title).toString();
    return title.isEmpty() ? dpia.ref : DpiaUiTr::tr("%1 %2").arg(dpia.ref, title);
}

QString riskNumber(int number)
{
    return DpiaUiTr::tr("R%1").arg(number);
}

QString riskLabel(int number, const QString &title)
{
    return title.isEmpty() ? riskNumber(number)
                           : DpiaUiTr::tr("%1 %2").arg(riskNumber(number), title);
}

QString statusText(const QString &key)
{
    return choices::label(choices::dpiaStatus(), key.isEmpty() ? QStringLiteral("draft") : key);
}

QString bandText(const std::optional<RiskBand> &band)
{
    return band ? riskBandLabel(*band) : DpiaUiTr::tr("Not assessed");
}

QString levelText(const RiskMatrix &matrix, int level)
{
    return matrix.isValidLevel(level) ? matrix.likelihoodLabels.value(level - 1)
                                      : DpiaUiTr::tr("Not assessed");
}

QString matrixDescription(const RiskMatrix &matrix)
{
    return DpiaUiTr::tr("%1: likelihood %2; severity %3")
        .arg(matrix.name, matrix.likelihoodLabels.join(QStringLiteral(", ")),
             matrix.severityLabels.join(QStringLiteral(", ")));
}

QString dateText(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

QString timingText(const QDate &due, const QDate &today)
{
    if (!due.isValid())
        return {};
    const qint64 days = today.daysTo(due);
    // Explicit singular and plural: there is no plural catalogue yet.
    if (days < 0)
        return days == -1 ? DpiaUiTr::tr("Overdue by 1 day")
                          : DpiaUiTr::tr("Overdue by %1 days").arg(-days);
    if (days == 0)
        return DpiaUiTr::tr("Due today");
    return days == 1 ? DpiaUiTr::tr("Due tomorrow") : DpiaUiTr::tr("Due in %1 days").arg(days);
}

QString reviewText(const QDate &review, const QDate &today)
{
    if (!review.isValid())
        return DpiaUiTr::tr("Not set");
    const qint64 late = review.daysTo(today);
    if (late <= 0)
        return dateText(review);
    return late == 1 ? DpiaUiTr::tr("%1 (overdue by 1 day)").arg(dateText(review))
                     : DpiaUiTr::tr("%1 (overdue by %2 days)").arg(dateText(review)).arg(late);
}

QString positionText(const RiskMatrix &matrix, int likelihood, int severity)
{
    const auto band = matrix.band(likelihood, severity);
    if (!band)
        return DpiaUiTr::tr("not assessed");
    return DpiaUiTr::tr("%1 likelihood, %2 severity: %3")
        .arg(matrix.likelihoodLabels.value(likelihood - 1),
             matrix.severityLabels.value(severity - 1), riskBandLabel(*band));
}

QString fieldLabel(const QString &table, const QString &field)
{
    static const QHash<QString, const char *> dpia{
        {dpiaField::title, QT_TRANSLATE_NOOP("igw::DpiaUi", "Title")},
        {dpiaField::status, QT_TRANSLATE_NOOP("igw::DpiaUi", "Status")},
        {dpiaField::version, QT_TRANSLATE_NOOP("igw::DpiaUi", "Version")},
        {dpiaField::matrix, QT_TRANSLATE_NOOP("igw::DpiaUi", "Risk matrix")},
        {dpiaField::summary, QT_TRANSLATE_NOOP("igw::DpiaUi", "Summary")},
        {dpiaField::answers, QT_TRANSLATE_NOOP("igw::DpiaUi", "Answers")},
        {dpiaField::ownerPersonId, QT_TRANSLATE_NOOP("igw::DpiaUi", "Owner")},
        {dpiaField::reviewDate, QT_TRANSLATE_NOOP("igw::DpiaUi", "Review date")},
        {dpiaField::dpoAdvice, QT_TRANSLATE_NOOP("igw::DpiaUi", "DPO advice")},
        {dpiaField::signoffs, QT_TRANSLATE_NOOP("igw::DpiaUi", "Sign-off")},
        {dpiaField::notes, QT_TRANSLATE_NOOP("igw::DpiaUi", "Notes")},
        {dpiaField::activityIds, QT_TRANSLATE_NOOP("igw::DpiaUi", "Processing activities")},
        {dpiaField::assetIds, QT_TRANSLATE_NOOP("igw::DpiaUi", "Assets")}};
    static const QHash<QString, const char *> risk{
        {riskField::title, QT_TRANSLATE_NOOP("igw::DpiaUi", "Source of risk")},
        {riskField::impact, QT_TRANSLATE_NOOP("igw::DpiaUi", "Nature of impact")},
        {riskField::likelihood, QT_TRANSLATE_NOOP("igw::DpiaUi", "Likelihood before measures")},
        {riskField::severity, QT_TRANSLATE_NOOP("igw::DpiaUi", "Severity before measures")},
        {riskField::residualLikelihood,
         QT_TRANSLATE_NOOP("igw::DpiaUi", "Likelihood after measures")},
        {riskField::residualSeverity, QT_TRANSLATE_NOOP("igw::DpiaUi", "Severity after measures")},
        {riskField::notes, QT_TRANSLATE_NOOP("igw::DpiaUi", "Notes")}};
    static const QHash<QString, const char *> measure{
        {measureField::title, QT_TRANSLATE_NOOP("igw::DpiaUi", "Measure")},
        {measureField::description, QT_TRANSLATE_NOOP("igw::DpiaUi", "Details")},
        {measureField::effect, QT_TRANSLATE_NOOP("igw::DpiaUi", "Effect on the risk")},
        {measureField::ownerPersonId, QT_TRANSLATE_NOOP("igw::DpiaUi", "Owner")},
        {measureField::ownerName, QT_TRANSLATE_NOOP("igw::DpiaUi", "Owner name")},
        {measureField::dueDate, QT_TRANSLATE_NOOP("igw::DpiaUi", "Due date")},
        {measureField::approved, QT_TRANSLATE_NOOP("igw::DpiaUi", "Approved")},
        {measureField::status, QT_TRANSLATE_NOOP("igw::DpiaUi", "Status")}};
    const QHash<QString, const char *> &labels = table == kinds::risk().table      ? risk
                                                 : table == kinds::measure().table ? measure
                                                                                   : dpia;
    const char *label = labels.value(field);
    return label ? DpiaUiTr::tr(label) : field;
}

} // namespace igw::dpiaUiText
