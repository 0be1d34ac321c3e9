#include "gui/recentfiles.h"

#include "gui/settings.h"

#include <QFileInfo>

namespace igw::recentfiles {

QStringList list()
{
    return Settings::value(Settings::Key::RecentFiles).toStringList();
}

void add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = list();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > MaxEntries)
        files.removeLast();
    Settings::setValue(Settings::Key::RecentFiles, files);
}

void remove(const QString &path)
{
    QStringList files = list();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    Settings::setValue(Settings::Key::RecentFiles, files);
}

void clear()
{
    Settings::setValue(Settings::Key::RecentFiles, QStringList());
}

} // namespace igw::recentfiles
