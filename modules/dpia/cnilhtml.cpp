#include "dpia/cnilhtml.h"

#include "dpia/cnilhtmllexer.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace igw::cnil {

namespace {

const QSet<QString> &allowedElements()
{
    static const QSet<QString> s{
        QStringLiteral("p"),  QStringLiteral("br"), QStringLiteral("ul"),
        QStringLiteral("ol"), QStringLiteral("li"), QStringLiteral("strong"),
        QStringLiteral("b"),  QStringLiteral("em"), QStringLiteral("i"),
        QStringLiteral("u"),  QStringLiteral("h1"), QStringLiteral("h2"),
        QStringLiteral("h3"), QStringLiteral("h4"), QStringLiteral("table"),
        QStringLiteral("tr"), QStringLiteral("td"), QStringLiteral("th"),
        QStringLiteral("a")};
    return s;
}

// An href we keep: http(s) and mailto only, judged after removing what browsers ignore
// inside a scheme ("java\tscript:"). Anything else (javascript:, data:, relative) goes.
QString safeHref(const QString &href)
{
    QString cleaned;
    for (const QChar c : href) {
        if (c.unicode() > 0x20 && c.unicode() != 0x7F)
            cleaned.append(c);
    }
    const QString lower = cleaned.toLower();
    if (lower.startsWith(QLatin1String("http://")) || lower.startsWith(QLatin1String("https://")) ||
        lower.startsWith(QLatin1String("mailto:")))
        return cleaned;
    return {};
}

struct Open {
    QString source; // the tag in the file
    QString output; // the tag written, empty when unwrapped
};

class Sanitiser {
public:
    QString run(const QString &html)
    {
        forEachHtmlToken(html, [this](const HtmlToken &t) {
            if (t.kind == HtmlToken::Text)
                m_out += t.text.toHtmlEscaped();
            else if (t.kind == HtmlToken::Start)
                start(t);
            else
                end(t.name);
        });
        while (!m_open.isEmpty())
            pop();
        return m_out;
    }

private:
    // Deep enough for any real document; beyond it tags are unwrapped, and end tags are
    // searched for among at most this many, so hostile nesting stays linear.
    static constexpr int MaxTracked = 256;
    static constexpr int MaxOutputDepth = 64;

    QString m_out;
    QList<Open> m_open;
    int m_outputDepth = 0;

    void pop()
    {
        const Open o = m_open.takeLast();
        if (!o.output.isEmpty()) {
            m_out += QStringLiteral("</") + o.output + QLatin1Char('>');
            --m_outputDepth;
        }
    }

    bool isOpen(const QString &output, const QStringList &stopAt) const
    {
        for (qsizetype i = m_open.size() - 1; i >= 0; --i) {
            if (m_open[i].output == output)
                return true;
            if (stopAt.contains(m_open[i].output))
                return false;
        }
        return false;
    }

    void closeTo(const QString &output)
    {
        while (!m_open.isEmpty() && m_open.last().output != output)
            pop();
        if (!m_open.isEmpty())
            pop();
    }

    // The end tags HTML implies: a new list item ends the open one, a new paragraph the
    // open paragraph, a new row or cell the open row or cell.
    void closeImplied(const QString &output)
    {
        static const QStringList lists{QStringLiteral("ul"), QStringLiteral("ol")};
        static const QStringList table{QStringLiteral("table")};
        static const QStringList row{QStringLiteral("tr"), QStringLiteral("table")};
        if (output == QLatin1String("li") && isOpen(output, lists))
            closeTo(output);
        else if (output == QLatin1String("p") && isOpen(output, lists + table))
            closeTo(output);
        else if (output == QLatin1String("tr") && isOpen(output, table))
            closeTo(output);
        else if ((output == QLatin1String("td") || output == QLatin1String("th")) &&
                 (isOpen(QStringLiteral("td"), row) || isOpen(QStringLiteral("th"), row)))
            closeTo(isOpen(QStringLiteral("td"), row) ? QStringLiteral("td")
                                                      : QStringLiteral("th"));
    }

