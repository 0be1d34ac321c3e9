#pragma once

#include <QString>
#include <QXmlStreamReader>

namespace igw::tabular {

class ZipReader;

// QXmlStreamReader over one part of a workbook, refusing what Excel never writes: a DTD
// (and with it any entity declaration, so no "billion laughs" or external entities).
// When the zip layer stops the stream (size cap, damage), its reason is reported rather
// than the XML parser's "premature end of document".
class XmlPart {
public:
    XmlPart(QIODevice *device, const QString &part, const ZipReader *zip);

    // Moves to the next token; false at the end of the document or on error.
    bool next();
    QXmlStreamReader &xml() { return m_xml; }
    // The current token is the start (end) of an element with this local name.
    bool isStart(QStringView name) const { return m_xml.isStartElement() && m_xml.name() == name; }
    bool isEnd(QStringView name) const { return m_xml.isEndElement() && m_xml.name() == name; }
    QString part() const { return m_part; }

    // Collects the text of the current element, which must have no child elements, up to
    // `cap` characters; false (with an error) past the cap or on bad XML.
    bool readText(QString *out, qint64 cap);
    // Records an error about this part and returns false.
    bool fail(const QString &message);

    bool hasError() const { return !m_error.isEmpty(); }
    // Translated; names the part.
    QString errorString() const { return m_error; }

private:
    QXmlStreamReader m_xml;
    QString m_part;
    const ZipReader *m_zip;
    QString m_error;
    bool m_done = false;
};

// OOXML escapes characters XML cannot hold as _xHHHH_ (e.g. _x000D_ for CR).
QString decodeOoxmlEscapes(const QString &text);

} // namespace igw::tabular
