#include "reports/richtext.h"

#include "reports/reportstr.h"

#include <QHash>
#include <QSet>
#include <QTextDocument> // Qt::mightBeRichText

namespace igw::reports {

namespace {

// Limits for hostile input: more than a report can usefully show is cut, never laid out.
constexpr qsizetype MaxText = 300'000; // characters kept
constexpr int MaxDepth = 200;          // open elements
constexpr int MaxListLevel = 5;
constexpr int MaxColumns = 20;
constexpr int MaxRows = 2'000;

constexpr char16_t LineBreak = 0x2028;

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u':';
}

// Elements whose whole content is dropped. The first group is raw text in HTML (the
// content is not markup, so it is skipped up to the matching end tag); the second is
// ordinary markup whose text must not show either.
const QSet<QString> &rawTextDropped()
{
    static const QSet<QString> s{QStringLiteral("script"),   QStringLiteral("style"),
                                 QStringLiteral("textarea"), QStringLiteral("title"),
                                 QStringLiteral("xmp"),      QStringLiteral("iframe"),
                                 QStringLiteral("noembed"),  QStringLiteral("noframes"),
                                 QStringLiteral("noscript"), QStringLiteral("plaintext")};
    return s;
}

const QSet<QString> &contentDropped()
{
    static const QSet<QString> s{
        QStringLiteral("head"),     QStringLiteral("template"), QStringLiteral("svg"),
        QStringLiteral("math"),     QStringLiteral("object"),   QStringLiteral("applet"),
        QStringLiteral("select"),   QStringLiteral("datalist"), QStringLiteral("canvas"),
        QStringLiteral("video"),    QStringLiteral("audio"),    QStringLiteral("picture"),
        QStringLiteral("frameset"), QStringLiteral("map")};
    return s;
}

const QSet<QString> &voidElements()
{
    static const QSet<QString> s{
        QStringLiteral("br"),    QStringLiteral("img"),    QStringLiteral("hr"),
        QStringLiteral("input"), QStringLiteral("meta"),   QStringLiteral("link"),
        QStringLiteral("base"),  QStringLiteral("col"),    QStringLiteral("area"),
        QStringLiteral("embed"), QStringLiteral("param"),  QStringLiteral("source"),
        QStringLiteral("track"), QStringLiteral("wbr"),    QStringLiteral("frame"),
        QStringLiteral("image"), QStringLiteral("keygen"), QStringLiteral("basefont")};
    return s;
}

// Elements that end the paragraph before them and after them.
const QSet<QString> &blockElements()
{
    static const QSet<QString> s{
        QStringLiteral("p"),       QStringLiteral("div"),        QStringLiteral("h1"),
        QStringLiteral("h2"),      QStringLiteral("h3"),         QStringLiteral("h4"),
        QStringLiteral("h5"),      QStringLiteral("h6"),         QStringLiteral("ul"),
        QStringLiteral("ol"),      QStringLiteral("li"),         QStringLiteral("table"),
        QStringLiteral("tr"),      QStringLiteral("td"),         QStringLiteral("th"),
        QStringLiteral("thead"),   QStringLiteral("tbody"),      QStringLiteral("tfoot"),
        QStringLiteral("caption"), QStringLiteral("blockquote"), QStringLiteral("pre"),
        QStringLiteral("section"), QStringLiteral("article"),    QStringLiteral("header"),
        QStringLiteral("footer"),  QStringLiteral("aside"),      QStringLiteral("nav"),
        QStringLiteral("address"), QStringLiteral("dl"),         QStringLiteral("dt"),
        QStringLiteral("dd"),      QStringLiteral("figure"),     QStringLiteral("figcaption"),
        QStringLiteral("hr"),      QStringLiteral("body"),       QStringLiteral("html"),
        QStringLiteral("form"),    QStringLiteral("fieldset"),   QStringLiteral("legend"),
        QStringLiteral("main"),    QStringLiteral("details"),    QStringLiteral("summary")};
    return s;
}

QString decodeEntities(QStringView text)
{
    static const QHash<QString, char16_t> named{
        {QStringLiteral("amp"), u'&'},      {QStringLiteral("lt"), u'<'},
        {QStringLiteral("gt"), u'>'},       {QStringLiteral("quot"), u'"'},
        {QStringLiteral("apos"), u'\''},    {QStringLiteral("nbsp"), 0x00a0},
        {QStringLiteral("ndash"), 0x2013},  {QStringLiteral("mdash"), 0x2014},
        {QStringLiteral("lsquo"), 0x2018},  {QStringLiteral("rsquo"), 0x2019},
        {QStringLiteral("ldquo"), 0x201c},  {QStringLiteral("rdquo"), 0x201d},
        {QStringLiteral("hellip"), 0x2026}, {QStringLiteral("bull"), 0x2022},
        {QStringLiteral("pound"), 0x00a3},  {QStringLiteral("euro"), 0x20ac},
        {QStringLiteral("copy"), 0x00a9},   {QStringLiteral("reg"), 0x00ae},
        {QStringLiteral("trade"), 0x2122},  {QStringLiteral("sect"), 0x00a7},
        {QStringLiteral("para"), 0x00b6},   {QStringLiteral("deg"), 0x00b0},
        {QStringLiteral("middot"), 0x00b7}, {QStringLiteral("times"), 0x00d7},
        {QStringLiteral("eacute"), 0x00e9}, {QStringLiteral("egrave"), 0x00e8},
        {QStringLiteral("aacute"), 0x00e1}, {QStringLiteral("agrave"), 0x00e0},
        {QStringLiteral("ccedil"), 0x00e7}, {QStringLiteral("ouml"), 0x00f6},
        {QStringLiteral("uuml"), 0x00fc},   {QStringLiteral("auml"), 0x00e4},
        {QStringLiteral("shy"), 0x00ad},    {QStringLiteral("zwj"), 0x200d},
        {QStringLiteral("zwnj"), 0x200c}};
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != u'&') {
            out += c;
            continue;
        }
        const qsizetype semicolon = text.indexOf(u';', i + 1);
        if (semicolon < 0 || semicolon - i > 12) {
            out += c;
            continue;
        }
        const QStringView name = text.mid(i + 1, semicolon - i - 1);
        char32_t code = 0;
        if (name.startsWith(u'#')) {
            bool ok = false;
            const bool hex = name.size() > 1 && (name.at(1) == u'x' || name.at(1) == u'X');
            const uint value = hex ? name.mid(2).toUInt(&ok, 16) : name.mid(1).toUInt(&ok, 10);
            // Surrogates and values past Unicode are not characters; NUL never is.
            if (ok && value > 0 && value <= 0x10ffff && (value < 0xd800 || value > 0xdfff))
                code = value;
        } else if (const auto it = named.constFind(name.toString().toLower());
                   it != named.constEnd()) {
            code = it.value();
        }
        if (code == 0) {
            out += c;
            continue;
        }
        out += QString::fromUcs4(&code, 1);
        i = semicolon;
    }
    return out;
}

