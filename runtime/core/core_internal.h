// Private to the runtime core (core/ and the core object files): layouts of
// the core object types and declarations owned by other areas that may not
// exist yet in the tree.
#pragma once

#include <cstdarg>
#include <cstdio>
#include <string>
#include <string_view>

#include "molt/object.h"

// --- Other areas' headers (fallback declarations until they land) ----------

#include "molt/dictobject.h"
#include "molt/intobject.h"
#include "molt/listobject.h"
#include "molt/strobject.h"
#include "molt/tupleobject.h"
#include "textfmt.h"

// --- Core object layouts ---------------------------------------------------

/// Common prefix of method descriptors and builtin functions: slot wrappers
/// read `owner` from the callable they receive.
struct MoltCFuncBase {
  MoltObject ob;
  const char *name;
  MoltVectorcall fn;
  MoltType *owner; // defining type (NULL for plain builtin functions)
};

/// A method of a builtin type in the type's dict (list.append).
struct MoltMethodDescr {
  MoltCFuncBase base;
  int flags; // molt::rt::kMeth* | kMethSlotWrapper
};

/// A builtin function or a builtin method bound to self.
struct MoltBuiltinFunction {
  MoltCFuncBase base;
  MoltValue self; // MOLT_UNBOUND: plain function (no self)
  int flags;      // kMethSlotWrapper for method-wrapper reprs
};

/// A computed attribute of a builtin type (int.real).
struct MoltGetSetDescr {
  MoltObject ob;
  const molt::rt::GetSetDef *def;
  MoltType *owner;
};

/// A bound method of a Python callable.
struct MoltMethod {
  MoltObject ob;
  MoltValue func, self;
};

/// A module object.
struct MoltModule {
  MoltObject ob;
  const MoltModuleInfo *info;
  MoltValue name;  // str
  MoltValue extra; // dict of attributes that are not global slots, or MOLT_NONE
  int32_t *index;  // open-addressing name -> slot table (built lazily), -1 = empty
  uint32_t indexMask;
  int initializing; // body running
};

extern MoltType molt_type_method_descriptor;
extern MoltType molt_type_getset_descriptor;
extern MoltType molt_type_seqiter;
extern MoltType molt_type_genericalias;
extern MoltType molt_type_union;

