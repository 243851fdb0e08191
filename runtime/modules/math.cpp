// The `math` module (native): CPython 3.12's functions, results and errors.
// Floating-point functions follow C99 Annex F through libm; CPython's error
// convention is applied on top: a NaN result from a non-NaN argument is
// "math domain error" (ValueError), an infinite result from a finite argument
// is "math range error" (OverflowError) for functions that can overflow and a
// domain error for the others (poles such as log(0) or atanh(1)).
#include <cfloat>
#include <cmath>
#include <cstring>
#include <vector>

#include "../platform/libm.h"
#include "molt/intobject.h"
#include "native.h"

using namespace molt::rt;
namespace libm = molt::libm;

namespace {

MoltValue domainError() { return molt_raise_fmt(&molt_type_ValueError, "math domain error"); }
MoltValue rangeError() { return molt_raise_fmt(&molt_type_OverflowError, "math range error"); }

/// Applies CPython's error convention to r = f(x).
MoltValue rangeProduct(int64_t lo, int64_t hi);

MoltValue checkResult1(double x, double r, bool canOverflow) {
  if (std::isnan(r) && !std::isnan(x)) return domainError();
  if (std::isinf(r) && std::isfinite(x)) return canOverflow ? rangeError() : domainError();
  return molt_float(r);
}

MoltValue math1(const char *fname, const MoltValue *args, size_t nargs, MoltValue kwnames,
                double (*f)(double), bool canOverflow) {
  if (checkOneArg(fname, nargs, kwnames) < 0) return MOLT_ERROR;
  double x;
  if (toDouble(args[0], &x) < 0) return MOLT_ERROR;
  return checkResult1(x, f(x), canOverflow);
}

#define MATH1(NAME, FN, OVF)                                                                       \
  MoltValue m_##NAME(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {                      \
    return math1("math." #NAME, a, n, kw, FN, OVF);                                                \
  }

double d_acos(double x) { return libm::acos(x); }
double d_acosh(double x) { return std::acosh(x); }
double d_asin(double x) { return libm::asin(x); }
double d_asinh(double x) { return std::asinh(x); }
double d_atan(double x) { return libm::atan(x); }
double d_atanh(double x) { return std::atanh(x); }
double d_cbrt(double x) { return std::cbrt(x); }
double d_cos(double x) { return libm::cos(x); }
double d_cosh(double x) { return libm::cosh(x); }
double d_erf(double x) { return std::erf(x); }
double d_erfc(double x) { return std::erfc(x); }
double d_exp(double x) { return std::exp(x); }
double d_exp2(double x) { return std::exp2(x); }
double d_expm1(double x) { return std::expm1(x); }
double d_fabs(double x) { return std::fabs(x); }
double d_log1p(double x) { return std::log1p(x); }
double d_sin(double x) { return libm::sin(x); }
double d_sinh(double x) { return libm::sinh(x); }
double d_sqrt(double x) { return std::sqrt(x); }
double d_tan(double x) { return libm::tan(x); }
double d_tanh(double x) { return libm::tanh(x); }

MATH1(acos, d_acos, false)
MATH1(acosh, d_acosh, false)
MATH1(asin, d_asin, false)
MATH1(asinh, d_asinh, false)
MATH1(atan, d_atan, false)
MATH1(atanh, d_atanh, false)
MATH1(cbrt, d_cbrt, false)
MATH1(cos, d_cos, false)
MATH1(cosh, d_cosh, true)
MATH1(erf, d_erf, false)
MATH1(erfc, d_erfc, false)
MATH1(exp, d_exp, true)
MATH1(exp2, d_exp2, true)
MATH1(expm1, d_expm1, true)
MATH1(fabs, d_fabs, false)
MATH1(log1p, d_log1p, false)
MATH1(sin, d_sin, false)
MATH1(sinh, d_sinh, true)
MATH1(sqrt, d_sqrt, false)
MATH1(tan, d_tan, false)
MATH1(tanh, d_tanh, false)

// sin/cos/tan of an infinity is a domain error (NaN from a non-NaN argument): covered.

MoltValue m_gamma(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  if (checkOneArg("math.gamma", n, kw) < 0) return MOLT_ERROR;
  double x;
  if (toDouble(a[0], &x) < 0) return MOLT_ERROR;
  if (std::isnan(x)) return molt_float(x);
  if (std::isinf(x)) return x > 0 ? molt_float(x) : domainError();
  if (x == 0 || (x < 0 && x == std::floor(x))) return domainError();
  if (x == std::floor(x) && x <= 23) {
    // Exact factorials for small integers (as CPython returns them).
    MoltValue f = x <= 2 ? molt_small_int(1) : rangeProduct(2, static_cast<int64_t>(x));
    if (molt_is_error(f)) return f;
    double d;
    int rc = asDouble(f, &d); // correctly rounded
    molt_decref(f);
    if (rc < 0) return MOLT_ERROR;
    return molt_float(d);
  }
  double r = std::tgamma(x);
  if (std::isinf(r)) return rangeError();
  return molt_float(r);
}

MoltValue m_lgamma(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  if (checkOneArg("math.lgamma", n, kw) < 0) return MOLT_ERROR;
  double x;
  if (toDouble(a[0], &x) < 0) return MOLT_ERROR;
  if (std::isnan(x)) return molt_float(x);
  if (std::isinf(x)) return molt_float(HUGE_VAL);
  if (x <= 0 && x == std::floor(x)) return domainError();
  if (x == 1.0 || x == 2.0) return molt_float(0.0);
  int sign;
  double r = lgamma_r(x, &sign);
  if (std::isinf(r)) return rangeError();
  return molt_float(r);
}

MoltValue math2(const char *fname, const MoltValue *args, size_t nargs, MoltValue kwnames,
                double *x, double *y) {
  if (checkPositional(fname, nargs, kwnames, 2, 2) < 0) return MOLT_ERROR;
  if (toDouble(args[0], x) < 0 || toDouble(args[1], y) < 0) return MOLT_ERROR;
  return MOLT_NONE;
}

MoltValue m_atan2(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  double x, y;
  if (molt_is_error(math2("atan2", a, n, kw, &y, &x))) return MOLT_ERROR;
  return molt_float(libm::atan2(y, x));
}

MoltValue m_copysign(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  double x, y;
  if (molt_is_error(math2("copysign", a, n, kw, &x, &y))) return MOLT_ERROR;
  return molt_float(std::copysign(x, y));
}

MoltValue m_fmod(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  double x, y;
  if (molt_is_error(math2("fmod", a, n, kw, &x, &y))) return MOLT_ERROR;
  if (std::isinf(y) && std::isfinite(x)) return molt_float(x);
  double r = std::fmod(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return domainError();
  return molt_float(r);
}

MoltValue m_remainder(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  double x, y;
  if (molt_is_error(math2("remainder", a, n, kw, &x, &y))) return MOLT_ERROR;
  if (std::isnan(x) || std::isnan(y)) return molt_float(std::isnan(x) ? x : y);
  if (std::isinf(x) || y == 0) return domainError();
  if (std::isinf(y)) return molt_float(x);
  return molt_float(std::remainder(x, y));
}

MoltValue m_pow(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  double x, y;
  if (molt_is_error(math2("pow", a, n, kw, &x, &y))) return MOLT_ERROR;
  if (!std::isfinite(x) || !std::isfinite(y)) {
    // Annex F special values (NaN**0 == 1, 1**NaN == 1, inf rules).
    if (std::isnan(x)) return molt_float(y == 0 ? 1.0 : x);
    if (std::isnan(y)) return molt_float(x == 1.0 ? 1.0 : y);
    return molt_float(std::pow(x, y));
  }
  double r = std::pow(x, y);
  if (std::isnan(r)) return domainError();
  if (std::isinf(r)) return x == 0 ? domainError() : rangeError();
  return molt_float(r);
}

MoltValue m_nextafter(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  double x, y;
  if (molt_is_error(math2("nextafter", a, n, kw, &x, &y))) return MOLT_ERROR;
  return molt_float(std::nextafter(x, y));
}

MoltValue m_ulp(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  if (checkOneArg("math.ulp", n, kw) < 0) return MOLT_ERROR;
  double x;
  if (toDouble(a[0], &x) < 0) return MOLT_ERROR;
  if (std::isnan(x)) return molt_float(x);
  x = std::fabs(x);
  if (std::isinf(x)) return molt_float(x);
  double up = std::nextafter(x, HUGE_VAL);
  if (std::isinf(up)) return molt_float(x - std::nextafter(x, -HUGE_VAL));
  return molt_float(up - x);
}

MoltValue m_degrees(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  if (checkOneArg("math.degrees", n, kw) < 0) return MOLT_ERROR;
  double x;
  if (toDouble(a[0], &x) < 0) return MOLT_ERROR;
  return molt_float(x * (180.0 / M_PI));
}

MoltValue m_radians(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  if (checkOneArg("math.radians", n, kw) < 0) return MOLT_ERROR;
  double x;
  if (toDouble(a[0], &x) < 0) return MOLT_ERROR;
  return molt_float(x * (M_PI / 180.0));
}

MoltValue predicate(const char *fname, const MoltValue *a, size_t n, MoltValue kw, int which) {
  if (checkOneArg(fname, n, kw) < 0) return MOLT_ERROR;
  double x;
  if (toDouble(a[0], &x) < 0) return MOLT_ERROR;
  if (which == 0) return molt_bool(std::isfinite(x));
  if (which == 1) return molt_bool(std::isinf(x));
  return molt_bool(std::isnan(x));
}
MoltValue m_isfinite(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  return predicate("math.isfinite", a, n, kw, 0);
}
MoltValue m_isinf(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  return predicate("math.isinf", a, n, kw, 1);
}
MoltValue m_isnan(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  return predicate("math.isnan", a, n, kw, 2);
}

MoltValue m_frexp(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  if (checkOneArg("math.frexp", n, kw) < 0) return MOLT_ERROR;
  double x;
  if (toDouble(a[0], &x) < 0) return MOLT_ERROR;
  int e = 0;
  double m = (std::isnan(x) || std::isinf(x) || x == 0) ? x : std::frexp(x, &e);
  MoltValue items[2] = {molt_float(m), molt_small_int(e)};
  return molt_tuple_new(items, 2);
}

MoltValue m_ldexp(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  if (checkPositional("ldexp", n, kw, 2, 2) < 0) return MOLT_ERROR;
  double x;
  if (toDouble(a[0], &x) < 0) return MOLT_ERROR;
  if (!isInt(a[1]))
    return molt_raise_fmt(&molt_type_TypeError, "Expected an int as second argument to ldexp.");
  int64_t e;
  if (!intToI64(a[1], &e)) {
    e = intCompare(a[1], molt_small_int(0)) < 0 ? INT64_MIN : INT64_MAX;
  }
  if (x == 0 || !std::isfinite(x)) return molt_float(x);
  if (e > 100000) return rangeError();
  if (e < -100000) return molt_float(std::copysign(0.0, x));
  double r = std::ldexp(x, static_cast<int>(e));
  if (std::isinf(r)) return rangeError();
  return molt_float(r);
}

MoltValue m_modf(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  if (checkOneArg("math.modf", n, kw) < 0) return MOLT_ERROR;
  double x;
  if (toDouble(a[0], &x) < 0) return MOLT_ERROR;
  double ip;
  double fp;
  if (std::isinf(x)) {
    ip = x;
    fp = std::copysign(0.0, x);
  } else {
    fp = std::modf(x, &ip);
  }
  MoltValue items[2] = {molt_float(fp), molt_float(ip)};
  return molt_tuple_new(items, 2);
}

// --- floor / ceil / trunc: the dunder method if the type has one, else float.

MoltValue callDunder(MoltValue x, const char *name, bool *found) {
  MoltType *t = molt_type_of(x);
  MoltValue meth = typeLookup(t, internStr(name));
  if (molt_is_error(meth)) {
    *found = true;
    return MOLT_ERROR;
  }
  if (meth == MOLT_UNBOUND) {
    *found = false;
    return MOLT_NONE;
  }
  *found = true;
  return callWithSelf(meth, x, nullptr, 0, MOLT_NONE);
}

MoltValue roundFn(const char *fname, const char *dunder, const MoltValue *a, size_t n, MoltValue kw,
                  double (*f)(double)) {
  if (checkOneArg(fname, n, kw) < 0) return MOLT_ERROR;
  MoltValue x = a[0];
  if (molt_is_float(x)) return intFromDouble(f(molt_float_val(x)));
  if (isExact(x, &molt_type_int) || molt_is_small_int(x)) return molt_newref(x);
  if (molt_is_bool(x)) return molt_small_int(x == MOLT_TRUE ? 1 : 0);
  bool found;
  MoltValue r = callDunder(x, dunder, &found);
  if (found) return r;
  double d;
  if (floatFromValue(x, &d) < 0) return MOLT_ERROR;
  return intFromDouble(f(d));
}

double d_floor(double x) { return std::floor(x); }
double d_ceil(double x) { return std::ceil(x); }

MoltValue m_floor(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  return roundFn("math.floor", "__floor__", a, n, kw, d_floor);
}
MoltValue m_ceil(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  return roundFn("math.ceil", "__ceil__", a, n, kw, d_ceil);
}
MoltValue m_trunc(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  if (checkOneArg("math.trunc", n, kw) < 0) return MOLT_ERROR;
  MoltValue x = a[0];
  if (molt_is_float(x)) return intFromDouble(std::trunc(molt_float_val(x)));
  if (isExact(x, &molt_type_int) || molt_is_small_int(x)) return molt_newref(x);
  if (molt_is_bool(x)) return molt_small_int(x == MOLT_TRUE ? 1 : 0);
  bool found;
  MoltValue r = callDunder(x, "__trunc__", &found);
  if (found) return r;
  return molt_raise_fmt(&molt_type_TypeError, "type %s doesn't define __trunc__ method",
                        typeName(x));
}

// --- logarithms (ints of any size accepted)

/// log(x) for a number, with CPython's treatment of large ints; domain errors
/// for x <= 0. *out receives the natural log.
int logOf(MoltValue x, double (*f)(double), double *out) {
  if (isInt(x)) {
    if (intCompare(x, molt_small_int(0)) <= 0) {
      domainError();
      return -1;
    }
    double d;
    if (asDouble(x, &d) == 0) {
      *out = f(d);
      return 0;
    }
    errClear();
    // Beyond the float range: x = m * 2**e with m in [0.5, 1) from the top limbs.
    limb_t buf[2];
    IntRef r = intRef(x, buf);
    uint64_t bits = int_bit_length(r);
    double top = 0;
    size_t lo = r.n > 3 ? r.n - 3 : 0;
    for (size_t i = r.n; i-- > lo;)
      top = top * 4294967296.0 + r.d[i];
    double m = std::ldexp(
        top, static_cast<int>(static_cast<int64_t>(lo) * 32 - static_cast<int64_t>(bits)));
    *out = f(m) + f(2.0) * static_cast<double>(bits);
    return 0;
  }
  double d;
  if (toDouble(x, &d) < 0) return -1;
  if (std::isnan(d) || (std::isinf(d) && d > 0)) {
    *out = d;
    return 0;
  }
  if (d <= 0) {
    domainError();
    return -1;
  }
  *out = f(d);
  return 0;
}

double d_log(double x) { return std::log(x); }
double d_log2(double x) { return std::log2(x); }
double d_log10(double x) { return libm::log10(x); }

MoltValue m_log(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  if (checkPositional("log", n, kw, 1, 2) < 0) return MOLT_ERROR;
  double num;
  if (logOf(a[0], d_log, &num) < 0) return MOLT_ERROR;
  if (n == 1) return molt_float(num);
  double den;
  if (logOf(a[1], d_log, &den) < 0) return MOLT_ERROR;
  if (den == 0) return molt_raise_fmt(&molt_type_ZeroDivisionError, "float division by zero");
  return molt_float(num / den);
}

MoltValue m_log2(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  if (checkOneArg("math.log2", n, kw) < 0) return MOLT_ERROR;
  double r;
  if (logOf(a[0], d_log2, &r) < 0) return MOLT_ERROR;
  return molt_float(r);
}

MoltValue m_log10(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  if (checkOneArg("math.log10", n, kw) < 0) return MOLT_ERROR;
  double r;
  if (logOf(a[0], d_log10, &r) < 0) return MOLT_ERROR;
  return molt_float(r);
}

// --- exact summation (Shewchuk's partials, correctly rounded result)

struct Fsum {
  std::vector<double> partials;
  double specialSum = 0; // sum of infinities/NaNs seen
  double infSum = 0;
  bool special = false;

  // Adds x; returns false on intermediate overflow.
  bool add(double x) {
    if (!std::isfinite(x)) {
      if (std::isinf(x)) infSum += x;
      specialSum += x;
      special = true;
      return true;
    }
    size_t i = 0;
    for (double y : partials) {
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      double hi = x + y;
      double lo = y - (hi - x);
      if (lo != 0.0) partials[i++] = lo;
      x = hi;
    }
    partials.resize(i);
    if (!std::isfinite(x)) return false;
    if (x != 0.0) partials.push_back(x); // zeros are never stored: fsum([-0.0]) is 0.0

    return true;
  }

  double result() const {
    size_t n = partials.size();
    if (n == 0) return 0.0;
    double hi = partials[n - 1];
    double lo = 0;
    size_t i = n - 1;
    while (i > 0) {
      double x = hi;
      double y = partials[--i];
      hi = x + y;
      double yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) break;
    }
    // Round half-even correctly when the rest has the same sign as lo.
    if (i > 0 && ((lo < 0 && partials[i - 1] < 0) || (lo > 0 && partials[i - 1] > 0))) {
      double y = lo * 2;
      double x = hi + y;
      double yr = x - hi;
      if (y == yr) hi = x;
    }
    return hi;
  }
};

MoltValue m_fsum(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  if (checkOneArg("math.fsum", n, kw) < 0) return MOLT_ERROR;
  Fsum s;
  bool overflow = false;
  int rc = forEach(a[0], [&](MoltValue item) -> int {
    double x;
    if (toDouble(item, &x) < 0) return -1;
    if (!s.add(x)) {
      overflow = true;
      return 1;
    }
    return 0;
  });
  if (rc < 0) return MOLT_ERROR;
  if (overflow) return molt_raise_fmt(&molt_type_OverflowError, "intermediate overflow in fsum");
  if (s.special) {
    if (std::isnan(s.infSum)) return molt_raise_fmt(&molt_type_ValueError, "-inf + inf in fsum");
    return molt_float(s.specialSum);
  }
  return molt_float(s.result());
}

// --- vector norms (hypot, dist): scaled, compensated, corrected sqrt.

double vectorNorm(const std::vector<double> &v, double maxv, bool foundNan) {
  if (std::isinf(maxv)) return maxv;
  if (foundNan) return NAN;
  if (maxv == 0 || v.size() <= 1) return maxv;
  int maxE;
  std::frexp(maxv, &maxE);
  if (maxE < -1023) {
    // Subnormal maximum: scale up first so the squares do not underflow.
    std::vector<double> w(v);
    for (double &x : w)
      x = std::ldexp(x, 600);
    return std::ldexp(vectorNorm(w, std::ldexp(maxv, 600), false), -600);
  }
  int scale = 1 - maxE; // scaled max in [1, 2)
  double hi = 0, lo = 0;
  for (double x : v) {
    x = std::ldexp(std::fabs(x), scale);
    double p = x * x;
    double pe = std::fma(x, x, -p);
    double s = hi + p;
    double bb = s - hi;
    double err = (hi - (s - bb)) + (p - bb);
    hi = s;
    lo += err + pe;
  }
  double total = hi + lo;
  double tl = lo - (total - hi);
  double h = std::sqrt(total);
  // One Newton correction in double-double: h + (total - h*h)/(2h).
  double r = std::fma(-h, h, total) + tl;
  h += r / (2 * h);
  return std::ldexp(h, -scale);
}

MoltValue m_hypot(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  if (noKeywords("math.hypot", kw) < 0) return MOLT_ERROR;
  std::vector<double> v(n);
  double maxv = 0;
  bool nan = false;
  for (size_t i = 0; i < n; i++) {
    double x;
    if (toDouble(a[i], &x) < 0) return MOLT_ERROR;
    x = std::fabs(x);
    v[i] = x;
    if (std::isnan(x))
      nan = true;
    else if (x > maxv)
      maxv = x;
  }
  return molt_float(vectorNorm(v, maxv, nan));
}

MoltValue m_dist(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  if (checkPositional("dist", n, kw, 2, 2) < 0) return MOLT_ERROR;
  MoltValue p = a[0], q = a[1];
  if (!isTuple(p))
    p = sequenceTuple(p);
  else
    molt_incref(p);
  if (molt_is_error(p)) return MOLT_ERROR;
  if (!isTuple(q))
    q = sequenceTuple(q);
  else
    molt_incref(q);
  if (molt_is_error(q)) {
    molt_decref(p);
    return MOLT_ERROR;
  }
  MoltValue result = MOLT_ERROR;
  int64_t np = tupleSize(p), nq = tupleSize(q);
  if (np != nq) {
    molt_raise_fmt(&molt_type_ValueError, "both points must have the same number of dimensions");
  } else {
    std::vector<double> v(static_cast<size_t>(np));
    double maxv = 0;
    bool nan = false, ok = true;
    for (int64_t i = 0; i < np && ok; i++) {
      double x, y;
      if (toDouble(tupleItems(p)[i], &x) < 0 || toDouble(tupleItems(q)[i], &y) < 0) {
        ok = false;
        break;
      }
      double d = std::fabs(x - y);
      v[static_cast<size_t>(i)] = d;
      if (std::isnan(d))
        nan = true;
      else if (d > maxv)
        maxv = d;
    }
    if (ok) result = molt_float(vectorNorm(v, maxv, nan));
  }
  molt_decref(p);
  molt_decref(q);
  return result;
}

// --- isclose

MoltValue m_isclose(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  size_t nkw = kwCount(kw);
  if (n > 2)
    return molt_raise_fmt(&molt_type_TypeError,
                          "isclose() takes exactly 2 positional arguments (%zu given)", n);
  MoltValue vals[4] = {MOLT_UNBOUND, MOLT_UNBOUND, MOLT_UNBOUND, MOLT_UNBOUND};
  for (size_t i = 0; i < n; i++)
    vals[i] = a[i];
  static const char *const names[] = {"a", "b", "rel_tol", "abs_tol"};
  for (size_t i = 0; i < nkw; i++) {
    std::string_view k = strView(tupleItem(kw, static_cast<int64_t>(i)));
    size_t j = 0;
    for (; j < 4; j++)
      if (k == names[j]) break;
    if (j == 4)
      return molt_raise_fmt(&molt_type_TypeError,
                            "'%s' is an invalid keyword argument for isclose()",
                            std::string(k).c_str());
    if (j < 2 && j < n)
      return molt_raise_fmt(&molt_type_TypeError,
                            "argument for isclose() given by name ('%s') and position (%zu)",
                            names[j], j + 1);
    vals[j] = a[n + i];
  }
  for (size_t j = 0; j < 2; j++)
    if (vals[j] == MOLT_UNBOUND)
      return molt_raise_fmt(&molt_type_TypeError,
                            "isclose() missing required argument '%s' (pos %zu)", names[j], j + 1);
  double x, y, rel = 1e-09, abst = 0.0;
  if (toDouble(vals[0], &x) < 0 || toDouble(vals[1], &y) < 0) return MOLT_ERROR;
  if (vals[2] != MOLT_UNBOUND && toDouble(vals[2], &rel) < 0) return MOLT_ERROR;
  if (vals[3] != MOLT_UNBOUND && toDouble(vals[3], &abst) < 0) return MOLT_ERROR;
  if (rel < 0.0 || abst < 0.0)
    return molt_raise_fmt(&molt_type_ValueError, "tolerances must be non-negative");
  if (x == y) return MOLT_TRUE;
  if (std::isinf(x) || std::isinf(y)) return MOLT_FALSE;
  double diff = std::fabs(y - x);
  return molt_bool((diff <= std::fabs(rel * y)) || (diff <= std::fabs(rel * x)) || diff <= abst);
}

// --- integer functions (any size, through the int operators)

/// Sign of int v: -1, 0, 1.
int intSign(MoltValue v) { return intCompare(v, molt_small_int(0)); }

MoltValue intAbs(MoltValue v) {
  if (intSign(v) < 0) return molt_neg(v);
  return molt_newref(v);
}

uint64_t bitLength(MoltValue v) {
  limb_t buf[2];
  return int_bit_length(intRef(v, buf));
}

MoltValue gcd2(MoltValue a, MoltValue b) {
  int64_t x, y;
  if (intToI64(a, &x) && intToI64(b, &y) && x != INT64_MIN && y != INT64_MIN) {
    uint64_t ux = static_cast<uint64_t>(x < 0 ? -x : x), uy = static_cast<uint64_t>(y < 0 ? -y : y);
    while (uy) {
      uint64_t t = ux % uy;
      ux = uy;
      uy = t;
    }
    return intFromU64(ux, false);
  }
  MoltValue u = intAbs(a);
  if (molt_is_error(u)) return u;
  MoltValue v = intAbs(b);
  if (molt_is_error(v)) {
    molt_decref(u);
    return v;
  }
  while (intSign(v) != 0) {
    MoltValue t = molt_mod(u, v);
    molt_decref(u);
    if (molt_is_error(t)) {
      molt_decref(v);
      return t;
    }
    u = v;
    v = t;
  }
  molt_decref(v);
  return u;
}

MoltValue m_gcd(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  if (noKeywords("math.gcd", kw) < 0) return MOLT_ERROR;
  MoltValue acc = molt_small_int(0);
  for (size_t i = 0; i < n; i++) {
    MoltValue x = toIndex(a[i]);
    if (molt_is_error(x)) {
      molt_decref(acc);
      return x;
    }
    MoltValue g = gcd2(acc, x);
    molt_decref(x);
    molt_decref(acc);
    if (molt_is_error(g)) return g;
    acc = g;
  }
  return acc;
}

MoltValue m_lcm(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  if (noKeywords("math.lcm", kw) < 0) return MOLT_ERROR;
  MoltValue acc = molt_small_int(1);
  for (size_t i = 0; i < n; i++) {
    MoltValue x = toIndex(a[i]);
    if (molt_is_error(x)) {
      molt_decref(acc);
      return x;
    }
    MoltValue r;
    if (intSign(acc) == 0 || intSign(x) == 0) {
      r = molt_small_int(0);
    } else {
      MoltValue g = gcd2(acc, x);
      MoltValue q = molt_is_error(g) ? MOLT_ERROR : molt_floordiv(acc, g);
      molt_xdecref(g == MOLT_ERROR ? MOLT_NONE : g);
      MoltValue p = molt_is_error(q) ? MOLT_ERROR : molt_mul(q, x);
      if (!molt_is_error(q)) molt_decref(q);
      r = molt_is_error(p) ? MOLT_ERROR : intAbs(p);
      if (!molt_is_error(p)) molt_decref(p);
    }
    molt_decref(x);
    molt_decref(acc);
    if (molt_is_error(r)) return r;
    acc = r;
  }
  return acc;
}

MoltValue m_isqrt(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  if (checkOneArg("math.isqrt", n, kw) < 0) return MOLT_ERROR;
  MoltValue x = toIndex(a[0]);
  if (molt_is_error(x)) return x;
  if (intSign(x) < 0) {
    molt_decref(x);
    return molt_raise_fmt(&molt_type_ValueError, "isqrt() argument must be nonnegative");
  }
  int64_t v;
  if (intToI64(x, &v)) {
    auto r = static_cast<uint64_t>(std::sqrt(static_cast<double>(v)));
    while (r > 0 && (r > 3037000499u || r * r > static_cast<uint64_t>(v)))
      r--;
    while ((r + 1) <= 3037000499u && (r + 1) * (r + 1) <= static_cast<uint64_t>(v))
      r++;
    molt_decref(x);
    return intFromU64(r, false);
  }
  // Newton's iteration from an overestimate: y = (r + x // r) // 2 until it stops shrinking.
  uint64_t bits = bitLength(x);
  MoltValue one = molt_small_int(1);
  MoltValue r = molt_lshift(one, molt_int_from_i64(static_cast<int64_t>((bits + 1) / 2)));
  MoltValue two = molt_small_int(2);
  while (!molt_is_error(r)) {
    MoltValue q = molt_floordiv(x, r);
    if (molt_is_error(q)) break;
    MoltValue s = molt_add(r, q);
    molt_decref(q);
    if (molt_is_error(s)) break;
    MoltValue y = molt_floordiv(s, two);
    molt_decref(s);
    if (molt_is_error(y)) break;
    if (intCompare(y, r) >= 0) {
      molt_decref(y);
      molt_decref(x);
      return r;
    }
    molt_decref(r);
    r = y;
  }
  molt_xdecref(r == MOLT_ERROR ? MOLT_NONE : r);
  molt_decref(x);
  return MOLT_ERROR;
}

/// Product of the ints lo, lo+1, ..., hi-1 (lo < hi), by binary splitting.
MoltValue rangeProduct(int64_t lo, int64_t hi) {
  if (hi - lo <= 8) {
    // Accumulate in 64 bits while it fits.
    MoltValue acc = molt_small_int(1);
    uint64_t part = 1;
    for (int64_t i = lo; i < hi; i++) {
      uint64_t next;
      if (__builtin_mul_overflow(part, static_cast<uint64_t>(i), &next) || (next >> 62)) {
        MoltValue pv = intFromU64(static_cast<uint64_t>(part), false);
        MoltValue t = molt_mul(acc, pv);
        molt_decref(pv);
        molt_decref(acc);
        if (molt_is_error(t)) return t;
        acc = t;
        part = static_cast<uint64_t>(i);
      } else {
        part = next;
      }
    }
    MoltValue pv = intFromU64(static_cast<uint64_t>(part), false);
    MoltValue t = molt_mul(acc, pv);
    molt_decref(pv);
    molt_decref(acc);
    return t;
  }
  int64_t mid = lo + (hi - lo) / 2;
  MoltValue l = rangeProduct(lo, mid);
  if (molt_is_error(l)) return l;
  MoltValue r = rangeProduct(mid, hi);
  if (molt_is_error(r)) {
    molt_decref(l);
    return r;
  }
  MoltValue p = molt_mul(l, r);
  molt_decref(l);
  molt_decref(r);
  return p;
}

MoltValue m_factorial(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  if (checkOneArg("math.factorial", n, kw) < 0) return MOLT_ERROR;
  MoltValue x = toIndex(a[0]);
  if (molt_is_error(x)) return x;
  int64_t v;
  bool fits = intToI64(x, &v);
  int sign = intSign(x);
  molt_decref(x);
  if (sign < 0)
    return molt_raise_fmt(&molt_type_ValueError, "factorial() not defined for negative values");
  if (!fits)
    return molt_raise_fmt(&molt_type_OverflowError, "factorial() argument should not exceed %lld",
                          (long long)INT64_MAX);
  if (v < 2) return molt_small_int(1);
  return rangeProduct(2, v + 1);
}

/// comb/perm argument check: both non-negative ints. n, k new references.
int combArgs(const char *fname, const MoltValue *a, size_t nargs, MoltValue kw, size_t min,
             MoltValue *n, MoltValue *k) {
  if (checkPositional(fname, nargs, kw, min, 2) < 0) return -1;
  *n = toIndex(a[0]);
  if (molt_is_error(*n)) return -1;
  if (nargs == 1 || a[1] == MOLT_NONE) {
    *k = MOLT_NONE;
  } else {
    *k = toIndex(a[1]);
    if (molt_is_error(*k)) {
      molt_decref(*n);
      return -1;
    }
  }
  if (intSign(*n) < 0) {
    molt_raise_fmt(&molt_type_ValueError, "n must be a non-negative integer");
  } else if (*k != MOLT_NONE && intSign(*k) < 0) {
    molt_raise_fmt(&molt_type_ValueError, "k must be a non-negative integer");
  } else {
    return 0;
  }
  molt_decref(*n);
  molt_xdecref(*k);
  return -1;
}

/// n * (n-1) * ... * (n-k+1), divided step by step by 1..k when comb.
MoltValue fallingProduct(MoltValue n, int64_t k, bool comb) {
  MoltValue acc = molt_small_int(1);
  for (int64_t i = 0; i < k; i++) {
    MoltValue iv = molt_int_from_i64(i);
    MoltValue f = molt_sub(n, iv);
    if (molt_is_error(f)) {
      molt_decref(acc);
      return f;
    }
    MoltValue p = molt_mul(acc, f);
    molt_decref(f);
    molt_decref(acc);
    if (molt_is_error(p)) return p;
    acc = p;
    if (comb) {
      MoltValue d = molt_int_from_i64(i + 1);
      MoltValue q = molt_floordiv(acc, d);
      molt_decref(acc);
      if (molt_is_error(q)) return q;
      acc = q;
    }
  }
  return acc;
}

MoltValue m_comb(MoltValue, const MoltValue *a, size_t nargs, MoltValue kw) {
  MoltValue n, k;
  if (combArgs("comb", a, nargs, kw, 2, &n, &k) < 0) return MOLT_ERROR;
  MoltValue result;
  if (intCompare(k, n) > 0) {
    result = molt_small_int(0);
  } else {
    MoltValue nk = molt_sub(n, k);
    if (intCompare(nk, k) < 0) std::swap(nk, k);
    int64_t kk;
    if (!intToI64(k, &kk))
      result = molt_raise_fmt(&molt_type_OverflowError, "min(n - k, k) must not exceed %lld",
                              (long long)INT64_MAX);
    else
      result = fallingProduct(n, kk, true);
    molt_decref(nk);
  }
  molt_decref(n);
  molt_decref(k);
  return result;
}

MoltValue m_perm(MoltValue, const MoltValue *a, size_t nargs, MoltValue kw) {
  MoltValue n, k;
  // perm(n) and perm(n, None) are factorial(n), errors included.
  if (kwCount(kw) == 0 && (nargs == 1 || (nargs == 2 && a[1] == MOLT_NONE)))
    return m_factorial(MOLT_NONE, a, 1, MOLT_NONE);
  if (combArgs("perm", a, nargs, kw, 1, &n, &k) < 0) return MOLT_ERROR;
  if (k == MOLT_NONE) {
    MoltValue r = m_factorial(MOLT_NONE, &n, 1, MOLT_NONE);
    molt_decref(n);
    return r;
  }
  MoltValue result;
  int64_t kk;
  if (intCompare(k, n) > 0)
    result = molt_small_int(0);
  else if (!intToI64(k, &kk))
    result =
        molt_raise_fmt(&molt_type_OverflowError, "k must not exceed %lld", (long long)INT64_MAX);
  else
    result = fallingProduct(n, kk, false);
  molt_decref(n);
  molt_decref(k);
  return result;
}

// --- prod, sumprod

MoltValue m_prod(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  size_t nkw = kwCount(kw);
  MoltValue start = molt_small_int(1);
  if (n + nkw > 2)
    return molt_raise_fmt(&molt_type_TypeError, "prod() takes at most 2 arguments (%zu given)",
                          n + nkw);
  for (size_t i = 0; i < nkw; i++) {
    std::string_view k = strView(tupleItem(kw, static_cast<int64_t>(i)));
    if (k != "start")
      return molt_raise_fmt(&molt_type_TypeError, "prod() got an unexpected keyword argument '%s'",
                            std::string(k).c_str());
    start = a[n + i];
  }
  if (n != 1) {
    if (n == 0)
      return molt_raise_fmt(&molt_type_TypeError,
                            "prod() missing required argument 'iterable' (pos 1)");
    return molt_raise_fmt(&molt_type_TypeError,
                          "prod() takes exactly 1 positional argument (%zu given)", n);
  }
  MoltValue acc = molt_newref(start);
  int rc = forEach(a[0], [&](MoltValue item) -> int {
    MoltValue p = molt_mul(acc, item);
    if (molt_is_error(p)) return -1;
    molt_decref(acc);
    acc = p;
    return 0;
  });
  if (rc < 0) {
    molt_decref(acc);
    return MOLT_ERROR;
  }
  return acc;
}

/// x as a double when it is a float, a bool or an int below 2**53 in magnitude.
bool exactDouble(MoltValue x, double *out) {
  if (molt_is_float(x)) {
    *out = molt_float_val(x);
    return true;
  }
  if (molt_is_bool(x)) {
    *out = x == MOLT_TRUE ? 1.0 : 0.0;
    return true;
  }
  if (molt_is_small_int(x)) {
    int64_t v = molt_small_int_val(x);
    if (v > -(int64_t(1) << 53) && v < (int64_t(1) << 53)) {
      *out = static_cast<double>(v);
      return true;
    }
  }
  return false;
}

MoltValue m_sumprod(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  if (checkPositional("sumprod", n, kw, 2, 2) < 0) return MOLT_ERROR;
  MoltValue p = molt_iter(a[0]);
  if (molt_is_error(p)) return p;
  MoltValue q = molt_iter(a[1]);
  if (molt_is_error(q)) {
    molt_decref(p);
    return q;
  }
  MoltValue total = molt_small_int(0);
  // All-float inputs are summed exactly (products split with fma, fsum'ed).
  Fsum fs;
  bool allFloat = true, floatStarted = false;
  MoltValue result = MOLT_ERROR;
  for (;;) {
    MoltValue x = molt_iter_next(p);
    if (molt_is_error(x)) break;
    MoltValue y = molt_iter_next(q);
    if (molt_is_error(y)) {
      if (x != MOLT_STOP) molt_decref(x);
      break;
    }
    if (x == MOLT_STOP || y == MOLT_STOP) {
      if (x != y) {
        if (x != MOLT_STOP) molt_decref(x);
        if (y != MOLT_STOP) molt_decref(y);
        molt_raise_fmt(&molt_type_ValueError, "Inputs are not the same length");
        break;
      }
      if (floatStarted) {
        MoltValue f = molt_float(fs.result());
        MoltValue t = molt_add(total, f);
        molt_decref(total);
        total = MOLT_NONE;
        result = t;
      } else {
        result = total;
        total = MOLT_NONE;
      }
      break;
    }
    // As CPython, an int that a double holds exactly (|v| < 2**53, bools too)
    // joins the exact float path when the other factor is a float.
    double dx = 0, dy = 0;
    if (allFloat && (molt_is_float(x) || molt_is_float(y)) && exactDouble(x, &dx) &&
        exactDouble(y, &dy)) {
      double pr = dx * dy;
      fs.add(pr);
      if (std::isfinite(pr)) fs.add(std::fma(dx, dy, -pr));
      floatStarted = true;
      continue;
    }
    if (floatStarted) {
      MoltValue f = molt_float(fs.result());
      MoltValue t = molt_add(total, f);
      molt_decref(total);
      total = t;
      floatStarted = false;
      fs = Fsum();
      if (molt_is_error(total)) {
        molt_decref(x);
        molt_decref(y);
        break;
      }
    }
    allFloat = false;
    MoltValue pr = molt_mul(x, y);
    molt_decref(x);
    molt_decref(y);
    if (molt_is_error(pr)) break;
    MoltValue t = molt_add(total, pr);
    molt_decref(pr);
    molt_decref(total);
    total = t;
    if (molt_is_error(total)) break;
  }
  if (total != MOLT_NONE && !molt_is_error(total)) molt_decref(total);
  molt_decref(p);
  molt_decref(q);
  return result;
}

} // namespace

