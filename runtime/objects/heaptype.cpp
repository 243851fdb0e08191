// Heap types: classes created at run time by type.__new__ (the `class`
// statement, type(name, bases, ns), metaclasses). Layout choice (best base,
// instance dict, __slots__), C3 MRO, the class namespace fix-ups CPython's
// type_new does (__qualname__, __classcell__, implicit staticmethod/
// classmethod, __hash__ = None next to __eq__), __set_name__ and
// __init_subclass__, instance creation/initialization/destruction.
#include <algorithm>
#include <cstdlib>
#include <vector>

#include "../core/core_internal.h"
#include "../core/flatmap.h"
#include "../core/textfmt.h"
#include "molt/heaptype.h"

using namespace molt::rt;

namespace {

MoltValue *fieldAt(MoltValue obj, size_t off) {
  return reinterpret_cast<MoltValue *>(reinterpret_cast<char *>(molt_ptr(obj)) + off);
}

// The first non-heap type of t's base chain (whose C functions build and
// destroy the instance).
MoltType *staticBase(MoltType *t) {
  while (t && isHeapType(t))
    t = t->base;
  return t ? t : &molt_type_object;
}

// The type that defines the instance layout of t ("solid base"): a heap type
// adding __slots__ fields, or a builtin whose size differs from its base.
MoltType *solidBase(MoltType *t) {
  for (;;) {
    if (isHeapType(t)) {
      if (heapOf(t)->nslots) return t;
      t = t->base;
      continue;
    }
    MoltType *b = t->base;
    if (!b || t->basicsize != b->basicsize || t->dictoffset != b->dictoffset) return t;
    t = b;
  }
}

// The attribute names the methods in class namespace ns store on `self`
// (the compiler's lists), in namespace order: the class's inline keys.
std::vector<MoltValue> selfAttrHints(MoltValue ns) {
  std::vector<MoltValue> names;
  if (!isInstance(ns, &molt_type_dict)) return names;
  auto &table = as<MoltDict>(ns)->table;
  // __init__'s names first: most instances get their attributes there.
  for (int pass = 0; pass < 2; pass++) {
    for (size_t i = 0; i < table.entryCount(); i++) {
      const auto &e = table.entryAt(i);
      if (!e.live || !isExact(e.value, &molt_type_function)) continue;
      bool isInit = isStr(e.key) && strView(e.key) == "__init__";
      if (isInit != (pass == 0)) continue;
      const MoltFuncInfo *info = as<MoltFunction>(e.value)->info;
      if (!info || !info->selfattrs) continue;
      for (const char *const *p = info->selfattrs; *p; p++) {
        MoltValue n = internStr(*p);
        bool dup = false;
        for (MoltValue m : names)
          dup |= m == n;
        if (!dup) names.push_back(n);
      }
    }
  }
  return names;
}

// Inline values a class reserves for `known` names: a little room for names
// assigned elsewhere, within a bound (more names than that use a dict).
uint32_t inlineCapacity(size_t known) {
  return uint32_t(std::min<size_t>(std::max<size_t>(known + 2, 6), 64));
}

// Builtins whose instances can get a dict appended after their fixed part.
bool fixedLayout(MoltType *s) {
  return s == &molt_type_object || s == &molt_type_list || s == &molt_type_dict ||
         s == &molt_type_set || s == &molt_type_frozenset || isHeapType(s) || s->dictoffset != 0;
}

MoltValue raiseNamesMsg(const char *prefix, std::vector<MoltType *> &ts) {
  std::string msg = prefix;
  for (size_t i = 0; i < ts.size(); i++) {
    if (i) msg += ", ";
    msg += typeQualname(ts[i]);
  }
  return molt_raise_fmt(&molt_type_TypeError, "%s", msg.c_str());
}

// C3 linearization of a class with the given bases; the result excludes
// the class itself. Empty vector + exception on failure.
bool c3Merge(const std::vector<MoltType *> &bases, std::vector<MoltType *> &out) {
  std::vector<std::vector<MoltType *>> seqs;
  for (MoltType *b : bases) {
    if (!typeIsReady(b)) readyType(b);
    std::vector<MoltType *> s;
    for (int64_t i = 0; i < tupleSize(b->mro); i++)
      s.push_back(as<MoltType>(tupleItems(b->mro)[i]));
    seqs.push_back(std::move(s));
  }
  seqs.push_back(bases);
  std::vector<size_t> pos(seqs.size(), 0);
  for (;;) {
    bool any = false;
    MoltType *cand = nullptr;
    for (size_t i = 0; i < seqs.size(); i++) {
      if (pos[i] >= seqs[i].size()) continue;
      any = true;
      MoltType *h = seqs[i][pos[i]];
      bool inTail = false;
      for (size_t j = 0; j < seqs.size() && !inTail; j++)
        for (size_t k = pos[j] + 1; k < seqs[j].size(); k++)
          if (seqs[j][k] == h) {
            inTail = true;
            break;
          }
      if (!inTail) {
        cand = h;
        break;
      }
    }
    if (!any) return true;
    if (!cand) {
      // CPython lists the remaining heads, each once, in order.
      std::vector<MoltType *> heads;
      for (size_t i = 0; i < seqs.size(); i++) {
        if (pos[i] >= seqs[i].size()) continue;
        MoltType *h = seqs[i][pos[i]];
        bool dup = false;
        for (MoltType *x : heads)
          dup |= x == h;
        if (!dup) heads.push_back(h);
      }
      raiseNamesMsg("Cannot create a consistent method resolution\norder (MRO) for bases ", heads);
      return false;
    }
    out.push_back(cand);
    for (size_t i = 0; i < seqs.size(); i++)
      if (pos[i] < seqs[i].size() && seqs[i][pos[i]] == cand) pos[i]++;
  }
}

// --- instance __dict__ / __weakref__ getsets --------------------------------

MoltValue instDictGet(MoltValue self) {
  MoltValue *d = instanceDictSlot(self, true);
  if (!d) return MOLT_ERROR;
  if (!molt_is_ptr(*d)) {
    MoltValue nd = molt_dict_new(nullptr, 0);
    if (molt_is_error(nd)) return nd;
    *d = nd;
  }
  return molt_newref(*d);
}
int instDictSet(MoltValue self, MoltValue v) {
  if (v == MOLT_UNBOUND) {
    molt_raise_fmt(&molt_type_TypeError, "cannot delete __dict__");
    return -1;
  }
  if (!isInstance(v, &molt_type_dict)) {
    molt_raise_fmt(&molt_type_TypeError, "__dict__ must be set to a dictionary, not a '%s'",
                   typeName(v));
    return -1;
  }
  MoltValue *d = instanceDictSlot(self, true);
  if (!d) return -1;
  MoltValue old = *d;
  *d = molt_newref(v);
  if (molt_is_ptr(old)) molt_decref(old);
  return 0;
}
MoltValue instWeakrefGet(MoltValue) { return MOLT_NONE; }

const GetSetDef kDictGetSet[] = {{"__dict__", instDictGet, instDictSet},
                                 {nullptr, nullptr, nullptr}};
const GetSetDef kWeakrefGetSet[] = {{"__weakref__", instWeakrefGet, nullptr},
                                    {nullptr, nullptr, nullptr}};

// --- side-table instance dicts ----------------------------------------------
// Subclasses of variable-size builtins (int, str, tuple, bytes) cannot grow
// their instances by a dict field: their dict lives in this address-keyed
// table instead (removed when the instance dies).

// Each dict lives in its own cell so that a pointer to it stays valid while
// the table grows.
FlatMap<MoltObject *, MoltValue *, PtrKeyHash> &sideDicts() {
  static FlatMap<MoltObject *, MoltValue *, PtrKeyHash> m;
  return m;
}

// list/dict/set.__init__: heap subclasses construct empty, then __init__
// fills (so user __init__ methods may call super().__init__(...)).
MoltValue listInit(MoltValue, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  if (kwCount(kwnames))
    return molt_raise_fmt(&molt_type_TypeError, "list() takes no keyword arguments");
  if (nargs > 2)
    return molt_raise_fmt(&molt_type_TypeError, "list expected at most 1 argument, got %zu",
                          nargs - 1);
  auto *l = as<MoltList>(args[0]);
  while (l->size > 0) {
    MoltValue v = l->items[--l->size];
    molt_decref(v);
  }
  if (nargs == 2 && molt_list_extend(args[0], args[1]) < 0) return MOLT_ERROR;
  return MOLT_NONE;
}
MoltValue dictInit(MoltValue, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  if (nargs > 2)
    return molt_raise_fmt(&molt_type_TypeError, "dict expected at most 1 argument, got %zu",
                          nargs - 1);
  MoltValue r = molt_call_method(cstr("update"), args, nargs, kwnames);
  if (molt_is_error(r)) return r;
  molt_decref(r);
  return MOLT_NONE;
}
MoltValue setInit(MoltValue, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  if (kwCount(kwnames))
    return molt_raise_fmt(&molt_type_TypeError, "set() takes no keyword arguments");
  if (nargs > 2)
    return molt_raise_fmt(&molt_type_TypeError, "set expected at most 1 argument, got %zu",
                          nargs - 1);
  MoltValue r = molt_call_method(cstr("clear"), args, 1, MOLT_NONE);
  if (molt_is_error(r)) return r;
  molt_decref(r);
  if (nargs == 2 && molt_set_update(args[0], args[1]) < 0) return MOLT_ERROR;
  return MOLT_NONE;
}
const MethodDef kListInit = {"__init__", listInit, 0};
const MethodDef kDictInit = {"__init__", dictInit, 0};
const MethodDef kSetInit = {"__init__", setInit, 0};

void installBuiltinInits() {
  static bool done = false;
  if (done) return;
  done = true;
  struct {
    MoltType *t;
    const MethodDef *d;
  } const kInits[] = {
      {&molt_type_list, &kListInit}, {&molt_type_dict, &kDictInit}, {&molt_type_set, &kSetInit}};
  for (auto &e : kInits) {
    if (!typeIsReady(e.t)) readyType(e.t);
    if (dictGetItem(e.t->dict, cstr("__init__")) != MOLT_UNBOUND) continue;
    if (molt_dict_setitem(e.t->dict, cstr("__init__"), makeMethodDescr(e.t, e.d)) < 0)
      molt_decref(molt_err_fetch());
  }
  typeCacheFlush(); // list/dict/set lookups of __init__ may have cached object.__init__
}

// Containers whose heap subclasses are built empty by new_ and filled by __init__.
bool initFilled(MoltType *sb) {
  return sb == &molt_type_list || sb == &molt_type_dict || sb == &molt_type_set;
}

// --- construction / destruction ---------------------------------------------

// Drops the fields the heap classes of t added to o: inline values,
// __slots__ fields and the instance dict.
void clearHeapFields(MoltObject *o, MoltType *t) {
  MoltValue self = molt_from_ptr(o);
  if (hasInlineValues(t)) {
    MoltValue *slot = fieldAt(self, t->dictoffset);
    if (!molt_is_ptr(*slot)) inlineClear(self, heapOf(t), slot);
  }
  for (MoltType *b = t; b && isHeapType(b); b = b->base) {
    MoltHeapType *h = heapOf(b);
    for (size_t i = 0; i < h->nslots; i++) {
      MoltValue *f = fieldAt(self, h->slotOffset + i * sizeof(MoltValue));
      MoltValue v = *f;
      *f = MOLT_UNBOUND;
      if (molt_is_ptr(v)) molt_decref(v);
    }
    if (h->ownDict) {
      MoltValue *f = fieldAt(self, b->dictoffset);
      MoltValue v = *f;
      *f = 0;
      if (molt_is_ptr(v)) molt_decref(v);
    }
  }
}

void heapDealloc(MoltObject *o) {
  MoltType *t = o->type;
  MoltHeapType *spec = heapSpecials(t);
  if (spec->deallocPlain) {
    if (weakrefTargetCount != 0) weakrefClear(o);
    clearHeapFields(o, t);
    freeObject(o);
    return;
  }
  MoltValue self = molt_from_ptr(o);
  MoltValue del = spec->delFn;
  if (del != MOLT_UNBOUND) {
    // Resurrect for the call; keep any pending exception aside.
    o->refcnt = 1;
    MoltValue saved = molt_err_occurred() ? molt_err_fetch() : MOLT_UNBOUND;
    MoltValue r = callSpecialC(self, "__del__", nullptr, 0);
    if (molt_is_error(r)) {
      MoltValue e = molt_err_fetch();
      MoltValue s = molt_repr(e);
      if (!molt_is_error(s)) {
        // CPython reports and ignores exceptions raised by __del__.
        std::string fn = typeQualname(t) + ".__del__";
        std::string_view ev = strView(s);
        writeStderrf("Exception ignored in: <function %s>\n%s: %.*s\n", fn.c_str(), typeName(e),
                     (int)ev.size(), ev.data());
        molt_decref(s);
      } else {
        molt_decref(molt_err_fetch());
      }
      molt_decref(e);
    } else if (r != MOLT_UNBOUND) {
      molt_decref(r);
    }
    if (saved != MOLT_UNBOUND) {
      molt_err_restore(saved);
      molt_decref(saved);
    }
    if (--o->refcnt != 0) return; // resurrected
  }
  if (weakrefTargetCount != 0) weakrefClear(o);
  clearHeapFields(o, t);
  if (usesSideDict(t)) {
    if (MoltValue **cell = sideDicts().find(o)) {
      MoltValue *dict = *cell;
      sideDicts().erase(o);
      if (molt_is_ptr(*dict)) molt_decref(*dict);
      delete dict;
    }
  }
  MoltType *sb = staticBase(t);
  if (sb == &molt_type_object || !sb->dealloc)
    freeObject(o);
  else
    sb->dealloc(o);
}

// Looks up name in t's MRO; *owner gets the defining class (cached with the
// type attribute cache: instance creation asks for __new__/__init__ each time).
MoltValue lookupOwner(MoltType *t, MoltValue name, MoltType **owner) {
  MoltValue v = typeLookupOwner(t, name, owner);
  if (molt_is_error(v)) {
    molt_decref(molt_err_fetch());
    *owner = nullptr;
    return MOLT_UNBOUND;
  }
  return v;
}

MoltValue heapNew(MoltType *type, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  MoltHeapType *spec = heapSpecials(type);
  MoltValue f = spec->newFn;
  MoltType *owner = spec->newOwner;
  if (f != MOLT_UNBOUND && owner && isHeapType(owner)) {
    // A user __new__ (normally a staticmethod): call it with the class first.
    molt_incref(f);
    MoltValue fn;
    MoltType *ft = molt_type_of(f);
    if (ft->descr_get) {
      fn = ft->descr_get(f, MOLT_UNBOUND, type);
      molt_decref(f);
      if (molt_is_error(fn)) return fn;
    } else {
      fn = f;
    }
    MoltValue r = callWithSelf(fn, molt_from_ptr(type), args, nargs, kwnames);
    molt_decref(fn);
    return r;
  }
  MoltType *sb = staticBase(type);
  MoltValue r;
  if (sb == &molt_type_object) {
    if (type->flags & kTypeAbstract) return raiseAbstract(type);
    if ((nargs || kwCount(kwnames)) && !(spec->initOwner && spec->initOwner != &molt_type_object)) {
      return molt_raise_fmt(&molt_type_TypeError, "%s() takes no arguments", type->name);
    }
    MoltObject *o = allocObject(type, type->basicsize);
    if (!o) return MOLT_ERROR;
    r = molt_from_ptr(o);
  } else {
    if (!sb->new_)
      return molt_raise_fmt(&molt_type_TypeError, "cannot create '%s' instances", type->name);
    if (initFilled(sb))
      r = sb->new_(type, nullptr, 0, MOLT_NONE);
    else
      r = retypeBuiltin(type, sb->new_(type, args, nargs, kwnames));
  }
  if (!molt_is_error(r)) heapInitInstance(r);
  return r;
}

} // namespace

