// `molt compare FILE.py [ARGS...]`: runs the program under CPython 3.12 and
// as a Molt executable, shows the differences and both wall times.
#include <cstdio>
#include <unistd.h>

#include "cli/Commands.h"
#include "cli/TextDiff.h"
#include "driver/Files.h"
#include "driver/Process.h"

namespace molt::cli {

namespace drv = molt::driver;

int runCompare(DriverCommands &dc) {
  std::vector<std::string> py;
  std::string err;
  if (!findReferencePython(py, err)) {
    std::fprintf(stderr, "molt: error: %s\n", err.c_str());
    return 1;
  }
  std::string exe;
  if (int st = compileToCache(dc.file, dc.compile, exe)) return st;

  // Both runs get the same stdin: molt's own if it is not a terminal (saved to a file first).
  std::string stdinPath = "/dev/null", tmpIn;
  if (!::isatty(0)) {
    std::string data;
    if (drv::readFile("/dev/stdin", data)) {
      std::string dir = drv::joinPath(drv::cacheDir(), "work");
      if (drv::makeDirs(dir, err)) {
        tmpIn = drv::joinPath(dir, "stdin." + std::to_string(::getpid()));
        if (drv::writeFileAtomic(tmpIn, data, err)) stdinPath = tmpIn;
      }
    }
  }

  drv::ProcessSpec cp;
  cp.argv = py;
  cp.argv.push_back(dc.file);
  cp.argv.insert(cp.argv.end(), dc.programArgs.begin(), dc.programArgs.end());
  cp.setEnv = {{"PYTHONHASHSEED", "0"}, {"PYTHONDONTWRITEBYTECODE", "1"}};
  cp.stdinPath = stdinPath;
  drv::ProcessResult rc = drv::runProcess(cp);

  drv::ProcessSpec mp;
  mp.argv = {dc.file};
  mp.argv.insert(mp.argv.end(), dc.programArgs.begin(), dc.programArgs.end());
  mp.program = exe;
  if (dc.compile.target == "wasm") {
    if (!wasmRunCommand(exe, mp, err)) {
      std::fprintf(stderr, "molt: error: %s\n", err.c_str());
      return 2;
    }
  }
  mp.stdinPath = stdinPath;
  drv::ProcessResult rm = drv::runProcess(mp);
  if (!tmpIn.empty()) ::unlink(tmpIn.c_str());

  if (!rc.started) {
    std::fprintf(stderr, "molt: error: cannot run CPython: %s\n", rc.error.c_str());
    return 1;
  }
  if (!rm.started) {
    std::fprintf(stderr, "molt: error: cannot run the compiled program: %s\n", rm.error.c_str());
    return 1;
  }
  bool same = true;
  std::string out;
  std::string d = unifiedDiff(rc.out, rm.out, "cpython stdout", "molt stdout");
  if (!d.empty()) {
    same = false;
    out += d;
  } else {
    out += "stdout: identical (" + std::to_string(splitLines(rc.out).size()) + " lines)\n";
  }
  std::string lc = lastLine(rc.err), lm = lastLine(rm.err);
  if (lc != lm) {
    same = false;
    out += "stderr last line:\n-" + lc + "\n+" + lm + "\n";
  } else {
    out +=
        "stderr last line: identical" + (lc.empty() ? std::string(" (empty)") : ": " + lc) + "\n";
  }
  if (rc.shellStatus() != rm.shellStatus()) {
    same = false;
    out += "exit status:\n-" + rc.describe() + "\n+" + rm.describe() + "\n";
  } else {
    out += "exit status: identical (" + rc.describe() + ")\n";
  }
  char times[256];
  std::snprintf(times, sizeof times, "cpython: %.3f s\nmolt:    %.3f s (%.1fx)\n", rc.wallSeconds,
                rm.wallSeconds, rm.wallSeconds > 0 ? rc.wallSeconds / rm.wallSeconds : 0.0);
  out += times;
  out += same ? "same behaviour\n" : "DIFFERENT\n";
  std::fwrite(out.data(), 1, out.size(), stdout);
  return same ? 0 : 1;
}

} // namespace molt::cli