struct Tag {
    QString name; // lower case
    bool end = false;
    bool selfClosing = false;
    QHash<QString, QString> attributes; // lower-case names, decoded values
};

// The few style properties kept: they are what Qt's editor writes for bold, italic and
// underline. Everything else in a style (fonts, colours, url(...)) is ignored.
void readStyle(const QString &style, bool *bold, bool *italic, bool *underline)
{
    const QStringList declarations = style.split(u';', Qt::SkipEmptyParts);
    for (const QString &d : declarations) {
        const qsizetype colon = d.indexOf(u':');
        if (colon < 0)
            continue;
        const QString property = d.left(colon).trimmed().toLower();
        const QString value = d.mid(colon + 1).trimmed().toLower();
        if (property == QLatin1String("font-weight")) {
            bool numeric = false;
            const int weight = value.toInt(&numeric);
            if ((numeric && weight >= 600) || value == QLatin1String("bold") ||
                value == QLatin1String("bolder"))
                *bold = true;
        } else if (property == QLatin1String("font-style")) {
            if (value.startsWith(QLatin1String("italic")) ||
                value.startsWith(QLatin1String("oblique")))
                *italic = true;
        } else if (property == QLatin1String("text-decoration") ||
                   property == QLatin1String("text-decoration-line")) {
            if (value.contains(QLatin1String("underline")))
                *underline = true;
        }
    }
}

