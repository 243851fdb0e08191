// Internal helpers shared by the floatfmt*.cpp files (not a public header).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace molt::rt::floatfmt_detail {

// Decimal digits of a finite non-negative double: value = 0.d[0]d[1]... * 10^decpt.
// Digits have no leading zeros and no trailing zeros; zero is "0" with decpt 1.
struct Digits {
  static constexpr int kCap = 1500;
  char d[kCap];
  int n = 0;
  int decpt = 0;
  bool zero() const { return n == 1 && d[0] == '0'; }
  char at(int64_t i) const { return (i >= 0 && i < n) ? d[i] : '0'; }
  void setZero() {
    n = 1;
    d[0] = '0';
    decpt = 1;
  }
};

// Strips leading and trailing zeros (adjusting decpt), keeping at least one
// digit: all zeros become "0" with decpt 1.
void trimDigits(Digits &D);

// Shortest round-trip digits of ax (finite, >= 0), like repr: std::to_chars
// natively, shortestDigitsExact on wasm32 (to_chars(double) would link
// libc++'s Ryu tables, ~115 KB).
void shortestDigits(double ax, Digits &out);
// The same digits computed exactly on bigints (floatfmt_digits.cpp): the
// shortest decimal that reads back as ax, the closest to ax among those.
void shortestDigitsExact(double ax, Digits &out);
// ax rounded (ties to even on the exact value) to nsig >= 1 significant
// digits (what C's "%.*e" gives, with nsig - 1 digits after the point).
void sigDigits(double ax, int64_t nsig, Digits &out);
// ax rounded (ties to even on the exact value) to nfrac >= 0 fractional
// digits (what C's "%.*f" gives).
void fracDigits(double ax, int64_t nfrac, Digits &out);
// The double nearest (ties to even) to the decimal number text[0..len) times
// 10^exp10, where text is ASCII digits with at most one '.' (at least one
// digit, nothing else). Any count of digits and any exponent: +inf when the
// value rounds beyond DBL_MAX, 0.0 (or a subnormal) for tiny values.
double decimalToDouble(const char *text, size_t len, int64_t exp10);

inline bool isAsciiDigit(char c) { return c >= '0' && c <= '9'; }
// Python's Py_ISSPACE for ASCII: space, \t \n \v \f \r.
inline bool isPySpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}
inline char asciiLower(char c) { return (c >= 'A' && c <= 'Z') ? char(c + 32) : c; }

// Case-insensitive match of s[i..] against lowercase word; returns true on match.
inline bool matchWordCI(const char *s, size_t len, size_t i, const char *word) {
  size_t wl = std::strlen(word);
  if (len - i < wl) return false;
  for (size_t k = 0; k < wl; ++k)
    if (asciiLower(s[i + k]) != word[k]) return false;
  return true;
}

} // namespace molt::rt::floatfmt_detail
