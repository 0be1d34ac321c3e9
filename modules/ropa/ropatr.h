#pragma once

#include <QCoreApplication>

namespace igw {

// The ROPA module's translation context.
struct RopaTr {
    Q_DECLARE_TR_FUNCTIONS(igw::ropa)
};

} // namespace igw