namespace molt::rt {

void initMathModule(NativeModuleBuilder &b) {
  b.addFunc("acos", m_acos);
  b.addFunc("acosh", m_acosh);
  b.addFunc("asin", m_asin);
  b.addFunc("asinh", m_asinh);
  b.addFunc("atan", m_atan);
  b.addFunc("atan2", m_atan2);
  b.addFunc("atanh", m_atanh);
  b.addFunc("cbrt", m_cbrt);
  b.addFunc("ceil", m_ceil);
  b.addFunc("comb", m_comb);
  b.addFunc("copysign", m_copysign);
  b.addFunc("cos", m_cos);
  b.addFunc("cosh", m_cosh);
  b.addFunc("degrees", m_degrees);
  b.addFunc("dist", m_dist);
  b.addFunc("erf", m_erf);
  b.addFunc("erfc", m_erfc);
  b.addFunc("exp", m_exp);
  b.addFunc("exp2", m_exp2);
  b.addFunc("expm1", m_expm1);
  b.addFunc("fabs", m_fabs);
  b.addFunc("factorial", m_factorial);
  b.addFunc("floor", m_floor);
  b.addFunc("fmod", m_fmod);
  b.addFunc("frexp", m_frexp);
  b.addFunc("fsum", m_fsum);
  b.addFunc("gamma", m_gamma);
  b.addFunc("gcd", m_gcd);
  b.addFunc("hypot", m_hypot);
  b.addFunc("isclose", m_isclose);
  b.addFunc("isfinite", m_isfinite);
  b.addFunc("isinf", m_isinf);
  b.addFunc("isnan", m_isnan);
  b.addFunc("isqrt", m_isqrt);
  b.addFunc("lcm", m_lcm);
  b.addFunc("ldexp", m_ldexp);
  b.addFunc("lgamma", m_lgamma);
  b.addFunc("log", m_log);
  b.addFunc("log10", m_log10);
  b.addFunc("log1p", m_log1p);
  b.addFunc("log2", m_log2);
  b.addFunc("modf", m_modf);
  b.addFunc("nextafter", m_nextafter);
  b.addFunc("perm", m_perm);
  b.addFunc("pow", m_pow);
  b.addFunc("prod", m_prod);
  b.addFunc("radians", m_radians);
  b.addFunc("remainder", m_remainder);
  b.addFunc("sin", m_sin);
  b.addFunc("sinh", m_sinh);
  b.addFunc("sqrt", m_sqrt);
  b.addFunc("sumprod", m_sumprod);
  b.addFunc("tan", m_tan);
  b.addFunc("tanh", m_tanh);
  b.addFunc("trunc", m_trunc);
  b.addFunc("ulp", m_ulp);
  b.add("pi", molt_float(M_PI));
  b.add("e", molt_float(M_E));
  b.add("tau", molt_float(2 * M_PI));
  b.add("inf", molt_float(HUGE_VAL));
  b.add("nan", molt_float(NAN));
}

} // namespace molt::rt

// The module as the generated main registers it (native.h).
extern "C" {
MoltNativeModule molt_native_math = {"math", molt::rt::initMathModule, nullptr};
}
