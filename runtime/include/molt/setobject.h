// setobject.h: set and frozenset (molt/settable.h, CPython's iteration order)
// and the runtime's set helpers. C++ only.
#pragma once

#include <cstdint>

#include "molt/object.h"
#include "molt/settable.h"

namespace molt::rt {
/// A table key holding a reference (copies incref, destruction decrefs).
struct SetKey {
  MoltValue v = 0; // 0 is the float 0.0: never a reference
  SetKey() = default;
  explicit SetKey(MoltValue x) : v(x) { molt_incref(v); }
  SetKey(const SetKey &o) : v(o.v) { molt_incref(v); }
  SetKey(SetKey &&o) noexcept : v(o.v) { o.v = 0; }
  SetKey &operator=(const SetKey &o) {
    MoltValue old = v;
    v = o.v;
    molt_incref(v);
    molt_decref(old);
    return *this;
  }
  SetKey &operator=(SetKey &&o) noexcept {
    MoltValue old = v;
    v = o.v;
    o.v = 0;
    molt_decref(old);
    return *this;
  }
  ~SetKey() { molt_decref(v); }
};
} // namespace molt::rt

/// A set or frozenset: the table of keys (each holding a reference) and, for
/// frozensets, the cached hash (-1 until computed).
struct MoltSet {
  MoltObject ob;
  molt::rt::SetTable<molt::rt::SetKey> table;
  int64_t hash;
};

namespace molt::rt {

/// The set_iterator type.
extern MoltType molt_type_set_iterator;

/// True if v is a set, frozenset or a subclass instance of either.
bool isAnySet(MoltValue v);
/// A new empty set (frozen=false) or frozenset.
MoltValue setNew(bool frozen);
/// A new set/frozenset of the iterable's items.
MoltValue setFromIterable(MoltValue iterable, bool frozen);
/// `k in s`: 1, 0, -1 (unhashable key: TypeError).
int setContains(MoltValue s, MoltValue k);
/// s.discard(k): 1 removed, 0 absent, -1 error.
int setDiscard(MoltValue s, MoltValue k);
/// len(s).
int64_t setSize(MoltValue s);
/// s -= iterable (difference_update with one argument): 0 or -1.
int setDifferenceUpdateIterable(MoltValue s, MoltValue other);
/// s &= iterable (intersection_update with one argument): 0 or -1.
int setIntersectionUpdateIterable(MoltValue s, MoltValue other);
/// s ^= iterable (symmetric_difference_update): 0 or -1.
int setSymmetricDifferenceUpdateIterable(MoltValue s, MoltValue other);
/// Iterates in table order: *pos starts at 0; k borrowed; false at the end.
bool setNext(MoltValue s, int64_t *pos, MoltValue *k);

} // namespace molt::rt
