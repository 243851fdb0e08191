// `molt diff [PATH...]`: the differential test harness. Every program is run
// by CPython 3.12 (PYTHONHASHSEED=0; results cached by content hash and
// interpreter identity) and compiled and run by Molt; stdout, the exit
// status and the last line of stderr must be equal.
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <dirent.h>
#include <map>
#include <mutex>
#include <set>
#include <thread>

#include "cli/Commands.h"
#include "cli/TextDiff.h"
#include "driver/Files.h"
#include "driver/Process.h"
#include "driver/Sha256.h"
#include "driver/Toolchain.h"

namespace molt::cli {

namespace drv = molt::driver;

namespace {

bool endsWith(const std::string &s, const std::string &suf) {
  return s.size() >= suf.size() && s.compare(s.size() - suf.size(), suf.size(), suf) == 0;
}

/// Adds the test programs under dir (recursively): *.py files not starting
/// with '_'; directories that are packages (have __init__.py) or hidden are helpers.
void collectDir(const std::string &dir, std::vector<std::string> &out) {
  std::vector<std::string> names;
  if (DIR *d = ::opendir(dir.c_str())) {
    while (struct dirent *e = ::readdir(d))
      names.push_back(e->d_name);
    ::closedir(d);
  }
  std::sort(names.begin(), names.end());
  for (const std::string &n : names) {
    if (n.empty() || n[0] == '.' || n == "__pycache__") continue;
    std::string p = drv::joinPath(dir, n);
    if (drv::isDirectory(p)) {
      if (!drv::isFile(drv::joinPath(p, "__init__.py"))) collectDir(p, out);
    } else if (endsWith(n, ".py") && n[0] != '_') {
      out.push_back(p);
    }
  }
}

/// The known failures: tests/diff/known-failures.txt lists, one per line,
/// a program path relative to tests/diff, optionally `[wasm]` or `[native]`
/// (the entry then applies to that target only, e.g. libm differences of
/// wasi-libc), followed by `#` and the reason (documented divergences such as
/// NaN identity under NaN-boxing). A listed program that fails is reported as
/// a known failure, not a failure; a listed program that passes is reported
/// so the list stays honest. Result: path -> targets ("" = every target).
std::map<std::string, std::string> readKnownFailures(const std::string &listPath) {
  std::map<std::string, std::string> known;
  std::string text;
  if (listPath.empty() || !drv::readFile(listPath, text)) return known;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string::npos) nl = text.size();
    std::string line = text.substr(pos, nl - pos);
    pos = nl + 1;
    size_t hash = line.find('#');
    if (hash != std::string::npos) line.resize(hash);
    std::string target;
    size_t br = line.find('[');
    if (br != std::string::npos) {
      size_t close = line.find(']', br);
      if (close != std::string::npos) target = line.substr(br + 1, close - br - 1);
      line.resize(br);
    }
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r'))
      line.pop_back();
    size_t start = line.find_first_not_of(" \t");
    if (start == std::string::npos) continue;
    known[line.substr(start)] = target;
  }
  return known;
}

/// True if file (any spelling) names a known-failure entry (relative to
/// tests/diff) that applies to one of the targets of this run.
bool matchesKnown(const std::string &file, const std::map<std::string, std::string> &known,
                  const std::vector<std::string> &targets) {
  for (const auto &[k, target] : known) {
    if (!(endsWith(file, "/" + k) || file == k)) continue;
    if (target.empty()) return true;
    for (const std::string &t : targets)
      if (t == target) return true;
  }
  return false;
}

/// What one side produced.
struct RunOutcome {
  bool started = false;
  std::string error;
  int status = -1; ///< shell-style exit status
  bool timedOut = false;
  std::string out;
  std::string errLast;
  std::string errFull;
  double seconds = 0;
};

std::string serialize(const RunOutcome &r) {
  return "molt-diff-expected-v1\n" + std::to_string(r.status) + "\n" +
         std::to_string(r.out.size()) + "\n" + r.out + r.errLast + "\n";
}

bool deserialize(const std::string &s, RunOutcome &r) {
  size_t p = s.find('\n');
  if (p == std::string::npos || s.substr(0, p) != "molt-diff-expected-v1") return false;
  size_t q = s.find('\n', p + 1);
  if (q == std::string::npos) return false;
  r.status = std::atoi(s.substr(p + 1, q - p - 1).c_str());
  size_t w = s.find('\n', q + 1);
  if (w == std::string::npos) return false;
  size_t len = size_t(std::strtoull(s.substr(q + 1, w - q - 1).c_str(), nullptr, 10));
  if (w + 1 + len > s.size()) return false;
  r.out = s.substr(w + 1, len);
  std::string rest = s.substr(w + 1 + len);
  if (!rest.empty() && rest.back() == '\n') rest.pop_back();
  r.errLast = rest;
  r.started = true;
  return true;
}

