#pragma once

#include "workspace/workspace.h"

#include <QTest>
#include <QWidget>

// Shared helpers for the GUI tests: widgets are found by objectName, as a user finds them
// by label, so a renamed or missing control fails the test loudly.
namespace igw::test {

template <typename T> T *child(const QObject *root, const QString &name)
{
    T *found = root->findChild<T *>(name);
    if (!found)
        qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return found;
}

inline OpenOptions testOptions(bool readOnly = false)
{
    OpenOptions options;
    options.userName = QStringLiteral("tester");
    options.backupOnOpen = false;
    options.readOnly = readOnly;
    return options;
}

inline std::unique_ptr<Workspace>
createWorkspace(const QString &path, const QString &org = QStringLiteral("Test Borough Council"))
{
    auto result = Workspace::create(path, org, testOptions());
    if (!result.ok())
        qWarning("create failed: %s", qPrintable(result.errorString));
    return std::move(result.workspace);
}

} // namespace igw::test
