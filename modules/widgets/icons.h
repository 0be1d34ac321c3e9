#pragma once

#include <QIcon>
#include <QString>

namespace igw {

// The application's own scalable icons (resources/icons/<name>.svg).
QIcon icon(const QString &name);
QString iconPath(const QString &name);

} // namespace igw
