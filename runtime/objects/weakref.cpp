// weakref.ReferenceType (`weakref.ref`): weak references and their side table.
// Objects carry no weak-reference field: a global table maps the address of
// each object that has weak references to its list of them, and the count of
// such objects lets the dealloc paths skip the lookup entirely while no weak
// reference exists (molt_dealloc for builtin types, heapDealloc for
// instances of classes, after __del__ as in CPython).
#include <cstdio>
#include <string>
#include <unordered_map>
#include <vector>

#include "../builtins/builtins_internal.h"
#include "../core/core_internal.h"
#include "../core/textfmt.h"
#include "molt/heaptype.h"
#include "molt/molt.h"
#include "molt/object.h"

using namespace molt::rt;

namespace molt::rt {
size_t weakrefTargetCount = 0;
}

namespace {

struct Weakref {
  MoltObject ob;
  MoltObject *referent; ///< borrowed; nullptr once the referent died
  MoltValue callback;   ///< MOLT_NONE or a callable
  int64_t hash;
  bool hashed;
};

using WeakList = std::vector<Weakref *>;

/// Referent address -> its weak references in creation order. Never
/// destroyed (objects may die during exit).
std::unordered_map<MoltObject *, WeakList> &table() {
  static auto *t = new std::unordered_map<MoltObject *, WeakList>();
  return *t;
}

void detach(Weakref *w) {
  if (!w->referent) return;
  auto it = table().find(w->referent);
  w->referent = nullptr;
  if (it == table().end()) return;
  WeakList &l = it->second;
  for (size_t i = 0; i < l.size(); i++)
    if (l[i] == w) {
      l.erase(l.begin() + static_cast<ptrdiff_t>(i));
      break;
    }
  if (l.empty()) {
    table().erase(it);
    weakrefTargetCount--;
  }
}

/// CPython's rule: instances of classes (unless __slots__ left out
/// __weakref__ or the class derives from int/str/tuple/bytes) and some
/// builtin types.
bool supportsWeakrefs(MoltValue v) {
  if (!molt_is_ptr(v)) return false;
  MoltType *t = molt_type_of(v);
  if (isHeapType(t)) {
    if (heapOf(t)->sideDict) return false;
    MoltValue d = typeLookup(t, cstr("__weakref__"));
    if (molt_is_error(d)) {
      molt_decref(molt_err_fetch());
      return false;
    }
    return d != MOLT_UNBOUND;
  }
  return t == &molt_type_function || t == &molt_type_builtin_function || t == &molt_type_method ||
         t == &molt_type_set || t == &molt_type_frozenset || t == &molt_type_module ||
         t == &molt_type_generator || t == &molt_type_property || isSubtype(t, &molt_type_type);
}

Weakref *wr(MoltValue v) { return as<Weakref>(v); }

void weakrefDealloc(MoltObject *o) {
  auto *w = reinterpret_cast<Weakref *>(o);
  detach(w);
  molt_xdecref(w->callback);
  freeObject(o);
}

void weakrefTraverse(MoltObject *o, visitfunc visit, void *arg) {
  auto *w = reinterpret_cast<Weakref *>(o);
  if (molt_is_ptr(w->callback)) visit(w->callback, arg);
}

MoltValue weakrefNew(MoltType *t, const MoltValue *a, size_t n, MoltValue kw) {
  if (kwCount(kw) != 0)
    return molt_raise_fmt(&molt_type_TypeError, "ref() takes no keyword arguments");
  if (n < 1)
    return molt_raise_fmt(&molt_type_TypeError, "__new__ expected at least 1 argument, got 0");
  if (n > 2)
    return molt_raise_fmt(&molt_type_TypeError, "__new__ expected at most 2 arguments, got %zu", n);
  MoltValue obj = a[0];
  MoltValue cb = n == 2 ? a[1] : MOLT_NONE;
  if (!supportsWeakrefs(obj))
    return molt_raise_fmt(&molt_type_TypeError, "cannot create weak reference to '%s' object",
                          typeName(obj));
  MoltObject *target = molt_ptr(obj);
  bool exact = t == &molt_type_weakref;
  auto it = table().find(target);
  if (exact && cb == MOLT_NONE && it != table().end()) {
    // Plain references without a callback are shared, as in CPython.
    for (Weakref *w : it->second)
      if (w->ob.type == &molt_type_weakref && w->callback == MOLT_NONE)
        return molt_newref(molt_from_ptr(&w->ob));
  }
  MoltObject *o = allocObject(t, t->basicsize);
  if (!o) return MOLT_ERROR;
  auto *w = reinterpret_cast<Weakref *>(o);
  w->referent = target;
  w->callback = molt_newref(cb);
  w->hash = 0;
  w->hashed = false;
  it = table().find(target);
  if (it == table().end()) {
    table().emplace(target, WeakList{w});
    weakrefTargetCount++;
  } else {
    it->second.push_back(w);
  }
  return molt_from_ptr(o);
}

MoltValue weakrefCall(MoltValue self, const MoltValue *, size_t n, MoltValue kw) {
  if (kwCount(kw) != 0)
    return molt_raise_fmt(&molt_type_TypeError, "weakref() takes no keyword arguments");
  if (n != 0)
    return molt_raise_fmt(&molt_type_TypeError, "weakref expected 0 arguments, got %zu", n);
  Weakref *w = wr(self);
  if (!w->referent) return MOLT_NONE;
  return molt_newref(molt_from_ptr(w->referent));
}

MoltValue weakrefRepr(MoltValue self) {
  Weakref *w = wr(self);
  std::string s = "<weakref at " + addrString(w) + "; ";
  if (!w->referent) return strFromUtf8(s + "dead>");
  MoltValue obj = molt_from_ptr(w->referent);
  s += "to '";
  s += molt_type_of(obj)->name;
  s += "' at " + addrString(w->referent);
  MoltValue name = molt_getattr(obj, cstr("__name__"));
  if (molt_is_error(name)) {
    molt_decref(molt_err_fetch());
  } else {
    if (isStr(name)) s += " (" + std::string(strView(name)) + ")";
    molt_decref(name);
  }
  return strFromUtf8(s + ">");
}

int weakrefHash(MoltValue self, int64_t *out) {
  Weakref *w = wr(self);
  if (w->hashed) {
    *out = w->hash;
    return 0;
  }
  if (!w->referent) {
    molt_raise_fmt(&molt_type_TypeError, "weak object has gone away");
    return -1;
  }
  if (hashValue(molt_from_ptr(w->referent), &w->hash) < 0) return -1;
  w->hashed = true;
  *out = w->hash;
  return 0;
}

MoltValue weakrefRichCompare(MoltValue a, MoltValue b, int op) {
  if ((op != MOLT_EQ && op != MOLT_NE) || !isInstance(a, &molt_type_weakref) ||
      !isInstance(b, &molt_type_weakref))
    return molt_not_implemented();
  Weakref *x = wr(a), *y = wr(b);
  if (!x->referent || !y->referent) {
    bool same = a == b;
    return molt_bool(op == MOLT_EQ ? same : !same);
  }
  return molt_richcompare(molt_from_ptr(x->referent), molt_from_ptr(y->referent), op);
}

/// ref.__init__(ob, callback=None): the work is done by __new__; subclasses
/// call it through super().__init__(...).
MoltValue weakrefInit(MoltValue, const MoltValue *, size_t n, MoltValue kw) {
  if (kwCount(kw) != 0)
    return molt_raise_fmt(&molt_type_TypeError, "ref() takes no keyword arguments");
  if (n < 2)
    return molt_raise_fmt(&molt_type_TypeError, "__init__ expected at least 1 argument, got 0");
  if (n > 3)
    return molt_raise_fmt(&molt_type_TypeError, "__init__ expected at most 2 arguments, got %zu",
                          n - 1);
  return MOLT_NONE;
}

const MethodDef kWeakrefMethods[] = {
    {"__init__", weakrefInit, 0},
    {nullptr, nullptr, 0},
};

MoltValue getCallback(MoltValue self) { return molt_newref(wr(self)->callback); }

const GetSetDef kWeakrefGetSets[] = {
    {"__callback__", getCallback, nullptr},
    {nullptr, nullptr, nullptr},
};

/// Reports an exception raised by a callback as CPython does ("Exception
/// ignored in: ..."), then drops it.
void reportCallbackError(MoltValue cb) {
  MoltValue e = molt_err_fetch();
  MoltValue r = molt_repr(cb);
  std::string where = molt_is_error(r) ? std::string("callback") : std::string(strView(r));
  if (molt_is_error(r))
    molt_decref(molt_err_fetch());
  else
    molt_decref(r);
  MoltValue s = molt_str(e);
  std::string msg;
  if (molt_is_error(s)) {
    molt_decref(molt_err_fetch());
  } else {
    msg = std::string(strView(s));
    molt_decref(s);
  }
  writeStderrf("Exception ignored in: %s\n%s%s%s\n", where.c_str(), typeName(e),
               msg.empty() ? "" : ": ", msg.c_str());
  molt_decref(e);
}

} // namespace

