/* tupleobject.h: the tuple layout (shared with generated C fast paths) and
 * the runtime's tuple helpers. The empty tuple is an immortal singleton. */
#ifndef MOLT_TUPLEOBJECT_H
#define MOLT_TUPLEOBJECT_H

#include "molt/molt.h"

#ifdef __cplusplus
extern "C" {
#endif

/** A tuple: size items stored inline after the header. */
typedef struct MoltTuple {
  MoltObject ob;
  int64_t size;
  MoltValue items[];
} MoltTuple;

#ifdef __cplusplus
}

namespace molt::rt {

/// The tuple_iterator type.
extern MoltType molt_type_tuple_iterator;

/// A new tuple of n slots, all MOLT_NONE; the caller stores NEW references
/// into items (the old None needs no decref). n == 0 gives the empty singleton.
MoltValue tupleNew(int64_t n);
/// The immortal empty tuple (borrowed is fine; it is immortal).
MoltValue tupleEmpty();
/// True if v is a tuple or a tuple subclass instance.
bool isTuple(MoltValue v);
/// Number of items of a tuple.
inline int64_t tupleSize(MoltValue t) { return reinterpret_cast<MoltTuple *>(molt_ptr(t))->size; }
/// The item array of a tuple.
inline MoltValue *tupleItems(MoltValue t) {
  return reinterpret_cast<MoltTuple *>(molt_ptr(t))->items;
}
/// tuple(iterable): returns a tuple as is (new reference), else collects the items.
MoltValue sequenceTuple(MoltValue iterable);
/// A 2-tuple from borrowed a, b.
MoltValue tuplePair(MoltValue a, MoltValue b);

} // namespace molt::rt
#endif

#endif /* MOLT_TUPLEOBJECT_H */
