// staticmethod: a descriptor returning the wrapped callable unchanged
// (callable itself since 3.10; copies __name__/__qualname__/__doc__/
// __module__ of the callable into its __dict__ like functools.wraps).
#include "../core/core_internal.h"

using namespace molt::rt;

namespace {

struct StaticMethod {
  MoltObject ob;
  MoltValue func;
  MoltValue dict; // attributes copied from func (dict) or MOLT_NONE
};

StaticMethod *sm(MoltValue v) { return as<StaticMethod>(v); }

// Copies the wrapper attributes of func into the wrapper's dict (missing ones skipped).
int copyWrapped(MoltValue *dict, MoltValue func) {
  static const char *const kNames[] = {"__module__", "__name__", "__qualname__", "__doc__"};
  MoltValue d = molt_dict_new(nullptr, 0);
  if (molt_is_error(d)) return -1;
  for (const char *n : kNames) {
    MoltValue v = molt_getattr(func, cstr(n));
    if (molt_is_error(v)) {
      molt_decref(molt_err_fetch());
      continue;
    }
    int rc = molt_dict_setitem(d, cstr(n), v);
    molt_decref(v);
    if (rc < 0) {
      molt_decref(d);
      return -1;
    }
  }
  MoltValue w = molt_dict_setitem(d, cstr("__wrapped__"), func) < 0 ? MOLT_ERROR : MOLT_NONE;
  if (molt_is_error(w)) {
    molt_decref(d);
    return -1;
  }
  *dict = d;
  return 0;
}

MoltValue smNew(MoltType *type, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  if (kwCount(kwnames))
    return molt_raise_fmt(&molt_type_TypeError, "staticmethod() takes no keyword arguments");
  if (nargs != 1)
    return molt_raise_fmt(&molt_type_TypeError, "staticmethod expected 1 argument, got %zu", nargs);
  MoltObject *o = allocObject(type, type->basicsize);
  if (!o) return MOLT_ERROR;
  auto *s = reinterpret_cast<StaticMethod *>(o);
  s->func = molt_newref(args[0]);
  s->dict = MOLT_NONE;
  if (copyWrapped(&s->dict, args[0]) < 0) {
    molt_decref(molt_from_ptr(o));
    return MOLT_ERROR;
  }
  return molt_from_ptr(o);
}

void smDealloc(MoltObject *o) {
  auto *s = reinterpret_cast<StaticMethod *>(o);
  molt_decref(s->func);
  molt_xdecref(s->dict);
  freeObject(o);
}

void smTraverse(MoltObject *o, visitfunc visit, void *arg) {
  auto *s = reinterpret_cast<StaticMethod *>(o);
  visit(s->func, arg);
  if (molt_is_ptr(s->dict)) visit(s->dict, arg);
}

MoltValue smGet(MoltValue self, MoltValue, MoltType *) { return molt_newref(sm(self)->func); }

MoltValue smCall(MoltValue self, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  return molt_call(sm(self)->func, args, nargs, kwnames);
}

MoltValue smRepr(MoltValue self) {
  MoltValue r = molt_repr(sm(self)->func);
  if (molt_is_error(r)) return r;
  std::string_view v = strView(r);
  MoltValue s = strFormat("<staticmethod(%.*s)>", (int)v.size(), v.data());
  molt_decref(r);
  return s;
}

MoltValue getFunc(MoltValue self) { return molt_newref(sm(self)->func); }
MoltValue getAbstract(MoltValue self) {
  MoltValue v = molt_getattr(sm(self)->func, cstr("__isabstractmethod__"));
  if (molt_is_error(v)) {
    molt_decref(molt_err_fetch());
    return MOLT_FALSE;
  }
  return v;
}

const GetSetDef kGetSets[] = {
    {"__func__", getFunc, nullptr},
    {"__isabstractmethod__", getAbstract, nullptr},
    {nullptr, nullptr, nullptr},
};

} // namespace

MoltType molt_type_staticmethod = {
    .ob = {MOLT_IMMORTAL_REFCNT, &molt_type_type},
    .name = "staticmethod",
    .base = &molt_type_object,
    .flags = kTypeBaseType | kTypeImmutable,
    .basicsize = sizeof(StaticMethod),
    .dealloc = smDealloc,
    .traverse = smTraverse,
    .repr = smRepr,
    .str = nullptr,
    .hash = nullptr,
    .richcompare = nullptr,
    .getattr = nullptr,
    .setattr = nullptr,
    .call = smCall,
    .iter = nullptr,
    .iternext = nullptr,
    .number = nullptr,
    .container = nullptr,
    .methods = nullptr,
    .getsets = kGetSets,
    .new_ = smNew,
    .dict = MOLT_NONE,
    .mro = MOLT_NONE,
    .doc = "staticmethod(function) -> method\n\nConvert a function to be a static method.",
    .descr_get = smGet,
    .descr_set = nullptr,
    .dictoffset = offsetof(StaticMethod, dict),
};
