// The runtime's object model (C++ side of molt.h): type objects with slot
// tables, method tables, allocation, and the helpers every object file uses.
// DESIGN.md section 3. Runtime code only; generated C sees molt.h.
//
// Dispatch: every operation looks at the operand's MoltType slots, as
// CPython's type slots do. Builtin types fill them with C++ functions; user
// classes (issue 4) will fill them with trampolines to Python methods.
// Binary number slots take both operands (either may be "self") and return
// NotImplemented (molt_not_implemented(), new ref) for types they do not
// handle; the dispatcher then tries the reflected operand's slot.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "molt/molt.h"

namespace molt::rt {

using binaryfunc = MoltValue (*)(MoltValue a, MoltValue b);
using ternaryfunc = MoltValue (*)(MoltValue a, MoltValue b, MoltValue c);
using unaryfunc = MoltValue (*)(MoltValue a);
using inquiry = int (*)(MoltValue a);                // 1, 0, -1
using lenfunc = int64_t (*)(MoltValue a);            // -1 on error
using hashfunc = int (*)(MoltValue a, int64_t *out); // 0 or -1 (unhashable...)
using richcmpfunc = MoltValue (*)(MoltValue a, MoltValue b, int op);
using objobjproc = int (*)(MoltValue container, MoltValue item);    // contains: 1, 0, -1
using setitemfunc = int (*)(MoltValue o, MoltValue k, MoltValue v); // v == MOLT_UNBOUND: delete
using getattrfunc = MoltValue (*)(MoltValue o, MoltValue name);
using setattrfunc = int (*)(MoltValue o, MoltValue name, MoltValue v); // v == MOLT_UNBOUND: delete
using visitfunc = void (*)(MoltValue child, void *arg);
using traversefunc = void (*)(MoltObject *o, visitfunc visit, void *arg);
using deallocfunc = void (*)(MoltObject *o);
/// Constructor: type(args...) before __init__; args/kwnames as vectorcall.
using newfunc = MoltValue (*)(MoltType *type, const MoltValue *args, size_t nargs,
                              MoltValue kwnames);

/// Number protocol. Binary slots: see the file comment (NotImplemented).
struct NumberSlots {
  binaryfunc add, sub, mul, truediv, floordiv, mod, divmod, lshift, rshift, and_, or_, xor_, matmul;
  ternaryfunc pow; // c is MOLT_NONE for 2-argument pow
  // In-place forms; NULL means "use the binary slot" (immutable types).
  binaryfunc iadd, isub, imul, itruediv, ifloordiv, imod, ilshift, irshift, iand, ior, ixor,
      imatmul;
  ternaryfunc ipow;
  unaryfunc neg, pos, abs, invert;
  inquiry bool_;    // truth value
  unaryfunc int_;   // int(x)
  unaryfunc float_; // float(x)
  unaryfunc index;  // operator.index(x): an exact int
};

/// Sequence/mapping protocol.
struct ContainerSlots {
  lenfunc len;
  binaryfunc getitem;  // o[k], any key (ints and slices for sequences)
  setitemfunc setitem; // o[k] = v / del o[k]
  objobjproc contains; // `in`
  binaryfunc concat;   // seq + seq when the number slot is absent (unused by builtins)
};

/// A method of a builtin type: fn gets self as args[0].
struct MethodDef {
  const char *name;
  MoltVectorcall fn;
  int flags; // kMethStatic / kMethClass
};
inline constexpr int kMethStatic = 1; ///< no self (e.g. str.maketrans, dict.fromkeys is kMethClass)
inline constexpr int kMethClass = 2;  ///< args[0] is the type
/// Fills the null entry `name` of a method table with fn: an optional method
/// (molt/optional_methods.def), installed before its type is readied.
void installMethod(MethodDef *table, const char *name, MoltVectorcall fn);

/// A computed attribute of a builtin type (e.g. int.real, function.__name__).
struct GetSetDef {
  const char *name;
  MoltValue (*get)(MoltValue self);
  int (*set)(MoltValue self, MoltValue v); // NULL: read-only ("readonly attribute")
  // (added by core) set receives v == MOLT_UNBOUND for `del obj.name`.
};

/// Type flags.
inline constexpr uint32_t kTypeBaseType = 1;    ///< may be subclassed
inline constexpr uint32_t kTypeException = 2;   ///< BaseException or a subclass
inline constexpr uint32_t kTypeImmutable = 4;   ///< attributes cannot be set (builtins)
inline constexpr uint32_t kTypeIntSubclass = 8; ///< fast isinstance checks
inline constexpr uint32_t kTypeStrSubclass = 16;
inline constexpr uint32_t kTypeTupleSubclass = 32;
inline constexpr uint32_t kTypeListSubclass = 64;
inline constexpr uint32_t kTypeDictSubclass = 128;

} // namespace molt::rt

