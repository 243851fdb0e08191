// Internal helpers shared by the floatfmt*.cpp files (not a public header).
#pragma once

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
};

// Most significant digits requested from snprintf("%.*e"); a double's exact
// decimal expansion has at most 767, so beyond this the output is exact.
inline constexpr int kSigCap = 800;
// Most fractional digits requested from snprintf("%.*f"); exact beyond 1074.
inline constexpr int kFracCap = 1100;

// Shortest round-trip digits of ax (finite, >= 0), like repr.
void shortestDigits(double ax, Digits &out);
// ax rounded (ties to even on the exact value) to nsig >= 1 significant digits.
void sigDigits(double ax, int64_t nsig, Digits &out);
// ax rounded (ties to even on the exact value) to nfrac >= 0 fractional digits.
void fracDigits(double ax, int64_t nfrac, Digits &out);

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
