// Shared by the Unicode table generators gen_unicode.cpp and
// gen_unicode_rt.cpp (header-only, host tools): reading Unicode Character
// Database text files into rows of ';'-separated fields, and parsing code
// points and code point ranges. Each generator defines kToolName (the
// prefix of its error messages).
#pragma once

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace molt::ucdgen {

/// Name of the generator, defined by each tool; prefixes error messages.
extern const char kToolName[];

constexpr char32_t kMaxCodePoint = 0x10FFFF;

/// Inclusive code point range.
using Range = std::pair<char32_t, char32_t>;

/// Prints "<tool>: error: msg" and exits with status 1.
[[noreturn]] inline void fail(const std::string &msg) {
  std::fprintf(stderr, "%s: error: %s\n", kToolName, msg.c_str());
  std::exit(1);
}

/// s without leading and trailing spaces, tabs and carriage returns.
inline std::string trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r'))
    ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r'))
    --e;
  return std::string(s.substr(b, e - b));
}

/// The trimmed fields of s separated by sep.
inline std::vector<std::string> split(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  for (;;) {
    size_t p = s.find(sep, start);
    out.push_back(trim(s.substr(start, p == std::string_view::npos ? p : p - start)));
    if (p == std::string_view::npos)
      return out;
    start = p + 1;
  }
}

/// Parses a hex code point (at most 6 digits, <= U+10FFFF); fails otherwise.
inline char32_t parseHex(const std::string &s, const std::string &where) {
  if (s.empty() || s.size() > 6)
    fail("bad code point '" + s + "' in " + where);
  char32_t v = 0;
  for (char c : s) {
    unsigned d;
    if (c >= '0' && c <= '9')
      d = unsigned(c - '0');
    else if (c >= 'A' && c <= 'F')
      d = unsigned(c - 'A' + 10);
    else if (c >= 'a' && c <= 'f')
      d = unsigned(c - 'a' + 10);
    else
      fail("bad code point '" + s + "' in " + where);
    v = v * 16 + d;
  }
  if (v > kMaxCodePoint)
    fail("code point out of range '" + s + "' in " + where);
  return v;
}

/// Parses "XXXX" or "XXXX..YYYY".
inline Range parseRange(const std::string &s, const std::string &where) {
  size_t dots = s.find("..");
  if (dots == std::string::npos) {
    char32_t c = parseHex(s, where);
    return {c, c};
  }
  Range r{parseHex(s.substr(0, dots), where), parseHex(s.substr(dots + 2), where)};
  if (r.first > r.second)
    fail("bad range '" + s + "' in " + where);
  return r;
}

/// A data file: lines split on ';' with comments and blank lines removed.
struct DataFile {
  std::string path;
  std::string firstLine; // the "# Name-X.Y.Z.txt" header line
  std::vector<std::vector<std::string>> rows;
};

/// Reads dir/name; fails if it cannot be opened.
inline DataFile readDataFile(const std::string &dir, const std::string &name) {
  DataFile f;
  f.path = dir + "/" + name;
  std::ifstream in(f.path, std::ios::binary);
  if (!in)
    fail("cannot open " + f.path);
  std::string line;
  bool first = true;
  while (std::getline(in, line)) {
    if (first) {
      f.firstLine = trim(line);
      first = false;
    }
    size_t hash = line.find('#');
    std::string body = trim(std::string_view(line).substr(0, hash));
    if (!body.empty())
      f.rows.push_back(split(body, ';'));
  }
  return f;
}

/// Writes text to path through a temporary file and a rename, so a build
/// interrupted midway never leaves a truncated table behind.
inline void writeFileAtomically(const std::string &path, const std::string &text) {
  std::string tmpPath = path + ".tmp";
  {
    std::ofstream out(tmpPath, std::ios::binary | std::ios::trunc);
    if (!out)
      fail("cannot write " + tmpPath);
    out << text;
    if (!out.flush())
      fail("cannot write " + tmpPath);
  }
  if (std::rename(tmpPath.c_str(), path.c_str()) != 0)
    fail("cannot rename " + tmpPath + " to " + path);
}

} // namespace molt::ucdgen
