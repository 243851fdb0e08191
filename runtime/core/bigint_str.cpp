// Arbitrary-precision integers: conversion to and from text (int(), str(),
// bin(), oct(), hex()) with CPython 3.12's syntax rules, digit limit and
// messages. Decimal conversions of big values are divide and conquer.
#include "molt/bigint.h"
#include "textfmt.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace molt::rt {

namespace {

// Limb counts from which divide and conquer is used (measured).
constexpr size_t kToStrDcLimbs = 48;
constexpr size_t kFromStrDcDigits = 1500;

BigStatus oom(BigError *err) { return big_fail(err, BigStatus::memory_error, ""); }

// ---------------------------------------------------------------------------
// repr() for error messages
// ---------------------------------------------------------------------------

struct Out {
  char *p;
  size_t cap, len = 0, chars = 0, max_chars;
  bool full = false;
  // Appends one output character (a code point given as UTF-8 bytes).
  void put(const char *s, size_t n) {
    if (full || chars >= max_chars || len + n > cap) {
      full = true;
      return;
    }
    std::memcpy(p + len, s, n);
    len += n;
    ++chars;
  }
  void ch(char c) { put(&c, 1); }
  void str(const char *s) {
    for (; *s; ++s)
      ch(*s);
  }
};

const char kHex[] = "0123456789abcdef";

void put_escape(Out &o, char kind, uint32_t cp, int digits) {
  o.ch('\\');
  o.ch(kind);
  for (int i = digits - 1; i >= 0; --i)
    o.ch(kHex[(cp >> (4 * i)) & 15]);
}

// Decodes one UTF-8 (WTF-8) sequence; invalid bytes decode as themselves.
uint32_t decode_utf8(const unsigned char *s, size_t n, size_t *used) {
  unsigned c = s[0];
  int len = c < 0x80 ? 1 : c < 0xc0 ? 0 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : c < 0xf8 ? 4 : 0;
  if (len == 0 || (size_t)len > n) {
    *used = 1;
    return c;
  }
  uint32_t cp = len == 1 ? c : len == 2 ? (c & 0x1f) : len == 3 ? (c & 0x0f) : (c & 0x07);
  for (int i = 1; i < len; ++i) {
    if ((s[i] & 0xc0) != 0x80) {
      *used = 1;
      return c;
    }
    cp = (cp << 6) | (s[i] & 0x3f);
  }
  *used = (size_t)len;
  return cp;
}

// Non-printable code points outside ASCII that this approximation knows
// (C0/C1 controls, NBSP, soft hyphen, surrogates, line/paragraph separators,
// common format characters). The runtime may pass its exact repr instead.
bool nonprintable(uint32_t cp) {
  return cp <= 0xa0 || cp == 0xad || (cp >= 0xd800 && cp <= 0xdfff) || cp == 0x2028 ||
         cp == 0x2029 || (cp >= 0x200b && cp <= 0x200f) || (cp >= 0x202a && cp <= 0x202e) ||
         (cp >= 0x2060 && cp <= 0x2064) || cp == 0xfeff || cp == 0x1680 ||
         (cp >= 0x2000 && cp <= 0x200a) || cp == 0x202f || cp == 0x205f || cp == 0x3000 ||
         cp == 0x85;
}

size_t default_repr(std::string_view s, bool is_bytes, size_t max_chars, char *buf, size_t cap) {
  Out o{buf, cap, 0, 0, max_chars};
  bool has_sq = s.find('\'') != std::string_view::npos;
  bool has_dq = s.find('"') != std::string_view::npos;
  char q = has_sq && !has_dq ? '"' : '\'';
  if (is_bytes) o.ch('b');
  o.ch(q);
  const unsigned char *p = (const unsigned char *)s.data();
  size_t n = s.size();
  for (size_t i = 0; i < n && !o.full;) {
    uint32_t cp;
    size_t used = 1;
    if (is_bytes || p[i] < 0x80) {
      cp = p[i];
    } else {
      cp = decode_utf8(p + i, n - i, &used);
    }
    if (cp == (uint32_t)q || cp == '\\') {
      o.ch('\\');
      o.ch((char)cp);
    } else if (cp == '\t') {
      o.ch('\\');
      o.ch('t');
    } else if (cp == '\n') {
      o.ch('\\');
      o.ch('n');
    } else if (cp == '\r') {
      o.ch('\\');
      o.ch('r');
    } else if (cp < 0x20 || cp == 0x7f || (is_bytes && cp >= 0x80)) {
      put_escape(o, 'x', cp, 2);
    } else if (cp < 0x80) {
      o.ch((char)cp);
    } else if (nonprintable(cp)) {
      if (cp <= 0xff)
        put_escape(o, 'x', cp, 2);
      else if (cp <= 0xffff)
        put_escape(o, 'u', cp, 4);
      else
        put_escape(o, 'U', cp, 8);
    } else {
      o.put((const char *)p + i, used);
    }
    i += used;
  }
  o.ch(q);
  return o.len;
}

BigStatus invalid_literal(BigError *err, int base, std::string_view text,
                          const FromStringOptions &opt) {
  if (!err) return BigStatus::value_error;
  char head[64];
  int hn = formatBuf(head, sizeof head, "invalid literal for int() with base %d: ", base);
  char msg[sizeof(err->msg)];
  std::memcpy(msg, head, (size_t)hn);
  ReprFn repr = opt.repr ? opt.repr : default_repr;
  std::string_view shown = opt.orig_text.data() ? opt.orig_text : text;
  size_t rn = repr(shown, opt.is_bytes, 200, msg + hn, sizeof(msg) - 1 - (size_t)hn);
  return err->set(BigStatus::value_error, std::string_view(msg, (size_t)hn + rn));
}

BigStatus limit_error_parse(BigError *err, size_t limit, size_t digits) {
  char msg[256];
  int n = formatBuf(msg, sizeof msg,
                    "Exceeds the limit (%zu digits) for integer string conversion: value has %zu "
                    "digits; use sys.set_int_max_str_digits() to increase the limit",
                    limit, digits);
  return big_fail(err, BigStatus::value_error, std::string_view(msg, (size_t)n));
}

BigStatus limit_error_str(BigError *err, size_t limit) {
  char msg[256];
  int n = formatBuf(msg, sizeof msg,
                    "Exceeds the limit (%zu digits) for integer string conversion; use "
                    "sys.set_int_max_str_digits() to increase the limit",
                    limit);
  return big_fail(err, BigStatus::value_error, std::string_view(msg, (size_t)n));
}

// ---------------------------------------------------------------------------
// Parsing
// ---------------------------------------------------------------------------

inline bool is_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

inline int digit_value(unsigned char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

// base^k for k digits per limb-sized chunk: the largest k with base^k < 2^32.
void chunk_info(int base, int *k, limb_t *pw) {
  uint64_t p = 1;
  int c = 0;
  while (p * (uint64_t)base <= 0xffffffffu) {
    p *= (uint64_t)base;
    ++c;
  }
  *k = c;
  *pw = (limb_t)p;
}

// Quadratic conversion of digit values d[0..n) (most significant first).
BigInt digits_small(const uint8_t *d, size_t n, int base) {
  int k;
  limb_t pw;
  chunk_info(base, &k, &pw);
  // bits needed <= n * log2(36) < n * 5.17
  size_t cap = n * 6 / 32 + 2;
  BigInt r;
  if (!r.reserve(cap)) return r;
  limb_t *x = r.data();
  size_t xn = 0;
  size_t i = 0;
  size_t first = n % (size_t)k;
  if (first == 0) first = (size_t)k;
  while (i < n) {
    size_t take = i == 0 ? first : (size_t)k;
    limb_t v = 0, mult = 1;
    for (size_t j = 0; j < take; ++j) {
      v = v * (limb_t)base + d[i + j];
      mult *= (limb_t)base;
    }
    i += take;
    limb_t c = limbs::mul_1(x, x, xn, mult);
    if (c) x[xn++] = c;
    c = limbs::add_1(x, x, xn, v);
    if (c) x[xn++] = c;
  }
  r.set_size(xn, false);
  return r;
}

// Powers base^(k * 2^i) cached for one conversion.
struct PowTable {
  BigInt p[40];
  int count = 0;
};

// base^(k*2^i) (computing the table up to i).
const BigInt &pow_at(PowTable &t, int i, int base, int k) {
  while (t.count <= i) {
    if (t.count == 0) {
      BigInt b = 1;
      for (int j = 0; j < k; ++j)
        b = big_mul(b, BigInt(base));
      t.p[0] = b;
    } else {
      t.p[t.count] = big_mul(t.p[t.count - 1], t.p[t.count - 1]);
    }
    ++t.count;
  }
  return t.p[i];
}

BigInt digits_dc(const uint8_t *d, size_t n, int base, int k, PowTable &t) {
  if (n <= kFromStrDcDigits) return digits_small(d, n, base);
  // low part: L = k * 2^i digits, the largest such L < n
  int i = 0;
  while ((size_t)k << (i + 1) < n)
    ++i;
  size_t L = (size_t)k << i;
  BigInt hi = digits_dc(d, n - L, base, k, t);
  BigInt lo = digits_dc(d + n - L, L, base, k, t);
  return big_add(big_mul(hi, pow_at(t, i, base, k)), lo);
}

// Power-of-two bases: pack bits from the least significant digit.
BigInt digits_pow2(const uint8_t *d, size_t n, int bits_per_digit) {
  size_t nl = (n * (size_t)bits_per_digit + 31) / 32 + 1;
  BigInt r;
  if (!r.reserve(nl)) return r;
  limb_t *x = r.data();
  std::memset(x, 0, nl * sizeof(limb_t));
  uint64_t pos = 0;
  for (size_t i = n; i-- > 0; pos += (uint64_t)bits_per_digit) {
    uint64_t v = d[i];
    size_t li = (size_t)(pos / 32);
    unsigned bs = (unsigned)(pos % 32);
    x[li] |= (limb_t)(v << bs);
    if (bs + (unsigned)bits_per_digit > 32) x[li + 1] |= (limb_t)(v >> (32 - bs));
  }
  r.set_size(nl, false);
  return r;
}

// ---------------------------------------------------------------------------
// Formatting
// ---------------------------------------------------------------------------

// Writes the decimal digits of a small magnitude (x.n <= kToStrDcLimbs or
// any size: quadratic), left-padded with zeros to width (0: natural).
// Returns the number of characters written.
size_t dec_small(IntRef x, size_t width, char *out, limb_t *tmp, limb_t *chunks) {
  std::memcpy(tmp, x.d, x.n * sizeof(limb_t));
  size_t n = x.n, nc = 0;
  while (n > 0) {
    // division by the constant 10^9: the compiler uses a multiplication
    dlimb_t rem = 0;
    for (size_t i = n; i-- > 0;) {
      dlimb_t cur = (rem << 32) | tmp[i];
      tmp[i] = (limb_t)(cur / 1000000000u);
      rem = cur % 1000000000u;
    }
    chunks[nc++] = (limb_t)rem;
    while (n > 0 && tmp[n - 1] == 0)
      --n;
  }
  // digits of the top chunk
  char top[10];
  size_t tn = 0;
  if (nc == 0) {
    top[tn++] = '0';
  } else {
    limb_t v = chunks[nc - 1];
    char rev[10];
    size_t rn = 0;
    do {
      rev[rn++] = (char)('0' + v % 10);
      v /= 10;
    } while (v);
    while (rn)
      top[tn++] = rev[--rn];
  }
  size_t total = tn + (nc ? (nc - 1) * 9 : 0);
  size_t len = 0;
  if (width > total) {
    std::memset(out, '0', width - total);
    len = width - total;
  }
  std::memcpy(out + len, top, tn);
  len += tn;
  for (size_t c = nc - (nc ? 1 : 0); c-- > 0;) {
    limb_t v = chunks[c];
    for (int j = 8; j >= 0; --j) {
      out[len + (size_t)j] = (char)('0' + v % 10);
      v /= 10;
    }
    len += 9;
  }
  return len;
}

struct DecConv {
  PowTable pows; // 10^(9*2^i)
  limb_t *tmp = nullptr, *chunks = nullptr;
  bool failed = false;
};

// Appends the digits of x >= 0 (width as dec_small) using D&C.
size_t dec_rec(DecConv &c, const BigInt &x, size_t width, char *out) {
  if (c.failed) return 0;
  if (x.size() <= kToStrDcLimbs) return dec_small(x, width, out, c.tmp, c.chunks);
  // the largest i with 10^(9*2^i) of at most about half of x's limbs
  int i = 0;
  for (;;) {
    const BigInt &p = pow_at(c.pows, i + 1, 10, 9);
    if (!p.ok()) {
      c.failed = true;
      return 0;
    }
    if (p.size() * 2 > x.size() + 1) break;
    ++i;
  }
  const BigInt &p = pow_at(c.pows, i, 10, 9);
  BigInt q, r;
  if (big_divmod(x, p, &q, &r, nullptr) != BigStatus::ok) {
    c.failed = true;
    return 0;
  }
  size_t low = (size_t)9 << i;
  size_t len = 0;
  if (width == 0 && q.is_zero()) return dec_rec(c, r, 0, out);
  len += dec_rec(c, q, width ? width - low : 0, out);
  len += dec_rec(c, r, low, out + len);
  return len;
}

} // namespace

// ---------------------------------------------------------------------------
// Public: parsing
// ---------------------------------------------------------------------------

BigStatus big_from_string(std::string_view text, int base, BigInt *out, BigError *err,
                          const FromStringOptions &opt) {
  if (base != 0 && (base < 2 || base > 36))
    return big_fail(err, BigStatus::value_error, "int() base must be >= 2 and <= 36, or 0");
  const unsigned char *s = (const unsigned char *)text.data();
  size_t b = 0, e = text.size();
  while (b < e && is_space(s[b]))
    ++b;
  while (e > b && is_space(s[e - 1]))
    --e;
  bool neg = false;
  if (b < e && (s[b] == '+' || s[b] == '-')) {
    neg = s[b] == '-';
    ++b;
  }
  int rb = base;
  bool after_prefix = false;
  bool zero_start_base0 = false;
  if (b + 1 < e && s[b] == '0') {
    unsigned char c = s[b + 1] | 0x20;
    int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
    if (pb && (base == 0 || base == pb)) {
      rb = pb;
      b += 2;
      after_prefix = true;
    }
  }
  if (rb == 0) {
    rb = 10;
    zero_start_base0 = b < e && s[b] == '0';
  }
  // digits with single underscores between them (one may follow a prefix)
  size_t ndig = 0;
  bool ok = b < e;
  bool prev_us = after_prefix; // an underscore right after the prefix is allowed
  bool allow_us = after_prefix;
  for (size_t i = b; i < e && ok; ++i) {
    unsigned char c = s[i];
    if (c == '_') {
      if (!allow_us) {
        ok = false;
        break;
      }
      allow_us = false;
      prev_us = true;
      continue;
    }
    if (digit_value(c) >= rb) {
      ok = false;
      break;
    }
    if (zero_start_base0 && c != '0') {
      ok = false;
      break;
    }
    ++ndig;
    allow_us = true;
    prev_us = false;
  }
  if (ok && (ndig == 0 || prev_us)) ok = false;
  if (!ok) return invalid_literal(err, base, text, opt);
  bool pow2 = (rb & (rb - 1)) == 0;
  if (!pow2 && opt.max_str_digits && ndig > opt.max_str_digits)
    return limit_error_parse(err, opt.max_str_digits, ndig);
  // digit values, most significant first
  uint8_t stackbuf[512];
  uint8_t *dv = ndig <= sizeof stackbuf ? stackbuf : (uint8_t *)std::malloc(ndig);
  if (!dv) return oom(err);
  size_t k = 0;
  for (size_t i = b; i < e; ++i)
    if (s[i] != '_') dv[k++] = (uint8_t)digit_value(s[i]);
  // skip leading zeros
  size_t z = 0;
  while (z < ndig && dv[z] == 0)
    ++z;
  BigInt r;
  if (pow2) {
    int bits = rb == 2 ? 1 : rb == 4 ? 2 : rb == 8 ? 3 : rb == 16 ? 4 : 5;
    r = digits_pow2(dv + z, ndig - z, bits);
  } else if (ndig - z <= kFromStrDcDigits) {
    r = digits_small(dv + z, ndig - z, rb);
  } else {
    PowTable t;
    int ck;
    limb_t pw;
    chunk_info(rb, &ck, &pw);
    r = digits_dc(dv + z, ndig - z, rb, ck, t);
  }
  if (dv != stackbuf) std::free(dv);
  if (!r.ok()) return oom(err);
  if (neg) r = big_neg(r);
  *out = static_cast<BigInt &&>(r);
  return BigStatus::ok;
}

// ---------------------------------------------------------------------------
// Public: formatting
// ---------------------------------------------------------------------------

size_t big_chars_cap(IntRef a, int base) {
  uint64_t bits = int_bit_length(a);
  uint64_t digits;
  if (base == 2)
    digits = bits;
  else if (base == 8)
    digits = (bits + 2) / 3;
  else if (base == 16)
    digits = (bits + 3) / 4;
  else
    digits = bits / 4096 * 1234 + (bits % 4096) * 1234 / 4096 + 2; // 1234/4096 > log10(2)
  if (digits == 0) digits = 1;
  return (size_t)digits + 3; // sign and prefix
}

BigStatus big_to_chars(IntRef a, int base, bool prefix, char *out, size_t cap, size_t *len,
                       BigError *err, size_t max_str_digits) {
  if (cap < big_chars_cap(a, base)) return oom(err);
  size_t n = 0;
  if (base != 10) {
    unsigned k = base == 2 ? 1 : base == 8 ? 3 : 4;
    if (a.neg) out[n++] = '-';
    if (prefix) {
      out[n++] = '0';
      out[n++] = base == 2 ? 'b' : base == 8 ? 'o' : 'x';
    }
    uint64_t bits = int_bit_length(a);
    uint64_t nd = bits ? (bits + k - 1) / k : 1;
    for (uint64_t j = nd; j-- > 0;) {
      uint64_t pos = j * k;
      size_t li = (size_t)(pos / 32);
      unsigned bs = (unsigned)(pos % 32);
      uint64_t w = li < a.n ? a.d[li] : 0;
      if (li + 1 < a.n) w |= (uint64_t)a.d[li + 1] << 32;
      out[n++] = kHex[(w >> bs) & ((1u << k) - 1)];
    }
    *len = n;
    return BigStatus::ok;
  }
  uint64_t bits = int_bit_length(a);
  if (max_str_digits && bits > 1) {
    // a lower bound of the digit count: floor((bits-1) * log10(2)) + 1
    uint64_t min_digits =
        (bits - 1) / 100000000 * 30102999 + (bits - 1) % 100000000 * 30102999 / 100000000 + 1;
    if (min_digits > max_str_digits) return limit_error_str(err, max_str_digits);
  }
  if (a.neg) out[n++] = '-';
  size_t digits;
  if (a.n <= kToStrDcLimbs) {
    limb_t tmp[kToStrDcLimbs], chunks[kToStrDcLimbs * 32 / 29 + 2];
    digits = dec_small(a, 0, out + n, tmp, chunks);
  } else {
    DecConv c;
    limb_t tmp[kToStrDcLimbs], chunks[kToStrDcLimbs * 32 / 29 + 2];
    c.tmp = tmp;
    c.chunks = chunks;
    BigInt x = BigInt::from_limbs(a.d, a.n, false);
    if (!x.ok()) return oom(err);
    digits = dec_rec(c, x, 0, out + n);
    if (c.failed) return oom(err);
  }
  if (max_str_digits && digits > max_str_digits) return limit_error_str(err, max_str_digits);
  *len = n + digits;
  return BigStatus::ok;
}

std::string big_to_string(IntRef a, int base, bool prefix, size_t max_str_digits) {
  size_t cap = big_chars_cap(a, base);
  char *buf = (char *)std::malloc(cap);
  if (!buf) return "<error>";
  size_t len = 0;
  BigError err;
  std::string s;
  if (big_to_chars(a, base, prefix, buf, cap, &len, &err, max_str_digits) == BigStatus::ok)
    s.assign(buf, len);
  else
    s = "<error>";
  std::free(buf);
  return s;
}

BigInt big_parse(std::string_view text, int base) {
  BigInt r;
  FromStringOptions opt;
  opt.max_str_digits = 0;
  if (big_from_string(text, base, &r, nullptr, opt) != BigStatus::ok) return BigInt::failed();
  return r;
}

} // namespace molt::rt
