// The `object` type: root of every class (identity hash/compare, default
// repr, __format__, __init__, __class__).
#include "../core/core_internal.h"
#include "molt/heaptype.h"
#include "molt/listobject.h"

using namespace molt::rt;

namespace molt::rt {

MoltValue objectRepr(MoltValue o) {
  MoltType *t = molt_type_of(o);
  const void *addr = molt_is_ptr(o) ? (const void *)molt_ptr(o) : nullptr;
  std::string a = addrString(addr);
  if (t->flags & kTypeHeap) {
    std::string mod = typeModule(t), q = typeQualname(t);
    if (mod != "builtins")
      return strFormat("<%s.%s object at %s>", mod.c_str(), q.c_str(), a.c_str());
    return strFormat("<%s object at %s>", q.c_str(), a.c_str());
  }
  return strFormat("<%s object at %s>", t->name, a.c_str());
}

// CPython's TypeError for instantiating a class whose __abstractmethods__ is
// non-empty: the names sorted, quoted, "method" singular for one.
MoltValue raiseAbstract(MoltType *type) {
  MoltValue names = molt_getattr(molt_from_ptr(type), cstr("__abstractmethods__"));
  if (molt_is_error(names)) return names;
  MoltValue lst = sequenceList(names);
  molt_decref(names);
  if (molt_is_error(lst)) return lst;
  // An insertion sort (a handful of names): listSort is linked only into
  // programs that sort (objects/list_sort.cpp).
  auto *l = reinterpret_cast<MoltList *>(molt_ptr(lst));
  size_t n = static_cast<size_t>(l->size);
  for (size_t i = 1; i < n; i++) {
    for (size_t j = i; j > 0; j--) {
      int lt = molt_cmp_lt(l->items[j], l->items[j - 1]);
      if (lt < 0) {
        molt_decref(lst);
        return MOLT_ERROR;
      }
      if (!lt) break;
      std::swap(l->items[j], l->items[j - 1]);
    }
  }
  std::string joined;
  for (size_t i = 0; i < n; i++) {
    MoltValue r = molt_repr(l->items[i]);
    if (molt_is_error(r)) {
      molt_decref(lst);
      return r;
    }
    if (i) joined += ", ";
    joined += strView(r);
    molt_decref(r);
  }
  molt_decref(lst);
  return molt_raise_fmt(&molt_type_TypeError,
                        "Can't instantiate abstract class %s without an implementation for "
                        "abstract method%s %s",
                        type->name, n == 1 ? "" : "s", joined.c_str());
}

} // namespace molt::rt

