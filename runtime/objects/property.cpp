// property: a data descriptor calling fget/fset/fdel; getter/setter/deleter
// return modified copies (decorator form); the docstring defaults to
// fget.__doc__; __set_name__ records the attribute name for error messages.
#include "../core/core_internal.h"

using namespace molt::rt;

namespace {

struct Property {
  MoltObject ob;
  MoltValue fget, fset, fdel, doc; // MOLT_NONE when absent
  MoltValue name;                  // set by __set_name__, or MOLT_NONE
  bool docFromGetter;
  MoltValue dict; // subclass instance attributes (unused for exact property)
};

Property *pr(MoltValue v) { return as<Property>(v); }

// Fills a new property's fields (values borrowed).
int initFields(Property *p, MoltValue fget, MoltValue fset, MoltValue fdel, MoltValue doc) {
  p->fget = molt_newref(fget);
  p->fset = molt_newref(fset);
  p->fdel = molt_newref(fdel);
  p->name = MOLT_NONE;
  p->dict = MOLT_NONE;
  p->docFromGetter = false;
  if (doc == MOLT_NONE && fget != MOLT_NONE) {
    MoltValue d = molt_getattr(fget, cstr("__doc__"));
    if (molt_is_error(d)) {
      molt_decref(molt_err_fetch());
      d = MOLT_NONE;
    }
    p->doc = d;
    p->docFromGetter = true;
  } else {
    p->doc = molt_newref(doc);
  }
  return 0;
}

MoltValue propNew(MoltType *type, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  static const char *const kNames[] = {"fget", "fset", "fdel", "doc"};
  MoltValue vals[4] = {MOLT_NONE, MOLT_NONE, MOLT_NONE, MOLT_NONE};
  size_t nkw = kwCount(kwnames);
  if (nargs + nkw > 4 && nkw == 0)
    return molt_raise_fmt(&molt_type_TypeError, "property() takes at most 4 arguments (%zu given)",
                          nargs);
  if (nargs > 4)
    return molt_raise_fmt(&molt_type_TypeError, "property() takes at most 4 arguments (%zu given)",
                          nargs + nkw);
  for (size_t i = 0; i < nargs; i++)
    vals[i] = args[i];
  for (size_t k = 0; k < nkw; k++) {
    std::string_view kn = strView(tupleItems(kwnames)[k]);
    int idx = -1;
    for (int j = 0; j < 4; j++)
      if (kn == kNames[j]) idx = j;
    if (idx < 0)
      return molt_raise_fmt(&molt_type_TypeError,
                            "property() got an unexpected keyword argument '%.*s'", (int)kn.size(),
                            kn.data());
    if ((size_t)idx < nargs)
      return molt_raise_fmt(&molt_type_TypeError,
                            "argument for property() given by name ('%s') and position (%d)",
                            kNames[idx], idx + 1);
    vals[idx] = args[nargs + k];
  }
  MoltObject *o = allocObject(type, type->basicsize);
  if (!o) return MOLT_ERROR;
  initFields(reinterpret_cast<Property *>(o), vals[0], vals[1], vals[2], vals[3]);
  return molt_from_ptr(o);
}

void propDealloc(MoltObject *o) {
  auto *p = reinterpret_cast<Property *>(o);
  molt_decref(p->fget);
  molt_decref(p->fset);
  molt_decref(p->fdel);
  molt_decref(p->doc);
  molt_decref(p->name);
  if (molt_is_ptr(p->dict)) molt_decref(p->dict);
  freeObject(o);
}

void propTraverse(MoltObject *o, visitfunc visit, void *arg) {
  auto *p = reinterpret_cast<Property *>(o);
  MoltValue vs[] = {p->fget, p->fset, p->fdel, p->doc, p->name};
  for (MoltValue v : vs)
    if (molt_is_ptr(v)) visit(v, arg);
}

MoltValue raiseNo(MoltValue self, MoltValue obj, const char *what) {
  Property *p = pr(self);
  if (isStr(p->name)) {
    std::string_view n = strView(p->name);
    return molt_raise_fmt(&molt_type_AttributeError, "property '%.*s' of '%s' object has no %s",
                          (int)n.size(), n.data(), typeName(obj), what);
  }
  return molt_raise_fmt(&molt_type_AttributeError, "property of '%s' object has no %s",
                        typeName(obj), what);
}

MoltValue propGet(MoltValue self, MoltValue obj, MoltType *) {
  if (obj == MOLT_UNBOUND) return molt_newref(self);
  Property *p = pr(self);
  if (p->fget == MOLT_NONE) return raiseNo(self, obj, "getter");
  return molt_call(p->fget, &obj, 1, MOLT_NONE);
}

int propSet(MoltValue self, MoltValue obj, MoltValue v) {
  Property *p = pr(self);
  MoltValue r;
  if (v == MOLT_UNBOUND) {
    if (p->fdel == MOLT_NONE) return (raiseNo(self, obj, "deleter"), -1);
    r = molt_call(p->fdel, &obj, 1, MOLT_NONE);
  } else {
    if (p->fset == MOLT_NONE) return (raiseNo(self, obj, "setter"), -1);
    MoltValue a[2] = {obj, v};
    r = molt_call(p->fset, a, 2, MOLT_NONE);
  }
  if (molt_is_error(r)) return -1;
  molt_decref(r);
  return 0;
}

// A copy of the property with one accessor replaced (which: 0 get, 1 set, 2 del).
MoltValue copyWith(MoltValue self, int which, MoltValue f) {
  Property *p = pr(self);
  MoltValue g = which == 0 ? f : p->fget, s = which == 1 ? f : p->fset,
            d = which == 2 ? f : p->fdel;
  MoltValue doc = p->docFromGetter ? MOLT_NONE : p->doc;
  MoltType *t = molt_type_of(self);
  MoltValue r;
  if (t == &molt_type_property) {
    MoltObject *o = allocObject(t, t->basicsize);
    if (!o) return MOLT_ERROR;
    initFields(reinterpret_cast<Property *>(o), g, s, d, doc);
    r = molt_from_ptr(o);
  } else {
    MoltValue a[4] = {g, s, d, doc};
    r = molt_call(molt_from_ptr(t), a, 4, MOLT_NONE);
    if (molt_is_error(r)) return r;
  }
  if (isInstance(r, &molt_type_property)) {
    Property *np = pr(r);
    molt_decref(np->name);
    np->name = molt_newref(p->name);
  }
  return r;
}

MoltValue mGetter(MoltValue, const MoltValue *args, size_t nargs, MoltValue) {
  if (nargs != 2)
    return molt_raise_fmt(&molt_type_TypeError, "getter() takes exactly one argument");
  return copyWith(args[0], 0, args[1]);
}
MoltValue mSetter(MoltValue, const MoltValue *args, size_t nargs, MoltValue) {
  if (nargs != 2)
    return molt_raise_fmt(&molt_type_TypeError, "setter() takes exactly one argument");
  return copyWith(args[0], 1, args[1]);
}
MoltValue mDeleter(MoltValue, const MoltValue *args, size_t nargs, MoltValue) {
  if (nargs != 2)
    return molt_raise_fmt(&molt_type_TypeError, "deleter() takes exactly one argument");
  return copyWith(args[0], 2, args[1]);
}
MoltValue mSetName(MoltValue, const MoltValue *args, size_t nargs, MoltValue) {
  if (nargs != 3)
    return molt_raise_fmt(&molt_type_TypeError, "__set_name__() takes 2 positional arguments");
  Property *p = pr(args[0]);
  MoltValue old = p->name;
  p->name = molt_newref(args[2]);
  molt_decref(old);
  return MOLT_NONE;
}

MoltValue getFget(MoltValue self) { return molt_newref(pr(self)->fget); }
MoltValue getFset(MoltValue self) { return molt_newref(pr(self)->fset); }
MoltValue getFdel(MoltValue self) { return molt_newref(pr(self)->fdel); }
MoltValue getDoc(MoltValue self) { return molt_newref(pr(self)->doc); }
int setDoc(MoltValue self, MoltValue v) {
  Property *p = pr(self);
  MoltValue old = p->doc;
  p->doc = molt_newref(v == MOLT_UNBOUND ? MOLT_NONE : v);
  p->docFromGetter = false;
  molt_decref(old);
  return 0;
}
MoltValue getAbstract(MoltValue self) {
  Property *p = pr(self);
  MoltValue fs[] = {p->fget, p->fset, p->fdel};
  for (MoltValue f : fs) {
    if (f == MOLT_NONE) continue;
    MoltValue v = molt_getattr(f, cstr("__isabstractmethod__"));
    if (molt_is_error(v)) {
      molt_decref(molt_err_fetch());
      continue;
    }
    int t = molt_truthy(v);
    molt_decref(v);
    if (t < 0) return MOLT_ERROR;
    if (t) return MOLT_TRUE;
  }
  return MOLT_FALSE;
}

const MethodDef kMethods[] = {
    {"getter", mGetter, 0},        {"setter", mSetter, 0}, {"deleter", mDeleter, 0},
    {"__set_name__", mSetName, 0}, {nullptr, nullptr, 0},
};

const GetSetDef kGetSets[] = {
    {"fget", getFget, nullptr},
    {"fset", getFset, nullptr},
    {"fdel", getFdel, nullptr},
    {"__doc__", getDoc, setDoc},
    {"__isabstractmethod__", getAbstract, nullptr},
    {nullptr, nullptr, nullptr},
};

} // namespace