    void start(const HtmlToken &t)
    {
        QString output = t.name;
        if (output == QLatin1String("div"))
            output = QStringLiteral("p");
        else if (output == QLatin1String("h5") || output == QLatin1String("h6"))
            output = QStringLiteral("h4");
        if (!allowedElements().contains(output))
            output.clear();
        if (output == QLatin1String("br")) {
            m_out += QStringLiteral("<br/>");
            return;
        }
        QString href;
        if (output == QLatin1String("a")) {
            href = safeHref(t.href);
            if (href.isEmpty())
                output.clear();
        }
        if (!output.isEmpty())
            closeImplied(output);
        // A div inside a paragraph stays a div's worth of text, not a nested paragraph.
        if (output == QLatin1String("p") && isOpen(output, {}))
            output.clear();
        if (m_outputDepth >= MaxOutputDepth)
            output.clear();
        if (t.selfClosing || m_open.size() >= MaxTracked) {
            return; // nothing to close later (an empty element, or past the tracking limit)
        }
        m_open.append({t.name, output});
        if (output.isEmpty())
            return;
        ++m_outputDepth;
        m_out += QLatin1Char('<') + output;
        if (!href.isEmpty())
            m_out += QStringLiteral(" href=\"") + href.toHtmlEscaped() + QLatin1Char('"');
        m_out += QLatin1Char('>');
    }

    void end(const QString &name)
    {
        for (qsizetype i = m_open.size() - 1; i >= 0; --i) {
            if (m_open[i].source == name) {
                while (m_open.size() > i)
                    pop();
                return;
            }
        }
    }
};

const QSet<QString> &paragraphElements()
{
    static const QSet<QString> s{
        QStringLiteral("p"),  QStringLiteral("h1"),         QStringLiteral("h2"),
        QStringLiteral("h3"), QStringLiteral("h4"),         QStringLiteral("h5"),
        QStringLiteral("h6"), QStringLiteral("blockquote"), QStringLiteral("pre"),
        QStringLiteral("ul"), QStringLiteral("ol"),         QStringLiteral("table")};
    return s;
}

const QSet<QString> &lineElements()
{
    static const QSet<QString> s{QStringLiteral("div"),     QStringLiteral("tr"),
                                 QStringLiteral("section"), QStringLiteral("article"),
                                 QStringLiteral("header"),  QStringLiteral("footer"),
                                 QStringLiteral("dt"),      QStringLiteral("dd"),
                                 QStringLiteral("hr"),      QStringLiteral("address")};
    return s;
}

QString collapseSpaces(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (const QChar c : text) {
        if (c.isSpace()) { // includes the no-break space
            space = true;
            continue;
        }
        if (space)
            out += QLatin1Char(' ');
        space = false;
        out += c;
    }
    if (space)
        out += QLatin1Char(' ');
    return out;
}

} // namespace

QString sanitiseHtml(const QString &html)
{
    return Sanitiser().run(html);
}

QString htmlToPlainText(const QString &html)
{
    QString raw;
    const auto endLine = [&raw] {
        if (!raw.isEmpty() && !raw.endsWith(QLatin1Char('\n')))
            raw += QLatin1Char('\n');
    };
    const auto endParagraph = [&raw, &endLine] {
        endLine();
        if (!raw.isEmpty() && !raw.endsWith(QStringLiteral("\n\n")))
            raw += QLatin1Char('\n');
    };
    forEachHtmlToken(html, [&](const HtmlToken &t) {
        if (t.kind == HtmlToken::Text) {
            const QString text = collapseSpaces(t.text);
            const bool lineStart = raw.isEmpty() || raw.endsWith(QLatin1Char('\n'));
            raw += lineStart && text.startsWith(QLatin1Char(' ')) ? text.mid(1) : text;
        } else if (t.name == QLatin1String("br")) {
            raw += QLatin1Char('\n');
        } else if (t.name == QLatin1String("li")) {
            endLine();
            if (t.kind == HtmlToken::Start)
                raw += QStringLiteral("• ");
        } else if (t.name == QLatin1String("td") || t.name == QLatin1String("th")) {
            raw += QLatin1Char(' ');
        } else if (paragraphElements().contains(t.name)) {
            endParagraph();
        } else if (lineElements().contains(t.name)) {
            endLine();
        }
    });
    // Trim every line, keep at most one blank line in a row, and none before a list item
    // (a list follows its introduction, as it reads in the editor).
    QStringList lines;
    bool blank = false;
    for (const QString &line : raw.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty()) {
            blank = !lines.isEmpty();
            continue;
        }
        if (blank && !trimmed.startsWith(QStringLiteral("• ")))
            lines << QString();
        blank = false;
        lines << trimmed;
    }
    return lines.join(QLatin1Char('\n'));
}

QString plainTextToHtml(const QString &text)
{
    static const QRegularExpression blankLines(QStringLiteral("\\n\\s*\\n"));
    QStringList paragraphs;
    for (const QString &p : text.trimmed().split(blankLines, Qt::SkipEmptyParts)) {
        paragraphs << QStringLiteral("<p>") +
                          p.trimmed().toHtmlEscaped().replace(QLatin1Char('\n'),
                                                              QStringLiteral("<br/>")) +
                          QStringLiteral("</p>");
    }
    return paragraphs.join(QString());
}

} // namespace igw::cnil
