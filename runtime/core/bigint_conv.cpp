// Arbitrary-precision integers: hashing and conversions to and from double
// and bytes, with CPython 3.12's results and messages.
#include "molt/bigint.h"
#include "molt/hash.h"

#include <cmath>
#include <cstring>

namespace molt::rt {

int64_t int_hash(IntRef a) { return hashBigInt(a.d, a.n, a.neg); }

namespace {

// The top 64 bits of |a| (bit 63 set) and whether any lower bit is set;
// *e receives the weight of the lowest returned bit. a.n > 0.
uint64_t top64(IntRef a, int64_t *e, bool *sticky) {
  uint64_t bits = int_bit_length(a);
  if (bits <= 64) {
    uint64_t u = a.d[0] | (a.n > 1 ? (uint64_t)a.d[1] << 32 : 0);
    *e = (int64_t)bits - 64;
    *sticky = false;
    return u << (64 - bits);
  }
  uint64_t shift = bits - 64;
  size_t ls = (size_t)(shift / 32);
  unsigned bs = (unsigned)(shift % 32);
  // three limbs cover the 64 bits starting at bit bs of limb ls
  uint64_t l0 = a.d[ls], l1 = ls + 1 < a.n ? a.d[ls + 1] : 0, l2 = ls + 2 < a.n ? a.d[ls + 2] : 0;
  uint64_t m = (l0 >> bs) | (l1 << (32 - bs)) | (bs ? (l2 << (64 - bs)) : 0);
  bool st = bs ? (a.d[ls] & (((limb_t)1 << bs) - 1)) != 0 : false;
  for (size_t i = 0; i < ls && !st; ++i) st = a.d[i] != 0;
  *e = (int64_t)shift;
  *sticky = st;
  return m;
}

// Correctly rounded double of (m + sticky) * 2^e, m with bit 63 set; false on overflow.
bool make_double(uint64_t m, bool sticky, int64_t e, bool neg, double *out) {
  int64_t t = e + 63;  // exponent of the top bit
  if (t > 1023) return false;
  int64_t keep = 53;
  if (t < -1022) keep = 53 - (-1022 - t);
  double r;
  if (keep < 0) {
    r = 0.0;
  } else {
    int drop = (int)(64 - keep);  // 11..64
    uint64_t q, rem, half;
    if (drop == 64) {
      q = 0;
      rem = m;
      half = (uint64_t)1 << 63;
    } else {
      q = m >> drop;
      rem = m & (((uint64_t)1 << drop) - 1);
      half = (uint64_t)1 << (drop - 1);
    }
    if (rem > half || (rem == half && (sticky || (q & 1)))) ++q;
    r = std::ldexp((double)q, (int)(e + drop));
    if (std::isinf(r)) return false;
  }
  *out = neg ? -r : r;
  return true;
}

} // namespace

BigStatus int_to_double(IntRef a, double *out, BigError *err) {
  if (a.n <= 2) {
    uint64_t u = a.n == 0 ? 0 : (a.d[0] | (a.n > 1 ? (uint64_t)a.d[1] << 32 : 0));
    double r = (double)u;  // correctly rounded by the hardware
    *out = a.neg ? -r : r;
    return BigStatus::ok;
  }
  if (int_bit_length(a) > 1024)
    return big_fail(err, BigStatus::overflow_error, "int too large to convert to float");
  int64_t e;
  bool sticky;
  uint64_t m = top64(a, &e, &sticky);
  if (!make_double(m, sticky, e, a.neg, out))
    return big_fail(err, BigStatus::overflow_error, "int too large to convert to float");
  return BigStatus::ok;
}

BigStatus int_truediv(IntRef a, IntRef b, double *out, BigError *err) {
  if (b.n == 0) return big_fail(err, BigStatus::zero_division_error, kMsgTrueDivZero);
  bool neg = a.neg != b.neg;
  if (a.n == 0) {
    *out = neg ? -0.0 : 0.0;
    return BigStatus::ok;
  }
  uint64_t abits = int_bit_length(a), bbits = int_bit_length(b);
  if (abits <= 53 && bbits <= 53) {
    double x, y;
    int_to_double({a.d, a.n, false}, &x, nullptr);
    int_to_double({b.d, b.n, false}, &y, nullptr);
    double r = x / y;  // both exact: one correctly rounded division
    *out = neg ? -r : r;
    return BigStatus::ok;
  }
  static constexpr std::string_view kTooLarge = "integer division result too large for a float";
  int64_t diff = (int64_t)abits - (int64_t)bbits;  // a/b in [2^(diff-1), 2^(diff+1))
  if (diff > 1025) return big_fail(err, BigStatus::overflow_error, kTooLarge);
  if (diff < -1080) {
    *out = neg ? -0.0 : 0.0;
    return BigStatus::ok;
  }
  // q = floor(|a| * 2^-shift / |b|) has 64 or 65 bits.
  int64_t shift = diff - 64;
  BigInt A = BigInt::from_limbs(a.d, a.n, false), Bv = BigInt::from_limbs(b.d, b.n, false);
  bool sticky = false;
  if (shift > 0) {
    // lost low bits of a count as a non-zero remainder
    uint64_t s = (uint64_t)shift;
    size_t ls = (size_t)(s / 32);
    for (size_t i = 0; i < ls && i < a.n && !sticky; ++i) sticky = a.d[i] != 0;
    if (!sticky && ls < a.n && s % 32) sticky = (a.d[ls] & (((limb_t)1 << (s % 32)) - 1)) != 0;
    A = big_rshift(A, s);
  } else if (shift < 0) {
    A = big_lshift(A, (uint64_t)(-shift));
  }
  BigInt q, r;
  if (big_divmod(A, Bv, &q, &r, err) != BigStatus::ok) return big_fail(err, BigStatus::memory_error, "");
  if (!r.is_zero()) sticky = true;
  // q < 2^65: fold to 64 bits
  uint64_t m;
  if (q.size() == 3) {
    uint64_t lo = q.limbs()[0] | (uint64_t)q.limbs()[1] << 32;
    if (lo & 1) sticky = true;
    m = (lo >> 1) | ((uint64_t)q.limbs()[2] << 63);
    ++shift;
  } else {
    m = q.limbs()[0] | (uint64_t)q.limbs()[1] << 32;
  }
  if (!(m >> 63)) {  // defensive normalization
    int z = __builtin_clzll(m);
    m <<= z;
    shift -= z;
  }
  if (!make_double(m, sticky, shift, neg, out)) return big_fail(err, BigStatus::overflow_error, kTooLarge);
  return BigStatus::ok;
}

int int_cmp_double(IntRef a, double x) {
  if (std::isnan(x)) return 2;
  if (std::isinf(x)) return x > 0 ? -1 : 1;
  int sa = a.n == 0 ? 0 : (a.neg ? -1 : 1);
  int sx = x > 0 ? 1 : (x < 0 ? -1 : 0);
  if (sa != sx) return sa < sx ? -1 : 1;
  if (sa == 0) return 0;
  double ax = std::fabs(x);
  int e;
  std::frexp(ax, &e);  // 2^(e-1) <= ax < 2^e
  int64_t nbits = (int64_t)int_bit_length(a);
  int cm;  // compare |a| with ax
  if (nbits < e) {
    cm = -1;
  } else if (nbits > e) {
    cm = 1;
  } else {
    double ip;
    double frac = std::modf(ax, &ip);
    // ip is an integer with exactly nbits bits: its limbs
    int ie;
    double mant = std::frexp(ip, &ie);
    uint64_t m53 = (uint64_t)std::ldexp(mant, 53);
    BigInt ipv = ie >= 53 ? big_lshift(BigInt::from_u64(m53), (uint64_t)(ie - 53))
                          : BigInt::from_u64(m53 >> (53 - ie));
    cm = limbs::cmp(a.d, a.n, ipv.limbs(), ipv.size());
    if (cm == 0 && frac > 0) cm = -1;
  }
  return a.neg ? -cm : cm;
}

BigStatus big_from_double(double x, BigInt *out, BigError *err) {
  if (std::isnan(x)) return big_fail(err, BigStatus::value_error, "cannot convert float NaN to integer");
  if (std::isinf(x))
    return big_fail(err, BigStatus::overflow_error, "cannot convert float infinity to integer");
  double t = std::trunc(x);
  if (std::fabs(t) < 9223372036854775808.0) {
    *out = BigInt((int64_t)t);
    return BigStatus::ok;
  }
  int e;
  double mant = std::frexp(std::fabs(t), &e);  // e >= 64
  uint64_t m = (uint64_t)std::ldexp(mant, 53);
  BigInt r = big_lshift(BigInt::from_u64(m), (uint64_t)(e - 53));
  if (t < 0) r = big_neg(r);
  if (!r.ok()) return big_fail(err, BigStatus::memory_error, "");
  *out = static_cast<BigInt &&>(r);
  return BigStatus::ok;
}

BigStatus int_to_bytes(IntRef a, uint8_t *out, size_t len, bool little_endian, bool is_signed,
                       BigError *err) {
  if (a.neg && !is_signed)
    return big_fail(err, BigStatus::overflow_error, "can't convert negative int to unsigned");
  uint64_t bits = int_bit_length(a);
  uint64_t need;
  if (a.neg)
    need = int_bit_count(a) == 1 ? bits : bits + 1;  // -2^k needs k+1 bits
  else
    need = is_signed && bits ? bits + 1 : bits;
  bool minus_one_empty = a.neg && a.n == 1 && a.d[0] == 1 && len == 0;  // CPython: (-1).to_bytes(0, signed=True) == b''
  if (need > (uint64_t)len * 8 && !minus_one_empty)
    return big_fail(err, BigStatus::overflow_error, "int too big to convert");
  limb_t carry = 1;
  size_t nl = (len + 3) / 4;
  for (size_t li = 0; li < nl; ++li) {
    limb_t w = li < a.n ? a.d[li] : 0;
    if (a.neg) {  // two's complement: ~|a| + 1, limb by limb
      limb_t v = ~w + carry;
      carry = carry && v == 0;
      w = v;
    }
    for (size_t k = 0; k < 4 && li * 4 + k < len; ++k) {
      size_t i = li * 4 + k;
      out[little_endian ? i : len - 1 - i] = (uint8_t)(w >> (8 * k));
    }
  }
  return BigStatus::ok;
}

BigInt big_from_bytes(const uint8_t *p, size_t n, bool little_endian, bool is_signed) {
  size_t nl = n / 4 + 1;
  BigInt r;
  if (!r.reserve(nl)) return r;
  limb_t *d = r.data();
  std::memset(d, 0, nl * sizeof(limb_t));
  for (size_t i = 0; i < n; ++i) {
    uint8_t b = little_endian ? p[i] : p[n - 1 - i];
    d[i / 4] |= (limb_t)b << (8 * (i % 4));
  }
  bool neg = is_signed && n > 0 && ((little_endian ? p[n - 1] : p[0]) & 0x80);
  if (neg) {
    // sign-extend to nl limbs, then negate: |x| = ~x + 1
    for (size_t i = n; i < nl * 4; ++i) d[i / 4] |= (limb_t)0xff << (8 * (i % 4));
    limb_t c = 1;
    for (size_t i = 0; i < nl; ++i) {
      limb_t v = ~d[i] + c;
      c = c && v == 0;
      d[i] = v;
    }
  }
  r.set_size(nl, neg);
  return r;
}

} // namespace molt::rt
