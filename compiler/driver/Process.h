// Child processes for the driver and the harnesses: spawn with a chosen
// argv, working directory, environment and stdin; capture stdout/stderr;
// enforce a timeout; report exit status, wall time and peak memory.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace molt::driver {

/// What to run and how.
struct ProcessSpec {
  /// argv[0] is passed to the program as its argv[0].
  std::vector<std::string> argv;
  /// The file to execute; "" means argv[0] (searched in PATH if it has no '/').
  std::string program;
  /// Working directory; "" inherits the current one.
  std::string cwd;
  /// Environment variables to set (name, value) on top of the inherited environment.
  std::vector<std::pair<std::string, std::string>> setEnv;
  /// File opened as stdin; "" inherits molt's stdin.
  std::string stdinPath = "/dev/null";
  /// Capture stdout / stderr into the result (else they are inherited).
  bool captureStdout = true, captureStderr = true;
  /// Kill the process (and its process group) after this many seconds; 0 = never.
  double timeoutSeconds = 0;
  /// >0: the child's soft RLIMIT_STACK, set before exec (capped by the hard limit).
  uint64_t stackLimitBytes = 0;
};

/// How it went.
struct ProcessResult {
  bool started = false;  ///< false: could not be started (see error)
  std::string error;     ///< why it could not be started
  int exitCode = -1;     ///< exit status if it exited normally, else -1
  int termSignal = 0;    ///< the signal that killed it, else 0
  bool timedOut = false; ///< killed by the timeout
  std::string out, err;  ///< captured stdout / stderr
  double wallSeconds = 0;
  double cpuSeconds = 0; ///< user + system CPU time (rusage of wait4)
  long maxRssKB = 0;     ///< peak resident set size (ru_maxrss of wait4)
  /// A shell-style status: the exit code, or 128 + signal.
  int shellStatus() const { return termSignal ? 128 + termSignal : exitCode; }
  /// A short description: "exit status 3", "killed by signal 11 (Segmentation fault)", "timed out".
  std::string describe() const;
};

/// Runs a process to completion. Safe to call from several threads at once.
ProcessResult runProcess(const ProcessSpec &spec);

/// Looks a command name up in $PATH; returns it unchanged if it contains '/', "" if not found.
std::string findInPath(const std::string &name);

/// Replaces the current process with `program` (argv as given), after
/// flushing stdio and setting the soft RLIMIT_STACK to stackLimitBytes if
/// it is >0; returns only on failure, with err set.
void execReplace(const std::string &program, const std::vector<std::string> &argv, std::string &err,
                 uint64_t stackLimitBytes = 0);

/// Sets this process's soft RLIMIT_STACK to `bytes`, capped by the hard
/// limit (async-signal-safe: used between fork and exec).
void setStackLimit(uint64_t bytes);

} // namespace molt::driver
