#pragma once

#include <QCoreApplication>

namespace igw {

// The application shell's one translation context.
struct ShellTr {
    Q_DECLARE_TR_FUNCTIONS(igw::Shell)
};

} // namespace igw
