// getset_descriptor: a computed attribute of a builtin type (int.real,
// function.__name__); a data descriptor (assignment goes through it).
#include "../core/core_internal.h"

using namespace molt::rt;

namespace {

MoltGetSetDescr *gs(MoltValue v) { return as<MoltGetSetDescr>(v); }

bool checkSelf(MoltGetSetDescr *d, MoltValue obj) {
  if (isInstance(obj, d->owner)) return true;
  molt_raise_fmt(&molt_type_TypeError,
                 "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d->def->name,
                 d->owner->name, typeName(obj));
  return false;
}

MoltValue gsGet(MoltValue self, MoltValue obj, MoltType *) {
  MoltGetSetDescr *d = gs(self);
  if (obj == MOLT_UNBOUND) return molt_newref(self);
  if (!checkSelf(d, obj)) return MOLT_ERROR;
  return d->def->get(obj);
}

int gsSet(MoltValue self, MoltValue obj, MoltValue v) {
  MoltGetSetDescr *d = gs(self);
  if (!checkSelf(d, obj)) return -1;
  if (!d->def->set) {
    molt_raise_fmt(&molt_type_AttributeError, "attribute '%s' of '%s' objects is not writable",
                   d->def->name, d->owner->name);
    return -1;
  }
  return d->def->set(obj, v);
}

MoltValue gsRepr(MoltValue self) {
  MoltGetSetDescr *d = gs(self);
  return strFormat("<attribute '%s' of '%s' objects>", d->def->name, d->owner->name);
}

MoltValue getName(MoltValue self) { return cstr(gs(self)->def->name); }
MoltValue getQualname(MoltValue self) {
  return strFormat("%s.%s", gs(self)->owner->name, gs(self)->def->name);
}
MoltValue getObjclass(MoltValue self) { return molt_from_ptr(gs(self)->owner); }

const GetSetDef kGetSets[] = {
    {"__name__", getName, nullptr},
    {"__qualname__", getQualname, nullptr},
    {"__objclass__", getObjclass, nullptr},
    {nullptr, nullptr, nullptr},
};

} // namespace

namespace molt::rt {

MoltValue makeGetSetDescr(MoltType *owner, const GetSetDef *def) {
  MoltObject *o = allocObject(&molt_type_getset_descriptor, sizeof(MoltGetSetDescr));
  if (!o) return MOLT_ERROR;
  auto *d = reinterpret_cast<MoltGetSetDescr *>(o);
  d->def = def;
  d->owner = owner;
  makeImmortal(o);
  return molt_from_ptr(o);
}

} // namespace molt::rt

MoltType molt_type_getset_descriptor = {
    .ob = {MOLT_IMMORTAL_REFCNT, &molt_type_type},
    .name = "getset_descriptor",
    .base = &molt_type_object,
    .flags = kTypeImmutable,
    .basicsize = sizeof(MoltGetSetDescr),
    .dealloc = nullptr,
    .traverse = nullptr,
    .repr = gsRepr,
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
    .new_ = nullptr,
    .dict = MOLT_NONE,
    .mro = MOLT_NONE,
    .doc = nullptr,
    .descr_get = gsGet,
    .descr_set = gsSet,
    .dictoffset = 0,
};
