// The `cmath` module (native): CPython 3.12's complex functions, results and
// errors. Finite arguments go through the usual numerically careful formulas
// (Kahan's branch-cut conventions, scaling near overflow and underflow);
// arguments with an infinite or NaN part take their result from per-function
// 7x7 special-value tables (cmath_tables.inc), indexed by the class of the real
// and imaginary parts. The tables were measured on CPython 3.12 (they encode
// C99 Annex G). Errors: "math domain error" (ValueError) and "math range
// error" (OverflowError), as CPython's errno convention.
#include <cfloat>
#include <cmath>
#include <cstring>

#include "../platform/libm.h"
#include "molt/heaptype.h"
#include "molt/intobject.h"
#include "native.h"

using namespace molt::rt;
namespace libm = molt::libm;

namespace {

struct Cx {
  double r, i;
};

enum Err { kOk = 0, kDom = 1, kRange = 2 };

/// A special-value table cell: the result, and err 1 = domain error,
/// 3 = unused (both parts finite), 4 = depends on the finite part (computed).
struct Special {
  double r, i;
  int err;
};

constexpr double kI = HUGE_VAL;
constexpr double kN = __builtin_nan("");

#include "cmath_tables.inc"

const double kLargeDouble = DBL_MAX / 4.0;
const double kSqrtLargeDouble = std::sqrt(kLargeDouble);
const double kLogLargeDouble = std::log(kLargeDouble);
const double kSqrtDblMin = std::sqrt(DBL_MIN);
constexpr int kScaleUp = 2 * (DBL_MANT_DIG / 2) + 1;
constexpr int kScaleDown = -(kScaleUp + 1) / 2;
constexpr double kPi = 3.141592653589793238462643383279502884;
constexpr double kE = 2.718281828459045235360287471352662498;
constexpr double kLn2 = 0.6931471805599453094172321214581765681;
constexpr double kLn10 = 2.302585092994045684017646009179;

/// Class of a double for the tables: -inf, <0, -0, +0, >0, +inf, nan.
int classOf(double d) {
  if (std::isnan(d)) return 6;
  if (std::isinf(d)) return d > 0 ? 5 : 0;
  if (d == 0) return std::signbit(d) ? 2 : 3;
  return d < 0 ? 1 : 4;
}

bool isSpecial(Cx z) { return !std::isfinite(z.r) || !std::isfinite(z.i); }

Cx fromTable(const Special (&t)[7][7], Cx z, int &err) {
  const Special &s = t[classOf(z.r)][classOf(z.i)];
  err = s.err == 1 ? kDom : kOk;
  return {s.r, s.i};
}

Cx c_sqrt(Cx z, int &err) {
  if (isSpecial(z)) return fromTable(kSV_sqrt, z, err);
  if (z.r == 0 && z.i == 0) return {0.0, z.i};
  double ax = std::fabs(z.r), ay = std::fabs(z.i), s;
  if (ax < DBL_MIN && ay < DBL_MIN) {
    // Subnormal parts: scale up so the hypot keeps its precision.
    ax = std::ldexp(ax, kScaleUp);
    s = std::ldexp(std::sqrt(ax + libm::hypot(ax, std::ldexp(ay, kScaleUp))), kScaleDown);
  } else {
    ax /= 8.0; // avoids overflow in ax + hypot(...)
    s = 2.0 * std::sqrt(ax + libm::hypot(ax, ay / 8.0));
  }
  double d = ay / (2.0 * s);
  if (z.r >= 0) return {s, std::copysign(d, z.i)};
  return {d, std::copysign(s, z.i)};
}

Cx c_exp(Cx z, int &err) {
  if (isSpecial(z)) {
    if (std::isinf(z.r) && std::isfinite(z.i) && z.i != 0) {
      err = kOk;
      if (z.r > 0) return {std::copysign(kI, libm::cos(z.i)), std::copysign(kI, libm::sin(z.i))};
      return {std::copysign(0.0, libm::cos(z.i)), std::copysign(0.0, libm::sin(z.i))};
    }
    return fromTable(kSV_exp, z, err);
  }
  Cx r;
  if (z.r > kLogLargeDouble) {
    double l = std::exp(z.r - 1.0);
    r = {l * libm::cos(z.i) * kE, l * libm::sin(z.i) * kE};
  } else {
    double l = std::exp(z.r);
    r = {l * libm::cos(z.i), l * libm::sin(z.i)};
  }
  err = (std::isinf(r.r) || std::isinf(r.i)) ? kRange : kOk;
  return r;
}

Cx c_log(Cx z, int &err) {
  if (isSpecial(z)) return fromTable(kSV_log, z, err);
  double ax = std::fabs(z.r), ay = std::fabs(z.i), re;
  err = kOk;
  if (ax > kLargeDouble || ay > kLargeDouble) {
    re = std::log(libm::hypot(ax / 2.0, ay / 2.0)) + kLn2;
  } else if (ax < DBL_MIN && ay < DBL_MIN) {
    if (ax > 0 || ay > 0) {
      re = std::log(libm::hypot(std::ldexp(ax, DBL_MANT_DIG), std::ldexp(ay, DBL_MANT_DIG))) -
           DBL_MANT_DIG * kLn2;
    } else {
      re = -kI; // log(0)
      err = kDom;
    }
  } else {
    double h = libm::hypot(ax, ay);
    if (0.71 <= h && h <= 1.73) {
      // Near the unit circle log1p keeps the relative accuracy.
      double am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
      re = std::log1p((am - 1) * (am + 1) + an * an) / 2.0;
    } else {
      re = std::log(h);
    }
  }
  return {re, libm::atan2(z.i, z.r)};
}

Cx c_acos(Cx z, int &err) {
  if (isSpecial(z)) return fromTable(kSV_acos, z, err);
  err = kOk;
  if (std::fabs(z.r) > kLargeDouble || std::fabs(z.i) > kLargeDouble) {
    double re = libm::atan2(std::fabs(z.i), z.r);
    double l = std::log(libm::hypot(z.r / 2.0, z.i / 2.0)) + kLn2 * 2.0;
    return {re, z.r < 0 ? -std::copysign(l, z.i) : std::copysign(l, -z.i)};
  }
  int e;
  Cx s1 = c_sqrt({1.0 - z.r, -z.i}, e);
  Cx s2 = c_sqrt({1.0 + z.r, z.i}, e);
  return {2.0 * libm::atan2(s1.r, s2.r), std::asinh(s2.r * s1.i - s2.i * s1.r)};
}

Cx c_acosh(Cx z, int &err) {
  if (isSpecial(z)) return fromTable(kSV_acosh, z, err);
  err = kOk;
  if (std::fabs(z.r) > kLargeDouble || std::fabs(z.i) > kLargeDouble)
    return {std::log(libm::hypot(z.r / 2.0, z.i / 2.0)) + kLn2 * 2.0, libm::atan2(z.i, z.r)};
  int e;
  Cx s1 = c_sqrt({z.r - 1.0, z.i}, e);
  Cx s2 = c_sqrt({z.r + 1.0, z.i}, e);
  return {std::asinh(s1.r * s2.r + s1.i * s2.i), 2.0 * libm::atan2(s1.i, s2.r)};
}

Cx c_asinh(Cx z, int &err) {
  if (isSpecial(z)) return fromTable(kSV_asinh, z, err);
  err = kOk;
  if (std::fabs(z.r) > kLargeDouble || std::fabs(z.i) > kLargeDouble) {
    double l = std::log(libm::hypot(z.r / 2.0, z.i / 2.0)) + kLn2 * 2.0;
    double re = z.i >= 0 ? std::copysign(l, z.r) : -std::copysign(l, -z.r);
    return {re, libm::atan2(z.i, std::fabs(z.r))};
  }
  int e;
  Cx s1 = c_sqrt({1.0 + z.i, -z.r}, e);
  Cx s2 = c_sqrt({1.0 - z.i, z.r}, e);
  return {std::asinh(s1.r * s2.i - s2.r * s1.i), libm::atan2(z.i, s1.r * s2.r - s1.i * s2.i)};
}

Cx c_atanh(Cx z, int &err) {
  if (isSpecial(z)) return fromTable(kSV_atanh, z, err);
  if (z.r < 0) {
    // Odd function: work in the right half-plane.
    Cx r = c_atanh({-z.r, -z.i}, err);
    return {-r.r, -r.i};
  }
  err = kOk;
  double ay = std::fabs(z.i);
  if (z.r > kSqrtLargeDouble || ay > kSqrtLargeDouble) {
    double h = libm::hypot(z.r / 2.0, z.i / 2.0);
    return {z.r / 4.0 / h / h, -std::copysign(kPi / 2.0, -z.i)};
  }
  if (z.r == 1.0 && ay < kSqrtDblMin) {
    if (ay == 0) {
      err = kDom;
      return {kI, z.i};
    }
    return {-std::log(std::sqrt(ay) / std::sqrt(libm::hypot(ay, 2.0))),
            std::copysign(libm::atan2(2.0, -ay) / 2, z.i)};
  }
  double re = std::log1p(4.0 * z.r / ((1 - z.r) * (1 - z.r) + ay * ay)) / 4.0;
  double im = -libm::atan2(-2.0 * z.i, (1 - z.r) * (1 + z.r) - ay * ay) / 2.0;
  return {re, im};
}

Cx c_cosh(Cx z, int &err) {
  if (isSpecial(z)) {
    if (std::isinf(z.r) && std::isfinite(z.i) && z.i != 0) {
      err = kOk;
      double c = std::copysign(kI, libm::cos(z.i)), s = std::copysign(kI, libm::sin(z.i));
      return z.r > 0 ? Cx{c, s} : Cx{c, -s};
    }
    return fromTable(kSV_cosh, z, err);
  }
  Cx r;
  if (std::fabs(z.r) > kLogLargeDouble) {
    double xm1 = z.r - std::copysign(1.0, z.r);
    r = {libm::cos(z.i) * libm::cosh(xm1) * kE, libm::sin(z.i) * libm::sinh(xm1) * kE};
  } else {
    r = {libm::cos(z.i) * libm::cosh(z.r), libm::sin(z.i) * libm::sinh(z.r)};
  }
  err = (std::isinf(r.r) || std::isinf(r.i)) ? kRange : kOk;
  return r;
}

Cx c_sinh(Cx z, int &err) {
  if (isSpecial(z)) {
    if (std::isinf(z.r) && std::isfinite(z.i) && z.i != 0) {
      err = kOk;
      double c = std::copysign(kI, libm::cos(z.i)), s = std::copysign(kI, libm::sin(z.i));
      return z.r > 0 ? Cx{c, s} : Cx{-c, s};
    }
    return fromTable(kSV_sinh, z, err);
  }
  Cx r;
  if (std::fabs(z.r) > kLogLargeDouble) {
    double xm1 = z.r - std::copysign(1.0, z.r);
    r = {libm::cos(z.i) * libm::sinh(xm1) * kE, libm::sin(z.i) * libm::cosh(xm1) * kE};
  } else {
    r = {libm::cos(z.i) * libm::sinh(z.r), libm::sin(z.i) * libm::cosh(z.r)};
  }
  err = (std::isinf(r.r) || std::isinf(r.i)) ? kRange : kOk;
  return r;
}

Cx c_tanh(Cx z, int &err) {
  if (isSpecial(z)) {
    if (std::isinf(z.r) && std::isfinite(z.i) && z.i != 0) {
      err = kOk;
      return {z.r > 0 ? 1.0 : -1.0, std::copysign(0.0, 2.0 * libm::sin(z.i) * libm::cos(z.i))};
    }
    return fromTable(kSV_tanh, z, err);
  }
  err = kOk;
  if (std::fabs(z.r) > kLogLargeDouble)
    return {std::copysign(1.0, z.r),
            4.0 * libm::sin(z.i) * libm::cos(z.i) * std::exp(-2.0 * std::fabs(z.r))};
  double tx = libm::tanh(z.r), ty = libm::tan(z.i), cx = 1.0 / libm::cosh(z.r);
  double txty = tx * ty, denom = 1.0 + txty * txty;
  return {tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx};
}

// f(z) = -i g(iz) and friends: the circular functions from the hyperbolic ones.
Cx c_asin(Cx z, int &err) {
  Cx s = c_asinh({-z.i, z.r}, err);
  return {s.i, -s.r};
}
Cx c_atan(Cx z, int &err) {
  Cx s = c_atanh({-z.i, z.r}, err);
  return {s.i, -s.r};
}
Cx c_cos(Cx z, int &err) { return c_cosh({-z.i, z.r}, err); }
Cx c_sin(Cx z, int &err) {
  Cx s = c_sinh({-z.i, z.r}, err);
  return {s.i, -s.r};
}
Cx c_tan(Cx z, int &err) {
  Cx s = c_tanh({-z.i, z.r}, err);
  return {s.i, -s.r};
}
Cx c_log10(Cx z, int &err) {
  Cx r = c_log(z, err);
  return {r.r / kLn10, r.i / kLn10};
}

MoltValue raiseErr(int err) {
  if (err == kRange) return molt_raise_fmt(&molt_type_OverflowError, "math range error");
  return molt_raise_fmt(&molt_type_ValueError, "math domain error");
}

/// The complex value of a cmath argument: complex (subclasses too), then a
/// class's __complex__, then float(x). 0 or -1.
int toCx(MoltValue v, Cx *out) {
  if (molt_is_ptr(v) && isComplex(v)) {
    auto *o = as<MoltComplex>(v);
    *out = {o->real, o->imag};
    return 0;
  }
  if (molt_is_ptr(v) && isHeapType(molt_type_of(v))) {
    MoltValue c = callSpecialC(v, "__complex__", nullptr, 0);
    if (c != MOLT_UNBOUND) {
      if (molt_is_error(c)) return -1;
      if (!(molt_is_ptr(c) && isComplex(c))) {
        molt_raise_fmt(&molt_type_TypeError, "__complex__ returned non-complex (type %s)",
                       typeName(c));
        molt_decref(c);
        return -1;
      }
      auto *o = as<MoltComplex>(c);
      *out = {o->real, o->imag};
      molt_decref(c);
      return 0;
    }
  }
  double d;
  if (toDouble(v, &d) < 0) return -1;
  *out = {d, 0.0};
  return 0;
}

MoltValue cmath1(const char *fname, const MoltValue *args, size_t nargs, MoltValue kwnames,
                 Cx (*f)(Cx, int &)) {
  if (checkOneArg(fname, nargs, kwnames) < 0) return MOLT_ERROR;
  Cx z;
  if (toCx(args[0], &z) < 0) return MOLT_ERROR;
  int err = kOk;
  Cx r = f(z, err);
  if (err != kOk) return raiseErr(err);
  return complexNew(r.r, r.i);
}

#define CMATH1(NAME)                                                                               \
  MoltValue cm_##NAME(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {                     \
    return cmath1("cmath." #NAME, a, n, kw, c_##NAME);                                             \
  }

CMATH1(acos)
CMATH1(acosh)
CMATH1(asin)
CMATH1(asinh)
CMATH1(atan)
CMATH1(atanh)
CMATH1(cos)
CMATH1(cosh)
CMATH1(exp)
CMATH1(log10)
CMATH1(sin)
CMATH1(sinh)
CMATH1(sqrt)
CMATH1(tan)
CMATH1(tanh)

/// a / b as complex division does it (Smith's method); division by zero is a
/// domain error here (cmath.log's base 1).
Cx quot(Cx a, Cx b, int &err) {
  double abr = std::fabs(b.r), abi = std::fabs(b.i);
  if (abr >= abi) {
    if (abr == 0.0) {
      err = kDom;
      return {0.0, 0.0};
    }
    double ratio = b.i / b.r, denom = b.r + b.i * ratio;
    return {(a.r + a.i * ratio) / denom, (a.i - a.r * ratio) / denom};
  }
  if (abi >= abr) {
    double ratio = b.r / b.i, denom = b.r * ratio + b.i;
    return {(a.r * ratio + a.i) / denom, (a.i * ratio - a.r) / denom};
  }
  return {kN, kN}; // NaN parts
}

MoltValue cm_log(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  if (noKeywords("cmath.log", kw) < 0 || checkPositional("log", n, kw, 1, 2) < 0) return MOLT_ERROR;
  Cx x, y;
  if (toCx(a[0], &x) < 0) return MOLT_ERROR;
  if (n == 2 && toCx(a[1], &y) < 0) return MOLT_ERROR;
  int err = kOk, e2 = kOk;
  Cx r = c_log(x, err);
  if (n == 2) {
    Cx ly = c_log(y, e2);
    if (e2 != kOk) err = e2;
    r = quot(r, ly, err);
  }
  if (err != kOk) return raiseErr(err);
  return complexNew(r.r, r.i);
}

MoltValue cm_phase(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  if (checkOneArg("cmath.phase", n, kw) < 0) return MOLT_ERROR;
  Cx z;
  if (toCx(a[0], &z) < 0) return MOLT_ERROR;
  return molt_float(libm::atan2(z.i, z.r));
}

/// abs(z) with CPython's convention (an infinite part wins over NaN).
double cabs(Cx z, int &err) {
  err = kOk;
  if (!std::isfinite(z.r) || !std::isfinite(z.i)) {
    if (std::isinf(z.r)) return std::fabs(z.r);
    if (std::isinf(z.i)) return std::fabs(z.i);
    return kN;
  }
  double h = libm::hypot(z.r, z.i);
  if (!std::isfinite(h)) err = kRange;
  return h;
}

MoltValue cm_polar(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  if (checkOneArg("cmath.polar", n, kw) < 0) return MOLT_ERROR;
  Cx z;
  if (toCx(a[0], &z) < 0) return MOLT_ERROR;
  double phi = libm::atan2(z.i, z.r);
  int err;
  double r = cabs(z, err);
  if (err != kOk) return raiseErr(err);
  MoltValue items[2] = {molt_float(r), molt_float(phi)};
  return molt_tuple_new(items, 2);
}

MoltValue cm_rect(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  if (checkPositional("rect", n, kw, 2, 2) < 0) return MOLT_ERROR;
  double r, phi;
  if (toDouble(a[0], &r) < 0 || toDouble(a[1], &phi) < 0) return MOLT_ERROR;
  Cx z;
  int err = kOk;
  if (!std::isfinite(r) || !std::isfinite(phi)) {
    if (std::isinf(r) && std::isfinite(phi) && phi != 0) {
      double c = std::copysign(kI, libm::cos(phi)), s = std::copysign(kI, libm::sin(phi));
      z = r > 0 ? Cx{c, s} : Cx{-c, -s};
    } else {
      z = fromTable(kSV_rect, {r, phi}, err);
    }
  } else if (phi == 0.0) {
    z = {r, r * phi}; // keeps the sign of zero
  } else {
    z = {r * libm::cos(phi), r * libm::sin(phi)};
  }
  if (err != kOk) return raiseErr(err);
  return complexNew(z.r, z.i);
}

MoltValue cm_isfinite(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  if (checkOneArg("cmath.isfinite", n, kw) < 0) return MOLT_ERROR;
  Cx z;
  if (toCx(a[0], &z) < 0) return MOLT_ERROR;
  return molt_bool(std::isfinite(z.r) && std::isfinite(z.i));
}

MoltValue cm_isinf(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  if (checkOneArg("cmath.isinf", n, kw) < 0) return MOLT_ERROR;
  Cx z;
  if (toCx(a[0], &z) < 0) return MOLT_ERROR;
  return molt_bool(std::isinf(z.r) || std::isinf(z.i));
}

MoltValue cm_isnan(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  if (checkOneArg("cmath.isnan", n, kw) < 0) return MOLT_ERROR;
  Cx z;
  if (toCx(a[0], &z) < 0) return MOLT_ERROR;
  return molt_bool(std::isnan(z.r) || std::isnan(z.i));
}

MoltValue cm_isclose(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  static const char *const names[] = {"a", "b", "rel_tol", "abs_tol"};
  if (n > 2)
    return molt_raise_fmt(&molt_type_TypeError,
                          "isclose() takes exactly 2 positional arguments (%zu given)", n);
  MoltValue vals[4];
  if (parseArgs("isclose", a, n, kw, names, 4, 2, 2, vals) < 0) return MOLT_ERROR;
  Cx x, y;
  double rel = 1e-09, abst = 0.0;
  if (toCx(vals[0], &x) < 0 || toCx(vals[1], &y) < 0) return MOLT_ERROR;
  if (vals[2] != MOLT_UNBOUND && toDouble(vals[2], &rel) < 0) return MOLT_ERROR;
  if (vals[3] != MOLT_UNBOUND && toDouble(vals[3], &abst) < 0) return MOLT_ERROR;
  if (rel < 0.0 || abst < 0.0)
    return molt_raise_fmt(&molt_type_ValueError, "tolerances must be non-negative");
  if (x.r == y.r && x.i == y.i) return MOLT_TRUE;
  if (std::isinf(x.r) || std::isinf(x.i) || std::isinf(y.r) || std::isinf(y.i)) return MOLT_FALSE;
  int err;
  double diff = cabs({y.r - x.r, y.i - x.i}, err);
  return molt_bool(diff <= rel * cabs(y, err) || diff <= rel * cabs(x, err) || diff <= abst);
}

} // namespace