namespace {

int objectHash(MoltValue v, int64_t *out) {
  *out = molt_is_ptr(v) ? pointerHash(molt_ptr(v)) : (int64_t)(v & 0x7FFFFFFF);
  return 0;
}

MoltValue objectRichCompare(MoltValue a, MoltValue b, int op) {
  if (op == MOLT_EQ) return a == b ? MOLT_TRUE : molt_not_implemented();
  if (op == MOLT_NE) {
    // object.__ne__ inverts __eq__ (unless NotImplemented).
    MoltType *t = molt_type_of(a);
    if (t->richcompare && t->richcompare != objectRichCompare) {
      MoltValue r = t->richcompare(a, b, MOLT_EQ);
      if (molt_is_error(r) || r == molt_not_implemented()) return r;
      int v = molt_truthy(r);
      molt_decref(r);
      if (v < 0) return MOLT_ERROR;
      return molt_bool(!v);
    }
    return a == b ? MOLT_FALSE : molt_not_implemented();
  }
  return molt_not_implemented();
}

void objectDealloc(MoltObject *o) {
  MoltType *t = o->type;
  if (t->dictoffset) {
    MoltValue *d = reinterpret_cast<MoltValue *>(reinterpret_cast<char *>(o) + t->dictoffset);
    if (molt_is_ptr(*d)) molt_decref(*d);
  }
  freeObject(o);
}

MoltValue objectNew(MoltType *type, const MoltValue *, size_t nargs, MoltValue kwnames) {
  if (nargs || kwCount(kwnames)) {
    // CPython's excess-argument rules: a class overriding __init__ (and not
    // __new__) passes its arguments through object.__new__.
    if (type == &molt_type_object)
      return molt_raise_fmt(&molt_type_TypeError, "object() takes no arguments");
    if (typeOverridesNew(type))
      return molt_raise_fmt(
          &molt_type_TypeError,
          "object.__new__() takes exactly one argument (the type to instantiate)");
    if (!typeOverridesInit(type))
      return molt_raise_fmt(&molt_type_TypeError, "%s() takes no arguments", type->name);
  }
  if (type->flags & kTypeAbstract) return raiseAbstract(type);
  size_t size = type->basicsize ? type->basicsize : sizeof(MoltObject);
  MoltObject *o = allocObject(type, size);
  if (!o) return MOLT_ERROR;
  if (type->dictoffset)
    *reinterpret_cast<MoltValue *>(reinterpret_cast<char *>(o) + type->dictoffset) = MOLT_NONE;
  if (isHeapType(type)) heapInitInstance(molt_from_ptr(o));
  return molt_from_ptr(o);
}

MoltValue objectFormat(MoltValue, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  if (nargs != 2 || kwCount(kwnames))
    return molt_raise_fmt(&molt_type_TypeError,
                          "__format__() takes exactly one argument (%zu given)",
                          nargs ? nargs - 1 : 0);
  MoltValue self = args[0], spec = args[1];
  if (!isStr(spec))
    return molt_raise_fmt(&molt_type_TypeError, "__format__() argument must be str, not %s",
                          typeName(spec));
  if (!strView(spec).empty())
    return molt_raise_fmt(&molt_type_TypeError, "unsupported format string passed to %s.__format__",
                          typeName(self));
  return molt_str(self);
}

MoltValue objectInit(MoltValue, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  if (nargs > 1 || kwCount(kwnames)) {
    MoltType *t = molt_type_of(args[0]);
    if (typeOverridesInit(t))
      return molt_raise_fmt(
          &molt_type_TypeError,
          "object.__init__() takes exactly one argument (the instance to initialize)");
    if (!typeOverridesNew(t))
      return molt_raise_fmt(&molt_type_TypeError, "%s() takes no arguments", t->name);
  }
  return MOLT_NONE;
}

MoltValue objectInitSubclass(MoltValue, const MoltValue *, size_t, MoltValue) { return MOLT_NONE; }

MoltValue objectSubclassHook(MoltValue, const MoltValue *, size_t, MoltValue) {
  return molt_not_implemented();
}

// Instance size without the inline-values region when that comes last (two
// classes that size the region differently still share a layout).
size_t layoutSize(MoltType *t) {
  if (!hasInlineValues(t)) return t->basicsize;
  MoltHeapType *h = heapOf(t);
  size_t end = h->ivOffset + size_t(h->ivCap) * sizeof(MoltValue);
  return t->basicsize == end ? h->ivOffset : t->basicsize;
}

MoltValue objectDir(MoltValue, const MoltValue *args, size_t nargs, MoltValue) {
  // Names of the instance dict and of the class attributes along the MRO.
  MoltValue self = args[0];
  (void)nargs;
  MoltValue res = molt_dict_new(nullptr, 0);
  if (molt_is_error(res)) return res;
  MoltType *t = molt_type_of(self);
  MoltValue *dp =
      t->dictoffset && molt_is_ptr(self) && !hasInlineValues(t)
          ? reinterpret_cast<MoltValue *>(reinterpret_cast<char *>(molt_ptr(self)) + t->dictoffset)
          : instanceDictSlot(self, false);
  if (!dp && molt_err_occurred()) {
    molt_decref(res);
    return MOLT_ERROR;
  }
  if (dp) {
    MoltValue d = *dp;
    if (molt_is_ptr(d) && molt_dict_update(res, d) < 0) {
      molt_decref(res);
      return MOLT_ERROR;
    }
  }
  if (molt_is_ptr(t->mro)) {
    for (int64_t i = 0; i < tupleSize(t->mro); i++) {
      MoltType *b = as<MoltType>(tupleItems(t->mro)[i]);
      if (molt_is_ptr(b->dict) && molt_dict_update(res, b->dict) < 0) {
        molt_decref(res);
        return MOLT_ERROR;
      }
    }
  }
  MoltValue l = molt_list_new(nullptr, 0);
  if (!molt_is_error(l) && molt_list_extend(l, res) < 0) {
    molt_decref(l);
    l = MOLT_ERROR;
  }
  molt_decref(res);
  return l;
}

MoltValue getClass(MoltValue self) { return molt_newref(molt_from_ptr(molt_type_of(self))); }

// obj.__class__ = C: only between heap types with the same instance layout.
int setClass(MoltValue self, MoltValue v) {
  if (v == MOLT_UNBOUND) {
    molt_raise_fmt(&molt_type_TypeError, "can't delete __class__ attribute");
    return -1;
  }
  if (!molt_is_ptr(v) || !isInstance(v, &molt_type_type)) {
    molt_raise_fmt(&molt_type_TypeError, "__class__ must be set to a class, not '%s' object",
                   typeName(v));
    return -1;
  }
  MoltType *old = molt_type_of(self), *nt = as<MoltType>(v);
  if (!isHeapType(old) || !isHeapType(nt)) {
    molt_raise_fmt(
        &molt_type_TypeError,
        "__class__ assignment only supported for mutable types or ModuleType subclasses");
    return -1;
  }
  MoltType *ob = old, *nb = nt;
  while (isHeapType(ob))
    ob = ob->base;
  while (isHeapType(nb))
    nb = nb->base;
  if (layoutSize(old) != layoutSize(nt) || old->dictoffset != nt->dictoffset || ob != nb ||
      heapOf(old)->nslots != heapOf(nt)->nslots) {
    molt_raise_fmt(&molt_type_TypeError,
                   "__class__ assignment: '%s' object layout differs from '%s'", nt->name,
                   old->name);
    return -1;
  }
  // Under the new class the instance keeps its attributes in a dict (the
  // classes may name and size their inline values differently).
  if (hasInlineValues(old) || hasInlineValues(nt)) {
    MoltValue *slot = instanceDictSlot(self, false);
    if (!slot) return -1;
    if (!molt_is_ptr(*slot)) {
      MoltValue d = molt_dict_new(nullptr, 0);
      if (molt_is_error(d)) return -1;
      *slot = d;
    }
  }
  molt_ptr(self)->type = nt;
  return 0;
}

const MethodDef kObjectMethods[] = {
    {"__format__", objectFormat, 0},
    {"__init__", objectInit, 0},
    {"__init_subclass__", objectInitSubclass, kMethClass},
    {"__subclasshook__", objectSubclassHook, kMethClass},
    {"__dir__", objectDir, 0},
    {nullptr, nullptr, 0},
};

const GetSetDef kObjectGetSets[] = {
    {"__class__", getClass, setClass},
    {nullptr, nullptr, nullptr},
};

} // namespace

MoltType molt_type_object = {
    .ob = {MOLT_IMMORTAL_REFCNT, &molt_type_type},
    .name = "object",
    .base = nullptr,
    .flags = kTypeBaseType | kTypeImmutable,
    .basicsize = sizeof(MoltObject),
    .dealloc = objectDealloc,
    .traverse = nullptr,
    .repr = objectRepr,
    .str = nullptr,
    .hash = objectHash,
    .richcompare = objectRichCompare,
    .getattr = nullptr,
    .setattr = nullptr,
    .call = nullptr,
    .iter = nullptr,
    .iternext = nullptr,
    .number = nullptr,
    .container = nullptr,
    .methods = kObjectMethods,
    .getsets = kObjectGetSets,
    .new_ = objectNew,
    .dict = MOLT_NONE,
    .mro = MOLT_NONE,
    .doc = nullptr,
    .descr_get = nullptr,
    .descr_set = nullptr,
    .dictoffset = 0,
};
