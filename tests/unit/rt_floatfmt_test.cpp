// Unit tests for runtime/core/floatfmt*.cpp. Every expected value of the
// hand-written cases was obtained from CPython 3.12 by evaluating the Python
// expression in the comment. The randomized tests at the end compare the
// runtime's own exact digit algorithms (floatfmt_digits.cpp) with glibc's
// snprintf/strtod and std::to_chars on the native host.
#include <gtest/gtest.h>

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>

#include "../../runtime/core/floatfmt_internal.h"
#include "molt/floatfmt.h"

using namespace molt::rt;

namespace {

std::string fmt(double x, const char *spec) {
  std::string out, err;
  FloatStatus st = floatFormat(x, spec, out, err);
  return st == FloatStatus::Ok ? out : "<error: " + err + ">";
}

std::string fmt_err(double x, const char *spec, FloatStatus want) {
  std::string out, err;
  FloatStatus st = floatFormat(x, spec, out, err);
  if (st != want) return "<wrong status; output " + out + err + ">";
  return err;
}

std::string pct(double x, const char *flags, int64_t width, int64_t prec, char type) {
  PercentSpec s;
  for (const char *p = flags; *p; ++p) {
    if (*p == '-') s.left = true;
    if (*p == '+') s.plus = true;
    if (*p == ' ') s.space = true;
    if (*p == '#') s.alternate = true;
    if (*p == '0') s.zero = true;
  }
  s.width = width;
  s.precision = prec;
  s.type = type;
  std::string out, err;
  FloatStatus st = floatPercentFormat(x, s, out, err);
  return st == FloatStatus::Ok ? out : "<error: " + err + ">";
}

bool same(double a, double b) {
  if (std::isnan(a) || std::isnan(b)) return std::isnan(a) && std::isnan(b);
  return a == b && std::signbit(a) == std::signbit(b);
}

} // namespace

TEST(RtFloatFmt, Repr) {
  EXPECT_EQ(floatRepr(0.0), "0.0");                               // repr(0.0)
  EXPECT_EQ(floatRepr(-0.0), "-0.0");                             // repr(-0.0)
  EXPECT_EQ(floatRepr(1.0), "1.0");                               // repr(1.0)
  EXPECT_EQ(floatRepr(0.1), "0.1");                               // repr(0.1)
  EXPECT_EQ(floatRepr(0.3333333333333333), "0.3333333333333333"); // repr(1/3)
  EXPECT_EQ(floatRepr(1e+16), "1e+16");                           // repr(1e16)
  EXPECT_EQ(floatRepr(1000000000000000.0), "1000000000000000.0"); // repr(1e15)
  EXPECT_EQ(floatRepr(9999999999999998.0), "9999999999999998.0"); // repr(9999999999999998.0)
  EXPECT_EQ(floatRepr(1e-05), "1e-05");                           // repr(1e-5)
  EXPECT_EQ(floatRepr(0.0001), "0.0001");                         // repr(1e-4)
  EXPECT_EQ(floatRepr(0.0001), "0.0001");                         // repr(0.0001)
  EXPECT_EQ(floatRepr(1.2345678901234568e+17),
            "1.2345678901234568e+17");                            // repr(123456789012345680.0)
  EXPECT_EQ(floatRepr(1234567890123456.8), "1234567890123456.8"); // repr(1234567890123456.8)
  EXPECT_EQ(floatRepr(9007199254740992.0), "9007199254740992.0"); // repr(2**53+0.0)
  EXPECT_EQ(floatRepr(1e+22), "1e+22");                           // repr(1e22)
  EXPECT_EQ(floatRepr(1e+23), "1e+23");                           // repr(1e23)
  EXPECT_EQ(floatRepr(5e-324), "5e-324");                         // repr(5e-324)
  EXPECT_EQ(floatRepr(2.2250738585072014e-308),
            "2.2250738585072014e-308"); // repr(2.2250738585072014e-308)
  EXPECT_EQ(floatRepr(1.7976931348623157e+308),
            "1.7976931348623157e+308");         // repr(1.7976931348623157e308)
  EXPECT_EQ(floatRepr(-1.5), "-1.5");           // repr(-1.5)
  EXPECT_EQ(floatRepr(1e+100), "1e+100");       // repr(1e100)
  EXPECT_EQ(floatRepr(-1e-100), "-1e-100");     // repr(-1e-100)
  EXPECT_EQ(floatRepr(HUGE_VAL), "inf");        // repr(inf)
  EXPECT_EQ(floatRepr(-HUGE_VAL), "-inf");      // repr(-inf)
  EXPECT_EQ(floatRepr(NAN), "nan");             // repr(nan)
  EXPECT_EQ(floatRepr(0.3), "0.3");             // repr(0.3)
  EXPECT_EQ(floatRepr(2.675), "2.675");         // repr(2.675)
  EXPECT_EQ(floatRepr(100.0), "100.0");         // repr(100.0)
  EXPECT_EQ(floatRepr(1e-07), "1e-07");         // repr(1e-7)
  EXPECT_EQ(floatRepr(12345.678), "12345.678"); // repr(12345.678)
  char buf[kFloatReprBufSize];
  size_t n = floatReprBuf(-2.2250738585072014e-308, buf);
  EXPECT_EQ(std::string(buf, n), "-2.2250738585072014e-308"); // repr(-2.2250738585072014e-308)
  std::string s = "x=";
  floatReprAppend(2.5, s);
  EXPECT_EQ(s, "x=2.5");
}

TEST(RtFloatFmt, FormatNoneType) {
  EXPECT_EQ(fmt(1e+16, ""), "1e+16");            // format(1e16, '')
  EXPECT_EQ(fmt(1.0, ""), "1.0");                // format(1.0, '')
  EXPECT_EQ(fmt(1.5, ".3"), "1.5");              // format(1.5, '.3')
  EXPECT_EQ(fmt(123456789.0, ".3"), "1.23e+08"); // format(123456789.0, '.3')
  EXPECT_EQ(fmt(1000.0, ".3"), "1e+03");         // format(1000.0, '.3')
  EXPECT_EQ(fmt(100.0, ".3"), "1e+02");          // format(100.0, '.3')
  EXPECT_EQ(fmt(10.0, ".3"), "10.0");            // format(10.0, '.3')
  EXPECT_EQ(fmt(1.0, "#"), "1.0");               // format(1.0, '#')
  EXPECT_EQ(fmt(1e+20, "#"), "1.e+20");          // format(1e20, '#')
  EXPECT_EQ(fmt(123.0, "#"), "123.0");           // format(123.0, '#')
  EXPECT_EQ(fmt(1.0, "#.3"), "1.00");            // format(1.0, '#.3')
  EXPECT_EQ(fmt(100000.0, "#.3"), "1.00e+05");   // format(1e5, '#.3')
  EXPECT_EQ(fmt(1.0, ".1"), "1e+00");            // format(1.0, '.1')
  EXPECT_EQ(fmt(0.5, ".1"), "0.5");              // format(0.5, '.1')
  EXPECT_EQ(fmt(9.5, ".1"), "1e+01");            // format(9.5, '.1')
  EXPECT_EQ(fmt(0.0, ".0"), "0e+00");            // format(0.0, '.0')
  EXPECT_EQ(fmt(0.0, "#.0"), "0.e+00");          // format(0.0, '#.0')
  EXPECT_EQ(fmt(1e-07, "#.0"), "1.e-07");        // format(1e-7, '#.0')
  EXPECT_EQ(fmt(0.1, ".50"),
            "0.1000000000000000055511151231257827021181583404541"); // format(0.1, '.50')
  EXPECT_EQ(fmt(0.1, "#.5"), "0.10000");                            // format(0.1, '#.5')
  EXPECT_EQ(fmt(1e-05, ".5"), "1e-05");                             // format(1e-5, '.5')
  EXPECT_EQ(fmt(12345.0, ".6"), "12345.0");                         // format(12345.0, '.6')
  EXPECT_EQ(fmt(-0.0, ""), "-0.0");                                 // format(-0.0, '')
  EXPECT_EQ(fmt(HUGE_VAL, ""), "inf");                              // format(inf, '')
  EXPECT_EQ(fmt(-HUGE_VAL, "+"), "-inf");                           // format(-inf, '+')
  EXPECT_EQ(fmt(NAN, "+"), "+nan");                                 // format(nan, '+')
  EXPECT_EQ(fmt(-NAN, ""), "nan");                                  // format(-nan, '')
  EXPECT_EQ(fmt(1.5, ">10"), "       1.5");                         // format(1.5, '>10')
  EXPECT_EQ(fmt(1e+16, "10"), "     1e+16");                        // format(1e16, '10')
}

TEST(RtFloatFmt, FormatTypes) {
  EXPECT_EQ(fmt(1.0, "#g"), "1.00000");                          // format(1.0, '#g')
  EXPECT_EQ(fmt(1.0, "#e"), "1.000000e+00");                     // format(1.0, '#e')
  EXPECT_EQ(fmt(1.0, "#.0e"), "1.e+00");                         // format(1.0, '#.0e')
  EXPECT_EQ(fmt(1.0, "#.0f"), "1.");                             // format(1.0, '#.0f')
  EXPECT_EQ(fmt(2.5, ".0f"), "2");                               // format(2.5, '.0f')
  EXPECT_EQ(fmt(3.5, ".0f"), "4");                               // format(3.5, '.0f')
  EXPECT_EQ(fmt(0.125, ".2f"), "0.12");                          // format(0.125, '.2f')
  EXPECT_EQ(fmt(0.375, ".2f"), "0.38");                          // format(0.375, '.2f')
  EXPECT_EQ(fmt(2.675, ".2f"), "2.67");                          // format(2.675, '.2f')
  EXPECT_EQ(fmt(1e+22, ".0f"), "10000000000000000000000");       // format(1e22, '.0f')
  EXPECT_EQ(fmt(5e-324, ".20e"), "4.94065645841246544177e-324"); // format(5e-324, '.20e')
  EXPECT_EQ(fmt(1e+300, ".3e"), "1.000e+300");                   // format(1e300, '.3e')
  EXPECT_EQ(fmt(0.0001, "g"), "0.0001");                         // format(0.0001, 'g')
  EXPECT_EQ(fmt(1e-05, "g"), "1e-05");                           // format(0.00001, 'g')
  EXPECT_EQ(fmt(123456.0, "g"), "123456");                       // format(123456.0, 'g')
  EXPECT_EQ(fmt(1234567.0, "g"), "1.23457e+06");                 // format(1234567.0, 'g')
  EXPECT_EQ(fmt(1234567.0, "G"), "1.23457E+06");                 // format(1234567.0, 'G')
  EXPECT_EQ(fmt(1e-10, "E"), "1.000000E-10");                    // format(1e-10, 'E')
  EXPECT_EQ(fmt(0.0, "e"), "0.000000e+00");                      // format(0.0, 'e')
  EXPECT_EQ(fmt(0.0, "g"), "0");                                 // format(0.0, 'g')
  EXPECT_EQ(fmt(0.0, "#g"), "0.00000");                          // format(0.0, '#g')
  EXPECT_EQ(fmt(1.0, "%"), "100.000000%");                       // format(1.0, '%')
  EXPECT_EQ(fmt(0.125, ".2%"), "12.50%");                        // format(0.125, '.2%')
  EXPECT_EQ(fmt(1.0, "#.0%"), "100.%");                          // format(1.0, '#.0%')
  EXPECT_EQ(fmt(1.7976931348623157e+308, "%"), "inf%");  // format(1.7976931348623157e308, '%')
  EXPECT_EQ(fmt(12345.678, "n"), "12345.7");             // format(12345.678, 'n')
  EXPECT_EQ(fmt(12345.678, ".10n"), "12345.678");        // format(12345.678, '.10n')
  EXPECT_EQ(fmt(1.0, "n"), "1");                         // format(1.0, 'n')
  EXPECT_EQ(fmt(1.0, "#n"), "1.00000");                  // format(1.0, '#n')
  EXPECT_EQ(fmt(HUGE_VAL, "f"), "inf");                  // format(inf, 'f')
  EXPECT_EQ(fmt(HUGE_VAL, "F"), "INF");                  // format(inf, 'F')
  EXPECT_EQ(fmt(NAN, "E"), "NAN");                       // format(nan, 'E')
  EXPECT_EQ(fmt(-HUGE_VAL, "%"), "-inf%");               // format(-inf, '%')
  EXPECT_EQ(fmt(NAN, "G"), "NAN");                       // format(nan, 'G')
  EXPECT_EQ(fmt(0.1, ".20f"), "0.10000000000000000555"); // format(0.1, '.20f')
  EXPECT_EQ(fmt(1e+300, ".0f"),
            "10000000000000000525047602552044202487044685811081591549158541155118024579889081957863"
            "71375080447864043704443832883878176942523235360430575644792184786706982848387200926575"
            "80373783023379478809005936895323497079994508111903896764088007465274278014249457925878"
            "8820056842838115669472196386865459400540160"); // format(1e300, '.0f')
}

