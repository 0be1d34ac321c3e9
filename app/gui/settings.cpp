#include "gui/settings.h"

#include <QSettings>

#include <array>

namespace igw {

namespace {

struct Entry {
    Settings::Key key;
    QString name;
    QVariant defaultValue;
};

const std::array<Entry, 8> &table()
{
    using K = Settings::Key;
    static const std::array<Entry, 8> entries{{
        {K::UserDisplayName, QStringLiteral("user/displayName"), QString()},
        {K::BackupIntervalMinutes, QStringLiteral("backup/intervalMinutes"), 10},
        {K::BackupsToKeep, QStringLiteral("backup/keep"), 10},
        {K::ReopenLastWorkspace, QStringLiteral("session/reopenLastWorkspace"), true},
        {K::RecentFiles, QStringLiteral("session/recentFiles"), QStringList()},
        {K::WindowGeometry, QStringLiteral("window/geometry"), QByteArray()},
        {K::WindowState, QStringLiteral("window/state"), QByteArray()},
        {K::LastWorkspace, QStringLiteral("session/lastWorkspace"), QString()},
    }};
    return entries;
}

const Entry &entry(Settings::Key key)
{
    const Entry &e = table().at(std::size_t(key));
    Q_ASSERT_X(e.key == key, "Settings", "the table must list keys in enum order");
    return e;
}

const QString VersionKey = QStringLiteral("settingsVersion");

} // namespace

QString Settings::name(Key key)
{
    return entry(key).name;
}

QVariant Settings::defaultValue(Key key)
{
    return entry(key).defaultValue;
}

QVariant Settings::value(Key key)
{
    const Entry &e = entry(key);
    QVariant v = QSettings().value(e.name, e.defaultValue);
    // INI files lose types; give callers what the default promises.
    if (e.defaultValue.isValid() && v.typeId() != e.defaultValue.typeId() &&
        v.canConvert(e.defaultValue.metaType()))
        v.convert(e.defaultValue.metaType());
    return v;
}

void Settings::setValue(Key key, const QVariant &value)
{
    QSettings().setValue(name(key), value);
}

void Settings::reset(Key key)
{
    QSettings().remove(name(key));
}

int Settings::migrate()
{
    QSettings s;
    const int before = s.value(VersionKey, 0).toInt();
    if (before > CurrentVersion) {
        // Written by a newer version: leave them alone rather than downgrade.
        return before;
    }
    // One step per version, oldest first. Version 1 is the first layout, so there is no
    // step yet; a later rename adds e.g. `if (version < 2) { move old key to new key }`.
    s.setValue(VersionKey, CurrentVersion);
    return before;
}

} // namespace igw
