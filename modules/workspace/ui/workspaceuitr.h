#pragma once

#include <QCoreApplication>

namespace igw {

// The workspace UI module's one translation context.
struct WorkspaceUiTr {
    Q_DECLARE_TR_FUNCTIONS(igw::WorkspaceUi)
};

} // namespace igw
