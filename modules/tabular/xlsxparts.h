#pragma once

#include <QHash>
#include <QList>
#include <QStringList>

namespace igw::tabular {

class XmlPart;

// Parsers for the small parts of an XLSX read before its sheet. Each streams one part and
// returns false with the error in `part` on anything malformed.
namespace xlsx {

struct Workbook {
    struct Sheet {
        QString name;
        QString relationshipId;
        bool hidden = false;
    };
    QList<Sheet> sheets;
    bool date1904 = false;
};

struct Relationship {
    QString target; // resolved part name inside the zip, e.g. "xl/worksheets/sheet1.xml"
    QString type;   // the type URI's last segment, e.g. "worksheet"
};

struct SharedStringLimits {
    qint64 maxCount = 0;
    qint64 maxTotalChars = 0;
    qint64 maxStringChars = 0;
};

// xl/workbook.xml: sheet names in tab order, relationship ids and the date system.
bool parseWorkbook(XmlPart &part, Workbook *workbook);
// A .rels part; targets are resolved against `baseDir` ("xl" for the workbook's).
bool parseRelationships(XmlPart &part, const QString &baseDir,
                        QHash<QString, Relationship> *relationships);
// xl/sharedStrings.xml: plain and rich-text entries; phonetic guides are left out.
bool parseSharedStrings(XmlPart &part, const SharedStringLimits &limits, QStringList *strings);
// xl/styles.xml: for each cell format (the cell's s attribute), whether it shows a date.
bool parseStyles(XmlPart &part, QList<bool> *dateStyles);

// Joins a relationship target to its base folder; empty when it climbs out of the archive.
QString resolvePartName(const QString &baseDir, const QString &target);

} // namespace xlsx
} // namespace igw::tabular
