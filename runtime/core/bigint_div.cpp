// Arbitrary-precision integers: division (schoolbook and Burnikel-Ziegler
// recursive division), powers, modular arithmetic, gcd and isqrt.
// Written for Molt from the published algorithms (Burnikel & Ziegler, "Fast
// Recursive Division", 1998; Knuth TAOCP 4.6.3 for powers).
#include "molt/bigint.h"

#include <cstdlib>
#include <cstring>

namespace molt::rt {

// Limb count of the divisor from which recursive division pays off (tuned by
// measurement together with the Karatsuba threshold).
size_t big_div_recursive_threshold = 60;

namespace {

struct Scratch {
  limb_t stack[256];
  limb_t *p = stack;
  bool ok = true;
  explicit Scratch(size_t n) {
    if (n > 256) {
      p = allocLimbs(n);
      ok = p != nullptr;
    }
  }
  ~Scratch() {
    if (p != stack) std::free(p);
  }
  Scratch(const Scratch &) = delete;
  Scratch &operator=(const Scratch &) = delete;
};

// Schoolbook floor divmod into BigInts (q, r may be null).
bool school_divmod(const BigInt &a, const BigInt &b, BigInt *q, BigInt *r) {
  BigInt qq, rr;
  if (q && !qq.reserve(int_div_cap(a, b))) return false;
  if (!rr.reserve(int_mod_cap(b))) return false;
  Scratch s(int_divmod_scratch(a, b));
  if (!s.ok) return false;
  bool qneg = false, rneg = false;
  size_t qn = 0, rn = 0;
  int_divmod(a, b, {q ? qq.data() : nullptr, &qneg}, &qn, {rr.data(), &rneg}, &rn, s.p);
  if (q) {
    qq.set_size(qn, qneg);
    *q = static_cast<BigInt &&>(qq);
  }
  if (r) {
    rr.set_size(rn, rneg);
    *r = static_cast<BigInt &&>(rr);
  }
  return true;
}

// Bits [lo, lo+cnt) of a >= 0, as a non-negative BigInt.
BigInt extract_bits(const BigInt &a, uint64_t lo, uint64_t cnt) {
  if (!a.ok()) return BigInt::failed();
  uint64_t bl = int_bit_length(a);
  if (lo >= bl || cnt == 0) return BigInt();
  if (lo + cnt > bl) cnt = bl - lo;
  size_t nl = (size_t)((cnt + 31) / 32);
  BigInt r;
  if (!r.reserve(nl + 1)) return r;
  size_t ls = (size_t)(lo / 32);
  unsigned bs = (unsigned)(lo % 32);
  size_t avail = a.size() - ls;
  size_t take = nl + 1 < avail ? nl + 1 : avail;
  limbs::rshift(r.data(), a.limbs() + ls, take, bs);
  unsigned top = (unsigned)(cnt % 32);
  if (top) r.data()[nl - 1] &= ((limb_t)1 << top) - 1;
  r.set_size(nl, false);
  return r;
}

// (hi << n) | lo for hi, lo >= 0 and lo < 2**n.
BigInt concat_bits(const BigInt &hi, uint64_t n, const BigInt &lo) {
  if (!hi.ok() || !lo.ok()) return BigInt::failed();
  if (hi.is_zero()) return lo;
  BigInt r;
  size_t cap = int_lshift_cap(hi, n);
  if (cap < lo.size()) cap = lo.size();
  if (!r.reserve(cap)) return r;
  bool neg;
  size_t rn = int_lshift(hi, n, {r.data(), &neg});
  for (size_t i = 0; i < lo.size(); ++i) r.data()[i] |= lo.limbs()[i];
  r.set_size(rn, false);
  return r;
}

// ORs x (>= 0, < 2**bits room) into the limb array dst at bit offset off.
void or_at(limb_t *dst, const BigInt &x, uint64_t off) {
  size_t ls = (size_t)(off / 32);
  unsigned bs = (unsigned)(off % 32);
  const limb_t *s = x.limbs();
  for (size_t i = 0; i < x.size(); ++i) {
    dst[ls + i] |= s[i] << bs;
    if (bs) dst[ls + i + 1] |= s[i] >> (32 - bs);
  }
}

bool div2n1n(const BigInt &a, const BigInt &b, uint64_t n, BigInt *q, BigInt *r);

// [a12, a3] / b where b has 2n bits (b = b1*2^n + b2) and a12 has at most 3n..
bool div3n2n(const BigInt &a12, const BigInt &a3, const BigInt &b, const BigInt &b1,
             const BigInt &b2, uint64_t n, BigInt *q, BigInt *r) {
  BigInt qh, rh;
  BigInt top = big_rshift(a12, n);
  if (big_cmp(top, b1) == 0) {
    // q = 2^n - 1, r = a12 - (b1 << n) + b1
    qh = big_sub(big_lshift(BigInt(1), n), BigInt(1));
    rh = big_add(big_sub(a12, big_lshift(b1, n)), b1);
  } else {
    if (!div2n1n(a12, b1, n, &qh, &rh)) return false;
  }
  BigInt d = big_mul(qh, b2);
  rh = big_sub(concat_bits(rh, n, a3), d);
  while (rh.ok() && rh.is_neg()) {
    qh = big_sub(qh, BigInt(1));
    rh = big_add(rh, b);
  }
  if (!qh.ok() || !rh.ok()) return false;
  *q = static_cast<BigInt &&>(qh);
  *r = static_cast<BigInt &&>(rh);
  return true;
}

// a / b where b has exactly n bits and a < b * 2^n (a, b >= 0).
bool div2n1n(const BigInt &a0, const BigInt &b0, uint64_t n, BigInt *q, BigInt *r) {
  if (b0.size() < big_div_recursive_threshold || a0.size() < b0.size() + big_div_recursive_threshold / 2)
    return school_divmod(a0, b0, q, r);
  BigInt a_sh, b_sh;
  const BigInt *a = &a0, *b = &b0;
  bool pad = n & 1;
  if (pad) {
    a_sh = big_lshift(a0, 1);
    b_sh = big_lshift(b0, 1);
    a = &a_sh;
    b = &b_sh;
    ++n;
  }
  uint64_t half = n / 2;
  BigInt b1 = big_rshift(*b, half);
  BigInt b2 = extract_bits(*b, 0, half);
  BigInt q1, q2, rr;
  if (!div3n2n(big_rshift(*a, n), extract_bits(*a, half, half), *b, b1, b2, half, &q1, &rr))
    return false;
  if (!div3n2n(rr, extract_bits(*a, 0, half), *b, b1, b2, half, &q2, &rr)) return false;
  if (pad) rr = big_rshift(rr, 1);
  *q = concat_bits(q1, half, q2);
  *r = static_cast<BigInt &&>(rr);
  return q->ok() && r->ok();
}

// Magnitude division |a| / |b| by recursive division: a processed in chunks
// of bitlen(b) bits from the top.
bool bz_divmod(const BigInt &a, const BigInt &b, BigInt *q, BigInt *r) {
  BigInt aa = big_abs(a), bb = big_abs(b);
  uint64_t n = int_bit_length(bb);
  uint64_t abits = int_bit_length(aa);
  uint64_t chunks = (abits + n - 1) / n;
  BigInt qq;
  if (q) {
    if (!qq.reserve(aa.size() + 2)) return false;
    std::memset(qq.data(), 0, (aa.size() + 2) * sizeof(limb_t));
  }
  BigInt rem;
  for (uint64_t c = chunks; c-- > 0;) {
    BigInt cur = concat_bits(rem, n, extract_bits(aa, c * n, n));
    BigInt qi;
    if (!div2n1n(cur, bb, n, &qi, &rem)) return false;
    if (q) or_at(qq.data(), qi, c * n);
  }
  if (q) {
    qq.set_size(aa.size() + 2, false);
    *q = static_cast<BigInt &&>(qq);
  }
  if (r) *r = static_cast<BigInt &&>(rem);
  return true;
}

BigStatus oom(BigError *err) { return big_fail(err, BigStatus::memory_error, ""); }

} // namespace

BigStatus big_divmod(const BigInt &a, const BigInt &b, BigInt *q, BigInt *r, BigError *err) {
  if (!a.ok() || !b.ok()) return oom(err);
  if (b.is_zero()) return big_fail(err, BigStatus::zero_division_error, kMsgDivZero);
  int64_t x, y;
  if (a.size() <= 2 && b.size() <= 2 && a.to_i64(&x) && b.to_i64(&y) &&
      !(x == INT64_MIN && y == -1)) {
    int64_t qv = x / y, rv = x % y;
    if (rv != 0 && ((rv < 0) != (y < 0))) {
      rv += y;
      qv -= 1;
    }
    if (q) *q = BigInt(qv);
    if (r) *r = BigInt(rv);
    return BigStatus::ok;
  }
  if (b.size() < big_div_recursive_threshold || a.size() < b.size() + big_div_recursive_threshold) {
    if (!school_divmod(a, b, q, r)) return oom(err);
    return BigStatus::ok;
  }
  BigInt q0, r0;
  if (!bz_divmod(a, b, &q0, &r0)) return oom(err);
  // Floor semantics from the truncated magnitudes.
  bool adjust = a.is_neg() != b.is_neg() && !r0.is_zero();
  if (q) {
    if (adjust) q0 = big_add(q0, BigInt(1));
    if (a.is_neg() != b.is_neg()) q0 = big_neg(q0);
    if (!q0.ok()) return oom(err);
    *q = static_cast<BigInt &&>(q0);
  }
  if (r) {
    if (adjust) r0 = big_sub(big_abs(b), r0);
    if (b.is_neg()) r0 = big_neg(r0);
    if (!r0.ok()) return oom(err);
    *r = static_cast<BigInt &&>(r0);
  }
  return BigStatus::ok;
}

BigStatus big_floordiv(const BigInt &a, const BigInt &b, BigInt *q, BigError *err) {
  return big_divmod(a, b, q, nullptr, err);
}

BigStatus big_mod(const BigInt &a, const BigInt &b, BigInt *r, BigError *err) {
  if (a.ok() && b.ok() && b.is_zero())
    return big_fail(err, BigStatus::zero_division_error, kMsgModZero);
  return big_divmod(a, b, nullptr, r, err);
}

// ---------------------------------------------------------------------------
// Powers
// ---------------------------------------------------------------------------

BigStatus big_pow(const BigInt &a, const BigInt &b, BigInt *out, BigError *err) {
  if (!a.ok() || !b.ok()) return oom(err);
  if (b.is_neg()) return BigStatus::float_result;
  if (b.is_zero()) { *out = BigInt(1); return BigStatus::ok; }
  if (a.is_zero()) { *out = BigInt(); return BigStatus::ok; }
  uint64_t e;
  bool e_fits = int_to_u64(b, &e);
  if (a.size() == 1 && a.limbs()[0] == 1) {
    bool odd = (b.limbs()[0] & 1) != 0;
    *out = BigInt(a.is_neg() && odd ? -1 : 1);
    return BigStatus::ok;
  }
  uint64_t abits = int_bit_length(a);
  // The result has more than (abits-1)*e bits: refuse absurd sizes early.
  if (!e_fits || (abits - 1) > ((uint64_t)1 << 40) / e) return oom(err);
  bool neg = a.is_neg() && (e & 1);
  // Powers of two: a shift.
  if (int_bit_count(a) == 1) {
    BigInt r = big_lshift(BigInt(1), (abits - 1) * e);
    if (!r.ok()) return oom(err);
    *out = neg ? big_neg(r) : static_cast<BigInt &&>(r);
    return out->ok() ? BigStatus::ok : oom(err);
  }
  // Small results: int64 arithmetic.
  int64_t av;
  if (a.to_i64(&av) && e < 64) {
    int64_t acc = 1, base = av;
    uint64_t k = e;
    bool overflow = false;
    while (k && !overflow) {
      if (k & 1) overflow |= __builtin_mul_overflow(acc, base, &acc);
      k >>= 1;
      if (k) overflow |= __builtin_mul_overflow(base, base, &base);
    }
    if (!overflow) { *out = BigInt(acc); return BigStatus::ok; }
  }
  // Left-to-right binary powering on |a|.
  BigInt base = big_abs(a);
  BigInt r = base;
  int top = 63 - __builtin_clzll(e);
  for (int i = top - 1; i >= 0; --i) {
    r = big_mul(r, r);
    if ((e >> i) & 1) r = big_mul(r, base);
    if (!r.ok()) return oom(err);
  }
  *out = neg ? big_neg(r) : static_cast<BigInt &&>(r);
  return out->ok() ? BigStatus::ok : oom(err);
}

namespace {

// x mod m for m > 0 (result in [0, m)).
bool mod_pos(const BigInt &x, const BigInt &m, BigInt *r) {
  return big_divmod(x, m, nullptr, r, nullptr) == BigStatus::ok;
}

uint64_t mulmod32(uint64_t x, uint64_t y, uint64_t m) { return (x * y) % m; }

} // namespace

BigStatus big_invmod(const BigInt &a, const BigInt &m, BigInt *out, BigError *err) {
  if (!a.ok() || !m.ok()) return oom(err);
  if (m.is_zero()) return big_fail(err, BigStatus::value_error, "pow() 3rd argument cannot be 0");
  BigInt mm = big_abs(m);
  BigInt r0 = mm, r1, s0(0), s1(1);
  if (!mod_pos(a, mm, &r1)) return oom(err);
  while (!r1.is_zero()) {
    BigInt q, r2;
    if (big_divmod(r0, r1, &q, &r2, err) != BigStatus::ok) return oom(err);
    BigInt s2 = big_sub(s0, big_mul(q, s1));
    if (!s2.ok()) return oom(err);
    r0 = static_cast<BigInt &&>(r1);
    r1 = static_cast<BigInt &&>(r2);
    s0 = static_cast<BigInt &&>(s1);
    s1 = static_cast<BigInt &&>(s2);
  }
  if (!(r0.size() == 1 && r0.limbs()[0] == 1))
    return big_fail(err, BigStatus::value_error, "base is not invertible for the given modulus");
  BigInt inv;
  if (!mod_pos(s0, mm, &inv)) return oom(err);
  if (m.is_neg() && !inv.is_zero()) inv = big_sub(inv, mm);
  if (!inv.ok()) return oom(err);
  *out = static_cast<BigInt &&>(inv);
  return BigStatus::ok;
}

BigStatus big_powmod(const BigInt &a, const BigInt &b, const BigInt &m, BigInt *out, BigError *err) {
  if (!a.ok() || !b.ok() || !m.ok()) return oom(err);
  if (m.is_zero()) return big_fail(err, BigStatus::value_error, "pow() 3rd argument cannot be 0");
  BigInt mm = big_abs(m);
  BigInt base;
  BigInt e = big_abs(b);
  if (b.is_neg()) {
    BigStatus st = big_invmod(a, mm, &base, err);
    if (st != BigStatus::ok) return st;
  } else if (!mod_pos(a, mm, &base)) {
    return oom(err);
  }
  BigInt r;
  if (mm.size() == 1 && mm.limbs()[0] == 1) {
    r = BigInt(0);
  } else if (mm.size() == 1) {
    // Single-limb modulus: 64-bit arithmetic.
    uint64_t mv = mm.limbs()[0], bv = base.is_zero() ? 0 : base.limbs()[0], acc = 1 % mv;
    for (size_t i = e.size(); i-- > 0;) {
      limb_t w = e.limbs()[i];
      for (int bit = 31; bit >= 0; --bit) {
        acc = mulmod32(acc, acc, mv);
        if ((w >> bit) & 1) acc = mulmod32(acc, bv, mv);
      }
    }
    r = BigInt((int64_t)acc);
  } else {
    // Left-to-right with a 4-bit window of precomputed powers.
    BigInt tab[16];
    tab[0] = BigInt(1);
    tab[1] = base;
    bool big_exp = e.size() > 1 || (e.size() == 1 && e.limbs()[0] > 64);
    int w = big_exp ? 4 : 1;
    for (int i = 2; i < (1 << w); ++i)
      if (!mod_pos(big_mul(tab[i - 1], base), mm, &tab[i])) return oom(err);
    uint64_t bits = int_bit_length(e);
    r = BigInt(1);
    bool started = false;
    uint64_t i = bits;
    while (i > 0) {
      int take = (int)(i >= (uint64_t)w ? w : i);
      unsigned chunk = 0;
      for (int k = 0; k < take; ++k) {
        uint64_t bit = i - 1 - k;
        chunk = (chunk << 1) | ((e.limbs()[bit / 32] >> (bit % 32)) & 1);
      }
      i -= take;
      if (started)
        for (int k = 0; k < take; ++k)
          if (!mod_pos(big_mul(r, r), mm, &r)) return oom(err);
      if (chunk) {
        if (!mod_pos(big_mul(r, tab[chunk]), mm, &r)) return oom(err);
        started = true;
      }
    }
    if (!started) r = BigInt(1);
    if (!mod_pos(r, mm, &r)) return oom(err);
  }
  if (m.is_neg() && !r.is_zero()) r = big_sub(r, mm);
  if (!r.ok()) return oom(err);
  *out = static_cast<BigInt &&>(r);
  return BigStatus::ok;
}

// ---------------------------------------------------------------------------
// gcd, isqrt
// ---------------------------------------------------------------------------

BigInt big_gcd(const BigInt &a0, const BigInt &b0) {
  BigInt a = big_abs(a0), b = big_abs(b0);
  while (a.ok() && b.ok() && !b.is_zero()) {
    uint64_t x, y;
    if (int_to_u64(a, &x) && int_to_u64(b, &y)) {
      while (y) { uint64_t t = x % y; x = y; y = t; }
      return BigInt::from_u64(x);
    }
    BigInt r;
    if (!mod_pos(a, b, &r)) return BigInt::failed();
    a = static_cast<BigInt &&>(b);
    b = static_cast<BigInt &&>(r);
  }
  return a;
}

BigStatus big_isqrt(const BigInt &a, BigInt *out, BigError *err) {
  if (!a.ok()) return oom(err);
  if (a.is_neg()) return big_fail(err, BigStatus::value_error, "isqrt() argument must be nonnegative");
  if (a.is_zero()) { *out = BigInt(); return BigStatus::ok; }
  // Newton's iteration from an over-estimate 2^ceil(bits/2).
  uint64_t bits = int_bit_length(a);
  BigInt x = big_lshift(BigInt(1), (bits + 1) / 2);
  for (;;) {
    BigInt q;
    if (big_divmod(a, x, &q, nullptr, err) != BigStatus::ok) return oom(err);
    BigInt y = big_rshift(big_add(x, q), 1);
    if (!y.ok()) return oom(err);
    if (big_cmp(y, x) >= 0) break;
    x = static_cast<BigInt &&>(y);
  }
  *out = static_cast<BigInt &&>(x);
  return BigStatus::ok;
}

} // namespace molt::rt