class HtmlReader {
public:
    explicit HtmlReader(const QString &html)
        : m_in(html)
    {
    }
    RichText read();

private:
    struct Open {
        QString tag;
        bool bold = false;
        bool italic = false;
        bool underline = false;
        bool drop = false;
        int list = -1;      // a ul/ol: its index in lists
        bool table = false; // the outermost table
        QString href;
        qsizetype linkStart = 0; // text length of the paragraph when the link opened
    };

    bool readTag(Tag *tag);
    void skipRawText(const QString &name);
    void startTag(const Tag &tag);
    void endTag(const QString &name);
    void close(const Open &open);
    void closeImplied(const QStringList &names, const QStringList &boundaries);
    void text(const QString &text);
    void appendRun(const QString &text, bool bold, bool italic, bool underline);
    void flush();
    bool dropping() const;
    bool preformatted() const;
    int openTables() const;
    QList<RichParagraph> &cell();
    void finishTable();

    const QString &m_in;
    qsizetype m_pos = 0;
    qsizetype m_kept = 0;
    RichText m_out;
    QList<Open> m_open;
    RichParagraph m_paragraph;
    QString m_paragraphText; // the runs' text together, kept as they grow
    bool m_started = false;  // m_paragraph has its heading and list set
    bool m_inTable = false;
    RichTable m_table;
    QList<bool> m_rowAllHeaders;
};

bool HtmlReader::dropping() const
{
    for (const Open &o : m_open) {
        if (o.drop)
            return true;
    }
    return false;
}

bool HtmlReader::preformatted() const
{
    for (const Open &o : m_open) {
        if (o.tag == QLatin1String("pre"))
            return true;
    }
    return false;
}

int HtmlReader::openTables() const
{
    int n = 0;
    for (const Open &o : m_open)
        n += o.tag == QLatin1String("table") ? 1 : 0;
    return n;
}

QList<RichParagraph> &HtmlReader::cell()
{
    if (m_table.rows.isEmpty()) {
        m_table.rows.emplaceBack();
        m_rowAllHeaders.append(true);
    }
    auto &row = m_table.rows.last();
    if (row.isEmpty())
        row.emplaceBack();
    return row.last();
}

void HtmlReader::flush()
{
    // Trailing spaces go; a paragraph of only spaces and line breaks is not kept.
    while (!m_paragraph.runs.isEmpty()) {
        QString &t = m_paragraph.runs.last().text;
        while (!t.isEmpty() && (t.back() == u' ' || t.back() == QChar(LineBreak)))
            t.chop(1);
        if (!t.isEmpty())
            break;
        m_paragraph.runs.removeLast();
    }
    if (!m_paragraph.runs.isEmpty()) {
        if (m_inTable) {
            cell().append(m_paragraph);
        } else {
            RichBlock block;
            block.paragraph = m_paragraph;
            m_out.blocks.append(block);
        }
    }
    m_paragraph = RichParagraph();
    m_paragraphText.clear();
    m_started = false;
}

