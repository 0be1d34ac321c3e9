#pragma once

#include <QCoreApplication>

namespace igw {

// The PDF viewer module's one translation context.
struct PdfViewTr {
    Q_DECLARE_TR_FUNCTIONS(igw::PdfView)
};

} // namespace igw
