// Molt's value representation: 64-bit NaN-boxed values (DESIGN.md section 3).
//
//   bits 63..48   meaning
//   ------------  ---------------------------------------------------------
//   < 0xFFF9      a double, stored as itself (every NaN canonicalized to
//                 0x7FF8000000000000 on boxing, so no double lands above)
//   0xFFF9        heap object pointer in the low 48 bits (32 on wasm32)
//   0xFFFA        small int: 48-bit two's-complement payload
//   0xFFFB        bool: payload 0 or 1
//   0xFFFC        None
//   0xFFFD        the error sentinel (an exception is pending)
//
// Small ints cover [-2**47, 2**47); larger ints are heap bigints, so Python
// int semantics are never truncated. All tests are one compare or a shift.
#pragma once

#include <cstdint>
#include <cstring>

namespace molt::rt {

struct Object;

/// A Python value: a NaN-boxed double, small int, bool, None, error or pointer.
struct Value {
  uint64_t bits;

  static constexpr uint64_t kTagShift = 48;
  static constexpr uint64_t kPayloadMask = (uint64_t(1) << 48) - 1;
  static constexpr uint64_t kTagPtr = 0xFFF9, kTagInt = 0xFFFA, kTagBool = 0xFFFB,
                            kTagNone = 0xFFFC, kTagError = 0xFFFD;
  static constexpr uint64_t kCanonicalNaN = 0x7FF8000000000000ull;
  /// Smallest and largest ints stored inline.
  static constexpr int64_t kSmallIntMin = -(int64_t(1) << 47);
  static constexpr int64_t kSmallIntMax = (int64_t(1) << 47) - 1;

  constexpr uint64_t tag() const { return bits >> kTagShift; }

  /// True for a double (any bit pattern below the tagged range).
  constexpr bool isFloat() const { return tag() < kTagPtr; }
  /// True for a heap object pointer.
  constexpr bool isPtr() const { return tag() == kTagPtr; }
  /// True for an inline small int.
  constexpr bool isSmallInt() const { return tag() == kTagInt; }
  /// True for True or False.
  constexpr bool isBool() const { return tag() == kTagBool; }
  /// True for None.
  constexpr bool isNone() const { return bits == kTagNone << kTagShift; }
  /// True for the error sentinel: the operation failed, an exception is pending.
  constexpr bool isError() const { return bits == kTagError << kTagShift; }

  /// Boxes a double (NaNs canonicalized).
  static Value fromFloat(double d) {
    uint64_t b;
    std::memcpy(&b, &d, sizeof b);
    if (d != d) b = kCanonicalNaN;
    return Value{b};
  }
  /// The double of a float value.
  double asFloat() const {
    double d;
    std::memcpy(&d, &bits, sizeof d);
    return d;
  }

  /// True if i fits the inline small-int payload.
  static constexpr bool fitsSmallInt(int64_t i) { return i >= kSmallIntMin && i <= kSmallIntMax; }
  /// Boxes an int known to fit (see fitsSmallInt).
  static constexpr Value fromSmallInt(int64_t i) {
    return Value{(kTagInt << kTagShift) | (static_cast<uint64_t>(i) & kPayloadMask)};
  }
  /// The int64 of a small int (sign-extended from 48 bits).
  constexpr int64_t asSmallInt() const {
    return static_cast<int64_t>(bits << 16) >> 16;
  }

  /// Boxes a bool.
  static constexpr Value fromBool(bool b) { return Value{(kTagBool << kTagShift) | (b ? 1u : 0u)}; }
  /// The bool of a bool value.
  constexpr bool asBool() const { return (bits & 1) != 0; }

  /// Boxes a heap object pointer (never null).
  static Value fromPtr(const Object *p) {
    return Value{(kTagPtr << kTagShift) | static_cast<uint64_t>(reinterpret_cast<uintptr_t>(p))};
  }
  /// The object of a pointer value.
  Object *asPtr() const { return reinterpret_cast<Object *>(static_cast<uintptr_t>(bits & kPayloadMask)); }

  /// None, the error sentinel.
  static constexpr Value none() { return Value{kTagNone << kTagShift}; }
  static constexpr Value error() { return Value{kTagError << kTagShift}; }

  /// Identity (Python `is` for non-floats; floats compare by bits).
  constexpr bool operator==(const Value &o) const { return bits == o.bits; }
};

static_assert(sizeof(Value) == 8, "a Value is one 64-bit word");

} // namespace molt::rt