TEST(RtFloatFmt, FormatAlignSignZero) {
  EXPECT_EQ(fmt(1234.5, "010,.1f"), "0,001,234.5");               // format(1234.5, '010,.1f')
  EXPECT_EQ(fmt(1234.5, "09,.1f"), "001,234.5");                  // format(1234.5, '09,.1f')
  EXPECT_EQ(fmt(1234.5, "08,.1f"), "01,234.5");                   // format(1234.5, '08,.1f')
  EXPECT_EQ(fmt(1234.5, "011,.1f"), "0,001,234.5");               // format(1234.5, '011,.1f')
  EXPECT_EQ(fmt(1234.5, "012,.1f"), "00,001,234.5");              // format(1234.5, '012,.1f')
  EXPECT_EQ(fmt(1234.5, "x=12,.1f"), "xxxxx1,234.5");             // format(1234.5, 'x=12,.1f')
  EXPECT_EQ(fmt(1234.5, "0=12,.1f"), "00,001,234.5");             // format(1234.5, '0=12,.1f')
  EXPECT_EQ(fmt(1234.5, "0>12,.1f"), "000001,234.5");             // format(1234.5, '0>12,.1f')
  EXPECT_EQ(fmt(1234.5, "<012,.1f"), "1,234.500000");             // format(1234.5, '<012,.1f')
  EXPECT_EQ(fmt(1.5, "<08"), "1.500000");                         // format(1.5, '<08')
  EXPECT_EQ(fmt(1.5, "x<08"), "1.5xxxxx");                        // format(1.5, 'x<08')
  EXPECT_EQ(fmt(1.5, "^08"), "001.5000");                         // format(1.5, '^08')
  EXPECT_EQ(fmt(1.0, "x<010"), "1.0xxxxxxx");                     // format(1.0, 'x<010')
  EXPECT_EQ(fmt(-1.0, ">010"), "000000-1.0");                     // format(-1.0, '>010')
  EXPECT_EQ(fmt(-1.0, "x>010"), "xxxxxx-1.0");                    // format(-1.0, 'x>010')
  EXPECT_EQ(fmt(-1.0, "=010"), "-0000001.0");                     // format(-1.0, '=010')
  EXPECT_EQ(fmt(-1.0, "x=010"), "-xxxxxx1.0");                    // format(-1.0, 'x=010')
  EXPECT_EQ(fmt(HUGE_VAL, "010"), "0000000inf");                  // format(inf, '010')
  EXPECT_EQ(fmt(-HUGE_VAL, "010,"), "-000000inf");                // format(-inf, '010,')
  EXPECT_EQ(fmt(HUGE_VAL, "020,"), "00000000000000000inf");       // format(inf, '020,')
  EXPECT_EQ(fmt(-NAN, "=+020_"), "+0000000000000000nan");         // format(-nan, '=+020_')
  EXPECT_EQ(fmt(1.0, "0010"), "00000001.0");                      // format(1.0, '0010')
  EXPECT_EQ(fmt(1.0, "00"), "1.0");                               // format(1.0, '00')
  EXPECT_EQ(fmt(1.0, " "), " 1.0");                               // format(1.0, ' ')
  EXPECT_EQ(fmt(1.0, "< "), " 1.0");                              // format(1.0, '< ')
  EXPECT_EQ(fmt(-1e-05, "016,"), "-000,000,001e-05");             // format(-1e-5, '016,')
  EXPECT_EQ(fmt(1234567.0, "015,"), "0,001,234,567.0");           // format(1234567.0, '015,')
  EXPECT_EQ(fmt(1234567.0, "016_"), "00_001_234_567.0");          // format(1234567.0, '016_')
  EXPECT_EQ(fmt(1234567.0, "+016_"), "+0_001_234_567.0");         // format(1234567.0, '+016_')
  EXPECT_EQ(fmt(12345678.9, "020_.3g"), "0_000_000_001.23e+07");  // format(12345678.9, '020_.3g')
  EXPECT_EQ(fmt(12345678.9, "020_.8g"), "0_000_000_012_345_679"); // format(12345678.9, '020_.8g')
  EXPECT_EQ(fmt(12345678.9, "020_"), "00_000_012_345_678.9");     // format(12345678.9, '020_')
  EXPECT_EQ(fmt(1.5, "015,.2%"), "000,000,150.00%");              // format(1.5, '015,.2%')
  EXPECT_EQ(fmt(1000000.0, ",.0%"), "100,000,000%");              // format(1e6, ',.0%')
  EXPECT_EQ(fmt(1234.5, "_e"), "1.234500e+03");                   // format(1234.5, '_e')
  EXPECT_EQ(fmt(-1234567.0, "_"), "-1_234_567.0");                // format(-1234567.0, '_')
  EXPECT_EQ(fmt(-1234567.0, ","), "-1,234,567.0");                // format(-1234567.0, ',')
  EXPECT_EQ(fmt(1000000000000000.0, ","), "1,000,000,000,000,000.0"); // format(1e15, ',')
  EXPECT_EQ(fmt(1e+16, ","), "1e+16");                                // format(1e16, ',')
  EXPECT_EQ(fmt(123456.789, ",.10g"), "123,456.789");                 // format(123456.789, ',.10g')
  EXPECT_EQ(fmt(1.0, "\xc3"
                     "\xa9"
                     "<10"),
            "1.0\xc3"
            "\xa9"
            "\xc3"
            "\xa9"
            "\xc3"
            "\xa9"
            "\xc3"
            "\xa9"
            "\xc3"
            "\xa9"
            "\xc3"
            "\xa9"
            "\xc3"
            "\xa9"
            ""); // format(1.0, 'é<10')
  EXPECT_EQ(fmt(1.0, "\xf0"
                     "\x9f"
                     "\x98"
                     "\x80"
                     "^10"),
            "\xf0"
            "\x9f"
            "\x98"
            "\x80"
            "\xf0"
            "\x9f"
            "\x98"
            "\x80"
            "\xf0"
            "\x9f"
            "\x98"
            "\x80"
            "1.0\xf0"
            "\x9f"
            "\x98"
            "\x80"
            "\xf0"
            "\x9f"
            "\x98"
            "\x80"
            "\xf0"
            "\x9f"
            "\x98"
            "\x80"
            "\xf0"
            "\x9f"
            "\x98"
            "\x80"
            "");                                    // format(1.0, '😀^10')
  EXPECT_EQ(fmt(1.0, "{<5"), "1.0{{");              // format(1.0, '{<5')
  EXPECT_EQ(fmt(3.25, "*^+12.3f"), "***+3.250***"); // format(3.25, '*^+12.3f')
  EXPECT_EQ(fmt(-3.25, "-^12"), "----3.25----");    // format(-3.25, '-^12')
  EXPECT_EQ(fmt(3.25, " =9.2f"), "     3.25");      // format(3.25, ' =9.2f')
}

TEST(RtFloatFmt, FormatNegativeZero) {
  EXPECT_EQ(fmt(-0.0001, "z.2f"), "0.00");                  // format(-0.0001, 'z.2f')
  EXPECT_EQ(fmt(-0.0, "z"), "0.0");                         // format(-0.0, 'z')
  EXPECT_EQ(fmt(-0.0001, "z.2e"), "-1.00e-04");             // format(-0.0001, 'z.2e')
  EXPECT_EQ(fmt(-1e-10, "z"), "-1e-10");                    // format(-1e-10, 'z')
  EXPECT_EQ(fmt(-0.0, "z%"), "0.000000%");                  // format(-0.0, 'z%')
  EXPECT_EQ(fmt(-0.0001, "z.2%"), "-0.01%");                // format(-0.0001, 'z.2%')
  EXPECT_EQ(fmt(-0.0, "+z"), "+0.0");                       // format(-0.0, '+z')
  EXPECT_EQ(fmt(-0.4, "z.0f"), "0");                        // format(-0.4, 'z.0f')
  EXPECT_EQ(fmt(-0.5, "z.0f"), "0");                        // format(-0.5, 'z.0f')
  EXPECT_EQ(fmt(-0.0, "ze"), "0.000000e+00");               // format(-0.0, 'ze')
  EXPECT_EQ(fmt(-0.0, "z#"), "0.0");                        // format(-0.0, 'z#')
  EXPECT_EQ(fmt(-0.0, "z=+10"), "-zzzzzz0.0");              // format(-0.0, 'z=+10')
  EXPECT_EQ(fmt(-0.0001, ".2f"), "-0.00");                  // format(-0.0001, '.2f')
  EXPECT_EQ(fmt(-HUGE_VAL, "z"), "-inf");                   // format(-inf, 'z')
  EXPECT_EQ(fmt(123.456, "z=+015,.2f"), "+zzzzzzzz123.46"); // format(123.456, 'z=+015,.2f')
}

TEST(RtFloatFmt, FormatHugePrecision) {
  // format(1e300, '.100f')
  EXPECT_EQ(fmt(1e300, ".100f"),
            "10000000000000000525047602552044202487044685811081591549158541155118024579889081957863"
            "71375080447864043704443832883878176942523235360430575644792184786706982848387200926575"
            "80373783023379478809005936895323497079994508111903896764088007465274278014249457925878"
            "8820056842838115669472196386865459400540160."
            "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
            "00000000000000");
  // format(5e-324, '.1100f'): exact digits then zeros
  EXPECT_EQ(
      fmt(5e-324, ".1100f"),
      "0."
      "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
      "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
      "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
      "00000000000000000000000000000000000000000000000494065645841246544176568792868221372365059802"
      "61432476442558568250067550727020875186529983636163599237979656469544571773092665671035593979"
      "63987747960107818781263007131903114045278458171678489821036887186360569987307230500063874091"
      "53564984387312473397273169615140031715385398074126238565591171026658556686768187039560310624"
      "93194527159149245532930545654440112748012970999954193198940908041656332452475714786901472678"
      "01593552386115501348035264934720193790268107107491703332226844753335720832431936092382893458"
      "36806010601150616980975307834227731832924790498252473077637592724787465608477820373446969953"
      "36470179726777175851256605511991315048911014510378627381672509558373897335989936648099411642"
      "0570263709027924276754456522908753868250641971826553344726562500000000000000000000000000");
  EXPECT_EQ(fmt(0.1, ".60"),
            "0.1000000000000000055511151231257827021181583404541015625"); // format(0.1, '.60')
  EXPECT_EQ(
      fmt(0.1, "#.60"),
      "0.100000000000000005551115123125782702118158340454101562500000"); // format(0.1, '#.60')
  EXPECT_EQ(fmt(1.0, ".2000e").size(), 2006U); // len(format(1.0, '.2000e'))
}