// The behaviour of property is filled by molt_use_property, which the generated main
// calls when the program names property (its only way to make one; Features.cpp).
MoltType molt_type_property = {
    .ob = {MOLT_IMMORTAL_REFCNT, &molt_type_type},
    .name = "property",
    .base = &molt_type_object,
    .flags = kTypeBaseType | kTypeImmutable,
    .basicsize = sizeof(Property),
    .dealloc = propDealloc,
    .traverse = propTraverse,
    .repr = nullptr,
    .str = nullptr,
    .hash = nullptr,
    .richcompare = nullptr,
    .getattr = nullptr,
    .setattr = nullptr,
    .call = nullptr,
    .iter = nullptr,
    .iternext = nullptr,
    .number = nullptr,
    .container = nullptr,
    .methods = nullptr,
    .getsets = nullptr,
    .new_ = nullptr,
    .dict = MOLT_NONE,
    .mro = MOLT_NONE,
    .doc = "Property attribute.",
    .descr_get = nullptr,
    .descr_set = nullptr,
    .dictoffset = 0,
};

extern "C" void molt_use_property(void) {
  molt_type_property.methods = kMethods;
  molt_type_property.getsets = kGetSets;
  molt_type_property.new_ = propNew;
  molt_type_property.descr_get = propGet;
  molt_type_property.descr_set = propSet;
}