RunOutcome fromProcess(const drv::ProcessResult &p) {
  RunOutcome r;
  r.started = p.started;
  r.error = p.error;
  r.status = p.shellStatus();
  r.timedOut = p.timedOut;
  r.out = p.out;
  r.errFull = p.err;
  r.errLast = lastLine(p.err);
  r.seconds = p.wallSeconds;
  return r;
}

/// The top-level module names a Python source imports (a rough scan, used
/// only to key the expected-output cache on local helper modules too).
std::vector<std::string> importedNames(const std::string &src) {
  std::vector<std::string> names;
  for (const std::string &raw : splitLines(src)) {
    size_t i = raw.find_first_not_of(" \t");
    if (i == std::string::npos) continue;
    std::string line = raw.substr(i);
    bool isImport = line.rfind("import ", 0) == 0, isFrom = line.rfind("from ", 0) == 0;
    if (!isImport && !isFrom) continue;
    std::string rest = line.substr(isImport ? 7 : 5);
    if (isFrom) {
      size_t k = rest.find_first_not_of(". ");
      rest = k == std::string::npos ? "" : rest.substr(k);
      if (rest.rfind("import ", 0) == 0) {
        // `from . import a, b`: the names are modules of the package
        rest = rest.substr(7);
      } else {
        rest = rest.substr(0, rest.find_first_of(" .\t"));
      }
    }
    size_t s = 0;
    while (s <= rest.size()) {
      size_t e = rest.find(',', s);
      if (e == std::string::npos) e = rest.size();
      std::string n = rest.substr(s, e - s);
      s = e + 1;
      size_t b = n.find_first_not_of(" \t(");
      if (b == std::string::npos) continue;
      n = n.substr(b);
      n = n.substr(0, n.find_first_of(" .\t)#"));
      if (!n.empty()) names.push_back(n);
    }
  }
  return names;
}

/// Feeds the program and the local modules it (transitively) imports into h.
void hashProgramSources(const std::string &file, drv::Sha256 &h) {
  std::string dir = drv::dirName(file);
  std::set<std::string> seen;
  std::vector<std::string> todo = {file};
  while (!todo.empty()) {
    std::string f = todo.back();
    todo.pop_back();
    if (!seen.insert(f).second) continue;
    std::string src;
    if (!drv::readFile(f, src)) continue;
    h.field(f == file ? std::string("<main>") : f.substr(dir.size()));
    h.field(src);
    for (const std::string &n : importedNames(src)) {
      std::string mod = drv::joinPath(dir, n + ".py");
      std::string pkg = drv::joinPath(drv::joinPath(dir, n), "__init__.py");
      if (drv::isFile(mod)) todo.push_back(mod);
      if (drv::isFile(pkg)) {
        todo.push_back(pkg);
        std::vector<std::string> inner;
        std::string pdir = drv::joinPath(dir, n);
        if (DIR *d = ::opendir(pdir.c_str())) {
          while (struct dirent *e = ::readdir(d))
            inner.push_back(e->d_name);
          ::closedir(d);
        }
        std::sort(inner.begin(), inner.end());
        for (const std::string &x : inner)
          if (endsWith(x, ".py")) todo.push_back(drv::joinPath(pdir, x));
      }
    }
  }
}

/// `# molt-diff: args=a b c` on the first line.
std::vector<std::string> programArgs(const std::string &src) {
  std::string first = src.substr(0, src.find('\n'));
  const std::string tag = "# molt-diff:";
  if (first.rfind(tag, 0) != 0) return {};
  std::string rest = first.substr(tag.size());
  size_t a = rest.find("args=");
  if (a == std::string::npos) return {};
  return drv::splitCommandLine(rest.substr(a + 5));
}

std::string quoteLine(const std::vector<std::string> &lines, long i) {
  if (i < 0 || size_t(i) >= lines.size()) return "<end of output>";
  std::string s = lines[size_t(i)];
  if (s.size() > 200) s = s.substr(0, 200) + "...";
  return "'" + s + "'";
}

} // namespace

