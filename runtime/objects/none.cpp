// The singletons None (NoneType), NotImplemented (NotImplementedType) and
// Ellipsis (ellipsis).
#include "../core/core_internal.h"
#include "molt/hash.h"

using namespace molt::rt;

// Declared extern "C" in molt.h.
MoltObject molt_NotImplemented_object = {MOLT_IMMORTAL_REFCNT, &molt_type_NotImplementedType};

namespace {

MoltObject &gNotImplemented = molt_NotImplemented_object;
MoltObject gEllipsis = {MOLT_IMMORTAL_REFCNT, &molt_type_ellipsis};

MoltValue noneRepr(MoltValue) { return cstr("None"); }
int noneHash(MoltValue, int64_t *out) {
  *out = kHashNone;
  return 0;
}
int noneBool(MoltValue) { return 0; }
MoltValue noneNew(MoltType *, const MoltValue *, size_t nargs, MoltValue kwnames) {
  if (nargs || kwCount(kwnames))
    return molt_raise_fmt(&molt_type_TypeError, "NoneType takes no arguments");
  return MOLT_NONE;
}

MoltValue notImplRepr(MoltValue) { return cstr("NotImplemented"); }
MoltValue notImplNew(MoltType *, const MoltValue *, size_t nargs, MoltValue kwnames) {
  if (nargs || kwCount(kwnames))
    return molt_raise_fmt(&molt_type_TypeError, "NotImplementedType takes no arguments");
  return molt_from_ptr(&gNotImplemented);
}

MoltValue ellipsisRepr(MoltValue) { return cstr("Ellipsis"); }
MoltValue ellipsisNew(MoltType *, const MoltValue *, size_t nargs, MoltValue kwnames) {
  if (nargs || kwCount(kwnames))
    return molt_raise_fmt(&molt_type_TypeError, "EllipsisType takes no arguments");
  return molt_from_ptr(&gEllipsis);
}

// Immortal singletons never reach dealloc.
void singletonDealloc(MoltObject *) {}

constexpr NumberSlots kNoneNumber = [] {
  NumberSlots n{};
  n.bool_ = noneBool;
  return n;
}();

} // namespace

extern "C" MoltValue molt_ellipsis(void) { return molt_from_ptr(&gEllipsis); }

MoltType molt_type_NoneType = {
    .ob = {MOLT_IMMORTAL_REFCNT, &molt_type_type},
    .name = "NoneType",
    .base = &molt_type_object,
    .flags = kTypeImmutable,
    .basicsize = 0,
    .dealloc = singletonDealloc,
    .traverse = nullptr,
    .repr = noneRepr,
    .str = nullptr,
    .hash = noneHash,
    .richcompare = nullptr,
    .getattr = nullptr,
    .setattr = nullptr,
    .call = nullptr,
    .iter = nullptr,
    .iternext = nullptr,
    .number = &kNoneNumber,
    .container = nullptr,
    .methods = nullptr,
    .getsets = nullptr,
    .new_ = noneNew,
    .dict = MOLT_NONE,
    .mro = MOLT_NONE,
    .doc = nullptr,
    .descr_get = nullptr,
    .descr_set = nullptr,
    .dictoffset = 0,
};

MoltType molt_type_NotImplementedType = {
    .ob = {MOLT_IMMORTAL_REFCNT, &molt_type_type},
    .name = "NotImplementedType",
    .base = &molt_type_object,
    .flags = kTypeImmutable,
    .basicsize = sizeof(MoltObject),
    .dealloc = singletonDealloc,
    .traverse = nullptr,
    .repr = notImplRepr,
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
    .new_ = notImplNew,
    .dict = MOLT_NONE,
    .mro = MOLT_NONE,
    .doc = nullptr,
    .descr_get = nullptr,
    .descr_set = nullptr,
    .dictoffset = 0,
};

MoltType molt_type_ellipsis = {
    .ob = {MOLT_IMMORTAL_REFCNT, &molt_type_type},
    .name = "ellipsis",
    .base = &molt_type_object,
    .flags = kTypeImmutable,
    .basicsize = sizeof(MoltObject),
    .dealloc = singletonDealloc,
    .traverse = nullptr,
    .repr = ellipsisRepr,
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
    .new_ = ellipsisNew,
    .dict = MOLT_NONE,
    .mro = MOLT_NONE,
    .doc = nullptr,
    .descr_get = nullptr,
    .descr_set = nullptr,
    .dictoffset = 0,
};
