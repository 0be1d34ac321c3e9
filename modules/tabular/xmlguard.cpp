#include "tabular/xmlguard.h"

#include "tabular/tr.h"
#include "tabular/zipreader.h"

namespace igw::tabular {

namespace {

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

} // namespace

XmlPart::XmlPart(QIODevice *device, const QString &part, const ZipReader *zip)
    : m_xml(device)
    , m_part(part)
    , m_zip(zip)
{
}

bool XmlPart::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    m_done = true;
    return false;
}

bool XmlPart::next()
{
    if (m_done)
        return false;
    const QXmlStreamReader::TokenType token = m_xml.readNext();
    if (m_zip && m_zip->hasError())
        return fail(m_zip->errorString());
    if (token == QXmlStreamReader::DTD || token == QXmlStreamReader::EntityReference)
        return fail(TabularTr::tr("part %1 contains a document type declaration (DTD). Excel "
                                  "never writes one; they are used in attacks such as \"billion "
                                  "laughs\", so the file was refused.")
                        .arg(m_part));
    if (m_xml.hasError())
        return fail(TabularTr::tr("part %1 is damaged: the XML is not well formed (line %2: "
                                  "%3). Open the file in Excel and save it again as .xlsx.")
                        .arg(m_part)
                        .arg(m_xml.lineNumber())
                        .arg(m_xml.errorString()));
    if (token == QXmlStreamReader::EndDocument) {
        m_done = true;
        return false;
    }
    return true;
}

bool XmlPart::readText(QString *out, qint64 cap)
{
    out->clear();
    int depth = 0;
    while (next()) {
        switch (m_xml.tokenType()) {
        case QXmlStreamReader::Characters:
            if (depth == 0) {
                if (out->size() + m_xml.text().size() > cap)
                    return fail(TabularTr::tr("part %1 holds a text longer than the %L2 "
                                              "characters accepted for one cell (XML line %3).")
                                    .arg(m_part)
                                    .arg(cap)
                                    .arg(m_xml.lineNumber()));
                out->append(m_xml.text());
            }
            break;
        case QXmlStreamReader::StartElement:
            ++depth;
            break;
        case QXmlStreamReader::EndElement:
            if (depth-- == 0)
                return true;
            break;
        default:
            break;
        }
    }
    return !hasError();
}

QString decodeOoxmlEscapes(const QString &text)
{
    qsizetype at = text.indexOf(QLatin1String("_x"));
    if (at < 0)
        return text;
    QString out;
    out.reserve(text.size());
    qsizetype from = 0;
    while (at >= 0) {
        bool ok = at + 7 <= text.size() && text.at(at + 6) == u'_';
        char16_t code = 0;
        for (qsizetype i = at + 2; ok && i < at + 6; ++i) {
            const int digit = hexValue(text.at(i));
            ok = digit >= 0;
            code = char16_t(code * 16 + digit);
        }
        if (ok) {
            out.append(QStringView(text).sliced(from, at - from));
            out.append(QChar(code));
            from = at + 7;
            at = text.indexOf(QLatin1String("_x"), from);
        } else {
            at = text.indexOf(QLatin1String("_x"), at + 1);
        }
    }
    out.append(QStringView(text).sliced(from));
    return out;
}

} // namespace igw::tabular
