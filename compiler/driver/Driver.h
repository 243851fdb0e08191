// The build driver: compiles generated C units with the host C compiler (in
// parallel, cached by content hash), links them with libmolt_rt.a, and
// caches the executables. Builds are reproducible: no absolute paths or
// timestamps reach the outputs.
#pragma once

#include <string>
#include <vector>

#include "driver/Toolchain.h"

namespace molt::driver {

/// Where the runtime headers and library live.
struct RuntimeLayout {
  std::string home;       ///< <home>/include/molt/molt.h, <home>/libmolt_rt.a
  std::string includeDir; ///< directory to pass with -I
  std::string library;    ///< libmolt_rt.a
};

/// Finds the runtime: $MOLT_HOME, else ../lib/molt next to the molt
/// executable; false with err set if it is missing. For the wasm target the
/// library is <home>/wasm32-wasi/libmolt_rt.a (the headers are shared).
bool findRuntime(RuntimeLayout &rt, std::string &err, Target target = Target::Native);

/// One C translation unit to compile.
struct CSource {
  std::string fileName; ///< relative name, e.g. "__main__.c"
  std::string code;
  bool library = false; ///< a module of Molt's standard library (see compileFlags)
};

/// A build request.
struct BuildRequest {
  std::vector<CSource> units;
  bool dev = false;               ///< -O0 -g instead of the release flags
  int jobs = 2;                   ///< parallel compiler processes
  Target target = Target::Native; ///< must match the toolchain's target
};

/// A finished (or failed) build.
struct BuildResult {
  bool ok = false;
  std::string error;      ///< what failed (compiler output included)
  std::string executable; ///< the executable (or .wasm module), inside the cache
  std::string key;        ///< its cache key
  int compiled = 0;       ///< units compiled (cache misses)
  int reused = 0;         ///< units taken from the cache
  bool linkReused = false;
};

/// Everything cache keys depend on besides the C code.
struct KeyInputs {
  std::string compilerIdentity;
  std::vector<std::string> flags;
  std::vector<std::string> libraryFlags; ///< the same for CSource::library units
  std::string runtimeHeadersHash;
  std::string runtimeLibraryHash;
  /// The compiler flags of one unit.
  const std::vector<std::string> &flagsOf(const CSource &unit) const {
    return unit.library ? libraryFlags : flags;
  }
};

/// The cache key of one object file.
std::string objectKey(const KeyInputs &in, const CSource &unit);
/// The cache key of an executable made of the given object keys (in order).
std::string executableKey(const KeyInputs &in, const std::vector<std::string> &objectKeys,
                          const std::vector<std::string> &linkFlags);

/// SHA-256 over every header under includeDir/molt (sorted by name) — "" if none.
std::string hashRuntimeHeaders(const std::string &includeDir);

/// Compiles and links the request into the cache (reusing cached objects and
/// executables). Uses the toolchain and runtime found by the calls above.
BuildResult buildExecutable(const BuildRequest &req, const Toolchain &tc, const RuntimeLayout &rt);

} // namespace molt::driver
