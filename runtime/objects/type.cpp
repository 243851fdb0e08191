// The `type` type: repr, type(x), calling a type (new_), attribute lookup
// on classes (metatype data descriptors, then the class MRO), and the
// __name__/__qualname__/__mro__/__bases__/__base__/__doc__/__module__/__dict__
// attributes.
#include "../core/core_internal.h"
#include "molt/heaptype.h"

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
  if (isHeapType(t) && heapSpecials(t)->ctorPlain && !(t->flags & kTypeAbstract))
    return heapConstructPlain(t, args, nargs, kwnames);
  if (t == &molt_type_type) {
    if (nargs == 1 && kwCount(kwnames) == 0)
      return molt_newref(molt_from_ptr(molt_type_of(args[0])));
    if (nargs != 3) return molt_raise_fmt(&molt_type_TypeError, "type() takes 1 or 3 arguments");
  }
  if (!t->new_)
    return molt_raise_fmt(&molt_type_TypeError, "cannot create '%s' instances", t->name);
  MoltValue obj = t->new_(t, args, nargs, kwnames);
  // Classes: __init__ after __new__ (builtin types construct in new_).
  if (isHeapType(t) && !molt_is_error(obj)) return heapCallInit(t, obj, args, nargs, kwnames);
  return obj;
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
    if (molt_delitem(t->dict, name) < 0) return -1;
    if (n == "__abstractmethods__") t->flags &= ~kTypeAbstract;
    heapTypeModified(t, name);
    return 0;
  }
  if (molt_dict_setitem(t->dict, name, v) < 0) return -1;
  if (n == "__abstractmethods__") {
    // As CPython's type_set_abstractmethods: the flag follows the value's truth.
    int truth = molt_truthy(v);
    if (truth < 0) return -1;
    t->flags = truth ? (t->flags | kTypeAbstract) : (t->flags & ~kTypeAbstract);
  }
  heapTypeModified(t, name);
  return 0;
}

MoltValue getName(MoltValue self) {
  MoltType *t = asType(self);
  if (isHeapType(t)) return molt_newref(heapOf(t)->name);
  if (const char *dot = strrchr(t->name, '.')) return cstr(dot + 1); // "itertools.count"
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
  return strFromUtf8(typeModule(t)); // "builtins", or "itertools" for "itertools.count"
}
MoltValue getMro(MoltValue self) {
  MoltType *t = asType(self);
  if (!typeIsReady(t)) readyType(t);
  return molt_newref(t->mro);
}
MoltValue getBases(MoltValue self) {
  MoltType *t = asType(self);
  if (isHeapType(t)) return molt_newref(heapOf(t)->bases);
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
  return mappingProxyNew(t->dict);
}

// Setters of class attributes stored outside the dict (heap types only).
bool checkHeapSet(MoltType *t, const char *attr, MoltValue v) {
  if (!isHeapType(t)) {
    molt_raise_fmt(&molt_type_TypeError, "cannot set '%s' attribute of immutable type '%s'", attr,
                   t->name);
    return false;
  }
  if (v == MOLT_UNBOUND) {
    molt_raise_fmt(&molt_type_TypeError, "cannot delete '%s' attribute of immutable type '%s'",
                   attr, t->name);
    return false;
  }
  return true;
}
int setName(MoltValue self, MoltValue v) {
  MoltType *t = asType(self);
  if (!checkHeapSet(t, "__name__", v)) return -1;
  if (!isStr(v)) {
    molt_raise_fmt(&molt_type_TypeError, "can only assign string to %s.__name__, not '%s'", t->name,
                   typeName(v));
    return -1;
  }
  MoltHeapType *h = heapOf(t);
  std::string_view nv = strView(v);
  char *cname = static_cast<char *>(malloc(nv.size() + 1));
  if (!cname) return -1;
  memcpy(cname, nv.data(), nv.size());
  cname[nv.size()] = 0;
  t->name = cname; // the old name is leaked: error messages may still hold it
  MoltValue old = h->name;
  h->name = molt_newref(v);
  molt_decref(old);
  return 0;
}
int setQualname(MoltValue self, MoltValue v) {
  MoltType *t = asType(self);
  if (!checkHeapSet(t, "__qualname__", v)) return -1;
  if (!isStr(v)) {
    molt_raise_fmt(&molt_type_TypeError, "can only assign string to %s.__qualname__, not '%s'",
                   t->name, typeName(v));
    return -1;
  }
  MoltHeapType *h = heapOf(t);
  MoltValue old = h->qualname;
  h->qualname = molt_newref(v);
  molt_decref(old);
  return 0;
}
int setInDict(MoltValue self, const char *attr, MoltValue v) {
  MoltType *t = asType(self);
  if (!checkHeapSet(t, attr, v)) return -1;
  if (molt_dict_setitem(t->dict, cstr(attr), v) < 0) return -1;
  heapTypeModified(t, cstr(attr));
  return 0;
}
int setModule(MoltValue self, MoltValue v) { return setInDict(self, "__module__", v); }
int setDoc(MoltValue self, MoltValue v) { return setInDict(self, "__doc__", v); }
int setBases(MoltValue self, MoltValue) {
  molt_raise_fmt(&molt_type_TypeError, "assigning __bases__ is not supported by Molt (class %s)",
                 asType(self)->name);
  return -1;
}

