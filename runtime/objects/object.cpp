// The `object` type: root of every class (identity hash/compare, default
// repr, __format__, __init__, __class__).
#include "../core/core_internal.h"

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
    if (type == &molt_type_object)
      return molt_raise_fmt(&molt_type_TypeError, "object() takes no arguments");
    return molt_raise_fmt(&molt_type_TypeError, "%s() takes no arguments", type->name);
  }
  size_t size = type->basicsize ? type->basicsize : sizeof(MoltObject);
  MoltObject *o = allocObject(type, size);
  if (!o) return MOLT_ERROR;
  if (type->dictoffset)
    *reinterpret_cast<MoltValue *>(reinterpret_cast<char *>(o) + type->dictoffset) = MOLT_NONE;
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

MoltValue objectInit(MoltValue, const MoltValue *, size_t, MoltValue) { return MOLT_NONE; }

MoltValue objectInitSubclass(MoltValue, const MoltValue *, size_t, MoltValue) { return MOLT_NONE; }

MoltValue objectSubclassHook(MoltValue, const MoltValue *, size_t, MoltValue) {
  return molt_not_implemented();
}

MoltValue objectDir(MoltValue, const MoltValue *args, size_t nargs, MoltValue) {
  // Names of the instance dict and of the class attributes along the MRO.
  MoltValue self = args[0];
  (void)nargs;
  MoltValue res = molt_dict_new(nullptr, 0);
  if (molt_is_error(res)) return res;
  MoltType *t = molt_type_of(self);
  if (t->dictoffset && molt_is_ptr(self)) {
    MoltValue d =
        *reinterpret_cast<MoltValue *>(reinterpret_cast<char *>(molt_ptr(self)) + t->dictoffset);
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

const MethodDef kObjectMethods[] = {
    {"__format__", objectFormat, 0},
    {"__init__", objectInit, 0},
    {"__init_subclass__", objectInitSubclass, kMethClass},
    {"__subclasshook__", objectSubclassHook, kMethClass},
    {"__dir__", objectDir, 0},
    {nullptr, nullptr, 0},
};

const GetSetDef kObjectGetSets[] = {
    {"__class__", getClass, nullptr},
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
