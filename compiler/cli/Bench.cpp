// `molt bench [PROGRAM...]`: builds each benchmark (release), runs it and
// CPython 3.12 interleaved --runs times, checks that the outputs agree and
// reports median wall times, peak RSS, ratios and their geometric mean.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <dirent.h>
#include <unistd.h>

#include "cli/Commands.h"
#include "cli/TextDiff.h"
#include "driver/Driver.h"
#include "driver/Files.h"
#include "driver/Process.h"
#include "driver/Toolchain.h"

namespace molt::cli {

namespace drv = molt::driver;

namespace {

double median(std::vector<double> v) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/// Runs spec, measuring the peak RSS through the launcher (cli/peakrss.c)
/// when there is one: a child forked by this (large) process would report
/// this process's high-water mark as its own.
drv::ProcessResult runMeasured(drv::ProcessSpec spec, const std::string &launcher,
                               const std::string &statFile) {
  if (launcher.empty()) return drv::runProcess(spec);
  std::string program = spec.program.empty() ? spec.argv.at(0) : spec.program;
  if (program.find('/') == std::string::npos) program = drv::findInPath(program);
  std::vector<std::string> argv = {launcher, statFile, program};
  argv.insert(argv.end(), spec.argv.begin(), spec.argv.end());
  spec.argv = std::move(argv);
  spec.program = launcher;
  ::unlink(statFile.c_str());
  drv::ProcessResult r = drv::runProcess(spec);
  std::string text;
  r.maxRssKB = drv::readFile(statFile, text) ? std::atol(text.c_str()) : 0;
  return r;
}

std::string jsonString(const std::string &s) {
  std::string o = "\"";
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') {
      o += '\\';
      o += char(c);
    } else if (c < 0x20) {
      char b[8];
      std::snprintf(b, sizeof b, "\\u%04x", c);
      o += b;
    } else {
      o += char(c);
    }
  }
  return o + "\"";
}

std::string fmt(const char *f, double v) {
  char b[64];
  std::snprintf(b, sizeof b, f, v);
  return b;
}

struct BenchRow {
  std::string name;
  bool built = false, ok = false;
  std::string problem;
  double pySec = 0, moltSec = 0, pyMB = 0, moltMB = 0, pyCpu = 0, moltCpu = 0;
  double wasmSec = 0;    ///< --target wasm|all: the wasm module under Node (0: not run)
  double wasmRunSec = 0; ///< the same without Node's start-up and module compilation
  double pyodideSec = 0; ///< Pyodide (CPython on wasm32) under Node, start-up included (0: none)
};

} // namespace

