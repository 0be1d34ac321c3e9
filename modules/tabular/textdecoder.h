#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

namespace igw::tabular {

// Incremental decoder for text files of unknown encoding, fed one chunk at a time.
// A BOM selects UTF-8 or UTF-16. Without one the text is taken as UTF-8 unless the first
// non-ASCII bytes are not valid UTF-8, in which case it is Windows-1252 (what Excel's
// plain "CSV" saves on UK Windows). Bytes before that point are ASCII, the same in both,
// so the decision can be made while streaming without reading the file twice.
class TextDecoder {
public:
    enum class Encoding { Undecided, Utf8, Utf8Bom, Utf16LE, Utf16BE, Windows1252 };

    // Looks for a BOM at the start of the file; returns how many bytes to skip.
    qsizetype detectBom(QByteArrayView head);
    QString decode(QByteArrayView bytes);
    // Call at the end of the file: an incomplete trailing sequence becomes U+FFFD.
    QString finish();

    Encoding encoding() const { return m_encoding; }
    QString encodingName() const;
    bool isUtf16() const
    {
        return m_encoding == Encoding::Utf16LE || m_encoding == Encoding::Utf16BE;
    }
    // Set once UTF-8 text held bytes that are not valid UTF-8 (read as U+FFFD).
    bool hadInvalidBytes() const { return m_invalid; }

    static QString fromWindows1252(QByteArrayView bytes);

private:
    QString decodeUtf8(QByteArrayView bytes);

    Encoding m_encoding = Encoding::Undecided;
    QStringDecoder m_utf16;
    QByteArray m_pending; // incomplete UTF-8 sequence carried to the next chunk
    bool m_invalid = false;
};

} // namespace igw::tabular
