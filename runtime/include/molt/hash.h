// Hash functions with CPython 3.12's values (64-bit build, PYTHONHASHSEED=0).
//
// Molt's hash type is int64_t on every target, wasm32 included, and the
// algorithms are those of a 64-bit CPython 3.12, so hash(x) and the iteration
// order of sets and dicts agree with `PYTHONHASHSEED=0 python3.12` on x86-64.
//
//   str, bytes   SipHash-1-3 with the all-zero key (CPython's hash secret is
//                zeroed by PYTHONHASHSEED=0), over the bytes for bytes and
//                over CPython's canonical representation for str: 1 byte per
//                code point if max < 0x100, 2 bytes little-endian if
//                < 0x10000, else 4 bytes. Empty str/bytes hash to 0.
//   int, float   the value modulo P = 2**61 - 1, sign applied (rational
//                values that are equal hash equal: hash(2.0) == hash(2)).
//                +inf -> 314159, -inf -> -314159; NaN is identity-based in
//                3.12 (the caller passes the object's hashPointer).
//   complex      hash(real) + 1000003 * hash(imag), wrapping.
//   tuple        3.12's xxHash-style combination (TupleHasher).
//   frozenset    XOR of shuffled entry hashes, then mixed (FrozensetHasher).
//   None         the constant 0xFCA86420 (3.12; no longer address-based).
//   bool         False -> 0, True -> 1 (as the ints 0 and 1).
//   object       default: address rotated right by 4 bits (hashPointer);
//                Ellipsis, NotImplemented, functions and types use it too.
//
// Every function returning a hash maps the result -1 (CPython's error value)
// to -2, as CPython does. Byte order of the 2/4-byte units is little-endian
// (CPython uses native order; all Molt targets are little-endian).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace molt::rt {

/// Python's Py_hash_t, for Molt on every target.
using hash_t = int64_t;

// sys.hash_info of a 64-bit CPython 3.12.
inline constexpr unsigned kHashBits = 61;                          ///< P = 2**kHashBits - 1
inline constexpr hash_t kHashModulus = (int64_t(1) << 61) - 1;     ///< hash_info.modulus, P
inline constexpr hash_t kHashInf = 314159;                         ///< hash_info.inf
inline constexpr hash_t kHashImag = 1000003;                       ///< hash_info.imag (complex multiplier)
inline constexpr hash_t kHashNone = 0xFCA86420;                    ///< hash(None) in 3.12 (4238894112)
inline constexpr hash_t kHashFalse = 0;                            ///< hash(False)
inline constexpr hash_t kHashTrue = 1;                             ///< hash(True)

/// Maps CPython's reserved error value -1 to -2.
constexpr hash_t hashFixup(hash_t h) { return h == -1 ? -2 : h; }

// ---------------------------------------------------------------------------
// SipHash-1-3 (str, bytes)

/// Raw SipHash-1-3 (1 compression round, 3 finalization rounds) of data with
/// the 128-bit key (k0, k1), each key half read as a little-endian u64.
uint64_t siphash13(uint64_t k0, uint64_t k1, const void *data, size_t len);

/// hash(bytes) / hash(bytearray-as-frozen) / hash(memoryview of bytes).
hash_t hashBytes(const void *data, size_t len);
inline hash_t hashBytes(std::string_view s) { return hashBytes(s.data(), s.size()); }

/// hash(str) for a str given as UTF-8 (WTF-8: lone surrogates allowed, as
/// 3-byte sequences) whose largest code point is maxCodePoint (0 for the empty
/// string). The input is trusted (well-formed, max exact). Never allocates.
hash_t hashStrUtf8(const char *utf8, size_t len, char32_t maxCodePoint);
inline hash_t hashStrUtf8(std::string_view s, char32_t maxCodePoint) {
  return hashStrUtf8(s.data(), s.size(), maxCodePoint);
}
/// hash(str) for UTF-8/WTF-8 when the largest code point is not known (scans first).
hash_t hashStrUtf8(const char *utf8, size_t len);

/// hash(str) for the canonical forms: each element one code point, and the
/// array kind must be the canonical one for the string's max code point
/// (Latin-1 if max < 0x100, UCS-2 if max < 0x10000, else UCS-4).
hash_t hashStrLatin1(const uint8_t *chars, size_t count);
hash_t hashStrUcs2(const char16_t *chars, size_t count);
hash_t hashStrUcs4(const char32_t *chars, size_t count);

/// Incremental SipHash-1-3 with CPython's (zero) key over a stream of units.
/// Feed all units of one width; finish() returns the fixed-up hash (0 if
/// nothing was fed, as CPython's hash of empty str/bytes).
class SipHasher {
public:
  SipHasher();
  void addBytes(const void *data, size_t len);
  void addByte(uint8_t b);
  void addU16(uint16_t u); ///< little-endian
  void addU32(uint32_t u); ///< little-endian
  hash_t finish() const;

private:
  void flushWord();
  uint64_t v0_, v1_, v2_, v3_;
  uint64_t word_ = 0;  // pending bytes, little-endian
  unsigned fill_ = 0;  // number of pending bytes (0..7)
  uint64_t total_ = 0; // bytes fed
};

