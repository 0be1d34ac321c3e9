#pragma once

#include <QCoreApplication>

namespace igw {

// The Sharing page's one translation context.
struct SharingUiTr {
    Q_DECLARE_TR_FUNCTIONS(igw::SharingUi)
};

} // namespace igw
