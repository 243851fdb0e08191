// CPython 3.12-compatible hashing (see molt/hash.h).
#include "molt/hash.h"

#include <cstring>

#include "molt/utf8.h"

namespace molt::rt {

namespace {

constexpr uint64_t rotl(uint64_t x, unsigned b) { return (x << b) | (x >> (64 - b)); }

// SipHash initialization constants ("somepseudorandomlygeneratedbytes").
constexpr uint64_t kSipC0 = 0x736f6d6570736575ULL;
constexpr uint64_t kSipC1 = 0x646f72616e646f6dULL;
constexpr uint64_t kSipC2 = 0x6c7967656e657261ULL;
constexpr uint64_t kSipC3 = 0x7465646279746573ULL;

// CPython's key with PYTHONHASHSEED=0: _Py_HashSecret is all zero bytes.
constexpr uint64_t kKey0 = 0, kKey1 = 0;

struct SipState {
  uint64_t v0, v1, v2, v3;

  constexpr SipState(uint64_t k0, uint64_t k1)
      : v0(k0 ^ kSipC0), v1(k1 ^ kSipC1), v2(k0 ^ kSipC2), v3(k1 ^ kSipC3) {}

  constexpr void round() {
    v0 += v1;
    v1 = rotl(v1, 13);
    v1 ^= v0;
    v0 = rotl(v0, 32);
    v2 += v3;
    v3 = rotl(v3, 16);
    v3 ^= v2;
    v0 += v3;
    v3 = rotl(v3, 21);
    v3 ^= v0;
    v2 += v1;
    v1 = rotl(v1, 17);
    v1 ^= v2;
    v2 = rotl(v2, 32);
  }

  // One message word, 1 compression round.
  constexpr void compress(uint64_t m) {
    v3 ^= m;
    round();
    v0 ^= m;
  }

  // Final word (length byte << 56 | tail), then 3 finalization rounds.
  constexpr uint64_t finish(uint64_t tail, uint64_t totalLen) {
    compress(tail | (totalLen << 56));
    v2 ^= 0xff;
    round();
    round();
    round();
    return v0 ^ v1 ^ v2 ^ v3;
  }
};

inline uint64_t loadLe64(const unsigned char *p) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
#else
  uint64_t v = 0;
  for (unsigned i = 0; i < 8; ++i)
    v |= uint64_t(p[i]) << (8 * i);
  return v;
#endif
}

uint64_t sipBytes(const void *data, size_t len) {
  const auto *p = static_cast<const unsigned char *>(data);
  SipState s(kKey0, kKey1);
  size_t blocks = len / 8;
  for (size_t i = 0; i < blocks; ++i)
    s.compress(loadLe64(p + 8 * i));
  uint64_t tail = 0;
  const unsigned char *t = p + 8 * blocks;
  for (size_t i = 0; i < (len & 7); ++i)
    tail |= uint64_t(t[i]) << (8 * i);
  return s.finish(tail, len);
}

hash_t finishHash(uint64_t h) { return hashFixup(hash_t(h)); }

// SipHash over code points of `unitBytes` bytes each (1, 2 or 4), decoded
// from UTF-8, little-endian, without materializing the canonical form.
template <unsigned unitBytes>
uint64_t sipUtf8Units(const unsigned char *p, const unsigned char *end) {
  SipState s(kKey0, kKey1);
  constexpr unsigned perWord = 8 / unitBytes;
  uint64_t word = 0;
  unsigned n = 0;
  uint64_t units = 0;
  while (p < end) {
    char32_t c = utf8::decodeNextTrusted(p);
    word |= uint64_t(c) << (8 * unitBytes * n);
    ++units;
    if (++n == perWord) {
      s.compress(word);
      word = 0;
      n = 0;
    }
  }
  return s.finish(word, units * unitBytes);
}

uint64_t sipLatin1FromUtf8(const unsigned char *p, const unsigned char *end) {
  // ASCII runs are copied 8 bytes at a time.
  SipState s(kKey0, kKey1);
  uint64_t word = 0;
  unsigned n = 0;
  uint64_t units = 0;
  while (p < end) {
    if (n == 0) {
      while (end - p >= 8) {
        uint64_t w = loadLe64(p);
        if (w & 0x8080808080808080ULL)
          break;
        s.compress(w);
        p += 8;
        units += 8;
      }
      if (p == end)
        break;
    }
    char32_t c = utf8::decodeNextTrusted(p);
    word |= uint64_t(c) << (8 * n);
    ++units;
    if (++n == 8) {
      s.compress(word);
      word = 0;
      n = 0;
    }
  }
  return s.finish(word, units);
}

} // namespace

uint64_t siphash13(uint64_t k0, uint64_t k1, const void *data, size_t len) {
  const auto *p = static_cast<const unsigned char *>(data);
  SipState s(k0, k1);
  size_t blocks = len / 8;
  for (size_t i = 0; i < blocks; ++i)
    s.compress(loadLe64(p + 8 * i));
  uint64_t tail = 0;
  for (size_t i = 0; i < (len & 7); ++i)
    tail |= uint64_t(p[8 * blocks + i]) << (8 * i);
  return s.finish(tail, len);
}

hash_t hashBytes(const void *data, size_t len) {
  if (len == 0)
    return 0;
  return finishHash(sipBytes(data, len));
}

hash_t hashStrUtf8(const char *utf8, size_t len, char32_t maxCodePoint) {
  if (len == 0)
    return 0;
  const auto *p = reinterpret_cast<const unsigned char *>(utf8);
  const unsigned char *end = p + len;
  if (maxCodePoint < 0x80)
    return finishHash(sipBytes(p, len));
  if (maxCodePoint < 0x100)
    return finishHash(sipLatin1FromUtf8(p, end));
  if (maxCodePoint < 0x10000)
    return finishHash(sipUtf8Units<2>(p, end));
  return finishHash(sipUtf8Units<4>(p, end));
}

