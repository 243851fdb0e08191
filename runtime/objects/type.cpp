// The `type` type: repr, type(x), calling a type (new_), attribute lookup
// on classes (metatype data descriptors, then the class MRO), and the
// __name__/__qualname__/__mro__/__bases__/__base__/__doc__/__module__/__dict__
// attributes.
#include "../core/core_internal.h"

using namespace molt::rt;

namespace {

MoltType *asType(MoltValue v) { return as<MoltType>(v); }

MoltValue typeRepr(MoltValue v) {
  MoltType *t = asType(v);
  std::string mod = typeModule(t), q = typeQualname(t);
  if (mod != "builtins") return strFormat("<class '%s.%s'>", mod.c_str(), q.c_str());
  return strFormat("<class '%s'>", q.c_str());
}

MoltValue typeCall(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  MoltType *t = asType(callable);
  if (t == &molt_type_type) {
    if (nargs == 1 && kwCount(kwnames) == 0)
      return molt_newref(molt_from_ptr(molt_type_of(args[0])));
    if (nargs != 3) return molt_raise_fmt(&molt_type_TypeError, "type() takes 1 or 3 arguments");
  }
  if (!t->new_)
    return molt_raise_fmt(&molt_type_TypeError, "cannot create '%s' instances", t->name);
  return t->new_(t, args, nargs, kwnames);
}

MoltValue typeGetAttr(MoltValue o, MoltValue name) {
  MoltType *t = asType(o);
  MoltType *meta = molt_type_of(o);
  if (!typeIsReady(t)) readyType(t);
  MoltValue metaAttr = typeLookup(meta, name);
  if (molt_is_error(metaAttr)) return metaAttr;
  MoltType *mt = nullptr;
  if (metaAttr != MOLT_UNBOUND) {
    mt = molt_type_of(metaAttr);
    if (mt->descr_get && mt->descr_set) return mt->descr_get(metaAttr, o, meta);
  }
  MoltValue attr = typeLookup(t, name);
  if (molt_is_error(attr)) return attr;
  if (attr != MOLT_UNBOUND) {
    MoltType *at = molt_type_of(attr);
    if (at->descr_get) return at->descr_get(attr, MOLT_UNBOUND, t);
    return molt_newref(attr);
  }
  if (metaAttr != MOLT_UNBOUND) {
    if (mt->descr_get) return mt->descr_get(metaAttr, o, meta);
    return molt_newref(metaAttr);
  }
  std::string_view n = strView(name);
  molt_raise_fmt(&molt_type_AttributeError, "type object '%s' has no attribute '%.*s'", t->name,
                 (int)n.size(), n.data());
  setAttrErrorContext(o, name);
  return MOLT_ERROR;
}

int typeSetAttr(MoltValue o, MoltValue name, MoltValue v) {
  MoltType *t = asType(o);
  std::string_view n = strView(name);
  if (!(t->flags & kTypeHeap)) {
    molt_raise_fmt(&molt_type_TypeError, "cannot set '%.*s' attribute of immutable type '%s'",
                   (int)n.size(), n.data(), t->name);
    return -1;
  }
  MoltType *meta = molt_type_of(o);
  MoltValue metaAttr = typeLookup(meta, name);
  if (molt_is_error(metaAttr)) return -1;
  if (metaAttr != MOLT_UNBOUND) {
    MoltType *mt = molt_type_of(metaAttr);
    if (mt->descr_set) return mt->descr_set(metaAttr, o, v);
  }
  if (!typeIsReady(t)) readyType(t);
  if (v == MOLT_UNBOUND) {
    MoltValue cur = dictGetItem(t->dict, name);
    if (molt_is_error(cur)) return -1;
    if (cur == MOLT_UNBOUND) {
      molt_raise_fmt(&molt_type_AttributeError, "type object '%s' has no attribute '%.*s'", t->name,
                     (int)n.size(), n.data());
      return -1;
    }
    return molt_delitem(t->dict, name);
  }
  return molt_dict_setitem(t->dict, name, v);
}

MoltValue getName(MoltValue self) {
  MoltType *t = asType(self);
  if (t->flags & kTypeHeap) {
    MoltValue n = dictGetItem(t->dict, cstr("__name__"));
    if (molt_is_ptr(n) && isStr(n)) return molt_newref(n);
  }
  return cstr(t->name);
}
MoltValue getQualname(MoltValue self) { return strFromUtf8(typeQualname(asType(self))); }
MoltValue getModule(MoltValue self) {
  MoltType *t = asType(self);
  if (t->flags & kTypeHeap) {
    MoltValue m = dictGetItem(t->dict, cstr("__module__"));
    if (molt_is_error(m)) return m;
    if (m != MOLT_UNBOUND) return molt_newref(m);
  }
  return cstr("builtins");
}
MoltValue getMro(MoltValue self) {
  MoltType *t = asType(self);
  if (!typeIsReady(t)) readyType(t);
  return molt_newref(t->mro);
}
MoltValue getBases(MoltValue self) {
  MoltType *t = asType(self);
  if (!t->base) return molt_tuple_new(nullptr, 0);
  MoltValue b = molt_from_ptr(t->base);
  return molt_tuple_new(&b, 1);
}
MoltValue getBase(MoltValue self) {
  MoltType *t = asType(self);
  return t->base ? molt_from_ptr(t->base) : MOLT_NONE;
}
MoltValue getDoc(MoltValue self) {
  MoltType *t = asType(self);
  if (!typeIsReady(t)) readyType(t);
  if (molt_is_ptr(t->dict)) {
    MoltValue d = dictGetItem(t->dict, cstr("__doc__"));
    if (molt_is_error(d)) return d;
    if (d != MOLT_UNBOUND) return molt_newref(d);
  }
  return t->doc ? cstr(t->doc) : MOLT_NONE;
}
MoltValue getDict(MoltValue self) {
  MoltType *t = asType(self);
  if (!typeIsReady(t)) readyType(t);
  return molt_newref(t->dict);
}

MoltValue typeMroMethod(MoltValue, const MoltValue *args, size_t nargs, MoltValue) {
  if (nargs < 1) return molt_raise_fmt(&molt_type_TypeError, "mro() needs an argument");
  MoltType *t = asType(args[0]);
  if (!typeIsReady(t)) readyType(t);
  const MoltValue *items = tupleItems(t->mro);
  return molt_list_new(items, (size_t)tupleSize(t->mro));
}

MoltValue typeOr(MoltValue a, MoltValue b) { return makeUnion(a, b); }

constexpr NumberSlots kTypeNumber = [] {
  NumberSlots n{};
  n.or_ = typeOr;
  return n;
}();

const MethodDef kTypeMethods[] = {
    {"mro", typeMroMethod, 0},
    {nullptr, nullptr, 0},
};

const GetSetDef kTypeGetSets[] = {
    {"__name__", getName, nullptr},     {"__qualname__", getQualname, nullptr},
    {"__module__", getModule, nullptr}, {"__mro__", getMro, nullptr},
    {"__bases__", getBases, nullptr},   {"__base__", getBase, nullptr},
    {"__doc__", getDoc, nullptr},       {"__dict__", getDict, nullptr},
    {nullptr, nullptr, nullptr},
};

} // namespace

MoltType molt_type_type = {
    .ob = {MOLT_IMMORTAL_REFCNT, &molt_type_type},
    .name = "type",
    .base = &molt_type_object,
    .flags = kTypeBaseType | kTypeImmutable,
    .basicsize = sizeof(MoltType),
    .dealloc = nullptr,
    .traverse = nullptr,
    .repr = typeRepr,
    .str = nullptr,
    .hash = nullptr,
    .richcompare = nullptr,
    .getattr = typeGetAttr,
    .setattr = typeSetAttr,
    .call = typeCall,
    .iter = nullptr,
    .iternext = nullptr,
    .number = &kTypeNumber,
    .container = nullptr,
    .methods = kTypeMethods,
    .getsets = kTypeGetSets,
    .new_ = nullptr,
    .dict = MOLT_NONE,
    .mro = MOLT_NONE,
    .doc = nullptr,
    .descr_get = nullptr,
    .descr_set = nullptr,
    .dictoffset = 0,
};
