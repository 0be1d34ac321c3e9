#pragma once

#include <QCoreApplication>

namespace igw {

// The information sharing module's translation context.
struct SharingTr {
    Q_DECLARE_TR_FUNCTIONS(igw::sharing)
};

} // namespace igw
