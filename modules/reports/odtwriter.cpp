#include "reports/odtwriter.h"

#include "reports/reportstr.h"
#include "reports/reportstyle.h"

#include <QBuffer>
#include <QDir>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextDocumentWriter>

namespace igw::reports {

namespace {

bool failed(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

bool writeOdt(const QString &path, const QString &title, const BuildDocument &build, QString *error,
              const Progress &progress)
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
    document.setDefaultFont(style::font(style::BodySize));
    if (!title.isEmpty())
        document.setMetaInformation(QTextDocument::DocumentTitle, title);
    int total = 1;
    const auto cancelled = [&] {
        file.cancelWriting();
        return failed(error, PdfDocument::cancelledMessage(path));
    };
    if (!build(document, [&](int done, int steps) {
            total = steps + 1;
            return !progress || progress(done, total);
        }))
        return cancelled();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, QByteArrayLiteral("odf"));
    if (!writer.write(&document)) {
        file.cancelWriting();
        return failed(error, ReportsTr::tr("Cannot write the document %1.").arg(shown));
    }
    buffer.close();
    if (progress && !progress(total - 1, total))
        return cancelled();
    if (file.write(buffer.data()) != buffer.data().size() || !file.commit())
        return failed(error, ReportsTr::tr("Cannot save %1: %2. Nothing was changed.")
                                 .arg(shown, file.errorString()));
    if (progress)
        progress(total, total);
    return true;
}

} // namespace igw::reports
