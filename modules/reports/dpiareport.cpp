#include "reports/dpiareport.h"

#include "dpia/dpiarecords.h"
#include "reports/dpiareportcontent.h"
#include "reports/dpiareportdata.h"
#include "reports/odtwriter.h"
#include "reports/pdfdocument.h"
#include "reports/reportstr.h"
#include "reports/reportstyle.h"

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

// Building the content and painting (or writing) the file each take half of one scale, so
// a progress bar never runs backwards.
bool writePdf(const DpiaReportData &data, const QString &path, const QDateTime &generated,
              QString *error, const reports::Progress &progress)
{
    reports::PageFurniture furniture;
    furniture.title =
        ReportsTr::tr("DPIA %1: %2").arg(data.dpia.ref, data.value(dpiaField::title).trimmed());
    furniture.organisation = data.organisation;
    furniture.generated = generated;
    furniture.archival = true;
    furniture.author = data.owner.isEmpty() ? data.organisation : data.owner;
    reports::PdfDocument pdf(furniture);
    if (!pdf.open(path, error))
        return false;
    DpiaReportContent content(data, pdf.document(), true, generated);
    const int share = content.steps();
    const auto at = [&](int done) { return !progress || progress(done, 2 * share); };
    if (!content.build([&](int done, int) { return at(done); }))
        return failed(error, reports::PdfDocument::cancelledMessage(path));
    if (!pdf.layOut(error))
        return false;
    // The pages are known only now; the numbers fit the room left for them, so filling them
    // in moves nothing.
    content.fillPageNumbers(pdf);
    return pdf.finish(error, [&](int page, int pages) {
        return at(share + int(qint64(page) * share / qMax(1, pages)));
    });
}

bool writeOdt(const DpiaReportData &data, const QString &path, const QDateTime &generated,
              QString *error, const reports::Progress &progress)
{
    return reports::writeOdt(
        path, QString(),
        [&](QTextDocument &document, const std::function<bool(int, int)> &step) {
            DpiaReportContent content(data, &document, false, generated);
            return content.build([&](int done, int) { return step(done, content.steps()); });
        },
        error, progress);
}

} // namespace

bool writeDpiaReport(Workspace &workspace, qint64 dpiaId, const QString &path,
                     const QString &format, QString *error,
                     const std::function<bool(int, int)> &progress)
{
    const QString kind = format.trimmed().toLower();
    if (kind != QLatin1String("pdf") && kind != QLatin1String("odt"))
        return failed(error, ReportsTr::tr("A DPIA report can be written as pdf or odt, not "
                                           "as \"%1\".")
                                 .arg(format));
    const std::optional<DpiaReportData> data = loadDpiaReportData(workspace, dpiaId, error);
    if (!data)
        return false;
    const QDateTime generated = QDateTime::currentDateTime();
    return kind == QLatin1String("pdf") ? writePdf(*data, path, generated, error, progress)
                                        : writeOdt(*data, path, generated, error, progress);
}

} // namespace igw
