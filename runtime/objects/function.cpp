// The `function` type: compiled Python functions (molt_function_new), their
// attributes (__name__, __qualname__, __doc__, __defaults__, __kwdefaults__,
// __module__, __closure__, __dict__, __annotations__), binding to instances
// (descriptor -> bound method) and calls through the compiled entry.
#include <cstddef>

#include "../core/core_internal.h"

using namespace molt::rt;

namespace {

MoltFunction *fnOf(MoltValue v) { return as<MoltFunction>(v); }

MoltValue fnCall(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  return fnOf(callable)->info->entry(callable, args, nargs, kwnames);
}

void fnTraverse(MoltObject *o, visitfunc visit, void *arg) {
  auto *f = reinterpret_cast<MoltFunction *>(o);
  MoltValue vs[] = {f->name,     f->qualname,   f->doc,     f->module,
                    f->defaults, f->kwdefaults, f->closure, f->dict};
  for (MoltValue v : vs)
    if (molt_is_ptr(v)) visit(v, arg);
}

void fnDealloc(MoltObject *o) {
  auto *f = reinterpret_cast<MoltFunction *>(o);
  MoltValue vs[] = {f->name,     f->qualname,   f->doc,     f->module,
                    f->defaults, f->kwdefaults, f->closure, f->dict};
  for (MoltValue v : vs)
    molt_xdecref(v);
  freeObject(o);
}

MoltValue fnRepr(MoltValue v) {
  MoltFunction *f = fnOf(v);
  std::string a = addrString(f);
  std::string_view q = sv(f->qualname);
  return strFormat("<function %.*s at %s>", (int)q.size(), q.data(), a.c_str());
}

MoltValue fnDescrGet(MoltValue self, MoltValue obj, MoltType *) {
  if (obj == MOLT_UNBOUND) return molt_newref(self);
  return makeBoundMethod(self, obj);
}

// Replaces *slot with a new reference to v.
void replace(MoltValue *slot, MoltValue v) {
  MoltValue old = *slot;
  *slot = molt_newref(v);
  molt_xdecref(old);
}

MoltValue getName(MoltValue self) { return molt_newref(fnOf(self)->name); }
int setName(MoltValue self, MoltValue v) {
  if (v == MOLT_UNBOUND || !isStr(v)) {
    molt_raise_fmt(&molt_type_TypeError, "__name__ must be set to a string object");
    return -1;
  }
  replace(&fnOf(self)->name, v);
  return 0;
}
MoltValue getQualname(MoltValue self) { return molt_newref(fnOf(self)->qualname); }
int setQualname(MoltValue self, MoltValue v) {
  if (v == MOLT_UNBOUND || !isStr(v)) {
    molt_raise_fmt(&molt_type_TypeError, "__qualname__ must be set to a string object");
    return -1;
  }
  replace(&fnOf(self)->qualname, v);
  return 0;
}
MoltValue getDoc(MoltValue self) { return molt_newref(fnOf(self)->doc); }
int setDoc(MoltValue self, MoltValue v) {
  replace(&fnOf(self)->doc, v == MOLT_UNBOUND ? MOLT_NONE : v);
  return 0;
}
MoltValue getModule(MoltValue self) { return molt_newref(fnOf(self)->module); }
int setModule(MoltValue self, MoltValue v) {
  replace(&fnOf(self)->module, v == MOLT_UNBOUND ? MOLT_NONE : v);
  return 0;
}
MoltValue getDefaults(MoltValue self) { return molt_newref(fnOf(self)->defaults); }
int setDefaults(MoltValue self, MoltValue v) {
  if (v == MOLT_UNBOUND) v = MOLT_NONE;
  if (v != MOLT_NONE && !isTuple(v)) {
    molt_raise_fmt(&molt_type_TypeError, "__defaults__ must be set to a tuple object");
    return -1;
  }
  if (v != MOLT_NONE && tupleSize(v) == 0) v = MOLT_NONE;
  replace(&fnOf(self)->defaults, v);
  return 0;
}
MoltValue getKwdefaults(MoltValue self) { return molt_newref(fnOf(self)->kwdefaults); }
int setKwdefaults(MoltValue self, MoltValue v) {
  if (v == MOLT_UNBOUND) v = MOLT_NONE;
  if (v != MOLT_NONE && !isDict(v)) {
    molt_raise_fmt(&molt_type_TypeError, "__kwdefaults__ must be set to a dict object");
    return -1;
  }
  replace(&fnOf(self)->kwdefaults, v);
  return 0;
}
MoltValue getClosure(MoltValue self) { return molt_newref(fnOf(self)->closure); }
MoltValue getDict(MoltValue self) {
  MoltFunction *f = fnOf(self);
  if (!molt_is_ptr(f->dict)) {
    MoltValue d = molt_dict_new(nullptr, 0);
    if (molt_is_error(d)) return d;
    f->dict = d;
  }
  return molt_newref(f->dict);
}
int setDict(MoltValue self, MoltValue v) {
  if (v == MOLT_UNBOUND) {
    molt_raise_fmt(&molt_type_TypeError, "cannot delete __dict__");
    return -1;
  }
  if (!isDict(v)) {
    molt_raise_fmt(&molt_type_TypeError, "__dict__ must be set to a dictionary, not a '%s'",
                   typeName(v));
    return -1;
  }
  replace(&fnOf(self)->dict, v);
  return 0;
}
MoltValue getAnnotations(MoltValue self) {
  MoltValue d = getDict(self);
  if (molt_is_error(d)) return d;
  MoltValue key = cstr("__annotations__");
  MoltValue a = dictGetItem(d, key);
  if (a == MOLT_UNBOUND) {
    MoltValue n = molt_dict_new(nullptr, 0);
    if (!molt_is_error(n) && molt_dict_setitem(d, key, n) < 0) {
      molt_decref(n);
      n = MOLT_ERROR;
    }
    molt_decref(d);
    return n;
  }
  molt_decref(d);
  if (molt_is_error(a)) return a;
  return molt_newref(a);
}
int setAnnotations(MoltValue self, MoltValue v) {
  MoltValue d = getDict(self);
  if (molt_is_error(d)) return -1;
  int r;
  if (v == MOLT_UNBOUND) {
    r = dictDelItem(d, cstr("__annotations__")) < 0 ? -1 : 0;
  } else if (v != MOLT_NONE && !isDict(v)) {
    molt_raise_fmt(&molt_type_TypeError, "__annotations__ must be set to a dict object");
    r = -1;
  } else {
    r = molt_dict_setitem(d, cstr("__annotations__"), v);
  }
  molt_decref(d);
  return r;
}
// PEP 695 __type_params__ lives in the function's dict (as __annotations__ does).
MoltValue getTypeParams(MoltValue self) {
  MoltValue d = getDict(self);
  if (molt_is_error(d)) return d;
  MoltValue a = dictGetItem(d, cstr("__type_params__"));
  molt_decref(d);
  if (molt_is_error(a)) return a;
  if (a == MOLT_UNBOUND) return molt_tuple_new(nullptr, 0);
  return molt_newref(a);
}
int setTypeParams(MoltValue self, MoltValue v) {
  if (v == MOLT_UNBOUND || !isTuple(v)) {
    molt_raise_fmt(&molt_type_TypeError, "__type_params__ must be set to a tuple");
    return -1;
  }
  MoltValue d = getDict(self);
  if (molt_is_error(d)) return -1;
  int r = molt_dict_setitem(d, cstr("__type_params__"), v);
  molt_decref(d);
  return r;
}

const GetSetDef kGetSets[] = {
    {"__name__", getName, setName},
    {"__qualname__", getQualname, setQualname},
    {"__doc__", getDoc, setDoc},
    {"__module__", getModule, setModule},
    {"__defaults__", getDefaults, setDefaults},
    {"__kwdefaults__", getKwdefaults, setKwdefaults},
    {"__closure__", getClosure, nullptr},
    {"__dict__", getDict, setDict},
    {"__annotations__", getAnnotations, setAnnotations},
    {"__type_params__", getTypeParams, setTypeParams},
    {nullptr, nullptr, nullptr},
};

} // namespace

