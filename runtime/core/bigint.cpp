// Arbitrary-precision integers: limb primitives, Karatsuba multiplication,
// schoolbook division, the signed span layer and the BigInt value.
// See molt/bigint.h. Written for Molt from the textbook algorithms (Knuth,
// TAOCP vol. 2, 4.3.1; Karatsuba-Ofman).
#include "molt/bigint.h"

#include <cstdlib>
#include <cstring>

namespace molt::rt {

// ---------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------

BigStatus BigError::set(BigStatus s, std::string_view text) {
  status = s;
  size_t n = text.size() < sizeof(msg) - 1 ? text.size() : sizeof(msg) - 1;
  if (n) std::memcpy(msg, text.data(), n);
  msg[n] = 0;
  len = (uint32_t)n;
  return s;
}

BigStatus big_fail(BigError *err, BigStatus s, std::string_view text) {
  if (err) err->set(s, text);
  return s;
}

// ---------------------------------------------------------------------------
// limbs::
// ---------------------------------------------------------------------------
namespace limbs {

size_t normalize(const limb_t *a, size_t n) {
  while (n > 0 && a[n - 1] == 0)
    --n;
  return n;
}

int cmp_n(const limb_t *a, const limb_t *b, size_t n) {
  while (n > 0) {
    --n;
    if (a[n] != b[n]) return a[n] < b[n] ? -1 : 1;
  }
  return 0;
}

int cmp(const limb_t *a, size_t na, const limb_t *b, size_t nb) {
  if (na != nb) return na < nb ? -1 : 1;
  return cmp_n(a, b, na);
}

limb_t add_1(limb_t *r, const limb_t *a, size_t n, limb_t b) {
  dlimb_t c = b;
  size_t i = 0;
  for (; i < n && c; ++i) {
    c += a[i];
    r[i] = (limb_t)c;
    c >>= 32;
  }
  if (r != a)
    for (; i < n; ++i)
      r[i] = a[i];
  return (limb_t)c;
}

limb_t sub_1(limb_t *r, const limb_t *a, size_t n, limb_t b) {
  limb_t borrow = b;
  size_t i = 0;
  for (; i < n && borrow; ++i) {
    limb_t x = a[i];
    r[i] = x - borrow;
    borrow = x < borrow;
  }
  if (r != a)
    for (; i < n; ++i)
      r[i] = a[i];
  return borrow;
}

// Where the compiler has 128-bit integers on a little-endian target, the
// linear loops below take two 32-bit limbs at a time as one 64-bit word (half
// the iterations of the carry chain). Additions, subtractions and shifts do so
// on wasm32 too, where a 128-bit sum is two i64 adds and a compare; products
// pair limbs only on 64-bit hosts: on wasm32 a 64x32-bit product is a call
// to compiler-rt's __multi3, slower than two 32x32-bit i64.mul.
#if defined(__SIZEOF_INT128__) && defined(__BYTE_ORDER__) &&                                       \
    __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define MOLT_LIMB_PAIRS 1
#if !defined(__wasm__)
#define MOLT_LIMB_PAIRS_MUL 1
#endif
using u128 = unsigned __int128;
static inline uint64_t loadPair(const limb_t *p) {
  uint64_t w;
  std::memcpy(&w, p, 8);
  return w;
}
static inline void storePair(limb_t *p, uint64_t w) { std::memcpy(p, &w, 8); }
constexpr uint64_t kLimbMask = 0xffffffffu;
#endif

limb_t add_n(limb_t *r, const limb_t *a, const limb_t *b, size_t n) {
  dlimb_t c = 0;
  size_t i = 0;
#ifdef MOLT_LIMB_PAIRS
  for (; i + 2 <= n; i += 2) {
    u128 t = (u128)loadPair(a + i) + loadPair(b + i) + c;
    storePair(r + i, (uint64_t)t);
    c = (dlimb_t)(t >> 64);
  }
#endif
  for (; i < n; ++i) {
    c += (dlimb_t)a[i] + b[i];
    r[i] = (limb_t)c;
    c >>= 32;
  }
  return (limb_t)c;
}

limb_t sub_n(limb_t *r, const limb_t *a, const limb_t *b, size_t n) {
  dlimb_t t = 0; // borrow in bit 63 after the subtraction
  limb_t borrow = 0;
  size_t i = 0;
#ifdef MOLT_LIMB_PAIRS
  for (; i + 2 <= n; i += 2) {
    u128 d = (u128)loadPair(a + i) - loadPair(b + i) - borrow;
    storePair(r + i, (uint64_t)d);
    borrow = (limb_t)(d >> 127);
  }
#endif
  for (; i < n; ++i) {
    t = (dlimb_t)a[i] - b[i] - borrow;
    r[i] = (limb_t)t;
    borrow = (limb_t)(t >> 63);
  }
  return borrow;
}

limb_t add(limb_t *r, const limb_t *a, size_t na, const limb_t *b, size_t nb) {
  limb_t c = add_n(r, a, b, nb);
  return add_1(r + nb, a + nb, na - nb, c);
}

limb_t sub(limb_t *r, const limb_t *a, size_t na, const limb_t *b, size_t nb) {
  limb_t c = sub_n(r, a, b, nb);
  return sub_1(r + nb, a + nb, na - nb, c);
}

limb_t mul_1(limb_t *r, const limb_t *a, size_t n, limb_t b) {
  dlimb_t c = 0;
  size_t i = 0;
#ifdef MOLT_LIMB_PAIRS_MUL
  for (; i + 2 <= n; i += 2) {
    u128 p = (u128)loadPair(a + i) * b + c;
    storePair(r + i, (uint64_t)p);
    c = (dlimb_t)(p >> 64);
  }
#elif defined(MOLT_LIMB_PAIRS)
  // Two 32x32-bit products per 64-bit load and store.
  for (; i + 2 <= n; i += 2) {
    uint64_t w = loadPair(a + i);
    dlimb_t p0 = (w & kLimbMask) * b + c;
    dlimb_t p1 = (w >> 32) * b + (p0 >> 32);
    storePair(r + i, (p0 & kLimbMask) | (p1 << 32));
    c = p1 >> 32;
  }
#endif
  for (; i < n; ++i) {
    c += (dlimb_t)a[i] * b;
    r[i] = (limb_t)c;
    c >>= 32;
  }
  return (limb_t)c;
}

limb_t addmul_1(limb_t *r, const limb_t *a, size_t n, limb_t b) {
  dlimb_t c = 0;
  size_t i = 0;
#ifdef MOLT_LIMB_PAIRS_MUL
  for (; i + 2 <= n; i += 2) {
    u128 p = (u128)loadPair(a + i) * b + loadPair(r + i) + c;
    storePair(r + i, (uint64_t)p);
    c = (dlimb_t)(p >> 64);
  }
#elif defined(MOLT_LIMB_PAIRS)
  for (; i + 2 <= n; i += 2) {
    uint64_t w = loadPair(a + i), x = loadPair(r + i);
    dlimb_t p0 = (w & kLimbMask) * b + (x & kLimbMask) + c; // at most 2^64 - 1
    dlimb_t p1 = (w >> 32) * b + (x >> 32) + (p0 >> 32);
    storePair(r + i, (p0 & kLimbMask) | (p1 << 32));
    c = p1 >> 32;
  }
#endif
  for (; i < n; ++i) {
    c += (dlimb_t)a[i] * b + r[i];
    r[i] = (limb_t)c;
    c >>= 32;
  }
  return (limb_t)c;
}

limb_t submul_1(limb_t *r, const limb_t *a, size_t n, limb_t b) {
  limb_t borrow = 0;
  size_t i = 0;
#ifdef MOLT_LIMB_PAIRS_MUL
  for (; i + 2 <= n; i += 2) {
    u128 p = (u128)loadPair(a + i) * b + borrow;
    uint64_t lo = (uint64_t)p, x = loadPair(r + i);
    storePair(r + i, x - lo);
    borrow = (limb_t)(p >> 64) + (x < lo); // p >> 64 is at most 2^32 - 2
  }
#elif defined(MOLT_LIMB_PAIRS)
  for (; i + 2 <= n; i += 2) {
    uint64_t w = loadPair(a + i), x = loadPair(r + i);
    dlimb_t p0 = (w & kLimbMask) * b + borrow;
    dlimb_t p1 = (w >> 32) * b + (p0 >> 32);
    uint64_t lo = (p0 & kLimbMask) | (p1 << 32);
    storePair(r + i, x - lo);
    borrow = (limb_t)(p1 >> 32) + (x < lo); // p1 >> 32 is at most 2^32 - 2
  }
#endif
  for (; i < n; ++i) {
    dlimb_t p = (dlimb_t)a[i] * b + borrow;
    limb_t lo = (limb_t)p;
    limb_t x = r[i];
    r[i] = x - lo;
    borrow = (limb_t)(p >> 32) + (x < lo);
  }
  return borrow;
}

limb_t lshift(limb_t *r, const limb_t *a, size_t n, unsigned s) {
  if (n == 0) return 0;
  if (s == 0) {
    if (r != a) std::memmove(r, a, n * sizeof(limb_t));
    return 0;
  }
  limb_t out = a[n - 1] >> (32 - s);
  size_t i = n - 1; // the highest limb of r still to write
#ifdef MOLT_LIMB_PAIRS
  // r[i-1..i] from a[i-2..i], high to low (r may alias a).
  for (; i >= 2; i -= 2)
    storePair(r + i - 1, (loadPair(a + i - 1) << s) | (a[i - 2] >> (32 - s)));
#endif
  for (; i > 0; --i)
    r[i] = (a[i] << s) | (a[i - 1] >> (32 - s));
  r[0] = a[0] << s;
  return out;
}

limb_t rshift(limb_t *r, const limb_t *a, size_t n, unsigned s) {
  if (n == 0) return 0;
  if (s == 0) {
    if (r != a) std::memmove(r, a, n * sizeof(limb_t));
    return 0;
  }
  limb_t out = a[0] << (32 - s);
  size_t i = 0;
#ifdef MOLT_LIMB_PAIRS
  // r[i..i+1] from a[i..i+2], low to high (r may alias a).
  for (; i + 2 < n; i += 2)
    storePair(r + i, (loadPair(a + i) >> s) | ((uint64_t)a[i + 2] << (64 - s)));
#endif
  for (; i + 1 < n; ++i)
    r[i] = (a[i] >> s) | (a[i + 1] << (32 - s));
  r[n - 1] = a[n - 1] >> s;
  return out;
}

// ---- multiplication -------------------------------------------------------

// Measured on x86-64 (g++ -O2): the schoolbook/Karatsuba crossover for
// 32-bit limbs is ~24-40 limbs; 32 chosen (squaring: 48).
size_t karatsuba_threshold = 32;
static size_t sqr_karatsuba_threshold() { return karatsuba_threshold + karatsuba_threshold / 2; }

namespace {

// r[0..na+nb) = a * b, schoolbook, na >= nb >= 1. Two rows per pass halve
// the loads and stores of r.
void mul_basecase(limb_t *r, const limb_t *a, size_t na, const limb_t *b, size_t nb) {
  r[na] = mul_1(r, a, na, b[0]);
  size_t j = 1;
  for (; j + 1 < nb; j += 2) {
    // r[j..j+na+1) += a * (b[j] + b[j+1] * 2^32)
    limb_t b0 = b[j], b1 = b[j + 1];
    limb_t *rr = r + j;
    dlimb_t c0 = 0, c1 = 0;
    limb_t prev = 0; // a[i-1]
    for (size_t i = 0; i < na; ++i) {
      limb_t ai = a[i];
      // column i of rr gets a[i]*b0 (low) and a[i-1]*b1 (low) terms.
      c0 += (dlimb_t)ai * b0 + rr[i];
      c1 += (dlimb_t)prev * b1 + (limb_t)c0;
      rr[i] = (limb_t)c1;
      c0 >>= 32;
      c1 >>= 32;
      prev = ai;
    }
    // column na (rr[na] not yet written): carries + a[na-1]*b1
    c1 += (dlimb_t)prev * b1 + (limb_t)c0;
    rr[na] = (limb_t)c1;
    c1 >>= 32;
    rr[na + 1] = (limb_t)(c1 + (c0 >> 32));
  }
  for (; j < nb; ++j)
    r[na + j] = addmul_1(r + j, a, na, b[j]);
}

void sqr_basecase(limb_t *r, const limb_t *a, size_t n) {
  std::memset(r, 0, 2 * n * sizeof(limb_t));
  for (size_t i = 0; i + 1 < n; ++i)
    r[n + i] = addmul_1(r + 2 * i + 1, a + i + 1, n - i - 1, a[i]);
  lshift(r, r, 2 * n, 1);
  dlimb_t c = 0;
  for (size_t i = 0; i < n; ++i) {
    dlimb_t p = (dlimb_t)a[i] * a[i];
    c += (dlimb_t)r[2 * i] + (limb_t)p;
    r[2 * i] = (limb_t)c;
    c >>= 32;
    c += (dlimb_t)r[2 * i + 1] + (p >> 32);
    r[2 * i + 1] = (limb_t)c;
    c >>= 32;
  }
}

// d = |x - y| where x has m limbs and y has h <= m limbs; returns true if x < y.
bool abs_diff(limb_t *d, const limb_t *x, size_t m, const limb_t *y, size_t h) {
  bool xbig = false;
  for (size_t i = h; i < m; ++i)
    if (x[i]) {
      xbig = true;
      break;
    }
  if (!xbig) {
    int c = cmp_n(x, y, h);
    if (c < 0) {
      sub_n(d, y, x, h);
      for (size_t i = h; i < m; ++i)
        d[i] = 0;
      return true;
    }
  }
  sub(d, x, m, y, h);
  return false;
}

size_t kara_scratch(size_t n, size_t thr) {
  if (thr < 2) thr = 2;
  size_t s = 0;
  while (n >= thr) {
    size_t m = n - n / 2;
    s += 6 * m + 1;
    n = m;
  }
  return s;
}

// Adds the Karatsuba middle term: r[h..2n) += z0 + z2 -/+ p, where z0 =
// r[0..2h), z2 = r[2h..2n) and p (2m limbs) is |a1-a0|*|b1-b0|.
void kara_combine(limb_t *r, size_t n, size_t h, size_t m, const limb_t *p, bool subtract,
                  limb_t *w) {
  w[2 * m] = add(w, r + 2 * h, 2 * m, r, 2 * h);
  if (subtract)
    sub(w, w, 2 * m + 1, p, 2 * m);
  else
    w[2 * m] += add_n(w, w, p, 2 * m);
  add(r + h, r + h, 2 * n - h, w, 2 * m + 1);
}

void kmul_n(limb_t *r, const limb_t *a, const limb_t *b, size_t n, limb_t *t) {
  if (n < karatsuba_threshold || n < 2) {
    mul_basecase(r, a, n, b, n);
    return;
  }
  size_t h = n / 2, m = n - h;
  limb_t *da = t, *db = t + m, *p = t + 2 * m, *w = t + 4 * m, *rest = t + 6 * m + 1;
  bool sa = abs_diff(da, a + h, m, a, h);
  bool sb = abs_diff(db, b + h, m, b, h);
  kmul_n(p, da, db, m, rest);
  kmul_n(r, a, b, h, rest);
  kmul_n(r + 2 * h, a + h, b + h, m, rest);
  kara_combine(r, n, h, m, p, sa == sb, w);
}

void ksqr_n(limb_t *r, const limb_t *a, size_t n, limb_t *t) {
  if (n < sqr_karatsuba_threshold() || n < 2) {
    sqr_basecase(r, a, n);
    return;
  }
  size_t h = n / 2, m = n - h;
  limb_t *da = t, *p = t + 2 * m, *w = t + 4 * m, *rest = t + 6 * m + 1;
  abs_diff(da, a + h, m, a, h);
  ksqr_n(p, da, m, rest);
  ksqr_n(r, a, h, rest);
  ksqr_n(r + 2 * h, a + h, m, rest);
  kara_combine(r, n, h, m, p, true, w);
}

} // namespace

size_t mul_scratch(size_t na, size_t nb) {
  if (na < nb) {
    size_t t = na;
    na = nb;
    nb = t;
  }
  if (nb < karatsuba_threshold) return 0;
  if (na == nb)
    return kara_scratch(nb, karatsuba_threshold < sqr_karatsuba_threshold()
                                ? karatsuba_threshold
                                : sqr_karatsuba_threshold());
  size_t s = kara_scratch(nb, karatsuba_threshold);
  size_t c = na % nb;
  if (c) {
    size_t s2 = mul_scratch(nb, c);
    if (s2 > s) s = s2;
  }
  return 2 * nb + s;
}

void mul(limb_t *r, const limb_t *a, size_t na, const limb_t *b, size_t nb, limb_t *scratch) {
  if (na < nb) {
    const limb_t *t = a;
    a = b;
    b = t;
    size_t tn = na;
    na = nb;
    nb = tn;
  }
  if (nb < karatsuba_threshold) {
    if (a == b && na == nb && na > 1)
      sqr_basecase(r, a, na);
    else
      mul_basecase(r, a, na, b, nb);
    return;
  }
  if (na == nb) {
    if (a == b)
      ksqr_n(r, a, na, scratch);
    else
      kmul_n(r, a, b, na, scratch);
    return;
  }
  // Unbalanced: a in chunks of nb limbs.
  limb_t *tmp = scratch, *rest = scratch + 2 * nb;
  kmul_n(r, a, b, nb, rest);
  size_t done = nb;
  std::memset(r + 2 * nb, 0, (na - nb) * sizeof(limb_t));
  while (done < na) {
    size_t c = na - done < nb ? na - done : nb;
    if (c == nb)
      kmul_n(tmp, a + done, b, nb, rest);
    else
      mul(tmp, b, nb, a + done, c, rest);
    // r[done .. na+nb) += tmp[0..c+nb)
    add(r + done, r + done, na + nb - done, tmp, c + nb);
    done += c;
  }
}

void sqr(limb_t *r, const limb_t *a, size_t n, limb_t *scratch) {
  if (n < sqr_karatsuba_threshold())
    sqr_basecase(r, a, n);
  else
    ksqr_n(r, a, n, scratch);
}

// ---- division --------------------------------------------------------------

limb_t divrem_1(limb_t *q, const limb_t *a, size_t n, limb_t d) {
  if (!q) return mod_1(a, n, d);
  dlimb_t rem = 0;
  for (size_t i = n; i-- > 0;) {
    dlimb_t cur = (rem << 32) | a[i];
    q[i] = (limb_t)(cur / d);
    rem = cur % d;
  }
  return (limb_t)rem;
}

limb_t mod_1(const limb_t *a, size_t n, limb_t d) {
  dlimb_t rem = 0;
  for (size_t i = n; i-- > 0;)
    rem = ((rem << 32) | a[i]) % d;
  return (limb_t)rem;
}

size_t divrem_scratch(size_t na, size_t nb) { return na + 1 + nb; }

static inline unsigned clz32(limb_t x) { return (unsigned)__builtin_clz(x); }

void divrem(limb_t *q, limb_t *r, const limb_t *a, size_t na, const limb_t *b, size_t nb,
            limb_t *scratch) {
  unsigned s = clz32(b[nb - 1]);
  limb_t *v = scratch, *u = scratch + nb;
  lshift(v, b, nb, s);
  u[na] = lshift(u, a, na, s);
  const limb_t vh = v[nb - 1], vl = v[nb - 2];
  const dlimb_t B = (dlimb_t)1 << 32;
  for (size_t j = na - nb + 1; j-- > 0;) {
    limb_t *uj = u + j;
    dlimb_t num = ((dlimb_t)uj[nb] << 32) | uj[nb - 1];
    dlimb_t qhat, rhat;
    if (uj[nb] >= vh) {
      // uj[nb] == vh (the top is always <= vh): qhat would be >= B.
      qhat = B - 1;
      rhat = num - qhat * vh;
    } else {
      qhat = num / vh;
      rhat = num % vh;
    }
    while (rhat < B && qhat * vl > ((rhat << 32) | uj[nb - 2])) {
      --qhat;
      rhat += vh;
    }
    limb_t borrow = submul_1(uj, v, nb, (limb_t)qhat);
    if (uj[nb] < borrow) {
      --qhat;
      limb_t c = add_n(uj, uj, v, nb);
      uj[nb] = uj[nb] - borrow + c;
    } else {
      uj[nb] -= borrow;
    }
    if (q) q[j] = (limb_t)qhat;
  }
  if (r) rshift(r, u, nb, s);
}

} // namespace limbs

// ---------------------------------------------------------------------------
// Signed layer
// ---------------------------------------------------------------------------

IntRef int_ref_i64(int64_t v, limb_t buf[2]) {
  uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
  buf[0] = (limb_t)u;
  buf[1] = (limb_t)(u >> 32);
  return {buf, buf[1] ? 2u : (buf[0] ? 1u : 0u), v < 0};
}

size_t int_add(IntRef a, IntRef b, IntOut out) {
  if (a.n < b.n || (a.n == b.n && a.neg != b.neg && limbs::cmp_n(a.d, b.d, a.n) < 0)) {
    IntRef t = a;
    a = b;
    b = t;
  }
  // |a| >= |b| in length (and in value when the signs differ).
  if (a.neg == b.neg) {
    out.d[a.n] = limbs::add(out.d, a.d, a.n, b.d, b.n);
    *out.neg = a.neg;
    return out.d[a.n] ? a.n + 1 : a.n;
  }
  limbs::sub(out.d, a.d, a.n, b.d, b.n);
  size_t n = limbs::normalize(out.d, a.n);
  *out.neg = n ? a.neg : false;
  return n;
}

size_t int_sub(IntRef a, IntRef b, IntOut out) {
  if (b.n) b.neg = !b.neg;
  return int_add(a, b, out);
}

size_t int_mul_scratch(IntRef a, IntRef b) { return limbs::mul_scratch(a.n, b.n); }

size_t int_mul(IntRef a, IntRef b, IntOut out, limb_t *scratch) {
  if (a.n == 0 || b.n == 0) {
    *out.neg = false;
    return 0;
  }
  *out.neg = a.neg != b.neg;
  if (a.n < b.n) {
    IntRef t = a;
    a = b;
    b = t;
  }
  if (b.n == 1) {
    out.d[a.n] = limbs::mul_1(out.d, a.d, a.n, b.d[0]);
  } else {
    limbs::mul(out.d, a.d, a.n, b.d, b.n, scratch);
  }
  size_t n = a.n + b.n;
  return out.d[n - 1] ? n : n - 1;
}

size_t int_divmod_scratch(IntRef a, IntRef b) {
  return (a.n >= b.n && b.n >= 2 ? limbs::divrem_scratch(a.n, b.n) : 0) + b.n + 1;
}

BigStatus int_divmod(IntRef a, IntRef b, IntOut q, size_t *qn, IntOut r, size_t *rn,
                     limb_t *scratch) {
  if (b.n == 0) return BigStatus::zero_division_error;
  limb_t *rbuf = r.d ? r.d : scratch;
  limb_t *dscratch = r.d ? scratch : scratch + b.n + 1;
  size_t q0n = 0, r0n = 0;
  if (a.n < b.n) {
    if (rbuf != a.d) std::memmove(rbuf, a.d, a.n * sizeof(limb_t));
    r0n = a.n;
  } else if (b.n == 1) {
    limb_t rem = limbs::divrem_1(q.d, a.d, a.n, b.d[0]);
    rbuf[0] = rem;
    r0n = rem ? 1 : 0;
    if (q.d) q0n = limbs::normalize(q.d, a.n);
  } else {
    limbs::divrem(q.d, rbuf, a.d, a.n, b.d, b.n, dscratch);
    r0n = limbs::normalize(rbuf, b.n);
    if (q.d) q0n = limbs::normalize(q.d, a.n - b.n + 1);
  }
  bool adjust = a.neg != b.neg && r0n != 0;
  if (q.d) {
    if (adjust) {
      q.d[q0n] = limbs::add_1(q.d, q.d, q0n, 1);
      if (q.d[q0n]) ++q0n; // a quotient of 0 becomes 1 (then -1)
    }
    *q.neg = q0n && (a.neg != b.neg);
    *qn = q0n;
  }
  if (r.d) {
    if (adjust) {
      limbs::sub(r.d, b.d, b.n, r.d, r0n);
      r0n = limbs::normalize(r.d, b.n);
    }
    *r.neg = r0n && b.neg;
    *rn = r0n;
  }
  return BigStatus::ok;
}

namespace {

enum class BitOp { And, Or, Xor };

inline limb_t apply(BitOp op, limb_t x, limb_t y) {
  switch (op) {
  case BitOp::And:
    return x & y;
  case BitOp::Or:
    return x | y;
  default:
    return x ^ y;
  }
}

size_t bitop(IntRef a, IntRef b, IntOut out, BitOp op) {
  size_t n = (a.n > b.n ? a.n : b.n) + 1;
  limb_t sa = a.neg ? ~(limb_t)0 : 0, sb = b.neg ? ~(limb_t)0 : 0;
  bool rneg = apply(op, sa, sb) != 0;
  limb_t ca = 1, cb = 1, cr = 1; // two's complement carries
  for (size_t i = 0; i < n; ++i) {
    limb_t x = i < a.n ? a.d[i] : 0, y = i < b.n ? b.d[i] : 0;
    if (a.neg) {
      x = ~x + ca;
      ca = ca && x == 0;
    }
    if (b.neg) {
      y = ~y + cb;
      cb = cb && y == 0;
    }
    limb_t z = apply(op, x, y);
    if (rneg) {
      z = ~z + cr;
      cr = cr && z == 0;
    }
    out.d[i] = z;
  }
  size_t rn = limbs::normalize(out.d, n);
  *out.neg = rn && rneg;
  return rn;
}

} // namespace

size_t int_and(IntRef a, IntRef b, IntOut out) { return bitop(a, b, out, BitOp::And); }
size_t int_or(IntRef a, IntRef b, IntOut out) { return bitop(a, b, out, BitOp::Or); }
size_t int_xor(IntRef a, IntRef b, IntOut out) { return bitop(a, b, out, BitOp::Xor); }

size_t int_invert(IntRef a, IntOut out) {
  // ~a == -(a + 1)
  if (!a.neg) {
    out.d[a.n] = limbs::add_1(out.d, a.d, a.n, 1);
    if (a.n == 0) {
      out.d[0] = 1;
      *out.neg = true;
      return 1;
    }
    *out.neg = true;
    return out.d[a.n] ? a.n + 1 : a.n;
  }
  limbs::sub_1(out.d, a.d, a.n, 1);
  size_t n = limbs::normalize(out.d, a.n);
  *out.neg = false;
  return n;
}

size_t int_lshift(IntRef a, uint64_t s, IntOut out) {
  if (a.n == 0) {
    *out.neg = false;
    return 0;
  }
  size_t ls = (size_t)(s / 32);
  unsigned bs = (unsigned)(s % 32);
  std::memset(out.d, 0, ls * sizeof(limb_t));
  out.d[ls + a.n] = limbs::lshift(out.d + ls, a.d, a.n, bs);
  *out.neg = a.neg;
  size_t n = ls + a.n + 1;
  return out.d[n - 1] ? n : n - 1;
}

size_t int_rshift(IntRef a, uint64_t s, IntOut out) {
  uint64_t ls64 = s / 32;
  unsigned bs = (unsigned)(s % 32);
  if (ls64 >= a.n) {
    if (a.neg) {
      out.d[0] = 1;
      *out.neg = true;
      return 1;
    }
    *out.neg = false;
    return 0;
  }
  size_t ls = (size_t)ls64;
  bool lost = false;
  if (a.neg) {
    for (size_t i = 0; i < ls && !lost; ++i)
      lost = a.d[i] != 0;
    if (!lost && bs) lost = (a.d[ls] & (((limb_t)1 << bs) - 1)) != 0;
  }
  size_t n = a.n - ls;
  limbs::rshift(out.d, a.d + ls, n, bs);
  if (lost) {
    out.d[n] = limbs::add_1(out.d, out.d, n, 1);
    ++n;
  }
  n = limbs::normalize(out.d, n);
  *out.neg = a.neg && n;
  return n;
}

int int_cmp(IntRef a, IntRef b) {
  if (a.neg != b.neg) return a.neg ? -1 : 1;
  int c = limbs::cmp(a.d, a.n, b.d, b.n);
  return a.neg ? -c : c;
}

uint64_t int_bit_length(IntRef a) {
  if (a.n == 0) return 0;
  return (uint64_t)(a.n - 1) * 32 + (32 - (unsigned)__builtin_clz(a.d[a.n - 1]));
}

uint64_t int_bit_count(IntRef a) {
  uint64_t c = 0;
  for (size_t i = 0; i < a.n; ++i)
    c += (unsigned)__builtin_popcount(a.d[i]);
  return c;
}

bool int_to_i64(IntRef a, int64_t *v) {
  if (a.n > 2) return false;
  uint64_t u = a.n == 0 ? 0 : (a.n == 1 ? a.d[0] : ((uint64_t)a.d[1] << 32 | a.d[0]));
  if (a.neg) {
    if (u > ((uint64_t)1 << 63)) return false;
    *v = (int64_t)(0 - u);
  } else {
    if (u > (uint64_t)INT64_MAX) return false;
    *v = (int64_t)u;
  }
  return true;
}

bool int_to_u64(IntRef a, uint64_t *v) {
  if (a.n > 2 || a.neg) return false;
  *v = a.n == 0 ? 0 : (a.n == 1 ? a.d[0] : ((uint64_t)a.d[1] << 32 | a.d[0]));
  return true;
}

// ---------------------------------------------------------------------------
// BigInt
// ---------------------------------------------------------------------------

BigInt::BigInt(int64_t v) {
  IntRef r = int_ref_i64(v, inl_);
  n_ = (uint32_t)r.n;
  neg_ = r.neg;
}

BigInt BigInt::from_u64(uint64_t v) {
  BigInt x;
  x.inl_[0] = (limb_t)v;
  x.inl_[1] = (limb_t)(v >> 32);
  x.n_ = x.inl_[1] ? 2 : (x.inl_[0] ? 1 : 0);
  return x;
}

BigInt BigInt::from_limbs(const limb_t *d, size_t n, bool neg) {
  BigInt x;
  n = limbs::normalize(d, n);
  if (!x.reserve(n)) return x;
  if (n) std::memcpy(x.d_, d, n * sizeof(limb_t));
  x.set_size(n, neg);
  return x;
}

BigInt BigInt::from_ref(IntRef r) { return from_limbs(r.d, r.n, r.neg); }

BigInt BigInt::failed() {
  BigInt x;
  x.bad_ = true;
  return x;
}

BigInt::BigInt(const BigInt &o) {
  if (o.bad_) {
    bad_ = true;
    return;
  }
  if (!reserve(o.n_)) return;
  if (o.n_) std::memcpy(d_, o.d_, o.n_ * sizeof(limb_t));
  n_ = o.n_;
  neg_ = o.neg_;
}

BigInt::BigInt(BigInt &&o) noexcept {
  n_ = o.n_;
  neg_ = o.neg_;
  bad_ = o.bad_;
  if (o.d_ == o.inl_) {
    inl_[0] = o.inl_[0];
    inl_[1] = o.inl_[1];
  } else {
    d_ = o.d_;
    cap_ = o.cap_;
    o.d_ = o.inl_;
    o.cap_ = 2;
  }
  o.n_ = 0;
  o.neg_ = false;
}

BigInt &BigInt::operator=(const BigInt &o) {
  if (this == &o) return *this;
  if (o.bad_) {
    set_failed();
    return *this;
  }
  bad_ = false;
  if (!reserve(o.n_)) return *this;
  if (o.n_) std::memcpy(d_, o.d_, o.n_ * sizeof(limb_t));
  n_ = o.n_;
  neg_ = o.neg_;
  return *this;
}

BigInt &BigInt::operator=(BigInt &&o) noexcept {
  if (this == &o) return *this;
  if (d_ != inl_) std::free(d_);
  d_ = inl_;
  cap_ = 2;
  n_ = o.n_;
  neg_ = o.neg_;
  bad_ = o.bad_;
  if (o.d_ == o.inl_) {
    inl_[0] = o.inl_[0];
    inl_[1] = o.inl_[1];
  } else {
    d_ = o.d_;
    cap_ = o.cap_;
    o.d_ = o.inl_;
    o.cap_ = 2;
  }
  o.n_ = 0;
  o.neg_ = false;
  return *this;
}

BigInt::~BigInt() {
  if (d_ != inl_) std::free(d_);
}

limb_t *allocLimbs(size_t n) {
  if (n > kMaxLimbs) return nullptr;
  return static_cast<limb_t *>(std::malloc(n * sizeof(limb_t)));
}

bool BigInt::reserve(size_t cap) {
  if (bad_) return false;
  if (cap <= cap_) return true;
  if (cap > 0x7fffffffu) { // cap_ is 32 bits
    set_failed();
    return false;
  }
  limb_t *p = allocLimbs(cap);
  if (!p) {
    set_failed();
    return false;
  }
  if (n_) std::memcpy(p, d_, n_ * sizeof(limb_t));
  if (d_ != inl_) std::free(d_);
  d_ = p;
  cap_ = (uint32_t)cap;
  return true;
}

void BigInt::set_size(size_t n, bool neg) {
  n = limbs::normalize(d_, n);
  n_ = (uint32_t)n;
  neg_ = n ? neg : false;
}

void BigInt::set_failed() {
  if (d_ != inl_) std::free(d_);
  d_ = inl_;
  cap_ = 2;
  n_ = 0;
  neg_ = false;
  bad_ = true;
}

// ---------------------------------------------------------------------------
// BigInt arithmetic
// ---------------------------------------------------------------------------

namespace {

inline bool small(const BigInt &a, int64_t *v) { return a.size() <= 2 && a.to_i64(v); }

// Scratch for slow paths: a stack buffer for small needs, else malloc.
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

} // namespace

BigInt big_add(const BigInt &a, const BigInt &b) {
  if (!a.ok() || !b.ok()) return BigInt::failed();
  int64_t x, y, z;
  if (small(a, &x) && small(b, &y) && !__builtin_add_overflow(x, y, &z)) return BigInt(z);
  BigInt r;
  if (!r.reserve(int_addsub_cap(a, b))) return r;
  bool neg;
  size_t n = int_add(a, b, {r.data(), &neg});
  r.set_size(n, neg);
  return r;
}

BigInt big_sub(const BigInt &a, const BigInt &b) {
  if (!a.ok() || !b.ok()) return BigInt::failed();
  int64_t x, y, z;
  if (small(a, &x) && small(b, &y) && !__builtin_sub_overflow(x, y, &z)) return BigInt(z);
  BigInt r;
  if (!r.reserve(int_addsub_cap(a, b))) return r;
  bool neg;
  size_t n = int_sub(a, b, {r.data(), &neg});
  r.set_size(n, neg);
  return r;
}

BigInt big_mul(const BigInt &a, const BigInt &b) {
  if (!a.ok() || !b.ok()) return BigInt::failed();
  int64_t x, y, z;
  if (small(a, &x) && small(b, &y) && !__builtin_mul_overflow(x, y, &z)) return BigInt(z);
  BigInt r;
  if (!r.reserve(int_mul_cap(a, b) + 1)) return r;
  Scratch s(int_mul_scratch(a, b));
  if (!s.ok) return BigInt::failed();
  bool neg;
  size_t n = int_mul(a, b, {r.data(), &neg}, s.p);
  r.set_size(n, neg);
  return r;
}

BigInt big_neg(const BigInt &a) {
  BigInt r(a);
  if (r.ok() && !r.is_zero()) r.set_size(r.size(), !r.is_neg());
  return r;
}

BigInt big_abs(const BigInt &a) {
  BigInt r(a);
  if (r.ok()) r.set_size(r.size(), false);
  return r;
}

namespace {
BigInt bitop_big(const BigInt &a, const BigInt &b, size_t (*f)(IntRef, IntRef, IntOut)) {
  if (!a.ok() || !b.ok()) return BigInt::failed();
  BigInt r;
  if (!r.reserve(int_bitop_cap(a, b))) return r;
  bool neg;
  size_t n = f(a, b, {r.data(), &neg});
  r.set_size(n, neg);
  return r;
}
} // namespace

BigInt big_and(const BigInt &a, const BigInt &b) { return bitop_big(a, b, int_and); }
BigInt big_or(const BigInt &a, const BigInt &b) { return bitop_big(a, b, int_or); }
BigInt big_xor(const BigInt &a, const BigInt &b) { return bitop_big(a, b, int_xor); }

BigInt big_invert(const BigInt &a) {
  if (!a.ok()) return BigInt::failed();
  BigInt r;
  if (!r.reserve(int_invert_cap(a))) return r;
  bool neg;
  size_t n = int_invert(a, {r.data(), &neg});
  r.set_size(n, neg);
  return r;
}

BigInt big_lshift(const BigInt &a, uint64_t s) {
  if (!a.ok()) return BigInt::failed();
  if (a.is_zero()) return BigInt();
  if (s / 32 >= 0x7fffffffu - a.size()) return BigInt::failed();
  BigInt r;
  if (!r.reserve(int_lshift_cap(a, s))) return r;
  bool neg;
  size_t n = int_lshift(a, s, {r.data(), &neg});
  r.set_size(n, neg);
  return r;
}

BigInt big_rshift(const BigInt &a, uint64_t s) {
  if (!a.ok()) return BigInt::failed();
  BigInt r;
  if (!r.reserve(int_rshift_cap(a, s))) return r;
  bool neg;
  size_t n = int_rshift(a, s, {r.data(), &neg});
  r.set_size(n, neg);
  return r;
}

BigStatus big_lshift(const BigInt &a, const BigInt &s, BigInt *out, BigError *err) {
  if (!a.ok() || !s.ok()) return big_fail(err, BigStatus::memory_error, "");
  if (s.is_neg()) return big_fail(err, BigStatus::value_error, "negative shift count");
  if (a.is_zero()) {
    *out = BigInt();
    return BigStatus::ok;
  }
  uint64_t c;
  // CPython (64-bit, 30-bit digits) raises OverflowError when the result's
  // digit count exceeds its object size limit, MemoryError below that.
  const uint64_t kMaxDigits30 = ((uint64_t)INT64_MAX - 24) / 4;
  if (!int_to_u64(s, &c) || (int_bit_length(a) + 29) / 30 + c / 30 + (c % 30 != 0) > kMaxDigits30)
    return big_fail(err, BigStatus::overflow_error, "too many digits in integer");
  *out = big_lshift(a, c);
  if (!out->ok()) return big_fail(err, BigStatus::memory_error, "");
  return BigStatus::ok;
}

BigStatus big_rshift(const BigInt &a, const BigInt &s, BigInt *out, BigError *err) {
  if (!a.ok() || !s.ok()) return big_fail(err, BigStatus::memory_error, "");
  if (s.is_neg()) return big_fail(err, BigStatus::value_error, "negative shift count");
  uint64_t c;
  if (!int_to_u64(s, &c)) c = UINT64_MAX;
  *out = big_rshift(a, c);
  if (!out->ok()) return big_fail(err, BigStatus::memory_error, "");
  return BigStatus::ok;
}

} // namespace molt::rt
