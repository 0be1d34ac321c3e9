#include "widgets/icons.h"

namespace igw {

QString iconPath(const QString &name)
{
    return QStringLiteral(":/icons/") + name + QStringLiteral(".svg");
}

QIcon icon(const QString &name)
{
    return QIcon(iconPath(name));
}

} // namespace igw
