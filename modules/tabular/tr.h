#pragma once

#include <QCoreApplication>

namespace igw::tabular {

// The tabular module's one translation context; lupdate files TabularTr::tr() strings
// under "igw::tabular".
struct TabularTr {
    Q_DECLARE_TR_FUNCTIONS(igw::tabular)
};

} // namespace igw::tabular
