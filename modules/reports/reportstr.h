#pragma once

#include <QCoreApplication>

namespace igw {

// The reports module's translation context.
struct ReportsTr {
    Q_DECLARE_TR_FUNCTIONS(igw::reports)
};

} // namespace igw
