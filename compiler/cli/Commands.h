// The driver-side subcommands of `molt`: build, run, compare, diff, bench.
// main.cpp registers them with addDriverCommands and dispatches with
// runDriverCommands.
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace molt::driver {
struct ProcessSpec;
}

namespace molt::cli {

/// Options shared by every command that compiles a program.
struct CompileOptions {
  bool dev = false;              ///< -O0 -g build
  std::string allow;             ///< --allow: comma-separated capabilities
  bool trusted = false;          ///< --trusted: every capability
  int jobs = 2;                  ///< parallel C compiler processes
  std::string target = "native"; ///< --target: native or wasm
};

/// Parsed options of every driver subcommand.
struct DriverCommands {
  CLI::App *build = nullptr, *run = nullptr, *compare = nullptr, *diff = nullptr, *bench = nullptr;
  CompileOptions compile;
  std::string file;
  std::string output;
  std::string emit;
  bool printPath = false;
  std::vector<std::string> programArgs; ///< ARGS after FILE (run, compare)
  std::vector<std::string> paths;       ///< diff paths / bench programs
  int diffJobs = 2;
  double timeout = 60;
  int runs = 3;
  std::string json;
  std::string target = "native"; ///< diff/bench --target: native, wasm or all
};

/// Adds the build/run/compare/diff/bench subcommands to app.
void addDriverCommands(CLI::App &app, DriverCommands &dc);

/// Moves the arguments after FILE of `molt run|compare [OPTIONS] FILE ARGS...`
/// (or after `--`) out of argv into programArgs, so that they reach the
/// program untouched; returns the argv CLI11 should parse.
std::vector<char *> splitProgramArgs(int argc, char **argv, std::vector<std::string> &programArgs);

/// Runs the parsed driver subcommand, if one was given: true and status set.
bool runDriverCommands(DriverCommands &dc, int &status);

// ---- shared by the command implementations (Pipeline.cpp) ----

/// Compiles a Python program to an executable in the cache; prints
/// diagnostics to stderr. Returns 0 and sets exePath, 1 after diagnostics
/// (the program is wrong), or 2 if the toolchain failed (molt or the setup is).
int compileToCache(const std::string &file, const CompileOptions &opt, std::string &exePath);

/// The Node.js command that runs wasm modules and Pyodide: $MOLT_NODE, else
/// the Node `make deps` installs (build/node/bin/node), else `node` on PATH.
/// False (err set) when none can be found. *pinned (if given) is set to
/// whether it is the Node `make deps` installs, whose V8 version is known.
bool nodeCommand(std::vector<std::string> &cmd, std::string &err, bool *pinned = nullptr);

/// Environment variables molt sets for the Node it starts (wasm modules,
/// and Pyodide in `molt bench`): glibc malloc tunables (Pipeline.cpp says why).
std::vector<std::pair<std::string, std::string>> nodeEnvironment();

/// Turns spec, whose argv is the program's (argv[0] first), into the run of
/// a compiled wasm module under Node's WASI: argv and program become node
/// [FLAGS] <runtime>/wasm-run.cjs [--main-thread] MODULE ARGV..., the
/// stack limit the one that command needs (0: any; the runner then uses a
/// worker thread), and nodeEnvironment() is added to setEnv. False with err
/// set (spec unchanged) if node or the runner is missing.
bool wasmRunCommand(const std::string &module, driver::ProcessSpec &spec, std::string &err);

/// A path in the source tree (tools/..., tests/diff, bench/programs): first
/// relative to the current directory, then to the repository holding the
/// molt executable (<repo>/build/bin/molt). "" if neither exists.
std::string findRepoPath(const std::string &rel);

/// The reference interpreter command (MOLT_PYTHON, else tools/find-python312);
/// false with err set if none.
bool findReferencePython(std::vector<std::string> &cmd, std::string &err);

/// A string identifying the reference interpreter (for cache keys).
std::string referencePythonIdentity(const std::vector<std::string> &cmd);

int runBuild(DriverCommands &dc);
int runRun(DriverCommands &dc);
int runCompare(DriverCommands &dc);
int runDiff(DriverCommands &dc);
int runBench(DriverCommands &dc);

} // namespace molt::cli