int runBench(DriverCommands &dc) {
  std::vector<std::string> programs = dc.paths;
  if (programs.empty()) {
    std::string dir = findRepoPath("bench/programs");
    if (dir.empty()) {
      std::fprintf(stderr, "molt: error: no bench/programs directory here; give programs\n");
      return 2;
    }
    if (DIR *d = ::opendir(dir.c_str())) {
      while (struct dirent *e = ::readdir(d)) {
        std::string n = e->d_name;
        if (n.size() > 3 && n.compare(n.size() - 3, 3, ".py") == 0 && n[0] != '_')
          programs.push_back(drv::joinPath(dir, n));
      }
      ::closedir(d);
    }
    std::sort(programs.begin(), programs.end());
  }
  std::vector<std::string> py;
  std::string err;
  if (!findReferencePython(py, err)) {
    std::fprintf(stderr, "molt: error: %s\n", err.c_str());
    return 2;
  }

  // Pyodide 0.27.7 under Node (tools/pyodide-python, installed by
  // tools/find-python312 into build/pyodide): the wasm-to-wasm comparison.
  std::vector<std::string> pyodide;
  if (dc.target != "native") {
    std::string tool = findRepoPath("tools/pyodide-python");
    const char *dirEnv = std::getenv("MOLT_PYODIDE_DIR");
    std::string base = dirEnv && *dirEnv
                           ? std::string(dirEnv)
                           : drv::joinPath(drv::dirName(drv::dirName(tool)), "build/pyodide");
    std::string nodeErr;
    // Under the same Node as the wasm modules, so that the two columns compare
    // the programs rather than two V8s.
    if (!tool.empty() && drv::isFile(drv::joinPath(base, "node_modules/pyodide/pyodide.js")) &&
        nodeCommand(pyodide, nodeErr))
      pyodide.push_back(drv::absolutePath(tool));
    else {
      pyodide.clear();
      std::fprintf(stderr, "bench: no Pyodide (run MOLT_FORCE_PYODIDE=1 tools/find-python312 "
                           "--install): no Pyodide column\n");
    }
  }

  // The peak-RSS launcher staged next to the runtime (absent: measure directly).
  std::string launcher;
  {
    drv::RuntimeLayout rt;
    std::string rtErr;
    if (drv::findRuntime(rt, rtErr) && drv::isFile(drv::joinPath(rt.home, "molt-peakrss")))
      launcher = drv::joinPath(rt.home, "molt-peakrss");
  }
  std::string statFile = drv::joinPath(drv::joinPath(drv::cacheDir(), "work"),
                                       "peak-rss." + std::to_string(::getpid()));

  std::vector<BenchRow> rows;
  bool allOk = true;
  for (const std::string &prog : programs) {
    BenchRow row;
    row.name = drv::baseName(prog);
    if (row.name.size() > 3) row.name.resize(row.name.size() - 3);
    std::fprintf(stderr, "bench: %s ...\n", row.name.c_str());
    std::string exe;
    CompileOptions co;
    if (compileToCache(prog, co, exe) != 0) {
      row.problem = "build failed";
      rows.push_back(row);
      allOk = false;
      continue;
    }
    row.built = true;
    bool withWasm = dc.target != "native";
    std::string wasm;
    drv::ProcessSpec wasmRun; // the module's run, without the per-run settings
    wasmRun.argv = {drv::baseName(prog)};
    if (withWasm) {
      CompileOptions wo;
      wo.target = "wasm";
      if (compileToCache(prog, wo, wasm) != 0 || !wasmRunCommand(wasm, wasmRun, err)) {
        row.problem = "wasm build failed " + err;
        rows.push_back(row);
        allOk = false;
        continue;
      }
    }
    std::vector<double> wt, wrt, yt;
    std::string timingFile = drv::joinPath(drv::joinPath(drv::cacheDir(), "work"),
                                           "wasm-timing." + std::to_string(::getpid()));
    std::string abs = drv::absolutePath(prog);
    std::string dir = drv::dirName(abs), base = drv::baseName(abs);
    std::vector<double> pt, mt, pc, mc;
    long pRss = 0, mRss = 0;
    row.ok = true;
    for (int r = 0; r < dc.runs; ++r) {
      drv::ProcessSpec ps;
      ps.argv = py;
      ps.argv.push_back(base);
      ps.cwd = dir;
      ps.setEnv = {{"PYTHONHASHSEED", "0"}};
      ps.timeoutSeconds = 600;
      drv::ProcessResult pr = runMeasured(ps, launcher, statFile);
      drv::ProcessSpec ms;
      ms.argv = {base};
      ms.program = exe;
      ms.cwd = dir;
      ms.timeoutSeconds = 600;
      drv::ProcessResult mr = runMeasured(ms, launcher, statFile);
      if (!pr.started || pr.shellStatus() != 0) {
        row.ok = false;
        row.problem = "cpython: " + pr.describe() + " " + lastLine(pr.err);
        break;
      }
      if (!mr.started || mr.shellStatus() != 0 || mr.out != pr.out) {
        row.ok = false;
        if (mr.out != pr.out && mr.started && mr.shellStatus() == 0) {
          long l = firstDifferentLine(pr.out, mr.out);
          row.problem = "output differs at line " + std::to_string(l + 1);
        } else {
          row.problem = "molt: " + mr.describe() + " " + lastLine(mr.err);
        }
        break;
      }
      if (withWasm) {
        drv::ProcessSpec ws = wasmRun;
        ws.cwd = dir;
        ws.timeoutSeconds = 600;
        ws.setEnv.push_back({"MOLT_WASM_TIMING", timingFile});
        drv::ProcessResult wr = drv::runProcess(ws);
        std::string t;
        if (drv::readFile(timingFile, t)) wrt.push_back(std::atof(t.c_str()));
        if (!wr.started || wr.shellStatus() != 0 || wr.out != pr.out) {
          row.ok = false;
          row.problem = "wasm: " + wr.describe() + " " + lastLine(wr.err);
          if (wr.out != pr.out && wr.started && wr.shellStatus() == 0)
            row.problem = "wasm output differs at line " +
                          std::to_string(firstDifferentLine(pr.out, wr.out) + 1);
          break;
        }
        wt.push_back(wr.wallSeconds);
        if (!pyodide.empty()) {
          drv::ProcessSpec ys;
          ys.argv = pyodide;
          ys.argv.push_back(base);
          ys.program = drv::findInPath(pyodide[0]);
          ys.cwd = dir;
          ys.setEnv = nodeEnvironment(); // the same Node environment as the modules
          ys.setEnv.push_back({"PYTHONHASHSEED", "0"});
          ys.timeoutSeconds = 600;
          drv::ProcessResult yr = drv::runProcess(ys);
          if (yr.started && yr.shellStatus() == 0) yt.push_back(yr.wallSeconds);
        }
      }
      pt.push_back(pr.wallSeconds);
      mt.push_back(mr.wallSeconds);
      pc.push_back(pr.cpuSeconds);
      mc.push_back(mr.cpuSeconds);
      pRss = std::max(pRss, pr.maxRssKB);
      mRss = std::max(mRss, mr.maxRssKB);
    }
    if (!row.ok) allOk = false;
    row.pySec = median(pt);
    row.moltSec = median(mt);
    row.wasmSec = median(wt);
    row.wasmRunSec = median(wrt);
    row.pyodideSec = median(yt);
    row.pyCpu = median(pc);
    row.moltCpu = median(mc);
    row.pyMB = double(pRss) / 1024.0;
    row.moltMB = double(mRss) / 1024.0;
    rows.push_back(row);
  }

  // The table.
  size_t w = 7;
  for (const BenchRow &r : rows)
    w = std::max(w, r.name.size());
  std::string out;
  char line[512];
  bool withWasm = dc.target != "native";
  std::snprintf(line, sizeof line, "%-*s %10s %10s %8s %11s %9s", int(w), "program", "cpython s",
                "molt s", "ratio", "cpython MB", "molt MB");
  out += line;
  out += withWasm ? "     wasm s  wasm/nat  wasm run s  run/nat  pyodide s  pyo/wasm\n" : "\n";
  double pyoLogSum = 0;
  int pyoN = 0;
  double runLogSum = 0;
  double wasmLogSum = 0;
  int wasmN = 0;
  double logSum = 0;
  int n = 0;
  for (const BenchRow &r : rows) {
    if (!r.ok) {
      std::snprintf(line, sizeof line, "%-*s %s\n", int(w), r.name.c_str(),
                    ("-- " + r.problem).c_str());
      out += line;
      continue;
    }
    double ratio = r.moltSec > 0 ? r.pySec / r.moltSec : 0;
    if (ratio > 0) {
      logSum += std::log(ratio);
      ++n;
    }
    std::snprintf(line, sizeof line, "%-*s %10.3f %10.3f %7.2fx %11.1f %9.1f", int(w),
                  r.name.c_str(), r.pySec, r.moltSec, ratio, r.pyMB, r.moltMB);
    out += line;
    if (withWasm && r.moltSec > 0) {
      double wr = r.wasmSec / r.moltSec;
      wasmLogSum += std::log(wr);
      ++wasmN;
      double rr = r.wasmRunSec / r.moltSec;
      if (rr > 0) runLogSum += std::log(rr);
      std::snprintf(line, sizeof line, " %10.3f %8.2fx %11.3f %7.2fx", r.wasmSec, wr, r.wasmRunSec,
                    rr);
      out += line;
      if (r.pyodideSec > 0 && r.wasmSec > 0) {
        pyoLogSum += std::log(r.pyodideSec / r.wasmSec);
        ++pyoN;
        std::snprintf(line, sizeof line, " %10.3f %8.2fx", r.pyodideSec, r.pyodideSec / r.wasmSec);
        out += line;
      }
    }
    out += "\n";
  }
  double geo = n ? std::exp(logSum / n) : 0;
  std::snprintf(
      line, sizeof line,
      "geometric mean of ratios (cpython/molt): %.2fx over %d programs, %d runs each (median)\n",
      geo, n, dc.runs);
  out += line;
  if (withWasm) {
    std::snprintf(line, sizeof line,
                  "geometric mean of wasm/native time: %.2fx with Node's start-up and module "
                  "compilation, %.2fx in the module (run), over %d programs\n",
                  wasmN ? std::exp(wasmLogSum / wasmN) : 0.0,
                  wasmN ? std::exp(runLogSum / wasmN) : 0.0, wasmN);
    out += line;
    if (pyoN) {
      std::snprintf(line, sizeof line,
                    "geometric mean of Pyodide/wasm time (both under Node, start-up included): "
                    "%.2fx over %d programs\n",
                    std::exp(pyoLogSum / pyoN), pyoN);
      out += line;
    }
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  std::fflush(stdout);

  if (!dc.json.empty()) {
    std::string j = "{\n  \"runs\": " + std::to_string(dc.runs) +
                    ",\n  \"python\": " + jsonString(drv::joinCommandLine(py)) +
                    ",\n  \"geomean_ratio\": " + fmt("%.4f", geo) + ",\n  \"programs\": [\n";
    for (size_t i = 0; i < rows.size(); ++i) {
      const BenchRow &r = rows[i];
      j += "    {\"name\": " + jsonString(r.name) + ", \"ok\": " + (r.ok ? "true" : "false");
      if (r.ok) {
        j +=
            ", \"cpython_s\": " + fmt("%.6f", r.pySec) + ", \"molt_s\": " + fmt("%.6f", r.moltSec) +
            ", \"ratio\": " + fmt("%.4f", r.moltSec > 0 ? r.pySec / r.moltSec : 0) +
            ", \"cpython_mb\": " + fmt("%.2f", r.pyMB) + ", \"molt_mb\": " + fmt("%.2f", r.moltMB) +
            ", \"cpython_cpu_s\": " + fmt("%.6f", r.pyCpu) +
            ", \"molt_cpu_s\": " + fmt("%.6f", r.moltCpu);
        if (r.wasmSec > 0)
          j += ", \"wasm_s\": " + fmt("%.6f", r.wasmSec) +
               ", \"wasm_run_s\": " + fmt("%.6f", r.wasmRunSec);
        if (r.pyodideSec > 0) j += ", \"pyodide_s\": " + fmt("%.6f", r.pyodideSec);
      } else {
        j += ", \"problem\": " + jsonString(r.problem);
      }
      j += i + 1 < rows.size() ? "},\n" : "}\n";
    }
    j += "  ]\n}\n";
    if (!drv::writeFileAtomic(dc.json, j, err)) {
      std::fprintf(stderr, "molt: error: %s\n", err.c_str());
      return 1;
    }
  }
  return allOk ? 0 : 1;
}

} // namespace molt::cli
