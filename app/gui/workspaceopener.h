#pragma once

#include "workspace/workspace.h"

#include <QStringList>

#include <memory>

class QWidget;

namespace igw {

// Opening a workspace as a conversation with the user: offers read-only when someone
// else holds it, and the newest backup when the file is damaged. All questions go
// through the Dialogs seam.
namespace opener {

struct Outcome {
    std::unique_ptr<Workspace> workspace;
    QStringList warnings; // to show without interrupting (banner, status bar)
    OpenError error = OpenError::None;
};

Outcome open(QWidget *parent, const QString &path, OpenOptions options);
Outcome create(QWidget *parent, const QString &path, const QString &organisationName,
               const OpenOptions &options);

} // namespace opener
} // namespace igw
