#pragma once

#include <QCoreApplication>

namespace igw {

// The DPIA UI module's one translation context.
struct DpiaUiTr {
    Q_DECLARE_TR_FUNCTIONS(igw::DpiaUi)
};

} // namespace igw
