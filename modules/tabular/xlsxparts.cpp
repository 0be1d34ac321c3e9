#include "tabular/xlsxparts.h"

#include "tabular/exceldate.h"
#include "tabular/tr.h"
#include "tabular/xmlguard.h"

#include <QMap>

namespace igw::tabular::xlsx {

namespace {

// Far above anything Excel writes, low enough that a crafted part cannot use the tables
// to exhaust memory.
constexpr qsizetype MaxEntries = 100'000;

bool tooMany(XmlPart &part, qsizetype count)
{
    if (count < MaxEntries)
        return false;
    part.fail(TabularTr::tr("part %1 holds more than %L2 entries, far more than Excel writes. "
                            "Open the file in Excel and save it again as .xlsx.")
                  .arg(part.part())
                  .arg(MaxEntries));
    return true;
}

bool isTrue(QStringView value)
{
    return value == u"1" || value == u"true";
}

} // namespace

QString resolvePartName(const QString &baseDir, const QString &target)
{
    const QString joined = target.startsWith(u'/') ? target.mid(1) : baseDir + u'/' + target;
    QStringList parts;
    for (const QString &piece : joined.split(u'/', Qt::SkipEmptyParts)) {
        if (piece == u".")
            continue;
        if (piece == u"..") {
            if (parts.isEmpty())
                return QString();
            parts.removeLast();
            continue;
        }
        parts.append(piece);
    }
    return parts.join(u'/');
}

bool parseWorkbook(XmlPart &part, Workbook *workbook)
{
    while (part.next()) {
        if (part.isStart(u"workbookPr")) {
            workbook->date1904 = isTrue(part.xml().attributes().value(QLatin1String("date1904")));
        } else if (part.isStart(u"sheet")) {
            if (tooMany(part, workbook->sheets.size()))
                return false;
            Workbook::Sheet sheet;
            const QXmlStreamAttributes attributes = part.xml().attributes();
            for (const QXmlStreamAttribute &attribute : attributes) {
                if (attribute.name() == u"name" && attribute.namespaceUri().isEmpty())
                    sheet.name = attribute.value().toString();
                else if (attribute.name() == u"state")
                    sheet.hidden = attribute.value() != u"visible";
                // r:id, whatever the prefix (transitional and strict namespaces differ).
                else if (attribute.name() == u"id" && !attribute.namespaceUri().isEmpty())
                    sheet.relationshipId = attribute.value().toString();
            }
            workbook->sheets.append(sheet);
        }
    }
    return !part.hasError();
}

bool parseRelationships(XmlPart &part, const QString &baseDir,
                        QHash<QString, Relationship> *relationships)
{
    while (part.next()) {
        if (!part.isStart(u"Relationship"))
            continue;
        if (tooMany(part, relationships->size()))
            return false;
        const QXmlStreamAttributes attributes = part.xml().attributes();
        if (attributes.value(QLatin1String("TargetMode")) == u"External")
            continue;
        Relationship relationship;
        relationship.target =
            resolvePartName(baseDir, attributes.value(QLatin1String("Target")).toString());
        const QStringView type = attributes.value(QLatin1String("Type"));
        relationship.type = type.sliced(type.lastIndexOf(u'/') + 1).toString();
        relationships->insert(attributes.value(QLatin1String("Id")).toString(), relationship);
    }
    return !part.hasError();
}

bool parseSharedStrings(XmlPart &part, const SharedStringLimits &limits, QStringList *strings)
{
    QString current;
    QString piece;
    qint64 total = 0;
    while (part.next()) {
        if (part.isStart(u"si")) {
            current.clear();
        } else if (part.isStart(u"rPh")) {
            part.xml().skipCurrentElement(); // phonetic guide: not part of the cell text
        } else if (part.isStart(u"t")) {
            if (!part.readText(&piece, limits.maxStringChars - current.size()))
                return false;
            current += piece;
        } else if (part.isEnd(u"si")) {
            total += current.size();
            if (strings->size() >= limits.maxCount)
                return part.fail(TabularTr::tr("the workbook's shared string table holds more "
                                               "than %L1 entries, the most accepted. Export the "
                                               "sheet as CSV and import that instead.")
                                     .arg(limits.maxCount));
            if (total > limits.maxTotalChars)
                return part.fail(TabularTr::tr("the workbook's shared string table holds more "
                                               "than %L1 characters of text, the most accepted. "
                                               "Export the sheet as CSV and import that instead.")
                                     .arg(limits.maxTotalChars));
            strings->append(decodeOoxmlEscapes(current));
        }
    }
    return !part.hasError();
}

bool parseStyles(XmlPart &part, QList<bool> *dateStyles)
{
    QMap<int, QString> customFormats;
    bool inCellXfs = false;
    while (part.next()) {
        if (part.isStart(u"numFmt")) {
            if (tooMany(part, customFormats.size()))
                return false;
            const QXmlStreamAttributes attributes = part.xml().attributes();
            customFormats.insert(attributes.value(QLatin1String("numFmtId")).toInt(),
                                 attributes.value(QLatin1String("formatCode")).toString());
        } else if (part.isStart(u"cellXfs")) {
            inCellXfs = true;
        } else if (part.isEnd(u"cellXfs")) {
            inCellXfs = false;
        } else if (inCellXfs && part.isStart(u"xf")) {
            if (tooMany(part, dateStyles->size()))
                return false;
            const int id = part.xml().attributes().value(QLatin1String("numFmtId")).toInt();
            const auto custom = customFormats.constFind(id);
            dateStyles->append(custom != customFormats.constEnd()
                                   ? excel::isDateFormatCode(*custom)
                                   : excel::isDateFormat(id, QString()));
        }
    }
    return !part.hasError();
}

} // namespace igw::tabular::xlsx
