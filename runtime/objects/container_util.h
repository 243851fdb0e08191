// Internal helpers shared by the container object files (tuple, list, dict,
// set, range, slice, iterators): argument checking with CPython's messages,
// the repr recursion guard, the deallocation trashcan and small str builders.
// Not part of the public runtime API.
#pragma once

// Slot tables and type objects are written with designated initializers that
// leave the unused slots zero.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "molt/hash.h"
#include "molt/object.h"
#include "molt/strobject.h"
#include "molt/tupleobject.h"

namespace molt::rt::cu {

/// Number of keyword arguments in a vectorcall kwnames value.
inline int64_t kwCount(MoltValue kwnames) {
  return kwnames == MOLT_NONE ? 0 : as<MoltTuple>(kwnames)->size;
}
/// The i-th keyword name (borrowed str).
inline MoltValue kwName(MoltValue kwnames, int64_t i) { return as<MoltTuple>(kwnames)->items[i]; }

// The argument checks every builtin method makes are inline (a method call
// is a few nanoseconds); only the raising of their TypeError is a call.

/// Raises noKwargs' TypeError: -1.
int noKwargsError(const char *name);
/// Raises exactlyOne's TypeError: -1.
int exactlyOneError(const char *name, int64_t n);
/// Raises noArgs' TypeError: -1.
int noArgsError(const char *name, int64_t n);
/// Raises checkArgRange's TypeError: -1.
int argRangeError(const char *name, int64_t n, int64_t min, int64_t max);

/// TypeError "<name>() takes no keyword arguments" if kwnames is non-empty: 0 or -1.
inline int noKwargs(const char *name, MoltValue kwnames) {
  return kwCount(kwnames) == 0 ? 0 : noKwargsError(name);
}
/// "<name>() takes exactly one argument (N given)" unless n == 1: 0 or -1.
inline int exactlyOne(const char *name, int64_t n) { return n == 1 ? 0 : exactlyOneError(name, n); }
/// "<name>() takes no arguments (N given)" unless n == 0: 0 or -1.
inline int noArgs(const char *name, int64_t n) { return n == 0 ? 0 : noArgsError(name, n); }
/// CPython's "<name> expected ... argument(s), got N" range check: 0 or -1.
inline int checkArgRange(const char *name, int64_t n, int64_t min, int64_t max) {
  return n >= min && n <= max ? 0 : argRangeError(name, n, min, max);
}

/// Repr recursion guard (Py_ReprEnter): 1 if o is already being repr'd, 0 if
/// entered (call reprLeave), -1 on error.
int reprEnter(MoltObject *o);
/// Leaves the repr guard entered by reprEnter.
void reprLeave(MoltObject *o);

/// Appends repr(v) to out: 0 or -1 (with molt_enter-style recursion check).
int appendRepr(std::string &out, MoltValue v);
/// Creates a str from out (MOLT_ERROR on failure).
inline MoltValue finishStr(const std::string &out) { return strFromUtf8(out); }
/// repr(v) as std::string (for messages); false on error.
bool reprString(MoltValue v, std::string &out);

/// Deallocation trashcan: returns true if o was deferred (caller returns
/// immediately); otherwise the caller must call trashEnd() after freeing.
bool trashBegin(MoltObject *o);
/// Ends a trashcan section; runs deferred deallocations at the outermost level.
void trashEnd();

/// Raises KeyError(key) (args = (key,)): returns MOLT_ERROR.
MoltValue raiseKeyError(MoltValue key);
/// Converts an int-like value to int64 for sequence indexing: 0, or -1 with
/// IndexError "cannot fit 'int' into an index-sized integer" on overflow,
/// TypeError "<seq> indices must be integers or slices, not X" if not int.
int seqIndex(MoltValue key, const char *seqName, int64_t *out);
/// Converts an int-like to int64 clamped to the int64 range (slice bounds):
/// 0, or -1 with TypeError `msg` when not an integer (indexAsI64's own
/// message when msg is null).
int clampedIndex(MoltValue v, const char *msg, int64_t *out);
/// True if v is an int (bool included) without calling __index__.
bool isInt(MoltValue v);
/// The pending exception is an OverflowError: clears it and returns true.
bool clearOverflow();

/// A new empty list / append helpers used across files (declared in listobject.h too).

} // namespace molt::rt::cu

