#pragma once

#include <QCoreApplication>

namespace igw {

// The ROPA UI module's one translation context.
struct RopaUiTr {
    Q_DECLARE_TR_FUNCTIONS(igw::RopaUi)
};

} // namespace igw