TEST(RtFloatFmt, FormatErrors) {
  EXPECT_EQ(fmt_err(1.0, ".3000000000f", FloatStatus::ValueError),
            "precision too big"); // format(1.0, '.3000000000f')
  EXPECT_EQ(fmt_err(1.0, ".2147483648f", FloatStatus::ValueError),
            "precision too big"); // format(1.0, '.2147483648f')
  EXPECT_EQ(fmt_err(1.0, ".99999999999999999999999f", FloatStatus::ValueError),
            "Too many decimal digits in format string"); // format(1.0, '.99999999999999999999999f')
  EXPECT_EQ(fmt_err(1.0, "99999999999999999999999", FloatStatus::ValueError),
            "Too many decimal digits in format string"); // format(1.0, '99999999999999999999999')
  EXPECT_EQ(fmt_err(1.0, "d", FloatStatus::ValueError),
            "Unknown format code 'd' for object of type 'float'"); // format(1.0, 'd')
  EXPECT_EQ(fmt_err(1.0, "x", FloatStatus::ValueError),
            "Unknown format code 'x' for object of type 'float'"); // format(1.0, 'x')
  EXPECT_EQ(fmt_err(1.0, ",n", FloatStatus::ValueError),
            "Cannot specify ',' with 'n'."); // format(1.0, ',n')
  EXPECT_EQ(fmt_err(1.0, "_n", FloatStatus::ValueError),
            "Cannot specify '_' with 'n'."); // format(1.0, '_n')
  EXPECT_EQ(fmt_err(1.0, ",_", FloatStatus::ValueError),
            "Cannot specify both ',' and '_'."); // format(1.0, ',_')
  EXPECT_EQ(fmt_err(1.0, "_,", FloatStatus::ValueError),
            "Cannot specify both ',' and '_'."); // format(1.0, '_,')
  EXPECT_EQ(fmt_err(1.0, ",,", FloatStatus::ValueError),
            "Cannot specify ',' with ','."); // format(1.0, ',,')
  EXPECT_EQ(fmt_err(1.0, "__", FloatStatus::ValueError),
            "Cannot specify '_' with '_'."); // format(1.0, '__')
  EXPECT_EQ(fmt_err(1.0, ".", FloatStatus::ValueError),
            "Format specifier missing precision"); // format(1.0, '.')
  EXPECT_EQ(fmt_err(1.0, ".f", FloatStatus::ValueError),
            "Format specifier missing precision"); // format(1.0, '.f')
  EXPECT_EQ(fmt_err(1.0, "ff", FloatStatus::ValueError),
            "Invalid format specifier 'ff' for object of type 'float'"); // format(1.0, 'ff')
  EXPECT_EQ(fmt_err(1.0,
                    "\x01"
                    "",
                    FloatStatus::ValueError),
            "Unknown format code '\\x1' for object of type 'float'"); // format(1.0, '\x01')
  EXPECT_EQ(fmt_err(1.0,
                    "\x7f"
                    "",
                    FloatStatus::ValueError),
            "Unknown format code '\x7f"
            "' for object of type 'float'"); // format(1.0, '\x7f')
  EXPECT_EQ(fmt_err(1.0,
                    "\xc3"
                    "\xa9"
                    "",
                    FloatStatus::ValueError),
            "Unknown format code '\\xe9' for object of type 'float'"); // format(1.0, 'é')
  EXPECT_EQ(fmt_err(1.0,
                    "\xe2"
                    "\x82"
                    "\xac"
                    "",
                    FloatStatus::ValueError),
            "Unknown format code '\\x20ac' for object of type 'float'"); // format(1.0, '€')
  EXPECT_EQ(fmt_err(1.0,
                    "\xf0"
                    "\x9f"
                    "\x98"
                    "\x80"
                    "",
                    FloatStatus::ValueError),
            "Unknown format code '\\x1f600' for object of type 'float'"); // format(1.0, '😀')
  EXPECT_EQ(fmt_err(1.0,
                    "\x0a"
                    "",
                    FloatStatus::ValueError),
            "Unknown format code '\\xa' for object of type 'float'"); // format(1.0, '\n')
  EXPECT_EQ(fmt_err(1.0, ",s", FloatStatus::ValueError),
            "Cannot specify ',' with 's'."); // format(1.0, ',s')
  EXPECT_EQ(fmt_err(1.0, "s", FloatStatus::ValueError),
            "Unknown format code 's' for object of type 'float'"); // format(1.0, 's')
  EXPECT_EQ(fmt_err(1.0, "zz", FloatStatus::ValueError),
            "Unknown format code 'z' for object of type 'float'"); // format(1.0, 'zz')
  EXPECT_EQ(fmt_err(1.0, "1 ", FloatStatus::ValueError),
            "Unknown format code '\\x20' for object of type 'float'"); // format(1.0, '1 ')
  EXPECT_EQ(fmt_err(1.0, "E%", FloatStatus::ValueError),
            "Invalid format specifier 'E%' for object of type 'float'"); // format(1.0, 'E%')
  EXPECT_EQ(
      fmt_err(1.0, "10.2ff", FloatStatus::ValueError),
      "Invalid format specifier '10.2ff' for object of type 'float'"); // format(1.0, '10.2ff')
  EXPECT_EQ(fmt_err(1.0, "#z", FloatStatus::ValueError),
            "Unknown format code 'z' for object of type 'float'"); // format(1.0, '#z')
  EXPECT_EQ(fmt_err(1.0, "<<<", FloatStatus::ValueError),
            "Unknown format code '<' for object of type 'float'"); // format(1.0, '<<<')
  EXPECT_EQ(fmt_err(1.0, ",,f", FloatStatus::ValueError),
            "Invalid format specifier ',,f' for object of type 'float'"); // format(1.0, ',,f')
  EXPECT_EQ(fmt_err(1.0, ",_x", FloatStatus::ValueError),
            "Cannot specify both ',' and '_'."); // format(1.0, ',_x')
  EXPECT_EQ(fmt_err(1.0, ".1,", FloatStatus::ValueError),
            "Unknown format code ',' for object of type 'float'"); // format(1.0, '.1,')
  EXPECT_EQ(fmt_err(1.0, "._", FloatStatus::ValueError),
            "Format specifier missing precision"); // format(1.0, '._')
  EXPECT_EQ(fmt_err(1.0, ",x", FloatStatus::ValueError),
            "Cannot specify ',' with 'x'."); // format(1.0, ',x')
  EXPECT_EQ(fmt_err(1.0,
                    "\xc3"
                    "\xa9"
                    "\xc3"
                    "\xa9"
                    "",
                    FloatStatus::ValueError),
            "Invalid format specifier '\xc3"
            "\xa9"
            "\xc3"
            "\xa9"
            "' for object of type 'float'"); // format(1.0, 'éé')
  EXPECT_EQ(fmt_err(1.0, ".3000000000d", FloatStatus::ValueError),
            "Unknown format code 'd' for object of type 'float'"); // format(1.0, '.3000000000d')
  // format(1.0, '9223372036854775807') raises MemoryError
  EXPECT_EQ(fmt_err(1.0, "9223372036854775807", FloatStatus::MemoryError), "");
}

TEST(RtFloatFmt, ParseFormatSpec) {
  FormatSpec s;
  std::string err;
  ASSERT_EQ(parseFormatSpec("*^+z#012_.3f", "float", '>', s, err), FloatStatus::Ok);
  EXPECT_EQ(s.fill, U'*');
  EXPECT_EQ(s.align, '^');
  EXPECT_TRUE(s.fillGiven && s.alignGiven);
  EXPECT_EQ(s.sign, '+');
  EXPECT_TRUE(s.noNegZero && s.alternate);
  EXPECT_FALSE(s.zeroPad); // a '0' after an explicit fill is part of the width
  EXPECT_EQ(s.width, 12);
  EXPECT_EQ(s.grouping, '_');
  EXPECT_EQ(s.precision, 3);
  EXPECT_EQ(s.type, U'f');
  ASSERT_EQ(parseFormatSpec("08", "float", '>', s, err), FloatStatus::Ok);
  EXPECT_EQ(s.fill, U'0');
  EXPECT_EQ(s.align, '=');
  EXPECT_TRUE(s.zeroPad);
  EXPECT_EQ(s.width, 8);
  EXPECT_EQ(s.precision, -1);
  EXPECT_EQ(s.type, 0U);
  ASSERT_EQ(parseFormatSpec("05", "str", '<', s, err), FloatStatus::Ok);
  EXPECT_EQ(s.fill, U'0');
  EXPECT_EQ(s.align, '<');
  ASSERT_EQ(parseFormatSpec("\xf0\x9f\x98\x80>", "str", '<', s, err), FloatStatus::Ok);
  EXPECT_EQ(s.fill, U'\U0001F600');
  EXPECT_EQ(parseFormatSpec("abc", "int", '>', s, err), FloatStatus::ValueError);
  EXPECT_EQ(err, "Invalid format specifier 'abc' for object of type 'int'");
  EXPECT_EQ(unknownFormatCodeMessage(U'q', "str"),
            "Unknown format code 'q' for object of type 'str'");
  EXPECT_EQ(unknownFormatCodeMessage(U' ', "str"),
            "Unknown format code '\\x20' for object of type 'str'");
}

