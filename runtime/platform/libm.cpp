// Correctly rounded sin, cos, tan, asin, acos, atan, atan2 and hypot for the
// wasm32 runtime (libm.h says why). Each function evaluates its result as a
// double-double (an unevaluated sum hi + lo of two doubles, ~106 bits) with a
// known error bound and returns hi + lo rounded once the bound shows that
// rounding cannot change (Ziv's strategy): first with a cheap polynomial
// (the small terms in plain doubles, relative error below 2^-64), and only
// when that is too close to a rounding boundary (about 1 call in 500) again
// with every term in double-double (below 2^-100). Arguments outside
// the ranges below go to the C library, whose results there are exact or
// the correctly rounded constants (zeros, infinities, NaN, +-pi/2...).
//
// The constants (libm_constants.inc) come from tools/gen-libm, computed with
// exact rationals. Everything here is plain IEEE double arithmetic without
// fused multiply-add (built with -ffp-contract=off), so the results are the
// same on every host; tests/unit checks them against the host's libm.
#include "libm.h"

#include <cmath>
#include <cstdint>
#include <cstring>

namespace molt::libm {
namespace {

struct DD {
  double hi, lo;
};

#include "libm_constants.inc"

// --- double-double arithmetic (Dekker, Knuth) -----------------------------

/// a + b exactly.
inline DD twoSum(double a, double b) {
  double s = a + b, bb = s - a;
  return {s, (a - (s - bb)) + (b - bb)};
}
/// a + b exactly when |a| >= |b|.
inline DD quickTwoSum(double a, double b) {
  double s = a + b;
  return {s, b - (s - a)};
}
/// a * b exactly (Veltkamp splitting; |a|, |b| < 2^995).
inline DD twoProd(double a, double b) {
  double ca = 134217729.0 * a, cb = 134217729.0 * b;
  double ah = ca - (ca - a), al = a - ah, bh = cb - (cb - b), bl = b - bh;
  double p = a * b;
  return {p, ((ah * bh - p) + ah * bl + al * bh) + al * bl};
}
inline DD neg(DD a) { return {-a.hi, -a.lo}; }
inline DD add(DD a, DD b) {
  DD s = twoSum(a.hi, b.hi), t = twoSum(a.lo, b.lo);
  s = quickTwoSum(s.hi, s.lo + t.hi);
  return quickTwoSum(s.hi, s.lo + t.lo);
}
inline DD sub(DD a, DD b) { return add(a, neg(b)); }
/// a + b when they cannot cancel (same signs, or |b| << |a|): the error is
/// relative to |a| + |b| instead of the sum, for half the work of add().
inline DD addNear(DD a, DD b) {
  DD s = twoSum(a.hi, b.hi);
  return quickTwoSum(s.hi, s.lo + (a.lo + b.lo));
}
inline DD addD(DD a, double b) {
  DD s = twoSum(a.hi, b);
  return quickTwoSum(s.hi, s.lo + a.lo);
}
inline DD mul(DD a, DD b) {
  DD p = twoProd(a.hi, b.hi);
  return quickTwoSum(p.hi, p.lo + (a.hi * b.lo + a.lo * b.hi));
}
inline DD mulD(DD a, double b) {
  DD p = twoProd(a.hi, b);
  return quickTwoSum(p.hi, p.lo + a.lo * b);
}
inline DD div(DD a, DD b) {
  double q1 = a.hi / b.hi;
  DD r = sub(a, mulD(b, q1));
  return quickTwoSum(q1, r.hi / b.hi);
}
/// sqrt(a) for a > 0 (one Newton step from the double square root).
inline DD sqrtDD(DD a) {
  double s = std::sqrt(a.hi);
  DD p = twoProd(s, s);
  return quickTwoSum(s, ((a.hi - p.hi) - p.lo + a.lo) / (2 * s));
}

/// sum c[k] z^k for k < n: the terms from nDD on in doubles (they are small
/// enough), the first nDD in double-double.
DD poly(DD z, const DD *c, int n, int nDD) {
  DD acc;
  int k;
  if (nDD >= n) {
    acc = c[n - 1];
    k = n - 2;
  } else {
    double t = c[n - 1].hi;
    for (int i = n - 2; i >= nDD; --i)
      t = c[i].hi + z.hi * t;
    acc = {t, 0};
    k = nDD - 1;
  }
  for (; k >= 0; --k)
    acc = addNear(c[k], mul(z, acc));
  return acc;
}

constexpr int kSinTerms = sizeof kSinCoef / sizeof *kSinCoef;
constexpr int kCosTerms = sizeof kCosCoef / sizeof *kCosCoef;
constexpr int kAtanTerms = sizeof kAtanCoef / sizeof *kAtanCoef;
// Relative error bounds of the two evaluations, with margin: the cheap one
// is below 2^-64 (sin: its r^7 term in doubles), the full one below 2^-100.
constexpr double kFastErr = 0x1p-62;
constexpr double kFullErr = 0x1p-96;

/// True (and *out) when every value within err of v rounds to the same double.
inline bool roundsTo(DD v, double err, double *out) {
  double a = v.hi + (v.lo + err), b = v.hi + (v.lo - err);
  if (a != b) return false;
  *out = a;
  return true;
}

/// Ziv's loop: eval(full) gives the value and its absolute error bound.
template <class Eval> double rounded(Eval eval) {
  double out, err;
  DD v = eval(false, &err);
  if (roundsTo(v, err, &out)) return out;
  v = eval(true, &err);
  return v.hi + v.lo;
}

// --- sin, cos, tan ---------------------------------------------------------

/// x = k pi/2 + r with |r| <= pi/4 (slightly more at ties); returns k mod 4.
/// For |x| < 2^20 the absolute error of r is below 2^-100 (full: 2^-105 |r|
/// + 2^-150).
int reduce(double x, bool full, DD *r) {
  // Round x * 2/pi to an integer: adding 1.5 * 2^52 leaves no fraction bits.
  double k = (x * 0x1.45f306dc9c883p-1 + 0x1.8p52) - 0x1.8p52;
  // k * P1 and k * P2 are exact; x - k * P1 is exact (Sterbenz).
  DD t = twoSum(x - k * kPiOver2Parts[0], -k * kPiOver2Parts[1]);
  t = sub(t, twoProd(k, kPiOver2Parts[2]));
  if (full) t = addD(t, -k * kPiOver2Parts[3]);
  *r = k == 0 ? DD{x, 0} : t;
  return static_cast<int>(static_cast<long long>(k) & 3);
}

/// sin(r) = r + r^3 S(r^2) for |r| <= pi/4.
DD sinKernel(DD r, DD z, bool full) {
  return addNear(r, mul(mul(r, z), poly(z, kSinCoef, kSinTerms, full ? kSinTerms : 2)));
}
/// cos(r) = 1 - r^2/2 + r^4 C(r^2) for |r| <= pi/4.
DD cosKernel(DD z, bool full) {
  DD c = mul(mul(z, z), poly(z, kCosCoef, kCosTerms, full ? kCosTerms : 2));
  return addD(add(mulD(z, -0.5), c), 1.0);
}

/// sin(x), or cos(x) when `cosine` (cos(x) = sin(x + pi/2): one quadrant on).
double sinCos(double x, bool cosine) {
  return rounded([&](bool full, double *err) {
    DD r;
    int q = reduce(x, full, &r) + (cosine ? 1 : 0);
    DD z = mul(r, r);
    DD v = (q & 1) ? cosKernel(z, full) : sinKernel(r, z, full);
    if (q & 2) v = neg(v);
    *err = std::fabs(v.hi) * (full ? kFullErr : kFastErr) + (full ? 0x1p-140 : 0x1p-98);
    return v;
  });
}

// --- atan and friends -----------------------------------------------------

/// atan(num / den) for num, den >= 0 (not both 0), relative error below
/// 2^-68 (full: 2^-100), from atan(j/8) + atan((u - j/8) / (1 + u j/8)).
DD atanRatio(DD num, DD den, bool full) {
  bool inverted = num.hi > den.hi;
  DD u = inverted ? div(den, num) : div(num, den);
  int j = static_cast<int>(u.hi * 8 + 0.5);
  double c = j * 0.125;
  DD v = j == 0 ? u : div(addD(u, -c), addD(mulD(u, c), 1.0));
  DD w = mul(v, v);
  DD a = addNear(v, mul(mul(v, w), poly(w, kAtanCoef, kAtanTerms, full ? kAtanTerms : 1)));
  if (j != 0) a = add(kAtanTable[j], a);
  return inverted ? sub(kPiOver2, a) : a;
}

double atanRounded(DD num, DD den, bool negate, bool fromPi) {
  double out = rounded([&](bool full, double *err) {
    DD a = atanRatio(num, den, full);
    if (fromPi) a = sub(kPi, a);
    *err = std::fabs(a.hi) * (full ? kFullErr : kFastErr);
    return a;
  });
  return negate ? -out : out;
}

/// sqrt((1 - a)(1 + a)) for 0 <= a < 1.
DD cosOfAsin(double a) { return sqrtDD(mul(twoSum(1.0, -a), twoSum(1.0, a))); }

} // namespace

double crSin(double x) {
  double ax = std::fabs(x);
  // Below 2^-26 sin(x) rounds to x; NaN, infinities and |x| >= 2^20 (no
  // precise reduction here) go to the C library.
  if (!(ax >= 0x1p-26 && ax < 0x1p20)) return std::sin(x);
  return sinCos(x, false);
}

double crCos(double x) {
  double ax = std::fabs(x);
  if (!(ax >= 0x1p-27 && ax < 0x1p20)) return std::cos(x);
  return sinCos(x, true);
}

double crTan(double x) {
  double ax = std::fabs(x);
  if (!(ax >= 0x1p-27 && ax < 0x1p20)) return std::tan(x);
  return rounded([&](bool full, double *err) {
    DD r;
    int q = reduce(x, full, &r);
    DD z = mul(r, r);
    DD s = sinKernel(r, z, full), c = cosKernel(z, full);
    DD v = (q & 1) ? neg(div(c, s)) : div(s, c);
    // The reduction's absolute error becomes a relative one of tan.
    double rel = (full ? kFullErr : kFastErr) + (full ? 0x1p-139 : 0x1p-97) / std::fabs(r.hi);
    *err = std::fabs(v.hi) * rel;
    return v;
  });
}

double crAtan(double x) {
  double ax = std::fabs(x);
  // Below 2^-27 atan(x) rounds to x, above 2^60 to +-pi/2 (C library).
  if (!(ax >= 0x1p-27 && ax <= 0x1p60)) return std::atan(x);
  return atanRounded({ax, 0}, {1.0, 0}, x < 0, false);
}

double crAtan2(double y, double x) {
  if (!std::isfinite(x) || !std::isfinite(y) || x == 0 || y == 0) return std::atan2(y, x);
  int ey = std::ilogb(y), ex = std::ilogb(x);
  // Far-apart magnitudes (a quotient near the underflow or overflow range)
  // go to the C library; otherwise scale both to near 1 (exact).
  if (ey - ex > 500 || ex - ey > 500) return std::atan2(y, x);
  int e = ey > ex ? ey : ex;
  double ay = std::ldexp(std::fabs(y), -e), ax = std::ldexp(std::fabs(x), -e);
  return atanRounded({ay, 0}, {ax, 0}, y < 0, x < 0);
}

double crAsin(double x) {
  double ax = std::fabs(x);
  // Below 2^-26 asin(x) rounds to x; +-1 and beyond from the C library.
  if (!(ax >= 0x1p-26 && ax < 1.0)) return std::asin(x);
  return atanRounded({ax, 0}, cosOfAsin(ax), x < 0, false);
}

double crAcos(double x) {
  double ax = std::fabs(x);
  if (!(ax > 0 && ax < 1.0)) return std::acos(x);
  return atanRounded(cosOfAsin(ax), {ax, 0}, false, x < 0);
}

double crHypot(double x, double y) {
  if (!std::isfinite(x) || !std::isfinite(y)) return std::hypot(x, y);
  double a = std::fabs(x), b = std::fabs(y);
  if (a < b) {
    double t = a;
    a = b;
    b = t;
  }
  if (b == 0) return a;
  int ea = std::ilogb(a);
  // (b/a)^2 < 2^-120 cannot move a; results near the subnormal range (which
  // would be rounded twice below) go to the C library.
  if (ea - std::ilogb(b) > 60) return a;
  if (ea < -1000) return std::hypot(x, y);
  a = std::ldexp(a, -ea);
  b = std::ldexp(b, -ea);
  // One evaluation, already the full one (error below 2^-100): there is no
  // cheaper one to try first.
  DD h = sqrtDD(add(twoProd(a, a), twoProd(b, b)));
  return std::ldexp(h.hi + h.lo, ea);
}

// --- sinh, cosh, tanh, log10 ----------------------------------------------
// The classic formulas (fdlibm's, which glibc keeps): below 22, where
// exp(-|x|) still matters, through expm1 or exp and 1/exp; above, 0.5 exp(|x|),
// as exp(|x|/2)^2 / 2 near the overflow threshold.

constexpr double kLogDblMax = 0x1.62e42fefa39efp+9;

double fdSinh(double x) {
  double a = std::fabs(x), h = std::signbit(x) ? -0.5 : 0.5;
  if (!std::isfinite(x)) return x + x;
  if (a < 22) {
    if (a < 0x1p-28) return x;
    double t = std::expm1(a);
    if (a < 1) return h * (2.0 * t - t * t / (t + 1.0));
    return h * (t + t / (t + 1.0));
  }
  if (a < kLogDblMax) return h * std::exp(a);
  double w = std::exp(0.5 * a);
  return (h * w) * w;
}

double fdCosh(double x) {
  double a = std::fabs(x);
  if (std::isnan(x)) return x * x;
  if (a < 0.5 * 0x1.62e42fefa39efp-1) { // ln(2)/2
    if (a < 0x1p-55) return 1.0;
    double t = std::expm1(a), w = 1.0 + t;
    return 1.0 + (t * t) / (w + w);
  }
  if (a < 22) {
    double t = std::exp(a);
    return 0.5 * t + 0.5 / t;
  }
  if (a < kLogDblMax) return 0.5 * std::exp(a);
  double w = std::exp(0.5 * a);
  return (0.5 * w) * w;
}

double fdTanh(double x) {
  double a = std::fabs(x), z;
  if (std::isnan(x)) return x + x;
  if (a < 0x1p-55) return x * (1.0 + x);
  if (a >= 22) {
    z = 1.0;
  } else if (a >= 1) {
    z = 1.0 - 2.0 / (std::expm1(2 * a) + 2.0);
  } else {
    double t = std::expm1(-2 * a);
    z = -t / (t + 2.0);
  }
  return std::copysign(z, x);
}

double fdLog10(double x) {
  if (!(x > 0) || std::isinf(x)) return std::log10(x);
  // x = 2^k m with m in [1, 2), or in [1/2, 1) when k < 0 (so that k log10(2)
  // and log10(m) have the same sign); log10(2) = hi + lo, hi holding 40 bits.
  int k = 0;
  if (x < 0x1p-1022) {
    x *= 0x1p54;
    k = -54;
  }
  uint64_t bits;
  std::memcpy(&bits, &x, sizeof bits);
  k += static_cast<int>(bits >> 52) - 1023;
  int below = k < 0 ? 1 : 0;
  bits = (bits & 0x000fffffffffffffull) | (static_cast<uint64_t>(0x3ff - below) << 52);
  std::memcpy(&x, &bits, sizeof x);
  double n = k + below;
  double z = n * kLog10Of2Lo + kInvLn10 * std::log(x);
  return z + n * kLog10Of2Hi;
}

} // namespace molt::libm