// ---------------------------------------------------------------------------
// Numbers

/// hash(int) for an int that fits in int64_t.
constexpr hash_t hashInt64(int64_t v) {
  uint64_t mag = v < 0 ? uint64_t(0) - uint64_t(v) : uint64_t(v);
  uint64_t h = (mag & uint64_t(kHashModulus)) + (mag >> kHashBits);
  if (h >= uint64_t(kHashModulus))
    h -= uint64_t(kHashModulus);
  hash_t r = v < 0 ? -hash_t(h) : hash_t(h);
  return hashFixup(r);
}

/// hash(int) for an unsigned 64-bit magnitude with a sign.
constexpr hash_t hashUInt64(uint64_t mag, bool negative) {
  uint64_t h = (mag & uint64_t(kHashModulus)) + (mag >> kHashBits);
  if (h >= uint64_t(kHashModulus))
    h -= uint64_t(kHashModulus);
  return hashFixup(negative ? -hash_t(h) : hash_t(h));
}

/// hash(int) for a big int given as a magnitude of little-endian base-2**32
/// limbs (limbs[0] least significant; leading zero limbs allowed) and a sign.
hash_t hashBigInt(const uint32_t *limbs, size_t count, bool negative);
/// Same with base-2**64 limbs.
hash_t hashBigInt(const uint64_t *limbs, size_t count, bool negative);

/// hash(float) for a non-NaN double (returns 0 for NaN; CPython 3.12 hashes
/// a NaN object by identity: use hashPointer(object) there).
hash_t hashDouble(double v);

/// hash(complex) from hash(real) and hash(imag) (complex(r, i) with NaN parts
/// needs the identity hashes of the part objects, as CPython).
constexpr hash_t hashComplex(hash_t realHash, hash_t imagHash) {
  uint64_t combined = uint64_t(realHash) + uint64_t(kHashImag) * uint64_t(imagHash);
  return hashFixup(hash_t(combined));
}

/// Multiplies x (0 <= x < P) by 2**e modulo P = 2**61 - 1, for any e >= 0.
constexpr uint64_t mulPow2ModP(uint64_t x, unsigned e) {
  e %= kHashBits;
  if (e == 0)
    return x;
  return ((x << e) & uint64_t(kHashModulus)) | (x >> (kHashBits - e));
}

// ---------------------------------------------------------------------------
// Containers and identity

/// hash(tuple): call add() with each item's hash in order, then finish(len).
/// (CPython stops with the item's exception if an item is unhashable.)
class TupleHasher {
public:
  static constexpr uint64_t kPrime1 = 11400714785074694791ULL;
  static constexpr uint64_t kPrime2 = 14029467366897019727ULL;
  static constexpr uint64_t kPrime5 = 2870177450012600261ULL;

  constexpr void add(hash_t itemHash) {
    acc_ += uint64_t(itemHash) * kPrime2;
    acc_ = (acc_ << 31) | (acc_ >> 33);
    acc_ *= kPrime1;
  }
  constexpr hash_t finish(size_t length) const {
    uint64_t acc = acc_ + (uint64_t(length) ^ (kPrime5 ^ 3527539ULL));
    if (acc == ~uint64_t(0))
      return 1546275796;
    return hash_t(acc);
  }

private:
  uint64_t acc_ = kPrime5;
};

/// hash(tuple) from its items' hashes.
constexpr hash_t hashTuple(const hash_t *itemHashes, size_t count) {
  TupleHasher h;
  for (size_t i = 0; i < count; ++i)
    h.add(itemHashes[i]);
  return h.finish(count);
}

/// hash(frozenset): add() each element's hash (any order), then
/// finish(len(set)). Only live entries count (CPython cancels the effect of
/// empty and deleted table slots), so the value depends on the element
/// hashes and the size only.
class FrozensetHasher {
public:
  constexpr void add(hash_t elementHash) { acc_ ^= shuffle(uint64_t(elementHash)); }
  constexpr hash_t finish(size_t size) const {
    uint64_t h = acc_;
    h ^= (uint64_t(size) + 1) * 1927868237ULL;
    h ^= (h >> 11) ^ (h >> 25);
    h = h * 69069U + 907133923ULL;
    if (h == ~uint64_t(0))
      h = 590923713ULL;
    return hash_t(h);
  }

private:
  static constexpr uint64_t shuffle(uint64_t h) { return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL; }
  uint64_t acc_ = 0;
};

/// hash(frozenset) from its elements' hashes.
constexpr hash_t hashFrozenset(const hash_t *elementHashes, size_t count) {
  FrozensetHasher h;
  for (size_t i = 0; i < count; ++i)
    h.add(elementHashes[i]);
  return h.finish(count);
}

/// Default identity hash (object.__hash__): the address rotated right by 4
/// bits within the pointer width, -1 -> -2. Matches CPython on 64-bit hosts;
/// on wasm32 the 32-bit rotation is sign-extended to int64_t.
inline hash_t hashPointer(const void *p) {
  uintptr_t y = reinterpret_cast<uintptr_t>(p);
  y = (y >> 4) | (y << (8 * sizeof(uintptr_t) - 4));
  return hashFixup(hash_t(intptr_t(y)));
}

} // namespace molt::rt
