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

/// What the driver builds for.
enum class Target {
  Native, ///< an executable for the host, built with $CC
  Wasm,   ///< a wasm32-wasi module, built with clang-16 and wasm-ld
};

/// "native" or "wasm".
const char *targetName(Target t);

/// Stack size of wasm modules: deep Python recursion needs more than
/// wasm-ld's 64 KiB default (RecursionError is raised long before it fills).
inline constexpr unsigned kWasmStackBytes = 8u << 20;

/// The C compiler.
struct Toolchain {
  std::vector<std::string> cc; ///< the compiler command ($CC split into words)
  std::string identity;        ///< the command and its `--version` output (cache keys)
  Target target = Target::Native;
  std::vector<std::string> wasmOpt; ///< wasm: the wasm-opt command (empty if missing)
};

/// Finds the C compiler ($CC or `cc`; for wasm $MOLT_WASM_CC or clang-16,
/// plus wasm-opt) and asks for its version; false with err set if it cannot
/// be run.
bool findToolchain(Toolchain &tc, std::string &err, Target target = Target::Native);

/// Flags that compile a generated C unit (optimization level, language),
/// followed by the words of $MOLT_CFLAGS if set. `library`: a module of
/// Molt's lib/ (a --dev wasm build compiles those at -O1, see the .cpp).
std::vector<std::string> compileFlags(bool dev, Target target = Target::Native,
                                      bool library = false);
/// Libraries linked after libmolt_rt.a.
std::vector<std::string> linkLibraries(Target target = Target::Native);
/// Flags for the link step.
std::vector<std::string> linkFlags(bool dev, Target target = Target::Native);
/// wasm-opt's arguments (before the input and -o output) for release builds.
std::vector<std::string> wasmOptFlags();

} // namespace molt::driver
