// Driver for tests/rt/strops_diff.py: reads one operation per line from
// stdin, writes one result line per operation to stdout.
// Strings are "x" + hex of their UTF-8 (surrogatepass) bytes; "N" is None;
// integers are decimal. Lists are "L" + items joined by ",".
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "molt/strops.h"

using namespace molt::rt::strops;
using std::optional;
using std::string;

static string unhex(const string &t) {
  string r;
  for (size_t i = 1; i + 1 < t.size(); i += 2)
    r.push_back(char(std::strtol(t.substr(i, 2).c_str(), nullptr, 16)));
  return r;
}
static string hex(std::string_view s) {
  static const char *h = "0123456789abcdef";
  string r = "x";
  for (unsigned char c : s) {
    r.push_back(h[c >> 4]);
    r.push_back(h[c & 15]);
  }
  return r;
}
static optional<int64_t> oint(const string &t) {
  if (t == "N")
    return std::nullopt;
  return std::strtoll(t.c_str(), nullptr, 10);
}
static string list(const std::vector<std::string_view> &v) {
  string r = "L";
  for (size_t i = 0; i < v.size(); ++i) {
    if (i)
      r += ",";
    r += hex(v[i]);
  }
  return r;
}

int main() {
  std::ios::sync_with_stdio(false);
  string line;
  while (std::getline(std::cin, line)) {
    std::vector<string> t;
    size_t p = 0;
    while (p <= line.size()) {
      size_t q = line.find(' ', p);
      if (q == string::npos)
        q = line.size();
      t.push_back(line.substr(p, q - p));
      p = q + 1;
    }
    const string &op = t[0];
    string s = t.size() > 1 && t[1] != "N" ? unhex(t[1]) : string();
    StrRef ref = StrRef::of(s);
    Utf8Index idx = Utf8Index::build(s);
    StrRef iref = StrRef::of(s, idx);
    string out, res;
    auto arg = [&](size_t k) { return unhex(t[k]); };
    auto oarg = [&](size_t k) -> optional<string> {
      if (t[k] == "N")
        return std::nullopt;
      return unhex(t[k]);
    };
    if (op == "len") {
      res = std::to_string(codePointCount(s)) + " " + std::to_string(idx.length);
    } else if (op == "off") {
      int64_t i = std::atoll(t[2].c_str());
      res = std::to_string(idx.byteOffset(s, i)) + " " + std::to_string(ref.byteOffset(i)) + " " +
            std::to_string(ref.charIndex(ref.byteOffset(i)));
    } else if (op == "slice") {
      SliceIndices si;
      if (!sliceIndices(ref.length, oint(t[2]), oint(t[3]), oint(t[4]), si)) {
        res = "ERR";
      } else {
        string a, b;
        slice(ref, si, a);
        slice(iref, si, b);
        res = a == b ? hex(a) : "MISMATCH";
      }
    } else if (op == "find" || op == "rfind" || op == "count" || op == "startswith" || op == "endswith") {
      string sub = arg(2);
      auto a = oint(t[3]), e = oint(t[4]);
      int64_t r1 = 0, r2 = 0;
      for (int k = 0; k < 2; ++k) {
        const StrRef &r = k ? iref : ref;
        int64_t v = op == "find"    ? find(r, sub, a, e)
                    : op == "rfind" ? rfind(r, sub, a, e)
                    : op == "count" ? count(r, sub, a, e)
                    : op == "startswith" ? startsWith(r, sub, a, e)
                                         : endsWith(r, sub, a, e);
        (k ? r2 : r1) = v;
      }
      res = r1 == r2 ? std::to_string(r1) : "MISMATCH";
    } else if (op == "replace") {
      replace(s, arg(2), arg(3), std::atoll(t[4].c_str()), out);
      res = hex(out);
    } else if (op == "split" || op == "rsplit") {
      std::vector<std::string_view> v;
      auto sep = oarg(2);
      optional<std::string_view> sv;
      if (sep)
        sv = *sep;
      bool ok = op == "split" ? split(s, sv, std::atoll(t[3].c_str()), v) : rsplit(s, sv, std::atoll(t[3].c_str()), v);
      res = ok ? list(v) : "ERR";
    } else if (op == "splitlines") {
      std::vector<std::string_view> v;
      splitlines(s, t[2] == "1", v);
      res = list(v);
    } else if (op == "partition" || op == "rpartition") {
      std::string_view r[3];
      string sep = arg(2);
      bool ok = op == "partition" ? partition(s, sep, r) : rpartition(s, sep, r);
      res = ok ? list({r[0], r[1], r[2]}) : "ERR";
    } else if (op == "strip" || op == "lstrip" || op == "rstrip") {
      auto ch = oarg(2);
      optional<std::string_view> cv;
      if (ch)
        cv = *ch;
      res = hex(op == "strip" ? strip(s, cv) : op == "lstrip" ? lstrip(s, cv) : rstrip(s, cv));
    } else if (op == "join") {
      std::vector<string> parts;
      std::vector<std::string_view> views;
      for (size_t k = 2; k < t.size(); ++k)
        parts.push_back(arg(k));
      for (auto &x : parts)
        views.push_back(x);
      join(s, views, out);
      res = hex(out);
    } else if (op == "expandtabs") {
      expandtabs(s, std::atoll(t[2].c_str()), out);
      res = hex(out);
    } else if (op == "center" || op == "ljust" || op == "rjust") {
      int64_t w = std::atoll(t[2].c_str());
      char32_t f = char32_t(std::atoll(t[3].c_str()));
      if (op == "center")
        center(ref, w, f, out);
      else if (op == "ljust")
        ljust(ref, w, f, out);
      else
        rjust(ref, w, f, out);
      res = hex(out);
    } else if (op == "zfill") {
      zfill(ref, std::atoll(t[2].c_str()), out);
      res = hex(out);
    } else if (op == "removeprefix") {
      res = hex(removeprefix(s, arg(2)));
    } else if (op == "removesuffix") {
      res = hex(removesuffix(s, arg(2)));
    } else if (op == "upper" || op == "lower" || op == "casefold" || op == "title" || op == "capitalize" ||
               op == "swapcase" || op == "repr" || op == "ascii") {
      void (*fn)(std::string_view, string &) = op == "upper"        ? upper
                                               : op == "lower"      ? lower
                                               : op == "casefold"   ? casefold
                                               : op == "title"      ? title
                                               : op == "capitalize" ? capitalize
                                               : op == "swapcase"   ? swapcase
                                               : op == "repr"       ? repr
                                                                    : ascii;
      fn(s, out);
      res = hex(out);
    } else if (op == "pred") {
      bool (*fns[])(std::string_view) = {isalpha, isalnum,   isdecimal,   isdigit,      isnumeric, isspace,
                                         islower, isupper,   istitle,     isprintable, isidentifier, isascii};
      for (auto fn : fns)
        res += fn(s) ? '1' : '0';
    } else if (op == "cmp") {
      res = std::to_string(compare(s, arg(2)));
    } else {
      res = "BADOP";
    }
    std::cout << res << '\n';
  }
  return 0;
}
