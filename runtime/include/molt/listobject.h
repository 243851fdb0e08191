/* listobject.h: the list layout (shared with generated C fast paths) and
 * the runtime's list helpers. */
#ifndef MOLT_LISTOBJECT_H
#define MOLT_LISTOBJECT_H

#include "molt/molt.h"

#ifdef __cplusplus
extern "C" {
#endif

/** A list: items[0..size) valid, capacity slots allocated (malloc). */
typedef struct MoltList {
  MoltObject ob;
  int64_t size, capacity;
  MoltValue *items;
} MoltList;

#ifdef __cplusplus
}

namespace molt::rt {

/// The list_iterator and list_reverseiterator types.
extern MoltType molt_type_list_iterator;
extern MoltType molt_type_list_reverseiterator;

/// True if v is a list or a list subclass instance.
bool isList(MoltValue v);
/// A new empty list with room for `reserve` items.
MoltValue listNew(int64_t reserve);
/// Appends v, stealing the reference (also on failure): 0 or -1.
int listAppendSteal(MoltValue list, MoltValue v);
/// list.extend(iterable) ("'int' object is not iterable"; molt_list_extend is the
/// `[*a]` form with "Value after * must be an iterable"): 0 or -1.
int listExtend(MoltValue list, MoltValue iterable);
/// list(iterable): a new list of the iterable's items.
MoltValue sequenceList(MoltValue iterable);
/// sorted(iterable, key=..., reverse=...) core: sorts list in place; key may be
/// MOLT_NONE. 0 or -1.
int listSort(MoltValue list, MoltValue key, bool reverse);
/// Fills the list method `name` left null in the method table (list.sort,
/// installed by molt_use_list_sort when the program can reach it).
void listInstallMethod(const char *name, MoltVectorcall fn);
/// list.reverse() in place.
void listReverse(MoltValue list);

} // namespace molt::rt
#endif

#endif /* MOLT_LISTOBJECT_H */
