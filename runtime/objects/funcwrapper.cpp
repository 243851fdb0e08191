// Shared machinery of staticmethod and classmethod (see funcwrapper.h).
#include "funcwrapper.h"

namespace molt::rt {

namespace {

// Copies the wrapper attributes of func into a new dict (missing ones skipped).
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
  if (molt_dict_setitem(d, cstr("__wrapped__"), func) < 0) {
    molt_decref(d);
    return -1;
  }
  *dict = d;
  return 0;
}

MoltValue getFunc(MoltValue self) { return molt_newref(funcWrapperFunc(self)); }

MoltValue getAbstract(MoltValue self) {
  MoltValue v = molt_getattr(funcWrapperFunc(self), cstr("__isabstractmethod__"));
  if (molt_is_error(v)) {
    molt_decref(molt_err_fetch());
    return MOLT_FALSE;
  }
  return v;
}

} // namespace

MoltValue funcWrapperNew(const char *name, MoltType *type, const MoltValue *args, size_t nargs,
                         MoltValue kwnames) {
  if (kwCount(kwnames))
    return molt_raise_fmt(&molt_type_TypeError, "%s() takes no keyword arguments", name);
  if (nargs != 1)
    return molt_raise_fmt(&molt_type_TypeError, "%s expected 1 argument, got %zu", name, nargs);
  MoltObject *o = allocObject(type, type->basicsize);
  if (!o) return MOLT_ERROR;
  auto *s = reinterpret_cast<FuncWrapper *>(o);
  s->func = molt_newref(args[0]);
  s->dict = MOLT_NONE;
  if (copyWrapped(&s->dict, args[0]) < 0) {
    molt_decref(molt_from_ptr(o));
    return MOLT_ERROR;
  }
  return molt_from_ptr(o);
}

void funcWrapperDealloc(MoltObject *o) {
  auto *s = reinterpret_cast<FuncWrapper *>(o);
  molt_decref(s->func);
  molt_xdecref(s->dict);
  freeObject(o);
}

void funcWrapperTraverse(MoltObject *o, visitfunc visit, void *arg) {
  auto *s = reinterpret_cast<FuncWrapper *>(o);
  visit(s->func, arg);
  if (molt_is_ptr(s->dict)) visit(s->dict, arg);
}

MoltValue funcWrapperRepr(const char *name, MoltValue self) {
  MoltValue r = molt_repr(funcWrapperFunc(self));
  if (molt_is_error(r)) return r;
  std::string_view v = strView(r);
  MoltValue s = strFormat("<%s(%.*s)>", name, (int)v.size(), v.data());
  molt_decref(r);
  return s;
}

const GetSetDef kFuncWrapperGetSets[] = {
    {"__func__", getFunc, nullptr},
    {"__isabstractmethod__", getAbstract, nullptr},
    {nullptr, nullptr, nullptr},
};

} // namespace molt::rt
