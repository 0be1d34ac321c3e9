#include "sharing/placeholders.h"

#include <QRegularExpression>

namespace igw::placeholders {

namespace {

const QRegularExpression &pattern()
{
    static const QRegularExpression re(QStringLiteral(
        "\\{([A-Za-z][A-Za-z0-9]*|(?:clause|section):[A-Za-z0-9][A-Za-z0-9._-]*)\\}"));
    return re;
}

// One pass: literal pieces through `literal`, values through `value`.
QString substitute(const QString &text, const QHash<QString, QString> &values,
                   const Missing &missing, const std::function<QString(const QString &)> &literal,
                   const std::function<QString(const QString &)> &value)
{
    QString out;
    out.reserve(text.size() + 64);
    qsizetype at = 0;
    auto it = pattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += literal(text.mid(at, m.capturedStart() - at));
        const QString name = m.captured(1);
        const QString v = values.value(name);
        if (!v.trimmed().isEmpty())
            out += value(v);
        else if (missing)
            out += value(missing(name));
        else
            out += literal(m.captured(0));
        at = m.capturedEnd();
    }
    out += literal(text.mid(at));
    return out;
}

} // namespace

QStringList namesIn(const QString &text)
{
    QStringList names;
    auto it = pattern().globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!names.contains(name))
            names << name;
    }
    return names;
}

QString fill(const QString &text, const QHash<QString, QString> &values, const Missing &missing)
{
    const auto same = [](const QString &s) -> QString { return s; };
    return substitute(text, values, missing, same, same);
}

QString fillHtml(const QString &text, const QHash<QString, QString> &values, const Missing &missing)
{
    return substitute(
        text, values, missing, [](const QString &s) -> QString { return s.toHtmlEscaped(); },
        [](const QString &s) -> QString {
            return QStringLiteral("<b>") + s.toHtmlEscaped() + QStringLiteral("</b>");
        });
}

} // namespace igw::placeholders
