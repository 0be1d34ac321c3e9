#include "dpia/cniltext.h"

#include "dpia/cnilhtml.h"
#include "dpia/dpiatr.h"

#include <QDateTime>
#include <QRegularExpression>

#include <optional>

namespace igw::cnil {

namespace {

std::optional<QDateTime> parseStamp(const QString &stamp)
{
    QDateTime t = QDateTime::fromString(stamp, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(stamp, Qt::ISODate);
    if (!t.isValid())
        return std::nullopt;
    return t.toUTC();
}

} // namespace

QString capped(const QString &s, qsizetype limit)
{
    return s.size() <= limit ? s : s.left(limit - 1) + QChar(0x2026);
}

QString quoted(const QString &s)
{
    return DpiaTr::tr("“%1”").arg(s);
}

QString plainField(const QString &s)
{
    static const QRegularExpression markup(QStringLiteral("<[A-Za-z/!?]"));
    return s.contains(markup) ? htmlToPlainText(s) : s.trimmed();
}

QString heading(const QString &text, int level)
{
    return QStringLiteral("<h%1>%2</h%1>").arg(level).arg(text.toHtmlEscaped());
}

QString boldLine(const QString &text)
{
    return QStringLiteral("<p><strong>%1</strong></p>").arg(text.toHtmlEscaped());
}

QString choiceLabel(const Choices &choices, const QString &key)
{
    for (const auto &[k, label] : choices) {
        if (k == key)
            return label;
    }
    return key;
}

QString dayOf(const QString &stamp)
{
    const std::optional<QDateTime> t = parseStamp(stamp);
    return t ? t->date().toString(Qt::ISODate) : stamp.left(10);
}

QString pickedDay(const QString &stamp)
{
    // QDate reads the first ten characters of anything, so only a bare date is one.
    const QDate plain = stamp.size() == 10 ? QDate::fromString(stamp, Qt::ISODate) : QDate();
    if (plain.isValid())
        return plain.toString(Qt::ISODate);
    const std::optional<QDateTime> t = parseStamp(stamp);
    return t ? t->addSecs(12 * 3600).date().toString(Qt::ISODate) : QString();
}

} // namespace igw::cnil