TEST(RtFloatFmt, PercentFormat) {
  EXPECT_EQ(pct(1.0, "", -1, 3, 'f'), "1.000");                   // '%.3f' % 1.0
  EXPECT_EQ(pct(1234.5, "", 10, 2, 'e'), "  1.23e+03");           // '%10.2e' % 1234.5
  EXPECT_EQ(pct(1234.5, "-", 10, 2, 'e'), "1.23e+03  ");          // '%-10.2e' % 1234.5
  EXPECT_EQ(pct(1.0, "+", -1, 2, 'f'), "+1.00");                  // '%+.2f' % 1.0
  EXPECT_EQ(pct(1.0, " ", -1, 2, 'f'), " 1.00");                  // '% .2f' % 1.0
  EXPECT_EQ(pct(1.0, "#", -1, 0, 'f'), "1.");                     // '%#.0f' % 1.0
  EXPECT_EQ(pct(1.0, "#", -1, -1, 'g'), "1.00000");               // '%#g' % 1.0
  EXPECT_EQ(pct(-3.14, "0", 10, 2, 'f'), "-000003.14");           // '%010.2f' % -3.14
  EXPECT_EQ(pct(HUGE_VAL, "0", 10, -1, 'f'), "0000000inf");       // '%010f' % inf
  EXPECT_EQ(pct(-HUGE_VAL, "-0", 10, -1, 'f'), "-inf      ");     // '%-010f' % -inf
  EXPECT_EQ(pct(1.5, "", -1, -1, 'r'), "1.5");                    // '%r' % 1.5
  EXPECT_EQ(pct(1.5, "", 10, -1, 'r'), "       1.5");             // '%10r' % 1.5
  EXPECT_EQ(pct(1.5, "", -1, 2, 'r'), "1.");                      // '%.2r' % 1.5
  EXPECT_EQ(pct(1e+16, "", -1, -1, 's'), "1e+16");                // '%s' % 1e16
  EXPECT_EQ(pct(1.5, "", -1, -1, 'a'), "1.5");                    // '%a' % 1.5
  EXPECT_EQ(pct(1e+16, "", -1, -1, 'g'), "1e+16");                // '%g' % 1e16
  EXPECT_EQ(pct(12.5, "", -1, 0, 'g'), "1e+01");                  // '%.0g' % 12.5
  EXPECT_EQ(pct(12.5, "", -1, 0, 'e'), "1e+01");                  // '%.0e' % 12.5
  EXPECT_EQ(pct(NAN, "", -1, -1, 'e'), "nan");                    // '%e' % nan
  EXPECT_EQ(pct(-HUGE_VAL, "", -1, -1, 'E'), "-INF");             // '%E' % -inf
  EXPECT_EQ(pct(HUGE_VAL, "", -1, -1, 'F'), "INF");               // '%F' % inf
  EXPECT_EQ(pct(NAN, "", -1, -1, 'G'), "NAN");                    // '%G' % nan
  EXPECT_EQ(pct(NAN, "+", -1, -1, 'f'), "+nan");                  // '%+f' % nan
  EXPECT_EQ(pct(NAN, "0", 10, 3, 'f'), "0000000nan");             // '%010.3f' % nan
  EXPECT_EQ(pct(0.0001, "", -1, 3, 'g'), "0.0001");               // '%.3g' % 0.0001
  EXPECT_EQ(pct(0.0001, "#", -1, 3, 'g'), "0.000100");            // '%#.3g' % 0.0001
  EXPECT_EQ(pct(1e-05, "#", -1, 3, 'g'), "1.00e-05");             // '%#.3g' % 0.00001
  EXPECT_EQ(pct(1e-05, "#", -1, 0, 'g'), "1.e-05");               // '%#.0g' % 0.00001
  EXPECT_EQ(pct(1.5, "0", 5, -1, 's'), "  1.5");                  // '%05s' % 1.5
  EXPECT_EQ(pct(1.5, "-0", 5, 1, 'f'), "1.5  ");                  // '%-05.1f' % 1.5
  EXPECT_EQ(pct(1.5, "+0", 5, 1, 'f'), "+01.5");                  // '%+05.1f' % 1.5
  EXPECT_EQ(pct(1.5, " 0", 5, 1, 'f'), " 01.5");                  // '% 05.1f' % 1.5
  EXPECT_EQ(pct(1.5, "-+", 8, 1, 'f'), "+1.5    ");               // '%-+8.1f' % 1.5
  EXPECT_EQ(pct(1.5, "+", -1, -1, 'r'), "1.5");                   // '%+r' % 1.5
  EXPECT_EQ(pct(-0.5, "", -1, 0, 'f'), "-0");                     // '%.0f' % -0.5
  EXPECT_EQ(pct(-0.0, "", -1, -1, 'e'), "-0.000000e+00");         // '%e' % -0.0
  EXPECT_EQ(pct(123.0, "#", 5, 0, 'g'), "1.e+02");                // '%#5.0g' % 123.0
  EXPECT_EQ(pct(0.1, "", -1, 20, 'g'), "0.10000000000000000555"); // '%.20g' % 0.1
  EXPECT_EQ(pct(0.1, "#", -1, 17, 'g'), "0.10000000000000001");   // '%#.17g' % 0.1
  EXPECT_EQ(pct(0.0, "#", -1, -1, 'g'), "0.00000");               // '%#g' % 0.0
  EXPECT_EQ(pct(1e+300, "", -1, -1, 'f'),
            "10000000000000000525047602552044202487044685811081591549158541155118024579889081957863"
            "71375080447864043704443832883878176942523235360430575644792184786706982848387200926575"
            "80373783023379478809005936895323497079994508111903896764088007465274278014249457925878"
            "8820056842838115669472196386865459400540160.000000"); // '%f' % 1e300
  // '%.2147483648f' % 1.0 raises ValueError: precision too big
  EXPECT_EQ(pct(1.0, "", -1, 2147483648LL, 'f'), "<error: precision too big>");
}

TEST(RtFloatFmt, FromString) {
  EXPECT_TRUE(same(floatFromString("1_000.5").value, 1000.5));      // float('1_000.5')
  EXPECT_TRUE(same(floatFromString("1e1_0").value, 10000000000.0)); // float('1e1_0')
  EXPECT_TRUE(same(floatFromString(" 1.5 ").value, 1.5));           // float(' 1.5 ')
  EXPECT_TRUE(same(floatFromString("\x09"
                                   "\x0a"
                                   "1.5\x0b"
                                   "\x0c"
                                   "\x0d"
                                   " ")
                       .value,
                   1.5));                                           // float('\t\n1.5\x0b\x0c\r ')
  EXPECT_TRUE(same(floatFromString("inf").value, HUGE_VAL));        // float('inf')
  EXPECT_TRUE(same(floatFromString("-Infinity").value, -HUGE_VAL)); // float('-Infinity')
  EXPECT_TRUE(same(floatFromString("+nAn").value, NAN));            // float('+nAn')
  EXPECT_TRUE(same(floatFromString("-nan").value, -NAN));           // float('-nan')
  EXPECT_TRUE(same(floatFromString("1e500").value, HUGE_VAL));      // float('1e500')
  EXPECT_TRUE(same(floatFromString("-1e500").value, -HUGE_VAL));    // float('-1e500')
  EXPECT_TRUE(same(floatFromString("1e-500").value, 0.0));          // float('1e-500')
  EXPECT_TRUE(same(floatFromString(".5").value, 0.5));              // float('.5')
  EXPECT_TRUE(same(floatFromString("5.").value, 5.0));              // float('5.')
  EXPECT_TRUE(same(floatFromString("0001.5").value, 1.5));          // float('0001.5')
  EXPECT_TRUE(same(floatFromString("1E+05").value, 100000.0));      // float('1E+05')
  EXPECT_TRUE(same(floatFromString("1e-0_5").value, 1e-05));        // float('1e-0_5')
  EXPECT_TRUE(same(floatFromString("iNfInItY").value, HUGE_VAL));   // float('iNfInItY')
  EXPECT_TRUE(same(floatFromString("0_0.0_0e0_0").value, 0.0));     // float('0_0.0_0e0_0')
  EXPECT_TRUE(same(
      floatFromString(
          "0."
          "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
          "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
          "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
          "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
          "0000000000000000000000000000000000000000000000001e400")
          .value,
      0.1)); // float('0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001e400')
  EXPECT_TRUE(same(floatFromString("1e99999999999999999999").value,
                   HUGE_VAL)); // float('1e99999999999999999999')
  EXPECT_TRUE(same(floatFromString("0e99999999999999999999").value,
                   0.0)); // float('0e99999999999999999999')
  EXPECT_TRUE(same(
      floatFromString(
          "9999999999999999999999999999999999999999999999999999999999999999999999999999999999999999"
          "9999999999999999999999999999999999999999999999999999999999999999999999999999999999999999"
          "9999999999999999999999999999999999999999999999999999999999999999999999999999999999999999"
          "9999999999999999999999999999999999999999999999999999999999999999999999999999999999999999"
          "999999999999999999999999999999999999999999999999")
          .value,
      HUGE_VAL)); // float('9999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999')
  EXPECT_TRUE(same(floatFromString("+.5e-1").value, 0.05)); // float('+.5e-1')
  EXPECT_TRUE(same(floatFromString("1.e1").value, 10.0));   // float('1.e1')
  EXPECT_TRUE(same(floatFromString("2.4703282292062328e-324").value,
                   5e-324)); // float('2.4703282292062328e-324')
  EXPECT_TRUE(same(floatFromString("2.4703282292062327e-324").value,
                   0.0)); // float('2.4703282292062327e-324')
  EXPECT_TRUE(same(floatFromString("1.7976931348623158e308").value,
                   1.7976931348623157e+308)); // float('1.7976931348623158e308')
  EXPECT_TRUE(same(floatFromString("1.7976931348623159e308").value,
                   HUGE_VAL));                          // float('1.7976931348623159e308')
  EXPECT_TRUE(same(floatFromString("-0").value, -0.0)); // float('-0')
  EXPECT_TRUE(same(floatFromString("0.1").value, 0.1)); // float('0.1')
  EXPECT_TRUE(same(floatFromString("123456789012345678901234567890e-20").value,
                   1234567890.1234567)); // float('123456789012345678901234567890e-20')
  for (const char *bad : {"1__0",
                          "_1",
                          "1_",
                          "1_.5",
                          "1._5",
                          "1e_10",
                          "infi",
                          "0x1p3",
                          ".",
                          "e5",
                          "1e",
                          "",
                          " ",
                          "1.5j",
                          "1,5",
                          "++1",
                          "- 1",
                          "nan(123)",
                          "in_f",
                          "1_e5",
                          "1e5_",
                          "-.e1",
                          "1.5e+-1",
                          "+infinit",
                          "\x1c"
                          "1.5"}) {
    FloatResult r = floatFromString(bad); // float(bad) raises ValueError
    EXPECT_EQ(r.status, FloatStatus::ValueError) << bad;
    EXPECT_STREQ(r.message, "could not convert string to float: ");
  }
  EXPECT_EQ(floatFromString(std::string_view("1\0", 2)).status,
            FloatStatus::ValueError); // float('1\x00')
  EXPECT_TRUE(
      std::signbit(floatFromString("-nan").value)); // math.copysign(1, float('-nan')) == -1.0
}