namespace molt::rt {

static MoltValue newPlainInstance(MoltType *t) {
  MoltObject *o = allocObject(t, t->basicsize);
  if (!o) return MOLT_ERROR;
  heapInitFields(o, t);
  return molt_from_ptr(o);
}

static MoltValue initFailed(MoltValue obj, MoltValue r) {
  if (!molt_is_error(r)) {
    molt_raise_fmt(&molt_type_TypeError, "__init__() should return None, not '%s'", typeName(r));
    molt_decref(r);
  }
  molt_decref(obj);
  return MOLT_ERROR;
}

MoltValue heapConstructPlain(MoltType *t, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  MoltValue obj = newPlainInstance(t);
  if (molt_is_error(obj)) return obj;
  // The class may drop its __init__ while it runs: hold a reference.
  MoltValue init = heapOf(t)->initFn;
  molt_incref(init);
  MoltValue r = callWithSelf(init, obj, args, nargs, kwnames);
  molt_decref(init);
  if (__builtin_expect(r == MOLT_NONE, 1)) return obj;
  return initFailed(obj, r);
}

} // namespace molt::rt

extern "C" MoltValue molt_new_plain(MoltValue cls, const MoltFuncInfo *init, MoltValue *init_fn) {
  if (!molt_is_ptr(cls) || static_cast<MoltObject *>(molt_ptr(cls))->type != &molt_type_type)
    return MOLT_UNBOUND;
  MoltType *t = as<MoltType>(cls);
  if (!isHeapType(t) || (t->flags & kTypeAbstract)) return MOLT_UNBOUND;
  MoltHeapType *h = heapSpecials(t);
  if (!h->ctorPlain || as<MoltFunction>(h->initFn)->info != init) return MOLT_UNBOUND;
  MoltValue obj = newPlainInstance(t);
  if (molt_is_error(obj)) return obj;
  molt_incref(h->initFn);
  *init_fn = h->initFn;
  return obj;
}

