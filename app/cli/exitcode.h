#pragma once

namespace igw::cli {

// Exit statuses; scripts depend on them, so they are documented in docs/cli.md and never
// renumbered.
namespace exitcode {
constexpr int Ok = 0;
constexpr int ProblemsFound = 1; // `check` found damage or tampering
constexpr int Usage = 2;         // bad command line, or a refusal to overwrite
constexpr int CannotOpen = 3;    // missing, not a workspace, damaged, newer version
constexpr int Locked = 4;        // another process has the workspace open
constexpr int IoError = 5;       // any other file or database error
} // namespace exitcode

} // namespace igw::cli