TEST(RtFloatFmt, Hex) {
  EXPECT_EQ(floatHex(1.5), "0x1.8000000000000p+0");       // (1.5).hex()
  EXPECT_EQ(floatHex(-0.0), "-0x0.0p+0");                 // (-0.0).hex()
  EXPECT_EQ(floatHex(0.0), "0x0.0p+0");                   // (0.0).hex()
  EXPECT_EQ(floatHex(HUGE_VAL), "inf");                   // (inf).hex()
  EXPECT_EQ(floatHex(NAN), "nan");                        // (nan).hex()
  EXPECT_EQ(floatHex(-HUGE_VAL), "-inf");                 // (-inf).hex()
  EXPECT_EQ(floatHex(5e-324), "0x0.0000000000001p-1022"); // (5e-324).hex()
  EXPECT_EQ(floatHex(1.7976931348623157e+308),
            "0x1.fffffffffffffp+1023");             // (1.7976931348623157e308).hex()
  EXPECT_EQ(floatHex(0.1), "0x1.999999999999ap-4"); // (0.1).hex()
  EXPECT_EQ(floatHex(2.2250738585072014e-308),
            "0x1.0000000000000p-1022");                         // (2.2250738585072014e-308).hex()
  EXPECT_EQ(floatHex(1.0), "0x1.0000000000000p+0");             // (1.0).hex()
  EXPECT_EQ(floatHex(3.0), "0x1.8000000000000p+1");             // (3.0).hex()
  EXPECT_EQ(floatHex(-1e-310), "-0x0.012688b70e62bp-1022");     // (-1e-310).hex()
  EXPECT_TRUE(same(floatFromHex("0x1.8p1").value, 3.0));        // float.fromhex('0x1.8p1')
  EXPECT_TRUE(same(floatFromHex(" 0X1.8P1 ").value, 3.0));      // float.fromhex(' 0X1.8P1 ')
  EXPECT_TRUE(same(floatFromHex("1.8").value, 1.5));            // float.fromhex('1.8')
  EXPECT_TRUE(same(floatFromHex("-0x1p-1074").value, -5e-324)); // float.fromhex('-0x1p-1074')
  EXPECT_TRUE(same(floatFromHex("0x1p-1075").value, 0.0));      // float.fromhex('0x1p-1075')
  EXPECT_TRUE(same(floatFromHex("0x1.0000000000001p-1075").value,
                   5e-324)); // float.fromhex('0x1.0000000000001p-1075')
  EXPECT_TRUE(same(floatFromHex("0x3p-1076").value, 5e-324)); // float.fromhex('0x3p-1076')
  EXPECT_TRUE(same(floatFromHex("0x1.fffffffffffff7ffp1023").value,
                   1.7976931348623157e+308)); // float.fromhex('0x1.fffffffffffff7ffp1023')
  EXPECT_TRUE(same(floatFromHex("inf").value, HUGE_VAL));        // float.fromhex('inf')
  EXPECT_TRUE(same(floatFromHex("-Infinity").value, -HUGE_VAL)); // float.fromhex('-Infinity')
  EXPECT_TRUE(same(floatFromHex("nan").value, NAN));             // float.fromhex('nan')
  EXPECT_TRUE(same(floatFromHex("0x1.").value, 1.0));            // float.fromhex('0x1.')
  EXPECT_TRUE(same(floatFromHex("0x.8").value, 0.5));            // float.fromhex('0x.8')
  EXPECT_TRUE(same(floatFromHex(".8").value, 0.5));              // float.fromhex('.8')
  EXPECT_TRUE(same(floatFromHex("0x1p-99999999999999999999999").value,
                   0.0)); // float.fromhex('0x1p-99999999999999999999999')
  EXPECT_TRUE(same(floatFromHex("0x0p99999999999999999999999").value,
                   0.0)); // float.fromhex('0x0p99999999999999999999999')
  EXPECT_TRUE(same(floatFromHex("0x000000000000000000000000001p0").value,
                   1.0)); // float.fromhex('0x000000000000000000000000001p0')
  EXPECT_TRUE(same(
      floatFromHex("0x10000000000000000000000000000000000000000000000000000000000000000000000000000"
                   "0000000000000000000000000000000000000000000000000000000000000000000000000000000"
                   "0000000000000000000000000000000000000000000000000000000000000000000000000000000"
                   "000000000000000000000000000000000000000000000000000000000000000000p-1200")
          .value,
      1.0)); // float.fromhex('0x1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000p-1200')
  EXPECT_TRUE(same(
      floatFromHex("0x0."
                   "0000000000000000000000000000000000000000000000000000000000000000000000000000000"
                   "0000000000000000000000000000000000000000000000000000000000000000000000000000000"
                   "0000000000000000000000000000000000000000000000000000000000000000000000000000000"
                   "0000000000000000000000000000000000000000000000000000000000000001p1200")
          .value,
      0.0625)); // float.fromhex('0x0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001p1200')
  EXPECT_TRUE(same(floatFromHex("\x0b"
                                "0x1p0\x0c"
                                "")
                       .value,
                   1.0));                                       // float.fromhex('\x0b0x1p0\x0c')
  EXPECT_TRUE(same(floatFromHex("0x1.8p-1074").value, 1e-323)); // float.fromhex('0x1.8p-1074')
  EXPECT_TRUE(same(floatFromHex("0x1.80000001p-1074").value,
                   1e-323)); // float.fromhex('0x1.80000001p-1074')
  EXPECT_TRUE(same(floatFromHex("0x2.8p-1075").value, 5e-324)); // float.fromhex('0x2.8p-1075')
  EXPECT_TRUE(same(floatFromHex("0Xf.Ap-2").value, 3.90625));   // float.fromhex('0Xf.Ap-2')
  EXPECT_TRUE(same(floatFromHex("-0x0p0").value, -0.0));        // float.fromhex('-0x0p0')
  EXPECT_TRUE(
      same(floatFromHex("0x1P-1022").value, 2.2250738585072014e-308)); // float.fromhex('0x1P-1022')
  EXPECT_TRUE(same(floatFromHex("0x1.fffffffffffffp1023").value,
                   1.7976931348623157e+308)); // float.fromhex('0x1.fffffffffffffp1023')
  EXPECT_EQ(
      floatFromHex("0x").status,
      FloatStatus::ValueError); // float.fromhex('0x'): invalid hexadecimal floating-point string
  EXPECT_EQ(
      floatFromHex("0x.p1").status,
      FloatStatus::ValueError); // float.fromhex('0x.p1'): invalid hexadecimal floating-point string
  EXPECT_EQ(
      floatFromHex("0x1p").status,
      FloatStatus::ValueError); // float.fromhex('0x1p'): invalid hexadecimal floating-point string
  EXPECT_EQ(
      floatFromHex("0x1p+").status,
      FloatStatus::ValueError); // float.fromhex('0x1p+'): invalid hexadecimal floating-point string
  EXPECT_EQ(
      floatFromHex("0x1_0").status,
      FloatStatus::ValueError); // float.fromhex('0x1_0'): invalid hexadecimal floating-point string
  EXPECT_EQ(
      floatFromHex("").status,
      FloatStatus::ValueError); // float.fromhex(''): invalid hexadecimal floating-point string
  EXPECT_EQ(floatFromHex("0x1.8p1 x").status,
            FloatStatus::ValueError); // float.fromhex('0x1.8p1 x'): invalid hexadecimal
                                      // floating-point string
  EXPECT_EQ(floatFromHex("\xc2"
                         "\xa0"
                         "0x1p1")
                .status,
            FloatStatus::ValueError); // float.fromhex('\xa00x1p1'): invalid hexadecimal
                                      // floating-point string
  EXPECT_EQ(floatFromHex("0x1.8p1\x1c"
                         "")
                .status,
            FloatStatus::ValueError); // float.fromhex('0x1.8p1\x1c'): invalid hexadecimal
                                      // floating-point string
  EXPECT_EQ(floatFromHex("infinit").status,
            FloatStatus::ValueError); // float.fromhex('infinit'): invalid hexadecimal
                                      // floating-point string
  EXPECT_EQ(floatFromHex("0x-1p0").status,
            FloatStatus::ValueError); // float.fromhex('0x-1p0'): invalid hexadecimal floating-point
                                      // string
  EXPECT_EQ(floatFromHex("+-0x1p0").status,
            FloatStatus::ValueError); // float.fromhex('+-0x1p0'): invalid hexadecimal
                                      // floating-point string
  EXPECT_EQ(
      floatFromHex("0x 1").status,
      FloatStatus::ValueError); // float.fromhex('0x 1'): invalid hexadecimal floating-point string
  EXPECT_EQ(floatFromHex("0x1.1.1").status,
            FloatStatus::ValueError); // float.fromhex('0x1.1.1'): invalid hexadecimal
                                      // floating-point string
  EXPECT_EQ(floatFromHex("0x1p-2000x").status,
            FloatStatus::ValueError); // float.fromhex('0x1p-2000x'): invalid hexadecimal
                                      // floating-point string
  EXPECT_EQ(floatFromHex("0x0p2000x").status,
            FloatStatus::ValueError); // float.fromhex('0x0p2000x'): invalid hexadecimal
                                      // floating-point string
  EXPECT_STREQ(floatFromHex("0x1p1024").message,
               "hexadecimal value too large to represent as a float"); // float.fromhex('0x1p1024'):
                                                                       // OverflowError
  EXPECT_STREQ(floatFromHex("0x1.fffffffffffff8p1023").message,
               "hexadecimal value too large to represent as a float"); // float.fromhex('0x1.fffffffffffff8p1023'):
                                                                       // OverflowError
  EXPECT_STREQ(floatFromHex("0x1p99999999999999999999999").message,
               "hexadecimal value too large to represent as a float"); // float.fromhex('0x1p99999999999999999999999'):
                                                                       // OverflowError
  EXPECT_STREQ(floatFromHex("0x1p99999x").message,
               "hexadecimal value too large to represent as a float"); // float.fromhex('0x1p99999x'):
                                                                       // OverflowError
  EXPECT_STREQ(floatFromHex("0x1p1024 x").message,
               "hexadecimal value too large to represent as a float"); // float.fromhex('0x1p1024
                                                                       // x'): OverflowError
  EXPECT_STREQ(floatFromHex("0x").message, "invalid hexadecimal floating-point string");
}

TEST(RtFloatFmt, Round) {
  EXPECT_TRUE(same(floatRound(2.675, 2).value, 2.67));             // round(2.675, 2)
  EXPECT_TRUE(same(floatRound(0.5, 0).value, 0.0));                // round(0.5, 0)
  EXPECT_TRUE(same(floatRound(2.5, 0).value, 2.0));                // round(2.5, 0)
  EXPECT_TRUE(same(floatRound(1e+300, -300).value, 1e+300));       // round(1e300, -300)
  EXPECT_TRUE(same(floatRound(HUGE_VAL, 2).value, HUGE_VAL));      // round(inf, 2)
  EXPECT_TRUE(same(floatRound(NAN, 2).value, NAN));                // round(nan, 2)
  EXPECT_TRUE(same(floatRound(-0.0, 2).value, -0.0));              // round(-0.0, 2)
  EXPECT_TRUE(same(floatRound(-0.001, 2).value, -0.0));            // round(-0.001, 2)
  EXPECT_TRUE(same(floatRound(0.001, -2).value, 0.0));             // round(0.001, -2)
  EXPECT_TRUE(same(floatRound(-0.001, -2).value, -0.0));           // round(-0.001, -2)
  EXPECT_TRUE(same(floatRound(5e-324, 323).value, 0.0));           // round(5e-324, 323)
  EXPECT_TRUE(same(floatRound(5e-324, 324).value, 5e-324));        // round(5e-324, 324)
  EXPECT_TRUE(same(floatRound(5e-324, 400).value, 5e-324));        // round(5e-324, 400)
  EXPECT_TRUE(same(floatRound(1.5, -400).value, 0.0));             // round(1.5, -400)
  EXPECT_TRUE(same(floatRound(-1.5, -400).value, -0.0));           // round(-1.5, -400)
  EXPECT_TRUE(same(floatRound(1e+308, -309).value, 0.0));          // round(1e308, -309)
  EXPECT_TRUE(same(floatRound(1e+308, -308).value, 1e+308));       // round(1e308, -308)
  EXPECT_TRUE(same(floatRound(5e+307, -308).value, 1e+308));       // round(5e307, -308)
  EXPECT_TRUE(same(floatRound(123.456, -1).value, 120.0));         // round(123.456, -1)
  EXPECT_TRUE(same(floatRound(125.0, -1).value, 120.0));           // round(125.0, -1)
  EXPECT_TRUE(same(floatRound(135.0, -1).value, 140.0));           // round(135.0, -1)
  EXPECT_TRUE(same(floatRound(1e+22, -22).value, 1e+22));          // round(1e22, -22)
  EXPECT_TRUE(same(floatRound(1e-300, 300).value, 1e-300));        // round(1e-300, 300)
  EXPECT_TRUE(same(floatRound(0.5, 1000000).value, 0.5));          // round(0.5, 1000000)
  EXPECT_TRUE(same(floatRound(0.5, -1000000).value, 0.0));         // round(0.5, -1000000)
  EXPECT_TRUE(same(floatRound(1.005, 2).value, 1.0));              // round(1.005, 2)
  EXPECT_TRUE(same(floatRound(0.125, 2).value, 0.12));             // round(0.125, 2)
  EXPECT_TRUE(same(floatRound(0.375, 2).value, 0.38));             // round(0.375, 2)
  EXPECT_TRUE(same(floatRound(-2.5, 0).value, -2.0));              // round(-2.5, 0)
  EXPECT_TRUE(same(floatRound(1234567.891, -3).value, 1235000.0)); // round(1234567.891, -3)
  EXPECT_TRUE(same(floatRound(4.35, 1).value, 4.3));               // round(4.35, 1)
  EXPECT_TRUE(same(floatRound(1e-320, 322).value, 1e-320));        // round(1e-320, 322)
  EXPECT_TRUE(same(floatRound(2.5e-321, 322).value, 2.5e-321));    // round(2.5e-321, 322)
  EXPECT_TRUE(same(floatRound(1.15, 1).value, 1.1));               // round(1.15, 1)
  EXPECT_TRUE(same(floatRound(1.2345678901234568e+16, -1).value,
                   1.234567890123457e+16)); // round(12345678901234567.0, -1)
  EXPECT_TRUE(same(floatRound(1.7976931348623157e+308, -300).value,
                   1.79769313e+308)); // round(1.7976931348623157e308, -300)
  EXPECT_STREQ(floatRound(1.7e308, -308).message,
               "rounded value too large to represent"); // round(1.7e308, -308): OverflowError
  EXPECT_STREQ(floatRound(1.5e308, -308).message,
               "rounded value too large to represent"); // round(1.5e308, -308): OverflowError
  EXPECT_EQ(floatRoundToInt(0.5).value, 0LL);           // round(0.5)
  EXPECT_EQ(floatRoundToInt(1.5).value, 2LL);           // round(1.5)
  EXPECT_EQ(floatRoundToInt(-0.5).value, 0LL);          // round(-0.5)
  EXPECT_EQ(floatRoundToInt(-1.5).value, -2LL);         // round(-1.5)
  EXPECT_EQ(floatRoundToInt(4.5).value, 4LL);           // round(4.5)
  EXPECT_EQ(floatRoundToInt(9007199254740992.0).value, 9007199254740992LL); // round(2**53+1.0)
  {                                                                         // round(1e300) ==
    // 1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160
    // == 6724873095247260 << 944
    FloatIntValue r = floatRoundToInt(1e+300);
    EXPECT_FALSE(r.fitsInt64);
    EXPECT_EQ(r.mantissa, 6724873095247260ULL);
    EXPECT_EQ(r.shift, 944);
    EXPECT_EQ(r.negative, false);
  }
  EXPECT_EQ(floatRoundToInt(-2.5).value, -2LL);               // round(-2.5)
  EXPECT_EQ(floatRoundToInt(0.49999999999999994).value, 0LL); // round(0.49999999999999994)
  EXPECT_EQ(floatRoundToInt(4503599627370495.5).value,
            4503599627370496LL); // round(4503599627370495.5)
  EXPECT_EQ(floatRoundToInt(-9.223372036854776e+18).value,
            INT64_MIN); // round(-2**63+0.0) == -9223372036854775808
  {                     // round(2**63+0.0) == 9223372036854775808 == 4503599627370496 << 11
    FloatIntValue r = floatRoundToInt(9.223372036854776e+18);
    EXPECT_FALSE(r.fitsInt64);
    EXPECT_EQ(r.mantissa, 4503599627370496ULL);
    EXPECT_EQ(r.shift, 11);
    EXPECT_EQ(r.negative, false);
  }
  EXPECT_STREQ(floatRoundToInt(HUGE_VAL).message,
               "cannot convert float infinity to integer"); // round(inf)
  EXPECT_EQ(floatRoundToInt(NAN).status,
            FloatStatus::ValueError); // round(nan): cannot convert float NaN to integer
}

