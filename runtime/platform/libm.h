// The trigonometric and hyperbolic functions and hypot as the runtime calls
// them.
//
// CPython's results are its host libm's, glibc's on the reference machine,
// whose sin, cos, tan, asin, acos, atan, atan2 and hypot are correctly
// rounded for all but about 0.1% of arguments; wasi-libc (musl) differs from
// glibc in the last bit for 3-15% of them, so on wasm32 the runtime calls the
// correctly rounded versions of libm.cpp instead. glibc's sinh, cosh, tanh
// and log10 are the classic fdlibm formulas over exp, expm1 and log (which
// musl computes as glibc does), while musl's differ in up to 10% of results:
// on wasm32 the runtime evaluates those formulas itself. Natively it calls the libm CPython
// calls. See docs/ARCHITECTURE.md, "libm on wasm32".
#pragma once

#include <cmath>

namespace molt::libm {

/// Correctly rounded sin (|x| < 2^20; beyond, the C library's sin).
double crSin(double x);
/// Correctly rounded cos (|x| < 2^20; beyond, the C library's cos).
double crCos(double x);
/// Correctly rounded tan (|x| < 2^20; beyond, the C library's tan).
double crTan(double x);
/// Correctly rounded asin.
double crAsin(double x);
/// Correctly rounded acos.
double crAcos(double x);
/// Correctly rounded atan.
double crAtan(double x);
/// Correctly rounded atan2 (special values from the C library).
double crAtan2(double y, double x);
/// Correctly rounded hypot (special values from the C library).
double crHypot(double x, double y);
/// sinh by the fdlibm formulas over exp and expm1 (glibc's algorithm).
double fdSinh(double x);
/// cosh by the fdlibm formulas over exp and expm1 (glibc's algorithm).
double fdCosh(double x);
/// tanh by the fdlibm formulas over expm1 (glibc's algorithm).
double fdTanh(double x);
/// log10 as n log10(2) + log(m)/ln(10) over log (glibc's algorithm).
double fdLog10(double x);

#ifdef __wasm__
inline double sin(double x) { return crSin(x); }
inline double cos(double x) { return crCos(x); }
inline double tan(double x) { return crTan(x); }
inline double asin(double x) { return crAsin(x); }
inline double acos(double x) { return crAcos(x); }
inline double atan(double x) { return crAtan(x); }
inline double atan2(double y, double x) { return crAtan2(y, x); }
inline double hypot(double x, double y) { return crHypot(x, y); }
inline double sinh(double x) { return fdSinh(x); }
inline double cosh(double x) { return fdCosh(x); }
inline double tanh(double x) { return fdTanh(x); }
inline double log10(double x) { return fdLog10(x); }
#else
inline double sin(double x) { return std::sin(x); }
inline double cos(double x) { return std::cos(x); }
inline double tan(double x) { return std::tan(x); }
inline double asin(double x) { return std::asin(x); }
inline double acos(double x) { return std::acos(x); }
inline double atan(double x) { return std::atan(x); }
inline double atan2(double y, double x) { return std::atan2(y, x); }
inline double hypot(double x, double y) { return std::hypot(x, y); }
inline double sinh(double x) { return std::sinh(x); }
inline double cosh(double x) { return std::cosh(x); }
inline double tanh(double x) { return std::tanh(x); }
inline double log10(double x) { return std::log10(x); }
#endif

} // namespace molt::libm
