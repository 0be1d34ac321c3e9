#pragma once

#include "workspace/workspace.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// Shared fixture helpers for the workspace tests.
namespace igw::test {

inline std::unique_ptr<Workspace>
createWorkspace(const QString &path, const QString &org = QStringLiteral("Test Borough Council"))
{
    OpenOptions options;
    options.userName = QStringLiteral("tester");
    auto result = Workspace::create(path, org, options);
    if (!result.ok())
        qWarning("create failed: %s", qPrintable(result.errorString));
    return std::move(result.workspace);
}

inline Workspace::OpenResult openWorkspace(const QString &path, bool readOnly = false)
{
    OpenOptions options;
    options.userName = QStringLiteral("tester");
    options.readOnly = readOnly;
    options.backupOnOpen = false;
    return Workspace::open(path, options);
}

inline QString fixture(const QString &name)
{
    return QStringLiteral(IGW_TEST_DATA_DIR "/") + name;
}

// Copies a fixture into the temporary directory so the test may change it.
inline QString copyFixture(const QTemporaryDir &dir, const QString &name)
{
    const QString target = dir.filePath(name);
    QFile::remove(target);
    if (!QFile::copy(fixture(name), target))
        qWarning("cannot copy fixture %s", qPrintable(name));
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    return target;
}

} // namespace igw::test