extern "C" MoltValue molt_function_new(const MoltFuncInfo *info, MoltValue module,
                                       MoltValue defaults, MoltValue kwdefaults,
                                       MoltValue closure) {
  MoltObject *o = allocObject(&molt_type_function, sizeof(MoltFunction));
  if (!o) return MOLT_ERROR;
  auto *f = reinterpret_cast<MoltFunction *>(o);
  f->info = info;
  const char *name = info->code.name ? info->code.name : "?";
  const char *qual = info->code.qualname ? info->code.qualname : name;
  f->name = cstr(name);
  f->qualname = cstr(qual);
  f->doc = info->doc ? cstr(info->doc) : MOLT_NONE;
  f->module = molt_newref(module);
  if (molt_is_ptr(defaults) && tupleSize(defaults) == 0) defaults = MOLT_NONE;
  f->defaults = molt_newref(defaults);
  f->kwdefaults = molt_newref(kwdefaults);
  f->closure = molt_newref(closure);
  f->dict = MOLT_NONE;
  f->pstrs = nullptr;
  return molt_from_ptr(o);
}

extern "C" const MoltValue *molt_function_closure(MoltValue fn) {
  MoltFunction *f = fnOf(fn);
  if (!molt_is_ptr(f->closure)) return nullptr;
  return tupleItems(f->closure);
}

MoltType molt_type_function = {
    .ob = {MOLT_IMMORTAL_REFCNT, &molt_type_type},
    .name = "function",
    .base = &molt_type_object,
    .flags = kTypeImmutable,
    .basicsize = sizeof(MoltFunction),
    .dealloc = fnDealloc,
    .traverse = fnTraverse,
    .repr = fnRepr,
    .str = nullptr,
    .hash = nullptr,
    .richcompare = nullptr,
    .getattr = nullptr,
    .setattr = nullptr,
    .call = fnCall,
    .iter = nullptr,
    .iternext = nullptr,
    .number = nullptr,
    .container = nullptr,
    .methods = nullptr,
    .getsets = kGetSets,
    .new_ = nullptr,
    .dict = MOLT_NONE,
    .mro = MOLT_NONE,
    .doc = nullptr,
    .descr_get = fnDescrGet,
    .descr_set = nullptr,
    .dictoffset = offsetof(MoltFunction, dict),
};
