#pragma once

#include <QCoreApplication>

namespace igw {

// The register module's translation context.
struct RegisterTr {
    Q_DECLARE_TR_FUNCTIONS(igw::register)
};

} // namespace igw
