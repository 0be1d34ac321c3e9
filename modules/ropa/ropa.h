#pragma once

#include "workspace/recordstore.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace igw {

class Workspace;

// One required item (Art. 30 or DPA 2018 Sch. 1 para 41) that is not filled in.
struct RopaGap {
    QString field;    // activityField (or orgField for the header); may be a link set
    QString item;     // what is missing, translated: "Retention schedule"
    QString citation; // "UK GDPR Art. 30(1)(f)"
};

// "Ask once" categories of an activity: proposed from its linked assets, less the terms the
// user struck out, plus the user's own additions. Computed on every read, so a change to an
// asset shows in every activity that uses it.
struct ActivityCategories {
    QStringList proposed;                // from the assets, first-seen order, no duplicates
    QHash<QString, QStringList> sources; // proposed term (lower case) -> asset references
    QStringList extra;                   // the user's own terms
    QStringList excluded;                // proposed terms the user struck out
    QStringList effective() const;
    bool isExcluded(const QString &term) const;
};

struct LinkedAsset {
    qint64 id = 0;
    QString ref;
    QString name;
    bool specialCategory = false;
    bool criminalOffence = false;
    QString art9Condition;
};

struct LinkedOrganisation {
    qint64 id = 0;
    QString ref;
    QString name;
    QString contact; // address, email and phone as one line
    QString icoRegistration;
};

// An activity with everything the ROPA needs resolved: links, categories, derived flags and
// the required items it is missing.
struct ActivityView {
    Record record;
    ActivityCategories subjects;
    ActivityCategories data;
    QList<LinkedAsset> assets;
    QList<LinkedOrganisation> recipients;
    QList<LinkedOrganisation> controllers; // processor records: who we act for
    QStringList missingLinks;              // link ids that no longer resolve, as text
    bool specialCategory = false;          // own flag or a linked asset's
    bool criminalOffence = false;
    QString art9Condition; // own, else the first linked asset's
    bool art9FromAssets = false;
    int requiredItems = 0;
    QList<RopaGap> gaps;

    bool isProcessor() const;
    bool isComplete() const { return gaps.isEmpty(); }
    QString value(const QString &field) const { return record.value(field).toString(); }
    // Recipient organisation names followed by the free-text recipient categories.
    QStringList recipientTexts() const;
};

// The ROPA header (Art. 30(1)(a) / 30(2)(a)): our organisation, its DPO and representative.
struct RopaHeader {
    QString controllerName;
    QString controllerContact;
    QString icoRegistration;
    QString dpoName;
    QString dpoContact;
    QString representative;
    int requiredItems = 0;
    QList<RopaGap> gaps;
};

struct Ropa {
    RopaHeader header;
    QList<ActivityView> activities;

    int requiredItems() const;
    int missingItems() const;
    // Filled required items as a share of all required items, 0-100 (100 when none).
    int percentComplete() const;
    int completeActivities() const;
};

// Reads the whole ROPA with three queries (activities with links, linked assets,
// organisations). `where`/`binds` select activities as RecordStore::list does.
std::optional<Ropa> loadRopa(Workspace &workspace, QString *error, const QString &where = {},
                             const QVariantList &binds = {});
// One activity, resolved against the workspace as it is now.
std::optional<ActivityView> loadActivity(Workspace &workspace, qint64 id, QString *error = nullptr);
// Resolves a record that may not be stored yet (the editor's unsaved values).
ActivityView resolveActivity(Workspace &workspace, const Record &record);

// Short translated name of an activity field, as the editor and gap lists show it.
QString activityFieldLabel(const QString &field);
// Display text of a stored value: choice labels, Yes/No for flags, terms as stored.
QString activityDisplayValue(const QString &field, const QVariant &value);

} // namespace igw
