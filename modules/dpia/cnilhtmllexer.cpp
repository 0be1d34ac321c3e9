#include "dpia/cnilhtmllexer.h"

#include <QHash>
#include <QSet>

namespace igw::cnil {

namespace {

// Elements whose content is text until their end tag (so "<script>a<b</script>" is one
// element); dropped whole by the lexer.
const QSet<QString> &rawTextElements()
{
    static const QSet<QString> s{QStringLiteral("script"),   QStringLiteral("style"),
                                 QStringLiteral("textarea"), QStringLiteral("title"),
                                 QStringLiteral("xmp"),      QStringLiteral("iframe"),
                                 QStringLiteral("noembed"),  QStringLiteral("noframes"),
                                 QStringLiteral("noscript"), QStringLiteral("plaintext")};
    return s;
}

// Elements dropped with everything inside them: active content, embedded resources, forms.
const QSet<QString> &droppedElements()
{
    static const QSet<QString> s{
        QStringLiteral("svg"),     QStringLiteral("math"),     QStringLiteral("object"),
        QStringLiteral("embed"),   QStringLiteral("applet"),   QStringLiteral("template"),
        QStringLiteral("head"),    QStringLiteral("select"),   QStringLiteral("canvas"),
        QStringLiteral("audio"),   QStringLiteral("video"),    QStringLiteral("picture"),
        QStringLiteral("map"),     QStringLiteral("frameset"), QStringLiteral("button"),
        QStringLiteral("datalist")};
    return s;
}

// The named entities people's editors write (TinyMCE writes French accents as entities
// unless told otherwise); others stay as written.
const QHash<QString, char32_t> &namedEntities()
{
    static const QHash<QString, char32_t> h{
        {QStringLiteral("amp"), U'&'},     {QStringLiteral("lt"), U'<'},
        {QStringLiteral("gt"), U'>'},      {QStringLiteral("quot"), U'"'},
        {QStringLiteral("apos"), U'\''},   {QStringLiteral("nbsp"), 0xA0},
        {QStringLiteral("eacute"), 0xE9},  {QStringLiteral("Eacute"), 0xC9},
        {QStringLiteral("egrave"), 0xE8},  {QStringLiteral("Egrave"), 0xC8},
        {QStringLiteral("ecirc"), 0xEA},   {QStringLiteral("Ecirc"), 0xCA},
        {QStringLiteral("euml"), 0xEB},    {QStringLiteral("agrave"), 0xE0},
        {QStringLiteral("Agrave"), 0xC0},  {QStringLiteral("acirc"), 0xE2},
        {QStringLiteral("ccedil"), 0xE7},  {QStringLiteral("Ccedil"), 0xC7},
        {QStringLiteral("icirc"), 0xEE},   {QStringLiteral("iuml"), 0xEF},
        {QStringLiteral("ocirc"), 0xF4},   {QStringLiteral("ugrave"), 0xF9},
        {QStringLiteral("ucirc"), 0xFB},   {QStringLiteral("uuml"), 0xFC},
        {QStringLiteral("oelig"), 0x153},  {QStringLiteral("laquo"), 0xAB},
        {QStringLiteral("raquo"), 0xBB},   {QStringLiteral("lsquo"), 0x2018},
        {QStringLiteral("rsquo"), 0x2019}, {QStringLiteral("ldquo"), 0x201C},
        {QStringLiteral("rdquo"), 0x201D}, {QStringLiteral("hellip"), 0x2026},
        {QStringLiteral("ndash"), 0x2013}, {QStringLiteral("mdash"), 0x2014},
        {QStringLiteral("euro"), 0x20AC},  {QStringLiteral("pound"), 0xA3},
        {QStringLiteral("copy"), 0xA9},    {QStringLiteral("reg"), 0xAE},
        {QStringLiteral("deg"), 0xB0},     {QStringLiteral("middot"), 0xB7},
        {QStringLiteral("bull"), 0x2022}};
    return h;
}

void appendCodePoint(QString *out, char32_t c)
{
    // NUL, surrogates and values beyond Unicode become the replacement character.
    if (c == 0 || (c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF)
        c = 0xFFFD;
    const char32_t one[] = {c};
    out->append(QString::fromUcs4(one, 1));
}

} // namespace

QString decodeHtmlEntities(QStringView s)
{
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size();) {
        if (s[i] != QLatin1Char('&')) {
            out.append(s[i++]);
            continue;
        }
        // Looked for only as far as the longest entity, so a run of '&' stays linear.
        const qsizetype near = s.mid(i + 1, 12).indexOf(QLatin1Char(';'));
        const qsizetype semi = near < 0 ? -1 : i + 1 + near;
        if (semi < 0) {
            out.append(s[i++]);
            continue;
        }
        const QStringView body = s.mid(i + 1, semi - i - 1);
        bool decoded = false;
        if (body.startsWith(QLatin1Char('#')) && body.size() > 1) {
            bool ok = false;
            const bool hex = body[1] == QLatin1Char('x') || body[1] == QLatin1Char('X');
            const uint value = hex ? body.mid(2).toUInt(&ok, 16) : body.mid(1).toUInt(&ok, 10);
            if (ok) {
                appendCodePoint(&out, value);
                decoded = true;
            }
        } else if (const auto it = namedEntities().constFind(body.toString());
                   it != namedEntities().cend()) {
            appendCodePoint(&out, *it);
            decoded = true;
        }
        if (decoded) {
            i = semi + 1;
        } else {
            out.append(s[i++]);
        }
    }
    return out;
}

namespace {

bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

bool isTagSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') ||
           c == QLatin1Char('\r') || c == QLatin1Char('\f');
}

class Lexer {
public:
    explicit Lexer(const QString &html)
        : m_s(html)
    {
    }