TEST(RtFloatFmt, IntConversion) {
  EXPECT_EQ(floatToInt(-1.5).value, -1LL);                    // int(-1.5)
  EXPECT_EQ(floatToInt(1e+20).mantissa, 6103515625000000ULL); // int(1e20) == 6103515625000000 << 14
  EXPECT_EQ(floatToInt(1e+20).shift, 14);
  EXPECT_EQ(floatToInt(-1e+20).mantissa,
            6103515625000000ULL); // int(-1e20) == 6103515625000000 << 14
  EXPECT_EQ(floatToInt(-1e+20).shift, 14);
  EXPECT_EQ(floatToInt(9.223372036854776e+18).mantissa,
            4503599627370496ULL); // int(2**63+0.0) == 4503599627370496 << 11
  EXPECT_EQ(floatToInt(9.223372036854776e+18).shift, 11);
  EXPECT_EQ(floatToInt(-9.223372036854776e+18).value, INT64_MIN); // int(-2**63+0.0)
  EXPECT_EQ(floatToInt(0.9).value, 0LL);                          // int(0.9)
  EXPECT_EQ(floatToInt(-0.9).value, 0LL);                         // int(-0.9)
  EXPECT_EQ(floatToInt(1e+308).mantissa,
            5010420900022432ULL); // int(1e308) == 5010420900022432 << 971
  EXPECT_EQ(floatToInt(1e+308).shift, 971);
  EXPECT_EQ(floatToInt(HUGE_VAL).status, FloatStatus::OverflowError); // int(inf)
  EXPECT_STREQ(floatToInt(HUGE_VAL).message, "cannot convert float infinity to integer");
  EXPECT_EQ(floatToInt(-HUGE_VAL).status, FloatStatus::OverflowError); // int(-inf)
  EXPECT_STREQ(floatToInt(-HUGE_VAL).message, "cannot convert float infinity to integer");
  EXPECT_EQ(floatToInt(NAN).status, FloatStatus::ValueError); // int(nan)
  EXPECT_STREQ(floatToInt(NAN).message, "cannot convert float NaN to integer");
  EXPECT_TRUE(floatToInt(-0.5).fitsInt64 && !floatToInt(-0.5).negative); // int(-0.5) == 0
}

TEST(RtFloatFmt, Arithmetic) {
  EXPECT_TRUE(same(floatFloorDiv(7.5, 2.0).value, 3.0)); // 7.5 // 2.0
  EXPECT_TRUE(same(floatMod(7.5, 2.0).value, 1.5));      // 7.5 % 2.0
  EXPECT_TRUE(same(floatDivmod(7.5, 2.0).quotient, 3.0) &&
              same(floatDivmod(7.5, 2.0).remainder, 1.5)); // divmod(7.5, 2.0)
  EXPECT_TRUE(same(floatFloorDiv(-7.5, 2.0).value, -4.0)); // -7.5 // 2.0
  EXPECT_TRUE(same(floatMod(-7.5, 2.0).value, 0.5));       // -7.5 % 2.0
  EXPECT_TRUE(same(floatDivmod(-7.5, 2.0).quotient, -4.0) &&
              same(floatDivmod(-7.5, 2.0).remainder, 0.5)); // divmod(-7.5, 2.0)
  EXPECT_TRUE(same(floatFloorDiv(7.5, -2.0).value, -4.0));  // 7.5 // -2.0
  EXPECT_TRUE(same(floatMod(7.5, -2.0).value, -0.5));       // 7.5 % -2.0
  EXPECT_TRUE(same(floatDivmod(7.5, -2.0).quotient, -4.0) &&
              same(floatDivmod(7.5, -2.0).remainder, -0.5)); // divmod(7.5, -2.0)
  EXPECT_TRUE(same(floatFloorDiv(-0.0, 2.0).value, -0.0));   // -0.0 // 2.0
  EXPECT_TRUE(same(floatMod(-0.0, 2.0).value, 0.0));         // -0.0 % 2.0
  EXPECT_TRUE(same(floatDivmod(-0.0, 2.0).quotient, -0.0) &&
              same(floatDivmod(-0.0, 2.0).remainder, 0.0)); // divmod(-0.0, 2.0)
  EXPECT_TRUE(same(floatFloorDiv(0.0, -2.0).value, -0.0));  // 0.0 // -2.0
  EXPECT_TRUE(same(floatMod(0.0, -2.0).value, -0.0));       // 0.0 % -2.0
  EXPECT_TRUE(same(floatDivmod(0.0, -2.0).quotient, -0.0) &&
              same(floatDivmod(0.0, -2.0).remainder, -0.0));  // divmod(0.0, -2.0)
  EXPECT_TRUE(same(floatFloorDiv(5.0, HUGE_VAL).value, 0.0)); // 5.0 // inf
  EXPECT_TRUE(same(floatMod(5.0, HUGE_VAL).value, 5.0));      // 5.0 % inf
  EXPECT_TRUE(same(floatDivmod(5.0, HUGE_VAL).quotient, 0.0) &&
              same(floatDivmod(5.0, HUGE_VAL).remainder, 5.0)); // divmod(5.0, inf)
  EXPECT_TRUE(same(floatFloorDiv(-5.0, HUGE_VAL).value, -1.0)); // -5.0 // inf
  EXPECT_TRUE(same(floatMod(-5.0, HUGE_VAL).value, HUGE_VAL));  // -5.0 % inf
  EXPECT_TRUE(same(floatDivmod(-5.0, HUGE_VAL).quotient, -1.0) &&
              same(floatDivmod(-5.0, HUGE_VAL).remainder, HUGE_VAL)); // divmod(-5.0, inf)
  EXPECT_TRUE(same(floatFloorDiv(5.0, -HUGE_VAL).value, -1.0));       // 5.0 // -inf
  EXPECT_TRUE(same(floatMod(5.0, -HUGE_VAL).value, -HUGE_VAL));       // 5.0 % -inf
  EXPECT_TRUE(same(floatDivmod(5.0, -HUGE_VAL).quotient, -1.0) &&
              same(floatDivmod(5.0, -HUGE_VAL).remainder, -HUGE_VAL)); // divmod(5.0, -inf)
  EXPECT_TRUE(same(floatFloorDiv(HUGE_VAL, 5.0).value, -NAN));         // inf // 5.0
  EXPECT_TRUE(same(floatMod(HUGE_VAL, 5.0).value, -NAN));              // inf % 5.0
  EXPECT_TRUE(same(floatDivmod(HUGE_VAL, 5.0).quotient, -NAN) &&
              same(floatDivmod(HUGE_VAL, 5.0).remainder, -NAN)); // divmod(inf, 5.0)
  EXPECT_TRUE(same(floatFloorDiv(NAN, 1.0).value, NAN));         // nan // 1.0
  EXPECT_TRUE(same(floatMod(NAN, 1.0).value, NAN));              // nan % 1.0
  EXPECT_TRUE(same(floatDivmod(NAN, 1.0).quotient, NAN) &&
              same(floatDivmod(NAN, 1.0).remainder, NAN));                   // divmod(nan, 1.0)
  EXPECT_TRUE(same(floatFloorDiv(1e+308, 1e-308).value, HUGE_VAL));          // 1e308 // 1e-308
  EXPECT_TRUE(same(floatMod(1e+308, 1e-308).value, 3.498445546245627e-309)); // 1e308 % 1e-308
  EXPECT_TRUE(
      same(floatDivmod(1e+308, 1e-308).quotient, HUGE_VAL) &&
      same(floatDivmod(1e+308, 1e-308).remainder, 3.498445546245627e-309)); // divmod(1e308, 1e-308)
  EXPECT_TRUE(same(floatFloorDiv(-1e-320, 1.0).value, -1.0));               // -1e-320 // 1.0
  EXPECT_TRUE(same(floatMod(-1e-320, 1.0).value, 1.0));                     // -1e-320 % 1.0
  EXPECT_TRUE(same(floatDivmod(-1e-320, 1.0).quotient, -1.0) &&
              same(floatDivmod(-1e-320, 1.0).remainder, 1.0)); // divmod(-1e-320, 1.0)
  EXPECT_TRUE(same(floatFloorDiv(1e-320, -1.0).value, -1.0));  // 1e-320 // -1.0
  EXPECT_TRUE(same(floatMod(1e-320, -1.0).value, -1.0));       // 1e-320 % -1.0
  EXPECT_TRUE(same(floatDivmod(1e-320, -1.0).quotient, -1.0) &&
              same(floatDivmod(1e-320, -1.0).remainder, -1.0)); // divmod(1e-320, -1.0)
  EXPECT_TRUE(same(floatFloorDiv(-0.0, -2.0).value, 0.0));      // -0.0 // -2.0
  EXPECT_TRUE(same(floatMod(-0.0, -2.0).value, -0.0));          // -0.0 % -2.0
  EXPECT_TRUE(same(floatDivmod(-0.0, -2.0).quotient, 0.0) &&
              same(floatDivmod(-0.0, -2.0).remainder, -0.0));       // divmod(-0.0, -2.0)
  EXPECT_TRUE(same(floatFloorDiv(1.0, 0.1).value, 9.0));            // 1.0 // 0.1
  EXPECT_TRUE(same(floatMod(1.0, 0.1).value, 0.09999999999999995)); // 1.0 % 0.1
  EXPECT_TRUE(same(floatDivmod(1.0, 0.1).quotient, 9.0) &&
              same(floatDivmod(1.0, 0.1).remainder, 0.09999999999999995)); // divmod(1.0, 0.1)
  EXPECT_TRUE(same(floatFloorDiv(0.9, 0.1).value, 8.0));                   // 0.9 // 0.1
  EXPECT_TRUE(same(floatMod(0.9, 0.1).value, 0.09999999999999998));        // 0.9 % 0.1
  EXPECT_TRUE(same(floatDivmod(0.9, 0.1).quotient, 8.0) &&
              same(floatDivmod(0.9, 0.1).remainder, 0.09999999999999998)); // divmod(0.9, 0.1)
  EXPECT_TRUE(same(floatFloorDiv(-2.0, 1.0).value, -2.0));                 // -2.0 // 1.0
  EXPECT_TRUE(same(floatMod(-2.0, 1.0).value, 0.0));                       // -2.0 % 1.0
  EXPECT_TRUE(same(floatDivmod(-2.0, 1.0).quotient, -2.0) &&
              same(floatDivmod(-2.0, 1.0).remainder, 0.0)); // divmod(-2.0, 1.0)
  EXPECT_TRUE(same(floatFloorDiv(2.0, -1.0).value, -2.0));  // 2.0 // -1.0
  EXPECT_TRUE(same(floatMod(2.0, -1.0).value, -0.0));       // 2.0 % -1.0
  EXPECT_TRUE(same(floatDivmod(2.0, -1.0).quotient, -2.0) &&
              same(floatDivmod(2.0, -1.0).remainder, -0.0));                // divmod(2.0, -1.0)
  EXPECT_TRUE(same(floatFloorDiv(-3.0, -1e-07).value, 30000000.0));         // -3.0 // -1e-07
  EXPECT_TRUE(same(floatMod(-3.0, -1e-07).value, -1.3575566452234122e-16)); // -3.0 % -1e-07
  EXPECT_TRUE(
      same(floatDivmod(-3.0, -1e-07).quotient, 30000000.0) &&
      same(floatDivmod(-3.0, -1e-07).remainder, -1.3575566452234122e-16)); // divmod(-3.0, -1e-07)
  EXPECT_STREQ(floatFloorDiv(1.0, 0.0).message,
               "float floor division by zero");             // 1.0//0.0: ZeroDivisionError
  EXPECT_STREQ(floatMod(1.0, 0.0).message, "float modulo"); // 1.0%0.0: ZeroDivisionError
  EXPECT_STREQ(floatDivmod(1.0, 0.0).message,
               "float divmod()"); // divmod(1.0,0.0): ZeroDivisionError
  EXPECT_STREQ(floatTrueDiv(1.0, 0.0).message,
               "float division by zero"); // 1.0/0.0: ZeroDivisionError
  EXPECT_EQ(floatDivmod(1.0, -0.0).status, FloatStatus::ZeroDivisionError);
  EXPECT_TRUE(same(floatTrueDiv(1.0, 4.0).value, 0.25)); // 1.0 / 4.0
}

