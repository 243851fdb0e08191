// Unit tests of the runtime's arbitrary-precision integers (molt/bigint.h).
// Every expected value was obtained by running CPython 3.12; the Python
// expression is in the comment next to it. The randomized differential
// check against CPython is tests/rt/bigint_diff.py.
#include "molt/bigint.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

using namespace molt::rt;

namespace {

BigInt P(const char *s) {
  BigInt r = big_parse(s, 0);
  EXPECT_TRUE(r.ok()) << s;
  return r;
}
std::string S(const BigInt &x) { return big_to_string(x, 10, false, 0); }
std::string Sq(const std::pair<BigInt, BigInt> &p) { return S(p.first) + "," + S(p.second); }
BigInt Pow(int64_t a, int64_t e) {
  BigInt r;
  EXPECT_EQ(big_pow(BigInt(a), BigInt(e), &r, nullptr), BigStatus::ok);
  return r;
}
std::pair<BigInt, BigInt> DivMod(const BigInt &a, const BigInt &b) {
  BigInt q, r;
  EXPECT_EQ(big_divmod(a, b, &q, &r, nullptr), BigStatus::ok);
  return {q, r};
}
// The error of int(text, base) as "Type: message".
std::string ParseErr(std::string_view text, int base, bool is_bytes = false) {
  BigInt r;
  BigError e;
  FromStringOptions o;
  o.is_bytes = is_bytes;
  BigStatus st = big_from_string(text, base, &r, &e, o);
  if (st == BigStatus::ok) return "ok " + S(r);
  return std::string(st == BigStatus::value_error ? "ValueError: " : "Other: ") + std::string(e.message());
}

} // namespace

TEST(RtBigInt, AddSubMulAcrossLimbs) {
  EXPECT_EQ(S(big_add(P("0xffffffffffffffff"), BigInt(1))), "18446744073709551616");  // (2**64-1)+1
  EXPECT_EQ(S(big_sub(BigInt(INT64_MIN), BigInt(1))), "-9223372036854775809");        // -(2**63)-1
  // (10**40+7)*(10**40-7)
  EXPECT_EQ(S(big_mul(P("10000000000000000000000000000000000000007"),
                      P("9999999999999999999999999999999999999993"))),
            "99999999999999999999999999999999999999999999999999999999999999999999999999999951");
  EXPECT_EQ(S(big_mul(P("0xffffffff"), P("0xffffffff"))), "18446744065119617025");  // (2**32-1)*(2**32-1)
  EXPECT_EQ(S(big_sub(P("12345678901234567890123"), P("12345678901234567890123"))), "0");
  EXPECT_FALSE(big_sub(P("5"), P("5")).is_neg());
}

TEST(RtBigInt, KaratsubaAndSquaring) {
  BigInt a = Pow(3, 5000), b = Pow(7, 4000);
  EXPECT_EQ(int_hash(big_mul(a, b)), 1514992357927466251LL);  // hash(3**5000 * 7**4000)
  EXPECT_EQ(int_hash(big_mul(a, a)), 789511957256596966LL);   // hash((3**5000)**2)
  // hash(-(10**3000+12345)*(10**2900-1))
  BigInt x = big_add(Pow(10, 3000), BigInt(12345)), y = big_sub(Pow(10, 2900), BigInt(1));
  EXPECT_EQ(int_hash(big_mul(big_neg(x), y)), -166448767465116706LL);
  // Same products with tiny thresholds (deep recursion, odd splits).
  size_t saved = limbs::karatsuba_threshold;
  limbs::karatsuba_threshold = 2;
  EXPECT_EQ(int_hash(big_mul(a, b)), 1514992357927466251LL);
  EXPECT_EQ(int_hash(big_mul(a, a)), 789511957256596966LL);
  limbs::karatsuba_threshold = saved;
}

