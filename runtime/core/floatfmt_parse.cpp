// Python text -> float: float(str), float.fromhex(); and float.hex(). The
// decimal conversion is floatfmt_digits.cpp's (correctly rounded, no strtod).
#include <cmath>
#include <cstring>
#include <string>

#include "floatfmt_internal.h"
#include "molt/floatfmt.h"

namespace molt::rt {

using namespace floatfmt_detail;

namespace {

bool isHexDigit(char c) {
  return isAsciiDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
int hexValue(char c) {
  if (c <= '9') return c - '0';
  return (c | 0x20) - 'a' + 10;
}

// Matches "inf", "infinity" or "nan" (any case) spanning exactly s[i..len).
bool matchSpecial(const char *s, size_t len, size_t i, bool &is_nan) {
  size_t rest = len - i;
  if (rest == 3 && matchWordCI(s, len, i, "inf")) {
    is_nan = false;
    return true;
  }
  if (rest == 8 && matchWordCI(s, len, i, "infinity")) {
    is_nan = false;
    return true;
  }
  if (rest == 3 && matchWordCI(s, len, i, "nan")) {
    is_nan = true;
    return true;
  }
  return false;
}

FloatResult parseFailure() {
  FloatResult r;
  r.status = FloatStatus::ValueError;
  r.message = kFloatParseErrorPrefix;
  return r;
}

// Checks the decimal grammar digits [. digits] [(e|E) [sign] digits] with at
// least one mantissa digit, spanning exactly s[i..len).
bool validDecimal(const char *s, size_t len, size_t i) {
  size_t mant = 0;
  while (i < len && isAsciiDigit(s[i]))
    ++i, ++mant;
  if (i < len && s[i] == '.') {
    ++i;
    while (i < len && isAsciiDigit(s[i]))
      ++i, ++mant;
  }
  if (mant == 0) return false;
  if (i < len && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < len && (s[i] == '+' || s[i] == '-')) ++i;
    size_t ed = 0;
    while (i < len && isAsciiDigit(s[i]))
      ++i, ++ed;
    if (ed == 0) return false;
  }
  return i == len;
}

} // namespace

// ------------------------------------------------------------ float(str)

FloatResult floatFromString(std::string_view in) {
  size_t b = 0, e = in.size();
  while (b < e && isPySpace(in[b]))
    ++b;
  while (e > b && isPySpace(in[e - 1]))
    --e;
  if (b == e) return parseFailure();
  // Cleaned NUL-terminated copy without underscores (each must sit between digits).
  char small[256];
  std::string big;
  size_t n = e - b;
  char *buf = small;
  if (n + 1 > sizeof small) {
    big.resize(n + 1);
    buf = big.data();
  }
  size_t len = 0;
  for (size_t i = b; i < e; ++i) {
    char c = in[i];
    if (c == '_') {
      if (i == b || i + 1 == e || !isAsciiDigit(in[i - 1]) || !isAsciiDigit(in[i + 1]))
        return parseFailure();
      continue;
    }
    if (c == '\0') return parseFailure();
    buf[len++] = c;
  }
  buf[len] = '\0';
  size_t i = 0;
  bool neg = false;
  if (buf[0] == '+' || buf[0] == '-') {
    neg = buf[0] == '-';
    i = 1;
  }
  FloatResult r;
  bool is_nan;
  if (matchSpecial(buf, len, i, is_nan)) {
    r.value = is_nan ? std::nan("") : HUGE_VAL;
    if (neg) r.value = -r.value;
    return r;
  }
  if (!validDecimal(buf, len, i)) return parseFailure();
  // Mantissa buf[i..mend), then an optional exponent (saturated: beyond
  // +-10^15 every non-zero mantissa overflows or underflows anyway).
  size_t mend = i;
  while (mend < len && buf[mend] != 'e' && buf[mend] != 'E')
    ++mend;
  int64_t exp = 0;
  if (mend < len) {
    size_t k = mend + 1;
    bool eneg = false;
    if (buf[k] == '+' || buf[k] == '-') eneg = buf[k++] == '-';
    for (; k < len; ++k)
      if (exp < 1000000000000000) exp = exp * 10 + (buf[k] - '0');
    if (eneg) exp = -exp;
  }
  r.value = decimalToDouble(buf + i, mend - i, exp);
  if (neg) r.value = -r.value;
  return r;
}

// ------------------------------------------------------------- float.hex

void floatHexAppend(double x, std::string &out) {
  if (std::isnan(x)) {
    out += "nan";
    return;
  }
  if (std::isinf(x)) {
    out += x < 0 ? "-inf" : "inf";
    return;
  }
  if (std::signbit(x)) out += '-';
  if (x == 0.0) {
    out += "0x0.0p+0";
    return;
  }
  uint64_t bits;
  std::memcpy(&bits, &x, sizeof bits);
  uint64_t frac = bits & ((uint64_t(1) << 52) - 1);
  int bexp = int((bits >> 52) & 0x7ff);
  int exp = bexp == 0 ? -1022 : bexp - 1023;
  // "0x<lead>.<13 hex digits>p<sign><decimal exponent>"
  char buf[32];
  char *p = buf;
  *p++ = '0';
  *p++ = 'x';
  *p++ = bexp == 0 ? '0' : '1';
  *p++ = '.';
  for (int shift = 48; shift >= 0; shift -= 4)
    *p++ = "0123456789abcdef"[(frac >> shift) & 0xf];
  *p++ = 'p';
  *p++ = exp < 0 ? '-' : '+';
  unsigned mag = unsigned(exp < 0 ? -exp : exp);
  char rev[8];
  int nd = 0;
  do {
    rev[nd++] = char('0' + mag % 10);
    mag /= 10;
  } while (mag);
  while (nd > 0)
    *p++ = rev[--nd];
  out.append(buf, size_t(p - buf));
}

std::string floatHex(double x) {
  std::string s;
  floatHexAppend(x, s);
  return s;
}

// --------------------------------------------------------- float.fromhex

FloatResult floatFromHex(std::string_view sv) {
  const char *s = sv.data();
  size_t len = sv.size();
  FloatResult bad;
  bad.status = FloatStatus::ValueError;
  bad.message = "invalid hexadecimal floating-point string";
  size_t i = 0;
  while (i < len && isPySpace(s[i]))
    ++i;
  size_t end = len;
  while (end > i && isPySpace(s[end - 1]))
    --end;
  bool neg = false;
  if (i < end && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
  FloatResult r;
  bool is_nan;
  if (matchSpecial(s, end, i, is_nan)) {
    r.value = is_nan ? std::nan("") : HUGE_VAL;
    if (neg) r.value = -r.value;
    return r;
  }
  if (i + 1 < end && s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X')) i += 2;
  size_t intStart = i;
  while (i < end && isHexDigit(s[i]))
    ++i;
  size_t intEnd = i, fracStart = i, fracEnd = i;
  if (i < end && s[i] == '.') {
    fracStart = ++i;
    while (i < end && isHexDigit(s[i]))
      ++i;
    fracEnd = i;
  }
  size_t ndig = (intEnd - intStart) + (fracEnd - fracStart);
  if (ndig == 0) return bad;
  int64_t pexp = 0;
  if (i < end && (s[i] == 'p' || s[i] == 'P')) {
    ++i;
    bool eneg = false;
    if (i < end && (s[i] == '+' || s[i] == '-')) eneg = s[i++] == '-';
    size_t start = i;
    while (i < end && isAsciiDigit(s[i])) {
      if (pexp < (int64_t(1) << 40)) pexp = pexp * 10 + (s[i] - '0'); // saturates
      ++i;
    }
    if (i == start) return bad;
    if (eneg) pexp = -pexp;
  }
  // Like CPython, a value too large is reported before trailing junk.
  bool tailOk = i == end;

  // Value = int(all digits) * 16^-nfrac * 2^pexp; keep the first 15 significant
  // digits in M, the others only as a count and a sticky bit.
  uint64_t M = 0;
  int taken = 0;
  int64_t dropped = 0;
  bool sticky = false;
  for (size_t k = intStart; k < fracEnd; ++k) {
    if (k == intEnd) k = fracStart;
    if (k >= fracEnd) break;
    int d = hexValue(s[k]);
    if (taken == 0 && d == 0) continue;
    if (taken < 15) {
      M = (M << 4) | uint64_t(d);
      ++taken;
    } else {
      ++dropped;
      if (d) sticky = true;
    }
  }
  double zero = neg ? -0.0 : 0.0;
  if (M == 0) {
    if (!tailOk) return bad;
    r.value = zero;
    return r;
  }
  int64_t e2 = pexp + 4 * dropped - 4 * int64_t(fracEnd - fracStart);
  int L = 64 - __builtin_clzll(M);
  int64_t top = L - 1 + e2;
  FloatResult over;
  over.status = FloatStatus::OverflowError;
  over.message = "hexadecimal value too large to represent as a float";
  if (top > 1023) return over;
  if (top < -1075) {
    if (!tailOk) return bad;
    r.value = zero;
    return r;
  }
  int64_t shift = top >= -1022 ? L - 53 : -1074 - e2;
  uint64_t mant;
  if (shift <= 0) {
    mant = M << (-shift);
  } else {
    mant = M >> shift;
    uint64_t rem = M & ((uint64_t(1) << shift) - 1);
    uint64_t half = uint64_t(1) << (shift - 1);
    if (rem > half || (rem == half && (sticky || (mant & 1)))) ++mant;
  }
  int64_t elsb = e2 + shift;
  int mbits = mant == 0 ? 0 : 64 - __builtin_clzll(mant);
  if (mbits - 1 + elsb > 1023) return over;
  if (!tailOk) return bad;
  if (mant == 0) {
    r.value = zero;
    return r;
  }
  r.value = std::ldexp(double(mant), int(elsb));
  if (neg) r.value = -r.value;
  return r;
}

} // namespace molt::rt
