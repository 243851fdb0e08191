// Number objects of the runtime: the heap layout of big ints (MoltLong) and
// complex numbers (MoltComplex), plus the conversion helpers other object
// files use (int <-> int64 / double / BigInt, float(x) coercion, exact int
// comparison). Small ints, bools and floats are inline NaN-boxed values
// (molt.h); an int outside the small range is a MoltLong on the heap. Ints
// are canonical: every int result that fits the small range is inline.
#pragma once

#include <cstddef>
#include <cstdint>

#include "molt/bigint.h"
#include "molt/object.h"

namespace molt::rt {

/// A heap int: sign + normalized magnitude (32-bit limbs, little-endian).
/// Instances of int subclasses share this layout (value may then be small).
struct MoltLong {
  MoltObject ob;
  uint32_t size;   ///< limb count; limbs[size-1] != 0 when size > 0
  uint32_t neg;    ///< 1 if negative (never for zero)
  limb_t limbs[1]; ///< magnitude (the allocation holds max(size, 1) limbs)
};

/// A complex number (always on the heap).
struct MoltComplex {
  MoltObject ob;
  double real;
  double imag;
};

// ---------------------------------------------------------------- ints

/// sys.get_int_max_str_digits() (0 = no limit); sys.set_int_max_str_digits sets it.
extern size_t intMaxStrDigits;

/// True if v is a heap int (MoltLong: exact int or an int subclass instance).
bool isHeapInt(MoltValue v);
/// True if v is an int, bool included (small, heap, int subclasses).
bool isInt(MoltValue v);
/// The value of an int v (isInt) as an IntRef; buf backs small values.
IntRef intRef(MoltValue v, limb_t buf[2]);
/// True and *out set if v is an int (bool included) that fits int64_t.
bool intToI64(MoltValue v, int64_t *out);
/// A normalized int value from a BigInt (MOLT_ERROR + MemoryError if !b.ok()).
MoltValue intFromBig(const BigInt &b);
/// A normalized int value from an IntRef (copied).
MoltValue intFromRef(IntRef r);
/// An int from a magnitude and a sign.
MoltValue intFromU64(uint64_t mag, bool neg);
/// int(x) for a double: truncation; ValueError/OverflowError for NaN/inf.
MoltValue intFromDouble(double x);
/// Three-way comparison of two ints (isInt both): -1, 0 or 1.
int intCompare(MoltValue a, MoltValue b);
/// Raises the Python exception of a BigError; returns MOLT_ERROR.
MoltValue raiseBigError(const BigError &err);
/// str(int) for an int value (4300-digit limit applies): new str or MOLT_ERROR.
MoltValue intToStr(MoltValue v);

// ---------------------------------------------------------------- floats

/// float(v) for int/bool/float v into *out: 0; -1 with TypeError "must be
/// real number, not X" or OverflowError "int too large to convert to float".
int asDouble(MoltValue v, double *out);
/// float(x) coercion of any object (float(x) without a str): uses the
/// number float_/index slots; 0 or -1 (CPython's TypeError for others).
int floatFromValue(MoltValue v, double *out);
/// repr(x) of a double as a new str.
MoltValue floatToStr(double x);
/// Raises OverflowError(34, 'Numerical result out of range'); returns MOLT_ERROR.
MoltValue raiseRangeError();

// ---------------------------------------------------------------- complex

/// True if v is a complex (or subclass instance).
bool isComplex(MoltValue v);
/// A new complex value.
MoltValue complexNew(double real, double imag);

} // namespace molt::rt
