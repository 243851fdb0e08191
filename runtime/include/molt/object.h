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
using inquiry = int (*)(MoltValue a);                    // 1, 0, -1
using lenfunc = int64_t (*)(MoltValue a);                // -1 on error
using hashfunc = int (*)(MoltValue a, int64_t *out);     // 0 or -1 (unhashable...)
using richcmpfunc = MoltValue (*)(MoltValue a, MoltValue b, int op);
using objobjproc = int (*)(MoltValue container, MoltValue item);  // contains: 1, 0, -1
using setitemfunc = int (*)(MoltValue o, MoltValue k, MoltValue v); // v == MOLT_UNBOUND: delete
using getattrfunc = MoltValue (*)(MoltValue o, MoltValue name);
using setattrfunc = int (*)(MoltValue o, MoltValue name, MoltValue v); // v == MOLT_UNBOUND: delete
using visitfunc = void (*)(MoltValue child, void *arg);
using traversefunc = void (*)(MoltObject *o, visitfunc visit, void *arg);
using deallocfunc = void (*)(MoltObject *o);
/// Constructor: type(args...) before __init__; args/kwnames as vectorcall.
using newfunc = MoltValue (*)(MoltType *type, const MoltValue *args, size_t nargs, MoltValue kwnames);

/// Number protocol. Binary slots: see the file comment (NotImplemented).
struct NumberSlots {
  binaryfunc add, sub, mul, truediv, floordiv, mod, divmod, lshift, rshift, and_, or_, xor_, matmul;
  ternaryfunc pow;  // c is MOLT_NONE for 2-argument pow
  // In-place forms; NULL means "use the binary slot" (immutable types).
  binaryfunc iadd, isub, imul, itruediv, ifloordiv, imod, ilshift, irshift, iand, ior, ixor, imatmul;
  ternaryfunc ipow;
  unaryfunc neg, pos, abs, invert;
  inquiry bool_;      // truth value
  unaryfunc int_;     // int(x)
  unaryfunc float_;   // float(x)
  unaryfunc index;    // operator.index(x): an exact int
};

/// Sequence/mapping protocol.
struct ContainerSlots {
  lenfunc len;
  binaryfunc getitem;     // o[k], any key (ints and slices for sequences)
  setitemfunc setitem;    // o[k] = v / del o[k]
  objobjproc contains;    // `in`
  binaryfunc concat;      // seq + seq when the number slot is absent (unused by builtins)
};

/// A method of a builtin type: fn gets self as args[0].
struct MethodDef {
  const char *name;
  MoltVectorcall fn;
  int flags;  // kMethStatic / kMethClass
};
inline constexpr int kMethStatic = 1;  ///< no self (e.g. str.maketrans, dict.fromkeys is kMethClass)
inline constexpr int kMethClass = 2;   ///< args[0] is the type

/// A computed attribute of a builtin type (e.g. int.real, function.__name__).
struct GetSetDef {
  const char *name;
  MoltValue (*get)(MoltValue self);
  int (*set)(MoltValue self, MoltValue v);  // NULL: read-only ("readonly attribute")
};

/// Type flags.
inline constexpr uint32_t kTypeBaseType = 1;      ///< may be subclassed
inline constexpr uint32_t kTypeException = 2;     ///< BaseException or a subclass
inline constexpr uint32_t kTypeImmutable = 4;     ///< attributes cannot be set (builtins)
inline constexpr uint32_t kTypeIntSubclass = 8;   ///< fast isinstance checks
inline constexpr uint32_t kTypeStrSubclass = 16;
inline constexpr uint32_t kTypeTupleSubclass = 32;
inline constexpr uint32_t kTypeListSubclass = 64;
inline constexpr uint32_t kTypeDictSubclass = 128;

}  // namespace molt::rt

/// A type object. Builtin types are static, immortal instances.
struct MoltType {
  MoltObject ob;
  const char *name;            // __name__ ("int", "ValueError")
  MoltType *base;              // __base__ (NULL only for object)
  uint32_t flags;              // molt::rt::kType*
  size_t basicsize;            // instance size in bytes (for exceptions and user classes)
  molt::rt::deallocfunc dealloc;
  molt::rt::traversefunc traverse;  // visits every MoltValue child (cycle collector, later)
  molt::rt::unaryfunc repr;
  molt::rt::unaryfunc str;     // NULL: use repr
  molt::rt::hashfunc hash;     // NULL: unhashable ("unhashable type: 'list'")
  molt::rt::richcmpfunc richcompare;
  molt::rt::getattrfunc getattr;  // NULL: generic (type dict: methods, getsets)
  molt::rt::setattrfunc setattr;  // NULL: attributes are read-only/absent
  MoltVectorcall call;         // NULL: not callable
  molt::rt::unaryfunc iter;
  molt::rt::unaryfunc iternext;  // MOLT_STOP when exhausted
  const molt::rt::NumberSlots *number;
  const molt::rt::ContainerSlots *container;
  const molt::rt::MethodDef *methods;  // terminated by {nullptr}
  const molt::rt::GetSetDef *getsets;  // terminated by {nullptr}
  molt::rt::newfunc new_;      // calling the type; NULL: "cannot create 'X' instances"
  MoltValue dict;              // type __dict__ (built at start-up), MOLT_NONE before
  MoltValue mro;               // tuple of types, built at start-up
  const char *doc;
};

namespace molt::rt {

// ---------------------------------------------------------------------------
// Allocation

/// Allocates and initializes an object of `size` bytes (header filled,
/// refcnt 1); raises MemoryError and returns nullptr on failure.
MoltObject *allocObject(MoltType *type, size_t size);
/// Releases the memory of an object (after its dealloc dropped children).
void freeObject(MoltObject *o);
/// Marks an object immortal (constants, singletons).
inline void makeImmortal(MoltObject *o) { o->refcnt = MOLT_IMMORTAL_REFCNT; }

/// Object pointer of a value, typed.
template <class T> inline T *as(MoltValue v) { return reinterpret_cast<T *>(molt_ptr(v)); }
/// True if v is a heap object of exactly type t.
inline bool isExact(MoltValue v, const MoltType *t) { return molt_is_ptr(v) && molt_ptr(v)->type == t; }
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

/// Registers a builtin type's dict and MRO at start-up (idempotent).
void readyType(MoltType *t);

/// Iterates a Python iterable calling fn(item) (item borrowed); fn returns
/// 0 to continue, 1 to stop early, -1 on error. Returns 0 or -1.
template <class Fn> int forEach(MoltValue iterable, Fn &&fn) {
  MoltValue it = molt_iter(iterable);
  if (molt_is_error(it)) return -1;
  for (;;) {
    MoltValue item = molt_iter_next(it);
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

}  // namespace molt::rt