extern "C" MoltValue molt_init_failed(MoltValue obj, MoltValue r) { return initFailed(obj, r); }

namespace {

bool dictHas(MoltValue d, const char *name) { return dictGetItem(d, cstr(name)) != MOLT_UNBOUND; }

// Wraps a plain function stored under `name` in staticmethod/classmethod.
int wrapImplicit(MoltValue d, const char *name, MoltType *wrapper) {
  MoltValue v = dictGetItem(d, cstr(name));
  if (v == MOLT_UNBOUND || !isExact(v, &molt_type_function)) return 0;
  MoltValue w = molt_call(molt_from_ptr(wrapper), &v, 1, MOLT_NONE);
  if (molt_is_error(w)) return -1;
  int rc = molt_dict_setitem(d, cstr(name), w);
  molt_decref(w);
  return rc;
}

void addSubclass(MoltType *base, MoltHeapType *sub) {
  if (!isHeapType(base)) return;
  MoltHeapType *h = heapOf(base);
  if (h->nsub == h->capsub) {
    size_t cap = h->capsub ? h->capsub * 2 : 4;
    auto *n = static_cast<MoltHeapType **>(realloc(h->subclasses, cap * sizeof(MoltHeapType *)));
    if (!n) return;
    h->subclasses = n;
    h->capsub = cap;
  }
  h->subclasses[h->nsub++] = sub;
}

// __set_name__ on every namespace value that has one, then
// super(cls, cls).__init_subclass__(**kw).
int finishClass(MoltType *t, const MoltValue *kwvals, MoltValue kwnames) {
  MoltValue items = molt_call_method(cstr("items"), &t->dict, 1, MOLT_NONE);
  if (molt_is_error(items)) return -1;
  MoltValue lst = molt_list_new(nullptr, 0);
  if (molt_is_error(lst) || molt_list_extend(lst, items) < 0) {
    molt_decref(items);
    molt_xdecref(lst);
    return -1;
  }
  molt_decref(items);
  auto *l = as<MoltList>(lst);
  for (int64_t i = 0; i < l->size; i++) {
    MoltValue kv = l->items[i];
    MoltValue k = tupleItems(kv)[0], v = tupleItems(kv)[1];
    MoltValue sn = typeLookup(molt_type_of(v), cstr("__set_name__"));
    if (sn == MOLT_UNBOUND) continue;
    MoltValue a[2] = {molt_from_ptr(t), k};
    MoltValue r = callSpecialC(v, "__set_name__", a, 2);
    if (molt_is_error(r)) {
      molt_decref(lst);
      return -1;
    }
    if (r != MOLT_UNBOUND) molt_decref(r);
  }
  molt_decref(lst);
  // __init_subclass__ from the MRO after t, bound to t as a classmethod.
  auto *mro = as<MoltTuple>(t->mro);
  MoltValue name = cstr("__init_subclass__");
  for (int64_t i = 1; i < mro->size; i++) {
    auto *b = as<MoltType>(mro->items[i]);
    MoltValue f = dictGetItem(b->dict, name);
    if (f == MOLT_UNBOUND) continue;
    MoltType *ft = molt_type_of(f);
    MoltValue bound = ft->descr_get ? ft->descr_get(f, MOLT_UNBOUND, t) : molt_newref(f);
    if (molt_is_error(bound)) return -1;
    if (isExact(f, &molt_type_method_descriptor)) {
      // object.__init_subclass__: bind to the class explicitly.
      molt_decref(bound);
      if (kwCount(kwnames)) {
        molt_raise_fmt(&molt_type_TypeError, "%s.__init_subclass__() takes no keyword arguments",
                       t->name);
        return -1;
      }
      return 0;
    }
    MoltValue r = molt_call(bound, kwvals, 0, kwnames);
    molt_decref(bound);
    if (molt_is_error(r)) return -1;
    molt_decref(r);
    return 0;
  }
  return 0;
}

MoltValue typeNewImpl(MoltType *meta, MoltValue name, MoltValue basesIn, MoltValue nsIn,
                      const MoltValue *kwvals, MoltValue kwnames) {
  if (!isStr(name))
    return molt_raise_fmt(&molt_type_TypeError, "type.__new__() argument 1 must be str, not %s",
                          typeName(name));
  if (!isInstance(basesIn, &molt_type_tuple))
    return molt_raise_fmt(&molt_type_TypeError, "type.__new__() argument 2 must be tuple, not %s",
                          typeName(basesIn));
  if (!isInstance(nsIn, &molt_type_dict))
    return molt_raise_fmt(&molt_type_TypeError, "type.__new__() argument 3 must be dict, not %s",
                          typeName(nsIn));
  // Most derived metaclass (over type(b) of every base, types or not).
  MoltType *winner = meta;
  for (int64_t i = 0; i < tupleSize(basesIn); i++) {
    MoltType *bm = molt_type_of(tupleItems(basesIn)[i]);
    if (isSubtype(winner, bm)) continue;
    if (isSubtype(bm, winner)) {
      winner = bm;
      continue;
    }
    return molt_raise_fmt(&molt_type_TypeError,
                          "metaclass conflict: the metaclass of a derived class must be a "
                          "(non-strict) subclass of the metaclasses of all its bases");
  }
  if (winner != meta && winner->new_ != meta->new_) {
    MoltValue a[3] = {name, basesIn, nsIn};
    return molt_call(molt_from_ptr(winner), a, 3, MOLT_NONE);
  }
  meta = winner;
  std::vector<MoltType *> bases;
  for (int64_t i = 0; i < tupleSize(basesIn); i++) {
    MoltValue b = tupleItems(basesIn)[i];
    if (!molt_is_ptr(b) || !isInstance(b, &molt_type_type))
      return molt_raise_fmt(&molt_type_TypeError, "bases must be types");
    bases.push_back(as<MoltType>(b));
  }
  if (bases.empty()) bases.push_back(&molt_type_object);
  installBuiltinInits();
  for (size_t i = 0; i < bases.size(); i++) {
    MoltType *b = bases[i];
    if (!(b->flags & kTypeBaseType))
      return molt_raise_fmt(&molt_type_TypeError, "type '%s' is not an acceptable base type",
                            b->name);
    for (size_t j = 0; j < i; j++)
      if (bases[j] == b)
        return molt_raise_fmt(&molt_type_TypeError, "duplicate base class %s",
                              typeQualname(b).c_str());
  }
  // Best base: the base whose layout extends every other base's layout.
  MoltType *best = nullptr, *bestSolid = nullptr;
  for (MoltType *b : bases) {
    if (!typeIsReady(b)) readyType(b);
    MoltType *s = solidBase(b);
    if (!best) {
      best = b;
      bestSolid = s;
    } else if (isSubtype(bestSolid, s)) {
      // keep
    } else if (isSubtype(s, bestSolid)) {
      best = b;
      bestSolid = s;
    } else {
      return molt_raise_fmt(&molt_type_TypeError, "multiple bases have instance lay-out conflict");
    }
  }
  std::vector<MoltType *> mroTail;
  if (!c3Merge(bases, mroTail)) return MOLT_ERROR;

  MoltValue ns = dictCopy(nsIn);
  if (molt_is_error(ns)) return ns;
  // __qualname__ / __classcell__ leave the namespace.
  MoltValue qual = dictGetItem(ns, cstr("__qualname__"));
  if (qual != MOLT_UNBOUND) {
    if (!isStr(qual)) {
      molt_raise_fmt(&molt_type_TypeError, "type __qualname__ must be a str, not %s",
                     typeName(qual));
      molt_decref(ns);
      return MOLT_ERROR;
    }
    molt_incref(qual);
    dictDelItem(ns, cstr("__qualname__"));
  } else {
    qual = molt_newref(name);
  }
  MoltValue cell = dictGetItem(ns, cstr("__classcell__"));
  if (cell != MOLT_UNBOUND) {
    if (!isExact(cell, &molt_type_cell)) {
      molt_raise_fmt(&molt_type_TypeError, "__classcell__ must be a nonlocal cell, not %s",
                     typeName(cell));
      molt_decref(qual);
      molt_decref(ns);
      return MOLT_ERROR;
    }
    molt_incref(cell);
    dictDelItem(ns, cstr("__classcell__"));
  }
  auto fail = [&]() {
    molt_decref(qual);
    if (cell != MOLT_UNBOUND) molt_decref(cell);
    molt_decref(ns);
    return MOLT_ERROR;
  };
  // A library class standing for one of CPython's C types names itself in
  // messages as that type's tp_name ("collections.OrderedDict"): a str
  // `__molt_tp_name__` in the namespace (it leaves it); __name__,
  // __qualname__ and reprs are unaffected, and subclasses use their own name.
  std::string tpName;
  MoltValue tpn = dictGetItem(ns, cstr("__molt_tp_name__"));
  if (molt_is_error(tpn)) return fail();
  if (tpn != MOLT_UNBOUND) {
    if (isStr(tpn)) tpName = strView(tpn);
    if (dictDelItem(ns, cstr("__molt_tp_name__")) < 0) return fail();
  }
  if (wrapImplicit(ns, "__new__", &molt_type_staticmethod) < 0 ||
      wrapImplicit(ns, "__init_subclass__", &molt_type_classmethod) < 0 ||
      wrapImplicit(ns, "__class_getitem__", &molt_type_classmethod) < 0)
    return fail();
  if (dictHas(ns, "__eq__") && !dictHas(ns, "__hash__") &&
      molt_dict_setitem(ns, cstr("__hash__"), MOLT_NONE) < 0)
    return fail();

  // __slots__
  std::vector<MoltValue> slotNames;
  bool wantDict = true, addWeakref = true;
  MoltValue slotsV = dictGetItem(ns, cstr("__slots__"));
  MoltValue slotsTuple = MOLT_NONE;
  if (slotsV != MOLT_UNBOUND) {
    wantDict = false;
    addWeakref = false;
    if (isStr(slotsV)) {
      slotsTuple = molt_tuple_new(&slotsV, 1);
    } else {
      slotsTuple = sequenceTuple(slotsV);
    }
    if (molt_is_error(slotsTuple)) return fail();
    for (int64_t i = 0; i < tupleSize(slotsTuple); i++) {
      MoltValue s = tupleItems(slotsTuple)[i];
      if (!isStr(s)) {
        molt_raise_fmt(&molt_type_TypeError, "__slots__ items must be strings, not '%s'",
                       typeName(s));
        molt_decref(slotsTuple);
        return fail();
      }
      std::string_view sn = strView(s);
      if (sn == "__dict__") {
        wantDict = true;
        continue;
      }
      if (sn == "__weakref__") {
        addWeakref = true;
        continue;
      }
      // A private name (`__x`, not `__x__`) is mangled with the class name,
      // as the compiler mangles `self.__x` inside the class body.
      if (sn.size() > 2 && sn.substr(0, 2) == "__" && sn.substr(sn.size() - 2) != "__" &&
          sn.find('.') == std::string_view::npos) {
        std::string_view cls = strView(name);
        while (!cls.empty() && cls.front() == '_')
          cls.remove_prefix(1);
        if (!cls.empty()) {
          std::string m = "_" + std::string(cls) + std::string(sn);
          s = molt_const_str(m.data(), m.size());
          sn = strView(s);
        }
      }
      MoltValue cur = dictGetItem(ns, s);
      if (cur != MOLT_UNBOUND) {
        molt_raise_fmt(&molt_type_ValueError, "'%.*s' in __slots__ conflicts with class variable",
                       (int)sn.size(), sn.data());
        molt_decref(slotsTuple);
        return fail();
      }
      slotNames.push_back(s);
    }
  }

  size_t allocSize =
      meta->basicsize > sizeof(MoltHeapType) ? meta->basicsize : sizeof(MoltHeapType);
  MoltObject *o = allocObject(meta, allocSize);
  if (!o) {
    molt_xdecref(slotsTuple);
    return fail();
  }
  auto *h = reinterpret_cast<MoltHeapType *>(o);
  MoltType *t = &h->type;
  makeImmortal(o);
  std::string_view nv = tpName.empty() ? strView(name) : std::string_view(tpName);
  char *cname = static_cast<char *>(malloc(nv.size() + 1));
  memcpy(cname, nv.data(), nv.size());
  cname[nv.size()] = 0;
  t->name = cname;
  t->base = best;
  t->flags = kTypeBaseType | kTypeHeap;
  t->number = &h->number;
  t->container = &h->container;
  t->new_ = heapNew;
  t->dealloc = heapDealloc;
  t->dict = MOLT_NONE;
  h->name = molt_newref(name);
  h->qualname = qual;
  h->bases = molt_tuple_new(reinterpret_cast<MoltValue *>(bases.data()), 0);
  {
    std::vector<MoltValue> bv;
    for (MoltType *b : bases)
      bv.push_back(molt_from_ptr(b));
    molt_decref(h->bases);
    h->bases = molt_tuple_new(bv.data(), bv.size());
    std::vector<MoltValue> mv;
    mv.push_back(molt_from_ptr(t));
    for (MoltType *b : mroTail)
      mv.push_back(molt_from_ptr(b));
    t->mro = molt_tuple_new(mv.data(), mv.size());
  }
  h->slots = slotsTuple;
  h->version = nextTypeVersion();
  // Layout.
  size_t size = best->basicsize ? best->basicsize : sizeof(MoltObject);
  t->dictoffset = best->dictoffset;
  h->slotOffset = size;
  h->nslots = slotNames.size();
  size += slotNames.size() * sizeof(MoltValue);
  // Metaclasses: a class's attributes live in its type dict, not an instance dict.
  if (isSubtype(best, &molt_type_type)) wantDict = addWeakref = false;
  if (wantDict && !t->dictoffset && !usesSideDict(best)) {
    if (fixedLayout(solidBase(best))) {
      t->dictoffset = size;
      size += sizeof(MoltValue);
      h->ownDict = true;
      // Plain objects keep their attributes inline (instance_values.cpp).
      if (staticBase(best) == &molt_type_object) {
        std::vector<MoltValue> names = selfAttrHints(ns);
        uint32_t cap = inlineCapacity(names.size());
        inlineLayoutInit(h, size, cap, names.data(), names.size());
        size += size_t(h->ivCap) * sizeof(MoltValue);
      }
    } else {
      h->sideDict = true;
    }
  } else if (hasInlineValues(best) && t->dictoffset == best->dictoffset) {
    // A subclass keeps the region (and may widen it when it is last) but
    // names the values itself: base keys first, then its own methods' names.
    MoltHeapType *bh = heapOf(best);
    std::vector<MoltValue> names(bh->ivKeys, bh->ivKeys + bh->ivCount);
    for (MoltValue n : selfAttrHints(ns))
      names.push_back(n);
    uint32_t cap = bh->ivCap;
    if (slotNames.empty() && best->basicsize == bh->ivOffset + size_t(cap) * sizeof(MoltValue)) {
      cap = std::max(cap, inlineCapacity(names.size()));
      size = bh->ivOffset + size_t(cap) * sizeof(MoltValue);
    }
    inlineLayoutInit(h, bh->ivOffset, cap, names.data(), names.size());
  }
  t->basicsize = size;
  readyType(t);
  // The class namespace becomes the type dict.
  t->dict = ns;
  if ((h->ownDict || h->sideDict) && !dictHas(ns, "__dict__")) {
    MoltValue d = makeGetSetDescr(t, kDictGetSet);
    molt_dict_setitem(ns, cstr("__dict__"), d);
  }
  if (addWeakref && !dictHas(ns, "__weakref__")) {
    bool baseHas = false;
    for (MoltType *b = best; b; b = b->base)
      baseHas |= isHeapType(b) && molt_is_ptr(b->dict) && dictHas(b->dict, "__weakref__");
    if (!baseHas) molt_dict_setitem(ns, cstr("__weakref__"), makeGetSetDescr(t, kWeakrefGetSet));
  }
  for (size_t i = 0; i < slotNames.size(); i++) {
    MoltValue md = memberDescrNew(t, slotNames[i], h->slotOffset + i * sizeof(MoltValue));
    if (molt_is_error(md) || molt_dict_setitem(ns, slotNames[i], md) < 0) return MOLT_ERROR;
    molt_decref(md);
  }
  if (!dictHas(ns, "__doc__")) molt_dict_setitem(ns, cstr("__doc__"), MOLT_NONE);
  for (MoltType *b : bases) {
    t->flags |= b->flags & (kTypeException | kTypeIntSubclass | kTypeStrSubclass |
                            kTypeTupleSubclass | kTypeListSubclass | kTypeDictSubclass);
    addSubclass(b, h);
  }
  // Lookups made while the class was being set up saw an incomplete dict.
  h->version = nextTypeVersion();
  heapFillSlots(h);
  if (cell != MOLT_UNBOUND) {
    molt_cell_set(cell, molt_from_ptr(t));
    molt_decref(cell);
  }
  if (finishClass(t, kwvals, kwnames) < 0) return MOLT_ERROR;
  return molt_from_ptr(t);
}

} // namespace