    bool next(HtmlToken *token)
    {
        while (m_pos < m_s.size()) {
            if (m_s[m_pos] != QLatin1Char('<') || !startsMarkup()) {
                token->kind = HtmlToken::Text;
                token->text = decodeHtmlEntities(readText());
                return true;
            }
            if (readMarkup(token))
                return true;
        }
        return false;
    }

private:
    const QString &m_s;
    qsizetype m_pos = 0;

    QChar at(qsizetype i) const { return i < m_s.size() ? m_s[i] : QChar(); }

    bool startsMarkup() const
    {
        const QChar c = at(m_pos + 1);
        return isAsciiLetter(c) || c == QLatin1Char('/') || c == QLatin1Char('!') ||
               c == QLatin1Char('?');
    }

    QStringView readText()
    {
        const qsizetype start = m_pos;
        ++m_pos; // a '<' that starts no markup is text
        while (m_pos < m_s.size() && !(m_s[m_pos] == QLatin1Char('<') && startsMarkup()))
            ++m_pos;
        return QStringView(m_s).mid(start, m_pos - start);
    }

    void skipPast(const QString &marker)
    {
        const qsizetype end = m_s.indexOf(marker, m_pos);
        m_pos = end < 0 ? m_s.size() : end + marker.size();
    }

    QString readName()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_s.size() && !isTagSpace(m_s[m_pos]) && m_s[m_pos] != QLatin1Char('/') &&
               m_s[m_pos] != QLatin1Char('>'))
            ++m_pos;
        return m_s.mid(start, m_pos - start).toLower();
    }

    // Returns false for markup that yields no token (comments, doctypes, dropped elements).
    bool readMarkup(HtmlToken *token)
    {
        const QChar c = at(m_pos + 1);
        if (c == QLatin1Char('!') && QStringView(m_s).mid(m_pos, 4) == QLatin1String("<!--")) {
            m_pos += 4;
            skipPast(QStringLiteral("-->"));
            return false;
        }
        if (c == QLatin1Char('!') || c == QLatin1Char('?')) {
            skipPast(QStringLiteral(">"));
            return false;
        }
        if (c == QLatin1Char('/')) {
            m_pos += 2;
            if (!isAsciiLetter(at(m_pos))) {
                skipPast(QStringLiteral(">"));
                return false;
            }
            token->kind = HtmlToken::End;
            token->name = readName();
            skipPast(QStringLiteral(">"));
            return true;
        }
        ++m_pos;
        token->kind = HtmlToken::Start;
        token->name = readName();
        token->href.clear();
        token->selfClosing = false;
        if (!readAttributes(token))
            return false; // the file ended inside the tag: not a tag
        if (rawTextElements().contains(token->name)) {
            if (!token->selfClosing) {
                const qsizetype end =
                    m_s.indexOf(QStringLiteral("</") + token->name, m_pos, Qt::CaseInsensitive);
                m_pos = end < 0 ? m_s.size() : end;
                if (end >= 0)
                    skipPast(QStringLiteral(">"));
            }
            return false;
        }
        return true;
    }

    bool readAttributes(HtmlToken *token)
    {
        while (m_pos < m_s.size()) {
            const QChar c = m_s[m_pos];
            if (c == QLatin1Char('>')) {
                ++m_pos;
                return true;
            }
            if (isTagSpace(c)) {
                ++m_pos;
                continue;
            }
            if (c == QLatin1Char('/')) {
                ++m_pos;
                token->selfClosing = at(m_pos) == QLatin1Char('>');
                continue;
            }
            token->selfClosing = false;
            const qsizetype nameStart = m_pos;
            while (m_pos < m_s.size() && !isTagSpace(m_s[m_pos]) &&
                   m_s[m_pos] != QLatin1Char('/') && m_s[m_pos] != QLatin1Char('>') &&
                   (m_s[m_pos] != QLatin1Char('=') || m_pos == nameStart))
                ++m_pos;
            const QString name = m_s.mid(nameStart, m_pos - nameStart).toLower();
            while (m_pos < m_s.size() && isTagSpace(m_s[m_pos]))
                ++m_pos;
            if (at(m_pos) != QLatin1Char('='))
                continue;
            ++m_pos;
            while (m_pos < m_s.size() && isTagSpace(m_s[m_pos]))
                ++m_pos;
            qsizetype valueStart = m_pos;
            qsizetype valueEnd = m_pos;
            const QChar quote = at(m_pos);
            if (quote == QLatin1Char('"') || quote == QLatin1Char('\'')) {
                valueStart = m_pos + 1;
                const qsizetype close = m_s.indexOf(quote, valueStart);
                valueEnd = close < 0 ? m_s.size() : close;
                m_pos = close < 0 ? m_s.size() : close + 1;
            } else {
                while (m_pos < m_s.size() && !isTagSpace(m_s[m_pos]) &&
                       m_s[m_pos] != QLatin1Char('>'))
                    ++m_pos;
                valueEnd = m_pos;
            }
            if (name == QLatin1String("href"))
                token->href =
                    decodeHtmlEntities(QStringView(m_s).mid(valueStart, valueEnd - valueStart));
        }
        return false;
    }
};

// Skips the content of dropped elements, counting nested ones of the same name.
class DropFilter {
public:
    // True when the token is to be ignored.
    bool skip(const HtmlToken &t)
    {
        if (m_depth > 0) {
            if (t.kind == HtmlToken::Start && t.name == m_name && !t.selfClosing)
                ++m_depth;
            else if (t.kind == HtmlToken::End && t.name == m_name)
                --m_depth;
            return true;
        }
        if (t.kind == HtmlToken::Start && droppedElements().contains(t.name)) {
            if (!t.selfClosing) {
                m_name = t.name;
                m_depth = 1;
            }
            return true;
        }
        return false;
    }

private:
    QString m_name;
    int m_depth = 0;
};

} // namespace

void forEachHtmlToken(const QString &html, const std::function<void(const HtmlToken &)> &visit)
{
    Lexer lexer(html);
    DropFilter drop;
    HtmlToken t;
    while (lexer.next(&t)) {
        if (!drop.skip(t))
            visit(t);
    }
}

} // namespace igw::cnil