int runDiff(DriverCommands &dc) {
  std::vector<std::string> roots = dc.paths;
  if (roots.empty()) {
    std::string def = findRepoPath("tests/diff");
    if (def.empty()) {
      std::fprintf(stderr, "molt: error: no tests/diff directory here; give paths\n");
      return 2;
    }
    roots.push_back(def);
  }
  std::vector<std::string> files;
  for (const std::string &r : roots) {
    if (drv::isDirectory(r)) {
      collectDir(r, files);
    } else if (drv::isFile(r)) {
      files.push_back(r);
    } else {
      std::fprintf(stderr, "molt: error: cannot read '%s'\n", r.c_str());
      return 2;
    }
  }
  std::sort(files.begin(), files.end());
  files.erase(std::unique(files.begin(), files.end()), files.end());

  std::vector<std::string> py;
  std::string err;
  if (!findReferencePython(py, err)) {
    std::fprintf(stderr, "molt: error: %s\n", err.c_str());
    return 2;
  }
  std::string pyId = referencePythonIdentity(py);
  std::vector<std::string> targets;
  if (dc.target == "all")
    targets = {"native", "wasm"};
  else
    targets = {dc.target};
  std::string self = drv::selfExePath();
  std::string expectedDir = drv::joinPath(drv::cacheDir(), "diff-expected");
  if (!drv::makeDirs(expectedDir, err)) {
    std::fprintf(stderr, "molt: error: %s\n", err.c_str());
    return 2;
  }

  struct Result {
    bool pass = false;
    std::string detail;
  };
  std::vector<Result> results(files.size());
  std::mutex mu;
  std::atomic<size_t> next{0};
  size_t done = 0;
  int width = int(std::to_string(files.size()).size());

  auto work = [&](size_t idx) {
    const std::string &file = files[idx];
    std::string abs = drv::absolutePath(file);
    std::string dir = drv::dirName(abs), base = drv::baseName(abs);
    std::string src;
    drv::readFile(file, src);
    std::vector<std::string> args = programArgs(src);

    // Expected: CPython (cached).
    drv::Sha256 h;
    h.field("molt-diff-v1");
    h.field(pyId);
    hashProgramSources(abs, h);
    for (const std::string &a : args)
      h.field(a);
    h.field(std::to_string(dc.timeout));
    std::string key = h.hexDigest();
    std::string cachePath = drv::joinPath(expectedDir, key);
    RunOutcome expected;
    std::string cached;
    if (!(drv::readFile(cachePath, cached) && deserialize(cached, expected))) {
      drv::ProcessSpec ps;
      ps.argv = py;
      ps.argv.push_back(base);
      ps.argv.insert(ps.argv.end(), args.begin(), args.end());
      ps.cwd = dir;
      ps.setEnv = {{"PYTHONHASHSEED", "0"}, {"PYTHONDONTWRITEBYTECODE", "1"}};
      ps.timeoutSeconds = dc.timeout;
      expected = fromProcess(drv::runProcess(ps));
      std::string e;
      if (expected.started && !expected.timedOut)
        drv::writeFileAtomic(cachePath, serialize(expected), e);
    }

    // Actual: molt build, then run (for each target).
    auto runTarget = [&](const std::string &target, double &seconds) -> std::string {
      std::string detail;
      RunOutcome actual;
      drv::ProcessSpec bs;
      bs.argv = {self, "build", base, "--print-path", "-j", "1", "--target", target};
      if (dc.compile.dev) bs.argv.push_back("--dev");
      bs.program = self;
      bs.cwd = dir;
      bs.timeoutSeconds = std::max(300.0, dc.timeout);
      drv::ProcessResult br = drv::runProcess(bs);
      bool compiled = br.started && br.exitCode == 0 && !br.out.empty();
      if (compiled) {
        std::string exe = br.out;
        while (!exe.empty() && exe.back() == '\n')
          exe.pop_back();
        drv::ProcessSpec rs;
        rs.argv = {base};
        rs.argv.insert(rs.argv.end(), args.begin(), args.end());
        rs.program = exe;
        if (target == "wasm") {
          std::string e;
          if (!wasmRunCommand(exe, rs, e)) {
            rs.argv = {"false"};
            rs.program = "/bin/false";
            actual.error = e;
          }
        }
        rs.cwd = dir;
        rs.timeoutSeconds = dc.timeout;
        if (actual.error.empty()) actual = fromProcess(drv::runProcess(rs));
        seconds = actual.seconds;
      } else if (br.started && br.exitCode == 1 && !br.timedOut) {
        // A compile-time error: compared like a run that failed (CPython raises
        // SyntaxError the same way); refusals show up as differences.
        actual.started = true;
        actual.status = 1;
        actual.errFull = br.err;
        actual.errLast = lastLine(br.err);
      } else {
        actual.started = false;
        actual.error = "molt build failed (" + br.describe() + "):";
        std::vector<std::string> lines = splitLines(br.err);
        for (size_t i = 0; i < lines.size() && i < 15; ++i)
          actual.error += "\n    " + lines[i];
      }

      if (!expected.started) {
        detail += "  cpython could not run: " + expected.error + "\n";
      } else if (expected.timedOut) {
        detail += "  cpython timed out\n";
      }
      if (!actual.started) {
        detail += "  " + actual.error + "\n";
      } else if (actual.timedOut) {
        detail += "  molt's executable timed out after " + std::to_string(int(dc.timeout)) + " s\n";
      }
      if (detail.empty()) {
        if (expected.out != actual.out) {
          long l = firstDifferentLine(expected.out, actual.out);
          std::vector<std::string> le = splitLines(expected.out), la = splitLines(actual.out);
          detail += "  stdout differs at line " + std::to_string(l + 1) +
                    ":\n    cpython: " + quoteLine(le, l) + "\n    molt:    " + quoteLine(la, l) +
                    "\n";
          if (le.size() == la.size() && l == long(le.size()))
            detail += "    (the outputs differ in the final newline)\n";
        }
        if (expected.status != actual.status)
          detail += "  exit status: cpython " + std::to_string(expected.status) + ", molt " +
                    std::to_string(actual.status) + "\n";
        if (expected.errLast != actual.errLast)
          detail += "  stderr last line:\n    cpython: '" + expected.errLast + "'\n    molt:    '" +
                    actual.errLast + "'\n";
        if (!detail.empty() && !compiled && !actual.errFull.empty()) {
          detail += "  compile error:\n";
          std::vector<std::string> lines = splitLines(actual.errFull);
          for (size_t i = 0; i < lines.size() && i < 15; ++i)
            detail += "    " + lines[i] + "\n";
        }
      }
      return detail;
    };
    Result res;
    std::string detail;
    std::string timing;
    for (const std::string &target : targets) {
      double seconds = -1;
      std::string d = runTarget(target, seconds);
      if (targets.size() > 1 && !d.empty()) d = "  [" + target + "]\n" + d;
      detail += d;
      if (seconds >= 0) {
        char t[64];
        std::snprintf(t, sizeof t, "%s%s%.2fs", timing.empty() ? "" : ", ",
                      targets.size() > 1 ? (target + " ").c_str() : "", seconds);
        timing += t;
      }
    }

    res.pass = detail.empty();
    res.detail = detail;
    std::lock_guard<std::mutex> g(mu);
    results[idx] = res;
    ++done;
    char line[64];
    std::snprintf(line, sizeof line, "[%*zu/%zu] %s ", width, done, files.size(),
                  res.pass ? "ok  " : "FAIL");
    std::string msg = line + file;
    if (!timing.empty()) msg += " (" + timing + ")";
    std::printf("%s\n", msg.c_str());
    std::fflush(stdout);
  };

  int jobs = std::max(1, dc.diffJobs);
  std::vector<std::thread> threads;
  auto worker = [&] {
    for (size_t i; (i = next++) < files.size();)
      work(i);
  };
  for (int t = 1; t < jobs; ++t)
    threads.emplace_back(worker);
  worker();
  for (std::thread &t : threads)
    t.join();

  std::map<std::string, std::string> known =
      readKnownFailures(findRepoPath("tests/diff/known-failures.txt"));
  size_t passed = 0, failed = 0, knownFailed = 0;
  std::string report, knownReport;
  for (size_t i = 0; i < files.size(); ++i) {
    bool isKnown = matchesKnown(files[i], known, targets);
    if (results[i].pass) {
      ++passed;
      if (isKnown)
        knownReport += "note: " + files[i] +
                       " passes but is listed in tests/diff/known-failures.txt; remove it there\n";
      continue;
    }
    if (isKnown) {
      ++knownFailed;
      knownReport += "known failure (tests/diff/known-failures.txt): " + files[i] + "\n";
      continue;
    }
    ++failed;
    report += "FAIL " + files[i] + "\n" + results[i].detail;
  }
  if (!report.empty()) {
    std::printf("\n");
    std::fwrite(report.data(), 1, report.size(), stdout);
  }
  if (!knownReport.empty()) {
    std::printf("\n");
    std::fwrite(knownReport.data(), 1, knownReport.size(), stdout);
  }
  if (knownFailed) std::printf("%zu known failures (not counted)\n", knownFailed);
  std::printf("%zu passed, %zu failed\n", passed, failed);
  std::fflush(stdout);
  return failed ? 1 : 0;
}

} // namespace molt::cli
