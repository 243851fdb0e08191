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
  // __new__/__init__/__del__ as the MRO resolves them (borrowed from the
  // class dicts), valid while specVersion == version: every instance
  // creation and destruction asks for them.
  uint64_t specVersion;
  // Inline attribute values (instance_values.cpp): instances keep up to
  // ivCap attribute values at byte ivOffset while they have no dict; ivKeys
  // names them (interned strs, first-assignment order, ivCount in use).
  size_t ivOffset; // 0: instances of this class keep a dict only
  uint32_t ivCap, ivCount;
  uint32_t ivFixed;               // keys some instance holds values for: their order is final
  MoltValue *ivKeys;              // malloc'ed, ivCap entries
  MoltValue newFn, initFn, delFn; // MOLT_UNBOUND when absent
  MoltType *newOwner, *initOwner; // defining classes (null when absent)
  // __getattribute__ or __class__ is not object's (isinstance must then
  // consult obj.__class__); valid with the specials above.
  bool classAttrCustom;
  // Plain classes, valid with the specials: instances come from
  // object.__new__ and a compiled __init__ function (typeCall allocates and
  // enters it directly), and die without __del__ (heapDealloc skips the
  // resurrection and side-table checks).
  bool ctorPlain, deallocPlain;
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
/// True if instances of t keep their dict in a side table (int/str/tuple subclasses).
bool usesSideDict(MoltType *t);
/// Raises "Can't instantiate abstract class X without an implementation for
/// abstract method(s) ..." for a type flagged kTypeAbstract. MOLT_ERROR.
MoltValue raiseAbstract(MoltType *type);
/// Re-creates an exact str/bytes/tuple v as an instance of subclass t
/// (consumes v); other values are returned unchanged.
MoltValue retypeBuiltin(MoltType *t, MoltValue v);
/// Initializes the fields a heap type adds to an instance (dict, __slots__).
void heapInitInstance(MoltValue obj);
/// The same for a fresh object o of heap type t.
void heapInitFields(MoltObject *o, MoltType *t);
/// type.__call__ for a class whose specials say ctorPlain (and not
/// abstract): object.__new__, then its __init__ function entered directly.
MoltValue heapConstructPlain(MoltType *t, const MoltValue *args, size_t nargs, MoltValue kwnames);
/// The instance part of type.__call__ after __new__: runs __init__ when obj
/// is an instance of t. Consumes obj; returns it or MOLT_ERROR.
MoltValue heapCallInit(MoltType *t, MoltValue obj, const MoltValue *args, size_t nargs,
                       MoltValue kwnames);
/// True if instances of t keep their attributes as inline values (no dict yet).
inline bool hasInlineValues(const MoltType *t) {
  return isHeapType(t) && reinterpret_cast<const MoltHeapType *>(t)->ivCap != 0;
}
/// How many leading keys an instance in inline-values mode has values for:
/// its dict slot holds that count as a small int (0 or None when fresh).
inline uint32_t inlineCount(MoltValue dictSlot) {
  return molt_is_small_int(dictSlot) ? uint32_t(molt_small_int_val(dictSlot)) : 0;
}
/// The inline values of obj, an instance of h.
inline MoltValue *inlineValues(MoltValue obj, const MoltHeapType *h) {
  return reinterpret_cast<MoltValue *>(reinterpret_cast<char *>(molt_ptr(obj)) + h->ivOffset);
}
/// Index of name (a str) among h's keys, or -1.
int inlineKeyIndex(const MoltHeapType *h, MoltValue name);
/// obj.name from obj's inline values (obj in inline mode; borrowed; MOLT_UNBOUND if absent).
MoltValue inlineGet(MoltValue obj, MoltHeapType *h, MoltValue name);
/// Stores obj.name = v in the inline values if the layout allows: 1 done,
/// 0 not possible (the caller materializes the dict), -1 error.
int inlineSet(MoltValue obj, MoltHeapType *h, MoltValue *dictSlot, MoltValue name, MoltValue v);
/// Moves obj's inline values into a new dict in *dictSlot (nothing if obj
/// already has a dict or holds no values). 0 or -1.
int inlineMaterialize(MoltValue obj, MoltHeapType *h, MoltValue *dictSlot);
/// Drops obj's inline values (dealloc).
void inlineClear(MoltValue obj, MoltHeapType *h, MoltValue *dictSlot);
/// Sets up h's inline-values region at byte `offset` of instances with room
/// for `cap` values, its keys seeded from `names` (interned strs).
void inlineLayoutInit(MoltHeapType *h, size_t offset, uint32_t cap, const MoltValue *names,
                      size_t nnames);

/// t's special-method cache, refreshed if the class changed since it was filled.
MoltHeapType *heapSpecials(MoltType *t);
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