/// A type object. Builtin types are static, immortal instances.
struct MoltType {
  MoltObject ob;
  const char *name; // __name__ ("int", "ValueError")
  MoltType *base;   // __base__ (NULL only for object)
  uint32_t flags;   // molt::rt::kType*
  size_t basicsize; // instance size in bytes (for exceptions and user classes)
  molt::rt::deallocfunc dealloc;
  molt::rt::traversefunc traverse; // visits every MoltValue child (cycle collector, later)
  molt::rt::unaryfunc repr;
  molt::rt::unaryfunc str; // NULL: use repr
  molt::rt::hashfunc hash; // NULL: unhashable ("unhashable type: 'list'")
  molt::rt::richcmpfunc richcompare;
  molt::rt::getattrfunc getattr; // NULL: generic (type dict: methods, getsets)
  molt::rt::setattrfunc setattr; // NULL: attributes are read-only/absent
  MoltVectorcall call;           // NULL: not callable
  molt::rt::unaryfunc iter;
  molt::rt::unaryfunc iternext; // MOLT_STOP when exhausted
  const molt::rt::NumberSlots *number;
  const molt::rt::ContainerSlots *container;
  const molt::rt::MethodDef *methods; // terminated by {nullptr}
  const molt::rt::GetSetDef *getsets; // terminated by {nullptr}
  molt::rt::newfunc new_;             // calling the type; NULL: "cannot create 'X' instances"
  MoltValue dict;                     // type __dict__ (built at start-up), MOLT_NONE before
  MoltValue mro;                      // tuple of types, built at start-up
  const char *doc;
  /* added by core: the descriptor protocol (NULL: not a descriptor). obj is
   * MOLT_UNBOUND when the attribute is read through the type itself. */
  MoltValue (*descr_get)(MoltValue descr, MoltValue obj, MoltType *owner) = nullptr;
  /* added by core: __set__/__delete__ (v == MOLT_UNBOUND: delete); non-NULL = data descriptor. */
  int (*descr_set)(MoltValue descr, MoltValue obj, MoltValue v) = nullptr;
  /* added by core: byte offset of the instance __dict__ MoltValue slot in
   * instances (0: no instance dict); used by the generic get/setattr. */
  size_t dictoffset = 0;
};

