#pragma once

#include <QCoreApplication>

namespace igw {

// The widgets module's one translation context.
struct WidgetsTr {
    Q_DECLARE_TR_FUNCTIONS(igw::Widgets)
};

} // namespace igw
