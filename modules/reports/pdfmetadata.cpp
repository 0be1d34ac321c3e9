#include "reports/pdfmetadata.h"

#include "reports/reportbuilder.h"

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
                   const QDateTime &created)
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

} // namespace igw::reports