// Builtins whose constructor result is re-created with the subclass type.
MoltValue molt::rt::retypeBuiltin(MoltType *t, MoltValue v) {
  if (molt_is_error(v) || !molt_is_ptr(v) || molt_ptr(v)->type == t) return v;
  MoltType *vt = molt_ptr(v)->type;
  MoltObject *o = nullptr;
  if (vt == &molt_type_str) {
    auto *src = as<MoltStr>(v);
    o = allocObject(t, sizeof(MoltStr) + (size_t)src->size + 1);
    if (o) {
      auto *d = reinterpret_cast<MoltStr *>(o);
      d->length = src->length;
      d->size = src->size;
      d->hash = src->hash;
      d->ascii = src->ascii;
      memcpy(d->data, src->data, (size_t)src->size + 1);
    }
  } else if (vt == &molt_type_bytes) {
    auto *src = as<MoltBytes>(v);
    o = allocObject(t, sizeof(MoltBytes) + (size_t)src->size + 1);
    if (o) {
      auto *d = reinterpret_cast<MoltBytes *>(o);
      d->size = src->size;
      d->hash = src->hash;
      memcpy(d->data, src->data, (size_t)src->size + 1);
    }
  } else if (vt == &molt_type_tuple) {
    auto *src = as<MoltTuple>(v);
    o = allocObject(t, sizeof(MoltTuple) + (size_t)src->size * sizeof(MoltValue));
    if (o) {
      auto *d = reinterpret_cast<MoltTuple *>(o);
      d->size = src->size;
      for (int64_t i = 0; i < src->size; i++)
        d->items[i] = molt_newref(src->items[i]);
    }
  } else if (vt == &molt_type_bytearray) {
    // Fixed-size: the subclass's basicsize has room for its instance dict;
    // the buffer moves over.
    auto *src = as<MoltByteArray>(v);
    o = allocObject(t, t->basicsize ? t->basicsize : sizeof(MoltByteArray));
    if (o) {
      auto *d = reinterpret_cast<MoltByteArray *>(o);
      d->size = src->size;
      d->capacity = src->capacity;
      d->data = src->data;
      src->size = src->capacity = 0;
      src->data = nullptr;
    }
  } else {
    return v; // int builds subclass instances itself; others stay exact
  }
  molt_decref(v);
  return o ? molt_from_ptr(o) : MOLT_ERROR;
}