TEST(RtFloatFmt, Pow) {
  EXPECT_TRUE(same(floatPow(0.0, -HUGE_VAL).value, HUGE_VAL));     // 0.0 ** -inf
  EXPECT_TRUE(same(floatPow(-8.0, HUGE_VAL).value, HUGE_VAL));     // -8.0 ** inf
  EXPECT_TRUE(same(floatPow(-0.5, HUGE_VAL).value, 0.0));          // -0.5 ** inf
  EXPECT_TRUE(same(floatPow(-8.0, -HUGE_VAL).value, 0.0));         // -8.0 ** -inf
  EXPECT_TRUE(same(floatPow(10.0, -400.0).value, 0.0));            // 10.0 ** -400.0
  EXPECT_TRUE(same(floatPow(1.0, NAN).value, 1.0));                // 1.0 ** nan
  EXPECT_TRUE(same(floatPow(NAN, 0.0).value, 1.0));                // nan ** 0.0
  EXPECT_TRUE(same(floatPow(-1.0, HUGE_VAL).value, 1.0));          // -1.0 ** inf
  EXPECT_TRUE(same(floatPow(-1.0, -HUGE_VAL).value, 1.0));         // -1.0 ** -inf
  EXPECT_TRUE(same(floatPow(HUGE_VAL, -1.0).value, 0.0));          // inf ** -1.0
  EXPECT_TRUE(same(floatPow(-HUGE_VAL, 3.0).value, -HUGE_VAL));    // -inf ** 3.0
  EXPECT_TRUE(same(floatPow(-HUGE_VAL, -3.0).value, -0.0));        // -inf ** -3.0
  EXPECT_TRUE(same(floatPow(-HUGE_VAL, 2.5).value, HUGE_VAL));     // -inf ** 2.5
  EXPECT_TRUE(same(floatPow(-HUGE_VAL, -2.5).value, 0.0));         // -inf ** -2.5
  EXPECT_TRUE(same(floatPow(NAN, NAN).value, NAN));                // nan ** nan
  EXPECT_TRUE(same(floatPow(-NAN, 2.0).value, -NAN));              // -nan ** 2.0
  EXPECT_TRUE(same(floatPow(-2.0, NAN).value, NAN));               // -2.0 ** nan
  EXPECT_TRUE(same(floatPow(2.0, -1074.0).value, 5e-324));         // 2.0 ** -1074.0
  EXPECT_TRUE(same(floatPow(0.5, 1074.5).value, 5e-324));          // 0.5 ** 1074.5
  EXPECT_TRUE(same(floatPow(2.0, -1080.0).value, 0.0));            // 2.0 ** -1080.0
  EXPECT_TRUE(same(floatPow(-2.0, 3.0).value, -8.0));              // -2.0 ** 3.0
  EXPECT_TRUE(same(floatPow(-2.0, -3.0).value, -0.125));           // -2.0 ** -3.0
  EXPECT_TRUE(same(floatPow(-0.0, 3.0).value, -0.0));              // -0.0 ** 3.0
  EXPECT_TRUE(same(floatPow(-0.0, 2.0).value, 0.0));               // -0.0 ** 2.0
  EXPECT_TRUE(same(floatPow(-0.0, 0.5).value, 0.0));               // -0.0 ** 0.5
  EXPECT_TRUE(same(floatPow(2.0, 0.5).value, 1.4142135623730951)); // 2.0 ** 0.5
  EXPECT_TRUE(same(floatPow(-1.0, 1e+300).value, 1.0));            // -1.0 ** 1e300
  EXPECT_TRUE(same(floatPow(1.5, 2.0).value, 2.25));               // 1.5 ** 2.0
  EXPECT_STREQ(floatPow(0.0, -1.0).message,
               "0.0 cannot be raised to a negative power"); // 0.0 ** -1.0: ZeroDivisionError
  EXPECT_STREQ(floatPow(-0.0, -3.0).message,
               "0.0 cannot be raised to a negative power"); // -0.0 ** -3.0: ZeroDivisionError
  EXPECT_STREQ(floatPow(0.0, -0.5).message,
               "0.0 cannot be raised to a negative power"); // 0.0 ** -0.5: ZeroDivisionError
  EXPECT_STREQ(floatPow(10.0, 400.0).message,
               "(34, 'Numerical result out of range')"); // 10.0 ** 400.0: OverflowError
  EXPECT_STREQ(floatPow(-10.0, 401.0).message,
               "(34, 'Numerical result out of range')"); // -10.0 ** 401.0: OverflowError
  EXPECT_STREQ(floatPow(2.0, 1024.0).message,
               "(34, 'Numerical result out of range')"); // 2.0 ** 1024.0: OverflowError
  // (-8.0) ** (1/3) and (-8.0) ** 0.5 are complex in Python
  EXPECT_EQ(floatPow(-8.0, 1.0 / 3.0).status, FloatStatus::ComplexResult);
  EXPECT_EQ(floatPow(-8.0, 0.5).status, FloatStatus::ComplexResult);
}

TEST(RtFloatFmt, HashRatioIsInteger) {
  EXPECT_EQ(floatHash(1.5), 1152921504606846977LL);                   // hash(1.5)
  EXPECT_EQ(floatHash(-1.5), -1152921504606846977LL);                 // hash(-1.5)
  EXPECT_EQ(floatHash(0.1), 230584300921369408LL);                    // hash(0.1)
  EXPECT_EQ(floatHash(-0.0), 0LL);                                    // hash(-0.0)
  EXPECT_EQ(floatHash(HUGE_VAL), 314159LL);                           // hash(inf)
  EXPECT_EQ(floatHash(-HUGE_VAL), -314159LL);                         // hash(-inf)
  EXPECT_EQ(floatHash(1e+300), 1224995262755759164LL);                // hash(1e300)
  EXPECT_EQ(floatHash(-1.0), -2LL);                                   // hash(-1.0)
  EXPECT_EQ(floatHash(-2.0), -2LL);                                   // hash(-2.0)
  EXPECT_EQ(floatHash(2.305843009213694e+18), 1LL);                   // hash(2.0**61)
  EXPECT_EQ(floatHash(2.305843009213694e+18), 1LL);                   // hash(2.0**61-1)
  EXPECT_EQ(floatHash(5e-324), 16777216LL);                           // hash(5e-324)
  EXPECT_EQ(floatHash(1.152921504606847e+18), 1152921504606846976LL); // hash(2**60+0.0)
  EXPECT_EQ(floatHash(1e-300), 482449582752280463LL);                 // hash(1e-300)
  EXPECT_EQ(floatHash(-123.456), -1051464412201451643LL);             // hash(-123.456)
  EXPECT_EQ(floatHash(3.0), 3LL);                                     // hash(3.0)
  EXPECT_EQ(floatHash(NAN), 0);          // hash(nan) is identity-based in 3.12: the caller's job
  EXPECT_EQ(floatIsInteger(1.5), false); // (1.5).is_integer()
  EXPECT_EQ(floatIsInteger(2.0), true);  // (2.0).is_integer()
  EXPECT_EQ(floatIsInteger(HUGE_VAL), false); // (inf).is_integer()
  EXPECT_EQ(floatIsInteger(NAN), false);      // (nan).is_integer()
  EXPECT_EQ(floatIsInteger(-0.0), true);      // (-0.0).is_integer()
  EXPECT_EQ(floatIsInteger(1e+300), true);    // (1e300).is_integer()
  EXPECT_EQ(floatIsInteger(5e-324), false);   // (5e-324).is_integer()
  {                                           // (1.5).as_integer_ratio() == (3, 2)
    FloatRatio r = floatAsIntegerRatio(1.5);
    EXPECT_EQ(r.numeratorOdd, 3LL);
    EXPECT_EQ(r.numeratorShift, 0);
    EXPECT_EQ(r.denominatorShift, 1);
  }
  { // (0.1).as_integer_ratio() == (3602879701896397, 36028797018963968)
    FloatRatio r = floatAsIntegerRatio(0.1);
    EXPECT_EQ(r.numeratorOdd, 3602879701896397LL);
    EXPECT_EQ(r.numeratorShift, 0);
    EXPECT_EQ(r.denominatorShift, 55);
  }
  { // (-0.0).as_integer_ratio() == (0, 1)
    FloatRatio r = floatAsIntegerRatio(-0.0);
    EXPECT_EQ(r.numeratorOdd, 0LL);
    EXPECT_EQ(r.numeratorShift, 0);
    EXPECT_EQ(r.denominatorShift, 0);
  }
  { // (-12.0).as_integer_ratio() == (-12, 1)
    FloatRatio r = floatAsIntegerRatio(-12.0);
    EXPECT_EQ(r.numeratorOdd, -3LL);
    EXPECT_EQ(r.numeratorShift, 2);
    EXPECT_EQ(r.denominatorShift, 0);
  }
  { // (1e300).as_integer_ratio() ==
    // (1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160,
    // 1)
    FloatRatio r = floatAsIntegerRatio(1e+300);
    EXPECT_EQ(r.numeratorOdd, 1681218273811815LL);
    EXPECT_EQ(r.numeratorShift, 946);
    EXPECT_EQ(r.denominatorShift, 0);
  }
  { // (5e-324).as_integer_ratio() == (1,
    // 202402253307310618352495346718917307049556649764142118356901358027430339567995346891960383701437124495187077864316811911389808737385793476867013399940738509921517424276566361364466907742093216341239767678472745068562007483424692698618103355649159556340810056512358769552333414615230502532186327508646006263307707741093494784)
    FloatRatio r = floatAsIntegerRatio(5e-324);
    EXPECT_EQ(r.numeratorOdd, 1LL);
    EXPECT_EQ(r.numeratorShift, 0);
    EXPECT_EQ(r.denominatorShift, 1074);
  }
  { // (-0.75).as_integer_ratio() == (-3, 4)
    FloatRatio r = floatAsIntegerRatio(-0.75);
    EXPECT_EQ(r.numeratorOdd, -3LL);
    EXPECT_EQ(r.numeratorShift, 0);
    EXPECT_EQ(r.denominatorShift, 2);
  }
  EXPECT_STREQ(
      floatAsIntegerRatio(HUGE_VAL).message,
      "cannot convert Infinity to integer ratio"); // (inf).as_integer_ratio(): OverflowError
  EXPECT_STREQ(floatAsIntegerRatio(NAN).message,
               "cannot convert NaN to integer ratio"); // (nan).as_integer_ratio(): ValueError
}