void HtmlReader::appendRun(const QString &text, bool bold, bool italic, bool underline)
{
    if (text.isEmpty() || m_out.truncated)
        return;
    QString kept = text;
    if (m_kept + kept.size() > MaxText) {
        kept.truncate(MaxText - m_kept); // the rest is not read at all
        m_out.truncated = true;
        if (kept.isEmpty())
            return;
    }
    m_kept += kept.size();
    m_paragraphText += kept;
    if (!m_paragraph.runs.isEmpty()) {
        RichRun &last = m_paragraph.runs.last();
        if (last.bold == bold && last.italic == italic && last.underline == underline) {
            last.text += kept;
            return;
        }
    }
    m_paragraph.runs.append({kept, bold, italic, underline});
}

void HtmlReader::text(const QString &raw)
{
    if (raw.isEmpty() || dropping() || m_out.truncated)
        return;
    QString t;
    if (preformatted()) {
        t = raw;
        t.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        t.replace(u'\r', u'\n');
        t.replace(u'\n', QChar(LineBreak));
        t.replace(u'\t', u' ');
    } else {
        t.reserve(raw.size());
        bool space = false;
        for (const QChar c : raw) {
            if (isSpace(c)) {
                space = true;
                continue;
            }
            if (space)
                t += u' ';
            space = false;
            t += c;
        }
        if (space)
            t += u' ';
    }
    // No leading space in a paragraph, and none doubled across runs.
    const bool atStart = m_paragraphText.isEmpty() ||
                         m_paragraph.runs.last().text.endsWith(QChar(LineBreak)) ||
                         m_paragraph.runs.last().text.endsWith(u' ');
    if (atStart && t.startsWith(u' ') && !preformatted())
        t.remove(0, 1);
    if (t.isEmpty())
        return;
    t = decodeEntities(t);

    if (!m_started) {
        m_started = true;
        // What the paragraph is: the innermost heading, and the list item it is in.
        int listItem = -1;
        for (int i = int(m_open.size()) - 1; i >= 0; --i) {
            const QString &tag = m_open.at(i).tag;
            if (m_paragraph.heading == 0 && tag.size() == 2 && tag.at(0) == u'h' &&
                tag.at(1) >= u'1' && tag.at(1) <= u'6')
                m_paragraph.heading = qMin(4, tag.at(1).digitValue());
            if (listItem < 0 && tag == QLatin1String("li"))
                listItem = i;
        }
        if (listItem >= 0) {
            int list = -1;
            for (int i = listItem - 1; i >= 0 && list < 0; --i)
                list = m_open.at(i).list;
            if (m_inTable || list < 0) {
                // Lists inside a table cell, or items outside any list, are written as text.
                appendRun(QStringLiteral("• "), false, false, false);
            } else {
                m_paragraph.list = list;
            }
        }
    }
    bool bold = false;
    bool italic = false;
    bool underline = false;
    for (const Open &o : m_open) {
        bold = bold || o.bold;
        italic = italic || o.italic;
        underline = underline || o.underline;
    }
    appendRun(t, bold, italic, underline);
}