namespace {
MoltType makeWeakrefType() {
  MoltType t = {};
  t.ob = {MOLT_IMMORTAL_REFCNT, &molt_type_type};
  t.name = "weakref.ReferenceType";
  t.base = &molt_type_object;
  t.flags = kTypeBaseType | kTypeImmutable;
  t.basicsize = sizeof(Weakref);
  t.dealloc = weakrefDealloc;
  t.traverse = weakrefTraverse;
  t.repr = weakrefRepr;
  t.hash = weakrefHash;
  t.richcompare = weakrefRichCompare;
  t.call = weakrefCall;
  t.getsets = kWeakrefGetSets;
  t.methods = kWeakrefMethods;
  t.new_ = weakrefNew;
  t.dict = MOLT_NONE;
  t.mro = MOLT_NONE;
  return t;
}
} // namespace

MoltType molt_type_weakref = makeWeakrefType();

namespace molt::rt {

void weakrefClear(MoltObject *o) {
  auto it = table().find(o);
  if (it == table().end()) return;
  WeakList l = std::move(it->second);
  table().erase(it);
  weakrefTargetCount--;
  // Kill every reference first, then run the callbacks newest first, each
  // holding its weakref alive for the call.
  std::vector<std::pair<MoltValue, MoltValue>> calls;
  for (size_t i = l.size(); i-- > 0;) {
    Weakref *w = l[i];
    w->referent = nullptr;
    if (w->callback != MOLT_NONE && w->ob.refcnt > 0) {
      MoltValue self = molt_newref(molt_from_ptr(&w->ob));
      calls.emplace_back(self, molt_newref(w->callback));
    }
  }
  if (calls.empty()) return;
  MoltValue saved = molt_err_occurred() ? molt_err_fetch() : MOLT_UNBOUND;
  for (auto &[self, cb] : calls) {
    MoltValue r = molt_call(cb, &self, 1, MOLT_NONE);
    if (molt_is_error(r))
      reportCallbackError(cb);
    else
      molt_decref(r);
    molt_decref(cb);
    molt_decref(self);
  }
  if (saved != MOLT_UNBOUND) {
    molt_err_restore(saved);
    molt_decref(saved);
  }
}

size_t weakrefCount(MoltValue obj) {
  if (!molt_is_ptr(obj) || weakrefTargetCount == 0) return 0;
  auto it = table().find(molt_ptr(obj));
  return it == table().end() ? 0 : it->second.size();
}

MoltValue weakrefList(MoltValue obj) {
  MoltValue l = molt_list_new(nullptr, 0);
  if (molt_is_error(l) || !molt_is_ptr(obj) || weakrefTargetCount == 0) return l;
  auto it = table().find(molt_ptr(obj));
  if (it == table().end()) return l;
  for (Weakref *w : it->second)
    if (molt_list_append(l, molt_from_ptr(&w->ob)) < 0) {
      molt_decref(l);
      return MOLT_ERROR;
    }
  return l;
}

bool weakrefSupported(MoltValue v) { return supportsWeakrefs(v); }

namespace {
/// Callables run at normal exit (weakref.finalize's atexit), newest last.
std::vector<MoltValue> &exitHooks() {
  static auto *v = new std::vector<MoltValue>();
  return *v;
}
} // namespace

void registerExitHook(MoltValue fn) { exitHooks().push_back(molt_newref(fn)); }

void runExitHooks() {
  // Hooks may register more hooks; run until none are left.
  while (!exitHooks().empty()) {
    MoltValue fn = exitHooks().back();
    exitHooks().pop_back();
    MoltValue saved = molt_err_occurred() ? molt_err_fetch() : MOLT_UNBOUND;
    MoltValue r = molt_call(fn, nullptr, 0, MOLT_NONE);
    if (molt_is_error(r))
      reportCallbackError(fn);
    else
      molt_decref(r);
    if (saved != MOLT_UNBOUND) {
      molt_err_restore(saved);
      molt_decref(saved);
    }
    molt_decref(fn);
  }
}

} // namespace molt::rt