hash_t hashStrUtf8(const char *utf8, size_t len) {
  const auto *p = reinterpret_cast<const unsigned char *>(utf8);
  const unsigned char *end = p + len;
  char32_t max = 0;
  // The lead byte bounds the code point: < 0x100 needs lead 0xC2/0xC3.
  unsigned maxLead = 0;
  for (const unsigned char *q = p; q < end; ++q)
    if (*q > maxLead && (*q < 0x80 || *q >= 0xC0))
      maxLead = *q;
  if (maxLead < 0x80)
    max = 0x7F;
  else if (maxLead < 0xC4)
    max = 0xFF;
  else if (maxLead < 0xF0)
    max = 0xFFFF;
  else
    max = 0x10FFFF;
  return hashStrUtf8(utf8, len, max);
}

hash_t hashStrLatin1(const uint8_t *chars, size_t count) { return hashBytes(chars, count); }

hash_t hashStrUcs2(const char16_t *chars, size_t count) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  return hashBytes(chars, count * 2);
#else
  if (count == 0)
    return 0;
  SipHasher h;
  for (size_t i = 0; i < count; ++i)
    h.addU16(chars[i]);
  return h.finish();
#endif
}

hash_t hashStrUcs4(const char32_t *chars, size_t count) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  return hashBytes(chars, count * 4);
#else
  if (count == 0)
    return 0;
  SipHasher h;
  for (size_t i = 0; i < count; ++i)
    h.addU32(chars[i]);
  return h.finish();
#endif
}

// ---------------------------------------------------------------------------
// SipHasher

SipHasher::SipHasher() {
  SipState s(kKey0, kKey1);
  v0_ = s.v0;
  v1_ = s.v1;
  v2_ = s.v2;
  v3_ = s.v3;
}

void SipHasher::flushWord() {
  SipState s(0, 0);
  s.v0 = v0_;
  s.v1 = v1_;
  s.v2 = v2_;
  s.v3 = v3_;
  s.compress(word_);
  v0_ = s.v0;
  v1_ = s.v1;
  v2_ = s.v2;
  v3_ = s.v3;
  word_ = 0;
  fill_ = 0;
}

void SipHasher::addByte(uint8_t b) {
  word_ |= uint64_t(b) << (8 * fill_);
  ++total_;
  if (++fill_ == 8)
    flushWord();
}

void SipHasher::addBytes(const void *data, size_t len) {
  const auto *p = static_cast<const unsigned char *>(data);
  for (size_t i = 0; i < len; ++i)
    addByte(p[i]);
}

void SipHasher::addU16(uint16_t u) {
  addByte(uint8_t(u));
  addByte(uint8_t(u >> 8));
}

void SipHasher::addU32(uint32_t u) {
  addByte(uint8_t(u));
  addByte(uint8_t(u >> 8));
  addByte(uint8_t(u >> 16));
  addByte(uint8_t(u >> 24));
}

hash_t SipHasher::finish() const {
  if (total_ == 0)
    return 0;
  SipState s(0, 0);
  s.v0 = v0_;
  s.v1 = v1_;
  s.v2 = v2_;
  s.v3 = v3_;
  return finishHash(s.finish(word_, total_));
}

// ---------------------------------------------------------------------------
// Numbers

namespace {

// x * 2**bits + limb modulo P, for x < P and bits <= 32.
inline uint64_t pushLimb(uint64_t x, uint32_t limb) {
  x = mulPow2ModP(x, 32) + limb;
  if (x >= uint64_t(kHashModulus))
    x -= uint64_t(kHashModulus);
  return x;
}

} // namespace

hash_t hashBigInt(const uint32_t *limbs, size_t count, bool negative) {
  uint64_t x = 0;
  for (size_t i = count; i-- > 0;)
    x = pushLimb(x, limbs[i]);
  return hashFixup(negative ? -hash_t(x) : hash_t(x));
}

hash_t hashBigInt(const uint64_t *limbs, size_t count, bool negative) {
  uint64_t x = 0;
  for (size_t i = count; i-- > 0;) {
    x = pushLimb(x, uint32_t(limbs[i] >> 32));
    x = pushLimb(x, uint32_t(limbs[i]));
  }
  return hashFixup(negative ? -hash_t(x) : hash_t(x));
}

hash_t hashDouble(double v) {
  uint64_t bits;
  std::memcpy(&bits, &v, sizeof bits);
  bool negative = bits >> 63;
  unsigned expField = unsigned(bits >> 52) & 0x7FF;
  uint64_t mantissa = bits & ((uint64_t(1) << 52) - 1);
  if (expField == 0x7FF) {
    if (mantissa != 0)
      return 0; // NaN: the caller uses the identity hash
    return negative ? -kHashInf : kHashInf;
  }
  // v = m * 2**e with m an integer < 2**53 (< P).
  int e;
  if (expField == 0) {
    e = -1074;
  } else {
    mantissa |= uint64_t(1) << 52;
    e = int(expField) - 1075;
  }
  if (mantissa == 0)
    return 0;
  // 2**61 == 1 (mod P), so 2**e == 2**(e mod 61).
  int r = e % int(kHashBits);
  if (r < 0)
    r += int(kHashBits);
  uint64_t h = mulPow2ModP(mantissa, unsigned(r));
  return hashFixup(negative ? -hash_t(h) : hash_t(h));
}

} // namespace molt::rt