namespace molt::rt {

/// The top `bits` bits of a multiplicative (Fibonacci) hash of an address:
/// the slot of a small direct-mapped cache keyed by a pointer.
inline unsigned addressHash(uintptr_t a, unsigned bits) {
  return unsigned((uint64_t(a) * 0x9E3779B97F4A7C15ull) >> (64 - bits));
}

/// Internal method flag: a slot wrapper (`<slot wrapper '__add__' of 'int' objects>`).
inline constexpr int kMethSlotWrapper = 0x100;

/// An interned str for a C string (immortal). Hot paths (dunder lookups in
/// slot trampolines, instance creation) call it per operation: a cache keyed
/// by the pointer and checked against the contents skips the intern table.
MoltValue cstr(const char *s);
/// The interned str of a string literal, made once per use site: for the
/// hottest paths (instance creation, dealloc), where even cstr's probe shows.
#define staticName(lit)                                                                            \
  ([]() -> MoltValue {                                                                             \
    static const MoltValue v = ::molt::rt::internStr(lit);                                         \
    return v;                                                                                      \
  }())
/// The special method `name` of type(obj) bound to obj, or MOLT_UNBOUND (nothing raised).
MoltValue boundSpecial(MoltValue obj, const char *name);
/// `with`/`async with` entry: binds enterName/exitName on the manager's type
/// (CPython's "does not support the <protocol> protocol" TypeErrors), calls the
/// enter method and stores the bound exit method in *exit_out.
MoltValue enterContext(MoltValue mgr, MoltValue *exit_out, const char *enterName,
                       const char *exitName, const char *protocol);
/// Adds a callable run at normal exit (weakref.finalize's atexit), newest first.
void registerExitHook(MoltValue fn);
/// Runs the exit hooks (molt_main, after the main module finished).
void runExitHooks();
/// Sets molt_state.stack_limit from the platform (once; sys.setrecursionlimit calls it).
void initStackLimit();
/// A new str from a printf format.
MoltValue strFormat(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/// "0x7f..." for an address, as CPython's %p.
std::string addrString(const void *p);

/// Method descriptor object for a MethodDef (immortal).
MoltValue makeMethodDescr(MoltType *owner, const MethodDef *def);
/// Slot wrapper descriptor (immortal).
MoltValue makeSlotWrapper(MoltType *owner, const char *name, MoltVectorcall fn);
/// getset descriptor object (immortal).
MoltValue makeGetSetDescr(MoltType *owner, const GetSetDef *def);
/// A bound builtin method (self may be any value, None included).
MoltValue makeBoundBuiltin(const char *name, MoltVectorcall fn, MoltType *owner, MoltValue self,
                           int flags);
/// __module__ of a type as a C string view ("builtins" for static types).
std::string typeModule(MoltType *t);
/// __qualname__ of a type.
std::string typeQualname(MoltType *t);
/// Adds the slot wrappers (__repr__, __add__, ...) of t's slots to its dict.
void addSlotWrappers(MoltType *t);
/// Calls fn with args prepended by self (helper for bound methods).
MoltValue callPrepend(MoltVectorcall fn, MoltValue callable, MoltValue self, const MoltValue *args,
                      size_t nargs, MoltValue kwnames);
/// CPython's string for a str value as a std::string_view, safe for non-str (empty).
inline std::string_view sv(MoltValue s) { return isStr(s) ? strView(s) : std::string_view(); }

} // namespace molt::rt

namespace molt::rt {
/// The number slot m of t or of its nearest base defining it (slot inheritance).
template <class F> inline F numSlot(const MoltType *t, F NumberSlots::*m) {
  for (; t; t = t->base)
    if (t->number && t->number->*m) return t->number->*m;
  return nullptr;
}
/// The container slot m of t or of its nearest base defining it.
template <class F> inline F contSlot(const MoltType *t, F ContainerSlots::*m) {
  for (; t; t = t->base)
    if (t->container && t->container->*m) return t->container->*m;
  return nullptr;
}
} // namespace molt::rt

namespace molt::rt {
/// The global slot index of `name` in module m, or -1.
int64_t moduleSlot(MoltModule *m, std::string_view name);
/// Records obj and name on the pending AttributeError (for "Did you mean" hints).
void setAttrErrorContext(MoltValue obj, MoltValue name);
/// Appends the repr of a type argument as typing shows it ("int", "list[int]", "...").
bool appendTypeRepr(std::string &out, MoltValue v);
/// a | b for types/None/aliases/unions (types.UnionType); NotImplemented otherwise.
MoltValue makeUnion(MoltValue a, MoltValue b);
/// An iterator over seq through __getitem__ (old sequence protocol).
MoltValue seqIterNew(MoltValue seq);
/// A new module object for info (or a bare module named `name` when info is NULL).
MoltValue moduleNew(const MoltModuleInfo *info, MoltValue name);
} // namespace molt::rt

/// weakref.ReferenceType (runtime/objects/weakref.cpp).
extern MoltType molt_type_weakref;

namespace molt::rt {
/// Number of objects that currently have weak references (0: dealloc skips the table).
extern size_t weakrefTargetCount;
/// Kills o's weak references and runs their callbacks (o is being freed).
void weakrefClear(MoltObject *o);
/// weakref.getweakrefcount(obj).
size_t weakrefCount(MoltValue obj);
/// weakref.getweakrefs(obj): a new list.
MoltValue weakrefList(MoltValue obj);
/// True if obj can be weakly referenced.
bool weakrefSupported(MoltValue obj);
/// super().name(args) without a bound method (set by molt_use_super):
/// MOLT_UNBOUND when self is not a super object this applies to.
extern MoltValue (*gSuperCallMethod)(MoltValue self, MoltValue name, const MoltValue *args,
                                     size_t nargs, MoltValue kwnames);
} // namespace molt::rt