// ------------------------------------------- exact digit algorithms vs glibc

namespace {

using molt::rt::floatfmt_detail::Digits;
namespace fd = molt::rt::floatfmt_detail;

// "digits@decpt" of a Digits value.
std::string show(const Digits &D) {
  return std::string(D.d, size_t(D.n)) + "@" + std::to_string(D.decpt);
}

// The same form for a C-formatted number "123.4500" or "1.2345e-07"
// (value = 0.digits * 10^decpt, no leading or trailing zeros, "0@1" for zero).
std::string showC(const char *s) {
  std::string dig;
  int intDigits = -1, exp = 0;
  const char *p = s;
  for (; *p && *p != 'e'; ++p) {
    if (*p == '.')
      intDigits = int(dig.size());
    else
      dig += *p;
  }
  if (intDigits < 0) intDigits = int(dig.size());
  if (*p == 'e') exp = std::atoi(p + 1);
  int decpt = intDigits + exp;
  size_t lead = 0;
  while (lead < dig.size() && dig[lead] == '0')
    ++lead;
  if (lead == dig.size()) return "0@1";
  dig.erase(0, lead);
  decpt -= int(lead);
  while (dig.size() > 1 && dig.back() == '0')
    dig.pop_back();
  return dig + "@" + std::to_string(decpt);
}

std::string glibcSig(double x, int nsig) {
  static char buf[2000];
  std::snprintf(buf, sizeof buf, "%.*e", nsig - 1, x);
  return showC(buf);
}

std::string glibcFrac(double x, int nfrac) {
  static char buf[2000];
  std::snprintf(buf, sizeof buf, "%.*f", nfrac, x);
  return showC(buf);
}

std::string toCharsShortest(double x) {
  char buf[64];
  char *e = std::to_chars(buf, buf + sizeof buf, x, std::chars_format::scientific).ptr;
  *e = 0;
  return showC(buf);
}

std::string oursSig(double x, int nsig) {
  Digits D;
  fd::sigDigits(x, nsig, D);
  return show(D);
}

std::string oursFrac(double x, int nfrac) {
  Digits D;
  fd::fracDigits(x, nfrac, D);
  return show(D);
}

std::string oursShortest(double x) {
  Digits D;
  fd::shortestDigitsExact(x, D);
  return show(D);
}

double fromBits(uint64_t b) {
  double x;
  std::memcpy(&x, &b, sizeof x);
  return x;
}

// Interesting finite non-negative doubles: random bit patterns (incl.
// subnormals), integers, short dyadic fractions (decimal ties), round
// decimals, values near powers of ten and at the ends of the range.
double interestingDouble(std::mt19937_64 &rng) {
  uint64_t r = rng();
  switch (r % 8) {
  case 0:
  case 1: {
    double x = fromBits(rng() & 0x7fffffffffffffffull);
    return std::isfinite(x) ? x : 1.0;
  }
  case 2: // subnormal
    return fromBits(rng() & ((uint64_t(1) << 52) - 1));
  case 3: // integer
    return double(rng() >> (rng() % 64));
  case 4: // N / 2^k: exact short binary fractions whose decimals end in 5
    return std::ldexp(double(rng() >> (34 + rng() % 30)), -int(rng() % 40));
  case 5: { // a short decimal as read by strtod
    char buf[64];
    std::snprintf(buf, sizeof buf, "%llue%d",
                  static_cast<unsigned long long>(rng() % 100000000 >> (rng() % 20)),
                  int(rng() % 40) - 20);
    return std::strtod(buf, nullptr);
  }
  case 6: { // next to a power of ten
    char buf[32];
    std::snprintf(buf, sizeof buf, "1e%d", int(rng() % 632) - 323);
    double x = std::strtod(buf, nullptr);
    int step = int(rng() % 3) - 1;
    return step == 0 ? x : std::nextafter(x, step > 0 ? HUGE_VAL : 0.0);
  }
  default: { // huge or tiny, or a power of two
    int e = (rng() & 1) ? 900 + int(rng() % 124) : -1074 + int(rng() % 120);
    return (rng() % 3 == 0) ? std::ldexp(1.0, e)
                            : std::ldexp(1.0 + double(rng() >> 11) / 9007199254740992.0, e);
  }
  }
}

} // namespace

TEST(RtFloatDigits, PowersOfTwoAndTen) {
  for (int k = -1074; k <= 1023; ++k) {
    double x = std::ldexp(1.0, k);
    ASSERT_EQ(oursShortest(x), toCharsShortest(x)) << "2^" << k;
    for (int nsig : {1, 2, 15, 16, 17, 18, 40})
      ASSERT_EQ(oursSig(x, nsig), glibcSig(x, nsig)) << "2^" << k << " nsig " << nsig;
    for (int nfrac : {0, 3, 17, 400})
      ASSERT_EQ(oursFrac(x, nfrac), glibcFrac(x, nfrac)) << "2^" << k << " nfrac " << nfrac;
  }
  for (int k = -324; k <= 308; ++k) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "1e%d", k);
    double p = std::strtod(buf, nullptr);
    for (double x : {std::nextafter(p, 0.0), p, std::nextafter(p, HUGE_VAL)}) {
      ASSERT_EQ(oursShortest(x), toCharsShortest(x)) << buf;
      for (int nsig : {1, 5, 17, 25})
        ASSERT_EQ(oursSig(x, nsig), glibcSig(x, nsig)) << buf << " nsig " << nsig;
      ASSERT_EQ(oursFrac(x, 6), glibcFrac(x, 6)) << buf;
    }
  }
  // Exact maximum expansion lengths and beyond.
  for (double x : {5e-324, 2.2250738585072009e-308, 1.7976931348623157e308, 0.1}) {
    for (int nsig : {760, 767, 768, 769, 800})
      ASSERT_EQ(oursSig(x, nsig), glibcSig(x, nsig)) << x << " nsig " << nsig;
    for (int nfrac : {1073, 1074, 1075, 1100})
      ASSERT_EQ(oursFrac(x, nfrac), glibcFrac(x, nfrac)) << x << " nfrac " << nfrac;
  }
}

TEST(RtFloatDigits, RandomAgainstGlibc) {
  std::mt19937_64 rng(20240611);
  for (int i = 0; i < 300000; ++i) {
    double x = interestingDouble(rng);
    ASSERT_EQ(oursShortest(x), toCharsShortest(x)) << "shortest of " << std::hexfloat << x;
    uint64_t r = rng();
    int nsig = r % 20 == 0 ? 1 + int(r / 20 % 120) : 1 + int(r / 20 % 19);
    if (i % 1000 == 0) nsig = 700 + int(r % 100);
    ASSERT_EQ(oursSig(x, nsig), glibcSig(x, nsig))
        << "%." << nsig - 1 << "e of " << std::hexfloat << x;
    r = rng();
    int nfrac = r % 20 == 0 ? int(r / 20 % 400) : int(r / 20 % 25);
    if (i % 1000 == 1) nfrac = 1000 + int(r % 100);
    ASSERT_EQ(oursFrac(x, nfrac), glibcFrac(x, nfrac))
        << "%." << nfrac << "f of " << std::hexfloat << x;
    if (i % 4 == 0) { // round(x, n) == float('%.nf' % x)
      int nd = int(r % 23);
      char buf[2000];
      std::snprintf(buf, sizeof buf, "%.*f", nd, x);
      double want = std::strtod(buf, nullptr);
      FloatResult got = floatRound(x, nd);
      if (std::isinf(want)) {
        ASSERT_EQ(got.status, FloatStatus::OverflowError) << buf;
      } else {
        ASSERT_TRUE(same(got.value, want)) << "round(" << std::hexfloat << x << ", " << nd << ")";
      }
    }
  }
}

TEST(RtFloatDigits, ParseRandomAgainstStrtod) {
  std::mt19937_64 rng(7);
  std::string s;
  auto check = [&](const std::string &text) {
    double want = std::strtod(text.c_str(), nullptr);
    FloatResult got = floatFromString(text);
    ASSERT_EQ(got.status, FloatStatus::Ok) << text;
    ASSERT_TRUE(same(got.value, want))
        << text << ": got " << std::hexfloat << got.value << " want " << want;
  };
  for (int i = 0; i < 150000; ++i) {
    uint64_t r = rng();
    s.clear();
    if (r & 1) s += '-';
    int nd = r % 50 == 0 ? 1 + int(rng() % 1200) : 1 + int(rng() % 25);
    if (i % 2000 == 0) nd = 5000;
    int point = int(rng() % (nd + 1));
    for (int k = 0; k < nd; ++k) {
      if (k == point) s += '.';
      s += char('0' + rng() % 10);
    }
    int e = int(rng() % 700) - 350;
    if (r % 7 == 0) e = int(rng() % 60) - 30;
    s += 'e';
    s += std::to_string(e - (nd - point) + int(rng() % 3));
    check(s);
  }
  // Decimal midpoints between neighbouring doubles (exact in long double),
  // and decimals just below and above them.
  for (int i = 0; i < 30000; ++i) {
    double x = interestingDouble(rng);
    if (i == 0) x = 1.7976931348623157e308; // midpoint to 2^1024: rounds to inf
    if (i == 1) x = 0.0;                    // 2^-1075: rounds to 0
    if (i == 2) x = 5e-324;
    double next = std::nextafter(x, HUGE_VAL);
    long double mid =
        (static_cast<long double>(x) +
         (std::isinf(next) ? std::ldexp(1.0L, 1024) : static_cast<long double>(next))) /
        2;
    char buf[1200];
    std::snprintf(buf, sizeof buf, "%.1100Le", mid);
    std::string exact = buf; // the exact expansion, padded with zeros
    check(exact);
    size_t epos = exact.find('e');
    std::string mant = exact.substr(0, epos), ex = exact.substr(epos);
    while (mant.back() == '0')
      mant.pop_back();
    check(mant + "000001" + ex); // just above
    std::string cut = mant.substr(0, 2 + rng() % (mant.size() - 1));
    check(cut + ex); // truncated: below
    check(cut + "9" + ex);
  }
  for (const char *t : {"1e-400",
                        "1e400",
                        "1e999999999",
                        "-1e999999999",
                        "1e-999999999",
                        "2.4703282292062327e-324",
                        "2.4703282292062328e-324",
                        "4.9406564584124654e-324",
                        "2.2250738585072011e-308",
                        "2.2250738585072012e-308",
                        "1.7976931348623158e308",
                        "1.7976931348623159e308",
                        "179769313486231580793728971405301e276",
                        "0.000000000000000000000000000001e30",
                        "9007199254740993",
                        "9007199254740993.0000000000000000001",
                        "123456789012345678e-5",
                        "8.98846567431158e307",
                        "1e23",
                        "8.589973e9",
                        "1e22",
                        "1e-22",
                        "4503599627370496.5",
                        "4503599627370497.5",
                        "2e-323",
                        "7e-324",
                        "1.5e-323"})
    check(t);
  s.assign(5000, '3');
  check("0." + s);
  check(s + "e-5300");
  check(s + "e-4700");
  s.assign(5000, '9');
  check(s + "e-4692");
  check(s + "e-4691");
}
