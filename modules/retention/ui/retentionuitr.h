#pragma once

#include <QCoreApplication>

namespace igw {

// The Retention page's one translation context.
struct RetentionUiTr {
    Q_DECLARE_TR_FUNCTIONS(igw::RetentionUi)
};

} // namespace igw
