#include "reports/agreementreport.h"

#include "reports/agreementreportcontent.h"
#include "reports/agreementreportdata.h"
#include "reports/pdfdocument.h"
#include "reports/reportstr.h"
#include "reports/reportstyle.h"
#include "sharing/agreements.h"

#include <QBuffer>
#include <QDir>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextDocumentWriter>

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
    const QString shown = QDir::toNativeSeparators(path);
    if (path.isEmpty())
        return failed(error, ReportsTr::tr("No file name was given for the document."));
    // Opened first, so an unwritable folder fails before any work.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(error, ReportsTr::tr("Cannot create %1: %2. Choose a folder you can "
                                           "write to.")
                                 .arg(shown, file.errorString()));
    QTextDocument document;
    document.setDocumentMargin(0);
    document.setDefaultFont(reports::style::font(reports::style::BodySize));
    document.setMetaInformation(QTextDocument::DocumentTitle,
                                data.value(agreementField::title).trimmed());
    AgreementReportContent content(data, &document, false, generated);
    const int share = content.steps();
    const int total = share + 1;
    const auto cancelled = [&] {
        file.cancelWriting();
        return failed(error, reports::PdfDocument::cancelledMessage(path));
    };
    if (!content.build([&](int done, int) { return !progress || progress(done, total); }))
        return cancelled();
    // The zip is made in memory: Qt's writer may seek, and the file must stay a QSaveFile.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, QByteArrayLiteral("odf"));
    if (!writer.write(&document)) {
        file.cancelWriting();
        return failed(error, ReportsTr::tr("Cannot write the document %1.").arg(shown));
    }
    buffer.close();
    if (progress && !progress(share, total))
        return cancelled();
    if (file.write(buffer.data()) != buffer.data().size() || !file.commit())
        return failed(error, ReportsTr::tr("Cannot save %1: %2. Nothing was changed.")
                                 .arg(shown, file.errorString()));
    if (progress)
        progress(total, total);
    return true;
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
