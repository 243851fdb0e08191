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

bool findToolchain(Toolchain &tc, std::string &err) {
  const char *env = std::getenv("CC");
  tc.cc = splitCommandLine(env && *env ? env : "cc");
  if (tc.cc.empty()) tc.cc = {"cc"};
  ProcessSpec spec;
  spec.argv = tc.cc;
  spec.argv.push_back("--version");
  spec.timeoutSeconds = 60;
  ProcessResult r = runProcess(spec);
  if (!r.started || r.exitCode != 0) {
    err = "cannot run the C compiler '" + joinCommandLine(tc.cc) + "' (" + r.describe() +
          "); install gcc or clang, or set CC";
    return false;
  }
  tc.identity = joinCommandLine(tc.cc) + "\n" + r.out;
  return true;
}

std::vector<std::string> compileFlags(bool dev) {
  std::vector<std::string> f = {"-std=gnu11", "-fno-strict-aliasing"};
  if (dev) {
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

std::vector<std::string> linkLibraries() { return {"-lstdc++", "-lm"}; }

std::vector<std::string> linkFlags(bool dev) {
  std::vector<std::string> f;
  if (dev) f.push_back("-g");
  return f;
}

} // namespace molt::driver
