#pragma once

#include <QCoreApplication>

namespace igw {

// The DPIA module's translation context.
struct DpiaTr {
    Q_DECLARE_TR_FUNCTIONS(igw::dpia)
};

} // namespace igw