TEST(RtBigInt, FloorDivision) {
  EXPECT_EQ(Sq(DivMod(BigInt(7), BigInt(-2))), "-4,-1");    // divmod(7,-2)
  EXPECT_EQ(Sq(DivMod(BigInt(-7), BigInt(2))), "-4,1");     // divmod(-7,2): -7%2 == 1
  EXPECT_EQ(Sq(DivMod(BigInt(-7), BigInt(-2))), "3,-1");    // divmod(-7,-2)
  EXPECT_EQ(Sq(DivMod(BigInt(INT64_MIN), BigInt(-1))), "9223372036854775808,0");
  // divmod(-10**50, 7**20)
  EXPECT_EQ(Sq(DivMod(big_neg(Pow(10, 50)), Pow(7, 20))),
            "-1253254289419684899836964752574346,54588157014326346");
  // divmod(2**128-1, 2**64+1)
  EXPECT_EQ(Sq(DivMod(P("0xffffffffffffffffffffffffffffffff"), P("0x10000000000000001"))),
            "18446744073709551615,0");
  // recursive division: divmod(3**9000+11, -(7**2000))
  auto qr = DivMod(big_add(Pow(3, 9000), BigInt(11)), big_neg(Pow(7, 2000)));
  EXPECT_EQ(int_hash(qr.first), -1238801818954455387LL);
  EXPECT_EQ(int_hash(qr.second), -1709023247564664220LL);
  size_t saved = big_div_recursive_threshold;
  big_div_recursive_threshold = 3;
  qr = DivMod(big_add(Pow(3, 9000), BigInt(11)), big_neg(Pow(7, 2000)));
  EXPECT_EQ(int_hash(qr.first), -1238801818954455387LL);
  EXPECT_EQ(int_hash(qr.second), -1709023247564664220LL);
  big_div_recursive_threshold = saved;
}

TEST(RtBigInt, DivisionErrors) {
  BigInt q;
  BigError e;
  // 1//0, 1%0
  EXPECT_EQ(big_floordiv(BigInt(1), BigInt(0), &q, &e), BigStatus::zero_division_error);
  EXPECT_EQ(e.message(), "integer division or modulo by zero");
  EXPECT_EQ(big_mod(BigInt(1), BigInt(0), &q, &e), BigStatus::zero_division_error);
  EXPECT_EQ(e.message(), "integer modulo by zero");
  double d;
  EXPECT_EQ(int_truediv(BigInt(1), BigInt(0), &d, &e), BigStatus::zero_division_error);  // 1/0
  EXPECT_EQ(e.message(), "division by zero");
}

TEST(RtBigInt, Powers) {
  // str(3**200)
  EXPECT_EQ(S(Pow(3, 200)),
            "265613988875874769338781322035779626829233452653394495974574961739092490901302182994384699044001");
  EXPECT_EQ(S(Pow(-2, 63)), "-9223372036854775808");  // pow(-2, 63)
  EXPECT_EQ(S(Pow(10, 30)), "1000000000000000000000000000000");
  BigInt r;
  EXPECT_EQ(big_pow(BigInt(2), BigInt(-1), &r, nullptr), BigStatus::float_result);  // pow(2,-1) is a float
  auto pm = [](const char *a, const char *b, const char *m) {
    BigInt out;
    BigError e;
    BigStatus st = big_powmod(P(a), P(b), P(m), &out, &e);
    return st == BigStatus::ok ? S(out) : std::string(e.message());
  };
  EXPECT_EQ(pm("3", "-1", "7"), "5");    // pow(3,-1,7)
  EXPECT_EQ(pm("3", "-2", "-7"), "-3");  // pow(3,-2,-7)
  EXPECT_EQ(pm("-3", "5", "7"), "2");    // pow(-3,5,7)
  EXPECT_EQ(pm("3", "0", "1"), "0");     // pow(3,0,1)
  // pow(2, 10**20+3, 10**30+57)
  EXPECT_EQ(pm("2", "100000000000000000003", "1000000000000000000000000000057"),
            "735475071405736903845457786314");
  EXPECT_EQ(pm("2", "-1", "4"), "base is not invertible for the given modulus");  // pow(2,-1,4)
  EXPECT_EQ(pm("2", "1", "0"), "pow() 3rd argument cannot be 0");                  // pow(2,1,0)
}

