// Python float arithmetic with CPython's semantics and errors: //, %, divmod,
// **, round(), int(), is_integer, as_integer_ratio, hash.
#include <cmath>
#include <cstring>
#include <string>

#include "floatfmt_internal.h"
#include "molt/floatfmt.h"
#include "molt/hash.h"

namespace molt::rt {

using namespace floatfmt_detail;

namespace {

FloatResult ok(double v) {
  FloatResult r;
  r.value = v;
  return r;
}

FloatResult fail(FloatStatus st, const char *msg) {
  FloatResult r;
  r.status = st;
  r.message = msg;
  return r;
}

// Sign, 53-bit integer significand and exponent of finite nonzero x = m * 2^e.
void decompose(double x, uint64_t &m, int &e) {
  uint64_t bits;
  std::memcpy(&bits, &x, sizeof bits);
  int bexp = int((bits >> 52) & 0x7ff);
  m = bits & ((uint64_t(1) << 52) - 1);
  if (bexp == 0) {
    e = -1074;
  } else {
    m |= uint64_t(1) << 52;
    e = bexp - 1075;
  }
}

// Python's floor-division pair for b != 0; quotient and remainder together.
void divmodCore(double a, double b, double &q, double &r) {
  double mod = std::fmod(a, b); // exact; has the sign of a
  double div = (a - mod) / b;   // (nearly) an integer
  if (mod != 0.0) {
    if ((b < 0) != (mod < 0)) { // move the remainder to b's side
      mod += b;
      div -= 1.0;
    }
  } else {
    mod = std::copysign(0.0, b);
  }
  double fl;
  if (div != 0.0) {
    fl = std::floor(div);
    if (div - fl > 0.5) fl += 1.0; // div was an inexact integer just below
  } else {
    fl = std::copysign(0.0, a / b);
  }
  q = fl;
  r = mod;
}

bool isOddInteger(double w) { return std::fmod(std::fabs(w), 2.0) == 1.0; }

} // namespace

// ------------------------------------------------------------ arithmetic

FloatResult floatTrueDiv(double a, double b) {
  if (b == 0.0) return fail(FloatStatus::ZeroDivisionError, "float division by zero");
  return ok(a / b);
}

FloatResult floatFloorDiv(double a, double b) {
  if (b == 0.0) return fail(FloatStatus::ZeroDivisionError, "float floor division by zero");
  double q, r;
  divmodCore(a, b, q, r);
  return ok(q);
}

FloatResult floatMod(double a, double b) {
  if (b == 0.0) return fail(FloatStatus::ZeroDivisionError, "float modulo");
  double mod = std::fmod(a, b);
  if (mod != 0.0) {
    if ((b < 0) != (mod < 0)) mod += b;
  } else {
    mod = std::copysign(0.0, b);
  }
  return ok(mod);
}

FloatDivmod floatDivmod(double a, double b) {
  FloatDivmod d;
  if (b == 0.0) {
    d.status = FloatStatus::ZeroDivisionError;
    d.message = "float divmod()";
    return d;
  }
  divmodCore(a, b, d.quotient, d.remainder);
  return d;
}

FloatResult floatPow(double a, double b) {
  if (b == 0.0) return ok(1.0); // x ** 0 is 1, even for nan
  if (std::isnan(a)) return ok(a);
  if (std::isnan(b)) return ok(a == 1.0 ? 1.0 : b);
  if (std::isinf(b)) {
    double aa = std::fabs(a);
    if (aa == 1.0) return ok(1.0);
    // |a| > 1 with +inf, or |a| < 1 with -inf, grows without bound.
    return ok(((b > 0) == (aa > 1.0)) ? std::fabs(b) : 0.0);
  }
  if (std::isinf(a)) {
    bool odd = isOddInteger(b);
    if (a > 0) return ok(b > 0 ? a : 0.0);
    if (b > 0) return ok(odd ? a : -a);
    return ok(odd ? -0.0 : 0.0);
  }
  if (a == 0.0) {
    if (b < 0)
      return fail(FloatStatus::ZeroDivisionError, "0.0 cannot be raised to a negative power");
    return ok(isOddInteger(b) ? a : 0.0);
  }
  bool negate = false;
  if (a < 0.0) {
    if (b != std::floor(b)) return fail(FloatStatus::ComplexResult, nullptr);
    negate = isOddInteger(b);
    a = -a;
  }
  if (a == 1.0) return ok(negate ? -1.0 : 1.0);
  double r = std::pow(a, b);
  if (std::isinf(r))
    return fail(FloatStatus::OverflowError, "(34, 'Numerical result out of range')");
  return ok(negate ? -r : r);
}

bool floatIsInteger(double x) { return std::isfinite(x) && std::floor(x) == x; }

FloatRatio floatAsIntegerRatio(double x) {
  FloatRatio r;
  if (std::isnan(x)) {
    r.status = FloatStatus::ValueError;
    r.message = "cannot convert NaN to integer ratio";
    return r;
  }
  if (std::isinf(x)) {
    r.status = FloatStatus::OverflowError;
    r.message = "cannot convert Infinity to integer ratio";
    return r;
  }
  if (x == 0.0) return r;
  uint64_t m;
  int e;
  decompose(x, m, e);
  int tz = __builtin_ctzll(m);
  m >>= tz;
  e += tz;
  r.numeratorOdd = x < 0 ? -int64_t(m) : int64_t(m);
  if (e >= 0)
    r.numeratorShift = e;
  else
    r.denominatorShift = -e;
  return r;
}

int64_t floatHash(double x) {
  // One implementation of the numeric hash: hash.h's (0 for NaN, which
  // 3.12 hashes by identity; the caller uses the object's hash there).
  return hashDouble(x);
}

// ------------------------------------------------------- float -> int

FloatIntValue floatIntegralToInt(double v) {
  FloatIntValue r;
  if (std::isnan(v)) {
    r.status = FloatStatus::ValueError;
    r.message = "cannot convert float NaN to integer";
    return r;
  }
  if (std::isinf(v)) {
    r.status = FloatStatus::OverflowError;
    r.message = "cannot convert float infinity to integer";
    return r;
  }
  r.negative = v < 0;
  constexpr double two63 = 9223372036854775808.0;
  if (v >= -two63 && v < two63) {
    r.fitsInt64 = true;
    r.value = int64_t(v);
    r.mantissa = r.negative ? uint64_t(0) - uint64_t(r.value) : uint64_t(r.value);
    r.shift = 0;
    return r;
  }
  uint64_t m;
  int e;
  decompose(std::fabs(v), m, e); // e >= 11 here
  r.mantissa = m;
  r.shift = e;
  return r;
}

FloatIntValue floatToInt(double x) {
  return floatIntegralToInt(std::isfinite(x) ? std::trunc(x) : x);
}

FloatIntValue floatRoundToInt(double x) {
  if (!std::isfinite(x)) return floatIntegralToInt(x);
  double f = std::floor(x);
  double diff = x - f; // exact: both lie in the same binade or f == x
  if (diff > 0.5 || (diff == 0.5 && std::fmod(f, 2.0) != 0.0)) f += 1.0;
  return floatIntegralToInt(f);
}

// ------------------------------------------------------ round(x, ndigits)

FloatResult floatRound(double x, int64_t ndigits) {
  // Beyond these, the result is x itself / a signed zero (CPython's bounds:
  // 0.30103 * (DBL_MANT_DIG - DBL_MIN_EXP) and 0.30103 * (DBL_MAX_EXP + 1)).
  constexpr int64_t kMaxDigits = 323, kMinDigits = 308;
  if (!std::isfinite(x) || x == 0.0) return ok(x);
  if (ndigits > kMaxDigits) return ok(x);
  if (ndigits < -kMinDigits) return ok(std::copysign(0.0, x));
  double ax = std::fabs(x);
  Digits D;
  double v;
  if (ndigits >= 0) {
    if (ax >= 4503599627370496.0) return ok(x); // 2^52: already an integer
    int b;
    std::frexp(ax, &b);
    // Lower bound of the count of significant digits kept; 17 always round-trip.
    double e10 = std::floor((b - 1) * 0.30102999566398119521);
    if (e10 + 1 + double(ndigits) >= 17) return ok(x);
    // The decimal 0.d1d2...dn * 10^decpt read back as a double.
    fracDigits(ax, ndigits, D);
    v = decimalToDouble(D.d, size_t(D.n), int64_t(D.decpt) - D.n);
  } else {
    // Round the exact value at 10^k: integer digits of the integral part,
    // and the fraction only as a sticky bit.
    int64_t k = -ndigits;
    double ip = ax < 9007199254740992.0 ? std::floor(ax) : ax;
    bool sticky = ip != ax;
    fracDigits(ip, 0, D);
    int64_t nd = D.zero() ? 0 : D.decpt; // count of integer digits
    int64_t keep = nd - k;
    if (keep < 0) return ok(std::copysign(0.0, x));
    char first = D.at(keep);
    bool rest = D.n > keep + 1 || sticky;
    bool odd = keep > 0 && ((D.at(keep - 1) - '0') & 1);
    bool up = first > '5' || (first == '5' && (rest || odd));
    char text[Digits::kCap + 1];
    size_t tl = 0;
    text[tl++] = '0'; // room for a carry
    for (int64_t j = 0; j < keep; ++j)
      text[tl++] = D.at(j);
    if (up) {
      size_t j = tl;
      while (true) {
        --j;
        if (text[j] == '9') {
          text[j] = '0';
        } else {
          ++text[j];
          break;
        }
      }
    }
    v = decimalToDouble(text, tl, k);
  }
  if (std::isinf(v))
    return fail(FloatStatus::OverflowError, "rounded value too large to represent");
  return ok(std::copysign(v, x));
}

} // namespace molt::rt
