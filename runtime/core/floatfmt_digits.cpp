// Exact conversions between doubles and decimal digits for floatfmt*.cpp:
// digits rounded to a count of significant or fractional digits (what
// "%.*e"/"%.*f" give), the shortest round-trip digits (repr), and correctly
// rounded decimal -> double (what strtod gives). Everything is done on exact
// integers over the runtime's bigint limbs (molt/bigint.h) in fixed stack
// buffers; no libc formatting or parsing is used, so wasm32 modules link
// neither musl's printf core nor its strtod.
//
// The one idea behind the digit functions: a finite double is x = f * 2^e
// exactly, so x * 10^s = f * 5^s * 2^(e+s) is a fraction num/den of two
// integers built from powers of 2 and 5; one division gives its integer part
// T and remainder, i.e. the decimal digits of x down to 10^-s and where the
// rest lies relative to one half.
#include <cstdint>
#include <cstring>

#include "floatfmt_internal.h"
#include "molt/bigint.h"

namespace molt::rt::floatfmt_detail {

namespace {

// ------------------------------------------------------------------ Nat

// A natural number in a fixed buffer of 32-bit limbs, little-endian and
// normalized (d[n-1] != 0; zero is n == 0). The largest values built are
// f * 5^1074 < 2^2548 (80 limbs) for the digits of a double (the scale never
// exceeds the point where x * 10^s becomes an integer), and < 2^2676 (84
// limbs) when parsing: an 801-digit mantissa, or 5^1124 shifted by 65 bits.
struct Nat {
  static constexpr size_t kCap = 128;
  limb_t d[kCap];
  size_t n = 0;

