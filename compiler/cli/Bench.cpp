// `molt bench [PROGRAM...]`: builds each benchmark (release), runs it and
// CPython 3.12 interleaved --runs times, checks that the outputs agree and
// reports median wall times, peak RSS, ratios and their geometric mean.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <dirent.h>

#include "cli/Commands.h"
#include "cli/TextDiff.h"
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
      drv::ProcessResult pr = drv::runProcess(ps);
      drv::ProcessSpec ms;
      ms.argv = {base};
      ms.program = exe;
      ms.cwd = dir;
      ms.timeoutSeconds = 600;
      drv::ProcessResult mr = drv::runProcess(ms);
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
  std::snprintf(line, sizeof line, "%-*s %10s %10s %8s %11s %9s\n", int(w), "program", "cpython s",
                "molt s", "ratio", "cpython MB", "molt MB");
  out += line;
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
    std::snprintf(line, sizeof line, "%-*s %10.3f %10.3f %7.2fx %11.1f %9.1f\n", int(w),
                  r.name.c_str(), r.pySec, r.moltSec, ratio, r.pyMB, r.moltMB);
    out += line;
  }
  double geo = n ? std::exp(logSum / n) : 0;
  std::snprintf(
      line, sizeof line,
      "geometric mean of ratios (cpython/molt): %.2fx over %d programs, %d runs each (median)\n",
      geo, n, dc.runs);
  out += line;
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
