#include "tabular/exceldate.h"

#include <QDate>
#include <QLocale>
#include <QTime>

#include <cmath>

namespace igw::tabular::excel {

bool isDateFormat(int numFmtId, const QString &formatCode)
{
    if ((numFmtId >= 14 && numFmtId <= 22) || (numFmtId >= 45 && numFmtId <= 47))
        return true;
    return !formatCode.isEmpty() && isDateFormatCode(formatCode);
}

bool isDateFormatCode(QStringView code)
{
    bool inQuotes = false;
    int bracketDepth = 0;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const char16_t c = code.at(i).unicode();
        if (inQuotes) {
            inQuotes = c != u'"';
            continue;
        }
        switch (c) {
        case u'"':
            inQuotes = true;
            break;
        case u'[':
            ++bracketDepth;
            break;
        case u']':
            bracketDepth = qMax(0, bracketDepth - 1);
            break;
        case u'\\': // escaped literal
        case u'_':  // space the width of the next character
        case u'*':  // fill with the next character
            ++i;
            break;
        default:
            if (bracketDepth == 0 && QStringView(u"dDmMyYhHsS").contains(QChar(c)))
                return true;
        }
    }
    return false;
}

QString serialToIso(double serial, bool date1904)
{
    // 9999-12-31 is the last day Excel shows.
    const double maxSerial = date1904 ? 2957003 : 2958465;
    if (!std::isfinite(serial) || serial < 0 || serial >= maxSerial + 1)
        return QString();
    // Round to the second first so 23:59:59.9996 carries into the next day.
    const qint64 seconds = std::llround(serial * 86400.0);
    const qint64 days = seconds / 86400;
    const int secondOfDay = int(seconds % 86400);

    QString date;
    if (date1904) {
        date = QDate(1904, 1, 1).addDays(days).toString(Qt::ISODate);
    } else if (days == 60) {
        date = QStringLiteral("1900-02-29"); // Lotus 1-2-3's leap-year bug, kept by Excel
    } else if (days > 0) {
        // Serial 1 is 1900-01-01; from serial 61 on, the phantom 29 February shifts by one.
        date = QDate(1899, 12, days < 60 ? 31 : 30).addDays(days).toString(Qt::ISODate);
    }
    const QString time = QTime(0, 0).addSecs(secondOfDay).toString(Qt::ISODate);
    if (date.isEmpty())
        return time; // serial below 1 in the 1900 system: a time of day alone
    if (secondOfDay == 0)
        return date;
    return date + u'T' + time;
}

QString numberText(double value)
{
    // Integers up to 2^53 are exact in a double; print them without an exponent so that
    // references and phone numbers stored as numbers survive.
    if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 9007199254740992.0)
        return QString::number(qint64(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace igw::tabular::excel
