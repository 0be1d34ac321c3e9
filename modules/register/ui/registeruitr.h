#pragma once

#include <QCoreApplication>

namespace igw {

// The register UI module's one translation context.
struct RegisterUiTr {
    Q_DECLARE_TR_FUNCTIONS(igw::RegisterUi)
};

} // namespace igw
