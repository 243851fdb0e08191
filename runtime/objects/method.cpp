// The `method` type: a Python function (or any callable) bound to an
// instance; calling it prepends the instance to the arguments.
#include "../core/core_internal.h"

using namespace molt::rt;

namespace {

MoltMethod *mOf(MoltValue v) { return as<MoltMethod>(v); }

MoltValue mCall(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  MoltMethod *m = mOf(callable);
  return callWithSelf(m->func, m->self, args, nargs, kwnames);
}

void mDealloc(MoltObject *o) {
  auto *m = reinterpret_cast<MoltMethod *>(o);
  molt_decref(m->func);
  molt_decref(m->self);
  freeObject(o);
}

void mTraverse(MoltObject *o, visitfunc visit, void *arg) {
  auto *m = reinterpret_cast<MoltMethod *>(o);
  visit(m->func, arg);
  visit(m->self, arg);
}

MoltValue mRepr(MoltValue v) {
  MoltMethod *m = mOf(v);
  MoltValue name = molt_getattr(m->func, cstr("__qualname__"));
  if (molt_is_error(name)) {
    molt_decref(molt_err_fetch());
    name = molt_getattr(m->func, cstr("__name__"));
    if (molt_is_error(name)) {
      molt_decref(molt_err_fetch());
      name = cstr("?");
    }
  }
  MoltValue selfRepr = molt_repr(m->self);
  if (molt_is_error(selfRepr)) {
    molt_decref(name);
    return MOLT_ERROR;
  }
  std::string_view n = sv(name), s = strView(selfRepr);
  MoltValue r =
      strFormat("<bound method %.*s of %.*s>", (int)n.size(), n.data(), (int)s.size(), s.data());
  molt_decref(name);
  molt_decref(selfRepr);
  return r;
}

MoltValue mRichCompare(MoltValue a, MoltValue b, int op) {
  if ((op != MOLT_EQ && op != MOLT_NE) || !isExact(b, &molt_type_method))
    return molt_not_implemented();
  MoltMethod *x = mOf(a), *y = mOf(b);
  int eq = x->self == y->self ? equals(x->func, y->func) : 0;
  if (eq < 0) return MOLT_ERROR;
  return molt_bool(op == MOLT_EQ ? eq : !eq);
}

int mHash(MoltValue v, int64_t *out) {
  MoltMethod *m = mOf(v);
  int64_t hf;
  if (hashValue(m->func, &hf) < 0) return -1;
  int64_t hs = molt_is_ptr(m->self) ? pointerHash(molt_ptr(m->self)) : (int64_t)m->self;
  int64_t h = hs ^ hf;
  *out = h == -1 ? -2 : h;
  return 0;
}

// Attributes of the method type first, then those of the function.
MoltValue mGetAttr(MoltValue o, MoltValue name) {
  MoltType *t = molt_type_of(o);
  MoltValue descr = typeLookup(t, name);
  if (molt_is_error(descr)) return descr;
  if (descr != MOLT_UNBOUND) {
    MoltType *dt = molt_type_of(descr);
    if (dt->descr_get) return dt->descr_get(descr, o, t);
    return molt_newref(descr);
  }
  return molt_getattr(mOf(o)->func, name);
}

MoltValue getFunc(MoltValue self) { return molt_newref(mOf(self)->func); }
MoltValue getSelf(MoltValue self) { return molt_newref(mOf(self)->self); }
MoltValue getDoc(MoltValue self) { return molt_getattr(mOf(self)->func, cstr("__doc__")); }

const GetSetDef kGetSets[] = {
    {"__func__", getFunc, nullptr},
    {"__self__", getSelf, nullptr},
    {"__doc__", getDoc, nullptr},
    {nullptr, nullptr, nullptr},
};

} // namespace

namespace molt::rt {

MoltValue makeBoundMethod(MoltValue func, MoltValue self) {
  MoltObject *o = allocObject(&molt_type_method, sizeof(MoltMethod));
  if (!o) return MOLT_ERROR;
  auto *m = reinterpret_cast<MoltMethod *>(o);
  m->func = molt_newref(func);
  m->self = molt_newref(self);
  return molt_from_ptr(o);
}

/// method(function, instance): what types.MethodType(f, obj) calls.
MoltValue mNew(MoltType *, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  if (kwnames != MOLT_NONE && tupleSize(kwnames) > 0)
    return molt_raise_fmt(&molt_type_TypeError, "method() takes no keyword arguments");
  if (nargs != 2)
    return molt_raise_fmt(&molt_type_TypeError, "method expected 2 arguments, got %zu", nargs);
  if (molt_type_of(args[0])->call == nullptr)
    return molt_raise_fmt(&molt_type_TypeError, "first argument must be callable");
  if (args[1] == MOLT_NONE)
    return molt_raise_fmt(&molt_type_TypeError, "instance must not be None");
  return makeBoundMethod(args[0], args[1]);
}

} // namespace molt::rt

MoltType molt_type_method = {
    .ob = {MOLT_IMMORTAL_REFCNT, &molt_type_type},
    .name = "method",
    .base = &molt_type_object,
    .flags = kTypeImmutable,
    .basicsize = sizeof(MoltMethod),
    .dealloc = mDealloc,
    .traverse = mTraverse,
    .repr = mRepr,
    .str = nullptr,
    .hash = mHash,
    .richcompare = mRichCompare,
    .getattr = mGetAttr,
    .setattr = nullptr,
    .call = mCall,
    .iter = nullptr,
    .iternext = nullptr,
    .number = nullptr,
    .container = nullptr,
    .methods = nullptr,
    .getsets = kGetSets,
    .new_ = molt::rt::mNew,
    .dict = MOLT_NONE,
    .mro = MOLT_NONE,
    .doc = nullptr,
    .descr_get = nullptr,
    .descr_set = nullptr,
    .dictoffset = 0,
};