namespace molt::rt {

// Class creation and the upkeep of classes are linked only into programs that
// can create one (molt_use_type_new, installed by the generated main when the
// program mentions `class`, `type`, `__class__`, ...; compiler/codegen/
// Features.cpp): typeNewImpl is the only creator of heap types. The hooks have
// external linkage on purpose: with internal linkage the optimizer sees their
// only non-null value and calls typeNewImpl directly, which links it again.
using TypeNewHook = MoltValue (*)(MoltType *, MoltValue, MoltValue, MoltValue, const MoltValue *,
                                  MoltValue);
TypeNewHook gTypeNewHook = nullptr;
void (*gHeapModifiedHook)(MoltType *, MoltValue) = nullptr;

namespace {
MoltValue typeNewFn(MoltType *meta, MoltValue name, MoltValue bases, MoltValue ns,
                    const MoltValue *kwvals, MoltValue kwnames) {
  if (!gTypeNewHook)
    return molt_raise_fmt(&molt_type_SystemError,
                          "class creation is not linked into this program (molt_use_type_new)");
  return gTypeNewHook(meta, name, bases, ns, kwvals, kwnames);
}

void heapTypeModifiedImpl(MoltType *t, MoltValue name) {
  MoltHeapType *h = heapOf(t);
  h->version = nextTypeVersion();
  heapFillSlots(h);
  for (size_t i = 0; i < h->nsub; i++)
    heapTypeModifiedImpl(&h->subclasses[i]->type, name);
}
} // namespace

MoltValue heapTypeNew(MoltType *meta, MoltValue name, MoltValue bases, MoltValue ns) {
  return typeNewFn(meta, name, bases, ns, nullptr, MOLT_NONE);
}

// type.__new__ as the `new_` slot of `type` (and of metaclasses).
MoltValue typeNewSlot(MoltType *meta, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  if (nargs != 3) {
    if (meta == &molt_type_type && nargs == 1 && !kwCount(kwnames))
      return molt_newref(molt_from_ptr(molt_type_of(args[0])));
    if (meta == &molt_type_type)
      return molt_raise_fmt(&molt_type_TypeError, "type() takes 1 or 3 arguments");
    return molt_raise_fmt(&molt_type_TypeError,
                          "type.__new__() takes exactly 3 arguments (%zu given)", nargs);
  }
  return typeNewFn(meta, args[0], args[1], args[2], args + 3, kwnames);
}

bool usesSideDict(MoltType *t) {
  for (; t && isHeapType(t); t = t->base)
    if (heapOf(t)->sideDict) return true;
  return false;
}

MoltValue *instanceDictSlot(MoltValue obj, bool create) {
  if (!molt_is_ptr(obj)) return nullptr;
  MoltType *t = molt_type_of(obj);
  if (t->dictoffset) {
    MoltValue *slot = fieldAt(obj, t->dictoffset);
    // The caller wants the dict itself: inline values move into one.
    if (hasInlineValues(t) && inlineMaterialize(obj, heapOf(t), slot) < 0) return nullptr;
    return slot;
  }
  if (!usesSideDict(t)) return nullptr;
  auto &m = sideDicts();
  if (MoltValue **cell = m.find(molt_ptr(obj))) return *cell;
  if (!create) return nullptr;
  auto *dict = new (std::nothrow) MoltValue(MOLT_NONE);
  if (!dict || !m.insert(molt_ptr(obj), dict)) {
    delete dict;
    molt_raise_fmt(&molt_type_MemoryError, "");
    return nullptr;
  }
  return dict;
}

void heapInitFields(MoltObject *o, MoltType *t) {
  for (MoltType *b = t; b && isHeapType(b); b = b->base) {
    const MoltHeapType *h = heapOf(b);
    auto *f = reinterpret_cast<MoltValue *>(reinterpret_cast<char *>(o) + h->slotOffset);
    for (size_t i = 0, n = h->nslots; i < n; i++)
      f[i] = MOLT_UNBOUND;
  }
}

void heapInitInstance(MoltValue obj) {
  if (!molt_is_ptr(obj)) return;
  MoltObject *o = static_cast<MoltObject *>(molt_ptr(obj));
  heapInitFields(o, o->type);
}

MoltHeapType *heapSpecials(MoltType *t) {
  MoltHeapType *h = heapOf(t);
  if (__builtin_expect(h->specVersion == h->version, 1)) return h;
  h->newFn = lookupOwner(t, staticName("__new__"), &h->newOwner);
  h->initFn = lookupOwner(t, staticName("__init__"), &h->initOwner);
  MoltType *delOwner;
  h->delFn = lookupOwner(t, staticName("__del__"), &delOwner);
  MoltType *gaOwner, *classOwner;
  lookupOwner(t, staticName("__getattribute__"), &gaOwner);
  lookupOwner(t, staticName("__class__"), &classOwner);
  h->classAttrCustom = gaOwner != &molt_type_object || classOwner != &molt_type_object;
  bool objectBased = staticBase(t) == &molt_type_object;
  bool userNew = h->newFn != MOLT_UNBOUND && h->newOwner && isHeapType(h->newOwner);
  h->ctorPlain = objectBased && !userNew && h->initOwner && isHeapType(h->initOwner) &&
                 isExact(h->initFn, &molt_type_function);
  h->deallocPlain = objectBased && h->delFn == MOLT_UNBOUND;
  h->specVersion = h->version;
  return h;
}

bool typeOverridesInit(MoltType *t) {
  MoltType *owner;
  lookupOwner(t, staticName("__init__"), &owner);
  return owner && owner != &molt_type_object;
}

bool typeOverridesNew(MoltType *t) {
  MoltType *owner;
  lookupOwner(t, staticName("__new__"), &owner);
  return owner && owner != &molt_type_object;
}

MoltValue heapCallInit(MoltType *t, MoltValue obj, const MoltValue *args, size_t nargs,
                       MoltValue kwnames) {
  MoltType *ot = molt_type_of(obj);
  if (ot != t && !isSubtype(ot, t)) return obj;
  MoltType *owner;
  MoltValue init;
  if (isHeapType(ot)) {
    MoltHeapType *spec = heapSpecials(ot);
    init = spec->initFn;
    owner = spec->initOwner;
  } else {
    init = lookupOwner(ot, staticName("__init__"), &owner);
  }
  if (init == MOLT_UNBOUND) return obj;
  // object.__init__ accepts the arguments a custom __new__ consumed (and
  // heapNew already refused them otherwise).
  if (owner == &molt_type_object) return obj;
  MoltValue r;
  molt_incref(init);
  if (isExact(init, &molt_type_function)) {
    r = callWithSelf(init, obj, args, nargs, kwnames);
  } else {
    MoltType *it = molt_type_of(init);
    MoltValue bound = it->descr_get ? it->descr_get(init, obj, ot) : molt_newref(init);
    if (molt_is_error(bound)) {
      r = bound;
    } else {
      r = molt_call(bound, args, nargs, kwnames);
      molt_decref(bound);
    }
  }
  molt_decref(init);
  if (r != MOLT_NONE) return initFailed(obj, r);
  return obj;
}

void heapTypeModified(MoltType *t, MoltValue name) {
  // No heap type exists before molt_use_type_new has set the hook.
  if (isHeapType(t) && gHeapModifiedHook) gHeapModifiedHook(t, name);
}

} // namespace molt::rt

extern "C" void molt_use_type_new(void) {
  molt::rt::gTypeNewHook = typeNewImpl;
  molt::rt::gHeapModifiedHook = molt::rt::heapTypeModifiedImpl;
}
