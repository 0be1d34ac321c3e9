#include "dpia/dpiaanswers.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace igw {

DpiaAnswers parseAnswers(const QVariant &stored)
{
    DpiaAnswers answers;
    const QJsonObject object = QJsonDocument::fromJson(stored.toString().toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        if (it.value().isString() && !it.value().toString().isEmpty())
            answers.insert(it.key(), it.value().toString());
    return answers;
}

QString answersToJson(const DpiaAnswers &answers)
{
    QJsonObject object;
    for (auto it = answers.begin(); it != answers.end(); ++it)
        if (!isBlankAnswer(it.value()))
            object.insert(it.key(), it.value());
    if (object.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString plainToHtml(const QString &plain)
{
    QStringList paragraphs;
    static const QRegularExpression blankLine(QStringLiteral("\\n\\s*\\n"));
    for (const QString &p : plain.trimmed().split(blankLine, Qt::SkipEmptyParts))
        paragraphs << QStringLiteral("<p>") +
                          p.trimmed().toHtmlEscaped().replace(QLatin1Char('\n'),
                                                              QStringLiteral("<br>")) +
                          QStringLiteral("</p>");
    return paragraphs.join(QString());
}

QString htmlToPlain(const QString &html)
{
    if (!html.contains(QLatin1Char('<')) && !html.contains(QLatin1Char('&')))
        return html.trimmed();
    QString text = html;
    // The head (title, style) of a full document is not part of the answer.
    static const QRegularExpression head(QStringLiteral("<head[^>]*>.*</head>"),
                                         QRegularExpression::CaseInsensitiveOption |
                                             QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression breaks(
        QStringLiteral("<br\\s*/?>|</p>|</li>|</h[1-6]>|</div>|</tr>"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression spaces(QStringLiteral("[ \\t\\r]+"));
    static const QRegularExpression manyBreaks(QStringLiteral("\\s*\\n\\s*"));
    text.remove(head);
    text.replace(QLatin1Char('\n'), QLatin1Char(' ')); // HTML source line breaks are spaces
    text.replace(breaks, QStringLiteral("\n"));
    text.remove(tags);
    text.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    text.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    text.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    text.replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    text.replace(spaces, QStringLiteral(" "));
    text.replace(manyBreaks, QStringLiteral("\n"));
    return text.trimmed();
}

bool isBlankAnswer(const QString &html)
{
    return htmlToPlain(html).isEmpty();
}

} // namespace igw