bool HtmlReader::readTag(Tag *tag)
{
    // m_pos is just past '<'.
    qsizetype i = m_pos;
    if (i < m_in.size() && m_in.at(i) == u'/') {
        tag->end = true;
        ++i;
    }
    const qsizetype nameStart = i;
    while (i < m_in.size() && isNameChar(m_in.at(i)))
        ++i;
    tag->name = m_in.mid(nameStart, i - nameStart).toLower();
    // Attributes, up to the closing '>'.
    while (i < m_in.size()) {
        while (i < m_in.size() && (isSpace(m_in.at(i)) || m_in.at(i) == u'/')) {
            if (m_in.at(i) == u'/')
                tag->selfClosing = true;
            ++i;
        }
        if (i >= m_in.size())
            break;
        if (m_in.at(i) == u'>') {
            m_pos = i + 1;
            return true;
        }
        tag->selfClosing = false;
        const qsizetype attrStart = i;
        while (i < m_in.size() && !isSpace(m_in.at(i)) && m_in.at(i) != u'=' &&
               m_in.at(i) != u'>' && m_in.at(i) != u'/')
            ++i;
        const QString name = m_in.mid(attrStart, i - attrStart).toLower();
        while (i < m_in.size() && isSpace(m_in.at(i)))
            ++i;
        QString value;
        if (i < m_in.size() && m_in.at(i) == u'=') {
            ++i;
            while (i < m_in.size() && isSpace(m_in.at(i)))
                ++i;
            if (i < m_in.size() && (m_in.at(i) == u'"' || m_in.at(i) == u'\'')) {
                const QChar quote = m_in.at(i);
                const qsizetype close = m_in.indexOf(quote, i + 1);
                const qsizetype end = close < 0 ? m_in.size() : close;
                value = m_in.mid(i + 1, end - i - 1);
                i = close < 0 ? m_in.size() : close + 1;
            } else {
                const qsizetype valueStart = i;
                while (i < m_in.size() && !isSpace(m_in.at(i)) && m_in.at(i) != u'>')
                    ++i;
                value = m_in.mid(valueStart, i - valueStart);
            }
        }
        if (!name.isEmpty() && !tag->attributes.contains(name))
            tag->attributes.insert(name, decodeEntities(value));
    }
    m_pos = m_in.size(); // an unfinished tag at the end is not content
    return !tag->name.isEmpty();
}

void HtmlReader::skipRawText(const QString &name)
{
    // Up to the matching end tag, whatever it holds ("</script>" hidden in a string ends
    // the element in HTML too).
    const QString end = QStringLiteral("</") + name;
    qsizetype at = m_pos;
    while (true) {
        at = m_in.indexOf(end, at, Qt::CaseInsensitive);
        if (at < 0) {
            m_pos = m_in.size();
            return;
        }
        const qsizetype after = at + end.size();
        if (after >= m_in.size() || !isNameChar(m_in.at(after))) {
            const qsizetype close = m_in.indexOf(u'>', after);
            m_pos = close < 0 ? m_in.size() : close + 1;
            return;
        }
        at = after;
    }
}

void HtmlReader::closeImplied(const QStringList &names, const QStringList &boundaries)
{
    // An open `names` element above the nearest boundary ends here, as HTML's parser would
    // end an unclosed <li> at the next <li>.
    for (int i = int(m_open.size()) - 1; i >= 0; --i) {
        const QString &tag = m_open.at(i).tag;
        if (boundaries.contains(tag))
            return;
        if (names.contains(tag)) {
            endTag(tag);
            return;
        }
    }
}

