// classmethod: a descriptor binding the wrapped callable to the class (the
// owner, or type(obj)); copies __name__/__qualname__/__doc__/__module__ of
// the callable into its __dict__ like functools.wraps.
#include "../core/core_internal.h"

using namespace molt::rt;

namespace {

struct ClassMethod {
  MoltObject ob;
  MoltValue func;
  MoltValue dict; // attributes copied from func (dict) or MOLT_NONE
};

ClassMethod *cm(MoltValue v) { return as<ClassMethod>(v); }

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

MoltValue cmNew(MoltType *type, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  if (kwCount(kwnames))
    return molt_raise_fmt(&molt_type_TypeError, "classmethod() takes no keyword arguments");
  if (nargs != 1)
    return molt_raise_fmt(&molt_type_TypeError, "classmethod expected 1 argument, got %zu", nargs);
  MoltObject *o = allocObject(type, type->basicsize);
  if (!o) return MOLT_ERROR;
  auto *s = reinterpret_cast<ClassMethod *>(o);
  s->func = molt_newref(args[0]);
  s->dict = MOLT_NONE;
  if (copyWrapped(&s->dict, args[0]) < 0) {
    molt_decref(molt_from_ptr(o));
    return MOLT_ERROR;
  }
  return molt_from_ptr(o);
}

void cmDealloc(MoltObject *o) {
  auto *s = reinterpret_cast<ClassMethod *>(o);
  molt_decref(s->func);
  molt_xdecref(s->dict);
  freeObject(o);
}

void cmTraverse(MoltObject *o, visitfunc visit, void *arg) {
  auto *s = reinterpret_cast<ClassMethod *>(o);
  visit(s->func, arg);
  if (molt_is_ptr(s->dict)) visit(s->dict, arg);
}

MoltValue cmGet(MoltValue self, MoltValue obj, MoltType *owner) {
  if (!owner) owner = molt_type_of(obj);
  return makeBoundMethod(cm(self)->func, molt_from_ptr(owner));
}

MoltValue cmRepr(MoltValue self) {
  MoltValue r = molt_repr(cm(self)->func);
  if (molt_is_error(r)) return r;
  std::string_view v = strView(r);
  MoltValue s = strFormat("<classmethod(%.*s)>", (int)v.size(), v.data());
  molt_decref(r);
  return s;
}

MoltValue getFunc(MoltValue self) { return molt_newref(cm(self)->func); }
MoltValue getAbstract(MoltValue self) {
  MoltValue v = molt_getattr(cm(self)->func, cstr("__isabstractmethod__"));
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

MoltType molt_type_classmethod = {
    .ob = {MOLT_IMMORTAL_REFCNT, &molt_type_type},
    .name = "classmethod",
    .base = &molt_type_object,
    .flags = kTypeBaseType | kTypeImmutable,
    .basicsize = sizeof(ClassMethod),
    .dealloc = cmDealloc,
    .traverse = cmTraverse,
    .repr = cmRepr,
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
    .getsets = kGetSets,
    .new_ = cmNew,
    .dict = MOLT_NONE,
    .mro = MOLT_NONE,
    .doc = "classmethod(function) -> method\n\nConvert a function to be a class method.",
    .descr_get = cmGet,
    .descr_set = nullptr,
    .dictoffset = offsetof(ClassMethod, dict),
};
