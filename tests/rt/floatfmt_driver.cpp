// Line-oriented driver for tests/rt/floatfmt_diff.py: reads one command per
// line from stdin, prints one result line. Doubles travel as 16 hex digits of
// their bits, strings as hex of their UTF-8 bytes.
//   R x | F x spec | P x flags width prec type | S str | H x | X str
//   D a b | W a b | O x ndigits | I x
#include <cinttypes>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>

#include "molt/floatfmt.h"

using namespace molt::rt;

namespace {

double bitsToDouble(const std::string &h) {
  uint64_t b = std::strtoull(h.c_str(), nullptr, 16);
  double d;
  std::memcpy(&d, &b, 8);
  return d;
}

std::string dbl(double d) {
  if (d != d) return "nan";
  uint64_t b;
  std::memcpy(&b, &d, 8);
  char buf[24];
  std::snprintf(buf, sizeof buf, "%016" PRIx64, b);
  return buf;
}

std::string unhex(const std::string &h) {
  std::string s;
  if (h == "-") return s;
  for (size_t i = 0; i + 1 < h.size(); i += 2)
    s += char(std::stoi(h.substr(i, 2), nullptr, 16));
  return s;
}

std::string hex(const std::string &s) {
  static const char *d = "0123456789abcdef";
  std::string h;
  for (unsigned char c : s) {
    h += d[c >> 4];
    h += d[c & 15];
  }
  return h.empty() ? "-" : h;
}

const char *statusName(FloatStatus s) {
  switch (s) {
  case FloatStatus::Ok:
    return "Ok";
  case FloatStatus::ValueError:
    return "ValueError";
  case FloatStatus::OverflowError:
    return "OverflowError";
  case FloatStatus::ZeroDivisionError:
    return "ZeroDivisionError";
  case FloatStatus::MemoryError:
    return "MemoryError";
  case FloatStatus::ComplexResult:
    return "Complex";
  }
  return "?";
}

std::string err(FloatStatus s, const std::string &msg) {
  return std::string("E ") + statusName(s) + " " + hex(msg);
}

std::string res(const FloatResult &r) {
  if (!r.ok()) return err(r.status, r.message ? r.message : "");
  return dbl(r.value);
}

std::string intval(const FloatIntValue &v) {
  if (v.status != FloatStatus::Ok) return err(v.status, v.message);
  char buf[96];
  if (v.fitsInt64)
    std::snprintf(buf, sizeof buf, "i %" PRId64, v.value);
  else
    std::snprintf(buf, sizeof buf, "m %d %" PRIu64 " %d", v.negative ? 1 : 0, v.mantissa, v.shift);
  return buf;
}

} // namespace

int main() {
  std::ios::sync_with_stdio(false);
  std::string line;
  std::string out;
  while (std::getline(std::cin, line)) {
    std::string f[8];
    size_t n = 0, pos = 0;
    while (n < 8 && pos <= line.size()) {
      size_t sp = line.find(' ', pos);
      if (sp == std::string::npos) sp = line.size();
      f[n++] = line.substr(pos, sp - pos);
      pos = sp + 1;
    }
    const std::string &c = f[0];
    std::string r;
    if (c == "R") {
      r = hex(floatRepr(bitsToDouble(f[1])));
    } else if (c == "F") {
      std::string o, e;
      FloatStatus st = floatFormat(bitsToDouble(f[1]), unhex(f[2]), o, e);
      r = st == FloatStatus::Ok ? hex(o) : err(st, e);
    } else if (c == "P") {
      PercentSpec ps;
      for (char ch : f[2]) {
        if (ch == '-') ps.left = true;
        if (ch == '+') ps.plus = true;
        if (ch == 's') ps.space = true;
        if (ch == '#') ps.alternate = true;
        if (ch == '0') ps.zero = true;
      }
      ps.width = std::stoll(f[3]);
      ps.precision = std::stoll(f[4]);
      ps.type = f[5][0];
      std::string o, e;
      FloatStatus st = floatPercentFormat(bitsToDouble(f[1]), ps, o, e);
      r = st == FloatStatus::Ok ? hex(o) : err(st, e);
    } else if (c == "S") {
      r = res(floatFromString(unhex(f[1])));
    } else if (c == "H") {
      r = hex(floatHex(bitsToDouble(f[1])));
    } else if (c == "X") {
      r = res(floatFromHex(unhex(f[1])));
    } else if (c == "D") {
      double a = bitsToDouble(f[1]), b = bitsToDouble(f[2]);
      FloatDivmod d = floatDivmod(a, b);
      r = res(floatFloorDiv(a, b)) + " " + res(floatMod(a, b)) + " " +
          (d.status == FloatStatus::Ok ? dbl(d.quotient) + " " + dbl(d.remainder)
                                       : err(d.status, d.message)) +
          " " + res(floatTrueDiv(a, b));
    } else if (c == "W") {
      r = res(floatPow(bitsToDouble(f[1]), bitsToDouble(f[2])));
    } else if (c == "O") {
      r = res(floatRound(bitsToDouble(f[1]), std::stoll(f[2])));
    } else if (c == "I") {
      double x = bitsToDouble(f[1]);
      FloatRatio q = floatAsIntegerRatio(x);
      std::string ratio = q.status != FloatStatus::Ok ? err(q.status, q.message)
                                                      : std::to_string(q.numeratorOdd) + " " +
                                                            std::to_string(q.numeratorShift) + " " +
                                                            std::to_string(q.denominatorShift);
      r = intval(floatToInt(x)) + " | " + intval(floatRoundToInt(x)) + " | " +
          std::to_string(floatHash(x)) + " | " + (floatIsInteger(x) ? "T" : "F") + " | " + ratio;
    } else {
      r = "?";
    }
    out += r;
    out += '\n';
    if (out.size() > (1 << 16)) {
      std::fwrite(out.data(), 1, out.size(), stdout);
      out.clear();
    }
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}
