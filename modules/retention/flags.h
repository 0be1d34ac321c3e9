#pragma once

#include <QList>
#include <QString>

namespace igw {

class Workspace;

// A record a retention check points at.
struct FlaggedRecord {
    qint64 id = 0;
    QString ref;
    QString name;   // the asset's name, or "function / activity" of a class
    QString detail; // why it is flagged and what to do, translated
};

// What the retention schedule and the register say about each other:
//  - classes nothing uses (no asset or processing activity points at them): perhaps not
//    needed, or the register is missing the records they describe;
//  - live assets without a class: nobody knows when they should go;
//  - live assets holding personal data whose class keeps them permanently without an
//    authority (no citation, or only business need): UK GDPR Art. 5(1)(e) needs a reason to
//    keep personal data for ever (archiving in the public interest, Art. 89).
struct RetentionFlags {
    QList<FlaggedRecord> unusedClasses;
    QList<FlaggedRecord> assetsWithoutClass;
    QList<FlaggedRecord> permanentWithoutAuthority;
    int total() const
    {
        return int(unusedClasses.size() + assetsWithoutClass.size() +
                   permanentWithoutAuthority.size());
    }
};

// Each list by reference. A database error gives empty lists and sets *error.
RetentionFlags retentionFlags(Workspace &workspace, QString *error = nullptr);

} // namespace igw