TEST(RtBigInt, Shifts) {
  EXPECT_EQ(S(big_rshift(BigInt(-5), 1)), "-3");                     // -5>>1
  EXPECT_EQ(S(big_rshift(BigInt(-1), 100)), "-1");                   // -1>>100
  EXPECT_EQ(S(big_rshift(P("-0x10000000000000000"), 64)), "-1");     // -(2**64)>>64
  EXPECT_EQ(S(big_rshift(P("-0x10000000000000001"), 64)), "-2");     // -(2**64+1)>>64
  EXPECT_EQ(S(big_lshift(BigInt(1), 100)), "1267650600228229401496703205376");  // str(1<<100)
  EXPECT_EQ(S(big_lshift(BigInt(-3), 70)), "-3541774862152233910272");          // str(-3<<70)
  BigInt r;
  BigError e;
  EXPECT_EQ(big_lshift(BigInt(1), BigInt(-1), &r, &e), BigStatus::value_error);  // 1<<-1
  EXPECT_EQ(e.message(), "negative shift count");
  // 1 << 2**70
  EXPECT_EQ(big_lshift(BigInt(1), big_lshift(BigInt(1), 70), &r, &e), BigStatus::overflow_error);
  EXPECT_EQ(e.message(), "too many digits in integer");
  EXPECT_EQ(big_lshift(BigInt(0), big_lshift(BigInt(1), 70), &r, &e), BigStatus::ok);  // 0 << 2**70
  EXPECT_TRUE(r.is_zero());
}

TEST(RtBigInt, Bitwise) {
  EXPECT_EQ(S(big_and(BigInt(-6), BigInt(13))), "8");   // -6 & 13
  EXPECT_EQ(S(big_or(BigInt(-6), BigInt(13))), "-1");   // -6 | 13
  EXPECT_EQ(S(big_xor(BigInt(-6), BigInt(13))), "-9");  // -6 ^ 13
  EXPECT_EQ(S(big_invert(BigInt(0))), "-1");            // ~0
  EXPECT_EQ(S(big_invert(P("-0x10000000000000000"))), "18446744073709551615");  // ~-(2**64)
  EXPECT_EQ(S(big_and(P("-0x10000000000000000"), P("0xffffffffffffffff"))), "0");
  // (-(2**70)) | (2**3)
  EXPECT_EQ(S(big_or(big_neg(big_lshift(BigInt(1), 70)), BigInt(8))), "-1180591620717411303416");
  EXPECT_EQ(int_bit_length(P("0xfffffffffffffffffffffffff")), 100u);  // (2**100-1).bit_length()
  EXPECT_EQ(int_bit_length(big_neg(big_lshift(BigInt(1), 100))), 101u);  // (-(2**100)).bit_length()
  EXPECT_EQ(int_bit_count(P("0xfffffffffffffffffffffffff")), 100u);   // (2**100-1).bit_count()
}

TEST(RtBigInt, Int64) {
  int64_t v;
  EXPECT_TRUE(P("9223372036854775807").to_i64(&v));
  EXPECT_EQ(v, INT64_MAX);
  EXPECT_FALSE(P("9223372036854775808").to_i64(&v));
  EXPECT_TRUE(P("-9223372036854775808").to_i64(&v));
  EXPECT_EQ(v, INT64_MIN);
  EXPECT_FALSE(P("-9223372036854775809").to_i64(&v));
  uint64_t u;
  EXPECT_TRUE(int_to_u64(P("18446744073709551615"), &u));
  EXPECT_EQ(u, UINT64_MAX);
  EXPECT_FALSE(int_to_u64(P("-1"), &u));
}

