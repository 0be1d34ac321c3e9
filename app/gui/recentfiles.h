#pragma once

#include <QStringList>

namespace igw {

// The most recently opened workspaces, newest first, kept in Settings.
namespace recentfiles {

constexpr int MaxEntries = 10;

QStringList list();
void add(const QString &path);
void remove(const QString &path);
void clear();

} // namespace recentfiles
} // namespace igw