namespace molt::rt::cu {

/// Iterator over a list or tuple by index (seq becomes MOLT_NONE when exhausted).
struct SeqIter {
  MoltObject ob;
  MoltValue seq;
  int64_t index;
};

/// `iter` slot of iterators: returns self (new reference).
MoltValue iterSelf(MoltValue self);
/// Dealloc of SeqIter-shaped iterators.
void seqIterDealloc(MoltObject *o);
/// Traverse of SeqIter-shaped iterators.
void seqIterTraverse(MoltObject *o, visitfunc visit, void *arg);
/// A new SeqIter of type t over seq starting at index.
MoltValue seqIterNew(MoltType *t, MoltValue seq, int64_t index);

/// Result of comparing two ints with op, as a bool value.
MoltValue cmpSizes(int64_t a, int64_t b, int op);

/// Lexicographic rich comparison of two sequences; view(v, size, items)
/// refreshes the size and item pointer (lists may change during __eq__).
template <class View> MoltValue seqRichCompare(MoltValue a, MoltValue b, int op, View view) {
  int64_t na, nb;
  MoltValue *ia, *ib;
  view(a, na, ia);
  view(b, nb, ib);
  if (na != nb && (op == MOLT_EQ || op == MOLT_NE)) return molt_bool(op == MOLT_NE);
  int64_t i = 0;
  for (;; ++i) {
    view(a, na, ia);
    view(b, nb, ib);
    if (i >= na || i >= nb) break;
    MoltValue x = molt_newref(ia[i]), y = molt_newref(ib[i]);
    int r = equals(x, y);
    molt_decref(x);
    molt_decref(y);
    if (r < 0) return MOLT_ERROR;
    if (!r) break;
  }
  view(a, na, ia);
  view(b, nb, ib);
  if (i >= na || i >= nb) return cmpSizes(na, nb, op);
  if (op == MOLT_EQ) return MOLT_FALSE;
  if (op == MOLT_NE) return MOLT_TRUE;
  MoltValue x = molt_newref(ia[i]), y = molt_newref(ib[i]);
  MoltValue r = molt_richcompare(x, y, op);
  molt_decref(x);
  molt_decref(y);
  return r;
}

} // namespace molt::rt::cu

namespace molt::rt::cu {

/// hash(k) with an inline fast path for small ints: 0 or -1.
inline int hashOf(MoltValue k, int64_t *h) {
  if (molt_is_small_int(k)) {
    *h = hashInt64(molt_small_int_val(k));
    return 0;
  }
  // Attribute names and dict keys: a str's hash is computed once and cached.
  if (isExact(k, &molt_type_str) && as<MoltStr>(k)->hash != -1) {
    *h = as<MoltStr>(k)->hash;
    return 0;
  }
  return hashValue(k, h);
}
/// Equality callback for DictTable/SetTable (stored == probe): 1, 0, -1.
inline int eqCallback(const MoltValue &stored, const MoltValue &probe) {
  if (stored == probe) return 1;
  if (molt_is_small_int(stored) && molt_is_small_int(probe)) return 0;
  if (isExact(stored, &molt_type_str) && isExact(probe, &molt_type_str)) {
    // Equal hashes: almost always equal strs; compare bytes without dispatch.
    const MoltStr *x = as<MoltStr>(stored), *y = as<MoltStr>(probe);
    return x->size == y->size && std::memcmp(x->data, y->data, size_t(x->size)) == 0;
  }
  MoltValue a = molt_newref(stored), b = molt_newref(probe);
  int r = equals(a, b);
  molt_decref(a);
  molt_decref(b);
  return r;
}
/// An interned str for a C string literal (cached by the caller in a static).
MoltValue internName(const char *name);
/// getattr(o, name) where AttributeError means absent: 1 found (*out new
/// reference), 0 absent, -1 error.
int lookupAttrOptional(MoltValue o, const char *name, MoltValue *out);
/// Raises the dict/set table status (MemoryError / leaves the pending error).
void raiseTableStatus(int status);

} // namespace molt::rt::cu
