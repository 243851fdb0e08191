// method_descriptor: a builtin type's method in its type dict (list.append),
// also used for static/class methods (kMethStatic, kMethClass) and for slot
// wrappers (int.__add__). Reading it through an instance binds it into a
// builtin method.
#include "../core/core_internal.h"

using namespace molt::rt;

namespace {

MoltMethodDescr *descr(MoltValue v) { return as<MoltMethodDescr>(v); }

MoltValue descrNew(MoltType *owner, const char *name, MoltVectorcall fn, int flags) {
  MoltObject *o = allocObject(&molt_type_method_descriptor, sizeof(MoltMethodDescr));
  if (!o) return MOLT_ERROR;
  auto *d = reinterpret_cast<MoltMethodDescr *>(o);
  d->base.name = name;
  d->base.fn = fn;
  d->base.owner = owner;
  d->flags = flags;
  makeImmortal(o);
  return molt_from_ptr(o);
}

MoltValue descrCall(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  MoltMethodDescr *d = descr(callable);
  MoltType *owner = d->base.owner;
  if (d->flags & kMethStatic) return d->base.fn(callable, args, nargs, kwnames);
  if (nargs < 1) {
    if (d->flags & kMethClass)
      return molt_raise_fmt(&molt_type_TypeError,
                            "descriptor '%s' of '%s' object needs an argument", d->base.name,
                            owner->name);
    return molt_raise_fmt(&molt_type_TypeError, "unbound method %s.%s() needs an argument",
                          owner->name, d->base.name);
  }
  if (d->flags & kMethClass) {
    if (!isInstance(args[0], &molt_type_type))
      return molt_raise_fmt(&molt_type_TypeError,
                            "descriptor '%s' for type '%s' needs a type, not a '%s' as arg 2",
                            d->base.name, owner->name, typeName(args[0]));
    if (!isSubtype(as<MoltType>(args[0]), owner))
      return molt_raise_fmt(&molt_type_TypeError,
                            "descriptor '%s' requires a subtype of '%s' but received '%s'",
                            d->base.name, owner->name, as<MoltType>(args[0])->name);
  } else if (!isInstance(args[0], owner)) {
    if (d->flags & kMethSlotWrapper)
      return molt_raise_fmt(&molt_type_TypeError,
                            "descriptor '%s' requires a '%s' object but received a '%s'",
                            d->base.name, owner->name, typeName(args[0]));
    return molt_raise_fmt(&molt_type_TypeError,
                          "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                          d->base.name, owner->name, typeName(args[0]));
  }
  return d->base.fn(callable, args, nargs, kwnames);
}

MoltValue descrGet(MoltValue self, MoltValue obj, MoltType *owner) {
  MoltMethodDescr *d = descr(self);
  if (d->flags & kMethStatic) return makeBuiltinFunction(d->base.name, d->base.fn, MOLT_NONE);
  if (d->flags & kMethClass) {
    MoltType *cls = owner ? owner : molt_type_of(obj);
    return makeBoundBuiltin(d->base.name, d->base.fn, d->base.owner, molt_from_ptr(cls), 0);
  }
  if (obj == MOLT_UNBOUND) return molt_newref(self);
  if (!isInstance(obj, d->base.owner)) {
    return molt_raise_fmt(&molt_type_TypeError,
                          "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                          d->base.name, d->base.owner->name, typeName(obj));
  }
  return makeBoundBuiltin(d->base.name, d->base.fn, d->base.owner, obj,
                          d->flags & kMethSlotWrapper);
}

MoltValue descrRepr(MoltValue self) {
  MoltMethodDescr *d = descr(self);
  if (d->flags & kMethSlotWrapper)
    return strFormat("<slot wrapper '%s' of '%s' objects>", d->base.name, d->base.owner->name);
  return strFormat("<method '%s' of '%s' objects>", d->base.name, d->base.owner->name);
}

MoltValue getName(MoltValue self) { return cstr(descr(self)->base.name); }
MoltValue getQualname(MoltValue self) {
  MoltMethodDescr *d = descr(self);
  return strFormat("%s.%s", d->base.owner->name, d->base.name);
}
MoltValue getObjclass(MoltValue self) { return molt_from_ptr(descr(self)->base.owner); }
MoltValue getDoc(MoltValue) { return MOLT_NONE; }

const GetSetDef kGetSets[] = {
    {"__name__", getName, nullptr},
    {"__qualname__", getQualname, nullptr},
    {"__objclass__", getObjclass, nullptr},
    {"__doc__", getDoc, nullptr},
    {nullptr, nullptr, nullptr},
};

} // namespace

namespace molt::rt {

MoltValue makeMethodDescr(MoltType *owner, const MethodDef *def) {
  return descrNew(owner, def->name, def->fn, def->flags);
}

MoltValue makeSlotWrapper(MoltType *owner, const char *name, MoltVectorcall fn) {
  return descrNew(owner, name, fn, kMethSlotWrapper);
}

} // namespace molt::rt

MoltType molt_type_method_descriptor = {
    .ob = {MOLT_IMMORTAL_REFCNT, &molt_type_type},
    .name = "method_descriptor",
    .base = &molt_type_object,
    .flags = kTypeImmutable,
    .basicsize = sizeof(MoltMethodDescr),
    .dealloc = nullptr,
    .traverse = nullptr,
    .repr = descrRepr,
    .str = nullptr,
    .hash = nullptr,
    .richcompare = nullptr,
    .getattr = nullptr,
    .setattr = nullptr,
    .call = descrCall,
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
    .descr_get = descrGet,
    .descr_set = nullptr,
    .dictoffset = 0,
};
