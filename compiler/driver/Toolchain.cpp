// The host C toolchain.
#include "driver/Toolchain.h"

#include <cctype>
#include <cstdlib>

#include "driver/Process.h"

namespace molt::driver {

std::vector<std::string> splitCommandLine(std::string_view s) {
  std::vector<std::string> words;
  std::string cur;
  bool inWord = false;
  size_t i = 0;
  while (i < s.size()) {
    char c = s[i];
    if (c == ' ' || c == '\t' || c == '\n') {
      if (inWord) words.push_back(std::move(cur));
      cur.clear();
      inWord = false;
      ++i;
      continue;
    }
    inWord = true;
    if (c == '\'') {
      size_t j = s.find('\'', i + 1);
      if (j == std::string_view::npos) j = s.size();
      cur.append(s.substr(i + 1, j - i - 1));
      i = j + 1;
    } else if (c == '"') {
      ++i;
      while (i < s.size() && s[i] != '"') {
        if (s[i] == '\\' && i + 1 < s.size() &&
            (s[i + 1] == '"' || s[i + 1] == '\\' || s[i + 1] == '$' || s[i + 1] == '`')) {
          cur += s[i + 1];
          i += 2;
        } else {
          cur += s[i++];
        }
      }
      ++i;
    } else if (c == '\\' && i + 1 < s.size()) {
      if (s[i + 1] != '\n') cur += s[i + 1];
      i += 2;
    } else {
      cur += c;
      ++i;
    }
  }
  if (inWord) words.push_back(std::move(cur));
  return words;
}

std::string joinCommandLine(const std::vector<std::string> &argv) {
  std::string line;
  for (const std::string &a : argv) {
    if (!line.empty()) line += ' ';
    bool plain = !a.empty();
    for (char c : a)
      if (!(isalnum(static_cast<unsigned char>(c)) ||
            std::string_view("-_./=:,+@%").find(c) != std::string_view::npos))
        plain = false;
    if (plain) {
      line += a;
      continue;
    }
    line += '\'';
    for (char c : a) {
      if (c == '\'')
        line += "'\\''";
      else
        line += c;
    }
    line += '\'';
  }
  return line;
}

const char *targetName(Target t) { return t == Target::Wasm ? "wasm" : "native"; }

namespace {

/// Runs `argv --version`; its output, or false.
bool toolVersion(const std::vector<std::string> &argv, std::string &out, std::string &why) {
  ProcessSpec spec;
  spec.argv = argv;
  spec.argv.push_back("--version");
  spec.timeoutSeconds = 60;
  ProcessResult r = runProcess(spec);
  if (!r.started || r.exitCode != 0) {
    why = r.describe();
    return false;
  }
  out = r.out;
  return true;
}

} // namespace

bool findToolchain(Toolchain &tc, std::string &err, Target target) {
  tc.target = target;
  std::string version, why;
  if (target == Target::Wasm) {
    const char *env = std::getenv("MOLT_WASM_CC");
    tc.cc = splitCommandLine(env && *env ? env : "clang-16");
    if (tc.cc.empty()) tc.cc = {"clang-16"};
    if (!toolVersion(tc.cc, version, why)) {
      err = "cannot run the wasm C compiler '" + joinCommandLine(tc.cc) + "' (" + why +
            "); run `make deps` (clang-16, lld-16, wasi-libc) or set MOLT_WASM_CC";
      return false;
    }
    tc.identity = "wasm32-wasi\n" + joinCommandLine(tc.cc) + "\n" + version;
    const char *opt = std::getenv("MOLT_WASM_OPT");
    tc.wasmOpt = splitCommandLine(opt && *opt ? opt : "wasm-opt");
    std::string optVersion;
    if (tc.wasmOpt.empty() || !toolVersion(tc.wasmOpt, optVersion, why)) {
      err = "cannot run wasm-opt (" + why + "); run `make deps` (binaryen) or set MOLT_WASM_OPT";
      return false;
    }
    tc.identity += joinCommandLine(tc.wasmOpt) + "\n" + optVersion;
    return true;
  }
  const char *env = std::getenv("CC");
  tc.cc = splitCommandLine(env && *env ? env : "cc");
  if (tc.cc.empty()) tc.cc = {"cc"};
  if (!toolVersion(tc.cc, version, why)) {
    err = "cannot run the C compiler '" + joinCommandLine(tc.cc) + "' (" + why +
          "); install gcc or clang, or set CC";
    return false;
  }
  tc.identity = joinCommandLine(tc.cc) + "\n" + version;
  return true;
}

std::vector<std::string> compileFlags(bool dev, Target target, bool library) {
  // No contraction of a * b + c into a fused multiply-add: Python rounds each
  // float operation (this matters on targets that have FMA instructions).
  std::vector<std::string> f = {"-std=gnu11", "-fno-strict-aliasing", "-ffp-contract=off"};
  if (target == Target::Wasm) {
    // The post-MVP features the wasm runtime is built with (WasmRuntime.cmake).
    f.insert(f.begin(),
             {"--target=wasm32-wasi", "-mnontrapping-fptoint", "-msign-ext", "-mmutable-globals"});
  }
  if (dev && target == Target::Wasm && library) {
    // V8 needs seconds and gigabytes to tier up the huge functions of -O0
    // code (typing's module body: a 600 KB function, 22 s and 6 GB per run;
    // 0.26 s at -O1). Library modules are compiled once and cached, so
    // --dev builds optimize them fully at -O1; the program's own, below.
    f.insert(f.end(), {"-O1", "-g"});
  } else if (dev && target == Target::Wasm) {
    // The program's own code: no IR optimization (as -O0), but the backend at
    // -O1, whose register stackifier and coloring put the values of a function
    // in few wasm locals. At -O0 every virtual register is its own local: a
    // 2,000-value module body passed V8's limit of 50,000 locals per function
    // ("local count too large"), and V8 took seconds to tier up such
    // functions. This way builds faster too (31 diff programs: 108 -> 37 s;
    // modules about half the size).
    f.insert(f.end(), {"-O1", "-Xclang", "-disable-llvm-passes", "-g"});
  } else if (dev) {
    f.insert(f.end(), {"-O0", "-g"});
  } else {
    f.insert(f.end(), {"-O2"});
  }
  // Extra flags for experiments (part of the cache key like every flag).
  const char *extra = std::getenv("MOLT_CFLAGS");
  if (extra && *extra)
    for (std::string &w : splitCommandLine(extra))
      f.push_back(std::move(w));
  return f;
}

std::vector<std::string> linkLibraries(Target target) {
  if (target == Target::Wasm) return {"-lc++", "-lc++abi", "-lm"};
  return {"-lstdc++", "-lm"};
}

std::vector<std::string> linkFlags(bool dev, Target target) {
  std::vector<std::string> f;
  if (target == Target::Wasm) {
    f.push_back("--target=wasm32-wasi");
    // The stack goes first in linear memory so that an overflow traps
    // instead of overwriting data; the runtime's capabilities string is
    // exported so that the runner can grant the matching WASI rights.
    f.push_back("-Wl,-z,stack-size=" + std::to_string(kWasmStackBytes));
    f.insert(f.end(), {"-Wl,--stack-first", "-Wl,--export=molt_granted_capabilities"});
    if (!dev) f.push_back("-Wl,--strip-debug");
  }
  if (dev) f.push_back("-g");
  // Extra link flags for experiments (part of the cache key like every flag).
  const char *extra = std::getenv("MOLT_LDFLAGS");
  if (extra && *extra)
    for (std::string &w : splitCommandLine(extra))
      f.push_back(std::move(w));
  return f;
}

std::vector<std::string> wasmOptFlags() { return {"-O2", "--strip-debug", "--strip-producers"}; }

} // namespace molt::driver