// type.__dir__(cls): names in the dicts of the class and its bases.
MoltValue typeDir(MoltValue, const MoltValue *args, size_t nargs, MoltValue) {
  if (nargs != 1) return molt_raise_fmt(&molt_type_TypeError, "__dir__() takes no arguments");
  MoltType *t = asType(args[0]);
  if (!typeIsReady(t)) readyType(t);
  MoltValue res = molt_dict_new(nullptr, 0);
  if (molt_is_error(res)) return res;
  auto *mro = as<MoltTuple>(t->mro);
  for (int64_t i = mro->size - 1; i >= 0; i--) {
    MoltType *b = as<MoltType>(mro->items[i]);
    if (molt_is_ptr(b->dict) && molt_dict_update(res, b->dict) < 0) {
      molt_decref(res);
      return MOLT_ERROR;
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

// type.__init__(cls, name, bases, ns, **kw): the class is complete after __new__.
MoltValue typeInit(MoltValue, const MoltValue *, size_t nargs, MoltValue kwnames) {
  if (nargs != 2 && nargs != 4)
    return molt_raise_fmt(&molt_type_TypeError, "type.__init__() takes 1 or 3 arguments");
  if (nargs == 2 && kwCount(kwnames))
    return molt_raise_fmt(&molt_type_TypeError, "type.__init__() takes no keyword arguments");
  return MOLT_NONE;
}

// type.__prepare__(name, bases, **kw) -> a new dict (classmethod).
MoltValue typePrepare(MoltValue, const MoltValue *, size_t, MoltValue) {
  return molt_dict_new(nullptr, 0);
}

// type.__subclasses__(): the direct heap subclasses still alive.
MoltValue typeSubclasses(MoltValue, const MoltValue *args, size_t nargs, MoltValue) {
  MoltValue l = molt_list_new(nullptr, 0);
  if (molt_is_error(l) || nargs < 1 || !isHeapType(asType(args[0]))) return l;
  MoltHeapType *h = heapOf(asType(args[0]));
  for (size_t i = 0; i < h->nsub; i++)
    if (molt_list_append(l, molt_from_ptr(&h->subclasses[i]->type)) < 0) {
      molt_decref(l);
      return MOLT_ERROR;
    }
  return l;
}

MoltValue typeInstanceCheck(MoltValue, const MoltValue *args, size_t nargs, MoltValue) {
  if (nargs != 2)
    return molt_raise_fmt(&molt_type_TypeError, "__instancecheck__() takes exactly one argument");
  return molt_bool(isInstance(args[1], asType(args[0])));
}

MoltValue typeSubclassCheck(MoltValue, const MoltValue *args, size_t nargs, MoltValue) {
  if (nargs != 2)
    return molt_raise_fmt(&molt_type_TypeError, "__subclasscheck__() takes exactly one argument");
  if (!molt_is_ptr(args[1]) || !isInstance(args[1], &molt_type_type))
    return molt_raise_fmt(&molt_type_TypeError, "issubclass() arg 1 must be a class");
  return molt_bool(isSubtype(asType(args[1]), asType(args[0])));
}

// Methods with a null function are optional: the generated main installs
// those the program can reach (molt/optional_methods.def).
MethodDef kTypeMethods[] = {
    {"mro", nullptr, 0},
    {"__init__", typeInit, 0},
    {"__dir__", typeDir, 0},
    {"__prepare__", typePrepare, kMethClass},
    {"__subclasses__", typeSubclasses, 0},
    {"__instancecheck__", typeInstanceCheck, 0},
    {"__subclasscheck__", typeSubclassCheck, 0},
    {nullptr, nullptr, 0},
};
extern "C" void molt_use_type_mro(void) { installMethod(kTypeMethods, "mro", typeMroMethod); }

const GetSetDef kTypeGetSets[] = {
    {"__name__", getName, setName},       {"__qualname__", getQualname, setQualname},
    {"__module__", getModule, setModule}, {"__mro__", getMro, nullptr},
    {"__bases__", getBases, setBases},    {"__base__", getBase, nullptr},
    {"__doc__", getDoc, setDoc},          {"__dict__", getDict, nullptr},
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
    .new_ = typeNewSlot,
    .dict = MOLT_NONE,
    .mro = MOLT_NONE,
    .doc = nullptr,
    .descr_get = nullptr,
    .descr_set = nullptr,
    .dictoffset = 0,
};
