#pragma once

#include <QCoreApplication>

namespace igw {

// The exchange module's translation context.
struct ExchangeTr {
    Q_DECLARE_TR_FUNCTIONS(igw::exchange)
};

} // namespace igw