TEST(RtBigInt, Floats) {
  double d;
  BigError e;
  ASSERT_EQ(int_to_double(P("9007199254740993"), &d, &e), BigStatus::ok);  // float(2**53+1)
  EXPECT_EQ(d, 9007199254740992.0);
  // float(2**1024-2**970-1)
  BigInt top = big_sub(big_sub(big_lshift(BigInt(1), 1024), big_lshift(BigInt(1), 970)), BigInt(1));
  ASSERT_EQ(int_to_double(top, &d, &e), BigStatus::ok);
  EXPECT_EQ(d, 1.7976931348623157e+308);
  // float(2**1024)
  EXPECT_EQ(int_to_double(big_lshift(BigInt(1), 1024), &d, &e), BigStatus::overflow_error);
  EXPECT_EQ(e.message(), "int too large to convert to float");
  // (2**2000+1)/(2**3075)
  ASSERT_EQ(int_truediv(big_add(big_lshift(BigInt(1), 2000), BigInt(1)), big_lshift(BigInt(1), 3075), &d, &e),
            BigStatus::ok);
  EXPECT_EQ(d, 5e-324);
  ASSERT_EQ(int_truediv(Pow(10, 400), Pow(10, 399), &d, &e), BigStatus::ok);  // 10**400/10**399
  EXPECT_EQ(d, 10.0);
  ASSERT_EQ(int_truediv(Pow(10, 30), BigInt(7), &d, &e), BigStatus::ok);  // (10**30)/7
  EXPECT_EQ(d, 1.4285714285714285e+29);
  ASSERT_EQ(int_truediv(BigInt(0), BigInt(-5), &d, &e), BigStatus::ok);  // 0/-5 == -0.0
  EXPECT_TRUE(d == 0.0 && std::signbit(d));
  EXPECT_EQ(int_truediv(Pow(2, 5000), BigInt(3), &d, &e), BigStatus::overflow_error);  // (2**5000)/3
  EXPECT_EQ(e.message(), "integer division result too large for a float");
  BigInt r;
  ASSERT_EQ(big_from_double(1e20, &r, &e), BigStatus::ok);  // int(1e20)
  EXPECT_EQ(S(r), "100000000000000000000");
  ASSERT_EQ(big_from_double(-2.5, &r, &e), BigStatus::ok);  // int(-2.5)
  EXPECT_EQ(S(r), "-2");
  ASSERT_EQ(big_from_double(-1e300, &r, &e), BigStatus::ok);
  BigInt m;
  ASSERT_EQ(big_mod(r, BigInt(1000007), &m, &e), BigStatus::ok);  // int(-1e300) % 1000007
  EXPECT_EQ(S(m), "654074");
  EXPECT_EQ(big_from_double(INFINITY, &r, &e), BigStatus::overflow_error);  // int(float('inf'))
  EXPECT_EQ(e.message(), "cannot convert float infinity to integer");
  EXPECT_EQ(big_from_double(NAN, &r, &e), BigStatus::value_error);  // int(float('nan'))
  EXPECT_EQ(e.message(), "cannot convert float NaN to integer");
  // 2**53+1 > 2.0**53 ; 2**53 == 2.0**53 ; -1 < -0.5
  EXPECT_EQ(int_cmp_double(P("9007199254740993"), 9007199254740992.0), 1);
  EXPECT_EQ(int_cmp_double(P("9007199254740992"), 9007199254740992.0), 0);
  EXPECT_EQ(int_cmp_double(BigInt(-1), -0.5), -1);
  EXPECT_EQ(int_cmp_double(Pow(10, 400), INFINITY), -1);
}

TEST(RtBigInt, Hash) {
  EXPECT_EQ(int_hash(BigInt(-1)), -2);                              // hash(-1)
  EXPECT_EQ(int_hash(P("0x1fffffffffffffff")), 0);                  // hash(2**61-1)
  EXPECT_EQ(int_hash(P("0x2000000000000000")), 1);                  // hash(2**61)
  EXPECT_EQ(int_hash(P("-0x10000000000000000")), -8);               // hash(-2**64)
  EXPECT_EQ(int_hash(P("0x10000000000000005")), 13);                // hash(2**64+5)
  EXPECT_EQ(int_hash(BigInt(0)), 0);
}

