// Classes created at run time (the `class` statement, type(name, bases, ns)):
// the heap type layout, and the helpers the core uses for them. Heap types
// are immortal once created (simple and safe: instances, subclasses and
// caches keep raw pointers to them).
#pragma once

#include "molt/object.h"

/// A class created at run time. `type` comes first: a MoltHeapType* is a MoltType*.
struct MoltHeapType {
  MoltType type;
  molt::rt::NumberSlots number;       // own copy: trampolines + inherited slots
  molt::rt::ContainerSlots container; // own copy
  MoltValue name;                     // __name__ (str)
  MoltValue qualname;                 // __qualname__ (str)
  MoltValue bases;                    // __bases__ (tuple)
  MoltValue slots;                    // __slots__ names (tuple) or MOLT_NONE
  uint64_t version;                   // bumped on every mutation of the class
  size_t slotOffset;                  // first __slots__ field of instances
  size_t nslots;                      // fields this class adds for __slots__
  bool ownDict;                       // this class added the instance dict field
  bool sideDict;                      // instance dicts live in a side table (int/str/tuple)
  MoltHeapType **subclasses;          // direct heap subclasses (malloc'ed array)
  size_t nsub, capsub;
};

namespace molt::rt {

/// True if t is a heap type.
inline bool isHeapType(const MoltType *t) { return (t->flags & kTypeHeap) != 0; }
/// Type flag: the class's own `__abstractmethods__` is non-empty (object.__new__ refuses it).
inline constexpr uint32_t kTypeAbstract = 512;
/// The heap struct of a heap type.
inline MoltHeapType *heapOf(MoltType *t) { return reinterpret_cast<MoltHeapType *>(t); }

/// type.__new__(meta, name, bases, ns, **kw): creates a class. New reference.
MoltValue heapTypeNew(MoltType *meta, MoltValue name, MoltValue bases, MoltValue ns);
/// Recomputes the slot table of a heap type and its subclasses after the
/// class attribute `name` changed (NULL: everything).
void heapTypeModified(MoltType *t, MoltValue name);
/// Fills the C slots of heap type t from the dunders of its MRO.
void heapFillSlots(MoltHeapType *h);
/// The instance-dict slot of obj (field or side table; MOLT_NONE/0 inside
/// when no dict yet), NULL if obj's type has no instance dict. create: make
/// the side-table entry when missing.
MoltValue *instanceDictSlot(MoltValue obj, bool create);
/// Raises "Can't instantiate abstract class X without an implementation for
/// abstract method(s) ..." for a type flagged kTypeAbstract. MOLT_ERROR.
MoltValue raiseAbstract(MoltType *type);
/// Re-creates an exact str/bytes/tuple v as an instance of subclass t
/// (consumes v); other values are returned unchanged.
MoltValue retypeBuiltin(MoltType *t, MoltValue v);
/// Initializes the fields a heap type adds to an instance (dict, __slots__).
void heapInitInstance(MoltValue obj);
/// The instance part of type.__call__ after __new__: runs __init__ when obj
/// is an instance of t. Consumes obj; returns it or MOLT_ERROR.
MoltValue heapCallInit(MoltType *t, MoltValue obj, const MoltValue *args, size_t nargs,
                       MoltValue kwnames);
/// True if t (or a base before object) overrides __init__ / __new__.
bool typeOverridesInit(MoltType *t);
bool typeOverridesNew(MoltType *t);
/// Looks up a special method on type(self) and calls it with self prepended.
/// MOLT_UNBOUND (nothing raised) when the type has no such attribute.
MoltValue callSpecial(MoltValue self, MoltValue name, const MoltValue *args, size_t nargs);
/// Same, for a C-string name.
MoltValue callSpecialC(MoltValue self, const char *name, const MoltValue *args, size_t nargs);

/// type.__new__ as a `new_` slot: type(x), type(name, bases, ns), Meta(...).
MoltValue typeNewSlot(MoltType *meta, const MoltValue *args, size_t nargs, MoltValue kwnames);
/// A member descriptor for a __slots__ field at byte `offset` of instances of t.
MoltValue memberDescrNew(MoltType *t, MoltValue name, size_t offset);

/// isinstance(obj, cls) with tuples, unions and __instancecheck__: 1, 0, -1.
int objectIsInstance(MoltValue obj, MoltValue cls, int depth);
/// issubclass(derived, cls) with tuples, unions and __subclasscheck__: 1, 0, -1.
int classIsSubclass(MoltValue derived, MoltValue cls, int depth);
/// If descr is a __slots__ member descriptor that applies to instances of t:
/// true, with the field's byte offset in *offset (attribute caches).
bool memberDescrField(MoltValue descr, MoltType *t, size_t *offset);
/// A read-only mappingproxy over mapping (class __dict__). New reference.
MoltValue mappingProxyNew(MoltValue mapping);

} // namespace molt::rt

extern MoltType molt_type_member_descriptor;
extern MoltType molt_type_mappingproxy;
