#pragma once

#include "command.h"
#include "workspace/workspace.h"

#include <QByteArray>
#include <QCommandLineOption>

#include <optional>

namespace igw::cli {

// Options and helpers the exchange verbs (keys, trust, package, verify, import package)
// share. A passphrase comes from --passphrase-file or IGW_PASSPHRASE, never from an argument
// (other users could read it in the process list).
QCommandLineOption passphraseFileOption();
QCommandLineOption keyFileOption();
std::optional<QByteArray> readPassphrase(const Command &command, const QCommandLineParser &parser,
                                         int *exitCode);
// Opens a workspace to change it, after an automatic backup; 0 or the exit status.
int openForWriting(const Command &command, const QCommandLineParser &parser, const QString &path,
                   Workspace::OpenResult *result);

} // namespace igw::cli