namespace molt::rt {

void initCmathModule(NativeModuleBuilder &b) {
  b.addFunc("acos", cm_acos);
  b.addFunc("acosh", cm_acosh);
  b.addFunc("asin", cm_asin);
  b.addFunc("asinh", cm_asinh);
  b.addFunc("atan", cm_atan);
  b.addFunc("atanh", cm_atanh);
  b.addFunc("cos", cm_cos);
  b.addFunc("cosh", cm_cosh);
  b.addFunc("exp", cm_exp);
  b.addFunc("isclose", cm_isclose);
  b.addFunc("isfinite", cm_isfinite);
  b.addFunc("isinf", cm_isinf);
  b.addFunc("isnan", cm_isnan);
  b.addFunc("log", cm_log);
  b.addFunc("log10", cm_log10);
  b.addFunc("phase", cm_phase);
  b.addFunc("polar", cm_polar);
  b.addFunc("rect", cm_rect);
  b.addFunc("sin", cm_sin);
  b.addFunc("sinh", cm_sinh);
  b.addFunc("sqrt", cm_sqrt);
  b.addFunc("tan", cm_tan);
  b.addFunc("tanh", cm_tanh);
  b.add("pi", molt_float(kPi));
  b.add("e", molt_float(kE));
  b.add("tau", molt_float(2 * kPi));
  b.add("inf", molt_float(kI));
  b.add("infj", complexNew(0.0, kI));
  b.add("nan", molt_float(kN));
  b.add("nanj", complexNew(0.0, kN));
}

} // namespace molt::rt

// The module as the generated main registers it (native.h).
extern "C" {
MoltNativeModule molt_native_cmath = {"cmath", molt::rt::initCmathModule, nullptr};
}