void HtmlReader::startTag(const Tag &tag)
{
    const QString &name = tag.name;
    if (rawTextDropped().contains(name)) {
        if (!tag.selfClosing)
            skipRawText(name);
        return;
    }
    const bool block = blockElements().contains(name);
    if (name == QLatin1String("li"))
        closeImplied({QStringLiteral("li")}, {QStringLiteral("ul"), QStringLiteral("ol")});
    else if (name == QLatin1String("td") || name == QLatin1String("th"))
        closeImplied({QStringLiteral("td"), QStringLiteral("th")},
                     {QStringLiteral("tr"), QStringLiteral("table")});
    else if (name == QLatin1String("tr"))
        closeImplied({QStringLiteral("tr")}, {QStringLiteral("table")});
    else if (block)
        closeImplied({QStringLiteral("p")}, {});
    if (block)
        flush();

    if (name == QLatin1String("br")) {
        if (!dropping() && m_started)
            appendRun(QString(QChar(LineBreak)), false, false, false);
        return;
    }
    if (name == QLatin1String("img") || name == QLatin1String("image")) {
        if (!dropping())
            text(QStringLiteral(" ") + ReportsTr::tr("[Image not included]") + QStringLiteral(" "));
        return;
    }
    if (voidElements().contains(name) || tag.selfClosing || m_open.size() >= MaxDepth)
        return;

    Open open;
    open.tag = name;
    open.drop = contentDropped().contains(name);
    open.bold = name == QLatin1String("b") || name == QLatin1String("strong") ||
                name == QLatin1String("th");
    open.italic = name == QLatin1String("i") || name == QLatin1String("em") ||
                  name == QLatin1String("cite") || name == QLatin1String("var") ||
                  name == QLatin1String("dfn");
    open.underline = name == QLatin1String("u") || name == QLatin1String("ins");
    readStyle(tag.attributes.value(QStringLiteral("style")), &open.bold, &open.italic,
              &open.underline);
    if (name == QLatin1String("a")) {
        open.href = tag.attributes.value(QStringLiteral("href")).trimmed().left(500);
        open.linkStart = m_paragraphText.size();
    }
    if (name == QLatin1String("ul") || name == QLatin1String("ol")) {
        int level = 0;
        for (const Open &o : m_open)
            level += o.list >= 0 ? 1 : 0;
        open.list = int(m_out.lists.size());
        m_out.lists.append({name == QLatin1String("ol"), qMin(level, MaxListLevel)});
    }
    if (name == QLatin1String("table") && !m_inTable) {
        open.table = true;
        m_inTable = true;
        m_table = RichTable();
        m_rowAllHeaders.clear();
    }
    // Only the outermost table's rows and cells are kept; a table inside a cell becomes
    // paragraphs of that cell.
    if (m_inTable && openTables() == 1) {
        if (name == QLatin1String("tr")) {
            if (m_table.rows.size() >= MaxRows) {
                m_out.truncated = true;
                return;
            }
            m_table.rows.emplaceBack();
            m_rowAllHeaders.append(true);
        } else if (name == QLatin1String("td") || name == QLatin1String("th")) {
            if (m_table.rows.isEmpty()) {
                m_table.rows.emplaceBack();
                m_rowAllHeaders.append(true);
            }
            if (m_table.rows.last().size() < MaxColumns)
                m_table.rows.last().emplaceBack();
            if (name == QLatin1String("td"))
                m_rowAllHeaders.last() = false;
        }
    }
    m_open.append(open);
}

