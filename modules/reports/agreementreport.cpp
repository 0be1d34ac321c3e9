#include "reports/agreementreport.h"

#include "reports/agreementreportcontent.h"
#include "reports/agreementreportdata.h"
#include "reports/odtwriter.h"
#include "reports/pdfdocument.h"
#include "reports/reportstr.h"
#include "reports/reportstyle.h"
#include "sharing/agreements.h"

#include <QDir>
#include <QTextDocument>

namespace igw {

namespace {

bool failed(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// "Kingsmere Borough Council and Wealdshire Police".
QString partyNames(const AgreementReportData &data)
{
    QStringList names;
    for (const AgreementPartyView &p : data.view.parties)
        names << p.name;
    if (names.size() <= 1)
        return names.value(0);
    return ReportsTr::tr("%1 and %2")
        .arg(names.mid(0, names.size() - 1).join(QStringLiteral(", ")), names.constLast());
}

// Building the content and painting each take half of one scale, so a progress bar never
// runs backwards.
bool writePdf(const AgreementReportData &data, const QString &path, const QDateTime &generated,
              QString *error, const reports::Progress &progress)
{
    const AgreementView &v = data.view;
    reports::PageFurniture furniture;
    furniture.title = ReportsTr::tr("%1 version %2: %3")
                          .arg(v.agreement.ref)
                          .arg(v.version())
                          .arg(v.value(agreementField::title).trimmed());
    furniture.organisation = v.ourOrganisation;
    furniture.generated = generated;
    furniture.archival = true;
    furniture.author = v.ourOrganisation;
    const QString parties = partyNames(data);
    furniture.subject =
        parties.isEmpty()
            ? ReportsTr::tr("Information sharing agreement, version %1 (%2)")
                  .arg(v.version())
                  .arg(choices::label(choices::agreementStatus(), v.status()))
            : ReportsTr::tr("Information sharing agreement between %1, version %2 (%3)")
                  .arg(parties)
                  .arg(v.version())
                  .arg(choices::label(choices::agreementStatus(), v.status()));
    reports::PdfDocument pdf(furniture);
    if (!pdf.open(path, error))
        return false;
    AgreementReportContent content(data, pdf.document(), true, generated);
    const int share = content.steps();
    const auto at = [&](int done) { return !progress || progress(done, 2 * share); };
    if (!content.build([&](int done, int) { return at(done); }))
        return failed(error, reports::PdfDocument::cancelledMessage(path));
    if (!pdf.layOut(error))
        return false;
    content.fillPageNumbers(pdf);
    return pdf.finish(error, [&](int page, int pages) {
        return at(share + int(qint64(page) * share / qMax(1, pages)));
    });
}

bool writeOdt(const AgreementReportData &data, const QString &path, const QDateTime &generated,
              QString *error, const reports::Progress &progress)
{
    return reports::writeOdt(
        path, data.value(agreementField::title).trimmed(),
        [&](QTextDocument &document, const std::function<bool(int, int)> &step) {
            AgreementReportContent content(data, &document, false, generated);
            return content.build([&](int done, int) { return step(done, content.steps()); });
        },
        error, progress);
}

} // namespace

bool writeAgreementReport(Workspace &workspace, qint64 agreementId, const QString &path,
                          const QString &format, QString *error,
                          const std::function<bool(int, int)> &progress)
{
    const QString kind = format.trimmed().toLower();
    if (kind != QLatin1String("pdf") && kind != QLatin1String("odt"))
        return failed(error, ReportsTr::tr("An information sharing agreement can be written as "
                                           "pdf or odt, not as \"%1\".")
                                 .arg(format));
    const std::optional<AgreementReportData> data =
        loadAgreementReportData(workspace, agreementId, error);
    if (!data)
        return false;
    const QDateTime generated = QDateTime::currentDateTime();
    return kind == QLatin1String("pdf") ? writePdf(*data, path, generated, error, progress)
                                        : writeOdt(*data, path, generated, error, progress);
}

} // namespace igw
