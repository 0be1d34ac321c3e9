#pragma once

#include <QCoreApplication>

namespace igw {

// The retention module's translation context.
struct RetentionTr {
    Q_DECLARE_TR_FUNCTIONS(igw::retention)
};

} // namespace igw
