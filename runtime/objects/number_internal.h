// Internal declarations shared by the number object files (int.cpp,
// int_methods.cpp, float.cpp, complex.cpp, bool.cpp). Not a public header.
#pragma once

#include <string_view>

#include "molt/floatfmt.h"
#include "molt/intobject.h"

namespace molt::rt::num {

/// The bool answering rich comparison `op` given a three-way result c (<0, 0, >0).
inline MoltValue cmpResult(int c, int op) {
  switch (op) {
  case MOLT_LT:
    return molt_bool(c < 0);
  case MOLT_LE:
    return molt_bool(c <= 0);
  case MOLT_EQ:
    return molt_bool(c == 0);
  case MOLT_NE:
    return molt_bool(c != 0);
  case MOLT_GT:
    return molt_bool(c > 0);
  case MOLT_GE:
    return molt_bool(c >= 0);
  default:
    return MOLT_FALSE;
  }
}

// --- int slots (int.cpp); bool.cpp reuses them.
MoltValue intAdd(MoltValue a, MoltValue b);
MoltValue intSub(MoltValue a, MoltValue b);
MoltValue intMul(MoltValue a, MoltValue b);
MoltValue intTrueDiv(MoltValue a, MoltValue b);
MoltValue intFloorDiv(MoltValue a, MoltValue b);
MoltValue intMod(MoltValue a, MoltValue b);
MoltValue intDivmod(MoltValue a, MoltValue b);
MoltValue intPow(MoltValue a, MoltValue b, MoltValue c);
MoltValue intLshift(MoltValue a, MoltValue b);
MoltValue intRshift(MoltValue a, MoltValue b);
MoltValue intAnd(MoltValue a, MoltValue b);
MoltValue intOr(MoltValue a, MoltValue b);
MoltValue intXor(MoltValue a, MoltValue b);
MoltValue intNeg(MoltValue a);
MoltValue intPos(MoltValue a);
MoltValue intAbs(MoltValue a);
MoltValue intInvert(MoltValue a);
int intBool(MoltValue a);
MoltValue intInt(MoltValue a);
MoltValue intFloat(MoltValue a);
MoltValue intRichCompare(MoltValue a, MoltValue b, int op);
int intHash(MoltValue a, int64_t *out);
MoltValue intRepr(MoltValue a);
MoltValue intTypeNew(MoltType *type, const MoltValue *args, size_t nargs, MoltValue kwnames);

// --- int methods/getsets tables (int_methods.cpp).
extern MethodDef kIntMethods[];
extern const GetSetDef kIntGetSets[];

// --- float helpers (float.cpp) used by int and complex.
/// Float ** with CPython's errors; a complex result for a negative base.
MoltValue floatPowValues(double a, double b);
/// Returns v as an exact int (bool -> 0/1, subclass -> exact copy), new reference.
MoltValue intExact(MoltValue v);

// --- complex helpers (complex.cpp).
/// (a+bj) ** (c+dj) with CPython's algorithm and errors.
MoltValue complexPowValues(double ar, double ai, double br, double bi);
/// complexPowValues once molt_use_complex has run (float ** float may be complex).
extern MoltValue (*gComplexPow)(double, double, double, double);

// --- argument helpers (int_methods.cpp).
/// Number of keyword names in kwnames (tuple or MOLT_NONE).
size_t kwCount(MoltValue kwnames);
/// The i-th keyword name as UTF-8 ("" if unavailable).
std::string_view kwName(MoltValue kwnames, size_t i);
/// Binds positional+keyword arguments to names[0..n) into out (borrowed;
/// MOLT_UNBOUND for missing). posonly: leading positional-only count; maxpos:
/// how many may be positional; required: leading required count. fname is
/// used in errors. Returns 0 or -1 (TypeError as CPython's argument clinic).
int bindArgs(const char *fname, const char *const *names, size_t n, size_t posonly, size_t maxpos,
             size_t required, const MoltValue *args, size_t nargs, MoltValue kwnames,
             MoltValue *out);
/// Checks a method called with no arguments besides self ("X() takes no arguments (1 given)").
int noArgs(const char *qualname, size_t nargs, MoltValue kwnames);
/// Checks a method called with exactly one argument besides self.
int oneArg(const char *qualname, size_t nargs, MoltValue kwnames);
/// An int from a floatfmt FloatIntValue (raises its error).
MoltValue intFromFloatInt(const FloatIntValue &v);
/// A 2-tuple from two new references (consumed); MOLT_ERROR if either is.
MoltValue makePair(MoltValue a, MoltValue b);
/// Raises the error of a FloatStatus with message; returns MOLT_ERROR.
MoltValue raiseFloatStatus(FloatStatus s, const char *msg);

} // namespace molt::rt::num
