#include "tabular/textdecoder.h"

namespace igw::tabular {

namespace {

struct Utf8Scan {
    qsizetype valid = 0;   // complete multi-byte sequences
    qsizetype invalid = 0; // bytes or sequences that are not UTF-8
    qsizetype tail = 0;    // bytes of a sequence cut off by the end of the data
};

// Strict UTF-8 validation (no overlongs, surrogates or code points above U+10FFFF).
Utf8Scan scanUtf8(QByteArrayView data)
{
    Utf8Scan scan;
    const auto *p = reinterpret_cast<const uchar *>(data.data());
    const qsizetype n = data.size();
    qsizetype i = 0;
    while (i < n) {
        const uchar c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int need = 0;
        uchar lo = 0x80, hi = 0xBF; // allowed range of the second byte
        if (c >= 0xC2 && c <= 0xDF) {
            need = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            need = 2;
            if (c == 0xE0)
                lo = 0xA0;
            else if (c == 0xED)
                hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            need = 3;
            if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F;
        } else {
            ++scan.invalid;
            ++i;
            continue;
        }
        int k = 1;
        bool ok = true;
        for (; k <= need && i + k < n; ++k) {
            const uchar b = p[i + k];
            if (k == 1 ? (b < lo || b > hi) : (b & 0xC0) != 0x80) {
                ok = false;
                break;
            }
        }
        if (ok && k <= need) { // ran out of data mid-sequence
            scan.tail = n - i;
            return scan;
        }
        if (ok) {
            ++scan.valid;
            i += need + 1;
        } else {
            ++scan.invalid;
            i += k;
        }
    }
    return scan;
}

// Length of a multi-byte sequence cut off at the end of the data, if any.
qsizetype incompleteTail(QByteArrayView data)
{
    const auto *p = reinterpret_cast<const uchar *>(data.data());
    for (qsizetype k = 1; k <= 3 && k <= data.size(); ++k) {
        const uchar c = p[data.size() - k];
        if ((c & 0xC0) == 0x80)
            continue;
        const qsizetype need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        return need > k ? k : 0;
    }
    return 0;
}

// Windows-1252 differs from Latin-1 only in 0x80-0x9F. The five unassigned bytes map to
// the C1 controls, as browsers do.
constexpr char16_t cp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

} // namespace

qsizetype TextDecoder::detectBom(QByteArrayView head)
{
    if (head.startsWith("\xEF\xBB\xBF")) {
        m_encoding = Encoding::Utf8Bom;
        return 3;
    }
    if (head.startsWith("\xFF\xFE")) {
        m_encoding = Encoding::Utf16LE;
        m_utf16 = QStringDecoder(QStringConverter::Utf16LE);
        return 2;
    }
    if (head.startsWith("\xFE\xFF")) {
        m_encoding = Encoding::Utf16BE;
        m_utf16 = QStringDecoder(QStringConverter::Utf16BE);
        return 2;
    }
    return 0;
}

QString TextDecoder::encodingName() const
{
    switch (m_encoding) {
    case Encoding::Undecided:
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Utf8Bom:
        return QStringLiteral("UTF-8 with BOM");
    case Encoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case Encoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case Encoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return QString();
}

QString TextDecoder::fromWindows1252(QByteArrayView bytes)
{
    QString out(bytes.size(), Qt::Uninitialized);
    char16_t *dst = reinterpret_cast<char16_t *>(out.data());
    const auto *src = reinterpret_cast<const uchar *>(bytes.data());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const uchar c = src[i];
        dst[i] = (c >= 0x80 && c < 0xA0) ? cp1252High[c - 0x80] : char16_t(c);
    }
    return out;
}

QString TextDecoder::decodeUtf8(QByteArrayView bytes)
{
    QByteArray joined;
    if (!m_pending.isEmpty()) {
        joined = std::exchange(m_pending, QByteArray());
        joined.append(bytes);
        bytes = joined;
    }
    const qsizetype tail = incompleteTail(bytes);
    if (tail > 0) {
        m_pending = bytes.last(tail).toByteArray();
        bytes.chop(tail);
    }
    QString out = QString::fromUtf8(bytes);
    // U+FFFD may be genuine text; only a failed validation means the bytes were bad.
    if (!m_invalid && out.contains(QChar::ReplacementCharacter) && scanUtf8(bytes).invalid > 0)
        m_invalid = true;
    return out;
}

QString TextDecoder::decode(QByteArrayView bytes)
{
    switch (m_encoding) {
    case Encoding::Utf16LE:
    case Encoding::Utf16BE:
        return m_utf16.decode(bytes);
    case Encoding::Windows1252:
        return fromWindows1252(bytes);
    case Encoding::Utf8:
    case Encoding::Utf8Bom:
        return decodeUtf8(bytes);
    case Encoding::Undecided:
        break;
    }

    QByteArray joined;
    if (!m_pending.isEmpty()) {
        joined = std::exchange(m_pending, QByteArray());
        joined.append(bytes);
        bytes = joined;
    }
    qsizetype first = 0;
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    while (first < bytes.size() && p[first] < 0x80)
        ++first;
    if (first == bytes.size())
        return QString::fromLatin1(bytes);

    const Utf8Scan scan = scanUtf8(bytes.sliced(first));
    if (scan.valid == 0 && scan.invalid == 0) { // only a cut-off sequence: decide next time
        m_pending = bytes.sliced(first).toByteArray();
        return QString::fromLatin1(bytes.first(first));
    }
    m_encoding = (scan.invalid > 0 && scan.valid == 0) ? Encoding::Windows1252 : Encoding::Utf8;
    return QString::fromLatin1(bytes.first(first)) + decode(bytes.sliced(first));
}

QString TextDecoder::finish()
{
    if (m_pending.isEmpty())
        return QString();
    const QByteArray rest = std::exchange(m_pending, QByteArray());
    if (m_encoding == Encoding::Undecided) {
        m_encoding = Encoding::Windows1252;
        return fromWindows1252(rest);
    }
    m_invalid = true;
    return QString(QChar::ReplacementCharacter);
}

} // namespace igw::tabular
