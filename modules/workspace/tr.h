#pragma once

#include <QCoreApplication>

namespace igw {

// The workspace module's one translation context; lupdate files WorkspaceTr::tr() strings
// under "igw::workspace".
struct WorkspaceTr {
    Q_DECLARE_TR_FUNCTIONS(igw::workspace)
};

} // namespace igw
