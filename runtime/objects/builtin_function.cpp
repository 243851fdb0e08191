// builtin_function_or_method: a C vectorcall function (len) or a builtin
// method bound to its receiver ([].append); bound ones get self as args[0].
#include "../core/core_internal.h"

using namespace molt::rt;

namespace {

MoltBuiltinFunction *bf(MoltValue v) { return as<MoltBuiltinFunction>(v); }

bool hasSelf(const MoltBuiltinFunction *f) { return f->self != MOLT_UNBOUND; }

MoltValue bfCall(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  MoltBuiltinFunction *f = bf(callable);
  if (!hasSelf(f)) return f->base.fn(callable, args, nargs, kwnames);
  return callPrepend(f->base.fn, callable, f->self, args, nargs, kwnames);
}

void bfDealloc(MoltObject *o) {
  auto *f = reinterpret_cast<MoltBuiltinFunction *>(o);
  if (hasSelf(f)) molt_decref(f->self);
  freeObject(o);
}

void bfTraverse(MoltObject *o, visitfunc visit, void *arg) {
  auto *f = reinterpret_cast<MoltBuiltinFunction *>(o);
  if (hasSelf(f)) visit(f->self, arg);
}

MoltValue bfRepr(MoltValue v) {
  MoltBuiltinFunction *f = bf(v);
  if (!hasSelf(f) || isInstance(f->self, &molt_type_module))
    return strFormat("<built-in function %s>", f->base.name);
  std::string a = addrString(molt_is_ptr(f->self) ? (const void *)molt_ptr(f->self) : nullptr);
  if (f->flags & kMethSlotWrapper)
    return strFormat("<method-wrapper '%s' of %s object at %s>", f->base.name, typeName(f->self),
                     a.c_str());
  return strFormat("<built-in method %s of %s object at %s>", f->base.name, typeName(f->self),
                   a.c_str());
}

MoltValue bfRichCompare(MoltValue a, MoltValue b, int op) {
  if ((op != MOLT_EQ && op != MOLT_NE) || !isExact(b, &molt_type_builtin_function))
    return molt_not_implemented();
  MoltBuiltinFunction *x = bf(a), *y = bf(b);
  bool eq =
      x->base.fn == y->base.fn && x->self == y->self && strcmp(x->base.name, y->base.name) == 0;
  return molt_bool(op == MOLT_EQ ? eq : !eq);
}

int bfHash(MoltValue v, int64_t *out) {
  MoltBuiltinFunction *f = bf(v);
  int64_t h = pointerHash((const void *)f->base.fn);
  if (hasSelf(f)) {
    int64_t hs = molt_is_ptr(f->self) ? pointerHash(molt_ptr(f->self)) : (int64_t)f->self;
    h ^= hs;
  }
  *out = h == -1 ? -2 : h;
  return 0;
}

MoltValue getName(MoltValue self) { return cstr(bf(self)->base.name); }
MoltValue getQualname(MoltValue self) {
  MoltBuiltinFunction *f = bf(self);
  if (!hasSelf(f) || isInstance(f->self, &molt_type_module)) return cstr(f->base.name);
  MoltType *t =
      isInstance(f->self, &molt_type_type) ? as<MoltType>(f->self) : molt_type_of(f->self);
  return strFormat("%s.%s", t->name, f->base.name);
}
MoltValue getSelf(MoltValue self) {
  MoltBuiltinFunction *f = bf(self);
  return hasSelf(f) ? molt_newref(f->self) : MOLT_NONE;
}
MoltValue getModule(MoltValue self) { return hasSelf(bf(self)) ? MOLT_NONE : cstr("builtins"); }
MoltValue getDoc(MoltValue) { return MOLT_NONE; }

const GetSetDef kGetSets[] = {
    {"__name__", getName, nullptr}, {"__qualname__", getQualname, nullptr},
    {"__self__", getSelf, nullptr}, {"__module__", getModule, nullptr},
    {"__doc__", getDoc, nullptr},   {nullptr, nullptr, nullptr},
};

} // namespace

namespace molt::rt {

MoltValue makeBoundBuiltin(const char *name, MoltVectorcall fn, MoltType *owner, MoltValue self,
                           int flags) {
  MoltObject *o = allocObject(&molt_type_builtin_function, sizeof(MoltBuiltinFunction));
  if (!o) return MOLT_ERROR;
  auto *f = reinterpret_cast<MoltBuiltinFunction *>(o);
  f->base.name = name;
  f->base.fn = fn;
  f->base.owner = owner;
  f->self = molt_newref(self);
  f->flags = flags;
  return molt_from_ptr(o);
}

MoltValue makeBuiltinFunction(const char *name, MoltVectorcall fn, MoltValue self) {
  if (self == MOLT_NONE || self == MOLT_UNBOUND) {
    MoltObject *o = allocObject(&molt_type_builtin_function, sizeof(MoltBuiltinFunction));
    if (!o) return MOLT_ERROR;
    auto *f = reinterpret_cast<MoltBuiltinFunction *>(o);
    f->base.name = name;
    f->base.fn = fn;
    f->base.owner = nullptr;
    f->self = MOLT_UNBOUND;
    f->flags = 0;
    return molt_from_ptr(o);
  }
  MoltType *owner = isInstance(self, &molt_type_type) ? as<MoltType>(self) : molt_type_of(self);
  return makeBoundBuiltin(name, fn, owner, self, 0);
}

} // namespace molt::rt

MoltType molt_type_builtin_function = {
    .ob = {MOLT_IMMORTAL_REFCNT, &molt_type_type},
    .name = "builtin_function_or_method",
    .base = &molt_type_object,
    .flags = kTypeImmutable,
    .basicsize = sizeof(MoltBuiltinFunction),
    .dealloc = bfDealloc,
    .traverse = bfTraverse,
    .repr = bfRepr,
    .str = nullptr,
    .hash = bfHash,
    .richcompare = bfRichCompare,
    .getattr = nullptr,
    .setattr = nullptr,
    .call = bfCall,
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
    .descr_get = nullptr,
    .descr_set = nullptr,
    .dictoffset = 0,
};