  // Stops the program if a bound above was wrong (never expected to fire).
  static void check(size_t len) {
    if (len > kCap) __builtin_trap();
  }
  void setU64(uint64_t v) {
    d[0] = limb_t(v);
    d[1] = limb_t(v >> 32);
    n = v == 0 ? 0 : (v >> 32) ? 2 : 1;
  }
  bool fitsU64() const { return n <= 2; }
  uint64_t toU64() const { return n == 0 ? 0 : n == 1 ? d[0] : (uint64_t(d[1]) << 32 | d[0]); }
  void copyFrom(const Nat &o) {
    n = o.n;
    std::memcpy(d, o.d, n * sizeof(limb_t));
  }
  // this = this * m + add.
  void mulAddLimb(limb_t m, limb_t add) {
    limb_t carry = n ? limbs::mul_1(d, d, n, m) : 0;
    if (add) {
      if (n == 0) {
        d[0] = 0;
        n = 1;
      }
      carry += limbs::add_1(d, d, n, add); // cannot wrap: the product's top limb < 2^32 - 1
    }
    if (carry) {
      check(n + 1);
      d[n++] = carry;
    }
  }
  // this *= m.
  void mulU64(uint64_t m) {
    if (m == 0) {
      n = 0;
      return;
    }
    limb_t lo = limb_t(m), hi = limb_t(m >> 32);
    if (hi == 0) {
      mulAddLimb(lo, 0);
      return;
    }
    if (n == 0) return;
    check(n + 2);
    limb_t r[kCap];
    std::memset(r, 0, (n + 2) * sizeof(limb_t));
    r[n] = limbs::addmul_1(r, d, n, lo);
    r[n + 1] = limbs::addmul_1(r + 1, d, n, hi);
    n = limbs::normalize(r, n + 2);
    std::memcpy(d, r, n * sizeof(limb_t));
  }
  // this *= 5^k.
  void mulPow5(int64_t k) {
    static constexpr limb_t kPow5[14] = {1,       5,        25,        125,       625,
                                         3125,    15625,    78125,     390625,    1953125,
                                         9765625, 48828125, 244140625, 1220703125};
    for (; k >= 13; k -= 13)
      mulAddLimb(kPow5[13], 0);
    if (k > 0) mulAddLimb(kPow5[k], 0);
  }
  // this <<= bits.
  void shl(uint64_t bits) {
    if (n == 0) return;
    size_t q = size_t(bits / 32);
    unsigned r = unsigned(bits % 32);
    if (r) {
      limb_t out = limbs::lshift(d, d, n, r);
      if (out) {
        check(n + 1);
        d[n++] = out;
      }
    }
    if (q) {
      check(n + q);
      std::memmove(d + q, d, n * sizeof(limb_t));
      std::memset(d, 0, q * sizeof(limb_t));
      n += q;
    }
  }
  // this += o.
  void add(const Nat &o) {
    if (n < o.n) {
      std::memset(d + n, 0, (o.n - n) * sizeof(limb_t));
      n = o.n;
    }
    if (o.n == 0) return;
    if (limbs::add(d, d, n, o.d, o.n)) {
      check(n + 1);
      d[n++] = 1;
    }
  }
  // this -= o (o <= this).
  void sub(const Nat &o) {
    if (o.n == 0) return;
    limbs::sub(d, d, n, o.d, o.n);
    n = limbs::normalize(d, n);
  }
};

int cmp(const Nat &a, const Nat &b) { return limbs::cmp(a.d, a.n, b.d, b.n); }

// q = a / b, r = a % b (b != 0).
void divmod(const Nat &a, const Nat &b, Nat &q, Nat &r) {
  if (cmp(a, b) < 0) {
    q.n = 0;
    r.copyFrom(a);
    return;
  }
  if (b.n == 1) {
    limb_t rem = limbs::divrem_1(q.d, a.d, a.n, b.d[0]);
    q.n = limbs::normalize(q.d, a.n);
    r.setU64(rem);
    return;
  }
  limb_t scratch[2 * Nat::kCap + 1];
  limbs::divrem(q.d, r.d, a.d, a.n, b.d, b.n, scratch);
  q.n = limbs::normalize(q.d, a.n - b.n + 1);
  r.n = limbs::normalize(r.d, b.n);
}

// Decimal digits of v into out (at most 20) (no leading zeros; "0" for zero).
int u64Digits(uint64_t v, char *out) {
  char tmp[20];
  int len = 0;
  do {
    tmp[len++] = char('0' + v % 10);
    v /= 10;
  } while (v);
  for (int i = 0; i < len; ++i)
    out[i] = tmp[len - 1 - i];
  return len;
}

// Decimal digits of v into out (at most Digits::kCap); returns the count.
int natDigits(const Nat &v, char *out) {
  if (v.fitsU64()) return u64Digits(v.toU64(), out);
  limb_t t[Nat::kCap];
  size_t n = v.n;
  std::memcpy(t, v.d, n * sizeof(limb_t));
  char buf[Digits::kCap + 32];
  int pos = int(sizeof buf);
  while (n > 2) {
    limb_t chunk = limbs::divrem_1(t, t, n, 1000000000u);
    n = limbs::normalize(t, n);
    for (int i = 0; i < 9; ++i) {
      buf[--pos] = char('0' + chunk % 10);
      chunk /= 10;
    }
  }
  uint64_t top = n == 0 ? 0 : n == 1 ? t[0] : (uint64_t(t[1]) << 32 | t[0]);
  char head[20];
  int hl = top ? u64Digits(top, head) : 0;
  int tail = int(sizeof buf) - pos;
  int skip = 0;
  if (hl == 0) // no head: drop the leading zeros of the first chunk
    while (skip < tail - 1 && buf[pos + skip] == '0')
      ++skip;
  if (hl + tail - skip > Digits::kCap) __builtin_trap(); // bounded by the callers
  std::memcpy(out, head, size_t(hl));
  std::memcpy(out + hl, buf + pos + skip, size_t(tail - skip));
  return hl + tail - skip;
}

// ------------------------------------------------------------ scaling

// x = f * 2^e with f < 2^53 (ulp 2^e), from a finite ax > 0.
struct Binary {
  uint64_t f;
  int e;
  bool pow2Gap; // the gap below x is half the gap above (f == 2^52, not the smallest normal)
};

Binary decompose(double ax) {
  uint64_t bits;
  std::memcpy(&bits, &ax, sizeof bits);
  int bexp = int((bits >> 52) & 0x7ff);
  uint64_t frac = bits & ((uint64_t(1) << 52) - 1);
  if (bexp == 0) return {frac, -1074, false};
  return {frac | (uint64_t(1) << 52), bexp - 1075, frac == 0 && bexp > 1};
}

// floor(log10(x)) or one less: x lies in [2^(b-1), 2^b), and
// floor(n * 78913 / 2^18) == floor(n * log10(2)) for every -1100 < n < 1100
// (checked exhaustively; the tests cover every power of two).
int64_t log10Estimate(const Binary &B) {
  int64_t b = int64_t(64 - __builtin_clzll(B.f)) + B.e;
  return ((b - 1) * 78913) >> 18; // arithmetic shift: floor, also for negative values
}

// x * 10^s = num / den = q + rem / den exactly (0 <= rem < den).
struct Scaled {
  Nat num, den, q, rem;
};

void scale(const Binary &B, int64_t s, Scaled &S) {
  int64_t b2 = B.e + s; // x * 10^s = f * 5^s * 2^b2
  S.num.setU64(B.f);
  if (s > 0) S.num.mulPow5(s);
  if (b2 > 0) S.num.shl(uint64_t(b2));
  S.den.setU64(1);
  if (s < 0) S.den.mulPow5(-s);
  if (b2 < 0) S.den.shl(uint64_t(-b2));
  divmod(S.num, S.den, S.q, S.rem);
}

// Where the discarded fraction rem/den lies.
enum Frac { kZero, kBelowHalf, kHalf, kAboveHalf };

Frac fracClass(const Scaled &S) {
  if (S.rem.n == 0) return kZero;
  Nat twice;
  twice.copyFrom(S.rem);
  twice.shl(1);
  int c = cmp(twice, S.den);
  return c < 0 ? kBelowHalf : c == 0 ? kHalf : kAboveHalf;
}

// d[0..len) are the digits of an integer, followed by a fraction of class
// rest. Rounds (ties to even) to its first keep <= len digits, in place;
// returns true if the carry ran out of the top (the digits are then "100..0"
// and the value gained one digit position).
bool roundDigits(char *d, int len, int keep, Frac rest) {
  bool up;
  if (keep == len) {
    bool odd = keep > 0 && ((d[keep - 1] - '0') & 1);
    up = rest == kAboveHalf || (rest == kHalf && odd);
  } else {
    char first = d[keep];
    bool more = rest != kZero;
    for (int i = keep + 1; i < len && !more; ++i)
      more = d[i] != '0';
    bool odd = keep > 0 && ((d[keep - 1] - '0') & 1);
    up = first > '5' || (first == '5' && (more || odd));
  }
  if (!up) return false;
  for (int i = keep - 1; i >= 0; --i) {
    if (d[i] != '9') {
      ++d[i];
      return false;
    }
    d[i] = '0';
  }
  d[0] = '1'; // keep >= 1: "99..9" became "100..0"
  return true;
}

} // namespace

void trimDigits(Digits &D) {
  int lead = 0;
  while (lead < D.n && D.d[lead] == '0')
    ++lead;
  if (lead == D.n) return D.setZero();
  if (lead > 0) {
    std::memmove(D.d, D.d + lead, size_t(D.n - lead));
    D.n -= lead;
    D.decpt -= lead;
  }
  while (D.n > 1 && D.d[D.n - 1] == '0')
    --D.n;
}

namespace {

// Digits of a decimal integer C times 10^-s.
void setFromU64(uint64_t c, int64_t s, Digits &D) {
  D.n = u64Digits(c, D.d);
  D.decpt = int(D.n - s);
  trimDigits(D);
}

constexpr uint64_t kPow10[20] = {1ull,
                                 10ull,
                                 100ull,
                                 1000ull,
                                 10000ull,
                                 100000ull,
                                 1000000ull,
                                 10000000ull,
                                 100000000ull,
                                 1000000000ull,
                                 10000000000ull,
                                 100000000000ull,
                                 1000000000000ull,
                                 10000000000000ull,
                                 100000000000000ull,
                                 1000000000000000ull,
                                 10000000000000000ull,
                                 100000000000000000ull,
                                 1000000000000000000ull,
                                 10000000000000000000ull};

// Digits of a double's exact decimal expansion never exceed 767 significant
// or 1074 fractional ones: rounding beyond these is exact.
constexpr int64_t kExactSig = 770;
constexpr int64_t kExactFrac = 1075;

} // namespace

// ------------------------------------------------------ digits of doubles

void sigDigits(double ax, int64_t nsig, Digits &D) {
  if (nsig > kExactSig) nsig = kExactSig;
  if (nsig < 1) nsig = 1;
  if (ax == 0.0) return D.setZero();
  Binary B = decompose(ax);
  // With k = floor(log10 x) in {est, est + 1}, q = floor(x * 10^s) has nsig
  // or nsig + 1 digits. Once x * 10^s is an integer, a larger s only
  // appends zeros: stop there (the result is then exact).
  int64_t s = nsig - 1 - log10Estimate(B);
  int64_t sExact = B.e < 0 ? -int64_t(B.e) : 0;
  if (s > sExact) s = sExact;
  Scaled S;
  scale(B, s, S);
  int len = natDigits(S.q, D.d);
  int keep = len < nsig ? len : int(nsig);
  bool carry = roundDigits(D.d, len, keep, fracClass(S));
  D.n = keep;
  D.decpt = int(len - s) + (carry ? 1 : 0);
  trimDigits(D);
}

void fracDigits(double ax, int64_t nfrac, Digits &D) {
  if (nfrac > kExactFrac) nfrac = kExactFrac;
  if (nfrac < 0) nfrac = 0;
  if (ax == 0.0) return D.setZero();
  Binary B = decompose(ax);
  int64_t s = nfrac;
  int64_t sExact = B.e < 0 ? -int64_t(B.e) : 0;
  if (s > sExact) s = sExact;
  Scaled S;
  scale(B, s, S);
  int len = natDigits(S.q, D.d); // "0" when x * 10^s < 1
  bool carry = roundDigits(D.d, len, len, fracClass(S));
  D.n = len;
  D.decpt = int(len - s) + (carry ? 1 : 0);
  trimDigits(D);
}

void shortestDigitsExact(double ax, Digits &D) {
  if (ax == 0.0) return D.setZero();
  Binary B = decompose(ax);
  bool subnormal = B.f < (uint64_t(1) << 52);
  // q = floor(x * 10^s) has 17 or 18 digits; every candidate below is an
  // integer C (a rounding of q at some digit position) standing for C * 10^-s.
  int64_t s = 16 - log10Estimate(B);
  Scaled S;
  scale(B, s, S);
  uint64_t q = S.q.toU64();
  Frac rest = fracClass(S);
  int len = q >= kPow10[17] ? 18 : 17;

  // C * 10^-s reads back as x iff it lies within half a gap of x: |C*den -
  // num| < num / (2f) (num / (4f) below a power of two, whose lower gap is
  // half as wide), the boundary counting when f is even (ties to even).
  auto roundsToX = [&](uint64_t c) {
    Nat dist;
    bool below = c <= q;
    dist.copyFrom(S.den);
    if (below) {
      dist.mulU64(q - c);
      dist.add(S.rem);
    } else {
      dist.mulU64(c - q);
      dist.sub(S.rem);
    }
    if (dist.n == 0) return true;
    dist.mulU64(B.f * ((below && B.pow2Gap) ? 4 : 2));
    int c2 = cmp(dist, S.num);
    return c2 < 0 || (c2 == 0 && (B.f & 1) == 0);
  };

  // For a normal double, a decimal of <= 15 digits that reads back is the
  // 15-digit rounding of x padded with zeros (15-digit decimals are further
  // apart than doubles); at 16 digits the nearest rounding reads back if any
  // does, except that above a power of two the next one up may (the gap below
  // is narrower); 17 digits always read back. Subnormals have fewer digits
  // of precision: try every length.
  for (int p = subnormal ? 1 : 15; p <= 17; ++p) {
    int j = len - p; // digits dropped from q
    uint64_t pw = kPow10[j];
    uint64_t hi = q / pw, lo = q % pw;
    bool up;
    if (j == 0) {
      up = rest == kAboveHalf || (rest == kHalf && (q & 1));
    } else {
      uint64_t half = pw / 2;
      up = lo > half || (lo == half && (rest != kZero || (hi & 1)));
    }
    uint64_t c = (hi + (up ? 1 : 0)) * pw;
    if (p == 17 || roundsToX(c)) return setFromU64(c, s, D);
    if (B.pow2Gap && c <= q && roundsToX(c + pw)) return setFromU64(c + pw, s, D);
  }
  D.setZero(); // not reached: 17 digits always read back
}

// ------------------------------------------------------- decimal -> double

namespace {

int64_t bitLength(const Nat &v) {
  return v.n == 0 ? 0 : int64_t(32 * (v.n - 1)) + (32 - __builtin_clz(v.d[v.n - 1]));
}

// The double nearest (ties to even) to (m + r) * 2^e2, where m has bit 63 set
// and 0 <= r < 1 is non-zero iff sticky: +inf beyond DBL_MAX, subnormals and
// zero below DBL_MIN.
double roundToDouble(uint64_t m, bool sticky, int64_t e2) {
  int64_t t = e2 + 63; // weight of the top bit
  if (t > 1023) return __builtin_huge_val();
  if (t < -1075) return 0.0;                  // below half the smallest subnormal
  int keep = t >= -1022 ? 53 : int(1075 + t); // significant bits kept: 0..52 when subnormal
  int drop = 64 - keep;                       // 11..64
  uint64_t q = drop == 64 ? 0 : m >> drop;
  uint64_t rem = drop == 64 ? m : m & ((uint64_t(1) << drop) - 1);
  uint64_t half = uint64_t(1) << (drop - 1);
  if (rem > half || (rem == half && (sticky || (q & 1)))) ++q;
  // A carry to 2^53 moves into the exponent field (up to +inf); a subnormal
  // q == 2^52 is DBL_MIN's bit pattern.
  uint64_t bits = keep == 53 ? (uint64_t(t + 1023) << 52) + (q - (uint64_t(1) << 52)) : q;
  double r;
  std::memcpy(&r, &bits, sizeof r);
  return r;
}

// num / den * 2^e2 correctly rounded (num, den > 0; both are clobbered).
double ratioToDouble(Nat &num, Nat &den, int64_t e2) {
  // q = floor(num * 2^sh / den) lies in [2^64, 2^66): 65 or 66 bits.
  int64_t sh = 65 - (bitLength(num) - bitLength(den));
  if (sh > 0) num.shl(uint64_t(sh));
  if (sh < 0) den.shl(uint64_t(-sh));
  Nat q, rem;
  divmod(num, den, q, rem);
  uint64_t lo = uint64_t(q.d[1]) << 32 | q.d[0];
  uint64_t hi = q.d[2];
  int drop = hi >= 2 ? 2 : 1;
  bool sticky = rem.n != 0 || (lo & ((uint64_t(1) << drop) - 1)) != 0;
  uint64_t m = (lo >> drop) | (hi << (64 - drop));
  return roundToDouble(m, sticky, e2 - sh + drop);
}

} // namespace

double decimalToDouble(const char *text, size_t len, int64_t exp10) {
  // Positions of the first and last non-zero digit among the digits (the
  // point is not counted) and the count of digits before the point.
  int64_t ndig = 0, first = -1, last = -1, intDigits = -1;
  for (size_t i = 0; i < len; ++i) {
    char c = text[i];
    if (c == '.') {
      intDigits = ndig;
      continue;
    }
    if (c != '0') {
      if (first < 0) first = ndig;
      last = ndig;
    }
    ++ndig;
  }
  if (first < 0) return 0.0;
  if (intDigits < 0) intDigits = ndig;
  // value = (digits first..last as an integer) * 10^E
  constexpr int64_t kExpClamp = int64_t(1) << 60;
  if (exp10 > kExpClamp) exp10 = kExpClamp;
  if (exp10 < -kExpClamp) exp10 = -kExpClamp;
  int64_t nd = last - first + 1;
  int64_t E = exp10 + intDigits - 1 - last;
  // value lies in [10^(nd - 1 + E), 10^(nd + E)); 10^-324 < 2^-1075 (half the
  // smallest subnormal) and 10^309 > DBL_MAX.
  if (nd + E <= -324) return 0.0;
  if (nd - 1 + E >= 309) return __builtin_huge_val();

  // The significant digits, at most 800 of them: every double and every
  // midpoint between two has at most 768 significant digits, so replacing
  // the digits after the 800th by a single non-zero one (the last digit is
  // non-zero) keeps the value on the same side of each of them.
  constexpr int64_t kKeep = 800;
  char dig[kKeep + 1];
  int64_t k = 0, pos = 0;
  for (size_t i = 0; i < len && k < nd && k < kKeep; ++i) {
    char c = text[i];
    if (c == '.') continue;
    if (pos++ >= first) dig[k++] = c;
  }
  if (nd > kKeep) {
    dig[k++] = '1';
    E += nd - k;
    nd = k;
  }

  // Fast path: an integer below 10^15 (exact as a double) times an exactly
  // representable power of ten, one correctly rounded operation.
  static constexpr double kExact10[23] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                          1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                          1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
  if (nd <= 15 && E >= -22 && E <= 22 + (15 - nd)) {
    uint64_t m = 0;
    for (int64_t i = 0; i < nd; ++i)
      m = m * 10 + uint64_t(dig[i] - '0');
    if (E > 22) { // m * 10^(E-22) still has at most 15 digits
      m *= kPow10[E - 22];
      E = 22;
    }
    double v = double(m);
    return E >= 0 ? v * kExact10[E] : v / kExact10[-E];
  }

  // Exact: M * 5^E * 2^E (E >= 0) or M / 5^-E * 2^E (E < 0).
  Nat M, P;
  M.n = 0;
  for (int64_t i = 0; i < nd;) {
    limb_t chunk = 0, mul = 1;
    for (int c = 0; c < 9 && i < nd; ++c, ++i) {
      chunk = chunk * 10 + limb_t(dig[i] - '0');
      mul *= 10;
    }
    M.mulAddLimb(mul, chunk);
  }
  P.setU64(1);
  if (E >= 0)
    M.mulPow5(E);
  else
    P.mulPow5(-E);
  return ratioToDouble(M, P, E);
}

} // namespace molt::rt::floatfmt_detail
