// member_descriptor: a __slots__ field of a heap type's instances (a data
// descriptor reading/writing a MoltValue at a fixed offset; MOLT_UNBOUND
// marks an empty slot).
#include "../core/core_internal.h"
#include "molt/heaptype.h"

using namespace molt::rt;

namespace {

struct MemberDescr {
  MoltObject ob;
  MoltType *owner;
  MoltValue name; // str
  size_t offset;
};

MemberDescr *md(MoltValue v) { return as<MemberDescr>(v); }

MoltValue *field(MemberDescr *d, MoltValue obj) {
  return reinterpret_cast<MoltValue *>(reinterpret_cast<char *>(molt_ptr(obj)) + d->offset);
}

bool checkSelf(MemberDescr *d, MoltValue obj) {
  if (molt_is_ptr(obj) && isInstance(obj, d->owner)) return true;
  std::string_view n = strView(d->name);
  molt_raise_fmt(&molt_type_TypeError,
                 "descriptor '%.*s' for '%s' objects doesn't apply to a '%s' object", (int)n.size(),
                 n.data(), d->owner->name, typeName(obj));
  return false;
}

MoltValue raiseMissing(MoltValue obj, MemberDescr *d) {
  std::string_view n = strView(d->name);
  molt_raise_fmt(&molt_type_AttributeError, "'%s' object has no attribute '%.*s'", typeName(obj),
                 (int)n.size(), n.data());
  setAttrErrorContext(obj, d->name);
  return MOLT_ERROR;
}

MoltValue mdGet(MoltValue self, MoltValue obj, MoltType *) {
  MemberDescr *d = md(self);
  if (obj == MOLT_UNBOUND) return molt_newref(self);
  if (!checkSelf(d, obj)) return MOLT_ERROR;
  MoltValue v = *field(d, obj);
  if (v == MOLT_UNBOUND) return raiseMissing(obj, d);
  return molt_newref(v);
}

int mdSet(MoltValue self, MoltValue obj, MoltValue v) {
  MemberDescr *d = md(self);
  if (!checkSelf(d, obj)) return -1;
  MoltValue *f = field(d, obj);
  MoltValue old = *f;
  if (v == MOLT_UNBOUND) {
    if (old == MOLT_UNBOUND) {
      // CPython's member delete reports just the name ("AttributeError: x").
      std::string_view n = strView(d->name);
      molt_raise_fmt(&molt_type_AttributeError, "%.*s", (int)n.size(), n.data());
      return -1;
    }
    *f = MOLT_UNBOUND;
  } else {
    *f = molt_newref(v);
  }
  if (old != MOLT_UNBOUND) molt_decref(old);
  return 0;
}

MoltValue mdRepr(MoltValue self) {
  MemberDescr *d = md(self);
  std::string_view n = strView(d->name);
  return strFormat("<member '%.*s' of '%s' objects>", (int)n.size(), n.data(), d->owner->name);
}

void mdDealloc(MoltObject *o) {
  molt_decref(reinterpret_cast<MemberDescr *>(o)->name);
  freeObject(o);
}

MoltValue getName(MoltValue self) { return molt_newref(md(self)->name); }
MoltValue getObjclass(MoltValue self) { return molt_from_ptr(md(self)->owner); }

const GetSetDef kGetSets[] = {
    {"__name__", getName, nullptr},
    {"__objclass__", getObjclass, nullptr},
    {nullptr, nullptr, nullptr},
};

} // namespace

namespace molt::rt {

MoltValue memberDescrNew(MoltType *t, MoltValue name, size_t offset) {
  MoltObject *o = allocObject(&molt_type_member_descriptor, sizeof(MemberDescr));
  if (!o) return MOLT_ERROR;
  auto *d = reinterpret_cast<MemberDescr *>(o);
  d->owner = t;
  d->name = molt_newref(name);
  d->offset = offset;
  return molt_from_ptr(o);
}

bool memberDescrField(MoltValue descr, MoltType *t, size_t *offset) {
  if (!molt_is_ptr(descr) || molt_ptr(descr)->type != &molt_type_member_descriptor) return false;
  MemberDescr *d = md(descr);
  if (!isSubtype(t, d->owner)) return false;
  *offset = d->offset;
  return true;
}

} // namespace molt::rt

MoltType molt_type_member_descriptor = {
    .ob = {MOLT_IMMORTAL_REFCNT, &molt_type_type},
    .name = "member_descriptor",
    .base = &molt_type_object,
    .flags = kTypeImmutable,
    .basicsize = sizeof(MemberDescr),
    .dealloc = mdDealloc,
    .traverse = nullptr,
    .repr = mdRepr,
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
    .descr_get = mdGet,
    .descr_set = mdSet,
    .dictoffset = 0,
};
