// The host C toolchain: $CC (which may be a command line such as
// "ccache gcc"), its identity for cache keys, and the flags Molt uses.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace molt::driver {

/// Splits a command line into words the way a POSIX shell would for a plain
/// command: blanks separate words; '...' quotes literally; "..." quotes with
/// \" \\ \$ \` escapes; a backslash outside quotes escapes the next character.
std::vector<std::string> splitCommandLine(std::string_view s);

/// Joins argv into one line for display, quoting words that need it.
std::string joinCommandLine(const std::vector<std::string> &argv);

/// The C compiler.
struct Toolchain {
  std::vector<std::string> cc; ///< the compiler command ($CC split into words)
  std::string identity;        ///< the command and its `--version` output (cache keys)
};

/// Finds the C compiler ($CC or `cc`) and asks for its version; false with err
/// set if it cannot be run.
bool findToolchain(Toolchain &tc, std::string &err);

/// Flags that compile a generated C unit (optimization level, language),
/// followed by the words of $MOLT_CFLAGS if set.
std::vector<std::string> compileFlags(bool dev);
/// Libraries linked after libmolt_rt.a.
std::vector<std::string> linkLibraries();
/// Flags for the link step.
std::vector<std::string> linkFlags(bool dev);

} // namespace molt::driver
