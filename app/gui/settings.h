#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

namespace igw {

// The application's own preferences (not workspace data), in QSettings. Every key and
// its default is in one table in settings.cpp, so a typo cannot invent a new key.
class Settings {
public:
    enum class Key {
        UserDisplayName,       // written to the audit trail; empty means the OS account
        BackupIntervalMinutes, // minutes between automatic backups when there were edits
        BackupsToKeep,
        ReopenLastWorkspace,
        RecentFiles,
        WindowGeometry,
        WindowState,
        LastWorkspace, // open when the app quit; cleared by File > Close
    };

    // Bumped when a key is renamed or changes meaning; migrate() upgrades older files.
    static constexpr int CurrentVersion = 1;

    static QVariant value(Key key);
    static void setValue(Key key, const QVariant &value);
    static void reset(Key key);
    static QString name(Key key);
    static QVariant defaultValue(Key key);

    // Call once at start-up. Returns the version the settings were at before.
    static int migrate();

    // Typed shortcuts for the keys read in many places.
    static QString userDisplayName() { return value(Key::UserDisplayName).toString(); }
    static int backupIntervalMinutes() { return value(Key::BackupIntervalMinutes).toInt(); }
    static int backupsToKeep() { return value(Key::BackupsToKeep).toInt(); }
};

} // namespace igw
