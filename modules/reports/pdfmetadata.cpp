#include "reports/pdfmetadata.h"

#include "reports/reportbuilder.h"
#include "reports/reportstr.h"

#include <QRegularExpression>

namespace igw::reports {

namespace {

// XML text: user data (a title such as `<b>&"`) never becomes markup, and the controls
// XML 1.0 forbids are dropped with the other characters a report leaves out.
QByteArray xmlText(const QString &text)
{
    return pdfaText(text).toHtmlEscaped().toUtf8();
}

} // namespace

QString pdfaText(const QString &text)
{
    return ReportBuilder::plain(text).replace(u'\n', u' ');
}

QByteArray pdfaXmp(const QString &title, const QString &author, const QString &creatorTool,
                   const QDateTime &created, const QString &subject)
{
    // The same second Qt writes into /CreationDate, with the local offset as Qt gives it.
    const QByteArray date =
        created.toOffsetFromUtc(created.offsetFromUtc()).toString(Qt::ISODate).toLatin1();
    QByteArray x;
    x += "<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>\n"
         "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
         "  <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
         "    <rdf:Description xmlns:dc=\"http://purl.org/dc/elements/1.1/\" rdf:about=\"\">\n"
         "      <dc:format>application/pdf</dc:format>\n"
         "      <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" +
         xmlText(title) + "</rdf:li></rdf:Alt></dc:title>\n";
    if (!author.trimmed().isEmpty())
        x += "      <dc:creator><rdf:Seq><rdf:li>" + xmlText(author) +
             "</rdf:li></rdf:Seq></dc:creator>\n";
    if (!subject.trimmed().isEmpty())
        x += "      <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xmlText(subject) +
             "</rdf:li></rdf:Alt></dc:description>\n";
    x += "    </rdf:Description>\n"
         "    <rdf:Description xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" rdf:about=\"\">\n"
         "      <xmp:CreatorTool>" +
         xmlText(creatorTool) +
         "</xmp:CreatorTool>\n"
         "      <xmp:CreateDate>" +
         date +
         "</xmp:CreateDate>\n"
         "      <xmp:ModifyDate>" +
         date +
         "</xmp:ModifyDate>\n"
         "    </rdf:Description>\n"
         "    <rdf:Description xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" rdf:about=\"\">\n"
         "      <pdf:Producer>Qt " +
         QByteArray(qVersion()) + // what the running Qt writes into /Producer
         "</pdf:Producer>\n"
         "    </rdf:Description>\n"
         "    <rdf:Description xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\" "
         "rdf:about=\"\">\n"
         "      <pdfaid:part>1</pdfaid:part>\n"
         "      <pdfaid:conformance>B</pdfaid:conformance>\n"
         "    </rdf:Description>\n"
         "  </rdf:RDF>\n"
         "</x:xmpmeta>\n"
         "<?xpacket end='w'?>";
    return x;
}

std::optional<QByteArray> withInfoEntries(const QByteArray &pdf,
                                          const QList<std::pair<QByteArray, QString>> &entries,
                                          QString *error)
{
    const auto fail = [error]() -> std::optional<QByteArray> {
        if (error)
            *error = ReportsTr::tr("The PDF's document information could not be completed: its "
                                   "trailer was not found.");
        return std::nullopt;
    };
    const qsizetype trailerAt = pdf.lastIndexOf("trailer");
    const qsizetype startxrefAt = pdf.lastIndexOf("startxref");
    if (trailerAt < 0 || startxrefAt < trailerAt)
        return fail();
    const QString trailer = QString::fromLatin1(pdf.mid(trailerAt, startxrefAt - trailerAt));
    const auto size = QRegularExpression(QStringLiteral("/Size\\s+(\\d+)")).match(trailer);
    const auto root =
        QRegularExpression(QStringLiteral("/Root\\s+(\\d+\\s+\\d+\\s+R)")).match(trailer);
    const auto info =
        QRegularExpression(QStringLiteral("/Info\\s+(\\d+)\\s+0\\s+R")).match(trailer);
    const auto id = QRegularExpression(QStringLiteral("/ID\\s*(\\[[^\\]]*\\])")).match(trailer);
    const auto prev = QRegularExpression(QStringLiteral("startxref\\s+(\\d+)"))
                          .match(QString::fromLatin1(pdf.mid(startxrefAt, 64)));
    if (!size.hasMatch() || !root.hasMatch() || !prev.hasMatch())
        return fail();
    // The old Info dictionary's entries, kept as Qt wrote them.
    QByteArray old;
    if (info.hasMatch()) {
        const QByteArray head = info.captured(1).toLatin1() + " 0 obj";
        const qsizetype at = pdf.lastIndexOf(QByteArray("\n" + head));
        const qsizetype open = at < 0 ? -1 : pdf.indexOf("<<", at);
        const qsizetype end = at < 0 ? -1 : pdf.indexOf("endobj", at);
        const qsizetype close = end < 0 ? -1 : pdf.lastIndexOf(">>", end);
        if (open < 0 || close <= open)
            return fail();
        old = pdf.mid(open + 2, close - open - 2).trimmed();
    }
    QByteArray added;
    for (const auto &[key, value] : entries) {
        // Replaces an entry Qt may already have written under the same key.
        const auto same =
            QRegularExpression(
                QStringLiteral("/%1\\s*(\\([^)]*\\)|<[^>]*>)").arg(QString::fromLatin1(key)))
                .match(QString::fromLatin1(old));
        if (same.hasMatch()) // Latin-1: characters and bytes line up
            old.remove(same.capturedStart(), same.capturedLength());
        QByteArray hex = "FEFF";
        const QString text = pdfaText(value);
        for (const QChar c : text)
            hex += QByteArray::number(c.unicode() | 0x10000, 16).mid(1).toUpper();
        added += "/" + key + " <" + hex + ">\n";
    }
    const qsizetype objectNumber = size.captured(1).toLongLong();
    QByteArray out = pdf;
    if (!out.endsWith('\n'))
        out += '\n';
    const qsizetype objectAt = out.size();
    out += QByteArray::number(objectNumber) + " 0 obj\n<<\n" + old + "\n" + added + ">>\nendobj\n";
    const qsizetype xrefAt = out.size();
    out += "xref\n" + QByteArray::number(objectNumber) + " 1\n" +
           QByteArray::number(objectAt).rightJustified(10, '0') + " 00000 n\r\n";
    out += "trailer\n<<\n/Size " + QByteArray::number(objectNumber + 1) + "\n/Root " +
           root.captured(1).toLatin1() + "\n/Info " + QByteArray::number(objectNumber) + " 0 R\n";
    if (id.hasMatch())
        out += "/ID " + id.captured(1).toLatin1() + "\n";
    out += "/Prev " + prev.captured(1).toLatin1() + "\n>>\nstartxref\n" +
           QByteArray::number(xrefAt) + "\n%%EOF\n";
    return out;
}

} // namespace igw::reports
