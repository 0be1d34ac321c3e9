#include "reports/ropareport.h"

#include "workspace/workspace.h"

#include <QCoreApplication>

namespace igw {

bool writeRopaReport(Workspace &, const QString &, QString *error,
                     const std::function<bool(int, int)> &)
{
    if (error)
        *error = QCoreApplication::translate("igw::reports", "The board report is not built yet.");
    return false;
}

} // namespace igw