TEST(RtBigInt, Parse) {
  EXPECT_EQ(S(P("0x_1f")), "31");                      // int('0x_1f', 0)
  EXPECT_EQ(S(P(" -0b101 ")), "-5");                   // int(' -0b101 ', 0)
  EXPECT_EQ(S(big_parse("z", 36)), "35");              // int('z', 36)
  EXPECT_EQ(S(big_parse("+1_000_000", 10)), "1000000");  // int('+1_000_000')
  EXPECT_EQ(S(big_parse("0o777", 8)), "511");           // int('0o777', 8)
  EXPECT_EQ(S(P("00")), "0");                           // int('00', 0)
  EXPECT_EQ(ParseErr("1__0", 10), "ValueError: invalid literal for int() with base 10: '1__0'");
  EXPECT_EQ(ParseErr("01", 0), "ValueError: invalid literal for int() with base 0: '01'");
  EXPECT_EQ(ParseErr("12", 37), "ValueError: int() base must be >= 2 and <= 36, or 0");
  EXPECT_EQ(ParseErr("0x", 16), "ValueError: invalid literal for int() with base 16: '0x'");
  EXPECT_EQ(ParseErr("x'", 10), "ValueError: invalid literal for int() with base 10: \"x'\"");  // int("x'")
  EXPECT_EQ(ParseErr("x", 10, true), "ValueError: invalid literal for int() with base 10: b'x'");  // int(b'x')
  // int('x\t\x00é')
  EXPECT_EQ(ParseErr(std::string_view("x\t\0\xc3\xa9", 5), 10),
            "ValueError: invalid literal for int() with base 10: 'x\\t\\x00\xc3\xa9'");
  // int('é'*300): the repr is cut after 200 characters
  std::string e300, e199;
  for (int i = 0; i < 300; ++i) e300 += "\xc3\xa9";
  for (int i = 0; i < 199; ++i) e199 += "\xc3\xa9";
  EXPECT_EQ(ParseErr(e300, 10), "ValueError: invalid literal for int() with base 10: '" + e199);
  // int('1'*4301)
  EXPECT_EQ(ParseErr(std::string(4301, '1'), 10),
            "ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 "
            "digits; use sys.set_int_max_str_digits() to increase the limit");
  EXPECT_EQ(ParseErr(std::string(4300, '1'), 10).substr(0, 7), "ok 1111");
  // int('f'*6000, 16): no limit for power-of-two bases
  EXPECT_EQ(ParseErr(std::string(6000, 'f'), 16).substr(0, 3), "ok ");
}

TEST(RtBigInt, Format) {
  auto fmt = [](const BigInt &x, int base, size_t lim = kDefaultMaxStrDigits) {
    size_t cap = big_chars_cap(x, base), len = 0;
    std::string buf(cap, '\0');
    BigError e;
    if (big_to_chars(x, base, base != 10, buf.data(), cap, &len, &e, lim) != BigStatus::ok)
      return std::string(e.message());
    return buf.substr(0, len);
  };
  EXPECT_EQ(fmt(BigInt(-255), 16), "-0xff");                   // hex(-255)
  EXPECT_EQ(fmt(BigInt(0), 2), "0b0");                         // bin(0)
  EXPECT_EQ(fmt(BigInt(8), 8), "0o10");                        // oct(8)
  EXPECT_EQ(fmt(big_lshift(BigInt(1), 64), 16), "0x10000000000000000");  // hex(2**64)
  EXPECT_EQ(fmt(big_neg(Pow(10, 20)), 10), "-100000000000000000000");    // str(-10**20)
  EXPECT_EQ(fmt(BigInt(0), 10), "0");
  // str(10**4300) with the default limit; -10**4299 has 4300 digits and passes
  EXPECT_EQ(fmt(Pow(10, 4300), 10),
            "Exceeds the limit (4300 digits) for integer string conversion; use "
            "sys.set_int_max_str_digits() to increase the limit");
  EXPECT_EQ(fmt(big_neg(Pow(10, 4299)), 10).size(), 4301u);
  // divide and conquer round trip of a 30000-digit number
  std::string digits;
  for (int i = 0; i < 30000; ++i) digits += (char)('1' + (i * 7919) % 9);
  BigInt big = big_parse(digits, 10);
  ASSERT_TRUE(big.ok());
  EXPECT_EQ(fmt(big, 10, 0), digits);
  EXPECT_EQ(fmt(Pow(10, 20000), 10, 0), "1" + std::string(20000, '0'));
}