namespace molt::rt {

// ---------------------------------------------------------------------------
// Allocation

/// True when `bytes` (a size computed in 64 bits) is more than one object may
/// span on this target: more than half of wasm32's address space (where a
/// size_t would wrap around), more than x86-64's and AArch64's 47-bit user
/// address space. The caller raises MemoryError (CPython's answer too).
inline bool objectTooLarge(int64_t bytes) {
  constexpr uint64_t kLimit =
      (sizeof(void *) == 4 ? uint64_t(PTRDIFF_MAX) : uint64_t(1) << 47) - 65536; // room for headers
  return bytes < 0 || uint64_t(bytes) > kLimit;
}
/// Allocates and initializes an object of `size` bytes (header filled,
/// refcnt 1); raises MemoryError and returns nullptr on failure.
MoltObject *allocObject(MoltType *type, size_t size);
/// Like allocObject, but zeroes only the first `zeroed` bytes (for objects
/// whose tail, e.g. str data, is written at once by the caller).
MoltObject *allocObjectHead(MoltType *type, size_t size, size_t zeroed);
/// Releases the memory of an object (after its dealloc dropped children).
void freeObject(MoltObject *o);
/// Raw memory from the small-object allocator (malloc above 512 bytes); 16-byte aligned.
void *allocRaw(size_t size);
/// Releases memory from allocRaw (or malloc: either is accepted); nullptr is ignored.
void freeRaw(void *p);
/// Marks an object immortal (constants, singletons).
inline void makeImmortal(MoltObject *o) { o->refcnt = MOLT_IMMORTAL_REFCNT; }

/// Object pointer of a value, typed.
template <class T> inline T *as(MoltValue v) { return reinterpret_cast<T *>(molt_ptr(v)); }
/// True if v is a heap object of exactly type t.
inline bool isExact(MoltValue v, const MoltType *t) {
  return molt_is_ptr(v) && molt_ptr(v)->type == t;
}
/// True if type t is `base` or derives from it.
bool isSubtype(const MoltType *t, const MoltType *base);
/// isinstance(v, t) for a type pointer.
inline bool isInstance(MoltValue v, const MoltType *t) { return isSubtype(molt_type_of(v), t); }

// ---------------------------------------------------------------------------
// Generic helpers every object file uses

/// Python's `==` as a C truth value with the identity shortcut (1, 0, -1).
int equals(MoltValue a, MoltValue b);
/// hash(v) into *out: 0 or -1 (TypeError "unhashable type: 'X'").
int hashValue(MoltValue v, int64_t *out);
/// type(v).__name__
const char *typeName(MoltValue v);
/// The index of an int-like value (operator.index); -1 with TypeError otherwise.
/// On success *out holds the value clamped? No: OverflowError if it does not fit int64.
int indexAsI64(MoltValue v, int64_t *out);
/// Creates a str from UTF-8 bytes (new reference); nullptr-free: MOLT_ERROR on OOM.
MoltValue strFromUtf8(std::string_view s);
/// The UTF-8 bytes of a str value (must be a str).
std::string_view strView(MoltValue s);
/// True if v is a str (or subclass).
bool isStr(MoltValue v);
/// True if v is an int (small, bigint, bool excluded? no: bool counts, as in Python).
bool isIntLike(MoltValue v);
/// Raises TypeError "unsupported operand type(s) for OP: 'A' and 'B'".
MoltValue raiseBinaryTypeError(const char *op, MoltValue a, MoltValue b);

/* added by core ------------------------------------------------------------ */

/// Type flag: a class created at run time (user class); only these accept setattr.
inline constexpr uint32_t kTypeHeap = 256;
/// True once readyType ran (or is running) for t.
inline bool typeIsReady(const MoltType *t) { return t->dict != MOLT_NONE && t->dict != 0; }
/// type(v) from the value's tag, before any readiness check.
inline MoltType *rawTypeOf(MoltValue v) {
  if (molt_is_ptr(v)) return molt_ptr(v)->type;
  if (molt_is_small_int(v)) return &molt_type_int;
  if (molt_is_float(v)) return &molt_type_float;
  if (molt_is_bool(v)) return &molt_type_bool;
  return &molt_type_NoneType;
}
/// type(v) inline: the runtime asks it on every dispatch. molt_type_of (the
/// out-of-line form) also readies a lazy type.
inline MoltType *typeOf(MoltValue v) {
  MoltType *t = rawTypeOf(v);
  if (__builtin_expect(typeIsReady(t), 1)) return t;
  return (molt_type_of)(v);
}
/// Looks name (a str) up in the dicts of t's MRO: borrowed value or MOLT_UNBOUND.
MoltValue typeLookup(MoltType *t, MoltValue name);
/// typeLookup that also gives the MRO class whose dict holds the value (null if none).
MoltValue typeLookupOwner(MoltType *t, MoltValue name, MoltType **owner);
/// A fresh, never reused version tag for a heap type (type attribute cache key).
uint64_t nextTypeVersion();
/// Drops every type attribute cache entry (after a builtin type's dict changed).
void typeCacheFlush();
/// PyObject_GenericGetAttr: data descriptors, then *dictp (instance dict; dictp
/// may be nullptr, *dictp may be MOLT_NONE), then other class attributes.
MoltValue genericGetAttr(MoltValue o, MoltValue name, MoltValue *dictp);
/// PyObject_GenericSetAttr (v == MOLT_UNBOUND deletes); creates *dictp lazily
/// when dictp is non-null. 0 or -1.
int genericSetAttr(MoltValue o, MoltValue name, MoltValue v, MoltValue *dictp);
/// A builtin function object wrapping fn (repr "<built-in function NAME>"), or,
/// when self is not MOLT_NONE, a builtin method whose fn gets self as args[0].
MoltValue makeBuiltinFunction(const char *name, MoltVectorcall fn, MoltValue self);
/// A bound method object (type `method`) of callable func on self.
MoltValue makeBoundMethod(MoltValue func, MoltValue self);
/// Calls callable(self, *args, **kw) (vectorcall args/kwnames) without building a tuple.
MoltValue callWithSelf(MoltValue callable, MoltValue self, const MoltValue *args, size_t nargs,
                       MoltValue kwnames);
/// Number of keyword arguments described by a vectorcall kwnames (tuple or MOLT_NONE).
size_t kwCount(MoltValue kwnames);
/// The module object of a compiled module (created on first use; its body is
/// NOT run). New reference. Used by molt_main for __main__.
MoltValue moduleFromInfo(const MoltModuleInfo *info);
/// Default repr "<object object at 0x...>" / "<mod.Qual object at 0x...>".
MoltValue objectRepr(MoltValue o);
/// Identity hash of an object pointer (CPython's pointer hash: rotate by 4).
int64_t pointerHash(const void *p);
/// divmod(a, b) through the number slots (TypeError as CPython's divmod()).
MoltValue divmodValues(MoltValue a, MoltValue b);
/// pow(a, b, c) through the number slots; c == MOLT_NONE is 2-argument pow.
MoltValue powValues(MoltValue a, MoltValue b, MoltValue c);
/// types.GenericAlias(origin, args) (args: a tuple or a single item): what a
/// builtin container's __class_getitem__ returns (list[int]).
MoltValue makeGenericAlias(MoltValue origin, MoltValue args);
/// Raises TypeError "bad operand type for unary OP: 'X'" (OP: "-", "+", "~", "abs()").
MoltValue raiseUnaryTypeError(const char *op, MoltValue a);

/// Registers a builtin type's dict and MRO at start-up (idempotent).
/// (core) Also inherits NULL slots from the base (number/container structs,
/// repr, str, getattr, setattr, call, iter, iternext, descr_get/set,
/// dictoffset; hash+richcompare together when both are NULL; new_, dealloc,
/// traverse, basicsize when the base is not object), fills the dict from
/// methods/getsets/slot wrappers, and keeps a preset MRO tuple. Runs lazily
/// from molt_type_of for a type whose dict is still MOLT_NONE (or 0). A class
/// created at run time: leave dict MOLT_NONE (set mro first for multiple
/// inheritance), call readyType, then store the class namespace in t->dict.
void readyType(MoltType *t);

/// The iternext slot of iterator it, to be read once per loop; null for a
/// class (its slot may change while it iterates): then molt_iter_next.
using NextFn = MoltValue (*)(MoltValue);
inline NextFn stableNext(MoltValue it) {
  MoltType *t = molt_type_of(it);
  return (t->flags & kTypeHeap) ? nullptr : t->iternext;
}
/// The next item through the slot stableNext gave (MOLT_STOP at the end).
inline MoltValue nextItem(MoltValue it, NextFn f) { return f ? f(it) : molt_iter_next(it); }

/// Iterates a Python iterable calling fn(item) (item borrowed); fn returns
/// 0 to continue, 1 to stop early, -1 on error. Returns 0 or -1.
template <class Fn> int forEach(MoltValue iterable, Fn &&fn) {
  MoltValue it = molt_iter(iterable);
  if (molt_is_error(it)) return -1;
  NextFn f = stableNext(it);
  for (;;) {
    MoltValue item = nextItem(it, f);
    if (item == MOLT_STOP) break;
    if (molt_is_error(item)) {
      molt_decref(it);
      return -1;
    }
    int r = fn(item);
    molt_decref(item);
    if (r != 0) {
      molt_decref(it);
      return r < 0 ? -1 : 0;
    }
  }
  molt_decref(it);
  return 0;
}

} // namespace molt::rt

extern "C" {
/* added by core: readies every builtin type (dicts, MROs, inherited slots);
 * called once by molt_main before anything else. */
void molt_runtime_init(void);
}

/// Runtime code calls the inline typeOf under molt_type_of's name (write
/// `(molt_type_of)(v)` for the out-of-line C function).
#define molt_type_of(v) ::molt::rt::typeOf(v)