void HtmlReader::close(const Open &open)
{
    if (!open.href.isEmpty() && !dropping() && !open.href.startsWith(u'#')) {
        // The address as text after the link's own text, unless that already says it.
        const QString shown = m_paragraphText.mid(open.linkStart).trimmed();
        QString address = open.href;
        if (address.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
            address = address.mid(7);
        if (shown.compare(address, Qt::CaseInsensitive) != 0 &&
            shown.compare(open.href, Qt::CaseInsensitive) != 0) {
            bool bold = false;
            bool italic = false;
            for (const Open &o : m_open) {
                bold = bold || o.bold;
                italic = italic || o.italic;
            }
            if (shown.isEmpty())
                text(address);
            else
                appendRun(QStringLiteral(" (") + address + QStringLiteral(")"), bold, italic,
                          false);
        }
    }
    if (blockElements().contains(open.tag))
        flush();
    if (open.table)
        finishTable();
}

void HtmlReader::finishTable()
{
    flush();
    m_inTable = false;
    RichTable table = m_table;
    m_table = RichTable();
    // Rows without cells carry nothing.
    QList<QList<QList<RichParagraph>>> rows;
    bool firstAllHeaders = false;
    for (int r = 0; r < table.rows.size(); ++r) {
        if (table.rows.at(r).isEmpty())
            continue;
        if (rows.isEmpty())
            firstAllHeaders = m_rowAllHeaders.value(r);
        rows.append(table.rows.at(r));
    }
    bool content = false;
    for (const auto &row : rows) {
        table.columns = qMax(table.columns, int(row.size()));
        for (const auto &c : row)
            content = content || !c.isEmpty();
    }
    if (!content)
        return;
    table.rows = rows;
    table.headerRow = firstAllHeaders && rows.size() > 1;
    RichBlock block;
    block.isTable = true;
    block.table = table;
    m_out.blocks.append(block);
}

void HtmlReader::endTag(const QString &name)
{
    int at = -1;
    for (int i = int(m_open.size()) - 1; i >= 0; --i) {
        if (m_open.at(i).tag == name) {
            at = i;
            break;
        }
    }
    if (at < 0) {
        // A stray end tag: only its paragraph break counts.
        if (blockElements().contains(name))
            flush();
        return;
    }
    while (m_open.size() > at) {
        const Open open = m_open.takeLast();
        close(open);
    }
}

RichText HtmlReader::read()
{
    qsizetype textStart = 0;
    const auto pending = [&](qsizetype end) {
        if (end > textStart)
            text(m_in.mid(textStart, end - textStart));
    };
    while (m_pos < m_in.size() && !m_out.truncated) {
        const qsizetype lt = m_in.indexOf(u'<', m_pos);
        if (lt < 0 || lt + 1 >= m_in.size()) {
            m_pos = m_in.size();
            break;
        }
        const QChar next = m_in.at(lt + 1);
        if (next == u'!') {
            pending(lt);
            if (m_in.mid(lt, 4) == QLatin1String("<!--")) {
                const qsizetype end = m_in.indexOf(QLatin1String("-->"), lt + 4);
                m_pos = end < 0 ? m_in.size() : end + 3;
            } else if (m_in.mid(lt, 9) == QLatin1String("<![CDATA[")) {
                const qsizetype end = m_in.indexOf(QLatin1String("]]>"), lt + 9);
                m_pos = end < 0 ? m_in.size() : end + 3;
            } else {
                const qsizetype end = m_in.indexOf(u'>', lt);
                m_pos = end < 0 ? m_in.size() : end + 1;
            }
            textStart = m_pos;
        } else if (next == u'?') {
            pending(lt);
            const qsizetype end = m_in.indexOf(u'>', lt);
            m_pos = end < 0 ? m_in.size() : end + 1;
            textStart = m_pos;
        } else if (next.isLetter() ||
                   (next == u'/' && lt + 2 < m_in.size() && m_in.at(lt + 2).isLetter())) {
            pending(lt);
            m_pos = lt + 1;
            Tag tag;
            if (readTag(&tag)) {
                if (tag.end)
                    endTag(tag.name);
                else
                    startTag(tag);
            }
            textStart = m_pos;
        } else {
            m_pos = lt + 1; // a lone '<' is text
        }
    }
    pending(m_in.size());
    while (!m_open.isEmpty())
        close(m_open.takeLast());
    flush();
    return m_out;
}

} // namespace

QString RichText::toPlainText() const
{
    QStringList lines;
    const auto paragraph = [&lines](const RichParagraph &p) {
        QString line;
        for (const RichRun &r : p.runs)
            line += r.text;
        line.replace(QChar(LineBreak), u'\n');
        lines << line;
    };
    for (const RichBlock &b : blocks) {
        if (!b.isTable) {
            paragraph(b.paragraph);
            continue;
        }
        for (const auto &row : b.table.rows)
            for (const auto &c : row)
                for (const RichParagraph &p : c)
                    paragraph(p);
    }
    return lines.join(u'\n');
}

RichText RichText::fromHtml(const QString &html)
{
    return HtmlReader(html).read();
}

RichText RichText::fromPlainText(const QString &text)
{
    RichText out;
    qsizetype kept = 0;
    QString normal = text;
    normal.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    normal.replace(u'\r', u'\n');
    normal.replace(QChar(0x2029), u'\n');
    const QStringList lines = normal.split(u'\n');
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        if (kept + line.size() > MaxText) {
            out.truncated = true;
            break;
        }
        kept += line.size();
        RichBlock block;
        block.paragraph.runs.append({line.trimmed(), false, false, false});
        out.blocks.append(block);
    }
    return out;
}

RichText RichText::fromAnswer(const QString &stored)
{
    return Qt::mightBeRichText(stored) ? fromHtml(stored) : fromPlainText(stored);
}

} // namespace igw::reports