TEST(RtBigInt, Bytes) {
  uint8_t b[8];
  BigError e;
  ASSERT_EQ(int_to_bytes(BigInt(1024), b, 2, false, false, &e), BigStatus::ok);  // (1024).to_bytes(2,'big')
  EXPECT_EQ(b[0], 0x04);
  EXPECT_EQ(b[1], 0x00);
  ASSERT_EQ(int_to_bytes(BigInt(-1), b, 2, true, true, &e), BigStatus::ok);  // (-1).to_bytes(2,'little',signed=True)
  EXPECT_EQ(b[0], 0xff);
  EXPECT_EQ(b[1], 0xff);
  ASSERT_EQ(int_to_bytes(BigInt(-129), b, 2, false, true, &e), BigStatus::ok);  // b'\xff\x7f'
  EXPECT_EQ(b[0], 0xff);
  EXPECT_EQ(b[1], 0x7f);
  EXPECT_EQ(int_to_bytes(BigInt(256), b, 1, false, false, &e), BigStatus::overflow_error);
  EXPECT_EQ(e.message(), "int too big to convert");  // (256).to_bytes(1,'big')
  EXPECT_EQ(int_to_bytes(BigInt(-1), b, 1, false, false, &e), BigStatus::overflow_error);
  EXPECT_EQ(e.message(), "can't convert negative int to unsigned");  // (-1).to_bytes(1,'big')
  EXPECT_EQ(int_to_bytes(BigInt(-1), b, 0, false, true, &e), BigStatus::ok);  // (-1).to_bytes(0,'big',signed=True) == b''
  const uint8_t ff00[] = {0xff, 0x00}, x80[] = {0x80}, five[] = {1, 2, 3, 4, 5};
  EXPECT_EQ(S(big_from_bytes(ff00, 2, true, true)), "255");  // int.from_bytes(b'\xff\x00','little',signed=True)
  EXPECT_EQ(S(big_from_bytes(x80, 1, false, true)), "-128");  // int.from_bytes(b'\x80','big',signed=True)
  EXPECT_EQ(S(big_from_bytes(five, 5, false, false)), "4328719365");
  EXPECT_EQ(S(big_from_bytes(nullptr, 0, false, true)), "0");
}

TEST(RtBigInt, GcdIsqrt) {
  BigInt r;
  ASSERT_EQ(big_isqrt(big_add(Pow(10, 40), BigInt(1)), &r, nullptr), BigStatus::ok);  // math.isqrt(10**40+1)
  EXPECT_EQ(S(r), "100000000000000000000");
  // math.gcd(2**100*3**50, 6**70)
  EXPECT_EQ(S(big_gcd(big_mul(Pow(2, 100), Pow(3, 50)), Pow(6, 70))),
            "847544348798892439652940749688313000363032576");
}

TEST(RtBigInt, SpanLayerAliasingAndCaps) {
  // int_add writing over its first operand: (2**64-1) + 1
  limb_t a[3] = {0xffffffffu, 0xffffffffu, 0}, one[1] = {1};
  bool neg;
  size_t n = int_add({a, 2, false}, {one, 1, false}, {a, &neg});
  EXPECT_EQ(n, 3u);
  EXPECT_EQ(a[2], 1u);
  EXPECT_FALSE(neg);
  // floor division through caller buffers: -7 // 2 == -4, -7 % 2 == 1
  limb_t seven[1] = {7}, two[1] = {2}, q[4], r[4], scratch[16];
  size_t qn, rn;
  bool qneg, rneg;
  ASSERT_EQ(int_divmod({seven, 1, true}, {two, 1, false}, {q, &qneg}, &qn, {r, &rneg}, &rn, scratch),
            BigStatus::ok);
  EXPECT_TRUE(qn == 1 && q[0] == 4 && qneg);
  EXPECT_TRUE(rn == 1 && r[0] == 1 && !rneg);
  EXPECT_EQ(int_divmod({seven, 1, true}, {nullptr, 0, false}, {q, &qneg}, &qn, {r, &rneg}, &rn, scratch),
            BigStatus::zero_division_error);
  limb_t buf[2];
  IntRef m = int_ref_i64(INT64_MIN, buf);
  EXPECT_TRUE(m.n == 2 && m.neg && buf[1] == 0x80000000u && buf[0] == 0);
}

TEST(RtBigInt, FailedAllocationPropagates) {
  BigInt bad = BigInt::failed();
  EXPECT_FALSE(bad.ok());
  EXPECT_FALSE(big_add(bad, BigInt(1)).ok());
  EXPECT_FALSE(big_mul(BigInt(3), bad).ok());
  BigInt q;
  BigError e;
  EXPECT_EQ(big_divmod(bad, BigInt(3), &q, nullptr, &e), BigStatus::memory_error);
  BigInt copy = bad;
  EXPECT_FALSE(copy.ok());
  // a shift whose result cannot be allocated
  EXPECT_EQ(big_lshift(BigInt(1), big_lshift(BigInt(1), 62), &q, &e), BigStatus::memory_error);
}
