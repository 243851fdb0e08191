// The correctly rounded functions of runtime/platform/libm.cpp (used on
// wasm32): checked against libquadmath's binary128 results rounded to double
// (correct but for arguments within 2^-60 of a rounding boundary, far rarer
// than these samples), and against the host libm, which CPython uses.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>

#include "../../runtime/platform/libm.h"

#ifdef MOLT_HAVE_QUADMATH
#include <quadmath.h>
#endif

namespace {

using namespace molt::libm;

struct Sampler {
  uint64_t s = 0x9E3779B97F4A7C15ull;
  double uniform(double lo, double hi) {
    s ^= s << 13;
    s ^= s >> 7;
    s ^= s << 17;
    return lo + (hi - lo) * static_cast<double>(s >> 11) * 0x1p-53;
  }
  /// A value of random sign with a log-uniform magnitude in [2^lo, 2^hi).
  double logUniform(int lo, int hi) {
    double v = std::exp2(uniform(lo, hi));
    return uniform(0, 1) < 0.5 ? -v : v;
  }
};

constexpr int kSamples = 20000;

#ifdef MOLT_HAVE_QUADMATH
template <class Cr, class Ref, class Arg>
void expectCorrectlyRounded(const char *name, Cr cr, Ref ref, Arg arg) {
  Sampler g;
  int wrong = 0;
  for (int i = 0; i < kSamples; ++i) {
    double x = arg(g);
    double got = cr(x), want = static_cast<double>(ref(static_cast<__float128>(x)));
    if (got != want && !(std::isnan(got) && std::isnan(want))) {
      if (++wrong <= 5)
        ADD_FAILURE() << name << "(" << std::hexfloat << x << ") = " << got << ", want " << want;
    }
  }
  EXPECT_EQ(wrong, 0) << name;
}

TEST(RtLibm, SinCosTanAreCorrectlyRounded) {
  for (auto arg : {+[](Sampler &g) { return g.uniform(-10, 10); },
                   +[](Sampler &g) { return g.logUniform(-30, 20); }}) {
    expectCorrectlyRounded(
        "sin", crSin, [](__float128 x) { return sinq(x); }, arg);
    expectCorrectlyRounded(
        "cos", crCos, [](__float128 x) { return cosq(x); }, arg);
    expectCorrectlyRounded(
        "tan", crTan, [](__float128 x) { return tanq(x); }, arg);
  }
}

TEST(RtLibm, InverseTrigIsCorrectlyRounded) {
  auto unit = +[](Sampler &g) { return g.uniform(-1, 1); };
  auto nearOne = +[](Sampler &g) {
    return std::copysign(1 - std::fabs(g.logUniform(-50, -1)), g.uniform(-1, 1));
  };
  for (auto arg : {unit, nearOne}) {
    expectCorrectlyRounded(
        "asin", crAsin, [](__float128 x) { return asinq(x); }, arg);
    expectCorrectlyRounded(
        "acos", crAcos, [](__float128 x) { return acosq(x); }, arg);
  }
  expectCorrectlyRounded(
      "atan", crAtan, [](__float128 x) { return atanq(x); },
      +[](Sampler &g) { return g.logUniform(-30, 62); });
}

TEST(RtLibm, Atan2AndHypotAreCorrectlyRounded) {
  Sampler g;
  int wrong = 0;
  for (int i = 0; i < kSamples; ++i) {
    double y = i % 2 ? g.uniform(-10, 10) : g.logUniform(-600, 600);
    double x = i % 2 ? g.uniform(-10, 10) : g.logUniform(-600, 600);
    double a = crAtan2(y, x), wantA = static_cast<double>(atan2q(y, x));
    double h = crHypot(x, y), wantH = static_cast<double>(hypotq(x, y));
    if (a != wantA && ++wrong <= 5)
      ADD_FAILURE() << std::hexfloat << "atan2(" << y << ", " << x << ") = " << a << ", want "
                    << wantA;
    if (h != wantH && ++wrong <= 5)
      ADD_FAILURE() << std::hexfloat << "hypot(" << x << ", " << y << ") = " << h << ", want "
                    << wantH;
  }
  EXPECT_EQ(wrong, 0);
}
#endif

TEST(RtLibm, SpecialValuesAsTheCLibrary) {
  const double inf = INFINITY, nan = NAN;
  for (double x : {0.0, -0.0, inf, -inf, nan, 1.0, -1.0, 0x1p-1074, 0x1p21, -1e300, 1e-20}) {
    auto same = [](double a, double b) {
      return (std::isnan(a) && std::isnan(b)) || (a == b && std::signbit(a) == std::signbit(b));
    };
    EXPECT_TRUE(same(crSin(x), std::sin(x))) << x;
    EXPECT_TRUE(same(crCos(x), std::cos(x))) << x;
    EXPECT_TRUE(same(crTan(x), std::tan(x))) << x;
    EXPECT_TRUE(same(crAtan(x), std::atan(x))) << x;
    if (!(std::fabs(x) < 1) || x == 0) {
      EXPECT_TRUE(same(crAsin(x), std::asin(x))) << x;
      EXPECT_TRUE(same(crAcos(x), std::acos(x))) << x;
    }
    for (double y : {0.0, -0.0, inf, -inf, nan, 2.0, -2.0}) {
      EXPECT_TRUE(same(crAtan2(x, y), std::atan2(x, y))) << x << " " << y;
      EXPECT_TRUE(same(crAtan2(y, x), std::atan2(y, x))) << y << " " << x;
      EXPECT_TRUE(same(crHypot(x, y), std::hypot(x, y))) << x << " " << y;
    }
  }
  EXPECT_EQ(crHypot(3, 4), 5.0);
  EXPECT_EQ(crHypot(0x1.8p1023, 0x1.8p1023), inf); // overflows as the C library
  EXPECT_EQ(crAcos(-1.0), std::acos(-1.0));
}

// What CPython users see: the host libm. glibc is correctly rounded for all
// but ~0.1% of these arguments, so the two agree almost everywhere.
#ifdef __GLIBC__
TEST(RtLibm, AgreesWithTheHostLibmAlmostEverywhere) {
  Sampler g;
  int differ = 0;
  for (int i = 0; i < kSamples; ++i) {
    double x = g.uniform(-4, 4), y = g.uniform(-4, 4), u = g.uniform(-1, 1);
    differ += crSin(x) != std::sin(x);
    differ += crCos(x) != std::cos(x);
    differ += crAtan2(y, x) != std::atan2(y, x);
    differ += crAsin(u) != std::asin(u);
    differ += crHypot(x, y) != std::hypot(x, y);
  }
  EXPECT_LT(differ, kSamples * 5 / 100); // glibc: ~0.1%; musl would be ~10%
}
#endif

// sinh, cosh, tanh and log10 by the fdlibm formulas are glibc's bit for bit
// (the wasm32 runtime evaluates them over musl's exp, expm1 and log, which
// agree with glibc's almost everywhere).
#ifdef __GLIBC__
TEST(RtLibm, FdlibmFormulasAreGlibcs) {
  Sampler g;
  int differ = 0;
  for (int i = 0; i < kSamples; ++i) {
    double x = i % 2 ? g.uniform(-30, 30) : g.logUniform(-60, 10);
    differ += fdSinh(x) != std::sinh(x);
    differ += fdCosh(x) != std::cosh(x);
    differ += fdTanh(x) != std::tanh(x);
    double p = i % 3 ? std::exp2(g.uniform(-1074, 1024)) : g.uniform(0, 100);
    differ += fdLog10(p) != std::log10(p);
  }
  EXPECT_EQ(differ, 0);
  for (double x :
       {0.0, -0.0, 1e-300, 22.0, 709.0, 710.0, 711.0, -711.0, 1e308, HUGE_VAL, -HUGE_VAL}) {
    EXPECT_EQ(fdSinh(x), std::sinh(x)) << x;
    EXPECT_EQ(fdCosh(x), std::cosh(x)) << x;
    EXPECT_EQ(fdTanh(x), std::tanh(x)) << x;
    EXPECT_EQ(std::signbit(fdSinh(x)), std::signbit(std::sinh(x))) << x;
    EXPECT_EQ(std::signbit(fdTanh(x)), std::signbit(std::tanh(x))) << x;
  }
  EXPECT_TRUE(std::isnan(fdSinh(NAN)) && std::isnan(fdCosh(NAN)) && std::isnan(fdTanh(NAN)));
  for (double x :
       {1.0, 10.0, 1000.0, 1e-300, 0x1p-1074, 0.5, 0x1.fffffffffffffp1023, 0.0, -1.0, HUGE_VAL})
    EXPECT_TRUE(fdLog10(x) == std::log10(x) ||
                (std::isnan(fdLog10(x)) && std::isnan(std::log10(x))))
        << x;
}
#endif

} // namespace
